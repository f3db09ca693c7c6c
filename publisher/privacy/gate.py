"""The privacy gate: every published field of a case, and what its images betray,
through the identifier scan. Pure: it takes what import already read."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import replace
from typing import Any

from publisher.cases.files import CaseSpec
from publisher.privacy import BLOCK, Finding, scan_fields, scan_text
from publisher.privacy.images import ImageEvidence, image_findings
from publisher.privacy.posts import (
    Outlet,
    installed_outlets,
    is_name_like,
    post_texts,
    published_fields,
)

__all__ = ["ImageEvidence", "case_findings", "finding_to_json", "published_fields"]


def case_findings(
    spec: CaseSpec,
    evidence: Sequence[ImageEvidence] = (),
    *,
    today: dt.date | None = None,
    outlets: Sequence[Outlet] | None = None,
) -> list[Finding]:
    """Findings for the case's fields, its posts as each outlet gets them, the text read from
    its images, and DICOM header signals.

    A post repeats the fields it is made of; only what a post adds (a finding no field has)
    is reported for the post, once.
    """
    identifiers = [i for e in evidence for i in e.risk.identifiers]
    findings = [
        f
        for f in scan_fields(published_fields(spec), extra_identifiers=identifiers, today=today)
        if f.severity == BLOCK or not is_name_like(f.field)
    ]
    seen = {_same(f) for f in findings}
    texts = post_texts(spec, installed_outlets() if outlets is None else outlets)
    for finding in _scan_posts(texts, identifiers, today):
        if _same(finding) not in seen:
            seen.add(_same(finding))
            findings.append(finding)
    for n, item in enumerate(evidence, start=1):
        findings += image_findings(n, item, identifiers, today=today)
    return findings


def _scan_posts(
    texts: Mapping[str, str], identifiers: Sequence[str], today: dt.date | None
) -> Iterator[Finding]:
    """Scan post texts paragraph by paragraph, each distinct paragraph once.

    Platforms share most paragraphs (the same history under different limits), and no
    finding spans a paragraph break, so this reads every text that leaves at a fraction
    of the cost.
    """
    done: dict[str, list[Finding]] = {}
    for where, text in sorted(texts.items()):
        for match in _PARAGRAPH.finditer(text):
            paragraph = match.group()
            if paragraph not in done:
                done[paragraph] = scan_text(
                    paragraph, where, extra_identifiers=identifiers, today=today
                )
            for finding in done[paragraph]:
                yield replace(
                    finding,
                    field=where,
                    start=finding.start + match.start(),
                    end=finding.end + match.start(),
                )


_PARAGRAPH = re.compile(r"[^\n]+(?:\n(?!\n)[^\n]+)*")


def _same(finding: Finding) -> tuple[str, str]:
    return finding.kind, finding.key.rsplit(":", 1)[-1]


def finding_to_json(finding: Finding, waivers: Mapping[str, Mapping[str, Any]]) -> dict[str, Any]:
    data = {
        "field": finding.field,
        "kind": finding.kind,
        "severity": finding.severity,
        "text": finding.text,
        "start": finding.start,
        "end": finding.end,
        "suggestion": finding.suggestion,
        "key": finding.key,
    }
    for name in ("box", "pixel_box"):  # where in an image (ImageFinding)
        if (box := getattr(finding, name, None)) is not None:
            data[name] = list(box)
    if finding.key in waivers:
        data["waived"] = dict(waivers[finding.key])
    return data
