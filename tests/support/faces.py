"""Pictures with and without human faces, for the face check.

Faces come from public-domain photographs that ship inside wheels the tests install:
scikit-image's ``astronaut`` and ``camera`` and matplotlib's ``grace_hopper``. They are
used whole, in grey, pasted at several sizes into radiograph-like pictures (a clinical
photograph beside a film), and shaded like a 3D surface rendering of the head. The
pictures that must not trigger are radiology of every kind: drawn radiographs (a
face-down skull among them), CT, MR and ultrasound drawings, the sample cases' images,
pydicom's real CT, MR and ultrasound files, matplotlib's MR slice, the Shepp-Logan
phantom, and diagrams.
"""

from __future__ import annotations

import functools
import gzip
import math
import random
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from PIL import Image, ImageChops, ImageDraw, ImageFilter, ImageOps

from tests.support.radiographs import Box, font, radiograph

ROOT = Path(__file__).resolve().parents[2]


@dataclass(frozen=True)
class Picture:
    """A picture and where its face is (None: no face)."""

    name: str
    image: Image.Image
    face: Box | None = None

    def save(self, folder: Path) -> Path:
        path = folder / f"{self.name}.png"
        self.image.save(path)
        return path


# -- photographs with faces ------------------------------------------------------------


@functools.cache
def photographs() -> dict[str, tuple[Image.Image, Box]]:
    """The photographs and a generous box around each face."""
    import matplotlib
    from skimage import data

    hopper = Image.open(Path(matplotlib.get_data_path()) / "sample_data" / "grace_hopper.jpg")
    return {
        "astronaut": (Image.fromarray(data.astronaut()), (150, 40, 290, 190)),
        "camera": (Image.fromarray(data.camera()), (140, 60, 270, 210)),
        "hopper": (hopper.convert("RGB"), (130, 110, 390, 350)),
    }


def _scaled(box: Box, factor: float, shift: tuple[int, int] = (0, 0)) -> Box:
    x0, y0, x1, y1 = box
    dx, dy = shift
    return (round(x0 * factor) + dx, round(y0 * factor) + dy,
            round(x1 * factor) + dx, round(y1 * factor) + dy)  # fmt: skip


def _head(photo: Image.Image, face: Box, margin: float = 0.35) -> tuple[Image.Image, Box]:
    """The face with some head around it; the face box in the crop's coordinates."""
    x0, y0, x1, y1 = face
    mx, my = (x1 - x0) * margin, (y1 - y0) * margin
    crop = (max(0, round(x0 - mx)), max(0, round(y0 - my)),
            min(photo.width, round(x1 + mx)), min(photo.height, round(y1 + my)))  # fmt: skip
    return photo.crop(crop), (x0 - crop[0], y0 - crop[1], x1 - crop[0], y1 - crop[1])


def rendering(photo: Image.Image) -> Image.Image:
    """Shade a face like a 3D surface rendering of CT: one tint, smooth skin, black around."""
    grey = ImageOps.autocontrast(photo.convert("L").filter(ImageFilter.GaussianBlur(2)))
    skin = ImageOps.colorize(grey, black=(20, 10, 5), mid=(190, 140, 110), white=(255, 235, 210))
    ring = Image.new("L", photo.size, 0)
    w, h = photo.size
    ImageDraw.Draw(ring).ellipse((w * 0.05, h * 0.02, w * 0.95, h * 0.98), fill=255)
    out = Image.new("RGB", photo.size, 0)
    out.paste(skin, mask=ring.filter(ImageFilter.GaussianBlur(w / 30)))
    return out


def face_pictures() -> Iterator[Picture]:
    """Photographs whole, in grey, pasted into films at several sizes, and as renderings."""
    for name, (photo, face) in photographs().items():
        yield Picture(f"photo-{name}", photo, face)
        if photo.mode == "RGB":
            yield Picture(f"photo-{name}-grey", photo.convert("L"), face)
        head, hface = _head(photo, face)
        for n, side in enumerate((64, 96, 128, 192, 256, 384)):
            yield _pasted(name, head, hface, side, seed=n)
        yield _rendered(name, head, hface)
    yield _montage()


