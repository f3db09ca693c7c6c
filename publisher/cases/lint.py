"""`cases lint`: the privacy findings of imported cases, or of case files not yet imported."""

from __future__ import annotations

import io
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from PIL import Image
from sqlalchemy import select

from publisher.cases.files import CaseSource, Rejected, discover
from publisher.cases.images import DEFAULT_MAX_IMAGE_BYTES
from publisher.cases.importing import ImportResult, prepare
from publisher.config import Settings
from publisher.images.cleaning import decoded
from publisher.images.contact_sheet import SheetImage
from publisher.privacy.gate import finding_to_json
from publisher.privacy.posts import Outlet
from publisher.store import Store
from publisher.store.cases import WAIVE, get_case, reviewed
from publisher.store.models import Case, CaseStatus, Review


@dataclass
class LintReport:
    """Findings per case, numbered as `cases waive` takes them; and files that did not parse.

    ``redact`` holds, per case and image number, the redaction boxes the case file already
    has (known for case files, not for imported cases); ``pixels`` the published images,
    kept only when a contact sheet is wanted.
    """

    cases: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    rejected: list[str] = field(default_factory=list)
    redact: dict[str, dict[int, list[list[int]]]] = field(default_factory=dict)
    pixels: dict[str, list[Image.Image]] = field(default_factory=dict)

    def redactions(self) -> list[tuple[str, int, list[list[int]], bool]]:
        """Per image with unwaived boxed findings: slug, number, every box, whether the
        case file's own boxes are included."""
        out = []
        for slug, findings in self.cases.items():
            boxed: dict[int, list[list[int]]] = {}
            for f in findings:
                if f.get("box") and f["severity"] == "block" and "waived" not in f:
                    n = _image_number(f["field"])
                    boxed.setdefault(n, []).append(list(f["box"]))
            known = self.redact.get(slug)
            for n, boxes in sorted(boxed.items()):
                before = known.get(n, []) if known is not None else []
                merged = before + [b for b in boxes if b not in before]
                out.append((slug, n, merged, known is not None))
        return out

    def sheet(self) -> list[SheetImage]:
        """The images of every case linted, with the boxes of their findings."""
        items = []
        for slug, images in self.pixels.items():
            findings = self.cases.get(slug, [])
            for n, pixels in enumerate(images, start=1):
                boxes = [(f["kind"], tuple(f["pixel_box"])) for f in findings
                         if f.get("pixel_box") and _image_number(f["field"]) == n]  # fmt: skip
                items.append(SheetImage(f"{slug} images[{n}]", pixels, boxes))
        return items

    @property
    def unreviewed_warnings(self) -> int:
        return sum(
            1
            for fs in self.cases.values()
            for f in fs
            if f["severity"] != "block" and "waived" not in f and "acknowledged" not in f
        )

    @property
    def blocked(self) -> bool:
        return bool(self.rejected) or any(
            f["severity"] == "block" and "waived" not in f for fs in self.cases.values() for f in fs
        )

    def rows(self) -> list[dict[str, Any]]:
        return [
            {"slug": slug, "number": n, **f}
            for slug, fs in self.cases.items()
            for n, f in enumerate(fs, start=1)
        ]


def lint_for(
    settings: Settings,
    store: Store,
    targets: Iterable[str],
    *,
    now: datetime,
    ocr: bool = True,
    sheet: Path | None = None,
) -> LintReport:
    """``lint`` as the config has it, and with ``sheet`` the contact sheet written there."""
    from publisher.privacy.posts import configured_outlets

    report = lint(
        store, targets, ocr=ocr, today=now.date(), outlets=configured_outlets(settings),
        max_image_bytes=settings.imports.max_image_bytes, keep_pixels=sheet is not None,
    )  # fmt: skip
    if sheet is not None:
        from publisher.images.contact_sheet import save_sheet

        save_sheet(report.sheet(), sheet)
    return report


def lint(
    store: Store,
    targets: Iterable[str],
    *,
    ocr: bool = True,
    today: date | None = None,
    outlets: Sequence[Outlet] | None = None,
    max_image_bytes: int = DEFAULT_MAX_IMAGE_BYTES,
    keep_pixels: bool = False,
) -> LintReport:
    """Slugs are read from the database; anything that is a path is read from disk."""
    report = LintReport()
    targets = list(targets)
    slugs = [t for t in targets if not Path(t).exists()]
    paths = [Path(t) for t in targets if Path(t).exists()]
    if not targets:
        slugs = _all_slugs(store)
    with store.session() as session:
        for slug in slugs:
            case = get_case(session, slug)
            report.cases[slug] = [_with_review(f, reviewed(case)) for f in case.findings]
            if keep_pixels:
                report.pixels[slug] = [_decode(i.blob.data) for i in case.images]
    for item in discover(paths):
        _lint_file(
            item,
            report,
            ocr=ocr,
            today=today,
            outlets=outlets,
            max_image_bytes=max_image_bytes,
            keep_pixels=keep_pixels,
        )
    return report


def _decode(data: bytes) -> Image.Image:
    with Image.open(io.BytesIO(data)) as im:
        im.load()
        return im.copy()


def _image_number(field_name: str) -> int:
    match = re.match(r"images\[(\d+)\]", field_name)
    return int(match.group(1)) if match else 0


def _with_review(finding: dict[str, Any], done: dict[str, Review]) -> dict[str, Any]:
    """The finding with who waived or acknowledged it, as `waived` or `acknowledged`."""
    review = done.get(finding["key"])
    if review is None:
        return dict(finding)
    label = "waived" if review.action == WAIVE else "acknowledged"
    return {
        **finding,
        label: {"by": review.by, "at": review.at.isoformat(), "reason": review.reason},
    }


def _all_slugs(store: Store) -> list[str]:
    with store.session() as session:
        query = select(Case.slug).where(Case.status != CaseStatus.RETIRED).order_by(Case.id)
        return list(session.scalars(query))


def _lint_file(
    item: CaseSource | Rejected,
    report: LintReport,
    *,
    ocr: bool,
    today: date | None,
    outlets: Sequence[Outlet] | None,
    max_image_bytes: int,
    keep_pixels: bool,
) -> None:
    if isinstance(item, Rejected):
        report.rejected.append(item.reason)
        return
    prepared = prepare(item, ocr=ocr, today=today, outlets=outlets, max_image_bytes=max_image_bytes)
    if isinstance(prepared, ImportResult):
        report.rejected.append(prepared.reason)
        return
    slug = item.spec.slug
    report.cases[slug] = [finding_to_json(f, {}) for f in prepared.findings]
    report.redact[slug] = {
        n: [list(box) for box in image.redact] for n, image in enumerate(item.spec.images, 1)
    }
    if keep_pixels:
        report.pixels[slug] = [decoded(image) for image in prepared.images]
