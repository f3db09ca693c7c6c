"""Review: a named person waives a blocking finding (with a reason), acknowledges a
warning, and attests a case's de-identification. Nothing unapproved is planned or sent.

The ``*_case`` / ``*_finding(s)`` functions work inside a caller's transaction; the verbs
the commands call (``approve``, ``waive``, ``acknowledge``) run their own and return what
became of each case.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session

from publisher.errors import InvalidStateError, NotFoundError
from publisher.store import Store
from publisher.store.cases import (
    ACKNOWLEDGE,
    WAIVE,
    get_case,
    list_cases,
    open_findings,
    reviewed,
    unacknowledged,
    unwaived,
)
from publisher.store.models import Case, CaseStatus, Review


@dataclass(frozen=True)
class Reviewed:
    """What a review did to one case: the findings it acted on, and what is left."""

    slug: str
    status: str
    findings: tuple[dict[str, Any], ...] = ()  # the findings waived or acknowledged
    blocking: int = 0  # blocking findings still not waived
    warnings: int = 0  # warnings still not acknowledged
    by: str = ""
    at: datetime | None = None

    def as_dict(self) -> dict[str, Any]:
        return {
            "slug": self.slug, "status": self.status, "findings": list(self.findings),
            "blocking": self.blocking, "warnings": self.warnings, "by": self.by,
            "at": self.at.isoformat() if self.at else None,
        }  # fmt: skip


def approve(
    store: Store, slugs: Iterable[str], *, by: str, now: datetime, second_reviewer: bool = False
) -> list[Reviewed]:
    """Approve each case, all or none: one refusal leaves every case as it was."""
    approved = []
    with store.session() as session:
        for slug in slugs:
            case = approve_case(session, slug, by=by, now=now, second_reviewer=second_reviewer)
            approved.append(_outcome(case, (), by, now))
    return approved


def clean_slugs(store: Store) -> list[str]:
    """Cases not yet approved that have no finding left for a person: ready to approve."""
    with store.session() as session:
        return [
            case.slug
            for case in list_cases(session)
            if case.status in (CaseStatus.DRAFT, CaseStatus.NEEDS_REVIEW)
            and not open_findings(case)
        ]


def waive(
    store: Store, slug: str, finding: str, *, by: str, reason: str, now: datetime
) -> Reviewed:
    """Waive one blocking finding (its number in `cases lint SLUG`, or its key)."""
    with store.session() as session:
        case, target = waive_finding(session, slug, finding, by=by, reason=reason, now=now)
        return _outcome(case, (target,), by, now)


def acknowledge(
    store: Store, slug: str, finding: str | None, *, by: str, reason: str, now: datetime
) -> Reviewed:
    """Acknowledge one warning, or (``finding`` None) every open one."""
    with store.session() as session:
        case, targets = acknowledge_findings(session, slug, finding, by=by, reason=reason, now=now)
        return _outcome(case, tuple(targets), by, now)


def _outcome(case: Case, targets: Sequence[dict[str, Any]], by: str, now: datetime) -> Reviewed:
    return Reviewed(
        case.slug, case.status, tuple(targets), len(unwaived(case)), len(unacknowledged(case)),
        by, now,
    )  # fmt: skip


def _settle(case: Case, now: datetime) -> None:
    if case.status == CaseStatus.NEEDS_REVIEW and not open_findings(case):
        case.status = CaseStatus.DRAFT
    case.updated_at = now


def waive_finding(
    session: Session, slug: str, finding: str, *, by: str, reason: str, now: datetime
) -> tuple[Case, dict[str, Any]]:
    """Record a reviewer's decision that one finding is not an identifier."""
    case = get_case(session, slug)
    target = _finding(case, finding)
    if not reason.strip():
        raise InvalidStateError("a waiver needs a reason")
    _record(session, case, WAIVE, target, by=by, reason=reason, now=now)
    return case, target


