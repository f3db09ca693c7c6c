"""A case's place in the queue, changed by hand: retired (withdrawn everywhere) and
restored, moved to another day, swapped with another case. Each verb runs its own
transaction, keeps the approval, renders the posts again for their new day, and
returns what it did.

What went out stays as it is: a case whose posts were tried on a day cannot leave
that day, and a retired case keeps its sent posts in the history.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session, selectinload

from publisher.config import Settings
from publisher.errors import InvalidStateError
from publisher.schedule.booking import (
    TRIED,
    case_facts,
    is_started,
    label,
    prompt_accounts,
    release_case,
    thread_posts,
)
from publisher.schedule.planner import SlotTime, slot_on
from publisher.schedule.reconcile import case_misfit
from publisher.schedule.rendering import Writer, writer_for
from publisher.store import Store
from publisher.store.cases import get_case, open_findings
from publisher.store.models import Case, CaseStatus, Post, PostState, Slot
from publisher.store.posts import WAITING

RETIRED_REASON = "the case was retired"


@dataclass(frozen=True)
class Placement:
    """Where a case is (or was) planned: a theme's day and the accounts it posts to."""

    slot: str  # "Mon 2026-12-07 #MSKMonday"
    at: datetime
    zone: str
    accounts: tuple[str, ...]

    def as_dict(self) -> dict[str, Any]:
        return {**asdict(self), "at": self.at.isoformat()}


@dataclass(frozen=True)
class Retired:
    """What retiring a case did: the days it left, the posts of threads already begun
    that were cancelled, and the posts already out (kept)."""

    slug: str
    was_retired: bool  # it already was: nothing changed
    released: tuple[Placement, ...] = ()
    cancelled: int = 0
    sent: int = 0

    def as_dict(self) -> dict[str, Any]:
        return {**asdict(self), "released": [p.as_dict() for p in self.released]}


@dataclass(frozen=True)
class Restored:
    slug: str
    status: str  # approved again when its approval still holds for its content
    was_retired: bool  # it was not: nothing changed

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class Relocated:
    """A case moved by hand: from where (None: it was not planned) to where."""

    slug: str
    before: Placement | None
    after: Placement
    posts: int  # posts rendered for the new day

    def as_dict(self) -> dict[str, Any]:
        return {
            "slug": self.slug,
            "before": self.before.as_dict() if self.before else None,
            "after": self.after.as_dict(),
            "posts": self.posts,
        }


@dataclass(frozen=True)
class Swapped:
    first: Relocated
    second: Relocated

    def as_dict(self) -> dict[str, Any]:
        return {"first": self.first.as_dict(), "second": self.second.as_dict()}


def retire(store: Store, settings: Settings, slug: str, *, now: datetime) -> Retired:
    """Withdraw a case everywhere: its unsent posts released (their days refilled by the
    next `plan`), what waits in a thread already begun cancelled, never planned again."""
    with store.session() as session:
        case = get_case(session, slug)
        if case.status == CaseStatus.RETIRED:
            return Retired(slug, was_retired=True)
        case.status, case.updated_at = CaseStatus.RETIRED, now
        released = []
        for slot in _slots_of(session, case, since=None):
            before = _placement(slot)
            if release_case(session, slot):
                released.append(before)
        cancelled = _cancel_waiting(session, case, now)
        sent = session.scalar(
            select(func.count()).where(Post.case_id == case.id, Post.state == PostState.SENT)
        )
        return Retired(slug, False, tuple(released), cancelled, sent or 0)


def restore(store: Store, settings: Settings, slug: str, *, now: datetime) -> Restored:
    """Bring a retired case back: approved again when its approval was for this very
    content and no finding is open, otherwise a draft (or under review) as before."""
    with store.session() as session:
        case = get_case(session, slug)
        if case.status != CaseStatus.RETIRED:
            return Restored(slug, case.status, was_retired=False)
        case.status, case.updated_at = _status_without_retirement(case), now
        _clear_untried(session, case)
        return Restored(slug, case.status, was_retired=True)


