"""Faces and photographs in image pixels: what an image shows, not what it says.

Faces are found by CenterFace (MIT licence; the model file and its notice are in
``publisher/data``), run on ``onnxruntime`` from the ``ocr`` extra, offline. It was
chosen over OpenCV's Haar cascades on measured recall and false alarms (see
tests/test_faces.py): the cascades missed faces in profile and small faces pasted into
films, and OpenCV 5 no longer ships them; YuNet's model is not in any wheel.
"""

from __future__ import annotations

import importlib.resources
import logging
from dataclasses import dataclass
from threading import Lock
from typing import TYPE_CHECKING, Any

from PIL import Image

if TYPE_CHECKING:
    import numpy as np

log = logging.getLogger("publisher.images.faces")

FACE_SIDE = 1024  # longest side the detector sees
MIN_FACE_SCORE = 0.5
_NMS_OVERLAP = 0.3
# A colour photograph: many pixels with real colour, in many shades (not a diagram's
# few flat fills), and not a grey image with a colour overlay (Doppler, fusion).
_CHROMA = 24  # max(R, G, B) - min(R, G, B) above which a pixel has colour
_COLOURFUL_SHARE = 0.2
_SHADES = 300  # distinct colours (5 bits a channel) among the coloured pixels
OFF_MESSAGE = "the face check of images is off: pip install 'publisher[ocr]'"

Box = tuple[int, int, int, int]


@dataclass(frozen=True)
class Face:
    """A face found in the pixels: its box (x0, y0, x1, y1; x1, y1 exclusive) and score."""

    box: Box
    score: float


_session: Any = None
_missing = False
_lock = Lock()


def find_faces(image: Image.Image) -> list[Face] | None:
    """Faces in the pixels, surest first; None when onnxruntime is not installed."""
    session = _get_session()
    if session is None:
        return None
    import numpy as np

    rgb = np.asarray(image.convert("RGB"))
    height, width = rgb.shape[:2]
    factor = min(1.0, FACE_SIDE / max(height, width))
    # CenterFace's outputs are a quarter of its input; the input's sides are multiples of 32.
    sw, sh = (max(32, -(-round(side * factor) // 32) * 32) for side in (width, height))
    blob = _resized(rgb, sw, sh).transpose(2, 0, 1)[None].astype(np.float32)
    heat, scale, offset, _marks = session.run(["537", "538", "539", "540"], {"input.1": blob})
    faces = _decode(heat[0, 0], scale[0], offset[0], width / sw, height / sh)
    return [
        Face(_clipped(f.box, width, height), f.score)
        for f in _suppress(faces)
        if _inside(f.box, width, height)
    ]


def is_photograph(image: Image.Image) -> bool:
    """Whether the pixels look like a colour photograph (skin, clothes, backgrounds)."""
    if image.mode != "RGB":
        return False
    import numpy as np

    small = np.asarray(image.resize((128, 128), Image.Resampling.BILINEAR)).astype(np.int16)
    chroma = small.max(axis=2) - small.min(axis=2)
    coloured = small[chroma > _CHROMA]
    if len(coloured) < _COLOURFUL_SHARE * chroma.size:
        return False
    shades = np.unique((coloured >> 3) @ np.array([1024, 32, 1]))
    return len(shades) >= _SHADES


def _get_session() -> Any:
    global _session, _missing
    with _lock:
        if _session is None and not _missing:
            try:
                import onnxruntime
            except ImportError:
                _missing = True
                log.warning(OFF_MESSAGE)
                return None
            model = importlib.resources.files("publisher") / "data" / "centerface.onnx"
            options = onnxruntime.SessionOptions()
            options.log_severity_level = 3  # its notices are not for an educator
            # One thread: the same pixels give the same boxes whatever the load, and the
            # import already runs one case per core.
            options.intra_op_num_threads = options.inter_op_num_threads = 1
            _session = onnxruntime.InferenceSession(
                model.read_bytes(), options, providers=["CPUExecutionProvider"]
            )
        return _session


def _resized(rgb: np.ndarray, width: int, height: int) -> np.ndarray:
    import numpy as np

    if (rgb.shape[1], rgb.shape[0]) == (width, height):
        return rgb
    shrink = width < rgb.shape[1]
    method = Image.Resampling.BOX if shrink else Image.Resampling.BILINEAR
    return np.asarray(Image.fromarray(rgb).resize((width, height), method))


def _decode(
    heat: np.ndarray, scale: np.ndarray, offset: np.ndarray, fx: float, fy: float
) -> list[Face]:
    """CenterFace's heat map to boxes: a face's centre, its size and sub-pixel offset."""
    import numpy as np

    faces = []
    for y, x in zip(*np.where(heat > MIN_FACE_SCORE), strict=True):
        h, w = np.exp(scale[0, y, x]) * 4, np.exp(scale[1, y, x]) * 4
        cy, cx = (y + offset[0, y, x] + 0.5) * 4, (x + offset[1, y, x] + 0.5) * 4
        box = (round((cx - w / 2) * fx), round((cy - h / 2) * fy),
               round((cx + w / 2) * fx), round((cy + h / 2) * fy))  # fmt: skip
        faces.append(Face(box, round(float(heat[y, x]), 3)))
    return faces


def _suppress(faces: list[Face]) -> list[Face]:
    """One box per face: the surest of any that overlap."""
    kept: list[Face] = []
    for face in sorted(faces, key=lambda f: -f.score):
        if all(_iou(face.box, k.box) < _NMS_OVERLAP for k in kept):
            kept.append(face)
    return kept


def _iou(a: Box, b: Box) -> float:
    w = min(a[2], b[2]) - max(a[0], b[0])
    h = min(a[3], b[3]) - max(a[1], b[1])
    if w <= 0 or h <= 0:
        return 0.0
    inter = w * h
    union = (a[2] - a[0]) * (a[3] - a[1]) + (b[2] - b[0]) * (b[3] - b[1]) - inter
    return inter / max(1, union)


def _inside(box: Box, width: int, height: int) -> bool:
    x0, y0, x1, y1 = box
    return x1 > x0 and y1 > y0 and x1 > 0 and y1 > 0 and x0 < width and y0 < height


def _clipped(box: Box, width: int, height: int) -> Box:
    x0, y0, x1, y1 = box
    return max(0, x0), max(0, y0), min(width, x1), min(height, y1)
