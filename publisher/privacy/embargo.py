"""The embargo: a case is not scheduled until some days after the end of its study month."""

from __future__ import annotations

import datetime as dt
import re

_STUDY_MONTH = re.compile(r"(\d{4})-(\d{2})")


def parse_study_month(value: str) -> dt.date:
    """Validate a 'YYYY-MM' study month and return the first day of that month."""
    match = _STUDY_MONTH.fullmatch(value.strip()) if isinstance(value, str) else None
    if not match:
        raise ValueError(
            f"study month must be written YYYY-MM (for example 2026-03), not {value!r}"
        )
    year, month = int(match.group(1)), int(match.group(2))
    if not 1 <= month <= 12:
        raise ValueError(f"study month {value!r} has no month {month:02d}: months run 01 to 12")
    if year < 1900:
        raise ValueError(f"study month {value!r} is before 1900: check the year")
    return dt.date(year, month, 1)


def embargo_ends(study_month: str, days: int) -> dt.date:
    """First day a case may be scheduled: the end of its study month plus `days` days."""
    if days < 0:
        raise ValueError(f"embargo days must be zero or more, not {days}")
    first = parse_study_month(study_month)
    # The month ends at midnight before the first of the next one.
    next_month = dt.date(first.year + first.month // 12, first.month % 12 + 1, 1)
    return next_month + dt.timedelta(days=days)


def is_embargoed(study_month: str | None, days: int, today: dt.date) -> bool:
    """True while a case with this study month must not be scheduled on `today`."""
    return study_month is not None and today < embargo_ends(study_month, days)


def study_month_of(day: dt.date) -> str:
    """The 'YYYY-MM' study month of a study date (from a DICOM header, say)."""
    return f"{day.year:04d}-{day.month:02d}"
