"""The privacy gate: every published field of a case, and what its images betray,
through the identifier scan. Pure: it takes what import already read."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from publisher.casefiles import CaseSpec
from publisher.imagecheck import ImageEvidence, image_findings
from publisher.privacy import Finding, scan_fields

__all__ = ["ImageEvidence", "case_findings", "finding_to_json", "published_fields"]


def published_fields(spec: CaseSpec) -> dict[str, str]:
    """Every field that leaves in a post, named as the educator wrote it."""
    fields = {
        name: value
        for name in ("title", "history", "question", "answer", "explanation")
        if (value := getattr(spec, name))
    }
    for n, point in enumerate(spec.teaching_points, start=1):
        fields[f"teaching_points[{n}]"] = point
    for n, ref in enumerate(spec.references, start=1):
        fields[f"references[{n}]"] = ref
    for n, image in enumerate(spec.images, start=1):
        fields[f"images[{n}].alt"] = image.alt
    if spec.quiz:
        for n, option in enumerate(spec.quiz.options, start=1):
            fields[f"quiz.options[{n}]"] = option
    for platform, overrides in spec.overrides.items():
        for name, value in overrides.items():
            values = value if isinstance(value, list | tuple) else [value]
            for n, text in enumerate(values, start=1):
                suffix = f"[{n}]" if len(values) > 1 else ""
                fields[f"overrides.{platform}.{name}{suffix}"] = str(text)
    return fields


def case_findings(spec: CaseSpec, evidence: Sequence[ImageEvidence] = ()) -> list[Finding]:
    """Findings for the case text, the text read from its images, and DICOM header signals."""
    identifiers = [i for e in evidence for i in e.risk.identifiers]
    findings = scan_fields(published_fields(spec), extra_identifiers=identifiers)
    for n, item in enumerate(evidence, start=1):
        findings += image_findings(n, item, identifiers)
    return findings


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
