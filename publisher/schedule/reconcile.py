"""Judging a slot already booked against the current config and cases: it stays (perhaps
at another time, with accounts added or dropped) or its case is released, and why.
Pure: the database side reads the slot into a ``Booked`` and applies the ``Verdict``.

The queue of unsent posts is a function of the config, the approved cases and what
was already sent; this is the half of it that says what may no longer stand.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum

from publisher.cases.status import CaseStatus
from publisher.schedule.blackouts import Blackout
from publisher.schedule.planner import SlotTime, slot_on
from publisher.schedule.themes import Theme


class ReleaseReason(StrEnum):
    """Why a case (or one account's posts of it) left a slot."""

    BLACKOUT = "blackout"  # the day is off (for the theme, or for the account)
    ACCOUNT_REMOVED = "account_removed"  # the account is no longer in the config
    ACCOUNT_LEFT_THEME = "account_left_theme"  # the theme no longer posts to the account
    CASE_WITHDRAWN = "case_withdrawn"  # retired
    CASE_UNAPPROVED = "case_unapproved"  # changed since its approval, or under review
    THEME_MOVED = "theme_moved"  # the theme's hashtag is now on another weekday
    THEME_REMOVED = "theme_removed"  # no theme with that weekday and hashtag any more
    TIME_PASSED = "time_passed"  # the theme's new time on that day is already past
    SECTION = "section"  # the theme no longer takes the case's section
    NO_QUIZ = "no_quiz"  # the theme became a quiz day and the case has no [quiz]
    EMBARGO = "embargo"  # the privacy embargo now runs past the day
    CANCELLED = "cancelled"  # an operator cancelled its posts (`posts cancel`)
    MOVED_BY_HAND = "moved_by_hand"  # `cases move` or `cases swap` took it elsewhere


class Thread(StrEnum):
    """Where one account's posts of a slot's case stand."""

    WAITING = "waiting"  # nothing tried yet: may be moved, re-rendered or released
    STARTED = "started"  # tried, in flight or out: never touched
    CLOSED = "closed"  # cancelled, failed or missed before anything went out


@dataclass(frozen=True)
class CaseFacts:
    """What the reconcile needs to know of the case a slot holds."""

    slug: str
    status: str
    section: str
    has_quiz: bool
    not_before: date | None = None  # the privacy embargo's end


@dataclass(frozen=True)
class Booked:
    """A future slot as the database holds it."""

    theme: str  # Theme.key
    hashtag: str
    day: date
    at: datetime
    case: CaseFacts | None
    threads: Mapping[str, Thread] = field(default_factory=dict)  # by account name


@dataclass(frozen=True)
class Rules:
    """The current config, as far as a booked slot is concerned."""

    themes: Mapping[str, Theme]  # by key
    default_zone: str
    blackouts: Sequence[Blackout]
    accounts_of: Mapping[str, tuple[str, ...]]  # theme key -> its accounts
    configured: frozenset[str]  # every account in the config
    now: datetime


@dataclass(frozen=True)
class Verdict:
    """``slot`` is where the day stands now (None: the theme has no such day any more);
    ``release`` says why the case leaves it, ``drop`` why some accounts' posts go, and
    ``add`` which accounts should get the case there."""

    slot: SlotTime | None
    release: tuple[ReleaseReason, str] | None = None
    drop: Mapping[str, tuple[ReleaseReason, str]] = field(default_factory=dict)
    add: tuple[str, ...] = ()


def judge(booked: Booked, rules: Rules) -> Verdict:
    """What becomes of one booked slot under ``rules``."""
    theme = rules.themes.get(booked.theme)
    if theme is None:
        return Verdict(None, _theme_gone(booked, rules))
    slot = slot_on(
        theme, booked.day, default_zone=rules.default_zone, blackouts=rules.blackouts,
        accounts=rules.accounts_of[theme.key],
    )  # fmt: skip
    if slot is None:
        return Verdict(None, (ReleaseReason.BLACKOUT, booked.day.isoformat()))
    if slot.at <= rules.now:
        return Verdict(None, (ReleaseReason.TIME_PASSED, slot.local.strftime("%H:%M %Z")))
    if booked.case is None:
        return Verdict(slot)
    unfit = case_misfit(booked.case, theme, booked.day)
    if unfit is not None:
        return Verdict(slot, unfit)
    drop = {
        account: _why_dropped(account, theme, rules)
        for account, state in booked.threads.items()
        if state is Thread.WAITING and account not in slot.accounts
    }
    add = tuple(a for a in slot.accounts if a not in booked.threads)
    if booked.threads and all(state is Thread.CLOSED for state in booked.threads.values()):
        add = ()  # its posts were cancelled and the day kept empty: nobody new gets it
    return Verdict(slot, None, drop, add)


def case_misfit(case: CaseFacts, theme: Theme, day: date) -> tuple[ReleaseReason, str] | None:
    """Why ``case`` may not fill ``theme`` on ``day``, or None when it may."""
    if case.status == CaseStatus.RETIRED:
        return ReleaseReason.CASE_WITHDRAWN, case.slug
    if case.status != CaseStatus.APPROVED:
        return ReleaseReason.CASE_UNAPPROVED, case.status
    if not theme.takes(case.section):
        return ReleaseReason.SECTION, case.section
    if theme.quiz and not case.has_quiz:
        return ReleaseReason.NO_QUIZ, case.slug
    if case.not_before is not None and day < case.not_before:
        return ReleaseReason.EMBARGO, case.not_before.isoformat()
    return None


def _theme_gone(booked: Booked, rules: Rules) -> tuple[ReleaseReason, str]:
    same = [t for t in rules.themes.values() if t.hashtag.casefold() == booked.hashtag.casefold()]
    if same:
        return ReleaseReason.THEME_MOVED, same[0].weekday
    return ReleaseReason.THEME_REMOVED, booked.hashtag


def _why_dropped(account: str, theme: Theme, rules: Rules) -> tuple[ReleaseReason, str]:
    if account not in rules.configured:
        return ReleaseReason.ACCOUNT_REMOVED, account
    if account in rules.accounts_of[theme.key]:
        return ReleaseReason.BLACKOUT, account
    return ReleaseReason.ACCOUNT_LEFT_THEME, account
