"""The image pipeline: pixels only, orientation, bombs, bit depth, boxes, fitting.

Every input is drawn here with Pillow; every check parses the output bytes.
"""

from __future__ import annotations

import hashlib
import io
import logging
import pickle
import random
import struct
import zlib
from collections.abc import Callable
from pathlib import Path
from typing import Any, cast

import pytest
from PIL import (
    Image,
    ImageCms,
    ImageDraw,
    IptcImagePlugin,
    PngImagePlugin,
    TiffImagePlugin,
    TiffTags,
    features,
)

from publisher.adapters.base import Capabilities
from publisher.errors import ImageError
from publisher.images.cleaning import CleanImage, clean_image
from publisher.images.fitting import fit_image

MARKER = "PATIENT-7Q4Z-MARKER"  # planted in each metadata carrier; must never come out
PNG_CHUNKS_ALLOWED = {b"IHDR", b"PLTE", b"IDAT", b"IEND"}
# SOI, APP0 (JFIF: version and pixel density), DQT, SOF0, DHT, SOS, EOI
JPEG_MARKERS_ALLOWED = {0xD8, 0xE0, 0xDB, 0xC0, 0xC4, 0xDA, 0xD9}
JPEG_INFO_ALLOWED = {"jfif", "jfif_version", "jfif_unit", "jfif_density", "dpi"}
CAPS = Capabilities(text_limit=500)


# -- parsing the output -----------------------------------------------------


def png_chunk_types(data: bytes) -> list[bytes]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    types, pos = [], 8
    while pos < len(data):
        (length,) = struct.unpack(">I", data[pos : pos + 4])
        types.append(data[pos + 4 : pos + 8])
        pos += 12 + length
    return types


def jpeg_markers(data: bytes) -> list[int]:
    """Segment markers up to the first scan, then EOI (what follows SOS is entropy-coded)."""
    assert data[:2] == b"\xff\xd8"
    markers, pos = [0xD8], 2
    while pos < len(data):
        marker = data[pos + 1]
        markers.append(marker)
        if marker == 0xDA:
            break
        (length,) = struct.unpack(">H", data[pos + 2 : pos + 4])
        pos += 2 + length
    assert data[-2:] == b"\xff\xd9"
    return [*markers, 0xD9]


def assert_pixels_only(data: bytes, *planted: str) -> None:
    """Parse the bytes: only pixel-carrying structures, no EXIF, no planted string."""
    with Image.open(io.BytesIO(data)) as im:
        im.load()
        if im.format == "PNG":
            assert set(png_chunk_types(data)) <= PNG_CHUNKS_ALLOWED
            assert im.info == {}
        else:
            assert im.format == "JPEG"
            assert set(jpeg_markers(data)) <= JPEG_MARKERS_ALLOWED
            assert set(im.info) <= JPEG_INFO_ALLOWED
        assert len(im.getexif()) == 0
    for text in (MARKER, *planted):
        assert text.encode() not in data
        assert text.encode("utf-16-be") not in data


# -- drawing inputs ---------------------------------------------------------


