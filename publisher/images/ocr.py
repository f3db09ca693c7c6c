"""Reading text burned into image pixels (Tesseract through pytesseract, optional).

It decides when a human must look at an image; it is not a redactor. When the
engine is missing it says so once and the import carries on.
"""

from __future__ import annotations

import io
import logging
import os
from threading import Lock

log = logging.getLogger("publisher.images.ocr")
# Tesseract's word confidence (0-100) above which a word counts as read.
MIN_CONFIDENCE = 60
# Big images are read at this size: burned-in labels stay legible and it is much faster.
MAX_SIDE = 1600
_warned: set[str] = set()
_lock = Lock()


def read_text(data: bytes) -> str | None:
    """Confident words read from the image, "" when none, None when OCR is unavailable."""
    try:
        import pytesseract
    except ImportError:
        _warn_once("the OCR check of burned-in text is off: pip install 'publisher[ocr]'")
        return None
    from PIL import Image

    # Tesseract's own threads only compete with the import's parallel workers.
    os.environ.setdefault("OMP_THREAD_LIMIT", "1")
    image = Image.open(io.BytesIO(data))
    image.thumbnail((MAX_SIDE, MAX_SIDE))
    try:
        found = pytesseract.image_to_data(
            image, config="--psm 11", output_type=pytesseract.Output.DICT
        )
    except pytesseract.TesseractNotFoundError:
        _warn_once("the OCR check of burned-in text is off: install Tesseract (tesseract-ocr)")
        return None
    words = [
        word.strip()
        for word, conf in zip(found["text"], found["conf"], strict=False)
        if float(conf) >= MIN_CONFIDENCE and _is_word(word.strip())
    ]
    return " ".join(words)


def _is_word(word: str) -> bool:
    # Orientation markers (L, R, AP) and speckle read as two-letter "words" are everywhere
    # and identify no one; names, dates and numbers are longer.
    return sum(c.isalnum() for c in word) >= 3


def _warn_once(message: str) -> None:
    with _lock:
        if message in _warned:
            return
        _warned.add(message)
    log.warning(message)
