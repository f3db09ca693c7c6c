"""The migrations build exactly the models, on SQLite and on PostgreSQL."""

from __future__ import annotations

from datetime import datetime

import pytest
from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import create_engine

from publisher.store import Store, current_revision, migrations_dir, upgrade
from publisher.store.models import SCHEMA_REVISION, Account, Base


def test_upgrade_gives_the_models_exactly(db_url: str) -> None:
    engine = create_engine(db_url)
    assert current_revision(engine) is None
    assert upgrade(engine) == (None, SCHEMA_REVISION)
    with engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"compare_type": True})
        diff = compare_metadata(context, Base.metadata)
    assert diff == []
    assert current_revision(engine) == SCHEMA_REVISION
    engine.dispose()


def test_schema_revision_constant_is_the_head() -> None:
    config = Config()
    config.set_main_option("script_location", str(migrations_dir()))
    assert ScriptDirectory.from_config(config).get_current_head() == SCHEMA_REVISION


def test_a_naive_datetime_never_reaches_the_database(store: Store) -> None:
    with pytest.raises(Exception, match="naive datetime"), store.session() as s:
        s.add(Account(name="a", adapter="outbox", capabilities={}, created_at=datetime(2026, 1, 1)))


def test_db_upgrade_command_on_an_empty_database(tmp_path, cli_env) -> None:  # type: ignore[no-untyped-def]
    from tests.conftest import run

    env = {**cli_env, "PUBLISHER_DATABASE_URL": f"sqlite:///{tmp_path / 'x.db'}"}
    first = run(["db", "upgrade"], env=env)
    assert first.output == f"database upgraded from empty to revision {SCHEMA_REVISION}\n"
    assert run(["db", "upgrade"], env=env).output == (
        f"database already at revision {SCHEMA_REVISION}\n"
    )


def test_an_old_postgres_schema_asks_for_db_upgrade(postgres_url: str) -> None:
    from sqlalchemy import text

    from publisher.errors import StoreError

    engine = create_engine(postgres_url)
    upgrade(engine)
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '0000'"))
    with pytest.raises(StoreError, match="at schema revision 0000, this version needs") as caught:
        Store(postgres_url)
    assert caught.value.hint and "publisher db upgrade" in caught.value.hint
    engine.dispose()