def _pasted(name: str, head: Image.Image, face: Box, side: int, seed: int) -> Picture:
    """A photograph of the patient pasted into a radiograph, as teaching slides do."""
    factor = side / head.width
    small = head.resize((side, round(head.height * factor)), Image.Resampling.LANCZOS)
    size = ((512, 512), (1024, 768), (768, 1024))[seed % 3]
    film = radiograph(size, 300 + seed)
    x, y = (size[0] - small.width - 20, 20) if seed % 2 else (20, size[1] - small.height - 20)
    if small.mode == "RGB" and seed % 2:
        film = film.convert("RGB")
    film.paste(small if film.mode == small.mode else small.convert(film.mode), (x, y))
    return Picture(f"pasted-{name}-{side}px", film, _scaled(face, factor, (x, y)))


def _rendered(name: str, head: Image.Image, face: Box) -> Picture:
    side = 400
    factor = side / head.width
    small = head.resize((side, round(head.height * factor)), Image.Resampling.LANCZOS)
    canvas = Image.new("RGB", (512, 512), 0)
    x, y = (512 - small.width) // 2, (512 - small.height) // 2
    canvas.paste(rendering(small), (x, y))
    return Picture(f"rendering-{name}", canvas, _scaled(face, factor, (x, y)))


def _montage() -> Picture:
    """A colour clinical photograph beside a CT slice on one slide."""
    photo, face = photographs()["hopper"]
    ct = axial_ct(512, 7).convert("RGB")
    slide = Image.new("RGB", (1024 + 40, 600), (255, 255, 255))
    slide.paste(ct, (0, 44))
    slide.paste(photo, (552, 0))
    return Picture("montage-photo-and-ct", slide, _scaled(face, 1, (552, 0)))


# -- radiology that must not trigger ---------------------------------------------------


def _ellipse(draw: ImageDraw.ImageDraw, cx: float, cy: float, rx: float, ry: float,
             **kw: object) -> None:  # fmt: skip
    draw.ellipse((cx - rx, cy - ry, cx + rx, cy + ry), **kw)  # type: ignore[arg-type]


def _grain(im: Image.Image, amount: int) -> Image.Image:
    return ImageChops.add(im, Image.effect_noise(im.size, amount), offset=-128)


