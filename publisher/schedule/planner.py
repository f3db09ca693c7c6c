"""Themes and approved cases in, the coming weeks' slots out. Pure: it takes ``now``."""

from __future__ import annotations

import heapq
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

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


@dataclass(frozen=True)
class Assignment:
    slot: SlotTime
    case_id: int | None  # None: the slot stays empty
    reason: str = ""  # why it is empty


def slot_times(
    themes: Iterable[Theme],
    *,
    start: datetime,
    weeks: int,
    default_zone: str,
    blackout: Iterable[date],
    accounts_of: Mapping[str, tuple[str, ...]],
) -> list[SlotTime]:
    """Every theme slot after ``start`` and within ``weeks`` weeks, blackout days skipped."""
    closed = set(blackout)
    slots = []
    for theme in themes:
        zone = theme.zone(default_zone)
        first = start.astimezone(zone).date()
        for offset in range(weeks * 7 + 1):
            day = first + timedelta(days=offset)
            if day.weekday() != theme.weekday_index or day in closed:
                continue
            at = local_instant(day, theme.local_time, zone).astimezone(UTC)
            if start < at <= start + timedelta(weeks=weeks):
                slots.append(SlotTime(theme, day, zone, at, accounts_of[theme.key]))
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
            out.append(Assignment(slot, None, _empty_reason(slot)))
        else:
            pool.mark_used(chosen, slot.accounts)
            out.append(Assignment(slot, chosen))
    return out


def _empty_reason(slot: SlotTime) -> str:
    kind = "quiz case" if slot.theme.quiz else "case"
    sections = slot.theme.sections_label()
    what = f"approved {kind}" if sections == "any" else f"approved {sections} {kind}"
    return f"{slot.label()}: no {what}"


_Entry = tuple[tuple[datetime, int], int]  # (age order, case id)


class _Pool:
    """Eligible cases in heaps per (section, has quiz), oldest first, consumed lazily,
    so each slot costs a few heap operations rather than a scan of every case."""

    def __init__(self, candidates: Iterable[Candidate], *, reserve_quiz: bool) -> None:
        self.reserve_quiz = reserve_quiz
        self.by_id: dict[int, Candidate] = {}
        self.heaps: dict[tuple[str, bool], list[_Entry]] = {}
        self.pins: dict[date, list[Candidate]] = {}
        self.used: dict[int, set[str]] = {}
        self.assigned: set[int] = set()
        for cand in candidates:
            self.by_id[cand.case_id] = cand
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
