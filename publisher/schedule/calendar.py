"""The term at a glance: every theme day of a range of dates with its case and each
account's post state, or why it is empty. Read-only: it plans nothing.

A future day that `plan` has not reached yet is shown as the planner would fill it,
by running the pure planner over the same queue in memory; its reasons for an empty
day are the planner's, with the privacy embargo named where that is what keeps a
case out.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from publisher.config import Settings
from publisher.dispatch.states import PostKind, PostState
from publisher.schedule.blackouts import open_accounts
from publisher.schedule.explain import empty_day
from publisher.schedule.planner import Assignment, Candidate, assign, slot_times
from publisher.schedule.themes import Theme, local_instant
from publisher.schedule.writing import held_back, load_candidates
from publisher.store import Store
from publisher.store.models import Post, Slot

# Why a theme day has no case.
BLACKOUT = "blackout"  # a blackout date of the config
NO_CASE = "no_case"  # the planner found no approved case for it
EMBARGO = "embargo"  # the case that would fit is held back by the privacy embargo
UNPLANNED = "unplanned"  # `plan` has not reached it yet (the case it would take is named)
PAST = "past"  # its time has passed and nothing was planned

# A thread's state as the calendar names it, worst first: the first that any part has wins.
_WORST_FIRST = (
    (PostState.FAILED, "failed"),
    (PostState.UNKNOWN, "unknown"),
    (PostState.MISSED, "missed"),
    (PostState.RETRY_WAIT, "retrying"),
    (PostState.CLAIMED, "sending"),
    (PostState.SENDING, "sending"),
)


@dataclass(frozen=True)
class AccountPosts:
    """What one account gets on one theme day: its prompt thread, then its answer."""

    account: str
    adapter: str
    state: str  # planned, sending, retrying, sent, failed, cancelled, missed, unknown, none
    answer: str  # the answer thread's state, in the same words
    url: str | None = None  # the prompt's first part, once sent
    reason: str | None = None  # why it failed, is retrying or was cancelled


@dataclass(frozen=True)
class Entry:
    """One theme on one day: its case and posts, or why it has none."""

    day: date
    theme: str  # Theme.key
    hashtag: str
    at: datetime  # aware UTC
    zone: str
    case: str | None = None  # slug
    title: str | None = None
    section: str | None = None
    accounts: tuple[AccountPosts, ...] = ()
    empty: str | None = None  # BLACKOUT, NO_CASE, EMBARGO, UNPLANNED or PAST
    note: str = ""  # the reason in words, or the case `plan` would take

    @property
    def local(self) -> datetime:
        return self.at.astimezone(ZoneInfo(self.zone))

    @property
    def time_label(self) -> str:
        """'09:00 EST': the theme's own zone, with its abbreviation."""
        return f"{self.local:%H:%M %Z}"


@dataclass(frozen=True)
class Day:
    day: date
    entries: tuple[Entry, ...]


@dataclass(frozen=True)
class Term:
    """Every date from ``first`` to ``last``, with the cases the embargo holds past them."""

    first: date
    last: date
    today: date  # in the schedule's zone
    days: tuple[Day, ...]
    held: tuple[str, ...]

    @property
    def entries(self) -> list[Entry]:
        return [entry for day in self.days for entry in day.entries]

    def weeks(self) -> list[tuple[Day, ...]]:
        return [self.days[i : i + 7] for i in range(0, len(self.days), 7)]


def term(store: Store, settings: Settings, *, now: datetime, first: date, last: date) -> Term:
    """The theme days of ``first`` to ``last`` (local dates), as planned or as they would be."""
    today = now.astimezone(ZoneInfo(settings.schedule.timezone)).date()
    with store.session() as session:
        slots = _slots(session, first, last)
        candidates = load_candidates(session, settings.privacy.embargo_days)
        projected = _projection(session, settings, candidates, now=now, last=last)
        held = held_back(session, settings, until=last)
    by_id = {c.case_id: c for c in candidates}
    entries: dict[date, list[Entry]] = {}
    for theme, day in _theme_days(settings.themes, first, last):
        slot = slots.pop((theme.key, day), None)
        entry = _entry(settings, theme, day, slot, projected, by_id, now)
        entries.setdefault(day, []).append(entry)
    for slot in slots.values():  # slots of a theme no longer in the config
        entries.setdefault(slot.local_date, []).append(_planned(slot, settings))
    days = tuple(
        Day(d, tuple(sorted(entries.get(d, ()), key=lambda e: (e.at, e.hashtag))))
        for d in _dates(first, last)
    )
    return Term(first, last, today, days, tuple(held))


def month_range(year: int, month: int) -> tuple[date, date]:
    """The Monday on or before the 1st to the Sunday on or after the month's last day."""
    start = date(year, month, 1)
    end = (start.replace(day=28) + timedelta(days=4)).replace(day=1) - timedelta(days=1)
    return start - timedelta(days=start.weekday()), end + timedelta(days=6 - end.weekday())


def weeks_range(start: date, weeks: int) -> tuple[date, date]:
    """``weeks`` whole weeks from the Monday on or before ``start``."""
    monday = start - timedelta(days=start.weekday())
    return monday, monday + timedelta(days=7 * weeks - 1)


def _dates(first: date, last: date) -> list[date]:
    return [first + timedelta(days=n) for n in range((last - first).days + 1)]


def _theme_days(themes: Iterable[Theme], first: date, last: date) -> list[tuple[Theme, date]]:
    found = []
    for theme in themes:
        offset = (theme.weekday_index - first.weekday()) % 7
        day = first + timedelta(days=offset)
        while day <= last:
            found.append((theme, day))
            day += timedelta(days=7)
    return found


