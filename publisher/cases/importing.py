"""`cases import`: case files in, one transaction per case, a report line per case out.

The case files are read and checked first: text only, so a 10,000-row sheet
costs little. Then a bounded pool of threads prepares the cases (image files
checked and hashed, pixels cleaned, burned-in text read, every field scanned:
Pillow and Tesseract work outside the interpreter lock; the decoded pixels are
dropped once scanned) while this thread writes each prepared case the moment
it comes up, in the order the cases were found, and hands back its result. At
most ``IN_FLIGHT_PER_WORKER`` cases per worker are started and not yet written,
so memory does not grow with the batch.
"""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import select

from publisher.cases.files import (
    SECTIONS,
    CaseSource,
    Rejected,
    check_sections,
    discover,
    find_duplicates,
)
from publisher.cases.images import DEFAULT_MAX_IMAGE_BYTES, ImageFile, content_hash, locate_images
from publisher.cases.records import save_case
from publisher.cases.status import ImportOutcome
from publisher.config import Settings
from publisher.errors import ImageError, InvalidStateError, PublisherError, StoreError
from publisher.images.cleaning import CleanImage, clean_image, decoded, is_dicom
from publisher.privacy import Finding
from publisher.privacy.gate import ImageEvidence, case_findings, finding_to_json
from publisher.privacy.posts import Outlet
from publisher.store import Store
from publisher.store import cases as case_queries
from publisher.store.models import Case

# Two per worker: one being prepared and one ready, so no worker waits on the writer.
IN_FLIGHT_PER_WORKER = 2
_HASH_QUERY_CHUNK = 500  # slugs per query; SQLite allows 32,766 parameters, old builds 999

IMPORTED, UPDATED, UNCHANGED, REJECTED = (
    ImportOutcome.IMPORTED, ImportOutcome.UPDATED, ImportOutcome.UNCHANGED, ImportOutcome.REJECTED,
)  # fmt: skip


@dataclass(frozen=True)
class ImportResult:
    slug: str | None
    result: ImportOutcome
    where: str
    reason: str = ""
    status: str | None = None  # the case's status afterwards
    findings: int = 0  # blocking privacy findings not yet waived
    warnings: int = 0  # privacy warnings no reviewer has acknowledged yet

    def as_dict(self) -> dict[str, object]:
        return {
            "slug": self.slug,
            "result": self.result,
            "reason": self.reason,
            "file": self.where,
            "status": self.status,
            "blocking_findings": self.findings,
            "warnings_to_acknowledge": self.warnings,
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
    max_image_bytes: int = DEFAULT_MAX_IMAGE_BYTES,
    outlets: Sequence[Outlet] | None = None,
) -> list[ImportResult]:
    """Import every case found under ``paths``; each case all or nothing."""
    items = read_cases(paths, sections=sections)
    return list(
        import_cases(
            store,
            items,
            now=now,
            ocr=ocr,
            workers=workers,
            max_image_bytes=max_image_bytes,
            outlets=outlets,
        )
    )


def import_for(
    settings: Settings, store: Store, items: Sequence[CaseSource | Rejected], *, now: datetime
) -> Iterator[ImportResult]:
    """``import_cases`` as the config has it: its size cap, and the posts of its accounts
    scanned by the privacy gate."""
    from publisher.privacy.posts import configured_outlets

    return import_cases(
        store, items, now=now, max_image_bytes=settings.imports.max_image_bytes,
        outlets=configured_outlets(settings),
    )  # fmt: skip


def read_cases(
    paths: Iterable[Path], *, sections: Iterable[str] = ()
) -> list[CaseSource | Rejected]:
    """Every case under ``paths``, parsed and checked as text; no image is opened yet."""
    allowed = set(SECTIONS) | set(sections)
    found = find_duplicates(list(discover(paths)))
    return [check_sections(i, allowed) or i if isinstance(i, CaseSource) else i for i in found]


Pending = Future["Prepared | ImportResult"] | ImportResult


def import_cases(
    store: Store,
    items: Sequence[CaseSource | Rejected],
    *,
    now: datetime,
    ocr: bool = True,
    workers: int | None = None,
    max_image_bytes: int = DEFAULT_MAX_IMAGE_BYTES,
    outlets: Sequence[Outlet] | None = None,
) -> Iterator[ImportResult]:
    """Import each case, yielding its result as soon as it is written, in the order of ``items``.

    A case the database refuses is that case's ``rejected`` result; the rest go on.
    """
    known = _known_hashes(store, [i.spec.slug for i in items if isinstance(i, CaseSource)])
    width = workers or os.cpu_count() or 2
    pool = ThreadPoolExecutor(max_workers=width, thread_name_prefix="import")
    pending: deque[Pending] = deque()

    def start(source: CaseSource) -> Future[Prepared | ImportResult]:
        hashed = known.get(source.spec.slug)
        return pool.submit(
            prepare,
            source,
            ocr=ocr,
            max_image_bytes=max_image_bytes,
            known_hash=hashed,
            today=now.date(),
            outlets=outlets,
        )

    try:
        for item in items:
            pending.append(start(item) if isinstance(item, CaseSource) else _rejected(item))
            while pending and (len(pending) >= width * IN_FLIGHT_PER_WORKER or _ready(pending[0])):
                yield _finish(store, pending.popleft(), now=now)
        while pending:
            yield _finish(store, pending.popleft(), now=now)
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _rejected(item: Rejected) -> ImportResult:
    return ImportResult(item.slug, REJECTED, item.where, item.reason)