def photo(size: tuple[int, int] = (64, 48), seed: int = 1) -> Image.Image:
    """A small colour image with smooth gradients and some noise."""
    rng = random.Random(seed)
    width, height = size
    raw = bytearray()
    for y in range(height):
        for x in range(width):
            noise = rng.randrange(-12, 13)
            raw += bytes(
                (
                    max(0, min(255, x * 255 // width + noise)),
                    max(0, min(255, y * 255 // height - noise)),
                    max(0, min(255, 128 + noise)),
                )
            )
    return Image.frombytes("RGB", size, bytes(raw))


def noisy_photo(size: tuple[int, int], seed: int = 3) -> Image.Image:
    """A large photograph-like image: a colour gradient under strong noise."""
    width, height = size
    gradient = Image.linear_gradient("L").resize(size)
    noise = [Image.effect_noise(size, 40 + 10 * k) for k in range(3)]
    base = Image.merge("RGB", (gradient, gradient.transpose(Image.Transpose.ROTATE_180), noise[2]))
    rng = random.Random(seed)
    draw = ImageDraw.Draw(base)
    for _ in range(30):
        x, y = rng.randrange(width), rng.randrange(height)
        draw.ellipse((x, y, x + 300, y + 200), outline=(rng.randrange(256), 90, 40), width=9)
    return Image.blend(base, Image.merge("RGB", noise), 0.5)


def sample_exif() -> Image.Exif:
    exif = Image.Exif()
    exif[0x010F] = f"Maker {MARKER}"  # Make
    exif[0x0110] = "Model X"  # Model
    exif[0x0132] = "2026:03:14 09:26:53"  # DateTime
    exif[0x013B] = f"Artist {MARKER}"  # Artist
    exif[0x010E] = f"Patient {MARKER}"  # ImageDescription
    exif_ifd = exif.get_ifd(0x8769)
    exif_ifd[0x9003] = "2026:03:14 09:26:53"  # DateTimeOriginal
    exif_ifd[0x927C] = f"maker note {MARKER}".encode()  # MakerNote
    gps = exif.get_ifd(0x8825)
    gps[1], gps[2] = "N", (51.0, 30.0, 12.5)  # latitude
    gps[3], gps[4] = "W", (0.0, 7.0, 39.0)  # longitude
    return exif


XMP = (
    '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf'
    '-syntax-ns#"><rdf:Description xmlns:dc="http://purl.org/dc/elements/1.1/" dc:creator="'
    f'{MARKER}" dc:description="{MARKER}"/></rdf:RDF></x:xmpmeta>'
).encode()


def iptc_record() -> bytes:
    """An IPTC-IIM caption (record 2, dataset 120) and by-line (2:80)."""
    caption, byline = f"Caption {MARKER}".encode(), f"By {MARKER}".encode()
    return (
        b"\x1c\x02\x78" + struct.pack(">H", len(caption)) + caption
        + b"\x1c\x02\x50" + struct.pack(">H", len(byline)) + byline
    )  # fmt: skip


def with_app13(jpeg: bytes, iptc: bytes) -> bytes:
    """Insert a Photoshop APP13 segment holding an IPTC resource right after SOI."""
    body = iptc + (b"\0" if len(iptc) % 2 else b"")
    resource = b"8BIM" + struct.pack(">H", 0x0404) + b"\0\0" + struct.pack(">I", len(iptc)) + body
    payload = b"Photoshop 3.0\0" + resource
    return jpeg[:2] + b"\xff\xed" + struct.pack(">H", len(payload) + 2) + payload + jpeg[2:]


def srgb_icc() -> bytes:
    return ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()


def saved(im: Image.Image, fmt: str, **options: object) -> bytes:
    buf = io.BytesIO()
    im.save(buf, fmt, **options)
    return buf.getvalue()


def grey_at(im: Image.Image, xy: tuple[int, int]) -> int:
    return cast(int, im.getpixel(xy))


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


# One input per metadata carrier: (file name, bytes, proof the input carries it).
Carrier = tuple[str, bytes, Callable[[Any], object]]


def tiff_with(tags: dict[int, tuple[object, int]]) -> bytes:
    ifd = TiffImagePlugin.ImageFileDirectory_v2()
    for tag, (value, tagtype) in tags.items():
        ifd[tag] = value
        ifd.tagtype[tag] = tagtype
    return saved(photo(), "TIFF", tiffinfo=ifd)


def png_text_chunks() -> bytes:
    info = PngImagePlugin.PngInfo()
    info.add_text("Comment", f"tEXt {MARKER}")
    info.add_text("Author", f"zTXt {MARKER}", zip=True)
    info.add_itxt("Description", f"iTXt {MARKER}", lang="en", tkey="Beschreibung")
    return saved(photo(), "PNG", pnginfo=info)


CARRIERS: dict[str, Callable[[], Carrier]] = {
    "jpeg-exif-gps-date-makernote": lambda: (
        "exif.jpg",
        saved(photo(), "JPEG", exif=sample_exif()),
        lambda im: im.getexif().get_ifd(0x8825) and im.getexif().get_ifd(0x8769)[0x927C],
    ),
    "png-exif": lambda: (
        "exif.png",
        saved(photo(), "PNG", exif=sample_exif()),
        lambda im: im.getexif().get_ifd(0x8825),
    ),
    "webp-exif-xmp": lambda: (
        "meta.webp",
        saved(photo(), "WEBP", exif=sample_exif(), xmp=XMP, lossless=True),
        lambda im: im.info["xmp"] and im.getexif()[0x010F],
    ),
    "jpeg-xmp": lambda: ("xmp.jpg", saved(photo(), "JPEG", xmp=XMP), lambda im: im.info["xmp"]),
    "png-xmp": lambda: (
        "xmp.png",
        saved(photo(), "PNG", pnginfo=_png_xmp()),
        lambda im: im.info["XML:com.adobe.xmp"],
    ),
    "tiff-xmp": lambda: (
        "xmp.tif",
        tiff_with({700: (XMP, TiffTags.BYTE)}),
        lambda im: im.tag_v2[700],
    ),
    "jpeg-iptc": lambda: (
        "iptc.jpg",
        with_app13(saved(photo(), "JPEG"), iptc_record()),
        lambda im: (IptcImagePlugin.getiptcinfo(im) or {})[(2, 120)],
    ),
    "tiff-iptc": lambda: (
        "iptc.tif",
        tiff_with({33723: (iptc_record(), TiffTags.UNDEFINED)}),
        lambda im: im.tag_v2[33723],
    ),
    "jpeg-icc": lambda: (
        "icc.jpg",
        saved(photo(), "JPEG", icc_profile=srgb_icc() + MARKER.encode()),
        lambda im: im.info["icc_profile"],
    ),
    "png-icc": lambda: (
        "icc.png",
        saved(photo(), "PNG", icc_profile=srgb_icc() + MARKER.encode()),
        lambda im: im.info["icc_profile"],
    ),
    "png-text-ztxt-itxt": lambda: (
        "text.png",
        png_text_chunks(),
        lambda im: im.text["Comment"] and im.text["Author"] and im.text["Description"],
    ),
    "jpeg-comment": lambda: (
        "comment.jpg",
        saved(photo(), "JPEG", comment=f"COM {MARKER}"),
        lambda im: im.info["comment"],
    ),
    "gif-comment": lambda: (
        "comment.gif",
        saved(photo().convert("P"), "GIF", comment=f"GIF {MARKER}"),
        lambda im: im.info["comment"],
    ),
    "tiff-tags": lambda: (
        "tags.tif",
        tiff_with(
            {
                270: (f"Description {MARKER}", TiffTags.ASCII),
                305: (f"Software {MARKER}", TiffTags.ASCII),
                306: ("2026:03:14 09:26:53", TiffTags.ASCII),
                315: (f"Artist {MARKER}", TiffTags.ASCII),
                33432: (f"Copyright {MARKER}", TiffTags.ASCII),
            }
        ),
        lambda im: im.tag_v2[315] and im.tag_v2[33432],
    ),
}


def _png_xmp() -> PngImagePlugin.PngInfo:
    info = PngImagePlugin.PngInfo()
    info.add_itxt("XML:com.adobe.xmp", XMP.decode())
    return info


# -- pixels only ------------------------------------------------------------


@pytest.mark.parametrize("carrier", sorted(CARRIERS))
def test_no_metadata_survives(tmp_path: Path, carrier: str) -> None:
    if carrier.startswith("webp") and not features.check("webp"):
        pytest.skip("this Pillow is built without WebP")
    name, data, carried = CARRIERS[carrier]()
    with Image.open(io.BytesIO(data)) as original:
        assert carried(original), "the input should carry the metadata under test"
    path = write(tmp_path, name, data)

    master, risk = clean_image(path)

    assert_pixels_only(master.data)
    assert risk.identifiers == ()
    sent = fit_image(master, Capabilities(text_limit=500, image_formats=("JPEG",)))
    assert sent.format == "JPEG"
    assert_pixels_only(sent.data)


def test_icc_profile_converted_to_srgb_pixels(tmp_path: Path) -> None:
    original = photo()
    path = write(tmp_path, "icc.png", saved(original, "PNG", icc_profile=srgb_icc()))

    master, _ = clean_image(path)

    with Image.open(io.BytesIO(master.data)) as out:
        assert "icc_profile" not in out.info
        pairs = zip(out.convert("RGB").tobytes(), original.tobytes(), strict=True)
        assert max(abs(a - b) for a, b in pairs) <= 2


def test_png_eof_text_chunk_after_image_data_is_dropped(tmp_path: Path) -> None:
    info = PngImagePlugin.PngInfo()
    info.add_text("Comment", f"late {MARKER}")
    data = saved(photo(), "PNG")
    iend = data.rindex(b"IEND") - 4
    text = b"tEXt" + f"Comment\0late {MARKER}".encode()
    chunk = struct.pack(">I", len(text) - 4) + text + struct.pack(">I", zlib.crc32(text))
    path = write(tmp_path, "late.png", data[:iend] + chunk + data[iend:])

    master, _ = clean_image(path)

    assert_pixels_only(master.data)


# -- orientation ------------------------------------------------------------


def corner_image() -> Image.Image:
    """40x20, black, with a white 10x10 block in the stored top-left corner."""
    im = Image.new("L", (40, 20), 0)
    im.paste(255, (0, 0, 10, 10))
    return im


def oriented(tmp_path: Path, orientation: int, fmt: str = "PNG") -> Path:
    exif = Image.Exif()
    exif[0x0112] = orientation
    data = saved(corner_image(), fmt, exif=exif)
    return write(tmp_path, f"o{orientation}.{fmt.lower()}", data)


@pytest.mark.parametrize(
    ("orientation", "size", "white_at"),
    [
        (1, (40, 20), (5, 5)),
        (3, (40, 20), (35, 15)),  # rotated 180
        (6, (20, 40), (15, 5)),  # stored rotated 90 counter-clockwise: turn it clockwise
        (8, (20, 40), (5, 35)),  # stored rotated 90 clockwise
    ],
)
def test_exif_orientation_applied_to_pixels(
    tmp_path: Path, orientation: int, size: tuple[int, int], white_at: tuple[int, int]
) -> None:
    master, _ = clean_image(oriented(tmp_path, orientation))

    with Image.open(io.BytesIO(master.data)) as out:
        assert out.size == size == (master.width, master.height)
        assert out.getpixel(white_at) == 255
        assert out.tobytes().count(255) == 100
        assert len(out.getexif()) == 0


def test_exif_orientation_in_jpeg(tmp_path: Path) -> None:
    master, _ = clean_image(oriented(tmp_path, 6, "JPEG"))

    with Image.open(io.BytesIO(master.data)) as out:
        assert out.size == (20, 40)
        assert grey_at(out, (15, 5)) > 200 and grey_at(out, (5, 5)) < 50


def test_redact_box_is_in_upright_coordinates(tmp_path: Path) -> None:
    master, _ = clean_image(oriented(tmp_path, 6), redact=[(10, 0, 20, 10)])

    with Image.open(io.BytesIO(master.data)) as out:
        assert out.getextrema() == (0, 0)


# -- refusing bad input -----------------------------------------------------


def png_claiming(width: int, height: int) -> bytes:
    """A tiny PNG whose header claims the given size; its data holds a few bytes only."""

    def chunk(kind: bytes, body: bytes) -> bytes:
        return (
            struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))
        )

    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(b"\0" * 64))
        + chunk(b"IEND", b"")
    )


