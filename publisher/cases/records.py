"""A case written to the database from its spec: the one place the case format meets
the store."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import delete
from sqlalchemy.orm import Session

from publisher.cases.files import CaseSpec
from publisher.errors import InvalidStateError
from publisher.store.cases import find_case, has_sent_posts, insert_blob, open_findings
from publisher.store.models import Case, CaseImage, CaseStatus, Post

if TYPE_CHECKING:
    from publisher.images.pixels import CleanImage


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
            blob_sha256=insert_blob(session, image, now),
        )
        for index, (image_spec, image) in enumerate(zip(spec.images, images, strict=True), 1)
    ]
    if not created:
        # Every post was rendered from the old text, and none went out (checked above):
        # all go, retries and cancelled ones too, so the old text can never be sent once
        # the new version is approved. `plan` releases the days and renders anew.
        session.execute(delete(Post).where(Post.case_id == case.id))
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
    case.spoiler_images = spec.spoiler_images