def move(store: Store, settings: Settings, slug: str, day: date, *, now: datetime) -> Relocated:
    """Plan a case on ``day`` (its theme's slot that day), keeping its approval; the day
    it leaves is refilled by the next `plan`."""
    with store.session() as session:
        case = _approved(session, slug)
        when = _target(settings, case, day, now=now)
        target = _slot_row(session, when)
        if target is not None and target.case_id not in (None, case.id):
            assert target.case is not None
            raise InvalidStateError(
                f"{label(target)} already holds {target.case.slug}",
                hint=f"publisher cases swap {slug} {target.case.slug}",
            )
        current = _unstarted_slots(session, case, now)
        before = _placement(current[0]) if current else None
        for slot in current:
            release_case(session, slot)
        writer = writer_for(session, settings, now=now)
        return _place(session, writer, case, when, target, before)


def swap(store: Store, settings: Settings, slug_a: str, slug_b: str, *, now: datetime) -> Swapped:
    """Exchange the days of two planned cases, keeping both approvals."""
    if slug_a == slug_b:
        raise InvalidStateError("give two different cases to swap")
    with store.session() as session:
        cases = _approved(session, slug_a), _approved(session, slug_b)
        slots = [_the_slot(session, case, now) for case in cases]
        # Each case goes to the other's day: to its theme, where that theme takes it.
        whens = [
            _target(settings, cases[1 - i], slots[i].local_date, now=now, prefer=slots[i].theme)
            for i in (0, 1)
        ]
        rows = [
            s if s.theme == w.theme.key else _slot_row(session, w)
            for s, w in zip(slots, whens, strict=True)
        ]
        befores = [_placement(slot) for slot in slots]
        for slot in slots:
            release_case(session, slot)
        writer = writer_for(session, settings, now=now)
        first = _place(session, writer, cases[0], whens[1], rows[1], befores[0])
        second = _place(session, writer, cases[1], whens[0], rows[0], befores[1])
        return Swapped(first, second)


# -- the target day ------------------------------------------------------------------------


def _target(
    settings: Settings, case: Case, day: date, *, now: datetime, prefer: str | None = None
) -> SlotTime:
    """The slot a case would take on ``day`` (``prefer``'s theme first, when several post
    that weekday), or the reasons it cannot."""
    themes = [t for t in settings.themes if t.weekday_index == day.weekday()]
    themes.sort(key=lambda t: t.key != prefer)
    if not themes:
        days = ", ".join(f"{t.weekday} ({t.hashtag})" for t in settings.themes)
        raise InvalidStateError(f"no theme posts on {day:%A} {day}; themes: {days}")
    facts = case_facts(case, settings.privacy.embargo_days)
    reasons = []
    for theme in themes:
        misfit = case_misfit(facts, theme, day)
        if misfit is not None:
            reasons.append(_misfit_text(theme.hashtag, theme.sections_label(), case.slug, misfit))
            continue
        when = slot_on(
            theme, day, default_zone=settings.schedule.timezone,
            blackouts=settings.schedule.blackouts, accounts=settings.theme_accounts(theme),
        )  # fmt: skip
        if when is None:
            reasons.append(f"{day} is a blackout day for {theme.hashtag}")
        elif when.at <= now:
            reasons.append(f"{theme.hashtag} on {day} is already past ({when.local:%H:%M %Z})")
        else:
            return when
    raise InvalidStateError(f"{case.slug} cannot go on {day:%a} {day}: " + "; ".join(reasons))


def _misfit_text(hashtag: str, sections: str, slug: str, misfit: tuple[str, str]) -> str:
    reason, detail = misfit
    if reason == "section":
        return f"{hashtag} does not take {detail} cases (it draws from {sections})"
    if reason == "no_quiz":
        return f"{hashtag} is a quiz day and {slug} has no [quiz]"
    if reason == "embargo":
        return f"the privacy embargo holds {slug} until {detail}"
    return f"{slug} is {detail}"


# -- reading and writing slots -------------------------------------------------------------


def _approved(session: Session, slug: str) -> Case:
    case = get_case(session, slug)
    if case.status != CaseStatus.APPROVED:
        raise InvalidStateError(
            f"case {slug!r} is {case.status}; only an approved case can be planned",
            hint=f"publisher cases restore {slug}" if case.status == CaseStatus.RETIRED else None,
        )
    return case


