"""Where a case stands in review, and what import made of it. Light on purpose: the
command line offers these as choices without loading the database layer."""

from __future__ import annotations

from enum import StrEnum


class CaseStatus(StrEnum):
    DRAFT = "draft"  # imported, nothing left for a reviewer, not yet attested
    NEEDS_REVIEW = "needs_review"  # a finding waits for a waiver or an acknowledgement
    APPROVED = "approved"  # a named reviewer attested it is de-identified: plannable
    RETIRED = "retired"  # withdrawn: never planned again, kept in history


class ImportOutcome(StrEnum):
    """What `cases import` made of one case."""

    IMPORTED = "imported"
    UPDATED = "updated"
    UNCHANGED = "unchanged"
    REJECTED = "rejected"
