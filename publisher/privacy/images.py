"""What an image betrays besides its header: burned-in text, faces, photographs.

``inspect`` looks at the pixels that will be published (after redaction and crop) and
``image_findings`` turns what it saw into findings. Every box is given in the
coordinates a case file's ``redact`` uses (the upright image before the crop), so a
finding's box can be pasted into ``redact = [[x0, y0, x1, y1]]`` as it is.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date

from PIL import Image

from publisher.images.cleaning import ImageRisk
from publisher.images.faces import Face, find_faces, is_photograph
from publisher.images.ocr import TextLine, read_lines
from publisher.privacy import BLOCK, WARN, Finding, scan_text

Box = tuple[int, int, int, int]

# Words that radiographs, CT, MR and ultrasound carry and that identify no one:
# laterality and orientation markers, views, positions, phases, units.
_ANNOTATION_WORDS = """
    left right lt rt ant post sup inf med lat lateral medial ap pa obl oblique axial cor
    coronal sag sagittal trans transverse trv long axis view views erect upright supine prone
    decub decubitus standing sitting seated portable mobile insp exp inspiration expiration
    flex flexion ext extension weight bearing stress pre post contrast non with without
    delayed arterial venous portal phase early late mip mpr vr minip bone lung soft tissue
    window level img image series slice thk thick cm mm kv kvp mas ms sec hu fov scale
    marker dist depth gain freq zoom mag magnified magnification
