"""Slots already booked in the database: read as the reconcile sees them, and changed
(released, moved, accounts dropped) in the caller's transaction.

A slot holds one case; each account has a *thread* of it there: the prompt's parts and
the answer's. Only a thread nothing was tried on yet is ever moved or deleted; a
thread tried or sent stays as it is, answers included.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from publisher.dispatch.states import PostKind
from publisher.privacy.embargo import embargo_ends
from publisher.schedule.planner import SlotTime
from publisher.schedule.reconcile import Booked, CaseFacts, Thread
from publisher.store.models import Account, Case, Post, PostState, Slot

# A thread with a post in one of these was tried: it may be on the platform.
TRIED = (
    PostState.SENT, PostState.SENDING, PostState.UNKNOWN, PostState.CLAIMED, PostState.RETRY_WAIT,
)  # fmt: skip


def future_slots(session: Session, now: datetime) -> dict[tuple[str, date], Slot]:
    """Every slot whose time is still ahead, with its posts, their accounts and its case."""
    query = (
        select(Slot)
        .where(Slot.scheduled_at > now)
        .options(
            selectinload(Slot.posts).selectinload(Post.account),
            selectinload(Slot.case),
        )
    )
    return {(s.theme, s.local_date): s for s in session.scalars(query)}


def slots_on(session: Session, keys: Iterable[tuple[str, date]]) -> dict[tuple[str, date], Slot]:
    """The slot rows of these (theme, day) keys, whatever their time: a day whose time
    passed may come back ahead when its theme's time moves later."""
    wanted = set(keys)
    if not wanted:
        return {}
    days = [day for _, day in wanted]
    query = (
        select(Slot)
        .where(Slot.local_date >= min(days), Slot.local_date <= max(days))
        .where(Slot.theme.in_({theme for theme, _ in wanted}))
        .options(selectinload(Slot.posts).selectinload(Post.account), selectinload(Slot.case))
    )
    return {
        (s.theme, s.local_date): s
        for s in session.scalars(query)
        if (s.theme, s.local_date) in wanted
    }


def label(slot: Slot) -> str:
    """'Mon 2026-12-07 #MSKMonday', the day in the slot's own zone."""
    local = slot.scheduled_at.astimezone(ZoneInfo(slot.timezone))
    return f"{local:%a %Y-%m-%d} {slot.hashtag}"


def thread_posts(slot: Slot, account: str | None = None) -> list[Post]:
    """The posts of the slot's case (of one account, if named), prompt parts first."""
    return sorted(
        (
            p
            for p in slot.posts
            if p.case_id == slot.case_id and (account is None or p.account.name == account)
        ),
        key=lambda p: (p.account.name, p.kind != PostKind.PROMPT, p.part),
    )


def threads(slot: Slot) -> dict[str, Thread]:
    """Where each account's thread of the slot's case stands."""
    found: dict[str, list[Post]] = {}
    for post in thread_posts(slot):
        found.setdefault(post.account.name, []).append(post)
    return {name: thread_state(posts) for name, posts in found.items()}


def thread_state(posts: Iterable[Post]) -> Thread:
    states = {p.state for p in posts}
    if states & set(TRIED):
        return Thread.STARTED
    if PostState.PENDING in states:
        return Thread.WAITING
    return Thread.CLOSED


def case_facts(case: Case, embargo_days: int) -> CaseFacts:
    ends = embargo_ends(case.study_month, embargo_days) if case.study_month else None
    return CaseFacts(case.slug, case.status, case.section, case.quiz is not None, ends)


def booked(slot: Slot, embargo_days: int) -> Booked:
    facts = case_facts(slot.case, embargo_days) if slot.case is not None else None
    return Booked(
        slot.theme, slot.hashtag, slot.local_date, slot.scheduled_at, facts, threads(slot)
    )


def drop_thread(session: Session, slot: Slot, account: str) -> int:
    """Delete one account's waiting thread of the slot's case; returns the posts deleted."""
    posts = thread_posts(slot, account)
    if thread_state(posts) is not Thread.WAITING:
        return 0
    # Answers first: they reply to the prompt's parts.
    for post in sorted(posts, key=lambda p: (p.kind == PostKind.PROMPT, -p.part)):
        slot.posts.remove(post)
        session.delete(post)
    session.flush()
    return len(posts)


def release_case(session: Session, slot: Slot) -> tuple[str, ...]:
    """Take the case out of the slot: every waiting thread is deleted. The case stays
    when a thread of it was tried (that thread is left as it is). Returns the accounts
    whose threads went."""
    gone = tuple(name for name, state in threads(slot).items() if state is Thread.WAITING)
    for name in gone:
        drop_thread(session, slot, name)
    if not any(state is Thread.STARTED for state in threads(slot).values()):
        slot.case_id = None
        slot.case = None
    session.flush()
    return gone


def is_started(slot: Slot) -> bool:
    return any(state is Thread.STARTED for state in threads(slot).values())


@dataclass(frozen=True)
class Retimed:
    """How a slot's waiting threads moved: their prompt's time and their answer's."""

    before: datetime
    after: datetime
    answer_before: datetime | None
    answer_after: datetime | None


def retime(slot: Slot, when: SlotTime, answer_at: datetime) -> Retimed | None:
    """Put the slot and its waiting threads at ``when`` (answers at ``answer_at``); None
    when nothing changed. A slot with a thread tried is left where it is."""
    if is_started(slot):
        return None
    waiting = [p for p in thread_posts(slot) if p.state == PostState.PENDING]
    answers = [p for p in waiting if p.kind == PostKind.ANSWER]
    before = slot.scheduled_at
    answer_before = min((p.scheduled_at for p in answers), default=None)
    zone = str(when.zone.key)
    if before == when.at and slot.timezone == zone and answer_before in (None, answer_at):
        return None
    slot.scheduled_at, slot.timezone = when.at, zone
    for post in waiting:
        post.scheduled_at = answer_at if post.kind == PostKind.ANSWER else when.at
    return Retimed(before, when.at, answer_before, answer_at if answers else None)


def prompt_accounts(session: Session, case_id: int, *, besides: int | None = None) -> set[str]:
    """The accounts the case has a prompt for (in any state) in slots other than ``besides``:
    a case goes to an account once."""
    query = (
        select(Account.name)
        .join(Post, Post.account_id == Account.id)
        .where(Post.case_id == case_id, Post.kind == PostKind.PROMPT)
    )
    if besides is not None:
        query = query.where(Post.slot_id != besides)
    return set(session.scalars(query))


def delete_empty(session: Session, slots: Mapping[tuple[str, date], Slot]) -> None:
    """Slot rows left without a case and without posts serve nothing: gone."""
    for slot in slots.values():
        if slot.case_id is None and not slot.posts and slot in session:
            session.delete(slot)
    session.flush()
