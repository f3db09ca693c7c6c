"""Opening the database, keeping its schema at head, and handing out sessions.

The queries themselves live in the modules beside this one, one per concept.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager, nullcontext
from datetime import datetime
from importlib import resources
from pathlib import Path
from threading import RLock
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event, inspect, text
from sqlalchemy.exc import (
    ArgumentError,
    DisconnectionError,
    NoSuchModuleError,
    OperationalError,
    SQLAlchemyError,
)
from sqlalchemy.orm import Session, sessionmaker

from publisher.errors import StoreError
from publisher.store.models import SCHEMA_REVISION

# SQLite: the CLI and one daemon share the file; WAL lets readers and the writer
# overlap and the busy timeout makes a writer wait instead of failing.
_SQLITE_BUSY_SECONDS = 30


def migrations_dir() -> Path:
    return Path(str(resources.files("publisher.migrations")))


def make_engine(url: str) -> Engine:
    """An engine for any SQLAlchemy URL, with SQLite tuned for one daemon plus the CLI."""
    try:
        if url.startswith("sqlite"):
            engine = create_engine(url, connect_args={"timeout": _SQLITE_BUSY_SECONDS})
            event.listen(engine, "connect", _sqlite_pragmas)
        else:
            engine = create_engine(url)
            _ping_after_idle(engine)
        _guard_instants(engine)
        return engine
    except (ArgumentError, NoSuchModuleError) as exc:
        raise StoreError(
            f"database URL {mask_url(url)!r} is not usable: {exc}".splitlines()[0]
        ) from None
    except ImportError as exc:
        raise StoreError(
            f"the database driver for {mask_url(url)!r} is not installed ({exc.name})",
            hint="for PostgreSQL: pip install 'publisher[postgres]'",
        ) from None


# A pooled connection that sat idle this long is tested before use (a server restart or
# a firewall may have dropped it overnight). Not every use: in a burst each test would be
# one more round trip per post, and a connection used a moment ago is alive.
PING_AFTER_IDLE = 30.0  # seconds


def _ping_after_idle(engine: Engine) -> None:
    def checkin(_dbapi_conn: Any, record: Any) -> None:
        record.info["idle_since"] = time.monotonic()

    def checkout(dbapi_conn: Any, record: Any, _proxy: Any) -> None:
        since = record.info.pop("idle_since", None)
        if since is None or time.monotonic() - since < PING_AFTER_IDLE:
            return
        try:
            engine.dialect.do_ping(dbapi_conn)
        except engine.dialect.loaded_dbapi.Error as exc:
            # The pool drops this connection and checks out another (a new one if need be).
            raise DisconnectionError(f"a pooled connection was lost: {exc}") from exc

    event.listen(engine, "checkin", checkin)
    event.listen(engine, "checkout", checkout)


def _guard_instants(engine: Engine) -> None:
    """Refuse an instant that reaches the driver without passing through UTCDateTime.

    On SQLite every instant must arrive as the type's text (a datetime object there was
    written by a statement that bypassed the type, and SQLite would keep its local wall
    time); on PostgreSQL a naive one would be read in the server's zone."""
    sqlite = engine.dialect.name == "sqlite"

    def bad(value: Any) -> bool:
        if isinstance(value, datetime):
            return sqlite or value.tzinfo is None
        if isinstance(value, dict):
            return any(bad(v) for v in value.values())
        if isinstance(value, list | tuple):  # executemany rows, batched inserts
            return any(bad(v) for v in value)
        return False

    def check(_conn: Any, _cursor: Any, statement: str, params: Any, *_: Any) -> None:
        if bad(params):
            raise TypeError(f"an instant bypassed UTCDateTime in: {statement[:200]}")

    event.listen(engine, "before_cursor_execute", check)


def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
    cursor = dbapi_conn.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def mask_url(url: str) -> str:
    """The URL without its password, for messages."""
    from sqlalchemy.engine import make_url

    try:
        return make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        return "(unparseable URL)"


def current_revision(engine: Engine) -> str | None:
    """The schema revision recorded in the database; None for an empty database."""
    try:
        with engine.connect() as conn:
            if not inspect(conn).has_table("alembic_version"):
                if inspect(conn).get_table_names():
                    raise StoreError(
                        f"database {mask_url(str(engine.url))!r} holds tables that are not ours"
                    )
                return None
            return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
    except OperationalError as exc:
        reason = (
            str(exc.orig).strip().splitlines()[0] if str(exc.orig).strip() else "no reason given"
        )
        raise StoreError(f"cannot open database {mask_url(str(engine.url))!r}: {reason}") from None


def upgrade(engine: Engine) -> tuple[str | None, str]:
    """Bring the database to the newest schema; returns (from, to) revisions."""
    from alembic import command
    from alembic.config import Config

    before = current_revision(engine)
    config = Config()
    config.set_main_option("script_location", str(migrations_dir()))
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "head")
    return before, SCHEMA_REVISION


def ensure_schema(engine: Engine) -> None:
    """Upgrade a new database (or any SQLite file); ask for `db upgrade` otherwise."""
    revision = current_revision(engine)
    if revision == SCHEMA_REVISION:
        return
    if revision is None or engine.dialect.name == "sqlite":
        upgrade(engine)
        return
    raise StoreError(
        f"the database is at schema revision {revision}, this version needs {SCHEMA_REVISION}",
        hint="run `publisher db upgrade` once (stop running daemons first)",
    )


def database_error(exc: SQLAlchemyError) -> StoreError:
    """One line: the driver's own error and the first line of its message. Never the
    statement or its parameters, which may hold case text."""
    cause = getattr(exc, "orig", None) or exc
    lines = [line.strip() for line in str(cause).splitlines() if line.strip()]
    first = lines[0] if lines else "no reason given"
    if first.startswith("(") and ") " in first:  # SQLAlchemy's "(driver.Error) ..." prefix
        first = first.split(") ", 1)[1]
    return StoreError(f"database error: {type(cause).__name__}: {first}")


class Store:
    """The database of one configuration."""

    def __init__(self, url: str, *, prepare: bool = True) -> None:
        self.url = url
        self.engine = make_engine(url)
        if prepare:
            ensure_schema(self.engine)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        # SQLite has one writer at a time. Threads of one process take turns here, where
        # the next one starts the moment the last one ends; left to SQLite, a thread
        # that finds the file locked sleeps a few milliseconds before it looks again.
        # Other processes (the CLI beside a daemon) still meet SQLite's busy timeout.
        self._turn: AbstractContextManager[object] = (
            RLock() if self.engine.dialect.name == "sqlite" else nullcontext()
        )

    @contextmanager
    def session(self, *, commit: bool = True) -> Iterator[Session]:
        """One transaction: committed when the block ends (rolled back instead with
        ``commit=False``, for a dry run), rolled back on any error."""
        with self._turn, self._sessions() as session:
            try:
                yield session
                if commit:
                    session.commit()
                else:
                    session.rollback()
            except SQLAlchemyError as exc:
                session.rollback()
                raise database_error(exc) from exc
            except BaseException:
                session.rollback()
                raise

    @contextmanager
    def connection(self) -> Iterator[Connection]:
        """One transaction on a plain connection, without the ORM's bookkeeping: for the
        dispatch engine's per-post transitions, where that bookkeeping costs more than
        the statements. Committed when the block ends, rolled back on any error."""
        try:
            with self._turn, self.engine.begin() as connection:
                yield connection
        except SQLAlchemyError as exc:
            raise database_error(exc) from exc

    def close(self) -> None:
        self.engine.dispose()
