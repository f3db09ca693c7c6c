"""`cases lint`: the privacy findings of imported cases, or of case files not yet imported."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import select

from publisher.cases.files import CaseSource, Rejected, discover
from publisher.cases.images import DEFAULT_MAX_IMAGE_BYTES
from publisher.cases.importing import ImportResult, prepare
from publisher.privacy.gate import finding_to_json
from publisher.privacy.posts import Outlet
from publisher.store import Store
from publisher.store.cases import WAIVE, get_case, reviewed
from publisher.store.models import Case, CaseStatus, Review


@dataclass
class LintReport:
    """Findings per case, numbered as `cases waive` takes them; and files that did not parse."""

    cases: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    rejected: list[str] = field(default_factory=list)

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


def lint(
    store: Store,
    targets: Iterable[str],
    *,
    ocr: bool = True,
    today: date | None = None,
    outlets: Sequence[Outlet] | None = None,
    max_image_bytes: int = DEFAULT_MAX_IMAGE_BYTES,
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
    for item in discover(paths):
        _lint_file(
            item, report, ocr=ocr, today=today, outlets=outlets, max_image_bytes=max_image_bytes
        )
    return report


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
) -> None:
    if isinstance(item, Rejected):
        report.rejected.append(item.reason)
        return
    prepared = prepare(item, ocr=ocr, today=today, outlets=outlets, max_image_bytes=max_image_bytes)
    if isinstance(prepared, ImportResult):
        report.rejected.append(prepared.reason)
        return
    report.cases[item.spec.slug] = [finding_to_json(f, {}) for f in prepared.findings]
