"""Days off: a date or a range of dates on which no theme day is posted, for every theme
or only some themes or some accounts. Pure: no database, no config file."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

_KEYS = ("dates", "theme", "account")
_HOW = "write 'YYYY-MM-DD' or 'YYYY-MM-DD..YYYY-MM-DD'"


@dataclass(frozen=True)
class Blackout:
    """The days ``first`` to ``last`` (local dates, both included) are off: for the
    themes named (by hashtag or weekday; none named: every theme) and the accounts
    named (none named: every account)."""

    first: date
    last: date
    themes: tuple[str, ...] = ()
    accounts: tuple[str, ...] = ()

    @classmethod
    def day(cls, day: date) -> Blackout:
        return cls(day, day)

    def covers(self, day: date) -> bool:
        return self.first <= day <= self.last

    def is_for_theme(self, hashtag: str, weekday: str) -> bool:
        names = {name.casefold() for name in self.themes}
        return not names or hashtag.casefold() in names or weekday.casefold() in names

    def closes(self, hashtag: str, weekday: str, day: date, account: str) -> bool:
        """Whether ``account`` posts nothing of this theme on ``day``."""
        return (
            self.covers(day)
            and self.is_for_theme(hashtag, weekday)
            and (not self.accounts or account in self.accounts)
        )

    def as_dict(self) -> dict[str, Any]:
        dates = self.first.isoformat()
        if self.last != self.first:
            dates += f"..{self.last.isoformat()}"
        found: dict[str, Any] = {"dates": dates}
        if self.themes:
            found["theme"] = list(self.themes)
        if self.accounts:
            found["account"] = list(self.accounts)
        return found


def parse_blackout(value: Any) -> Blackout:
    """One entry of ``[schedule] blackout``: a date, a 'FIRST..LAST' range, or a table
    ``{ dates = "...", theme = "#MSKMonday", account = "dept-x" }``. ValueError otherwise."""
    if isinstance(value, Blackout):
        return value
    if isinstance(value, Mapping):
        return _from_table(value)
    first, last = _dates(value)
    return Blackout(first, last)


def parse_blackouts(values: Iterable[Any]) -> tuple[Blackout, ...]:
    """Every entry, or ValueError naming the first bad one (counted from 1)."""
    found = []
    for number, value in enumerate(values, start=1):
        try:
            found.append(parse_blackout(value))
        except ValueError as exc:
            raise ValueError(f"entry {number}: {exc}") from None
    return tuple(found)


def open_accounts(
    blackouts: Sequence[Blackout], hashtag: str, weekday: str, day: date, accounts: Sequence[str]
) -> tuple[str, ...]:
    """The accounts that post this theme on ``day``: those no blackout closes."""
    relevant = [b for b in blackouts if b.covers(day) and b.is_for_theme(hashtag, weekday)]
    if not relevant:
        return tuple(accounts)
    return tuple(
        a for a in accounts if not any(b.closes(hashtag, weekday, day, a) for b in relevant)
    )


def _from_table(table: Mapping[str, Any]) -> Blackout:
    unknown = sorted(set(table) - set(_KEYS))
    if unknown:
        raise ValueError(f"{unknown[0]}: unknown field (a blackout table takes {', '.join(_KEYS)})")
    if "dates" not in table:
        raise ValueError("dates: required field is missing")
    first, last = _dates(table["dates"])
    return Blackout(
        first, last, _names(table.get("theme"), "theme"), _names(table.get("account"), "account")
    )


def _names(value: Any, key: str) -> tuple[str, ...]:
    if value is None:
        return ()
    items = [value] if isinstance(value, str) else value
    if (
        not isinstance(items, list)
        or not items
        or not all(isinstance(i, str) and i.strip() for i in items)
    ):
        raise ValueError(f"{key}: must be a name or a list of names")
    return tuple(i.strip() for i in items)


def _dates(value: Any) -> tuple[date, date]:
    if isinstance(value, date):
        return value, value
    if not isinstance(value, str):
        raise ValueError(f"{value!r} is not a date or a range of dates ({_HOW})")
    first_text, sep, last_text = value.strip().partition("..")
    first = _date(first_text, value)
    last = _date(last_text, value) if sep else first
    if last < first:
        raise ValueError(f"{value!r} ends before it starts")
    return first, last


def _date(text: str, whole: str) -> date:
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise ValueError(f"{whole!r} is not a date or a range of dates ({_HOW})") from None