def _ready(entry: Pending) -> bool:
    return isinstance(entry, ImportResult) or entry.done()


def _finish(store: Store, entry: Pending, *, now: datetime) -> ImportResult:
    prepared = entry if isinstance(entry, ImportResult) else entry.result()
    if isinstance(prepared, ImportResult):
        return prepared
    return write_prepared(store, prepared, now=now)


def _known_hashes(store: Store, slugs: list[str]) -> dict[str, str]:
    known: dict[str, str] = {}
    with store.session() as session:
        for first in range(0, len(slugs), _HASH_QUERY_CHUNK):
            chunk = slugs[first : first + _HASH_QUERY_CHUNK]
            rows = session.execute(select(Case.slug, Case.content_hash).where(Case.slug.in_(chunk)))
            known.update({slug: digest for slug, digest in rows})
    return known


def prepare(
    source: CaseSource,
    *,
    ocr: bool = True,
    max_image_bytes: int = DEFAULT_MAX_IMAGE_BYTES,
    known_hash: str | None = None,
    today: date | None = None,
    outlets: Sequence[Outlet] | None = None,
) -> Prepared | ImportResult:
    """Everything about one case that needs no database: images, OCR, the privacy scan.

    ``unchanged`` when the case hashes to ``known_hash``: its images are then
    checked and hashed but not decoded. ``outlets`` are the destinations whose posts
    are scanned (by default every installed platform with its default limits);
    ``today`` dates relative wordings such as birth years.
    """
    slug, where = source.spec.slug, source.where
    try:
        files = locate_images(source, max_image_bytes)
        digest = content_hash(source, files)
        if digest == known_hash:
            return ImportResult(slug, UNCHANGED, where)
        images, evidence = _clean_images(source, files, ocr=ocr)
    except PublisherError as exc:
        return ImportResult(slug, REJECTED, where, exc.message)
    dates = [e.risk.study_date for e in evidence if e.risk.study_date]
    month = source.spec.study_month or (f"{max(dates):%Y-%m}" if dates else None)
    findings = case_findings(source.spec, evidence, today=today, outlets=outlets)
    return Prepared(source, digest, images, findings, month)


def _clean_images(
    source: CaseSource, files: Sequence[ImageFile], *, ocr: bool
) -> tuple[list[CleanImage], list[ImageEvidence]]:
    from publisher.privacy.images import inspect

    images, evidence = [], []
    for index, (spec, file) in enumerate(zip(source.spec.images, files, strict=True)):
        try:
            image, risk = clean_image(
                file.path, crop=spec.crop, redact=spec.redact, window=spec.window, frame=spec.frame
            )
        except ImageError as exc:
            raise ImageError(_image_problem(source, index, exc.message)) from None
        if file.has_changed():
            # The pixels may not be the bytes that were checked and hashed.
            raise ImageError(
                _image_problem(source, index, "the file changed while it was being imported")
            )
        pixels, dicom = decoded(image), is_dicom(file.path)
        evidence.append(
            inspect(pixels, risk, ocr=ocr, dicom=dicom, crop=spec.crop, redact=spec.redact)
        )
        # Only the encoded master is stored: the decoded pixels (the larger part, three
        # bytes a pixel in colour) go now rather than when the case is written.
        images.append(CleanImage(image.data, image.format, image.width, image.height))
    return images, evidence


def _image_problem(source: CaseSource, index: int, message: str) -> str:
    """Name the setting at fault (crop, redact, window, frame) rather than the file."""
    spec = source.spec.images[index]
    for setting in ("crop", "redact", "window", "frame"):
        if message.startswith(setting) and not source.csv:
            return f"{source.where}: images[{index + 1}].{setting}: {message}"
    return f"{source.where}: {source.image_field(index)}: {spec.file!r}: {message}"


def write_prepared(store: Store, prep: Prepared, *, now: datetime) -> ImportResult:
    """Store one prepared case in one transaction; a refusal is its ``rejected`` result."""
    source = prep.source
    slug = source.spec.slug
    try:
        with store.session() as session:
            case, created = save_case(
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
            warnings = len(case_queries.unacknowledged(case))
            status = case.status
    except InvalidStateError:
        reason = (
            f"{source.where}: case {slug!r} has already been posted, so its text is frozen; "
            "give the changed case a new slug"
        )
        return ImportResult(slug, REJECTED, source.where, reason)
    except StoreError as exc:
        # Rolled back whole; the next case gets a session of its own.
        reason = f"{source.where}: the database refused this case: {_database_reason(exc)}"
        return ImportResult(slug, REJECTED, source.where, reason)
    result = IMPORTED if created else UPDATED
    reason = _review_reason(slug, blocking, warnings)
    return ImportResult(
        slug, result, source.where, reason, status=status, findings=blocking, warnings=warnings
    )


def _review_reason(slug: str, blocking: int, warnings: int) -> str:
    """'needs privacy review: 2 blocking findings, 1 warning to acknowledge (...)'."""
    parts = []
    if blocking:
        parts.append(f"{blocking} blocking finding{'s' * (blocking > 1)}")
    if warnings:
        parts.append(f"{warnings} warning{'s' * (warnings > 1)} to acknowledge")
    if not parts:
        return ""
    return f"needs privacy review: {', '.join(parts)} (publisher cases lint {slug})"


def _database_reason(exc: StoreError) -> str:
    """The first line of what the database said, without the statement or its values."""
    cause = exc.__cause__
    said = getattr(cause, "orig", None) or cause or exc
    lines = str(said).strip().splitlines()
    return lines[0] if lines else said.__class__.__name__