def _slots(session: Session, first: date, last: date) -> dict[tuple[str, date], Slot]:
    query = (
        select(Slot)
        .where(Slot.local_date >= first, Slot.local_date <= last)
        .options(
            selectinload(Slot.case),
            selectinload(Slot.posts).selectinload(Post.account),
        )
    )
    return {(s.theme, s.local_date): s for s in session.scalars(query)}


def _projection(
    session: Session,
    settings: Settings,
    candidates: Sequence[Candidate],
    *,
    now: datetime,
    last: date,
) -> dict[tuple[str, date], Assignment]:
    """What `plan` would do from now to ``last`` with the queue as it is, by slot."""
    if last < now.astimezone(UTC).date() - timedelta(days=1):
        return {}
    weeks = (last - now.astimezone(UTC).date()).days // 7 + 2
    slots = slot_times(
        settings.themes,
        start=now,
        weeks=weeks,
        default_zone=settings.schedule.timezone,
        blackout=settings.schedule.blackouts,
        accounts_of={t.key: settings.theme_accounts(t) for t in settings.themes},
    )
    query = select(Slot.theme, Slot.local_date, Slot.case_id).where(
        Slot.scheduled_at > now, Slot.case_id.is_not(None)
    )
    taken = {
        (theme, day): int(case_id) for theme, day, case_id in session.execute(query) if case_id
    }
    wanted = [s for s in slots if s.local_date <= last]
    return {choice.slot.key: choice for choice in assign(wanted, candidates, taken)}


def _entry(
    settings: Settings,
    theme: Theme,
    day: date,
    slot: Slot | None,
    projected: Mapping[tuple[str, date], Assignment],
    candidates: Mapping[int, Candidate],
    now: datetime,
) -> Entry:
    if slot is not None and slot.case is not None:
        return _planned(slot, settings)
    zone = theme.zone(settings.schedule.timezone)
    at = local_instant(day, theme.local_time, zone).astimezone(UTC)
    base = Entry(day, theme.key, theme.hashtag, at, str(zone.key))
    accounts = settings.theme_accounts(theme)
    blackouts = settings.schedule.blackouts
    if accounts and not open_accounts(blackouts, theme.hashtag, theme.weekday, day, accounts):
        return _empty(base, BLACKOUT, "blackout day: nothing is planned")
    choice = projected.get((theme.key, day))
    if at <= now:
        return _empty(base, PAST, "nothing was planned")
    if choice is None:
        return _empty(base, UNPLANNED, "publisher plan fills it")
    if choice.case_id is not None:
        slug = candidates[choice.case_id].slug
        return _empty(base, UNPLANNED, f"publisher plan would take {slug}")
    held = _embargoed(theme, day, candidates.values())
    if held is not None:
        return _empty(
            base,
            EMBARGO,
            f"{held.slug} is held back by the privacy embargo until {held.not_before}",
        )
    return _empty(base, NO_CASE, empty_day(choice))


def _empty(base: Entry, kind: str, note: str) -> Entry:
    return Entry(base.day, base.theme, base.hashtag, base.at, base.zone, empty=kind, note=note)


def _embargoed(theme: Theme, day: date, candidates: Iterable[Candidate]) -> Candidate | None:
    """The case that would fit this day but for the privacy embargo, the soonest free."""
    held = [
        c
        for c in candidates
        if c.not_before is not None
        and c.not_before > day
        and theme.takes(c.section)
        and (c.has_quiz or not theme.quiz)
    ]
    return min(held, key=lambda c: (c.not_before, c.order), default=None)


def _planned(slot: Slot, settings: Settings) -> Entry:
    case = slot.case
    posts = [p for p in slot.posts if case is None or p.case_id == case.id]
    names = list(_accounts_of(slot.theme, settings))
    names += sorted({p.account.name for p in posts} - set(names))
    accounts = tuple(_account_posts(name, posts, settings) for name in names)
    return Entry(
        day=slot.local_date, theme=slot.theme, hashtag=slot.hashtag, at=slot.scheduled_at,
        zone=slot.timezone, case=case.slug if case else None, title=case.title if case else None,
        section=case.section if case else None, accounts=accounts,
        empty=None if case else NO_CASE, note="" if case else "its case was taken out",
    )  # fmt: skip


def _accounts_of(theme_key: str, settings: Settings) -> tuple[str, ...]:
    for theme in settings.themes:
        if theme.key == theme_key:
            return settings.theme_accounts(theme)
    return ()


def _account_posts(name: str, posts: Sequence[Post], settings: Settings) -> AccountPosts:
    mine = sorted((p for p in posts if p.account.name == name), key=lambda p: p.part)
    prompt = [p for p in mine if p.kind == PostKind.PROMPT]
    answer = [p for p in mine if p.kind == PostKind.ANSWER]
    conf = settings.accounts.get(name)
    adapter = mine[0].account.adapter if mine else (conf.adapter if conf else "")
    troubled = next((p for p in mine if p.last_error and p.state != PostState.SENT), None)
    url = prompt[0].remote_url if prompt and prompt[0].state == PostState.SENT else None
    return AccountPosts(
        account=name,
        adapter=adapter,
        state=thread_state(prompt),
        answer=thread_state(answer),
        url=url,
        reason=troubled.last_error if troubled else None,
    )


def thread_state(posts: Sequence[Post]) -> str:
    """One word for a thread's parts: the worst trouble any part is in, else how far it got."""
    if not posts:
        return "none"
    states = {p.state for p in posts}
    for state, word in _WORST_FIRST:
        if state in states:
            return word
    if states == {PostState.SENT}:
        return "sent"
    if PostState.SENT in states:
        return "sending"  # some parts out, the rest on their way
    if states == {PostState.CANCELLED}:
        return "cancelled"
    return "planned"
