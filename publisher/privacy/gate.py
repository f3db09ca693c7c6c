"""The privacy gate: every published field of a case, and what its images betray,
through the identifier scan. Pure: it takes what import already read."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from publisher.cases.files import CaseSpec
from publisher.images.cleaning import ImageRisk
from publisher.privacy import BLOCK, Finding, scan_fields, scan_text


@dataclass(frozen=True)
class ImageEvidence:
    """What import learnt about one image besides its pixels."""

    risk: ImageRisk = field(default_factory=ImageRisk)
    ocr_text: str | None = None  # text read from the pixels; None when OCR did not run


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
        findings += _image_findings(n, item, identifiers)
    return findings


def _image_findings(n: int, item: ImageEvidence, identifiers: list[str]) -> list[Finding]:
    where = f"images[{n}]"
    found = []
    if item.risk.burned_in:
        advice = "check the pixels for names, dates and IDs; crop or redact them"
        found.append(_block(where, "burned_in_flag", "BurnedInAnnotation = YES", advice))
    if item.ocr_text:
        text = " ".join(item.ocr_text.split())
        found.append(_block(where, "burned_in_text", text[:200],
                            "text is visible in the image: crop or redact it, or waive it "
                            "if it is only a label such as L or R"))  # fmt: skip
        found += scan_text(text, f"{where}.pixels", extra_identifiers=identifiers)
    return found


def _block(where: str, kind: str, text: str, suggestion: str) -> Finding:
    return Finding(where, kind, BLOCK, text, 0, len(text), suggestion)


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
    if finding.key in waivers:
        data["waived"] = dict(waivers[finding.key])
    return data
