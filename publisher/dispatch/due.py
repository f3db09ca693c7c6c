"""Is anything due? The cron tick's first question, answered before the engine, the
adapters, pydantic and the privacy scanner are loaded: `publisher dispatch` runs every
minute, and on most minutes nothing is due.

SQLite is read with the standard library's sqlite3, PostgreSQL with psycopg alone, any
other database (or URL) through SQLAlchemy Core. The answer errs one way only: "idle"
when surely nothing may be sent, fixed or settled now; anything else (something due, a
lease run out, an unexpected schema, a database that is not there yet, an error)
leaves it to the engine.
"""

from __future__ import annotations

import importlib.util
import os
import re
import socket
import sqlite3
import tomllib
from collections.abc import Mapping
from contextlib import closing
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit, urlunsplit

DEFAULT_URL = "sqlite:///publisher.db"  # as publisher.config has it

# Waiting posts that may go (their parent sent, their account not resting), posts whose
# retry is due, and claims or sends whose lease ran out. Times as SQLAlchemy stores them.
_DUE = """
SELECT 1 FROM posts p
JOIN accounts a ON a.id = p.account_id
LEFT JOIN posts parent ON parent.id = p.reply_to_id
WHERE (a.paused_until IS NULL OR a.paused_until <= :now)
  AND ((p.state = 'pending' AND p.scheduled_at <= :now
        AND (p.reply_to_id IS NULL OR parent.state = 'sent'))
       OR (p.state = 'retry_wait' AND p.next_attempt_at <= :now))
UNION ALL
SELECT 1 FROM posts WHERE state IN ('claimed', 'sending') AND lease_until < :now
LIMIT 1
"""
# One row per host for the idle ticks, so that `status` shows when cron last ran.
_TICK = """
INSERT INTO workers (id, hostname, pid, mode, started_at, last_tick_at, stopped_at)
VALUES (:id, :host, :pid, 'dispatch', :now, :now, :now)
ON CONFLICT (id) DO UPDATE SET last_tick_at = :now, stopped_at = :now, pid = :pid
"""


def database_url(config: Path | None, env: Mapping[str, str]) -> str:
    """The database URL as `load_settings` finds it: the environment, the config file's
    [database] url, or the default. A config it cannot read is left to the engine."""
    if env.get("PUBLISHER_DATABASE_URL"):
        return env["PUBLISHER_DATABASE_URL"]
    path = config or (Path(env["PUBLISHER_CONFIG"]) if env.get("PUBLISHER_CONFIG") else None)
    if path is None:
        return DEFAULT_URL
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    return str(data.get("database", {}).get("url") or DEFAULT_URL)


def is_idle(config: Path | None, *, now: datetime, env: Mapping[str, str] | None = None) -> bool:
    """True when nothing is due at ``now`` (and the tick was recorded); False means: run
    the engine, which also reports whatever made this check give up."""
    env = os.environ if env is None else env
    try:
        url = database_url(config, env)
        if _sqlite_path(url) is not None:
            return _sqlite_idle(url, now)
        if url.startswith(("postgresql+psycopg://", "postgresql://")):
            return _psycopg_idle(url, now)
        return _sqlalchemy_idle(url, now)
    except Exception:  # any doubt: the engine looks, and says what is wrong
        return False


def _sqlite_idle(url: str, now: datetime) -> bool:
    path = _sqlite_path(url)
    if path is None or not path.is_file():
        return False
    stamp = now.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")
    with closing(sqlite3.connect(path, timeout=30)) as db, db:  # closed; committed
        if _revision(db.execute("SELECT version_num FROM alembic_version").fetchone()) is False:
            return False
        if db.execute(_DUE, {"now": stamp}).fetchone() is not None:
            return False
        db.execute(_TICK, {**_worker(), "now": stamp})
    return True


def _psycopg_idle(url: str, now: datetime) -> bool:
    import psycopg

    parts = urlsplit(url)
    conninfo = urlunsplit(("postgresql", parts.netloc, parts.path, parts.query, ""))
    params = {**_worker(), "now": now.astimezone(UTC)}
    with psycopg.connect(conninfo, connect_timeout=30) as db:  # committed, then closed
        version = db.execute("SELECT version_num FROM alembic_version").fetchone()
        if _revision(version) is False:
            return False
        if db.execute(_pyformat(_DUE), params).fetchone() is not None:
            return False
        db.execute(_pyformat(_TICK), params)
    return True


def _pyformat(sql: str) -> str:
    """``:name`` parameters as psycopg writes them."""
    return re.sub(r":(\w+)", r"%(\1)s", sql)


def _sqlalchemy_idle(url: str, now: datetime) -> bool:
    from sqlalchemy import DateTime, bindparam, create_engine, text

    engine = create_engine(url)
    at = bindparam("now", now.astimezone(UTC), type_=DateTime(timezone=True))
    try:
        with engine.begin() as db:
            version = db.execute(text("SELECT version_num FROM alembic_version")).fetchone()
            if _revision(version) is False:
                return False
            if db.execute(text(_DUE).bindparams(at)).fetchone() is not None:
                return False
            db.execute(text(_TICK).bindparams(at), _worker())
    finally:
        engine.dispose()
    return True


def _sqlite_path(url: str) -> Path | None:
    """The file of a plain ``sqlite:///PATH`` URL; None for anything else (a memory
    database, URL options, another driver)."""
    prefix = "sqlite:///"
    if not url.startswith(prefix) or "?" in url or url == prefix:
        return None
    return Path(url[len(prefix) :])


def _revision(row: Any) -> bool | None:
    """False when the database is not at the newest migration's revision (numbered
    files, 0001_..., 0002_...): the engine then upgrades it or asks for `db upgrade`."""
    spec = importlib.util.find_spec("publisher.migrations")
    places = list(spec.submodule_search_locations or []) if spec else []
    names = [p.name for place in places for p in (Path(place) / "versions").glob("[0-9]*_*.py")]
    head = max((name.split("_", 1)[0] for name in names), default=None)
    return None if row is not None and head is not None and row[0] == head else False


def _worker() -> dict[str, Any]:
    host = socket.gethostname()
    return {"id": f"{host}:dispatch", "host": host, "pid": os.getpid()}
