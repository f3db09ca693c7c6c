"""Teaching cases: the case format, reading folders and sheets, import, review,
lint, and what `cases show` and `cases list` tell."""

from __future__ import annotations

from typing import TYPE_CHECKING

from publisher import lazy_exports

if TYPE_CHECKING:
    from publisher.cases.details import CaseSummary, case_details, list_summaries
    from publisher.cases.files import QUIZ_LETTERS, SECTIONS, CaseSource, CaseSpec, Rejected
    from publisher.cases.importing import (
        ImportResult,
        import_cases,
        import_for,
        import_paths,
        read_cases,
    )
    from publisher.cases.lint import LintReport, lint_for
    from publisher.cases.records import save_case
    from publisher.cases.review import Reviewed, acknowledge, approve, clean_slugs, waive
    from publisher.cases.status import CaseStatus, ImportOutcome

EXPORTS = {
    "CaseSource": "files",
    "CaseSpec": "files",
    "CaseStatus": "status",
    "ImportOutcome": "status",
    "CaseSummary": "details",
    "ImportResult": "importing",
    "LintReport": "lint",
    "QUIZ_LETTERS": "files",
    "Rejected": "files",
    "Reviewed": "review",
    "SECTIONS": "files",
    "acknowledge": "review",
    "approve": "review",
    "case_details": "details",
    "clean_slugs": "review",
    "import_cases": "importing",
    "import_for": "importing",
    "import_paths": "importing",
    "lint_for": "lint",
    "list_summaries": "details",
    "read_cases": "importing",
    "save_case": "records",
    "waive": "review",
}
__getattr__ = lazy_exports(__name__, EXPORTS)
__all__ = [
    "QUIZ_LETTERS",
    "SECTIONS",
    "CaseSource",
    "CaseSpec",
    "CaseStatus",
    "CaseSummary",
    "ImportOutcome",
    "ImportResult",
    "LintReport",
    "Rejected",
    "Reviewed",
    "acknowledge",
    "approve",
    "case_details",
    "clean_slugs",
    "import_cases",
    "import_for",
    "import_paths",
    "lint_for",
    "list_summaries",
    "read_cases",
    "save_case",
    "waive",
]
