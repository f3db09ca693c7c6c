"""`status`: the health check. The queue (overdue, failed, unknown, paused accounts,
expiring tokens) and the schedule (empty days and why, days not planned yet, how long
the approved cases last), in one transaction."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from publisher.config import Settings
from publisher.schedule.writing import outlook
from publisher.store import Store
from publisher.store.reports import is_healthy, status

__all__ = ["is_healthy", "read_status"]


def read_status(store: Store, settings: Settings, *, now: datetime) -> dict[str, Any]:
    """What `status` reports, JSON-ready; ``is_healthy`` reads it."""
    with store.session() as session:
        found = status(session, now=now)
        ahead = outlook(session, settings, now=now)
    found["timezone"] = settings.schedule.timezone
    found["empty_days"] = [
        {
            "slot": c.slot.label(),
            "at": c.slot.at.isoformat(),
            "sections": list(c.slot.theme.sections),
            "quiz": c.slot.theme.quiz,
            "reason": str(c.empty.reason) if c.empty else "no_case",
            "cases": c.empty.cases if c.empty else 0,
            "until": c.empty.until.isoformat() if c.empty and c.empty.until else None,
        }
        for c in ahead.empty
    ]
    found["unplanned_days"] = ahead.unplanned
    found["coverage"] = ahead.coverage.as_dict()
    return found
