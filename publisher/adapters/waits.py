"""When a platform says we may try again, read from its headers.

Servers answer in several forms: ``Retry-After`` as a delay in seconds or as an HTTP
date (RFC 9110), and rate-limit reset headers as Unix time or ISO 8601. A header is
data from the network: a nonsense value gives None (the engine's backoff applies), and
an absurd one is bounded here so that no date arithmetic overflows; the engine then
clamps what it gets to its configured ceiling.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from email.utils import parsedate_to_datetime

# Far beyond any real rate-limit window, and far inside what datetime can add.
LONGEST_WAIT = timedelta(days=366)


def retry_after(value: str | None, now: datetime) -> datetime | None:
    """A ``Retry-After`` header: delta-seconds or an HTTP date."""
    text = (value or "").strip()
    if not text:
        return None
    try:
        seconds = float(text)
    except ValueError:
        return _http_date(text, now)
    if seconds != seconds:  # NaN
        return None
    return _bounded(now + timedelta(seconds=min(max(seconds, 0.0), _LONGEST_SECONDS)), now)


def reset_at(value: str | None, now: datetime) -> datetime | None:
    """A rate-limit reset header: Unix time in seconds, or an ISO 8601 instant."""
    text = (value or "").strip()
    if not text:
        return None
    try:
        epoch = float(text)
    except ValueError:
        return _bounded(_iso(text), now)
    if epoch != epoch or epoch < 0:
        return None
    return _bounded(_epoch(min(epoch, (now + LONGEST_WAIT).timestamp())), now)


_LONGEST_SECONDS = LONGEST_WAIT.total_seconds()


def _http_date(text: str, now: datetime) -> datetime | None:
    try:
        when = parsedate_to_datetime(text)
    except (TypeError, ValueError, OverflowError, IndexError):
        return None
    # An HTTP date is GMT by definition; a zone-less one is read as UTC too.
    when = when.replace(tzinfo=UTC) if when.tzinfo is None else when.astimezone(UTC)
    return _bounded(when, now)


def _iso(text: str) -> datetime | None:
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        return None
    return moment.replace(tzinfo=moment.tzinfo or UTC).astimezone(UTC)


def _epoch(seconds: float) -> datetime | None:
    try:
        return datetime.fromtimestamp(seconds, UTC)
    except (ValueError, OverflowError, OSError):
        return None


def _bounded(when: datetime | None, now: datetime) -> datetime | None:
    if when is None:
        return None
    return min(max(when, now), now + LONGEST_WAIT)
