"""`plan`: the queue brought in line with the config and the cases, then the planner's
choices written as slots and fully rendered posts.

Posts are rendered here, once, with the formatter and the per-platform image
fitting; preview shows the stored posts and dispatch sends them, so what the
preview shows is byte for byte what goes out.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import asdict, dataclass, field, replace
from datetime import date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from publisher.config import Settings
from publisher.dispatch.states import PostKind
from publisher.privacy import embargo_ends
from publisher.schedule.booking import (
    booked,
    delete_empty,
    drop_thread,
    future_slots,
    label,
    prompt_accounts,
    release_case,
    retime,
    slots_on,
    thread_posts,
)
from publisher.schedule.coverage import Coverage, coverage
from publisher.schedule.planner import Assignment, Candidate, SlotTime, assign, slot_times
from publisher.schedule.reconcile import ReleaseReason, Rules, judge
from publisher.schedule.rendering import (
    Writer,
    account_capabilities,
    rerender_off_day,
    sync_accounts,
    writer_for,
)
from publisher.schedule.themes import Theme
from publisher.store import Store
from publisher.store.models import Account, Case, CaseStatus, Post, Slot

__all__ = [
    "Added", "Moved", "PlanReport", "Released", "account_capabilities", "held_back",
    "load_candidates", "plan", "rerender_off_day", "sync_accounts",
]  # fmt: skip


@dataclass(frozen=True)
class Released:
    """A case (or some accounts' posts of it) taken out of a slot, and why."""

    slot: str  # "Mon 2026-12-07 #MSKMonday"
    at: datetime
    case: str
    accounts: tuple[str, ...]
    reason: ReleaseReason
    detail: str = ""  # what the reason is about: the account, the weekday, the date

    def as_dict(self) -> dict[str, Any]:
        return {**asdict(self), "at": self.at.isoformat()}


@dataclass(frozen=True)
class Moved:
    """A slot whose waiting posts now go out at another time (the theme's time, time zone
    or answer delay changed)."""

    slot: str
    case: str
    accounts: tuple[str, ...]
    zone: str
    before: datetime
    after: datetime
    answer_before: datetime | None = None
    answer_after: datetime | None = None

    def as_dict(self) -> dict[str, Any]:
        return {k: v.isoformat() if isinstance(v, datetime) else v for k, v in asdict(self).items()}


@dataclass(frozen=True)
class Added:
    """Accounts that joined a slot already planned: its case rendered for them."""

    slot: str
    at: datetime
    case: str
    accounts: tuple[str, ...]

    def as_dict(self) -> dict[str, Any]:
        return {**asdict(self), "at": self.at.isoformat()}


@dataclass
class PlanReport:
    """What one `plan` did (or, dry run, would do) to the queue."""

    planned: list[tuple[SlotTime, str]] = field(default_factory=list)  # new this run
    kept: list[tuple[SlotTime, str]] = field(default_factory=list)
    added: list[Added] = field(default_factory=list)
    released: list[Released] = field(default_factory=list)
    moved: list[Moved] = field(default_factory=list)
    empty: list[Assignment] = field(default_factory=list)  # each with its Empty reason
    problems: list[str] = field(default_factory=list)  # posts that could not be rendered
    held: list[str] = field(default_factory=list)  # approved cases the embargo keeps back
    posts_created: int = 0
    coverage: Coverage | None = None
    dry_run: bool = False


def plan(
    store: Store, settings: Settings, *, now: datetime, weeks: int, dry_run: bool = False
) -> PlanReport:
    """Bring the queue in line with the config and the cases, and fill the coming ``weeks``
    weeks. Running it again changes nothing; sent posts are never touched. ``dry_run``
    reports the same and writes nothing."""
    themes = {t.key: t for t in settings.themes}
    accounts_of = {t.key: settings.theme_accounts(t) for t in settings.themes}
    slots = slot_times(
        settings.themes, start=now, weeks=weeks, default_zone=settings.schedule.timezone,
        blackout=settings.schedule.blackouts, accounts_of=accounts_of,
    )  # fmt: skip
    report = PlanReport(dry_run=dry_run)
    with store.session(commit=not dry_run) as session:
        writer = writer_for(session, settings, now=now)
        existing = future_slots(session, now)
        reconcile(session, settings, existing, writer, report, now=now)
        # Days whose stored time passed but that the config now puts ahead: what they
        # hold stays (it may have gone out); an empty one may be filled.
        existing = {**slots_on(session, (s.key for s in slots)), **existing}
        taken = {key: s.case_id for key, s in existing.items() if s.case_id is not None}
        candidates = load_candidates(session, settings.privacy.embargo_days)
        for choice in assign(slots, candidates, taken):
            _record(choice, existing, writer, report, themes)
        delete_empty(session, existing)
        report.posts_created = writer.created
        report.held = held_back(session, settings, until=slots[-1].local_date if slots else None)
        report.coverage = coverage(
            settings.themes, candidates, taken, now=now, default_zone=settings.schedule.timezone,
            blackouts=settings.schedule.blackouts, accounts_of=accounts_of,
        )  # fmt: skip
    return report


def rules(settings: Settings, now: datetime) -> Rules:
    """The current config as the reconcile reads it."""
    return Rules(
        themes={t.key: t for t in settings.themes},
        default_zone=settings.schedule.timezone,
        blackouts=settings.schedule.blackouts,
        accounts_of={t.key: settings.theme_accounts(t) for t in settings.themes},
        configured=frozenset(settings.accounts),
        now=now,
    )


def reconcile(
    session: Session,
    settings: Settings,
    existing: Mapping[tuple[str, date], Slot],
    writer: Writer,
    report: PlanReport,
    *,
    now: datetime,
) -> None:
    """Judge every booked slot against the current config and cases, and apply the
    verdicts: cases and accounts released, slots moved, accounts added."""
    current = rules(settings, now)
    days = settings.privacy.embargo_days
    for slot in sorted(existing.values(), key=lambda s: (s.scheduled_at, s.theme)):
        verdict = judge(booked(slot, days), current)
        case = slot.case.slug if slot.case is not None else ""
        where, at = label(slot), slot.scheduled_at
        if verdict.release is not None and slot.case is not None:
            gone = release_case(session, slot)
            if gone or slot.case is None:
                report.released.append(Released(where, at, case, gone, *verdict.release))
        dropped: dict[ReleaseReason, list[str]] = {}  # one line per reason, its accounts
        for account, (reason, _) in sorted(verdict.drop.items()):
            if drop_thread(session, slot, account):
                dropped.setdefault(reason, []).append(account)
        for reason, names in dropped.items():
            report.released.append(
                Released(where, at, case, tuple(names), reason, ", ".join(names))
            )
        if verdict.slot is None:
            continue
        _retime(slot, verdict.slot, report)
        if verdict.add and slot.case is not None:
            _add_accounts(session, slot, verdict.slot, verdict.add, writer, report)


def _retime(slot: Slot, when: SlotTime, report: PlanReport) -> None:
    answer_at = when.theme.answer_rule.answer_time(when.at, when.zone)
    moved = retime(slot, when, answer_at)
    if moved is None or slot.case is None:
        return
    accounts = tuple(sorted({p.account.name for p in thread_posts(slot)}))
    zone = str(when.zone.key)
    times = (moved.before, moved.after, moved.answer_before, moved.answer_after)
    report.moved.append(Moved(label(slot), slot.case.slug, accounts, zone, *times))


def _add_accounts(
    session: Session,
    slot: Slot,
    when: SlotTime,
    accounts: tuple[str, ...],
    writer: Writer,
    report: PlanReport,
) -> None:
    """Render the slot's case for accounts that joined its theme (never for an account
    the case already went to, or is planned for, on another day)."""
    assert slot.case is not None
    elsewhere = prompt_accounts(session, slot.case.id, besides=slot.id)
    joining = replace(when, accounts=tuple(a for a in accounts if a not in elsewhere))
    if not joining.accounts:
        return
    before = writer.created
    report.problems += writer.posts(slot, slot.case, when.theme, joining)
    if writer.created > before:
        report.added.append(Added(label(slot), slot.scheduled_at, slot.case.slug, joining.accounts))


def held_back(session: Session, settings: Settings, *, until: date | None) -> list[str]:
    """Approved, unplanned cases that the privacy embargo keeps out until after ``until``."""
    if until is None:
        return []
    planned = select(Slot.case_id).where(Slot.case_id.is_not(None))
    query = (
        select(Case.slug, Case.study_month)
        .where(Case.status == CaseStatus.APPROVED, Case.study_month.is_not(None))
        .where(Case.id.not_in(planned))
        .order_by(Case.slug)
    )
    days = settings.privacy.embargo_days
    out = []
    for slug, month in session.execute(query):
        ends = embargo_ends(str(month), days)
        if ends > until:
            out.append(
                f"{slug}: held back by the privacy embargo until {ends} "
                f"(study month {month} + {days} days)"
            )
    return out


def _record(
    choice: Assignment,
    existing: Mapping[tuple[str, date], Slot],
    writer: Writer,
    report: PlanReport,
    themes: Mapping[str, Theme],
) -> None:
    if choice.case_id is None:
        report.empty.append(choice)
        return
    old = existing.get(choice.slot.key)
    if old is not None and old.case_id == choice.case_id:
        assert old.case is not None
        report.kept.append((choice.slot, old.case.slug))
        return
    if old is not None:  # an empty day taken up again: at the theme's time now
        old.scheduled_at, old.timezone = choice.slot.at, str(choice.slot.zone.key)
    slot = writer.slot(choice.slot, choice.case_id, old)
    assert slot.case is not None
    report.planned.append((choice.slot, slot.case.slug))
    report.problems += writer.posts(slot, slot.case, themes[choice.slot.theme.key], choice.slot)


def load_candidates(session: Session, embargo_days: int) -> list[Candidate]:
    """Every approved case as the planner sees it, with the accounts it has a prompt for
    (in any state: sent, planned, or cancelled by hand, a case goes to an account once)."""
    used: dict[int, set[str]] = {}
    rows = session.execute(
        select(Post.case_id, Account.name)
        .join(Account, Post.account_id == Account.id)
        .where(Post.kind == PostKind.PROMPT)
        .distinct()
    )
    for case_id, account in rows:
        used.setdefault(case_id, set()).add(account)
    query = select(
        Case.id, Case.slug, Case.section, Case.quiz, Case.created_at, Case.publish_on,
        Case.study_month,
    ).where(Case.status == CaseStatus.APPROVED)  # fmt: skip
    return [
        Candidate(
            case_id=row.id,
            slug=row.slug,
            section=row.section,
            has_quiz=row.quiz is not None,
            order=(row.created_at, row.id),
            publish_on=row.publish_on,
            not_before=embargo_ends(row.study_month, embargo_days) if row.study_month else None,
            used_by=frozenset(used.get(row.id, ())),
        )
        for row in session.execute(query)
    ]


@dataclass(frozen=True)
class Outlook:
    """The coming days as the planner sees them, without writing anything: the days it
    cannot fill (with why), the days it could fill that `plan` has not, and the runway."""

    empty: list[Assignment]
    unplanned: int
    coverage: Coverage


def outlook(session: Session, settings: Settings, *, now: datetime, weeks: int = 2) -> Outlook:
    """What `status` tells of the schedule: ``weeks`` weeks ahead, and the runway."""
    accounts_of = {t.key: settings.theme_accounts(t) for t in settings.themes}
    blackouts = settings.schedule.blackouts
    zone = settings.schedule.timezone
    slots = slot_times(
        settings.themes, start=now, weeks=weeks, default_zone=zone, blackout=blackouts,
        accounts_of=accounts_of,
    )  # fmt: skip
    existing = {**slots_on(session, (s.key for s in slots)), **future_slots(session, now)}
    taken = {key: s.case_id for key, s in existing.items() if s.case_id is not None}
    candidates = load_candidates(session, settings.privacy.embargo_days)
    choices = assign(slots, candidates, taken)
    found = coverage(
        settings.themes, candidates, taken, now=now, default_zone=zone, blackouts=blackouts,
        accounts_of=accounts_of,
    )  # fmt: skip
    empty = [c for c in choices if c.case_id is None]
    unplanned = sum(1 for c in choices if c.case_id is not None and c.slot.key not in taken)
    return Outlook(empty, unplanned, found)
