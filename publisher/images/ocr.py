"""Reading text burned into image pixels, with its position (RapidOCR, the ``ocr`` extra).

It decides when a human must look at an image and where; it is not a redactor.
Its models ship inside the ``rapidocr`` wheel and run on ``onnxruntime``, offline.

How an image is read, and why (measured on drawn radiographs with labels of 10 to
40 px, both polarities, upright and turned 90 and 270 degrees, at full and low
contrast, and on a held-out set drawn another way; see tests/privacy/test_burned_in.py
and ``python -m tests.bench image_checks``):

- Text is found at DET_SIDE pixels at most. The detector finds small labels in a
  large film better after an area-averaging shrink than at full size, and it is the
  costly step.
- Two detection passes: the picture contrast-normalised (its local mean and spread
  evened out, which lifts faint labels and flattens anatomy the detector would
  otherwise take for a block of text), and the picture as it is, turned a quarter:
  the detector misses much vertical text that it finds once the text lies flat.
- Each text box is then read from the full-size pixels, contrast-stretched; a tall
  box is read turned both ways (90 and 270 degrees), a flat one as it is and upside
  down, and the reading with the better score is kept.
- A box that reads badly is looked at again: text is found anew around it, and the
  box is tightened to the band it holds, if it holds one. A faint label printed on a
  band of its own is found only as a loose box around the band (the band's edges
  stand out, the letters on it do not), and that box reads as one stroke ("一").
- In a film larger than DET_SIDE, unless the caller already has a line that settles
  the matter, the band along each edge, where labels sit, is searched again at full
  size and enlarged EDGE_ZOOM times, piece by piece, each piece stretched and made
  dark on light. Faint labels of 10 to 16 px on films of 1536 px and more were missed
  without it: shrunk to DET_SIDE they are 5 to 8 px high, and even at full size the
  detector finds faint text that small only enlarged. It is the dearest pass, so it
  covers only the outer EDGE of each side.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from threading import Lock
from typing import TYPE_CHECKING, Any

from PIL import Image

if TYPE_CHECKING:
    import numpy as np

log = logging.getLogger("publisher.images.ocr")

DET_SIDE = 960  # longest side the detector sees
MIN_SCORE = 0.5  # the recogniser's confidence (0-1) below which a reading is dropped
SURE = 0.9  # a reading this confident is not tried the other way round
_TALL = 1.5  # a box this many times taller than wide holds vertical text
_SOLID = 0.7  # a band under a label fills this much of its bounding box; letters do not
_LCN_SIGMA = 8.0  # neighbourhood (pixels at detection scale) of the contrast normalisation
_DETECTION = {"Det.thresh": 0.2, "Det.box_thresh": 0.3}  # lower than RapidOCR's 0.3 / 0.5
EDGE = 0.05  # share of each side, along each edge, searched again at EDGE_ZOOM
EDGE_MIN = 128  # the least depth of that band, full-size pixels
EDGE_ZOOM = 1.25  # faint text of 10 to 16 px is found only enlarged
EDGE_PIECE = 768  # a piece of the band, along the edge, in full-size pixels
EDGE_OVERLAP = 192  # pieces overlap by this much, so that most labels lie whole in one
OFF_MESSAGE = "the OCR check of burned-in text is off: pip install 'publisher[ocr]'"

Box = tuple[int, int, int, int]


@dataclass(frozen=True)
class TextLine:
    """One line of text read from the pixels, and where it is (x0, y0, x1, y1; x1, y1 exclusive)."""

    text: str
    score: float
    box: Box


class _Engines:
    """Two RapidOCR instances, one that only detects and one that only recognises.

    RapidOCR's per-call switches (``use_det=...``) are written onto the instance,
    so one instance shared by the import's threads would race; two fixed ones do not.
    """

    def __init__(self) -> None:
        from rapidocr import RapidOCR

        # One thread per inference: the same pixels then read the same whatever the load
        # (several threads sum in a varying order), and the import already runs one case
        # per core.
        quiet = {
            "Global.log_level": "critical", "Global.max_side_len": 1 << 14,
            "EngineConfig.onnxruntime.intra_op_num_threads": 1,
            "EngineConfig.onnxruntime.inter_op_num_threads": 1,
        }  # fmt: skip
        self.detect = RapidOCR(params={
            **quiet, **_DETECTION, "Global.use_cls": False, "Global.use_rec": False,
            "Det.limit_type": "max", "Det.limit_side_len": 1 << 14,
        })  # fmt: skip
        self.recognise = RapidOCR(
            params={**quiet, "Global.use_det": False, "Global.use_cls": False}
        )


_engines: _Engines | None = None
_missing = False
_lock = Lock()


def available() -> bool:
    """Whether the OCR extra is installed (without loading its models)."""
    import importlib.util

    return all(importlib.util.find_spec(m) is not None for m in ("rapidocr", "onnxruntime"))


def read_lines(
    image: Image.Image, *, enough: Callable[[Sequence[TextLine]], bool] | None = None
) -> list[TextLine] | None:
    """Every line of text read from the pixels; None when the OCR extra is not installed.

    The edges of a large film are searched again, enlarged, unless ``enough`` says the
    lines already read settle the matter (the caller blocks the image on them anyway).
    """
    engines = _get_engines()
    if engines is None:
        return None
    import numpy as np

    grey = np.asarray(image.convert("L"))
    lines: list[TextLine] = []
    for box in _find_text(engines, grey):
        line = _read_box(engines, grey, box)
        if line is None or line.score < SURE or _letters(line.text) < 3:
            lines.extend(_look_closer(engines, grey, box))
        if line is not None:
            lines.append(line)
    # Only where the detector saw the film shrunk: at full size, the first passes see it all.
    if max(grey.shape) > DET_SIDE and (enough is None or not enough(lines)):
        found = (_read_box(engines, grey, box) for box in _find_at_edges(engines, grey))
        lines.extend(line for line in found if line is not None)
    return _distinct(lines)


def _letters(text: str) -> int:
    return sum(c.isalnum() for c in text)


def _look_closer(engines: _Engines, grey: np.ndarray, box: Box) -> list[TextLine]:
    """Find text again around a box that read badly, at full size, and in the band it
    holds, if it holds one (see _tightened).

    A thin label near the edge of a large film is found at detection scale only as
    part of a looser box, which reads as noise; found again in its own
    neighbourhood, it gets a box of its own.
    """
    x0, y0, x1, y1 = box
    mx, my = (x1 - x0) // 2 + 8, (y1 - y0) // 2 + 8
    height, width = grey.shape
    left, top = max(0, x0 - mx), max(0, y0 - my)
    region = grey[top : min(height, y1 + my), left : min(width, x1 + mx)]
    inner = [(sx0 + left, sy0 + top, sx1 + left, sy1 + top)
             for sx0, sy0, sx1, sy1 in _find_text(engines, region)]  # fmt: skip
    if (tight := _tightened(grey, box)) is not None:
        inner.append(tight)
    found = (_read_box(engines, grey, b) for b in dict.fromkeys(inner) if b != box)
    return [line for line in found if line is not None]


def _tightened(grey: np.ndarray, box: Box) -> Box | None:
    """The largest patch of a box that stands out from the box's border.

    A faint label on a band of its own is found, even at full size, only as a box
    around the band and much background; the detector never finds the faint letters
    on the band, but the band itself is easy to tell from the film around it.
    """
    import cv2
    import numpy as np

    x0, y0, x1, y1 = box
    crop = cv2.medianBlur(np.ascontiguousarray(grey[y0:y1, x0:x1]), 3)
    if min(crop.shape) < 8:
        return None
    _, mask = cv2.threshold(crop, 0, 255, cv2.THRESH_BINARY + cv2.THRESH_OTSU)
    border = np.concatenate([mask[0], mask[-1], mask[:, 0], mask[:, -1]])
    if border.mean() > 127:  # the patch is darker than what surrounds it
        mask = 255 - mask
    contours, _ = cv2.findContours(mask, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_SIMPLE)
    if not contours:
        return None
    # By its outline: the letters on a band can be holes in it.
    outline = max(contours, key=cv2.contourArea)
    x, y, w, h = cv2.boundingRect(outline)
    if w * h > crop.size // 2 or cv2.contourArea(outline) < _SOLID * w * h:
        return None  # no tighter than the box, or letters rather than a band
    return x0 + x, y0 + y, x0 + x + w, y0 + y + h


def _get_engines() -> _Engines | None:
    global _engines, _missing
    with _lock:
        if _engines is None and not _missing:
            try:
                _engines = _Engines()
            except ImportError:
                _missing = True
                log.warning(OFF_MESSAGE)
        return _engines


# -- finding text -----------------------------------------------------------------------


def _find_text(engines: _Engines, grey: np.ndarray) -> list[Box]:
    import cv2
    import numpy as np

    height, width = grey.shape
    factor = min(1.0, DET_SIDE / max(height, width))
    small = grey
    if factor < 1:
        size = (max(1, round(width * factor)), max(1, round(height * factor)))
        small = cv2.resize(grey, size, interpolation=cv2.INTER_AREA)
    upright = _detect(engines, _normalised(small))
    turned = _detect(engines, np.ascontiguousarray(np.rot90(small)))
    # np.rot90 turns counter-clockwise: a point (x, y) of the turned picture was (w-1-y, x).
    w = small.shape[1]
    unturned = [[(w - 1 - y, x) for x, y in quad] for quad in turned]
    boxes = [_to_box(quad, factor, width, height) for quad in (*upright, *unturned)]
    limit = max(96, 0.15 * min(width, height))
    # Anatomy the detector takes for a block of text is far taller than any label line.
    return list(dict.fromkeys(b for b in boxes if min(b[2] - b[0], b[3] - b[1]) <= limit))


def _find_at_edges(engines: _Engines, grey: np.ndarray) -> list[Box]:
    """Text in the band along each edge, found at full size and enlarged, piece by piece."""
    height, width = grey.shape
    whole: list[Box] = []
    cut: list[Box] = []
    for piece, turned in _edge_pieces(width, height):
        for box in _detect_enlarged(engines, grey, piece, turned):
            (cut if _touches_a_cut(box, piece, turned, width, height) else whole).append(box)
    # A word cut where one piece ends lies whole in the next, which overlaps it; a label
    # longer than the overlap is cut in both, and its parts are kept.
    return whole + [c for c in cut if all(_overlap(c, w) < 0.5 for w in whole)]


def _detect_enlarged(engines: _Engines, grey: np.ndarray, piece: Box, turned: bool) -> list[Box]:
    import cv2
    import numpy as np

    left, top, right, bottom = piece
    height, width = grey.shape
    # Stretched piece by piece (a faint label is faint against the whole film, not against
    # its edge), and dark on light, as the detector was taught to read print.
    picture = _stretched(grey[top:bottom, left:right])
    if np.median(picture) < 128:
        picture = 255 - picture
    if turned:  # the left and right bands hold vertical labels: lay them flat
        picture = np.ascontiguousarray(np.rot90(picture))
    big = cv2.resize(picture, None, fx=EDGE_ZOOM, fy=EDGE_ZOOM, interpolation=cv2.INTER_CUBIC)
    boxes = []
    for quad in _detect(engines, big):
        points = [(x / EDGE_ZOOM, y / EDGE_ZOOM) for x, y in quad]
        if turned:  # back from the quarter turn, as in _find_text
            points = [(right - left - 1 - y, x) for x, y in points]
        boxes.append(_to_box([(x + left, y + top) for x, y in points], 1.0, width, height))
    return boxes


def _edge_pieces(width: int, height: int) -> Iterator[tuple[Box, bool]]:
    """Overlapping pieces of the bands along the four edges; True for the left and right.

    Pieces, not whole bands: the detector's time grows faster than the area of a long
    narrow picture (a whole band of a 2048 px film took four times as long as its pieces).
    """
    deep = max(EDGE_MIN, round(EDGE * height))
    for start in _starts(width):
        end = min(width, start + EDGE_PIECE)
        yield (start, 0, end, min(height, deep)), False
        if height > 2 * deep:
            yield (start, height - deep, end, height), False
    wide = max(EDGE_MIN, round(EDGE * width))
    for start in _starts(height):
        end = min(height, start + EDGE_PIECE)
        yield (0, start, min(width, wide), end), True
        if width > 2 * wide:
            yield (width - wide, start, width, end), True


def _starts(length: int) -> range:
    return range(0, max(1, length - EDGE_OVERLAP), EDGE_PIECE - EDGE_OVERLAP)


def _touches_a_cut(box: Box, piece: Box, turned: bool, width: int, height: int) -> bool:
    """Whether a box reaches the end of its piece where the next piece takes over."""
    lo, hi, end = (1, 3, height) if turned else (0, 2, width)
    return (piece[lo] > 0 and box[lo] <= piece[lo] + 2) or (
        piece[hi] < end and box[hi] >= piece[hi] - 2
    )


def _detect(engines: _Engines, picture: np.ndarray) -> list[list[tuple[float, float]]]:
    import cv2

    found = engines.detect(cv2.cvtColor(picture, cv2.COLOR_GRAY2RGB))
    boxes = getattr(found, "boxes", None)
    if boxes is None:
        return []
    return [[(float(x), float(y)) for x, y in quad] for quad in boxes]


def _normalised(grey: np.ndarray) -> np.ndarray:
    """Local contrast normalisation: each pixel against its neighbourhood's mean and spread."""
    import cv2
    import numpy as np

    values = cv2.medianBlur(grey, 3).astype(np.float32)
    mean = cv2.GaussianBlur(values, (0, 0), _LCN_SIGMA)
    spread = np.sqrt(cv2.GaussianBlur((values - mean) ** 2, (0, 0), _LCN_SIGMA)) + 4.0
    return np.clip(128.0 + 40.0 * (values - mean) / spread, 0, 255).astype(np.uint8)


