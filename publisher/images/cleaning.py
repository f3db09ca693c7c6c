"""Decoding and cleaning images to pixels only, and the encoder every image leaves through.

Every image that leaves is rebuilt from its decoded pixels, so no EXIF, XMP,
IPTC, ICC profile, PNG text chunk, JPEG comment or TIFF tag can survive: the
encoder is only ever given a fresh image with an empty ``info`` and no
metadata arguments. Masters are lossless PNG.
"""

from __future__ import annotations

import io
import logging
import warnings
import zlib
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any, cast

from PIL import Image, ImageOps, UnidentifiedImageError

from publisher.errors import ImageError
from publisher.images.pixels import (
    MAX_PIXELS,
    Box,
    CleanImage,
    ImageRisk,
    check_pixel_count,
)

log = logging.getLogger(__name__)

READ_FORMATS = ("PNG", "JPEG", "TIFF", "GIF", "WEBP", "BMP")  # JPEG covers MPO
# zlib level 1 with run-length matching: as small as Pillow's default (level 6)
# on radiographs and line art, at a third of the time (~0.1 s for 2048x2048).
PNG_OPTIONS: dict[str, Any] = {"compress_level": 1, "compress_type": zlib.Z_RLE}
_HIGH_DEPTH = ("I;16", "I;16B", "I;16L", "I;16N", "I", "F")
_PERCENTILE = 0.001  # share of the darkest and brightest pixels clipped by auto-windowing


def clean_image(
    path: Path,
    *,
    crop: Box | None = None,
    redact: Sequence[Box] = (),
    window: tuple[float, float] | None = None,
    frame: int | None = None,
) -> tuple[CleanImage, ImageRisk]:
    """Decode, reject bombs, orient, convert to 8-bit, redact, crop, re-encode pixels alone.

    Boxes are ``(x0, y0, x1, y1)`` in the upright image, x1 and y1 exclusive;
    redaction boxes are filled black before the crop. ``frame`` counts from 1,
    as DICOM frame numbers do (default: the middle frame of a DICOM file, the
    first of others); ``window`` is a DICOM (centre, width).
    """
    path = Path(path)
    if window is not None and window[1] <= 0:
        raise ImageError(f"window width must be positive, not {window[1]:g}")
    if is_dicom(path):
        from publisher.images.dicom import read_dicom  # pydicom loads only for DICOM

        im, risk = read_dicom(path, window=window, frame=frame)
    elif window is not None:
        raise ImageError("a window (centre, width) applies only to DICOM images")
    else:
        im, risk = _read_picture(path, frame), ImageRisk()
    im = _collapse_grey(im)
    for box in redact:
        _check_box("redact box", box, im.size)
        im.paste(0, box)
    if crop is not None:
        _check_box("crop box", crop, im.size)
        im = im.crop(crop)
    return _encode_master(im), risk


def is_dicom(path: Path) -> bool:
    """Whether the file is DICOM: a .dcm name or the DICM magic after the 128-byte preamble."""
    if path.suffix.lower() == ".dcm":
        return True
    try:
        with open(path, "rb") as fh:
            return fh.read(132)[128:] == b"DICM"
    except OSError:
        return False


# -- decoding ---------------------------------------------------------------


@contextmanager
def _decoding() -> Iterator[None]:
    """Turn Pillow's decode failures, bomb warnings included, into ImageError."""
    with warnings.catch_warnings():
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        try:
            yield
        except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
            raise ImageError(
                f"claims more pixels than the {MAX_PIXELS // 1_000_000}-megapixel limit"
                " (a decompression bomb?)"
            ) from exc
        except UnidentifiedImageError as exc:
            raise ImageError("not an image Pillow can read (or a damaged file)") from exc
        except FileNotFoundError as exc:
            raise ImageError("file not found") from exc
        except (PermissionError, IsADirectoryError) as exc:
            raise ImageError("cannot read the file (a folder, or no permission)") from exc
        except (OSError, SyntaxError, ValueError, EOFError) as exc:
            # Pillow reports truncated and corrupt data through all of these.
            raise ImageError("damaged or truncated image data") from exc


def _read_picture(path: Path, frame: int | None) -> Image.Image:
    """A PNG, JPEG, TIFF, GIF, WebP or BMP file as upright 8-bit L or RGB pixels."""
    with _decoding(), Image.open(path, formats=READ_FORMATS) as im:
        check_pixel_count(*im.size)  # Image.open has read the header only
        _seek(im, 1 if frame is None else frame)
        im.load()
        icc = im.info.get("icc_profile")
        upright = _upright(im)
        return _to_8bit(upright, icc)


def _seek(im: Image.Image, frame: int) -> None:
    frames = getattr(im, "n_frames", 1)
    if not 1 <= frame <= frames:
        raise ImageError(f"frame {frame} does not exist: the image has {frames} (1 to {frames})")
    if frame > 1:
        im.seek(frame - 1)
        check_pixel_count(*im.size)


def _upright(im: Image.Image) -> Image.Image:
    """Apply the EXIF orientation to the pixels, ignoring EXIF too damaged to read."""
    try:
        return ImageOps.exif_transpose(im)
    except (SyntaxError, ValueError, OSError, KeyError, TypeError) as exc:
        # Kept as stored: a person checking the preview sees a sideways image, and the
        # log says why it was not turned.
        log.warning("the EXIF orientation cannot be read (%s): the pixels stay as stored", exc)
        return im