def test_bomb_over_our_limit_refused_from_the_header(tmp_path: Path) -> None:
    path = write(tmp_path, "bomb.png", png_claiming(9000, 8000))  # 72 megapixels
    assert path.stat().st_size < 200

    with pytest.raises(ImageError, match=r"claims 9000x8000 pixels, more than the 64-megapixel"):
        clean_image(path)


def test_bomb_over_pillows_limit_refused(tmp_path: Path) -> None:
    path = write(tmp_path, "bomb.png", png_claiming(40000, 40000))

    with pytest.raises(ImageError, match="decompression bomb"):
        clean_image(path)


def test_image_under_the_limit_is_decoded(tmp_path: Path) -> None:
    # The same tiny-file trick, honestly sized, reaches the decoder and fails there.
    path = write(tmp_path, "small.png", png_claiming(3000, 2000))

    with pytest.raises(ImageError, match="damaged or truncated"):
        clean_image(path)


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("notes.png", b"Patient notes, not an image at all.\n", "not an image Pillow can read"),
        ("page.pdf", b"%PDF-1.4\n1 0 obj\n<<>>\nendobj\n", "not an image Pillow can read"),
        ("half.png", saved(photo((200, 200)), "PNG")[:3000], "damaged or truncated"),
        ("half.jpg", saved(photo((200, 200)), "JPEG")[:1500], "damaged or truncated"),
    ],
)
def test_unreadable_files_refused(tmp_path: Path, name: str, data: bytes, message: str) -> None:
    path = write(tmp_path, name, data)

    with pytest.raises(ImageError, match=message) as caught:
        clean_image(path)
    assert str(tmp_path) not in str(caught.value)


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(ImageError, match="file not found"):
        clean_image(tmp_path / "absent.png")