def skull_pa(side: int, seed: int) -> Image.Image:
    """A face-down (PA) skull radiograph: vault, orbits, nasal cavity, sinuses, jaw, teeth."""
    rnd = random.Random(seed)
    im = Image.new("L", (side, round(side * 1.15)), 8)
    d = ImageDraw.Draw(im)
    w, h = im.size
    cx = w / 2
    _ellipse(d, cx, h * 0.42, w * 0.40, h * 0.40, fill=150)  # the vault
    _ellipse(d, cx, h * 0.42, w * 0.36, h * 0.36, fill=95)
    for sign in (-1, 1):  # orbits with their bright rims
        ox = cx + sign * w * 0.14
        _ellipse(d, ox, h * 0.50, w * 0.10, h * 0.075, fill=185)
        _ellipse(d, ox, h * 0.50, w * 0.08, h * 0.058, fill=45 + rnd.randrange(20))
        _ellipse(d, cx + sign * w * 0.13, h * 0.64, w * 0.07, h * 0.05, fill=40)  # maxillary sinus
    d.polygon([(cx, h * 0.53), (cx - w * 0.05, h * 0.66), (cx + w * 0.05, h * 0.66)], fill=30)
    d.line((cx, h * 0.53, cx, h * 0.66), fill=150, width=max(2, w // 120))  # nasal septum
    d.arc((cx - w * 0.24, h * 0.55, cx + w * 0.24, h * 0.95), 20, 160, fill=200, width=w // 25)
    for k in range(-7, 8):  # teeth along the arch
        tx = cx + k * w * 0.022
        d.rectangle((tx - w * 0.008, h * 0.74, tx + w * 0.008, h * 0.79), fill=230)
    im = im.filter(ImageFilter.GaussianBlur(side / 250))
    return _grain(im, 8)


def skull_lateral(side: int, seed: int) -> Image.Image:
    im = Image.new("L", (side, side), 10)
    d = ImageDraw.Draw(im)
    _ellipse(d, side * 0.52, side * 0.42, side * 0.38, side * 0.32, fill=160)
    _ellipse(d, side * 0.52, side * 0.42, side * 0.34, side * 0.28, fill=90)
    _ellipse(d, side * 0.22, side * 0.55, side * 0.07, side * 0.06, fill=50)  # orbit
    d.arc((side * 0.15, side * 0.5, side * 0.6, side * 0.95), 60, 170, fill=200, width=side // 28)
    return _grain(im.filter(ImageFilter.GaussianBlur(side / 250)), 8 + seed % 4)


def chest_pa(side: int, seed: int) -> Image.Image:
    im = Image.new("L", (side, side), 15)
    d = ImageDraw.Draw(im)
    _ellipse(d, side * 0.5, side * 0.55, side * 0.45, side * 0.48, fill=120)
    for sign in (-1, 1):
        _ellipse(d, side * (0.5 + sign * 0.2), side * 0.5, side * 0.15, side * 0.33, fill=45)
    _ellipse(d, side * 0.55, side * 0.62, side * 0.14, side * 0.12, fill=150)  # heart
    d.rectangle((side * 0.47, side * 0.1, side * 0.53, side * 0.9), fill=170)  # spine
    for k in range(9):  # ribs
        y = side * (0.25 + k * 0.07)
        d.arc(
            (side * 0.1, y - side * 0.05, side * 0.9, y + side * 0.12), 190, 350, fill=150, width=4
        )
    return _grain(im.filter(ImageFilter.GaussianBlur(side / 200)), 10 + seed % 5)


def axial_ct(side: int, seed: int, *, head: bool = False) -> Image.Image:
    """An axial slice: the head (skull ring, brain, ventricles) or the abdomen."""
    rnd = random.Random(seed)
    im = Image.new("L", (side, side), 0)
    d = ImageDraw.Draw(im)
    c = side / 2
    if head:
        _ellipse(d, c, c, side * 0.36, side * 0.44, fill=250)
        _ellipse(d, c, c, side * 0.33, side * 0.41, fill=110)
        for sign in (-1, 1):
            _ellipse(d, c + sign * side * 0.05, c, side * 0.03, side * 0.1, fill=40)
        return _grain(im.filter(ImageFilter.GaussianBlur(1)), 6)
    _ellipse(d, c, c, side * 0.45, side * 0.33, fill=95)  # body
    _ellipse(d, c, c, side * 0.42, side * 0.30, fill=120)
    _ellipse(d, c - side * 0.15, c - side * 0.05, side * 0.14, side * 0.12, fill=140)  # liver
    _ellipse(d, c + side * 0.18, c + side * 0.02, side * 0.05, side * 0.07, fill=150)  # kidney
    _ellipse(d, c - side * 0.18, c + side * 0.02, side * 0.05, side * 0.07, fill=150)
    _ellipse(d, c, c + side * 0.15, side * 0.05, side * 0.05, fill=240)  # vertebra
    _ellipse(d, c + side * 0.03, c + side * 0.03, side * 0.025, side * 0.025, fill=200)  # aorta
    for _ in range(6):  # bowel gas
        x, y = c + rnd.uniform(-0.2, 0.2) * side, c + rnd.uniform(-0.15, 0.05) * side
        _ellipse(d, x, y, side * 0.03, side * 0.02, fill=5)
    return _grain(im.filter(ImageFilter.GaussianBlur(1)), 8)


def brain_mr(side: int, seed: int) -> Image.Image:
    im = Image.new("L", (side, side), 0)
    d = ImageDraw.Draw(im)
    c = side / 2
    _ellipse(d, c, c, side * 0.38, side * 0.45, fill=60)
    _ellipse(d, c, c, side * 0.35, side * 0.42, fill=140)
    for k in range(14):  # gyri
        a = 2 * math.pi * k / 14
        _ellipse(d, c + math.cos(a) * side * 0.3, c + math.sin(a) * side * 0.36,
                 side * 0.04, side * 0.04, fill=170)  # fmt: skip
    for sign in (-1, 1):
        _ellipse(d, c + sign * side * 0.06, c, side * 0.035, side * 0.12, fill=230)
    return _grain(im.filter(ImageFilter.GaussianBlur(1.5)), 6 + seed % 4)


def ultrasound(side: int, seed: int) -> Image.Image:
    rnd = random.Random(seed)
    im = Image.new("L", (side, side), 0)
    d = ImageDraw.Draw(im)
    d.pieslice((-side * 0.3, -side * 0.9, side * 1.3, side * 0.95), 55, 125, fill=70)
    speckle = Image.effect_noise((side, side), 40).filter(ImageFilter.GaussianBlur(1))
    im = ImageChops.multiply(im.point(lambda v: v * 3), speckle)
    d = ImageDraw.Draw(im)
    for _ in range(2):  # an anechoic cyst and a bright interface
        _ellipse(d, side * rnd.uniform(0.35, 0.65), side * rnd.uniform(0.4, 0.7),
                 side * 0.07, side * 0.05, fill=5)  # fmt: skip
    d.arc((side * 0.2, side * 0.3, side * 0.8, side * 0.9), 200, 340, fill=210, width=3)
    return im


def diagram(side: int, seed: int) -> Image.Image:
    """A teaching diagram: flat colours, outlines and a few words."""
    im = Image.new("RGB", (side, side), (255, 255, 255))
    d = ImageDraw.Draw(im)
    colours = [(200, 60, 60), (60, 120, 200), (240, 200, 80), (90, 170, 90)]
    for k, colour in enumerate(colours):
        _ellipse(d, side * (0.3 + 0.13 * k), side * 0.45, side * 0.12, side * 0.2,
                 fill=colour, outline=(0, 0, 0), width=2)  # fmt: skip
    d.text((side * 0.1, side * 0.8), "Salter-Harris type II", font=font(seed, 24), fill=0)
    return im


def _sample_images() -> Iterator[Picture]:
    for path in sorted((ROOT / "content" / "cases").glob("*/*.png")):
        yield Picture(f"sample-{path.parent.name}-{path.stem}", Image.open(path).convert("L"))


def _dicom_images() -> Iterator[Picture]:
    """Real CT, MR and ultrasound from pydicom's bundled test files, through our decoder."""
    try:
        from pydicom.data import get_testdata_file
    except ImportError:
        return
    from publisher.images.cleaning import clean_image, decoded

    for name in ("CT_small.dcm", "MR_small.dcm", "liver_1frame.dcm", "JPEG2000.dcm",
                 "examples_ybr_color.dcm", "examples_palette.dcm", "emri_small.dcm"):  # fmt: skip
        path = get_testdata_file(name, download=False)
        if path is not None:
            image, _risk = clean_image(Path(path))
            yield Picture(f"dicom-{Path(name).stem}", decoded(image))


def _matplotlib_mr() -> Picture:
    """matplotlib's sample MR slice (256x256, 16-bit), windowed to 8 bits."""
    import matplotlib
    import numpy as np

    with gzip.open(Path(matplotlib.get_data_path()) / "sample_data" / "s1045.ima.gz") as fh:
        raw = fh.read()
    values = np.frombuffer(raw, np.uint16).reshape((256, 256)).astype(float)
    grey = np.clip(values / np.percentile(values, 99.5) * 255, 0, 255).astype("uint8")
    return Picture("mr-matplotlib-s1045", Image.fromarray(grey).resize((512, 512)))


def _phantom() -> Picture:
    from skimage import data

    return Picture(
        "phantom-shepp-logan", Image.fromarray(data.shepp_logan_phantom() * 255).convert("L")
    )


def clean_radiology() -> Iterator[Picture]:
    """Radiology of every kind, and diagrams: none of them shows a face."""
    for seed, side in enumerate((512, 1024, 2048)):
        yield Picture(f"skull-pa-{side}", skull_pa(side, seed))
        yield Picture(f"skull-lateral-{side}", skull_lateral(side, seed))
        yield Picture(f"chest-pa-{side}", chest_pa(side, seed))
        yield Picture(f"ct-head-{side}", axial_ct(side, seed, head=True))
        yield Picture(f"ct-abdomen-{side}", axial_ct(side, seed))
        yield Picture(f"mr-brain-{side}", brain_mr(side, seed))
        yield Picture(f"us-{side}", ultrasound(side, seed))
        yield Picture(f"diagram-{side}", diagram(side, seed))
    yield from _sample_images()
    yield from _dicom_images()
    yield _matplotlib_mr()
    yield _phantom()