def _to_8bit(im: Image.Image, icc: bytes | None) -> Image.Image:
    """Any Pillow mode to 8-bit L or RGB: colour managed to sRGB, alpha flattened on black."""
    if im.mode in _HIGH_DEPTH:
        return _window_high_depth(im)
    if im.mode == "L":
        return im
    if im.mode == "1":
        return im.convert("L")
    if im.mode in ("LA", "La"):
        return _flatten(im.convert("LA"), "L")
    if im.mode in ("P", "PA"):
        has_alpha = im.mode == "PA" or "transparency" in im.info
        im = im.convert("RGBA" if has_alpha else "RGB")
    if icc and im.mode in ("RGB", "RGBA", "CMYK"):
        im = _to_srgb(im, icc)
    if im.mode in ("RGBA", "RGBa"):
        return _flatten(im.convert("RGBA"), "RGB")
    return im if im.mode == "RGB" else im.convert("RGB")


def _to_srgb(im: Image.Image, icc: bytes) -> Image.Image:
    """Convert pixels from their embedded profile to sRGB, keeping colours right without it."""
    try:
        from PIL import ImageCms

        source = ImageCms.ImageCmsProfile(io.BytesIO(icc))
        mode = "RGBA" if im.mode == "RGBA" else "RGB"
        out = ImageCms.profileToProfile(im, source, ImageCms.createProfile("sRGB"), outputMode=mode)
    except (ImportError, OSError, ValueError, TypeError) as exc:
        # ImageCms is optional in Pillow builds, and PyCMSError is an OSError:
        # a broken or mismatched profile leaves the pixels as they are.
        log.warning("the colour profile cannot be applied (%s): colours may be off", exc)
        return im
    return out if out is not None else im


def _flatten(im: Image.Image, mode: str) -> Image.Image:
    """Composite on black: transparent parts of a radiograph are background."""
    out = Image.new(mode, im.size, 0)
    out.paste(im.convert(mode), mask=im.getchannel("A"))
    return out


def _window_high_depth(im: Image.Image) -> Image.Image:
    """16-bit, 32-bit or float greyscale to 8-bit, stretching the central 99.8% of values."""
    if im.mode.startswith("I;16"):
        im = im.convert("I")
    lo, hi = _percentile_range(im)
    if hi <= lo:
        return Image.new("L", im.size, 0)
    scale = 255.0 / (hi - lo)
    # Pillow evaluates this linear map in C; values beyond the range clip at L.
    return im.point(lambda v: v * scale + (0.5 - lo * scale)).convert("L")


def _percentile_range(im: Image.Image) -> tuple[float, float]:
    """Values at the 0.1st and 99.9th percentiles, from Pillow's 256-bin histogram."""
    low, high = cast(tuple[float, float], im.getextrema())  # one band: (min, max)
    counts = im.histogram()
    width = (high - low) / len(counts)
    clip = sum(counts) * _PERCENTILE
    first = _first_bin_over(counts, clip)
    last = len(counts) - 1 - _first_bin_over(counts[::-1], clip)
    return low + first * width, low + (last + 1) * width


def _first_bin_over(counts: list[int], clip: float) -> int:
    seen = 0
    for i, count in enumerate(counts):
        seen += count
        if seen > clip:
            return i
    return len(counts) - 1


def _collapse_grey(im: Image.Image) -> Image.Image:
    """RGB whose three channels are identical becomes L: a third of the bytes, same pixels."""
    if im.mode != "RGB":
        return im
    probe = im.resize((64, 64), Image.Resampling.NEAREST)  # a colour image fails here, cheaply
    if not _channels_equal(probe) or not _channels_equal(im):
        return im
    return im.getchannel("R")


def _channels_equal(im: Image.Image) -> bool:
    red, green, blue = (band.tobytes() for band in im.split())
    return red == green == blue


def _check_box(what: str, box: Sequence[int], size: tuple[int, int]) -> None:
    shown = f"[{', '.join(str(v) for v in box)}]"
    if len(box) != 4 or not all(isinstance(v, int) and not isinstance(v, bool) for v in box):
        raise ImageError(f"{what} {shown} must be four whole numbers [x0, y0, x1, y1]")
    x0, y0, x1, y1 = box
    if x0 >= x1 or y0 >= y1:
        raise ImageError(f"{what} {shown} is empty: x0 must be below x1 and y0 below y1")
    width, height = size
    if x0 < 0 or y0 < 0 or x1 > width or y1 > height:
        raise ImageError(f"{what} {shown} lies outside the {width}x{height} image")


# -- encoding ---------------------------------------------------------------


def encode(im: Image.Image, fmt: str, quality: int | None = None) -> bytes:
    """Encode pixels only: the image's info is emptied and no metadata argument is passed.

    ``quality`` is JPEG's and has no default here: fitting always searches for it.
    """
    im.info = {}
    buf = io.BytesIO()
    if fmt == "PNG":
        im.save(buf, "PNG", **PNG_OPTIONS)
    elif quality is None:
        raise TypeError("a JPEG needs a quality")  # not Pillow's default of 75, silently
    else:
        im.save(buf, "JPEG", quality=quality)
    return buf.getvalue()


def _encode_master(im: Image.Image) -> CleanImage:
    return CleanImage(encode(im, "PNG"), "PNG", im.width, im.height, im)


def decoded(image: CleanImage) -> Image.Image:
    """The image's 8-bit pixels: those cached by clean_image, else decoded from its bytes."""
    if image._pixels is not None:
        return image._pixels
    with _decoding(), Image.open(io.BytesIO(image.data), formats=("PNG", "JPEG")) as im:
        check_pixel_count(*im.size)
        im.load()
        return _to_8bit(im, None)
