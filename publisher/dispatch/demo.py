"""`publisher demo`: the whole routine on the sample cases, in a folder of its own."""

from __future__ import annotations

import dataclasses
import os
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from publisher.cases import review
from publisher.cases.importing import ImportResult, import_paths
from publisher.clock import SimulatedClock
from publisher.config import AccountSettings, Settings, default_content, load_settings
from publisher.dispatch.dispatcher import Dispatcher
from publisher.dispatch.events import Event
from publisher.schedule.writing import PlanReport, plan
from publisher.store import Store

DEMO_REVIEWER = "demo (synthetic sample cases)"


def new_folder(base: Path) -> Path:
    """``base``, or ``base-2``, ``base-3`` ... whichever does not exist yet."""
    candidate, n = base, 1
    while candidate.exists():
        n += 1
        candidate = base.with_name(f"{base.name}-{n}")
    candidate.mkdir(parents=True)
    return candidate


def demo_settings(folder: Path) -> Settings:
    """The defaults, with the database and the outbox inside ``folder``; no config file."""
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("PUBLISHER_CONFIG", "PUBLISHER_DATABASE_URL")
    }
    settings = load_settings(None, env)
    outbox = AccountSettings("outbox", "outbox", {"path": str(folder / "outbox")})
    return dataclasses.replace(
        settings,
        database_url=f"sqlite:///{(folder / 'publisher.db').absolute()}",
        accounts={"outbox": outbox},
    )


@dataclass(frozen=True)
class DemoSetup:
    """The demo's settings, what import made of the samples, which were approved, the plan."""

    settings: Settings
    imported: list[ImportResult]
    approved: list[str]
    plan: PlanReport
    image_checks: bool  # OCR and faces ran (the `ocr` extra is installed)


def prepare_demo(folder: Path, *, now: datetime, weeks: int = 2) -> DemoSetup:
    """Import the samples, approve those with nothing left for a reviewer, plan ``weeks``."""
    settings = demo_settings(folder)
    store = Store(settings.database_url)
    try:
        results = import_paths(store, [default_content() / "cases"], now=now)
        approved = review.approve(store, review.clean_slugs(store), by=DEMO_REVIEWER, now=now)
        report = plan(store, settings, now=now, weeks=weeks)
    finally:
        store.close()
    from publisher.images.ocr import available

    return DemoSetup(settings, results, [r.slug for r in approved], report, available())


def simulate(
    settings: Settings, *, start: datetime, until: datetime, on_event: Callable[[Event], None]
) -> int:
    """Run the dispatcher from ``start`` to ``until`` on a simulated clock: days in seconds."""
    clock = SimulatedClock(start)
    store = Store(settings.database_url)
    dispatcher = Dispatcher(store, settings, clock=clock, mode="demo", on_event=on_event)
    sent = 0
    try:
        while (wake := dispatcher.next_wakeup()) is not None and wake <= until:
            clock.advance_to(wake)
            events = dispatcher.dispatch()
            sent += sum(e.state == "sent" for e in events)
            if not events and dispatcher.next_wakeup() == wake:
                break  # nothing can move any more (a paused account, say)
    finally:
        dispatcher.stop()
        store.close()
    return sent
