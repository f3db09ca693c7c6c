"""`publisher rehearse`: the engine run over a copy of the real queue on a simulated
clock, every account replaced by an outbox folder of its own, so that a person can read
what each account would receive in the coming weeks. The real database is only read.

The copy is a temporary SQLite file written through the models, whatever the real
database is (SQLite or PostgreSQL): one code path, nothing created on the shared
server, and the file is gone when the rehearsal ends.
"""

from __future__ import annotations

import dataclasses
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import insert, select, update

from publisher.config import AccountSettings, Settings
from publisher.dispatch.demo import simulate
from publisher.dispatch.events import Event
from publisher.store import Store
from publisher.store.models import Account, Base

# Tables the engine needs; its workers are those of the real daemons, not the rehearsal's.
_SKIPPED = {"workers"}
_BATCH = 500
# Every platform's posts fit an outbox in a rehearsal: the text was fitted when planned.
_OUTBOX_LIMITS = {"images_per_post": 20, "text_limit": 1_000_000}


@dataclass(frozen=True)
class Rehearsal:
    """What a rehearsal sent to each account's folder, from ``start`` to ``until``."""

    folder: Path
    start: datetime
    until: datetime
    sent: dict[str, int] = field(default_factory=dict)  # posts per account
    events: list[Event] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return {
            "folder": str(self.folder),
            "start": self.start.isoformat(),
            "until": self.until.isoformat(),
            "sent": self.sent,
            "events": [{**dataclasses.asdict(e), "at": e.at.isoformat()} for e in self.events],
        }


def rehearse(
    store: Store,
    settings: Settings,
    folder: Path,
    *,
    now: datetime,
    weeks: int,
    on_event: Callable[[Event], None] | None = None,
) -> Rehearsal:
    """Copy the queue, run the engine over ``weeks`` weeks from ``now`` into ``folder``
    (one subfolder per account), and say what went where."""
    until = now + timedelta(weeks=weeks)
    events: list[Event] = []

    def record(event: Event) -> None:
        events.append(event)
        if on_event is not None:
            on_event(event)

    with tempfile.TemporaryDirectory(prefix="publisher-rehearsal-") as scratch:
        url = f"sqlite:///{Path(scratch) / 'queue.db'}"
        copy_queue(store, url)
        simulate(_outboxes(settings, url, folder), start=now, until=until, on_event=record)
    sent: dict[str, int] = {}
    for event in events:
        if event.state == "sent":
            sent[event.account] = sent.get(event.account, 0) + 1
    return Rehearsal(folder, now, until, sent, events)


def copy_queue(source: Store, url: str) -> None:
    """Every row the engine reads, from ``source`` into a new database at ``url`` (its
    schema made first), through the models' types; accounts become outboxes."""
    target = Store(url)
    try:
        with source.engine.connect() as src, target.engine.begin() as dst:
            for table in Base.metadata.sorted_tables:
                if table.name in _SKIPPED:
                    continue
                keys = list(table.primary_key.columns)
                rows = src.execution_options(yield_per=_BATCH).execute(
                    select(table).order_by(*keys)
                )
                for batch in rows.partitions():
                    dst.execute(insert(table), [dict(row._mapping) for row in batch])
            accounts = dst.execute(select(Account.id, Account.capabilities)).all()
            for account_id, stored in accounts:
                dst.execute(
                    update(Account)
                    .where(Account.id == account_id)
                    .values(adapter="outbox", capabilities={**(stored or {}), **_OUTBOX_LIMITS})
                )
    finally:
        target.close()


def _outboxes(settings: Settings, url: str, folder: Path) -> Settings:
    accounts = {
        name: AccountSettings(name, "outbox", {"path": str(folder / name)})
        for name in settings.accounts
    }
    return dataclasses.replace(settings, database_url=url, accounts=accounts)
