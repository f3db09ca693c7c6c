"""The cron tick's first question (issue 12, item 7): is anything due? Answered from the
database alone, before the engine is loaded, and only ever "idle" when the engine would
indeed find nothing to do. On a real SQLite file (read with sqlite3) and the real
PostgreSQL (read through SQLAlchemy Core)."""

from __future__ import annotations

import socket
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select, text, update

from publisher.clock import SimulatedClock
from publisher.config import load_settings
from publisher.dispatch.dispatcher import Dispatcher
from publisher.dispatch.due import is_idle
from publisher.store import Store
from publisher.store.models import Account, Post, PostState, Worker
from tests.support.platform_server import PlatformServer
from tests.support.queue import fill, write_config

NOW = datetime(2026, 11, 30, 14, 0, tzinfo=UTC)
LATER = NOW + timedelta(hours=1)


def _set(store: Store, **values: object) -> None:
    if values:
        with store.session() as s:
            s.execute(update(Post).values(**values))


def _engine_finds_nothing(store: Store, tmp_path: Path, server: PlatformServer) -> bool:
    settings = load_settings(write_config(tmp_path / "c.toml", server.url, ["a", "b"]), {})
    settings = type(settings)(**{**settings.__dict__, "database_url": store.url})
    engine = Dispatcher(store, settings, clock=SimulatedClock(NOW), env={})
    try:
        return engine.dispatch() == []
    finally:
        engine.stop()


@pytest.mark.parametrize(
    ("situation", "values", "idle"),
    [
        ("everything later", {"scheduled_at": LATER}, True),
        ("a post due", {}, False),
        ("a retry due", {"state": PostState.RETRY_WAIT, "next_attempt_at": NOW}, False),
        ("a retry later", {"state": PostState.RETRY_WAIT, "next_attempt_at": LATER}, True),
        (
            "a lease run out",
            {"state": PostState.SENDING, "lease_until": NOW - timedelta(minutes=1)},
            False,
        ),
        ("a lease running", {"state": PostState.SENDING, "lease_until": LATER}, True),
        ("all sent", {"state": PostState.SENT}, True),
    ],
)
def test_idle_only_when_the_engine_finds_nothing(
    store: Store, tmp_path: Path, situation: str, values: dict[str, object], idle: bool
) -> None:
    fill(store, accounts=["a", "b"], per_account=2, at=NOW)
    _set(store, **values)

    assert is_idle(None, now=NOW, env={"PUBLISHER_DATABASE_URL": store.url}) is idle, situation
    if idle:
        with PlatformServer() as server:
            assert _engine_finds_nothing(store, tmp_path, server), situation


def test_a_resting_account_and_an_answer_whose_prompt_waits_are_not_due(store: Store) -> None:
    fill(store, accounts=["a"], per_account=2, at=NOW)
    with store.session() as s:
        s.execute(update(Account).values(paused_until=LATER))
    env = {"PUBLISHER_DATABASE_URL": store.url}
    assert is_idle(None, now=NOW, env=env)
    with store.session() as s:
        s.execute(update(Account).values(paused_until=None))
        first, second = s.scalars(select(Post).order_by(Post.id)).all()
        second.reply_to_id, first.scheduled_at = first.id, LATER  # second answers first
    assert is_idle(None, now=NOW, env=env)


def test_an_idle_tick_is_recorded_for_status(store: Store) -> None:
    fill(store, accounts=["a"], per_account=1, at=LATER)
    for moment in (NOW, NOW + timedelta(minutes=1)):
        assert is_idle(None, now=moment, env={"PUBLISHER_DATABASE_URL": store.url})
    with store.session() as s:
        rows = s.scalars(select(Worker)).all()
    assert [(w.id, w.mode, w.last_tick_at, w.stopped_at) for w in rows] == [
        (f"{socket.gethostname()}:dispatch", "dispatch", NOW + timedelta(minutes=1),
         NOW + timedelta(minutes=1))
    ]  # fmt: skip


def test_anything_unusual_is_left_to_the_engine(tmp_path: Path) -> None:
    env = {"PUBLISHER_DATABASE_URL": f"sqlite:///{tmp_path / 'none.db'}"}
    assert not is_idle(None, now=NOW, env=env)  # not there yet: the engine makes it
    store = Store(f"sqlite:///{tmp_path / 'old.db'}")
    with store.session() as s:
        s.execute(text("UPDATE alembic_version SET version_num = '0003'"))
    store.close()
    assert not is_idle(
        None, now=NOW, env={"PUBLISHER_DATABASE_URL": f"sqlite:///{tmp_path / 'old.db'}"}
    )
    (tmp_path / "bad.toml").write_text("[database\n")
    assert not is_idle(tmp_path / "bad.toml", now=NOW, env={})


def test_a_url_with_options_is_read_through_sqlalchemy(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'q.db'}"
    store = Store(url)
    fill(store, accounts=["a"], per_account=1, at=LATER)
    store.close()
    assert is_idle(None, now=NOW, env={"PUBLISHER_DATABASE_URL": url + "?timeout=30"})
    assert not is_idle(None, now=LATER, env={"PUBLISHER_DATABASE_URL": url + "?timeout=30"})


def test_the_url_comes_from_the_config_file_as_the_engine_reads_it(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'from-config.db'}"
    Store(url).close()
    (tmp_path / "c.toml").write_text(f'[database]\nurl = "{url}"\n')
    assert is_idle(tmp_path / "c.toml", now=NOW, env={})
    assert is_idle(None, now=NOW, env={"PUBLISHER_CONFIG": str(tmp_path / "c.toml")})


def test_dispatch_with_nothing_due_loads_neither_the_engine_nor_its_libraries(
    tmp_path: Path,
) -> None:
    Store(f"sqlite:///{tmp_path / 'publisher.db'}").close()
    code = (
        "import sys\n"
        "sys.argv = ['publisher', 'dispatch']\n"
        "from publisher.cli import main\n"
        "try:\n    main()\nexcept SystemExit as exc:\n    assert not exc.code, exc.code\n"
        "heavy = ['sqlalchemy', 'pydantic', 'PIL', 'apscheduler', 'requests',"
        " 'publisher.adapters', 'publisher.privacy', 'publisher.dispatch.dispatcher']\n"
        "print('HEAVY:' + ','.join(m for m in heavy if m in sys.modules))\n"
    )
    env = {"PATH": "/usr/bin:/bin", "PUBLISHER_NOW": NOW.isoformat(), "HOME": str(tmp_path)}
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=tmp_path, env=env, capture_output=True, text=True
    )
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip().splitlines()[-1] == "HEAVY:"
