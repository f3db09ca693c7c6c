"""The store's connections to the real PostgreSQL: a pooled connection that the server
dropped while it sat idle is replaced before use, not handed to the engine broken."""

from __future__ import annotations

import pytest
from sqlalchemy import create_engine, text

import publisher.store as store_module
from publisher.errors import StoreError
from publisher.store import Store
from tests.support.postgres import POSTGRES_URL

pytestmark = pytest.mark.postgres


def _drop_pooled_connection(store: Store) -> None:
    """Leave one connection in the pool, then end its server process, as a restart would."""
    with store.session() as s:
        pid = s.execute(text("SELECT pg_backend_pid()")).scalar_one()
    admin = create_engine(POSTGRES_URL)
    with admin.begin() as conn:
        assert conn.execute(text("SELECT pg_terminate_backend(:pid)"), {"pid": pid}).scalar()
    admin.dispose()


def test_a_connection_dropped_while_idle_is_replaced(
    postgres_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = Store(postgres_url)
    try:
        _drop_pooled_connection(store)
        monkeypatch.setattr(store_module, "PING_AFTER_IDLE", 0.0)  # "idle long enough"
        with store.session() as s:
            assert s.execute(text("SELECT 1")).scalar_one() == 1
        with store.connection() as db:
            assert db.execute(text("SELECT 1")).scalar_one() == 1
    finally:
        store.close()


def test_a_connection_used_a_moment_ago_is_not_tested(
    postgres_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The other side of the bargain: no round trip per use in a burst, so a connection
    that died within the idle limit surfaces as one failed transaction."""
    store = Store(postgres_url)
    try:
        _drop_pooled_connection(store)
        monkeypatch.setattr(store_module, "PING_AFTER_IDLE", 3600.0)
        with pytest.raises(StoreError, match="database error"), store.session() as s:
            s.execute(text("SELECT 1"))
        with store.session() as s:  # the pool threw the dead connection away
            assert s.execute(text("SELECT 1")).scalar_one() == 1
    finally:
        store.close()
