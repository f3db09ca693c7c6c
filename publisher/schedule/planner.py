"""Themes and approved cases in, the coming weeks' slots out. Pure: it takes ``now``."""

from __future__ import annotations

import heapq
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from enum import StrEnum
from zoneinfo import ZoneInfo

from publisher.schedule.blackouts import Blackout, open_accounts
from publisher.schedule.themes import Theme, local_instant


@dataclass(frozen=True)
class SlotTime:
    """One theme on one local date, and the instant that is in UTC."""

    theme: Theme
    local_date: date
    zone: ZoneInfo
    at: datetime  # aware UTC
    accounts: tuple[str, ...]

    @property
    def key(self) -> tuple[str, date]:
        return (self.theme.key, self.local_date)

    @property
    def local(self) -> datetime:
        return self.at.astimezone(self.zone)

    def label(self) -> str:
        return f"{self.local:%a %Y-%m-%d} {self.theme.hashtag}"


@dataclass(frozen=True)
class Candidate:
    """An approved case as the planner sees it."""

    case_id: int
    slug: str
    section: str
    has_quiz: bool
    order: tuple[datetime, int]  # oldest first
    publish_on: date | None = None
    not_before: date | None = None  # the privacy embargo's end
    used_by: frozenset[str] = field(default_factory=frozenset)  # accounts it went to


class EmptyReason(StrEnum):
    """Why a theme day has no case."""

    NO_CASE = "no_case"  # no approved case of the theme's sections at all
    NO_QUIZ = "no_quiz"  # a quiz day, and no approved case of its sections has a [quiz]
    KEPT_FOR_QUIZ = "kept_for_quiz"  # the only cases of its sections are kept for the quiz day
    ALL_USED = "all_used"  # every case was planned on an earlier day or went to these accounts
    EMBARGO = "embargo"  # the cases left are held back by the privacy embargo
    PINNED = "pinned"  # the cases left are pinned (publish_on) to other dates


@dataclass(frozen=True)
class Empty:
    """Why one slot stays empty, as data: the reason, how many approved cases of the
    theme's sections it is about, and (embargo) the first day one becomes free."""

    reason: EmptyReason
    cases: int = 0
    until: date | None = None


@dataclass(frozen=True)
class Assignment:
    slot: SlotTime
    case_id: int | None  # None: the slot stays empty
    empty: Empty | None = None  # why it is empty


def slot_on(
    theme: Theme,
    day: date,
    *,
    default_zone: str,
    blackouts: Sequence[Blackout],
    accounts: Sequence[str],
) -> SlotTime | None:
    """The theme's slot on ``day`` with the accounts no blackout closes; None when the
    day is off for all of them (or it is not the theme's weekday)."""
    if day.weekday() != theme.weekday_index:
        return None
    posting = open_accounts(blackouts, theme.hashtag, theme.weekday, day, accounts)
    if not posting:
        return None
    zone = theme.zone(default_zone)
    at = local_instant(day, theme.local_time, zone).astimezone(UTC)
    return SlotTime(theme, day, zone, at, posting)


def slot_times(
    themes: Iterable[Theme],
    *,
    start: datetime,
    weeks: int,
    default_zone: str,
    blackout: Iterable[Blackout | date],
    accounts_of: Mapping[str, tuple[str, ...]],
) -> list[SlotTime]:
    """Every theme slot after ``start`` and within ``weeks`` weeks, blackout days skipped."""
    rules = [b if isinstance(b, Blackout) else Blackout.day(b) for b in blackout]
    end = start + timedelta(weeks=weeks)
    slots = []
    for theme in themes:
        first = start.astimezone(theme.zone(default_zone)).date()
        for offset in range(weeks * 7 + 1):
            slot = slot_on(
                theme, first + timedelta(days=offset), default_zone=default_zone,
                blackouts=rules, accounts=accounts_of[theme.key],
            )  # fmt: skip
            if slot is not None and start < slot.at <= end:
                slots.append(slot)
    return sorted(slots, key=lambda s: (s.at, s.theme.key))


def assign(
    slots: Sequence[SlotTime],
    candidates: Iterable[Candidate],
    taken: Mapping[tuple[str, date], int],
) -> list[Assignment]:
    """Fill each slot: pinned cases on their date, then the oldest eligible case.

    ``taken`` holds the slots that already have a case; they are kept as they are.
    A case goes to an account once; quiz themes need quiz cases, and while there
    is a quiz day the other days leave quiz cases to it.
    """
    pool = _Pool(candidates, reserve_quiz=any(slot.theme.quiz for slot in slots))
    for kept in taken.values():
        pool.mark_used(kept, ())
    out = []
    for slot in slots:
        if slot.key in taken:
            out.append(Assignment(slot, taken[slot.key]))
            continue
        chosen = pool.pinned(slot) or pool.take(slot)
        if chosen is None:
            out.append(Assignment(slot, None, pool.why_empty(slot)))
        else:
            pool.mark_used(chosen, slot.accounts)
            out.append(Assignment(slot, chosen))
    return out


