"""A case as the review page shows it: every text field with its findings marked where
they are, and each image with the boxes of what was read or seen in its pixels."""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

# The fields a case has, in the order of the case file, as the privacy scan names them.
_TEXT = ("title", "history", "question", "answer", "explanation", "credit")
_LISTS = ("teaching_points", "references", "hashtags")


@dataclass(frozen=True)
class Mark:
    """A piece of a field's text; ``finding`` is set where a finding covers it."""

    text: str
    finding: int | None = None
    severity: str = ""
    state: str = ""


@dataclass(frozen=True)
class FieldView:
    path: str  # as findings name it: "history", "teaching_points[2]", "overrides.x.question"
    marks: tuple[Mark, ...]


@dataclass(frozen=True)
class Box:
    """A finding's box, in the image's own pixels (the viewBox of the overlay)."""

    finding: int
    kind: str
    severity: str
    state: str
    x: int
    y: int
    width: int
    height: int


@dataclass(frozen=True)
class ImageView:
    number: int
    file: str
    alt: str
    format: str
    width: int
    height: int
    bytes: int
    sha256: str
    boxes: tuple[Box, ...]
    alt_marks: tuple[Mark, ...]


@dataclass(frozen=True)
class CaseView:
    details: Mapping[str, Any]
    fields: tuple[FieldView, ...]
    images: tuple[ImageView, ...]
    findings: tuple[Mapping[str, Any], ...]

    @property
    def open_findings(self) -> int:
        return sum(1 for f in self.findings if f["state"] == "open")


def case_view(details: Mapping[str, Any]) -> CaseView:
    """The page's view of ``case_details``: fields, findings in place, boxes on images."""
    findings = details["findings"]
    fields = tuple(
        FieldView(path, marks(value, _on(findings, path))) for path, value in _fields(details)
    )
    images = tuple(_image(n, im, findings) for n, im in enumerate(details["images"], start=1))
    return CaseView(details, fields, images, tuple(findings))


def _fields(d: Mapping[str, Any]) -> Iterator[tuple[str, str]]:
    for name in _TEXT:
        if d.get(name):
            yield name, str(d[name])
    for name in _LISTS:
        for n, value in enumerate(d.get(name) or (), start=1):
            yield f"{name}[{n}]", str(value)
    for n, option in enumerate((d.get("quiz") or {}).get("options", ()), start=1):
        yield f"quiz.options[{n}]", str(option)
    for platform, changes in (d.get("overrides") or {}).items():
        for name, value in changes.items():
            values = value if isinstance(value, list) else [value]
            for n, item in enumerate(values, start=1):
                suffix = f"[{n}]" if isinstance(value, list) else ""
                yield f"overrides.{platform}.{name}{suffix}", str(item)


def _on(findings: Sequence[Mapping[str, Any]], path: str) -> list[Mapping[str, Any]]:
    return [f for f in findings if f["field"] == path]


def marks(value: str, findings: Sequence[Mapping[str, Any]]) -> tuple[Mark, ...]:
    """``value`` cut at its findings. A finding whose place no longer holds its text (the
    scan saw a normalised copy) is left unmarked: it is listed with the others anyway."""
    out: list[Mark] = []
    at = 0
    for f in sorted(findings, key=lambda f: (f.get("start", 0), f["number"])):
        start, end = f.get("start"), f.get("end")
        if not isinstance(start, int) or not isinstance(end, int) or start < at:
            continue
        if _fold(value[start:end]) != _fold(f["text"]):
            continue
        out += [
            Mark(value[at:start]),
            Mark(value[start:end], f["number"], f["severity"], f["state"]),
        ]
        at = end
    out.append(Mark(value[at:]))
    return tuple(m for m in out if m.text)


def _fold(text: str) -> str:
    return " ".join(text.casefold().split())


def _image(n: int, image: Mapping[str, Any], findings: Sequence[Mapping[str, Any]]) -> ImageView:
    boxes = []
    for f in findings:
        box = f.get("pixel_box")
        if box and re.fullmatch(rf"images\[{n}\]", f["field"]):
            x0, y0, x1, y1 = (int(v) for v in box)
            boxes.append(Box(f["number"], f["kind"], f["severity"], f["state"],
                             x0, y0, max(1, x1 - x0), max(1, y1 - y0)))  # fmt: skip
    return ImageView(
        number=n, file=image["file"], alt=image["alt"], format=image["format"],
        width=image["width"], height=image["height"], bytes=image["bytes"],
        sha256=image["sha256"], boxes=tuple(boxes),
        alt_marks=marks(image["alt"], _on(findings, f"images[{n}].alt")),
    )  # fmt: skip
