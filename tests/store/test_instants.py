"""Every instant in the database is UTC, whatever statement wrote it: checked on the raw
stored values (not through the column type that would hide a wrong one), and by sending
every answer rule on a simulated clock, across both changes of summer time."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import DateTime, inspect, text

from publisher.cases.importing import import_paths
from publisher.cases.review import approve_case
from publisher.clock import SimulatedClock
from publisher.config import load_settings
from publisher.dispatch.dispatcher import Dispatcher
from publisher.dispatch.events import Event
from publisher.schedule.writing import plan
from publisher.store import Store
from publisher.store.models import Base
from tests.conftest import write_case
from tests.support.platform_server import Answer, PlatformServer

CONFIG = """
[schedule]
misfire_grace = "1h"
[dispatch]
retry_base = "1m"
max_attempts = 2
[accounts.hook]
adapter = "webhook"
url = "{url}/hook"
[[themes]]
weekday = "{weekday}"
hashtag = "#Test"
sections = ["msk"]
time = "09:00"
timezone = "America/New_York"
answer_after = "{rule}"
"""


def utc(*args: int) -> datetime:
    return datetime(*args, tzinfo=UTC)


# (weekday, rule, prompt at, answer at): New York is UTC-5 in winter, UTC-4 in summer.
RULES = {
    "next-day-winter": ("friday", "next 09:00", utc(2026, 12, 4, 14), utc(2026, 12, 5, 14)),
    "delay-winter": ("friday", "24h", utc(2026, 12, 4, 14), utc(2026, 12, 5, 14)),
    # Summer time ends on Sunday 1 November 2026: a fixed delay keeps 24 real hours, a
    # "next" rule keeps the wall clock.
    "delay-autumn": ("saturday", "24h", utc(2026, 10, 31, 13), utc(2026, 11, 1, 13)),
    "next-day-autumn": ("saturday", "next 09:00", utc(2026, 10, 31, 13), utc(2026, 11, 1, 14)),
    # It starts on Sunday 14 March 2027.
    "delay-spring": ("saturday", "30h", utc(2027, 3, 13, 14), utc(2027, 3, 14, 20)),
    "next-day-spring": ("saturday", "next 09:00", utc(2027, 3, 13, 14), utc(2027, 3, 14, 13)),
}


@pytest.fixture
def platform() -> Iterator[PlatformServer]:
    with PlatformServer() as server:
        yield server


def _engine(store: Store, tmp_path: Path, platform: PlatformServer, weekday: str, rule: str,
            start: datetime) -> tuple[Dispatcher, SimulatedClock, list[Event]]:  # fmt: skip
    path = tmp_path / "config.toml"
    path.write_text(CONFIG.format(url=platform.url, weekday=weekday, rule=rule))
    settings = load_settings(path, {})
    write_case(tmp_path / "cases", "msk-1")
    import_paths(store, [tmp_path / "cases"], now=start)
    with store.session() as s:
        approve_case(s, "msk-1", by="t", now=start)
    plan(store, settings, now=start, weeks=1)
    clock, events = SimulatedClock(start), []
    return Dispatcher(store, settings, clock=clock, on_event=events.append), clock, events


def _sent_at(
    engine: Dispatcher, clock: SimulatedClock, events: list[Event], at: datetime
) -> list[str]:
    clock.advance_to(at)
    before = len(events)
    engine.dispatch()
    return [e.kind for e in events[before:] if e.state == "sent"]


@pytest.mark.parametrize("name", RULES)
def test_every_answer_rule_sends_at_its_utc_instant(
    name: str, store: Store, tmp_path: Path, platform: PlatformServer
) -> None:
    weekday, rule, prompt_at, answer_at = RULES[name]
    engine, clock, events = _engine(
        store, tmp_path, platform, weekday, rule, prompt_at - timedelta(hours=20)
    )
    second = timedelta(seconds=1)
    assert _sent_at(engine, clock, events, prompt_at - second) == []
    assert _sent_at(engine, clock, events, prompt_at) == ["prompt"]
    stored = raw_instants(store)["posts.scheduled_at"]
    assert _as_utc(stored[-1], store) == answer_at  # the answer, as the database holds it
    assert _sent_at(engine, clock, events, answer_at - second) == []
    assert _sent_at(engine, clock, events, answer_at) == ["answer"]


def test_every_stored_instant_is_utc_after_every_transition(
    store: Store, tmp_path: Path, platform: PlatformServer
) -> None:
    """Plan, claim, send, reschedule the answer, retry, fail, pause: then every
    instant column of every table, read raw, is UTC."""
    prompt_at = utc(2026, 12, 4, 14)
    engine, clock, events = _engine(
        store, tmp_path, platform, "friday", "next 09:00", prompt_at - timedelta(hours=20)
    )
    _sent_at(engine, clock, events, prompt_at)
    answer_at = utc(2026, 12, 5, 14)
    platform.script([Answer(503)])  # the answer waits for a retry
    _sent_at(engine, clock, events, answer_at)
    platform.script([Answer(401)])  # then the credentials are refused: the account rests
    _sent_at(engine, clock, events, answer_at + timedelta(minutes=5))
    engine.stop()
    found = raw_instants(store)
    for column in ("posts.next_attempt_at", "accounts.paused_until", "workers.last_tick_at"):
        assert any(v is not None for v in found[column]), column
    for column, values in found.items():
        for value in values:
            if value is not None:
                assert _is_utc(value, store), f"{column} holds {value!r}"
    assert _as_utc(found["posts.scheduled_at"][-1], store) == answer_at


def raw_instants(store: Store) -> dict[str, list[object]]:
    """Every instant column of every table, as the driver returns it (no column type)."""
    found: dict[str, list[object]] = {}
    with store.engine.connect() as conn:
        tables = set(inspect(conn).get_table_names())
        for table in Base.metadata.sorted_tables:
            if table.name not in tables:
                continue
            for column in table.columns:
                if isinstance(column.type, DateTime) or "UTCDateTime" in repr(column.type):
                    order = " ORDER BY id" if "id" in table.columns else ""
                    query = text(f"SELECT {column.name} FROM {table.name}{order}")
                    found[f"{table.name}.{column.name}"] = list(conn.scalars(query))
    return found


_SQLITE_UTC = re.compile(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d(\.\d+)?")


def _is_utc(value: object, store: Store) -> bool:
    if store.engine.dialect.name == "sqlite":
        return isinstance(value, str) and bool(_SQLITE_UTC.fullmatch(value))
    return isinstance(value, datetime) and value.utcoffset() is not None


def _as_utc(value: object, store: Store) -> datetime:
    assert _is_utc(value, store), value
    if isinstance(value, str):
        return datetime.fromisoformat(value).replace(tzinfo=UTC)
    assert isinstance(value, datetime)
    return value.astimezone(UTC)
