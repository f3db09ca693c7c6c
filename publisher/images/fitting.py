"""Fitting a clean image to a platform's limits: bytes, pixels, longest side, formats and
the shape a platform takes (Instagram: 4:5 to 1.91:1, padded with black or cropped).

Platform copies are PNG for line art and JPEG for photographs, both written by
``imaging.encode``, so they carry pixels alone just as the masters do.
"""

from __future__ import annotations

import functools
import math
from collections.abc import Callable

from PIL import Image

from publisher.adapters.base import Capabilities
from publisher.errors import ImageError
from publisher.images.cleaning import CleanImage, decoded, encode

JPEG_QUALITY_MAX = 95
JPEG_QUALITY_MIN = 40
SAMPLE_EVERY = 8  # the quality search encodes one 16-row band in this many
_BAND = 16  # rows in a JPEG coding unit with 4:2:0 subsampling
_MARGIN = 0.97  # aim this far under the byte limit, as a sample is only an estimate
DOWNSCALE_STEP = 0.85  # at most this factor per round when bytes still do not fit
MIN_SIDE = 16
LINE_ART_COLOURS = 64  # at most this many distinct colours: drawn, not photographed


def fit_image(image: CleanImage, capabilities: Capabilities) -> CleanImage:
    """Make an image that fits the platform: bytes, pixels, longest side, shape and formats."""
    if _fits(image, capabilities):
        return image
    im = decoded(image)
    formats = _formats_to_try(
        im, capabilities
    )  # before resampling blurs line art into many colours
    im = _reshape(_shrink(im, _scale_for_limits(im.width, im.height, capabilities)), capabilities)
    while True:
        smallest = 0
        for fmt in formats:
            if fmt == image.format == "PNG" and im.size == (image.width, image.height):
                smallest = len(image.data)  # the master itself: known to be too large
                continue
            data, smallest = _encode_within(im, fmt, capabilities.image_max_bytes)
            if data is not None:
                return CleanImage(data, fmt, im.width, im.height)
        if min(im.size) * DOWNSCALE_STEP < MIN_SIDE:
            raise ImageError(
                f"cannot make the image fit the platform's {capabilities.image_max_bytes:,} bytes"
            )
        # Bytes shrink roughly with area; never less than one step.
        factor = min(DOWNSCALE_STEP, math.sqrt(capabilities.image_max_bytes / smallest) * 0.97)
        im = _reshape(_shrink(im, factor), capabilities)  # rounding may tip the shape over a bound


def reshaping(width: int, height: int, capabilities: Capabilities) -> str | None:
    """What fitting does to an image's shape, in words ("padded to 4:5"), or None."""
    target = _target_shape(width, height, capabilities)
    if target is None:
        return None
    verb = "padded" if capabilities.image_aspect_fit == "pad" else "cropped"
    low = (
        capabilities.image_aspect_min is not None and width / height < capabilities.image_aspect_min
    )
    bound = capabilities.image_aspect_min if low else capabilities.image_aspect_max
    return f"{verb} to {_ratio_name(bound or 1.0)}"


def _fits(image: CleanImage, capabilities: Capabilities) -> bool:
    return (
        image.format in capabilities.image_formats
        and len(image.data) <= capabilities.image_max_bytes
        and _scale_for_limits(image.width, image.height, capabilities) >= 1.0
        and _target_shape(image.width, image.height, capabilities) is None
    )


def _target_shape(width: int, height: int, capabilities: Capabilities) -> tuple[int, int] | None:
    """The size that brings width / height within the platform's bounds, or None if it is."""
    low, high = capabilities.image_aspect_min, capabilities.image_aspect_max
    pad = capabilities.image_aspect_fit == "pad"
    if low is not None and width / height < low:  # too tall
        return (math.ceil(height * low), height) if pad else (width, max(1, int(width / low)))
    if high is not None and width / height > high:  # too wide
        return (width, math.ceil(width / high)) if pad else (max(1, int(height * high)), height)
    return None


def _reshape(im: Image.Image, capabilities: Capabilities) -> Image.Image:
    """Pad with black around the middle, or cut the middle out, to the target shape."""
    target = _target_shape(im.width, im.height, capabilities)
    if target is None:
        return im
    width, height = target
    left, top = (width - im.width) // 2, (height - im.height) // 2
    if capabilities.image_aspect_fit == "pad":
        # Black, as the background of nearly every radiograph, CT and MR image.
        canvas = Image.new(im.mode, target, 0)
        canvas.paste(im, (left, top))
        return canvas
    return im.crop((-left, -top, -left + width, -top + height))


