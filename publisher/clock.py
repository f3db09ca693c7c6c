"""The one source of "now". Everything below the CLI takes ``now`` as an argument."""

from __future__ import annotations

import os
from collections.abc import Mapping
from datetime import UTC, datetime, timedelta

from publisher.errors import ConfigError


class Clock:
    """Wall-clock time in UTC, optionally shifted so that it starts at a chosen instant."""

    def __init__(self, start: datetime | None = None) -> None:
        self._offset = timedelta(0)
        if start is not None:
            self._offset = start - datetime.now(UTC)

    def now(self) -> datetime:
        return datetime.now(UTC) + self._offset


class SimulatedClock(Clock):
    """A clock that moves only when told to: rehearsals and the demo run days in seconds."""

    def __init__(self, start: datetime) -> None:
        super().__init__()
        self._now = start.astimezone(UTC)

    def now(self) -> datetime:
        return self._now

    def advance_to(self, moment: datetime) -> None:
        self._now = max(self._now, moment.astimezone(UTC))


def parse_instant(value: str, *, what: str) -> datetime:
    """An ISO 8601 instant that carries its UTC offset (``Z`` allowed)."""
    try:
        moment = datetime.fromisoformat(value.strip())
    except ValueError:
        raise ConfigError(f"{what}: {value!r} is not an ISO 8601 date and time") from None
    if moment.tzinfo is None:
        raise ConfigError(
            f"{what}: {value!r} has no UTC offset",
            hint="write it with an offset, e.g. 2026-03-08T09:00-05:00 or 2026-03-08T14:00Z",
        )
    return moment.astimezone(UTC)


def clock_from_env(env: Mapping[str, str] | None = None) -> Clock:
    """The clock for this process: PUBLISHER_NOW, when set, is where it starts."""
    env = os.environ if env is None else env
    value = env.get("PUBLISHER_NOW")
    if not value:
        return Clock()
    return Clock(parse_instant(value, what="PUBLISHER_NOW"))