def test_window_only_for_dicom(tmp_path: Path) -> None:
    path = write(tmp_path, "x.png", saved(photo(), "PNG"))

    with pytest.raises(ImageError, match="applies only to DICOM"):
        clean_image(path, window=(40, 400))


# -- bit depth and colour modes ---------------------------------------------


def sixteen_bit(values: list[int], width: int) -> Image.Image:
    im = Image.new("I;16", (width, len(values) // width))
    im.putdata(values)
    return im


@pytest.mark.parametrize(("fmt", "mode"), [("PNG", "I;16"), ("TIFF", "I;16B"), ("TIFF", "F")])
def test_high_depth_gradient_spans_8_bits(tmp_path: Path, fmt: str, mode: str) -> None:
    ramp = sixteen_bit([x * 257 for x in range(256)] * 4, 256)
    if mode == "F":
        ramp = ramp.convert("F")
    elif mode != "I;16":
        ramp = ramp.convert("I").convert(mode)
    path = write(tmp_path, f"ramp.{fmt.lower()}", saved(ramp, fmt))
    with Image.open(path) as check:
        assert check.mode == mode

    master, _ = clean_image(path)

    with Image.open(io.BytesIO(master.data)) as out:
        assert out.mode == "L"
        row = [grey_at(out, (x, 0)) for x in range(256)]
    assert row[0] == 0 and row[-1] == 255
    assert row == sorted(row)
    assert len(set(row)) > 200


def test_high_depth_ignores_a_few_hot_pixels(tmp_path: Path) -> None:
    values = [(x * 16) % 4096 for x in range(256 * 64)]  # 12-bit data in 16-bit words
    values[:5] = [65535] * 5  # a few saturated pixels must not crush the image to black
    path = write(tmp_path, "hot.png", saved(sixteen_bit(values, 256), "PNG"))

    master, _ = clean_image(path)

    with Image.open(io.BytesIO(master.data)) as out:
        assert grey_at(out, (255, 10)) >= 250  # value 4080 of 4095
        assert grey_at(out, (128, 10)) in range(120, 136)


def test_rgba_flattened_on_black(tmp_path: Path) -> None:
    im = Image.new("RGBA", (20, 10), (200, 100, 50, 255))
    im.paste((10, 220, 30, 0), (0, 0, 10, 10))  # transparent half
    path = write(tmp_path, "alpha.png", saved(im, "PNG"))

    master, _ = clean_image(path)

    with Image.open(io.BytesIO(master.data)) as out:
        assert out.mode == "RGB"
        assert out.getpixel((5, 5)) == (0, 0, 0)
        assert out.getpixel((15, 5)) == (200, 100, 50)


@pytest.mark.parametrize(
    ("mode", "fmt", "expected"),
    [
        ("L", "PNG", "L"),
        ("1", "PNG", "L"),
        ("LA", "PNG", "L"),
        ("RGB", "PNG", "RGB"),
        ("P", "GIF", "RGB"),
        ("CMYK", "JPEG", "RGB"),
        ("CMYK", "TIFF", "RGB"),
        ("YCbCr", "JPEG", "RGB"),
    ],
)
def test_modes_become_l_or_rgb(tmp_path: Path, mode: str, fmt: str, expected: str) -> None:
    path = write(tmp_path, f"m.{fmt.lower()}", saved(photo().convert(mode), fmt))

    master, _ = clean_image(path)

    with Image.open(io.BytesIO(master.data)) as out:
        assert out.mode == expected


def test_cmyk_colours_kept(tmp_path: Path) -> None:
    im = Image.new("CMYK", (16, 16), (255, 0, 0, 0))  # pure cyan
    path = write(tmp_path, "cyan.tif", saved(im, "TIFF"))

    master, _ = clean_image(path)

    with Image.open(io.BytesIO(master.data)) as out:
        assert out.getpixel((8, 8)) == (0, 255, 255)


def test_grey_stored_as_rgb_becomes_l(tmp_path: Path) -> None:
    grey = photo().convert("L")
    path = write(tmp_path, "grey.png", saved(grey.convert("RGB"), "PNG"))

    master, _ = clean_image(path)

    with Image.open(io.BytesIO(master.data)) as out:
        assert out.mode == "L"
        assert out.tobytes() == grey.tobytes()


def test_transparent_gif_frame_choice(tmp_path: Path) -> None:
    frames = [Image.new("P", (8, 8), i) for i in (1, 2)]
    for im in frames:
        im.putpalette([0, 0, 0, 250, 0, 0, 0, 0, 250] + [0] * 759)
    path = tmp_path / "two.gif"
    frames[0].save(path, save_all=True, append_images=frames[1:], transparency=0)

    first, _ = clean_image(path)
    second, _ = clean_image(path, frame=2)

    assert clean_image(path, frame=1)[0].data == first.data
    with Image.open(io.BytesIO(first.data)) as a, Image.open(io.BytesIO(second.data)) as b:
        assert a.getpixel((0, 0)) == (250, 0, 0)
        assert b.getpixel((0, 0)) == (0, 0, 250)
    for missing in (0, 3):
        with pytest.raises(
            ImageError, match=rf"frame {missing} does not exist: .* has 2 \(1 to 2\)"
        ):
            clean_image(path, frame=missing)


# -- redaction and crop -----------------------------------------------------


def numbered(size: tuple[int, int]) -> Image.Image:
    """Each pixel's value is (x + 3y) mod 250 + 1: never 0, so black means redacted."""
    width, height = size
    im = Image.new("L", size)
    im.putdata([(x + 3 * y) % 250 + 1 for y in range(height) for x in range(width)])
    return im


def test_redact_then_crop(tmp_path: Path) -> None:
    original = numbered((100, 80))
    path = write(tmp_path, "n.png", saved(original, "PNG"))
    boxes = [(10, 10, 30, 30), (50, 0, 60, 5)]

    master, _ = clean_image(path, redact=boxes, crop=(5, 2, 55, 42))

    assert (master.width, master.height) == (50, 40)
    with Image.open(io.BytesIO(master.data)) as out:
        for y in range(40):
            for x in range(50):
                ox, oy = x + 5, y + 2
                hidden = any(x0 <= ox < x1 and y0 <= oy < y1 for x0, y0, x1, y1 in boxes)
                assert out.getpixel((x, y)) == (0 if hidden else original.getpixel((ox, oy)))


def test_redact_colour_image_is_solid_black(tmp_path: Path) -> None:
    path = write(tmp_path, "c.png", saved(photo(), "PNG"))

    master, _ = clean_image(path, redact=[(0, 0, 64, 10)])

    with Image.open(io.BytesIO(master.data)) as out:
        assert out.crop((0, 0, 64, 10)).getextrema() == ((0, 0), (0, 0), (0, 0))
        assert out.crop((0, 10, 64, 48)).getextrema() != ((0, 0), (0, 0), (0, 0))


@pytest.mark.parametrize(
    ("crop", "redact", "message"),
    [
        ((0, 0, 9000, 10), (), r"crop box \[0, 0, 9000, 10\] lies outside the 64x48 image"),
        ((10, 10, 5, 20), (), r"crop box \[10, 10, 5, 20\] is empty"),
        ((0, 0, 10, 10), ((-1, 0, 5, 5),), r"redact box \[-1, 0, 5, 5\] lies outside"),
        ((0, 0, 10, 10), ((0, 0, 65, 5),), r"redact box \[0, 0, 65, 5\] lies outside"),
        ((0, 0, 10, 10), ((3, 3, 3, 9),), r"redact box \[3, 3, 3, 9\] is empty"),
        ((0, 0, 10.5, 10), (), r"must be four whole numbers"),
        ((0, 0, 10), (), r"must be four whole numbers"),
    ],
)
def test_bad_boxes_refused(tmp_path: Path, crop: object, redact: object, message: str) -> None:
    path = write(tmp_path, "p.png", saved(photo(), "PNG"))

    with pytest.raises(ImageError, match=message):
        clean_image(path, crop=crop, redact=redact)  # type: ignore[arg-type]


# -- the master -------------------------------------------------------------


def test_master_is_lossless_png_and_deterministic(tmp_path: Path) -> None:
    original = photo((120, 90))
    path = write(tmp_path, "p.png", saved(original, "PNG", compress_level=9))

    first, _ = clean_image(path)
    second, _ = clean_image(path)

    assert first.data == second.data
    assert first.format == "PNG" and first.mime == "image/png"
    assert first.sha256 == hashlib.sha256(first.data).hexdigest()
    with Image.open(io.BytesIO(first.data)) as out:
        assert out.tobytes() == original.tobytes()


def test_clean_image_survives_pickling(tmp_path: Path) -> None:
    master, _ = clean_image(write(tmp_path, "p.png", saved(photo(), "PNG")))

    copy = pickle.loads(pickle.dumps(master))

    assert copy == master
    assert fit_image(copy, CAPS).data == fit_image(master, CAPS).data


# -- fitting to a platform --------------------------------------------------


def test_fitting_image_is_kept_as_is(tmp_path: Path) -> None:
    master, _ = clean_image(write(tmp_path, "p.png", saved(photo(), "PNG")))

    assert fit_image(master, CAPS) is master


@pytest.fixture(scope="module")
def big_photo(tmp_path_factory: pytest.TempPathFactory) -> CleanImage:
    path = tmp_path_factory.mktemp("photo") / "photo.jpg"
    noisy_photo((4000, 3000)).save(path, "JPEG", quality=98)
    master, _ = clean_image(path)
    assert len(master.data) > 5_000_000
    return master


def test_noisy_photo_fits_a_million_bytes(big_photo: CleanImage) -> None:
    capabilities = Capabilities(text_limit=300, image_max_bytes=1_000_000)

    out = fit_image(big_photo, capabilities)

    assert out.format == "JPEG" and out.mime == "image/jpeg"
    assert 800_000 < len(out.data) <= 1_000_000  # the budget is used, not wasted
    assert_pixels_only(out.data)
    with Image.open(io.BytesIO(out.data)) as im:
        assert im.size == (out.width, out.height)
        assert abs(im.width / im.height - 4 / 3) < 0.01


def test_fit_is_deterministic_and_needs_no_cache(big_photo: CleanImage) -> None:
    capabilities = Capabilities(text_limit=300, image_max_bytes=1_000_000)
    stored = CleanImage(big_photo.data, big_photo.format, big_photo.width, big_photo.height)

    assert fit_image(big_photo, capabilities).data == fit_image(stored, capabilities).data


def test_photo_for_png_only_platform_is_downscaled(big_photo: CleanImage) -> None:
    capabilities = Capabilities(text_limit=300, image_max_bytes=2_000_000, image_formats=("PNG",))

    out = fit_image(big_photo, capabilities)

    assert out.format == "PNG" and len(out.data) <= 2_000_000
    assert out.width < 4000
    assert_pixels_only(out.data)


@pytest.mark.parametrize(
    ("capabilities", "size"),
    [
        (Capabilities(text_limit=500, image_max_side=1000), (1000, 500)),
        (Capabilities(text_limit=500, image_max_pixels=125_000), (500, 250)),
        (Capabilities(text_limit=500, image_max_side=1600, image_max_pixels=200_000), (632, 316)),
    ],
)
def test_side_and_pixel_limits(
    tmp_path: Path, capabilities: Capabilities, size: tuple[int, int]
) -> None:
    master, _ = clean_image(write(tmp_path, "w.png", saved(noisy_photo((2000, 1000)), "PNG")))

    out = fit_image(master, capabilities)

    assert (out.width, out.height) == size
    with Image.open(io.BytesIO(out.data)) as im:
        assert im.size == size


def line_art(size: tuple[int, int], mode: str) -> Image.Image:
    im = Image.new(mode, size, "white")
    draw = ImageDraw.Draw(im)
    rng = random.Random(5)
    colours = ["black", "red", "blue"] if mode == "RGB" else [0, 90, 160]
    for k in range(80):
        points = [rng.randrange(size[0]), rng.randrange(size[1])] * 2
        points[2:] = [rng.randrange(size[0]), rng.randrange(size[1])]
        draw.line(points, fill=colours[k % 3], width=3)
    return im


@pytest.mark.parametrize("mode", ["L", "RGB"])
def test_line_art_stays_png(tmp_path: Path, mode: str) -> None:
    master, _ = clean_image(
        write(tmp_path, "chart.png", saved(line_art((2400, 1800), mode), "PNG"))
    )
    capabilities = Capabilities(text_limit=300, image_max_bytes=1_000_000, image_max_side=1200)

    out = fit_image(master, capabilities)

    assert out.format == "PNG"  # a JPEG would fit too, but blurs lines and text
    assert len(out.data) <= capabilities.image_max_bytes
    assert (out.width, out.height) == (1200, 900)


def test_photo_with_same_limits_becomes_jpeg(tmp_path: Path) -> None:
    master, _ = clean_image(write(tmp_path, "p.png", saved(noisy_photo((2400, 1800)), "PNG")))
    capabilities = Capabilities(text_limit=300, image_max_bytes=1_000_000, image_max_side=1200)

    out = fit_image(master, capabilities)

    assert out.format == "JPEG" and len(out.data) <= capabilities.image_max_bytes
    assert (out.width, out.height) == (1200, 900)


def test_line_art_as_jpeg_when_png_not_accepted(tmp_path: Path) -> None:
    master, _ = clean_image(write(tmp_path, "chart.png", saved(line_art((600, 400), "L"), "PNG")))

    out = fit_image(master, Capabilities(text_limit=300, image_formats=("JPEG",)))

    assert out.format == "JPEG"
    assert_pixels_only(out.data)


def test_grey_photo_becomes_jpeg(tmp_path: Path) -> None:
    grey = noisy_photo((1200, 900)).convert("L")
    master, _ = clean_image(write(tmp_path, "xr.png", saved(grey, "PNG")))
    capabilities = Capabilities(text_limit=300, image_max_bytes=len(master.data) // 2)

    out = fit_image(master, capabilities)

    assert out.format == "JPEG" and len(out.data) <= capabilities.image_max_bytes
    with Image.open(io.BytesIO(out.data)) as im:
        assert im.mode == "L" and im.size == (1200, 900)


def test_no_writable_format(tmp_path: Path) -> None:
    master, _ = clean_image(write(tmp_path, "p.png", saved(photo(), "PNG")))

    with pytest.raises(ImageError, match="accepts GIF"):
        fit_image(master, Capabilities(text_limit=300, image_formats=("GIF",)))


def test_impossible_byte_limit(tmp_path: Path) -> None:
    master, _ = clean_image(write(tmp_path, "p.png", saved(photo(), "PNG")))

    with pytest.raises(ImageError, match="cannot make the image fit the platform's 100 bytes"):
        fit_image(master, Capabilities(text_limit=300, image_max_bytes=100))


def test_detail_hidden_between_sampled_rows_still_fits(tmp_path: Path) -> None:
    # Flat bands every 128 rows, noise elsewhere: a row sample of this image
    # underestimates it badly, and the result must still respect the limit.
    im = Image.effect_noise((1024, 2048), 60)
    for top in range(0, 2048, 128):
        im.paste(128, (0, top, 1024, top + 16))
    master, _ = clean_image(write(tmp_path, "striped.png", saved(im, "PNG")))
    capabilities = Capabilities(text_limit=300, image_max_bytes=700_000)

    out = fit_image(master, capabilities)

    assert out.format == "JPEG"
    assert 600_000 < len(out.data) <= 700_000
    assert (out.width, out.height) == (1024, 2048)


def test_folder_instead_of_file(tmp_path: Path) -> None:
    folder = tmp_path / "images.png"
    folder.mkdir()

    with pytest.raises(ImageError, match="cannot read the file"):
        clean_image(folder)


def test_a_broken_colour_profile_is_logged_not_dropped_silently(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    path = tmp_path / "photo.png"
    Image.new("RGB", (32, 24), (120, 60, 30)).save(path, "PNG", icc_profile=b"not a profile")
    caplog.set_level(logging.WARNING, logger="publisher")
    clean, _ = clean_image(path)
    assert clean.width == 32
    assert any("colour profile cannot be applied" in r.getMessage() for r in caplog.records)