def _ratio_name(ratio: float) -> str:
    """0.8 -> "4:5", 1.91 -> "1.91:1"."""
    for whole in range(1, 21):
        other = ratio * whole
        if abs(other - round(other)) < 1e-6:
            return f"{round(other)}:{whole}"
    return f"{ratio:g}:1"


def _scale_for_limits(width: int, height: int, capabilities: Capabilities) -> float:
    """The factor (at most 1) that brings the image within the side and pixel limits."""
    scale = 1.0
    if capabilities.image_max_side:
        scale = min(scale, capabilities.image_max_side / max(width, height))
    if capabilities.image_max_pixels:
        scale = min(scale, math.sqrt(capabilities.image_max_pixels / (width * height)))
    return scale


def _shrink(im: Image.Image, factor: float) -> Image.Image:
    if factor >= 1.0:
        return im
    # Rounding down keeps both limits met; reducing_gap lets Pillow halve quickly first.
    size = (max(1, int(im.width * factor)), max(1, int(im.height * factor)))
    return im.resize(size, Image.Resampling.LANCZOS, reducing_gap=3.0)


def _formats_to_try(im: Image.Image, capabilities: Capabilities) -> tuple[str, ...]:
    allowed = tuple(f for f in ("PNG", "JPEG") if f in capabilities.image_formats)
    if not allowed:
        accepted = ", ".join(capabilities.image_formats) or "no format"
        raise ImageError(f"the platform accepts {accepted}; images can be written as PNG or JPEG")
    if "JPEG" in allowed and not _is_line_art(im):
        return ("JPEG",)  # photographs: PNG would be several times larger
    return allowed  # PNG first: lossless and usually smaller for drawn images


def _is_line_art(im: Image.Image) -> bool:
    if im.mode == "L":
        return sum(1 for count in im.histogram() if count) <= LINE_ART_COLOURS
    return im.getcolors(LINE_ART_COLOURS) is not None


def _encode_within(im: Image.Image, fmt: str, limit: int) -> tuple[bytes | None, int]:
    """The encoding that fits ``limit`` bytes (or None), and the smallest size seen."""
    if fmt == "PNG":
        data = encode(im, "PNG")
        return (data if len(data) <= limit else None), len(data)
    return _jpeg_within(im, limit)


def _jpeg_within(im: Image.Image, limit: int) -> tuple[bytes | None, int]:
    """The best quality in JPEG_QUALITY_MIN..MAX that fits: searched on a sample, confirmed once."""
    sample, share = _row_sample(im)
    predicted = functools.cache(lambda q: len(encode(sample, "JPEG", q)) / share)
    guess = _best_quality(predicted, limit * _MARGIN, JPEG_QUALITY_MAX)
    if guess is None:
        return None, round(predicted(JPEG_QUALITY_MIN))
    data = encode(im, "JPEG", guess)
    if len(data) <= limit or guess == JPEG_QUALITY_MIN:
        return (data if len(data) <= limit else None), len(data)
    # The sample misjudged this image: search below the guess on the image itself.
    actual = functools.cache(lambda q: encode(im, "JPEG", q))
    best = _best_quality(lambda q: len(actual(q)), limit, guess - 1)
    if best is None:
        return None, len(actual(JPEG_QUALITY_MIN))
    return actual(best), len(actual(best))


def _best_quality(size_at: Callable[[int], float], limit: float, highest: int) -> int | None:
    """Binary search for the highest quality up to ``highest`` whose size is within ``limit``."""
    if size_at(highest) <= limit:
        return highest
    if size_at(JPEG_QUALITY_MIN) > limit:
        return None
    fits, misses = JPEG_QUALITY_MIN, highest
    while misses - fits > 1:
        middle = (fits + misses) // 2
        if size_at(middle) <= limit:
            fits = middle
        else:
            misses = middle
    return fits


def _row_sample(im: Image.Image) -> tuple[Image.Image, float]:
    """Evenly spaced full-width bands, one row in SAMPLE_EVERY, and the share they are.

    JPEG codes 16-row bands independently of each other, so the bytes of a
    stratified sample of bands predict the whole image's bytes closely, at a
    fraction of the encoding time.
    """
    bands = im.height // (_BAND * SAMPLE_EVERY)
    if bands < 2:
        return im, 1.0
    sample = Image.new(im.mode, (im.width, bands * _BAND))
    step = (im.height - _BAND) // (bands - 1) // _BAND * _BAND
    for k in range(bands):
        band = im.crop((0, k * step, im.width, k * step + _BAND))
        sample.paste(band, (0, k * _BAND))
    return sample, sample.height / im.height