def _to_box(quad: Sequence[tuple[float, float]], factor: float, width: int, height: int) -> Box:
    xs = [x / factor for x, _ in quad]
    ys = [y / factor for _, y in quad]
    return (max(0, int(min(xs))), max(0, int(min(ys))),
            min(width, int(max(xs)) + 1), min(height, int(max(ys)) + 1))  # fmt: skip


def _overlap(a: Box, b: Box) -> float:
    """The shared area as a share of the smaller box."""
    w = min(a[2], b[2]) - max(a[0], b[0])
    h = min(a[3], b[3]) - max(a[1], b[1])
    if w <= 0 or h <= 0:
        return 0.0
    smaller = min((a[2] - a[0]) * (a[3] - a[1]), (b[2] - b[0]) * (b[3] - b[1]))
    return w * h / max(1, smaller)


# -- reading it -------------------------------------------------------------------------


def _read_box(engines: _Engines, grey: np.ndarray, box: Box) -> TextLine | None:
    import numpy as np

    x0, y0, x1, y1 = box
    pad = max(3, min(x1 - x0, y1 - y0) // 4)
    crop = _stretched(grey[max(0, y0 - pad) : y1 + pad, max(0, x0 - pad) : x1 + pad])
    if crop.size == 0:
        return None
    tall = (y1 - y0) >= _TALL * (x1 - x0)
    turns = (3, 1) if tall else (0, 2)  # quarter turns counter-clockwise
    best: tuple[str, float] = ("", 0.0)
    for turn in turns:
        text, score = _recognise(engines, np.ascontiguousarray(np.rot90(crop, turn)))
        if score > best[1]:
            best = (text, score)
        if best[1] >= SURE:
            break
    text, score = best
    if score < MIN_SCORE or not text.strip():
        return None
    return TextLine(" ".join(text.split()), round(score, 3), box)


def _stretched(crop: np.ndarray) -> np.ndarray:
    """A crop's own 1st to 99th percentile spread over 0-255: faint labels read as bold ones."""
    import numpy as np

    if crop.size == 0:
        return crop
    low, high = np.percentile(crop, (1, 99))
    if high - low < 8:
        return crop
    scaled = (crop.astype(np.float32) - low) * (255.0 / (high - low))
    return np.clip(scaled, 0, 255).astype(np.uint8)


def _recognise(engines: _Engines, crop: np.ndarray) -> tuple[str, float]:
    import cv2

    out: Any = engines.recognise(cv2.cvtColor(crop, cv2.COLOR_GRAY2RGB))
    texts, scores = getattr(out, "txts", None), getattr(out, "scores", None)
    if not texts or not scores:
        return "", 0.0
    return str(texts[0]), float(scores[0])


def _distinct(lines: list[TextLine]) -> list[TextLine]:
    """Of lines read from overlapping boxes (several passes found them), the surest; in reading
    order, top to bottom and left to right.

    Boxes are read separately rather than joined first: a loose box from one pass joined
    to a tight one from the other buries a thin vertical label in background.
    """
    kept: list[TextLine] = []
    # A loose box around a faint label reads as one sure stroke ("一"), surer than the
    # label read from a tight box: a reading of fewer than three letters never wins.
    for line in sorted(lines, key=lambda line: (_letters(line.text) < 3, -line.score)):
        if all(_overlap(line.box, other.box) < 0.5 for other in kept):
            kept.append(line)
    return sorted(kept, key=lambda line: (line.box[1], line.box[0]))
