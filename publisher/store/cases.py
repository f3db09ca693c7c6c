"""Queries and changes on cases, their images and their review trail."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import exists, insert, select
from sqlalchemy.orm import Session, selectinload

from publisher.errors import NotFoundError
from publisher.store.models import Blob, Case, Post, PostState, Review

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


def insert_blob(session: Session, image: CleanImage, now: datetime) -> str:
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