def takes(theme: Theme, candidate: Candidate, *, reserve_quiz: bool) -> bool:
    """Whether ``theme`` may ever draw ``candidate``: its section, and a [quiz] where the
    theme is a quiz day (other days leave quiz cases to a quiz day when there is one)."""
    if not theme.takes(candidate.section):
        return False
    if theme.quiz:
        return candidate.has_quiz
    return not (reserve_quiz and candidate.has_quiz)


_Entry = tuple[tuple[datetime, int], int]  # (age order, case id)


class _Pool:
    """Eligible cases in heaps per (section, has quiz), oldest first, consumed lazily,
    so each slot costs a few heap operations rather than a scan of every case."""

    def __init__(self, candidates: Iterable[Candidate], *, reserve_quiz: bool) -> None:
        self.reserve_quiz = reserve_quiz
        self.by_id: dict[int, Candidate] = {}
        self.by_section: dict[str, list[Candidate]] = {}
        self.heaps: dict[tuple[str, bool], list[_Entry]] = {}
        self.pins: dict[date, list[Candidate]] = {}
        self.used: dict[int, set[str]] = {}
        self.assigned: set[int] = set()
        for cand in candidates:
            self.by_id[cand.case_id] = cand
            self.by_section.setdefault(cand.section, []).append(cand)
            self.used[cand.case_id] = set(cand.used_by)
            if cand.publish_on is not None:
                self.pins.setdefault(cand.publish_on, []).append(cand)
            else:
                heap = self.heaps.setdefault((cand.section, cand.has_quiz), [])
                heap.append((cand.order, cand.case_id))
        for heap in self.heaps.values():
            heapq.heapify(heap)
        self.sections = sorted({section for section, _ in self.heaps})

    def mark_used(self, case_id: int, accounts: Iterable[str]) -> None:
        self.assigned.add(case_id)
        self.used.setdefault(case_id, set()).update(accounts)

    def _fits(self, cand: Candidate, slot: SlotTime) -> bool:
        if cand.case_id in self.assigned or self.used[cand.case_id] & set(slot.accounts):
            return False
        if slot.theme.quiz and not cand.has_quiz:
            return False
        return cand.not_before is None or slot.local_date >= cand.not_before

    def pinned(self, slot: SlotTime) -> int | None:
        for cand in self.pins.get(slot.local_date, ()):
            if slot.theme.takes(cand.section) and self._fits(cand, slot):
                return cand.case_id
        return None

    def take(self, slot: SlotTime) -> int | None:
        """The oldest eligible case of the slot's sections."""
        sections = slot.theme.sections or self.sections
        kinds = (True,) if slot.theme.quiz else (False,) if self.reserve_quiz else (False, True)
        for has_quiz in kinds:
            heads = [(h, (s, has_quiz)) for s in sections if (h := self._head((s, has_quiz), slot))]
            if heads:
                # Not popped here: mark_used() makes _head() drop it lazily.
                return min(heads)[0][1]
        return None

    def _head(self, key: tuple[str, bool], slot: SlotTime) -> _Entry | None:
        """The oldest case of one heap that fits the slot; drops cases already placed."""
        heap = self.heaps.get(key, [])
        skipped = []
        found = None
        while heap:
            cand = self.by_id[heap[0][1]]
            if cand.case_id in self.assigned:
                heapq.heappop(heap)  # placed in this plan: never eligible again
            elif self._fits(cand, slot):
                found = heap[0]
                break
            else:
                skipped.append(heapq.heappop(heap))  # embargoed or used here: maybe later
        for entry in skipped:
            heapq.heappush(heap, entry)
        return found

    def why_empty(self, slot: SlotTime) -> Empty:
        """The true reason no case fits: none of the sections, none with a quiz, the
        only ones kept for the quiz day, or each one used, embargoed or pinned elsewhere."""
        theme = slot.theme
        sections = theme.sections or self.by_section
        ours = [c for s in sections for c in self.by_section.get(s, ())]
        if not ours:
            return Empty(EmptyReason.NO_CASE)
        eligible = [c for c in ours if takes(theme, c, reserve_quiz=self.reserve_quiz)]
        if not eligible:
            reason = EmptyReason.NO_QUIZ if theme.quiz else EmptyReason.KEPT_FOR_QUIZ
            return Empty(reason, len(ours))
        free = [c for c in eligible if c.case_id not in self.assigned]
        free = [c for c in free if not self.used[c.case_id] & set(slot.accounts)]
        waiting = [c.not_before for c in free if c.not_before and c.not_before > slot.local_date]
        if waiting:
            return Empty(EmptyReason.EMBARGO, len(waiting), min(waiting))
        if any(c.publish_on not in (None, slot.local_date) for c in free):
            return Empty(EmptyReason.PINNED, len(free))
        return Empty(EmptyReason.ALL_USED, len(eligible))
