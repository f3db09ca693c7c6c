"""Privacy gate: scan case text for identifiers and re-identification risks; the embargo.

Pure: no database, no CLI, no network. Kinds and their severities are listed in
``findings.KINDS``; radiology look-alikes (C5-C6, T2, BI-RADS 4, Baker cyst) are not identifiers.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .embargo import embargo_ends, is_embargoed, parse_study_month, study_month_of
from .findings import (
    BLOCK,
    BLOCKING_KINDS,
    KINDS,
    WARN,
    WARNING_KINDS,
    Finding,
    KindInfo,
    is_blocked,
)

if TYPE_CHECKING:
    from .scanner import scan_fields, scan_text


def __getattr__(name: str) -> Any:
    # The scan's patterns take a tenth of a second to compile; the planner and the daemon
    # import this package for the embargo alone and never pay for them.
    if name in ("scan_fields", "scan_text"):
        from . import scanner

        return getattr(scanner, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "BLOCK",
    "BLOCKING_KINDS",
    "KINDS",
    "WARN",
    "WARNING_KINDS",
    "Finding",
    "KindInfo",
    "embargo_ends",
    "is_blocked",
    "is_embargoed",
    "parse_study_month",
    "scan_fields",
    "scan_text",
    "study_month_of",
]