"""
_ANNOTATIONS = frozenset(_ANNOTATION_WORDS.split())
_MEASURE = re.compile(r"^[+\-]?\d{1,3}([.,]\d{1,2})?(cm|mm|m|kv|kvp|mas|ms|s|hu|%)?$", re.I)
_WORD = re.compile(r"[^\W_]+", re.UNICODE)
_FUZZY_MIN = 5  # header names and vocabulary words this long are matched with one slip
MARGIN = 4  # pixels added around a text box, so that a redaction covers the glyphs' edges


@dataclass(frozen=True)
class ImageEvidence:
    """What import learnt about one image besides its pixels.

    ``lines`` and ``faces`` are None when that check did not run (``ocr=False``, or the
    extra is not installed). Boxes are in the published pixels; ``offset`` is where the
    published pixels begin in the upright image (the crop's top-left corner).
    """

    risk: ImageRisk = field(default_factory=ImageRisk)
    lines: tuple[TextLine, ...] | None = None
    faces: tuple[Face, ...] | None = None
    photograph: bool = False
    offset: tuple[int, int] = (0, 0)
    size: tuple[int, int] = (0, 0)  # of the published pixels
    edited: bool = False  # the case file redacts or crops this image

    @property
    def ocr_text(self) -> str | None:
        """All text read, one line after another; None when OCR did not run."""
        if self.lines is None:
            return None
        return " ".join(line.text for line in self.lines)


@dataclass(frozen=True)
class ImageFinding(Finding):
    """A finding about pixels: ``box`` as ``redact`` takes it; ``pixel_box`` in the published
    image."""

    box: Box | None = None
    pixel_box: Box | None = None


def inspect(
    pixels: Image.Image,
    risk: ImageRisk,
    *,
    ocr: bool = True,
    dicom: bool = False,
    crop: Box | None = None,
    redact: Sequence[Box] = (),
) -> ImageEvidence:
    """Read the published pixels: text, faces, and whether they are a colour photograph."""
    lines = read_lines(pixels, enough=_blocks_already) if ocr else None
    faces = find_faces(pixels) if ocr else None
    return ImageEvidence(
        risk=risk,
        lines=None if lines is None else tuple(lines),
        faces=None if faces is None else tuple(faces),
        photograph=not dicom and is_photograph(pixels),
        offset=(crop[0], crop[1]) if crop else (0, 0),
        size=pixels.size,
        edited=bool(crop or redact),
    )


def _blocks_already(lines: Sequence[TextLine]) -> bool:
    # One line that blocks sends the image to a person, who redacts what the lint boxes;
    # the redacted image is read again in full, so the costlier search can wait till then.
    return any(not is_annotation(line.text) and not _noise(line) for line in lines)


def image_findings(
    n: int, item: ImageEvidence, identifiers: Sequence[str], *, today: date | None = None
) -> list[Finding]:
    """Findings for the n-th image (from 1): the DICOM flag, text, faces, photographs."""
    where = f"images[{n}]"
    found: list[Finding] = []
    text_lines = [
        line for line in item.lines or () if not is_annotation(line.text) and not _noise(line)
    ]
    if item.risk.burned_in and not _reads_clean(item, text_lines):
        found.append(_finding(where, "burned_in_flag", BLOCK, "BurnedInAnnotation = YES",
                              "check the pixels for names, dates and IDs; crop or redact them "
                              "(cases lint prints the boxes of the text it reads)"))  # fmt: skip
    for line in text_lines:
        box = _padded(line.box, item.size)
        shown = _show(_placed(box, item))
        found.append(_finding(where, "burned_in_text", BLOCK, line.text,
                              f"text in the pixels: redact it (redact = [{shown}]) or crop it "
                              "away, or waive it if it is only a label such as L or R",
                              box, item))  # fmt: skip
    if item.lines:
        text = " ".join(line.text for line in item.lines)
        found += scan_text(text, f"{where}.pixels", extra_identifiers=identifiers, today=today)
        found += _header_slips(text, f"{where}.pixels", identifiers, found)
    for face in item.faces or ():
        box = face.box
        found.append(_finding(where, "face_photo", BLOCK, f"face at [{_show(_placed(box, item))}]",
                              f"a face identifies: crop it away or redact it (redact = "
                              f"[{_show(_placed(box, item))}])", box, item))  # fmt: skip
    if item.photograph:
        advice = ("a photograph can show skin, tattoos, jewellery or a background that "
                  "identifies: look at it, crop what is not the teaching point")  # fmt: skip
        found.append(_finding(where, "clinical_photo", WARN, "colour photograph", advice))
    return found


# A short reading the recogniser is unsure of, with no digit: a scale's ticks or film grain
# read as "FEE". The reading still goes through the text scan, so a name it spells is
# still found there; it only does not block as burned-in text by itself.
_UNSURE = 0.8
_SHORT = 4


def _noise(line: TextLine) -> bool:
    letters = [c for c in line.text if c.isalnum()]
    return line.score < _UNSURE and len(letters) <= _SHORT and not any(c.isdigit() for c in letters)


def is_annotation(text: str) -> bool:
    """Whether a line read from pixels is only markers, views, positions and measurements.

    Tokens of one or two letters or digits (L, R, AP, initials' look-alikes in film
    grain) are passed too, as before: burned-in names, dates and IDs are longer.
    """
    tokens = _WORD.findall(text)
    joined = re.sub(r"\s+", "", text)
    if _MEASURE.match(joined):
        return True
    return all(_harmless(token) for token in tokens)


def _harmless(token: str) -> bool:
    word = token.casefold()
    if len(word) <= 2 or _MEASURE.match(word) or word in _ANNOTATIONS:
        return True
    if len(set(word)) == 1 and (word.isalpha() or word[0] == "1"):
        return True  # a scale's ticks read as "LLLLL", "IIII" or "1111"
    if word.isdigit():
        return len(word) <= 3
    # OCR drops or changes a letter of a marker word ("PORTABL", "PORTABI" for PORTABLE).
    return len(word) >= _FUZZY_MIN and any(
        _one_slip(word, known) or _one_slip(word, known[: len(word)]) for known in _ANNOTATIONS
    )


def _reads_clean(item: ImageEvidence, text_lines: list[TextLine]) -> bool:
    """A DICOM's burned-in flag stands until the educator redacted or cropped the image
    and the pixels that are left read clean."""
    return item.edited and item.lines is not None and not text_lines


def _header_slips(
    text: str, field_name: str, identifiers: Sequence[str], found: Iterable[Finding]
) -> list[Finding]:
    """Header names read with one slip of OCR ("J0NES" for "JONES"), not found exactly."""
    exact = {f.text.casefold() for f in found if f.kind == "header_identifier"}
    parts = {p.casefold() for value in identifiers for p in re.split(r"[\^,\s/]+", str(value))}
    hits = []
    for match in _WORD.finditer(text):
        word = match.group().casefold()
        if word in exact or len(word) < _FUZZY_MIN:
            continue
        if any(len(p) >= _FUZZY_MIN and _one_slip(word, p) for p in parts):
            hits.append(Finding(field_name, "header_identifier", BLOCK, match.group(),
                                match.start(), match.end(),
                                "remove it: this value comes from the image's DICOM header "
                                "(name or ID)"))  # fmt: skip
    return hits


def _one_slip(a: str, b: str) -> bool:
    """Equal, or one letter changed, added or dropped."""
    if a == b:
        return True
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) == 1
    short, long_ = sorted((a, b), key=len)
    return any(long_[:i] + long_[i + 1 :] == short for i in range(len(long_)))


def _padded(box: Box, size: tuple[int, int]) -> Box:
    x0, y0, x1, y1 = box
    width, height = size
    return (max(0, x0 - MARGIN), max(0, y0 - MARGIN),
            min(width, x1 + MARGIN), min(height, y1 + MARGIN))  # fmt: skip


def _placed(box: Box, item: ImageEvidence) -> Box:
    dx, dy = item.offset
    return box[0] + dx, box[1] + dy, box[2] + dx, box[3] + dy


def _show(box: Box) -> str:
    return f"[{', '.join(str(v) for v in box)}]"


def _finding(
    where: str,
    kind: str,
    severity: str,
    text: str,
    suggestion: str,
    box: Box | None = None,
    item: ImageEvidence | None = None,
) -> Finding:
    if box is None or item is None:
        return Finding(where, kind, severity, text, 0, len(text), suggestion)
    return ImageFinding(
        where, kind, severity, text, 0, len(text), suggestion, _placed(box, item), box
    )
