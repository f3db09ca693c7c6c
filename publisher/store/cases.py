"""Queries and changes on cases, their images and their review trail."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import delete, exists, insert, select
from sqlalchemy.orm import Session, selectinload

from publisher.cases.files import CaseSpec
from publisher.errors import InvalidStateError, NotFoundError
from publisher.store.models import Blob, Case, CaseImage, CaseStatus, Post, PostState, Review

if TYPE_CHECKING:  # Pillow loads only where images are handled, not for `cases list`
    from publisher.images.cleaning import CleanImage

WAIVE, ACKNOWLEDGE = "waive", "acknowledge"
# Posts in these states are on the platform (or may be): the case text is frozen.
SENT_STATES = (PostState.SENT, PostState.SENDING, PostState.UNKNOWN)


def get_case(session: Session, slug: str) -> Case:
    case = session.scalar(select(Case).where(Case.slug == slug).options(selectinload(Case.images)))
    if case is None:
        raise NotFoundError(f"no case with slug {slug!r}", hint="`publisher cases list` shows them")
    return case


def find_case(session: Session, slug: str) -> Case | None:
    return session.scalar(select(Case).where(Case.slug == slug))


def list_cases(session: Session, *, status: str | None = None) -> Sequence[Case]:
    query = select(Case).order_by(Case.created_at, Case.id)
    if status:
        query = query.where(Case.status == status)
    return session.scalars(query).all()


def has_sent_posts(session: Session, case_id: int) -> bool:
    query = select(exists().where(Post.case_id == case_id, Post.state.in_(SENT_STATES)))
    return bool(session.scalar(query))


def store_blob(session: Session, image: CleanImage, now: datetime) -> Blob:
    """Content-addressed: the same bytes are stored once, whoever uses them."""
    blob = session.get(Blob, image.sha256)
    if blob is None:
        blob = Blob(
            sha256=image.sha256,
            data=image.data,
            format=image.format,
            width=image.width,
            height=image.height,
            size=len(image.data),
            created_at=now,
        )
        session.add(blob)
    return blob


def _insert_blob(session: Session, image: CleanImage, now: datetime) -> str:
    """As store_blob, but through a plain statement, so no ORM object holds the bytes: an
    import writes one case after another, and each case's bytes should be freed when its
    write is done, not when the garbage collector gets to the ORM objects' cycles."""
    digest = image.sha256
    if session.scalar(select(Blob.sha256).where(Blob.sha256 == digest)) is None:
        session.execute(
            insert(Blob).values(
                sha256=digest,
                data=image.data,
                format=image.format,
                width=image.width,
                height=image.height,
                size=len(image.data),
                created_at=now,
            )
        )
    return digest


def save_case(
    session: Session,
    spec: CaseSpec,
    images: Sequence[CleanImage],
    *,
    source: str,
    content_hash: str,
    findings: list[dict[str, Any]],
    study_month: str | None,
    now: datetime,
) -> tuple[Case, bool]:
    """Insert or replace a case from its spec; returns (case, created).

    A new version starts as a draft, or needs review while a blocking privacy
    finding is not waived; an approval never carries over to changed content.
    """
    case = find_case(session, spec.slug)
    created = case is None
    if case is None:
        case = Case(slug=spec.slug, created_at=now)
        session.add(case)
    elif has_sent_posts(session, case.id):
        raise InvalidStateError(f"case {spec.slug!r} was already posted")
    _fill(case, spec)
    case.study_month = study_month
    case.findings = findings
    case.status = CaseStatus.NEEDS_REVIEW if open_findings(case) else CaseStatus.DRAFT
    case.source = source
    case.content_hash = content_hash
    case.updated_at = now
    case.images.clear()
    session.flush()  # old rows go before new ones take their positions
    case.images = [
        CaseImage(
            position=index,
            alt=image_spec.alt,
            source_name=image_spec.file,
            blob_sha256=_insert_blob(session, image, now),
        )
        for index, (image_spec, image) in enumerate(zip(spec.images, images, strict=True), 1)
    ]
    if not created:
        # Unsent posts were rendered from the old text; the planner renders them again.
        pending = delete(Post).where(Post.case_id == case.id, Post.state == PostState.PENDING)
        session.execute(pending)
    session.flush()
    return case, created


def _fill(case: Case, spec: CaseSpec) -> None:
    data = spec.canonical()
    for name in (
        "title", "section", "modality", "history", "question", "answer", "explanation",
        "teaching_points", "references", "hashtags", "credit", "quiz", "overrides",
    ):  # fmt: skip
        setattr(case, name, data[name])
    case.explanation = case.explanation or ""
    case.publish_on = spec.publish_on


def waivers(case: Case) -> dict[str, Review]:
    """Waived findings by key. A waiver is for that exact text in that field, so it
    still holds when the case is re-imported with the finding unchanged."""
    return {r.finding: r for r in case.reviews if r.action == WAIVE and r.finding}


def reviewed(case: Case) -> dict[str, Review]:
    """Findings a named reviewer waived or acknowledged, by key (the latest decision)."""
    return {r.finding: r for r in case.reviews if r.action in (WAIVE, ACKNOWLEDGE) and r.finding}


def unwaived(case: Case) -> list[dict[str, Any]]:
    """The case's blocking findings that no reviewer has waived."""
    done = waivers(case)
    return [f for f in case.findings if f["severity"] == "block" and f["key"] not in done]


def unacknowledged(case: Case) -> list[dict[str, Any]]:
    """The case's warnings that no reviewer has acknowledged or waived."""
    done = reviewed(case)
    return [f for f in case.findings if f["severity"] != "block" and f["key"] not in done]


def open_findings(case: Case) -> list[dict[str, Any]]:
    """Findings that still need a person: blocking ones not waived, warnings not acknowledged."""
    return unwaived(case) + unacknowledged(case)


def _settle(case: Case, now: datetime) -> None:
    if case.status == CaseStatus.NEEDS_REVIEW and not open_findings(case):
        case.status = CaseStatus.DRAFT
    case.updated_at = now


def waive(
    session: Session, slug: str, finding: str, *, by: str, reason: str, now: datetime
) -> tuple[Case, dict[str, Any]]:
    """Record a reviewer's decision that one finding is not an identifier."""
    case = get_case(session, slug)
    target = _finding(case, finding)
    if not reason.strip():
        raise InvalidStateError("a waiver needs a reason")
    _record(session, case, WAIVE, target, by=by, reason=reason, now=now)
    return case, target


def acknowledge(
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


def approve(
    session: Session, slug: str, *, by: str, now: datetime, second_reviewer: bool = False
) -> Case:
    """Record who attested the case's de-identification, and make it plannable.

    With ``second_reviewer``, the approver must not be anyone who waived or acknowledged
    one of the case's findings: four eyes on what a person let through.
    """
    case = get_case(session, slug)
    if case.status == CaseStatus.RETIRED:
        raise InvalidStateError(f"case {slug!r} is retired; re-import it to use it again")
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
