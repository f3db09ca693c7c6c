"""What every image step shares: an image cleaned down to its pixels, the privacy
signals its header carried, and how many pixels a decoder may be asked for."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from PIL import Image

from publisher.errors import ImageError

MAX_PIXELS = 64_000_000  # larger claims are refused before any pixel is decoded
_MIMES = {"PNG": "image/png", "JPEG": "image/jpeg"}

Box = tuple[int, int, int, int]


@dataclass(frozen=True)
class CleanImage:
    """Encoded image bytes holding pixels and nothing else."""

    data: bytes
    format: str  # "PNG" or "JPEG"
    width: int
    height: int
    # The decoded pixels, kept so fit_image need not decode the master again.
    _pixels: Image.Image | None = field(default=None, repr=False, compare=False)

    @property
    def mime(self) -> str:
        return _MIMES[self.format]

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.data).hexdigest()

    def __getstate__(self) -> dict[str, Any]:
        # The pixel cache is an in-process shortcut; pickles carry the bytes only.
        state = dict(self.__dict__)
        state.pop("_pixels", None)
        return state


@dataclass(frozen=True)
class ImageRisk:
    """Privacy signals read from an image's header; never published, never stored as text."""

    study_date: date | None = None
    identifiers: tuple[str, ...] = ()
    burned_in: bool = False


def check_pixel_count(width: int, height: int) -> None:
    """Refuse an image whose header claims more pixels than MAX_PIXELS."""
    if width <= 0 or height <= 0:
        raise ImageError(f"claims {width}x{height} pixels, an empty image")
    if width * height > MAX_PIXELS:
        raise ImageError(
            f"claims {width}x{height} pixels, more than the {MAX_PIXELS // 1_000_000}-megapixel"
            " limit (a decompression bomb?)"
        )
