"""What the approved cases cover: how many weeks each theme can still fill, and the
approved cases that no theme draws from. Pure: it takes ``now``."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import asdict, dataclass
from datetime import date, datetime
from enum import StrEnum
from typing import Any

from publisher.schedule.blackouts import Blackout
from publisher.schedule.planner import Assignment, Candidate, Empty, assign, slot_times, takes
from publisher.schedule.themes import Theme

# How far the runway is looked for: a theme that can fill a year is "52+ weeks".
RUNWAY_WEEKS = 52


@dataclass(frozen=True)
class Runway:
    """How many of a theme's coming days the approved cases fill, one after another
    from today (already planned ones included), and why the first empty one is empty."""

    hashtag: str
    sections: tuple[str, ...]  # what the theme draws from (none: any section)
    quiz: bool
    weeks: int
    full: bool  # every day up to RUNWAY_WEEKS is filled
    first_empty: date | None = None
    empty: Empty | None = None

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


class UndrawnReason(StrEnum):
    NO_THEME = "no_theme"  # no theme takes the section
    NEEDS_QUIZ = "needs_quiz"  # only a quiz day takes it, and these cases have no [quiz]
    KEPT_FOR_QUIZ = "kept_for_quiz"  # they have a [quiz], kept for a quiz day not taking it


@dataclass(frozen=True)
class Undrawn:
    """Approved cases of a section that no theme can ever draw, and why."""

    section: str
    slugs: tuple[str, ...]
    reason: UndrawnReason

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class Coverage:
    runway: list[Runway]
    undrawn: list[Undrawn]

    def as_dict(self) -> dict[str, Any]:
        return {
            "runway": [r.as_dict() for r in self.runway],
            "undrawn": [u.as_dict() for u in self.undrawn],
        }


def coverage(
    themes: Sequence[Theme],
    candidates: Sequence[Candidate],
    taken: Mapping[tuple[str, date], int],
    *,
    now: datetime,
    default_zone: str,
    blackouts: Iterable[Blackout],
    accounts_of: Mapping[str, tuple[str, ...]],
) -> Coverage:
    """The runway of every theme and the sections left undrawn, with the planner's rules."""
    slots = slot_times(
        themes, start=now, weeks=RUNWAY_WEEKS, default_zone=default_zone,
        blackout=blackouts, accounts_of=accounts_of,
    )  # fmt: skip
    filled = dict.fromkeys((t.key for t in themes), 0)
    first_empty: dict[str, Assignment] = {}
    for choice in assign(slots, candidates, taken):
        key = choice.slot.theme.key
        if key in first_empty:
            continue
        if choice.case_id is None:
            first_empty[key] = choice
        else:
            filled[key] += 1
    runway = [_runway(t, filled[t.key], first_empty.get(t.key)) for t in themes]
    return Coverage(runway, undrawn(themes, candidates, taken))


def _runway(theme: Theme, weeks: int, empty: Assignment | None) -> Runway:
    if empty is None:
        return Runway(theme.hashtag, theme.sections, theme.quiz, weeks, True)
    return Runway(
        theme.hashtag, theme.sections, theme.quiz, weeks, False, empty.slot.local_date, empty.empty
    )


def undrawn(
    themes: Sequence[Theme], candidates: Iterable[Candidate], taken: Mapping[Any, int]
) -> list[Undrawn]:
    """Approved cases, not yet planned nor sent anywhere, that no theme can draw: their
    section is no theme's, or only a quiz day takes it and they have no [quiz]."""
    reserve = any(t.quiz for t in themes)
    planned = set(taken.values())
    left: dict[tuple[str, UndrawnReason], list[str]] = {}
    for cand in candidates:
        if cand.case_id in planned or cand.used_by:
            continue
        if any(takes(t, cand, reserve_quiz=reserve) for t in themes):
            continue
        if not any(t.takes(cand.section) for t in themes):
            why = UndrawnReason.NO_THEME
        else:
            why = UndrawnReason.KEPT_FOR_QUIZ if cand.has_quiz else UndrawnReason.NEEDS_QUIZ
        left.setdefault((cand.section, why), []).append(cand.slug)
    return [
        Undrawn(section, tuple(sorted(slugs)), why)
        for (section, why), slugs in sorted(left.items())
    ]
