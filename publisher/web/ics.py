"""`publisher calendar --ics FILE`: the planned theme days as iCalendar events, to import
into a calendar app. Each event keeps its UID from one export to the next (theme and
date), so importing again updates the days instead of adding them twice."""

from __future__ import annotations

import os
import re
import tempfile
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from publisher.schedule.calendar import Entry, Term
from publisher.web.mockups import platform_title

EVENT_LENGTH = timedelta(minutes=15)


@dataclass(frozen=True)
class IcsExport:
    path: Path
    events: int


def export_ics(shown: Term, path: Path, *, now: datetime) -> IcsExport:
    """One event per planned theme day of ``shown``, written whole to ``path``."""
    data = calendar_bytes(shown, now=now)
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return IcsExport(path, sum(1 for e in shown.entries if e.case))


def calendar_bytes(shown: Term, *, now: datetime) -> bytes:
    from icalendar import Calendar, Event

    calendar = Calendar()
    calendar.add("prodid", "-//publisher//teaching case calendar//EN")
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", "Teaching cases")
    for entry in shown.entries:
        if not entry.case:
            continue
        event = Event()
        event.add("uid", uid(entry))
        event.add("dtstamp", now)
        event.add("dtstart", entry.at.astimezone(ZoneInfo(entry.zone)))
        event.add("duration", EVENT_LENGTH)
        event.add("summary", f"{entry.hashtag} {entry.title}")
        event.add("description", _description(entry))
        event.add("categories", [entry.section or "case"])
        calendar.add_component(event)
    calendar.add_missing_timezones()
    data: bytes = calendar.to_ical()
    return data


def uid(entry: Entry) -> str:
    theme = re.sub(r"[^A-Za-z0-9]+", "-", entry.theme).strip("-")
    return f"{theme}-{entry.day.isoformat()}@publisher"


def _description(entry: Entry) -> str:
    lines = [f"Case: {entry.case} ({entry.section})", ""]
    for account in entry.accounts:
        line = f"{account.account} ({platform_title(account.adapter)}): {account.state}"
        if account.url:
            line += f" {account.url}"
        if account.reason:
            line += f" ({account.reason})"
        lines.append(line)
    return "\n".join(lines)
