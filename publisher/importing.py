"""`cases import`: case files in, one transaction per case, a report line per case out."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from publisher.casefiles import (
    SECTIONS,
    CaseSource,
    Rejected,
    check_sections,
    discover,
    find_duplicates,
)
from publisher.errors import ImageError, InvalidStateError, PublisherError
from publisher.imaging import CleanImage, clean_image
from publisher.models import CaseStatus
from publisher.store import Store
from publisher.store import cases as case_queries

IMPORTED, UPDATED, UNCHANGED, REJECTED = "imported", "updated", "unchanged", "rejected"


@dataclass(frozen=True)
class ImportResult:
    slug: str | None
    result: str  # imported, updated, unchanged, rejected
    where: str
    reason: str = ""

    def as_dict(self) -> dict[str, str | None]:
        return {"slug": self.slug, "result": self.result, "reason": self.reason, "file": self.where}


def import_paths(
    store: Store, paths: Iterable[Path], *, now: datetime, sections: Iterable[str] = ()
) -> list[ImportResult]:
    """Import every case found under ``paths``; each case all or nothing."""
    allowed = set(SECTIONS) | set(sections)
    found = find_duplicates(list(discover(paths)))
    results = []
    for item in found:
        if isinstance(item, CaseSource):
            item = check_sections(item, allowed) or item
        if isinstance(item, Rejected):
            results.append(ImportResult(item.slug, REJECTED, item.where, item.reason))
        else:
            results.append(import_case(store, item, now=now))
    return results


def import_case(store: Store, source: CaseSource, *, now: datetime) -> ImportResult:
    """Import one parsed case; nothing is written unless everything about it is good."""
    slug = source.spec.slug
    content_hash = source.content_hash()
    with store.session() as session:
        existing = case_queries.find_case(session, slug)
        if existing is not None and existing.content_hash == content_hash:
            return ImportResult(slug, UNCHANGED, source.where)
    try:
        images = _clean_images(source)
        with store.session() as session:
            _, created = case_queries.save_case(
                session,
                source.spec,
                images,
                source=source.where,
                content_hash=content_hash,
                status=CaseStatus.DRAFT,
                now=now,
            )
    except InvalidStateError:
        reason = (
            f"{source.where}: case {slug!r} has already been posted, so its text is frozen; "
            "give the changed case a new slug"
        )
        return ImportResult(slug, REJECTED, source.where, reason)
    except PublisherError as exc:
        return ImportResult(slug, REJECTED, source.where, exc.message)
    return ImportResult(slug, IMPORTED if created else UPDATED, source.where)


def _clean_images(source: CaseSource) -> Sequence[CleanImage]:
    images = []
    for index, spec in enumerate(source.spec.images):
        path = source.image_path(index)
        where = f"{source.where}: {source.image_field(index)}"
        if not path.is_file():
            raise ImageError(f"{where}: {spec.file!r} not found next to {source.file.name}")
        try:
            image, _risk = clean_image(
                path, crop=spec.crop, redact=spec.redact, window=spec.window, frame=spec.frame
            )
        except ImageError as exc:
            raise ImageError(f"{where}: {spec.file!r}: {exc.message}") from None
        images.append(image)
    return images