def _slots_of(session: Session, case: Case, *, since: datetime | None) -> list[Slot]:
    query = (
        select(Slot)
        .where(Slot.case_id == case.id)
        .options(selectinload(Slot.posts).selectinload(Post.account), selectinload(Slot.case))
        .order_by(Slot.scheduled_at)
    )
    if since is not None:
        query = query.where(Slot.scheduled_at > since)
    return list(session.scalars(query))


def _unstarted_slots(session: Session, case: Case, now: datetime) -> list[Slot]:
    """The days to come holding the case; refused when a thread of it was tried on any
    day (what went out stays where it went)."""
    slots = _slots_of(session, case, since=None)
    for slot in slots:
        if is_started(slot):
            raise InvalidStateError(
                f"{case.slug} has already gone out (or is going out) on {label(slot)}; "
                "what was sent cannot be moved"
            )
    return [slot for slot in slots if slot.scheduled_at > now]


def _the_slot(session: Session, case: Case, now: datetime) -> Slot:
    slots = _unstarted_slots(session, case, now)
    if not slots:
        raise InvalidStateError(
            f"{case.slug} is not planned on a day to come",
            hint=f"publisher cases move {case.slug} YYYY-MM-DD",
        )
    return slots[0]


def _slot_row(session: Session, when: SlotTime) -> Slot | None:
    query = (
        select(Slot)
        .where(Slot.theme == when.theme.key, Slot.local_date == when.local_date)
        .options(selectinload(Slot.posts).selectinload(Post.account), selectinload(Slot.case))
    )
    return session.scalar(query)


def _place(
    session: Session,
    writer: Writer,
    case: Case,
    when: SlotTime,
    row: Slot | None,
    before: Placement | None,
) -> Relocated:
    """Render the case for ``when``'s accounts that have not had it; all or nothing."""
    elsewhere = prompt_accounts(session, case.id)
    accounts = tuple(a for a in when.accounts if a not in elsewhere)
    if not accounts:
        raise InvalidStateError(f"{case.slug} already went to every account of {when.label()}")
    if row is not None:
        row.scheduled_at, row.timezone = when.at, str(when.zone.key)
    slot = writer.slot(when, case.id, row)
    created = writer.created
    target = SlotTime(when.theme, when.local_date, when.zone, when.at, accounts)
    problems = writer.posts(slot, case, when.theme, target)
    if problems:
        raise InvalidStateError(f"cannot render {case.slug} for {when.label()}: {problems[0]}")
    session.flush()
    after = Placement(when.label(), when.at, str(when.zone.key), accounts)
    return Relocated(case.slug, before, after, writer.created - created)


def _placement(slot: Slot) -> Placement:
    accounts = tuple(sorted({p.account.name for p in thread_posts(slot)}))
    return Placement(label(slot), slot.scheduled_at, slot.timezone, accounts)


def _cancel_waiting(session: Session, case: Case, now: datetime) -> int:
    """What still waits of the case after its days were released (answers of prompts
    already out, retries): cancelled, so that nothing more of it goes out."""
    waiting = session.scalars(select(Post).where(Post.case_id == case.id, Post.state.in_(WAITING)))
    count = 0
    for post in waiting:
        post.state, post.last_error, post.updated_at = PostState.CANCELLED, RETIRED_REASON, now
        count += 1
    return count


def _status_without_retirement(case: Case) -> str:
    approvals = [r for r in case.reviews if r.action == "approve"]
    if open_findings(case):
        return CaseStatus.NEEDS_REVIEW
    if approvals and approvals[-1].content_hash == case.content_hash:
        return CaseStatus.APPROVED
    return CaseStatus.DRAFT


def _clear_untried(session: Session, case: Case) -> None:
    """Posts of accounts the case never reached and that were only cancelled go, so that
    the planner may place the case for those accounts again."""
    rows = session.execute(select(Post.account_id, Post.state).where(Post.case_id == case.id))
    tried: set[int] = set()
    everyone: set[int] = set()
    for account_id, state in rows:
        everyone.add(account_id)
        if state in TRIED or state != PostState.CANCELLED:
            tried.add(account_id)
    untried = everyone - tried
    if untried:
        session.execute(delete(Post).where(Post.case_id == case.id, Post.account_id.in_(untried)))