def acknowledge_findings(
    session: Session, slug: str, finding: str | None, *, by: str, reason: str, now: datetime
) -> tuple[Case, list[dict[str, Any]]]:
    """Record that a named reviewer read a warning (or, with no finding, every open one)."""
    case = get_case(session, slug)
    targets = unacknowledged(case) if finding is None else [_finding(case, finding)]
    for target in targets:
        if target["severity"] == "block":
            raise InvalidStateError(
                f"finding {finding} of {slug!r} blocks: waive it with a reason instead",
                hint=f'publisher cases waive {slug} {finding} --by NAME --reason "..."',
            )
        _record(session, case, ACKNOWLEDGE, target, by=by, reason=reason, now=now)
    return case, targets


def _record(
    session: Session,
    case: Case,
    action: str,
    target: dict[str, Any],
    *,
    by: str,
    reason: str,
    now: datetime,
) -> None:
    if not by.strip():
        raise InvalidStateError("a review needs the reviewer's name (--by)")
    session.add(
        Review(case=case, action=action, by=by.strip(), at=now, reason=reason.strip(),
               finding=target["key"], content_hash=case.content_hash)
    )  # fmt: skip
    session.flush()
    _settle(case, now)


def _finding(case: Case, ref: str) -> dict[str, Any]:
    """A finding by its number in `cases lint SLUG` or by its key."""
    if ref.isdigit() and 1 <= int(ref) <= len(case.findings):
        return dict(case.findings[int(ref) - 1])
    for finding in case.findings:
        if finding["key"] == ref:
            return dict(finding)
    raise NotFoundError(
        f"case {case.slug!r} has no finding {ref!r}",
        hint=f"`publisher cases lint {case.slug}` numbers them",
    )


def approve_case(
    session: Session, slug: str, *, by: str, now: datetime, second_reviewer: bool = False
) -> Case:
    """Record who attested the case's de-identification, and make it plannable.

    With ``second_reviewer``, the approver must not be anyone who waived or acknowledged
    one of the case's findings: four eyes on what a person let through.
    """
    case = get_case(session, slug)
    if case.status == CaseStatus.RETIRED:
        raise InvalidStateError(
            f"case {slug!r} is retired", hint=f"bring it back: publisher cases restore {slug}"
        )
    if unwaived(case):
        raise InvalidStateError(
            f"case {slug!r} has blocking privacy findings: {_listing(case, unwaived(case))}",
            hint=f"fix the text and re-import, or waive each finding: publisher cases lint {slug}",
        )
    warnings = unacknowledged(case)
    if warnings:
        raise InvalidStateError(
            f"case {slug!r} has privacy warnings no reviewer has acknowledged: "
            f"{_listing(case, warnings)}",
            hint=f"read each, then: publisher cases ack {slug} NUMBER --by NAME",
        )
    if second_reviewer and _same_person(by, _reviewers(case)):
        raise InvalidStateError(
            f"case {slug!r}: {by} waived or acknowledged its findings, and [privacy] "
            "second_reviewer asks someone else to approve",
        )
    case.status = CaseStatus.APPROVED
    case.updated_at = now
    session.add(Review(case=case, action="approve", by=by, at=now, content_hash=case.content_hash))
    return case


def _listing(case: Case, findings: Sequence[dict[str, Any]]) -> str:
    """'#2 name 'Dr Jones' in history; #5 place ...', numbered as `cases lint` numbers them."""
    numbers = {f["key"]: n for n, f in enumerate(case.findings, start=1)}
    return "; ".join(
        f"#{numbers[f['key']]} {f['kind']} {f['text']!r} in {f['field']}" for f in findings
    )


def _reviewers(case: Case) -> set[str]:
    keys = {f["key"] for f in case.findings}
    return {r.by for r in reviewed(case).values() if r.finding in keys}


def _same_person(name: str, names: set[str]) -> bool:
    folded = " ".join(name.casefold().split())
    return any(" ".join(n.casefold().split()) == folded for n in names)
