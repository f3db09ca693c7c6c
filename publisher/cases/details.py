"""What `cases show` tells about one case (fields, images, review trail, posts) and
what `cases list` tells about each."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from publisher.metrics.storage import latest_counts
from publisher.store import Store
from publisher.store.cases import (
    WAIVE,
    get_case,
    list_cases,
    reviewed,
    unacknowledged,
    unwaived,
)
from publisher.store.models import Case, Post


@dataclass(frozen=True)
class CaseSummary:
    """One line of `cases list`."""

    slug: str
    title: str
    section: str
    modality: str
    status: str
    quiz: bool
    images: int
    source: str
    blocking: int  # blocking findings not yet waived
    warnings: int  # warnings not yet acknowledged

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def list_summaries(store: Store, *, status: str | None = None) -> list[CaseSummary]:
    """Imported cases, oldest first, with what still waits for a reviewer."""
    with store.session() as session:
        return [_summary(c) for c in list_cases(session, status=status)]


def _summary(c: Case) -> CaseSummary:
    return CaseSummary(
        c.slug, c.title, c.section, c.modality, c.status, c.quiz is not None,
        len(c.images), c.source, len(unwaived(c)), len(unacknowledged(c)),
    )  # fmt: skip


def case_details(store: Store, slug: str) -> dict[str, Any]:
    """Everything about one case, ready for JSON."""
    with store.session() as session:
        return _details(session, slug)


def _details(session: Session, slug: str) -> dict[str, Any]:
    case = get_case(session, slug)
    posts = session.scalars(select(Post).where(Post.case_id == case.id).order_by(Post.id)).all()
    counts = latest_counts(session, [p.id for p in posts])
    return {
        "slug": case.slug,
        "title": case.title,
        "section": case.section,
        "modality": case.modality,
        "status": case.status,
        "history": case.history,
        "question": case.question,
        "answer": case.answer,
        "explanation": case.explanation,
        "teaching_points": case.teaching_points,
        "references": case.references,
        "hashtags": case.hashtags,
        "credit": case.credit,
        "quiz": case.quiz,
        "publish_on": case.publish_on.isoformat() if case.publish_on else None,
        "overrides": case.overrides,
        "source": case.source,
        "images": [
            {
                "file": im.source_name,
                "alt": im.alt,
                "format": im.blob.format,
                "width": im.blob.width,
                "height": im.blob.height,
                "bytes": im.blob.size,
                "sha256": im.blob_sha256,
            }
            for im in case.images
        ],
        "findings": _findings(case),
        "reviews": [
            {
                "action": r.action,
                "by": r.by,
                "at": r.at.isoformat(),
                "reason": r.reason,
                "finding": r.finding,
                "current": r.content_hash == case.content_hash,
            }
            for r in case.reviews
        ],
        "posts": [
            {
                "id": p.id,
                "account": p.account.name,
                "kind": p.kind,
                "part": p.part,
                "state": p.state,
                "scheduled_at": p.scheduled_at.isoformat(),
                "timezone": p.slot.timezone,
                "day": p.slot.local_date.isoformat(),
                "remote_url": p.remote_url,
                "counts": counts.get(p.id),  # the latest snapshot, if any was taken
            }
            for p in posts
        ],
    }


def _findings(case: Any) -> list[dict[str, Any]]:
    """The privacy findings, numbered as `cases lint` numbers them, each with its review."""
    done = reviewed(case)
    rows = []
    for number, finding in enumerate(case.findings, start=1):
        review = done.get(finding["key"])
        state = "open"
        if review is not None:
            state = "waived" if review.action == WAIVE else "acknowledged"
        row = {
            "number": number,
            "field": finding["field"],
            "kind": finding["kind"],
            "severity": finding["severity"],
            "text": finding["text"],
            "state": state,
            "by": review.by if review else None,
        }
        # Where it is (for the web view's marks and boxes) and what to do about it.
        row.update({k: finding[k] for k in _PLACE if k in finding})
        rows.append(row)
    return rows


_PLACE = ("start", "end", "suggestion", "box", "pixel_box")
