"""`cases import`: case files in, one transaction per case, a report line per case out.

Reading and cleaning images, reading their burned-in text, looking for faces and
scanning every field happen first, in parallel across cases (Pillow and
onnxruntime work outside the interpreter lock); the database writes follow, one
case at a time.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from sqlalchemy import select

from publisher.casefiles import (
    SECTIONS,
    CaseSource,
    Rejected,
    check_sections,
    discover,
    find_duplicates,
)
from publisher.errors import ImageError, InvalidStateError, PublisherError
from publisher.gate import ImageEvidence, case_findings, finding_to_json
from publisher.imaging import CleanImage, clean_image, decoded, is_dicom
from publisher.models import Case
from publisher.privacy import Finding
from publisher.store import Store
from publisher.store import cases as case_queries

IMPORTED, UPDATED, UNCHANGED, REJECTED = "imported", "updated", "unchanged", "rejected"


@dataclass(frozen=True)
class ImportResult:
    slug: str | None
    result: str  # imported, updated, unchanged, rejected
    where: str
    reason: str = ""
    status: str | None = None  # the case's status afterwards
    findings: int = 0  # blocking privacy findings not yet waived

    def as_dict(self) -> dict[str, object]:
        return {
            "slug": self.slug,
            "result": self.result,
            "reason": self.reason,
            "file": self.where,
            "status": self.status,
            "blocking_findings": self.findings,
        }


@dataclass(frozen=True)
class Prepared:
    """A case whose images are clean and whose text and pixels were scanned."""

    source: CaseSource
    content_hash: str
    images: Sequence[CleanImage]
    findings: list[Finding] = field(default_factory=list)
    study_month: str | None = None


def import_paths(
    store: Store,
    paths: Iterable[Path],
    *,
    now: datetime,
    sections: Iterable[str] = (),
    ocr: bool = True,
    workers: int | None = None,
) -> list[ImportResult]:
    """Import every case found under ``paths``; each case all or nothing."""
    allowed = set(SECTIONS) | set(sections)
    found = find_duplicates(list(discover(paths)))
    items = [check_sections(i, allowed) or i if isinstance(i, CaseSource) else i for i in found]
    known = _known_hashes(store, [i.spec.slug for i in items if isinstance(i, CaseSource)])
    todo = [
        i for i in items if isinstance(i, CaseSource) and known.get(i.spec.slug) != i.content_hash()
    ]
    with ThreadPoolExecutor(max_workers=workers or os.cpu_count() or 2) as pool:
        prepared = dict(
            zip(map(id, todo), pool.map(lambda s: prepare(s, ocr=ocr), todo), strict=True)
        )
    results = []
    for item in items:
        if isinstance(item, Rejected):
            results.append(ImportResult(item.slug, REJECTED, item.where, item.reason))
        elif id(item) not in prepared:
            results.append(ImportResult(item.spec.slug, UNCHANGED, item.where))
        else:
            results.append(_write(store, prepared[id(item)], now=now))
    return results


def _known_hashes(store: Store, slugs: list[str]) -> dict[str, str]:
    with store.session() as session:
        rows = session.execute(select(Case.slug, Case.content_hash).where(Case.slug.in_(slugs)))
        return {slug: digest for slug, digest in rows}


def prepare(source: CaseSource, *, ocr: bool = True) -> Prepared | ImportResult:
    """Everything about one case that needs no database: images, OCR, the privacy scan."""
    try:
        images, evidence = _clean_images(source, ocr=ocr)
    except PublisherError as exc:
        return ImportResult(source.spec.slug, REJECTED, source.where, exc.message)
    dates = [e.risk.study_date for e in evidence if e.risk.study_date]
    month = source.spec.study_month or (f"{max(dates):%Y-%m}" if dates else None)
    return Prepared(
        source, source.content_hash(), images, case_findings(source.spec, evidence), month
    )


def _clean_images(source: CaseSource, *, ocr: bool) -> tuple[list[CleanImage], list[ImageEvidence]]:
    from publisher.imagecheck import inspect

    images, evidence = [], []
    for index, spec in enumerate(source.spec.images):
        path = source.image_path(index)
        where = f"{source.where}: {source.image_field(index)}"
        if not path.is_file():
            raise ImageError(f"{where}: {spec.file!r} not found next to {source.file.name}")
        try:
            image, risk = clean_image(
                path, crop=spec.crop, redact=spec.redact, window=spec.window, frame=spec.frame
            )
        except ImageError as exc:
            raise ImageError(_image_problem(source, index, exc.message)) from None
        images.append(image)
        pixels = decoded(image)
        dicom = is_dicom(path)
        evidence.append(
            inspect(pixels, risk, ocr=ocr, dicom=dicom, crop=spec.crop, redact=spec.redact)
        )
    return images, evidence


def _image_problem(source: CaseSource, index: int, message: str) -> str:
    """Name the setting at fault (crop, redact, window, frame) rather than the file."""
    spec = source.spec.images[index]
    for setting in ("crop", "redact", "window", "frame"):
        if message.startswith(setting) and not source.csv:
            return f"{source.where}: images[{index + 1}].{setting}: {message}"
    return f"{source.where}: {source.image_field(index)}: {spec.file!r}: {message}"


def _write(store: Store, prep: Prepared | ImportResult, *, now: datetime) -> ImportResult:
    if isinstance(prep, ImportResult):
        return prep
    source = prep.source
    slug = source.spec.slug
    try:
        with store.session() as session:
            case, created = case_queries.save_case(
                session,
                source.spec,
                prep.images,
                source=source.where,
                content_hash=prep.content_hash,
                findings=[finding_to_json(f, {}) for f in prep.findings],
                study_month=prep.study_month,
                now=now,
            )
            blocking = len(case_queries.unwaived(case))
            status = case.status
    except InvalidStateError:
        reason = (
            f"{source.where}: case {slug!r} has already been posted, so its text is frozen; "
            "give the changed case a new slug"
        )
        return ImportResult(slug, REJECTED, source.where, reason)
    reason = ""
    if blocking:
        reason = (
            f"needs privacy review: {blocking} blocking finding{'s' * (blocking > 1)} "
            f"(publisher cases lint {slug})"
        )
    result = IMPORTED if created else UPDATED
    return ImportResult(slug, result, source.where, reason, status=status, findings=blocking)
