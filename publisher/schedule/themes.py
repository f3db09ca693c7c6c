"""Weekday themes: which hashtag, which sections, when, and when the answer follows."""

from __future__ import annotations

import datetime as dt
import re
import tomllib
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import BaseModel, ConfigDict, ValidationError, field_validator

from publisher.errors import ConfigError, describe_invalid

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_DURATION = re.compile(r"(\d+)\s*([dhms])")
_UNITS = {"d": "days", "h": "hours", "m": "minutes", "s": "seconds"}
_NEXT = re.compile(r"next(?:\s+day)?\s+(\d{1,2}:\d{2})")


def parse_duration(value: str) -> timedelta:
    """'24h', '90m', '1d 12h' -> timedelta; ValueError with a readable message otherwise."""
    text = value.strip().lower()
    parts = _DURATION.findall(text)
    if not parts or _DURATION.sub("", text).strip():
        raise ValueError(f"{value!r} is not a duration (write e.g. '24h', '90m', '2d')")
    return sum((timedelta(**{_UNITS[u]: int(n)}) for n, u in parts), timedelta())


def parse_clock_time(value: str) -> time:
    """'09:00' -> time(9, 0)."""
    match = re.fullmatch(r"(\d{1,2}):(\d{2})", value.strip())
    if not match or int(match[1]) > 23 or int(match[2]) > 59:
        raise ValueError(f"{value!r} is not a time of day (write HH:MM, e.g. '09:00')")
    return time(int(match[1]), int(match[2]))


def parse_zone(value: str) -> ZoneInfo:
    try:
        return ZoneInfo(value)
    except (ZoneInfoNotFoundError, ValueError):
        raise ValueError(f"{value!r} is not a time zone (write e.g. 'America/New_York')") from None


@dataclass(frozen=True)
class AnswerRule:
    """When the answer follows its prompt: a fixed delay, or the next day at a local time."""

    delay: timedelta | None = None
    next_day_at: time | None = None

    @classmethod
    def parse(cls, value: str) -> AnswerRule:
        match = _NEXT.fullmatch(value.strip().lower())
        if match:
            return cls(next_day_at=parse_clock_time(match[1]))
        return cls(delay=parse_duration(value))

    def answer_time(self, sent_at: datetime, zone: ZoneInfo) -> datetime:
        """The answer's time for a prompt sent at ``sent_at`` (aware)."""
        if self.delay is not None:
            return sent_at + self.delay
        assert self.next_day_at is not None
        next_day = sent_at.astimezone(zone).date() + timedelta(days=1)
        return local_instant(next_day, self.next_day_at, zone)

    def __str__(self) -> str:
        if self.next_day_at is not None:
            return f"next {self.next_day_at:%H:%M}"
        return _format_delta(self.delay or timedelta())


def local_instant(day: date, at: time, zone: ZoneInfo) -> datetime:
    """The instant a wall clock in ``zone`` shows ``day at``.

    In the spring gap the wall time does not exist and fold=0 lands an hour later;
    in the autumn overlap fold=0 picks the first (summer-time) occurrence.
    """
    return datetime.combine(day, at, tzinfo=zone)


def _format_delta(delta: timedelta) -> str:
    hours, rest = divmod(int(delta.total_seconds()), 3600)
    return f"{hours}h" if not rest else f"{hours}h{rest // 60:02d}m"


class Theme(BaseModel):
    """One weekday's hashtag day."""

    model_config = ConfigDict(extra="forbid", frozen=True, arbitrary_types_allowed=True)

    weekday: str
    hashtag: str
    sections: tuple[str, ...] = ()  # empty: any section
    time: str = "09:00"
    timezone: str | None = None  # None: the schedule's default zone
    answer_after: str = "24h"
    accounts: tuple[str, ...] | None = None  # None: every account
    quiz: bool = False

    @field_validator("weekday")
    @classmethod
    def _weekday(cls, value: str) -> str:
        day = value.strip().lower()
        if day not in WEEKDAYS:
            raise ValueError(f"{value!r} is not a weekday (monday ... sunday)")
        return day

    @field_validator("hashtag")
    @classmethod
    def _hashtag(cls, value: str) -> str:
        if not re.fullmatch(r"#\w+", value.strip()):
            raise ValueError(f"{value!r} is not a hashtag (write e.g. '#MSKMonday')")
        return value.strip()

    @field_validator("sections")
    @classmethod
    def _sections(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        return tuple(s.strip().lower() for s in value)

    @field_validator("time")
    @classmethod
    def _time(cls, value: str) -> str:
        parse_clock_time(value)
        return value.strip()

    @field_validator("timezone")
    @classmethod
    def _timezone(cls, value: str | None) -> str | None:
        if value is not None:
            parse_zone(value)
        return value

    @field_validator("answer_after")
    @classmethod
    def _answer_after(cls, value: str) -> str:
        AnswerRule.parse(value)
        return value.strip()

    @property
    def key(self) -> str:
        """Stable identity of the theme's slots: the weekday and its hashtag."""
        return f"{self.weekday}:{self.hashtag}"

    @property
    def weekday_index(self) -> int:
        return WEEKDAYS.index(self.weekday)

    @property
    def local_time(self) -> dt.time:
        return parse_clock_time(self.time)

    @property
    def answer_rule(self) -> AnswerRule:
        return AnswerRule.parse(self.answer_after)

    def zone(self, default: str) -> ZoneInfo:
        return ZoneInfo(self.timezone or default)

    def takes(self, section: str) -> bool:
        """Whether a case of ``section`` may fill this theme's slots."""
        return not self.sections or section in self.sections

    def sections_label(self) -> str:
        return " or ".join(self.sections) if self.sections else "any"


def parse_themes(raw: Any, source: str) -> tuple[Theme, ...]:
    """Validate a list of theme tables read from ``source``."""
    if not isinstance(raw, list):
        raise ConfigError(f"{source}: themes: must be a list of [[themes]] tables")
    themes = []
    for index, table in enumerate(raw):
        try:
            themes.append(Theme.model_validate(table))
        except ValidationError as exc:
            raise ConfigError(describe_invalid(exc, source, prefix=("themes", index))) from None
    return tuple(themes)


def load_themes(path: Path) -> tuple[Theme, ...]:
    """Read a themes file holding ``[[themes]]`` tables."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: not valid TOML: {exc}") from None
    unknown = set(data) - {"themes"}
    if unknown:
        raise ConfigError(f"{path}: {sorted(unknown)[0]}: unknown field")
    return parse_themes(data.get("themes", []), str(path))
