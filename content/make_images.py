"""Draw the synthetic images of the sample teaching cases.

Every picture is a schematic drawing built from ellipses, polygons and lines
with Pillow alone: no patient data is involved. Run it from anywhere with

    python content/make_images.py

The output is deterministic (any randomness uses a fixed seed), so running it
again produces the same bytes; files whose bytes are unchanged are not
rewritten. Images are 8-bit grayscale PNGs without metadata or text.
"""

from __future__ import annotations

import io
import itertools
import math
import random
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

from PIL import Image, ImageChops, ImageDraw, ImageFilter

CASES = Path(__file__).resolve().parent / "cases"

Point = tuple[float, float]
Shape = Callable[[ImageDraw.ImageDraw], None]


# --- geometry ---------------------------------------------------------------


def ellipse_points(cx: float, cy: float, rx: float, ry: float, angle: float = 0.0) -> list[Point]:
    """Points on an ellipse whose x radius is turned by `angle` degrees (clockwise)."""
    a = math.radians(angle)
    points = []
    for i in range(96):
        t = 2 * math.pi * i / 96
        x, y = rx * math.cos(t), ry * math.sin(t)
        points.append(
            (cx + x * math.cos(a) - y * math.sin(a), cy + x * math.sin(a) + y * math.cos(a))
        )
    return points


def pts(text: str) -> list[Point]:
    """Points written like an SVG ``points`` attribute: "x,y x,y ..."."""
    return [(float(x), float(y)) for x, y in (pair.split(",") for pair in text.split())]


def curve(p0: Point, p1: Point, p2: Point, n: int = 24) -> list[Point]:
    """A quadratic Bezier curve from p0 to p2, pulled towards p1."""
    points = []
    for i in range(n + 1):
        t = i / n
        points.append(
            (
                (1 - t) ** 2 * p0[0] + 2 * (1 - t) * t * p1[0] + t**2 * p2[0],
                (1 - t) ** 2 * p0[1] + 2 * (1 - t) * t * p1[1] + t**2 * p2[1],
            )
        )
    return points


def mirror(points: Iterable[Point], width: int) -> list[Point]:
    """Reflect points left to right across the middle of an image `width` wide."""
    return [(width - x, y) for x, y in points]


def scale(points: Iterable[Point], center: Point, factor: float) -> list[Point]:
    """Shrink or grow points towards or away from `center`."""
    cx, cy = center
    return [(cx + (x - cx) * factor, cy + (y - cy) * factor) for x, y in points]


def rotate(points: Iterable[Point], center: Point, angle: float) -> list[Point]:
    """Turn points about `center` by `angle` degrees (clockwise on screen)."""
    a = math.radians(angle)
    cx, cy = center
    return [
        (
            cx + (x - cx) * math.cos(a) - (y - cy) * math.sin(a),
            cy + (x - cx) * math.sin(a) + (y - cy) * math.cos(a),
        )
        for x, y in points
    ]


def shift(points: Iterable[Point], dx: float, dy: float) -> list[Point]:
    return [(x + dx, y + dy) for x, y in points]


# --- shapes: callables that draw a white (255) mask -------------------------


def ellipse(cx: float, cy: float, rx: float, ry: float, angle: float = 0.0) -> Shape:
    return polygon(ellipse_points(cx, cy, rx, ry, angle))


def ring(cx: float, cy: float, rx: float, ry: float, width: int, angle: float = 0.0) -> Shape:
    return outline(ellipse_points(cx, cy, rx, ry, angle), width)


def polygon(points: Iterable[Point]) -> Shape:
    pts = list(points)
    return lambda d: d.polygon(pts, fill=255)


def outline(points: Iterable[Point], width: int) -> Shape:
    pts = list(points)
    return line([*pts, pts[0], pts[1]], width)


def line(points: Iterable[Point], width: int) -> Shape:
    pts = list(points)
    return lambda d: d.line(pts, fill=255, width=width, joint="curve")


def rod(p0: Point, p1: Point, width: float) -> Shape:
    """A straight tube with round ends, like a long bone or a vessel."""
    r = width / 2

    def draw(d: ImageDraw.ImageDraw) -> None:
        d.line([p0, p1], fill=255, width=round(width))
        for x, y in (p0, p1):
            d.ellipse((x - r, y - r, x + r, y + r), fill=255)

    return draw


def union(*shapes: Shape) -> Shape:
    def draw(d: ImageDraw.ImageDraw) -> None:
        for shape in shapes:
            shape(d)

    return draw


# --- the canvas -------------------------------------------------------------


class Canvas:
    """A grayscale picture built up by adding, removing or painting density."""

    def __init__(self, size: int = 512, background: int = 0) -> None:
        self.size = size
        self.image = Image.new("L", (size, size), background)

    def mask(
        self, shape: Shape, blur: float = 0, clip: Shape | None = None, exclude: Shape | None = None
    ) -> Image.Image:
        mask = Image.new("L", self.image.size, 0)
        shape(ImageDraw.Draw(mask))
        if clip is not None:
            mask = ImageChops.multiply(mask, self.mask(clip))
        if exclude is not None:
            mask = ImageChops.subtract(mask, self.mask(exclude))
        return mask.filter(ImageFilter.GaussianBlur(blur)) if blur else mask

    def add(
        self,
        shape: Shape,
        amount: int,
        blur: float = 1.5,
        clip: Shape | None = None,
        exclude: Shape | None = None,
    ) -> None:
        """Make the shape brighter by `amount` (darker when negative), like extra tissue."""
        mask = self.mask(shape, blur, clip, exclude)
        layer = mask.point(lambda v: v * abs(amount) // 255)
        op = ImageChops.add if amount > 0 else ImageChops.subtract
        self.image = op(self.image, layer)

    def paint(
        self,
        shape: Shape,
        value: int,
        blur: float = 1.0,
        clip: Shape | None = None,
        exclude: Shape | None = None,
    ) -> None:
        """Set the shape to one gray value, like fluid, gas or contrast."""
        solid = Image.new("L", self.image.size, value)
        self.image = Image.composite(solid, self.image, self.mask(shape, blur, clip, exclude))

    def grain(self, seed: int, amount: int, cell: int = 4) -> None:
        """Add soft, seeded noise (film grain or ultrasound speckle)."""
        n = self.size // cell
        noise = Image.frombytes("L", (n, n), random.Random(seed).randbytes(n * n))
        noise = noise.resize(self.image.size, Image.Resampling.BICUBIC)
        centred = noise.point(lambda v: 128 + (v - 128) * amount // 128)
        self.image = ImageChops.add(self.image, centred, offset=-128)

    def soften(self, radius: float = 0.7) -> None:
        self.image = self.image.filter(ImageFilter.GaussianBlur(radius))


def bone(c: Canvas, outer: Shape, inner: Shape, density: int = 75, cortex: int = 50) -> None:
    """A bone: medulla of `density` with a brighter cortical rim between outer and inner."""
    c.add(outer, density + cortex, blur=1.2)
    c.add(inner, -cortex, blur=2.0)


def bone_ellipse(
    c: Canvas, cx: float, cy: float, rx: float, ry: float, angle: float = 0.0, density: int = 75
) -> Shape:
    shape = ellipse(cx, cy, rx, ry, angle)
    bone(c, shape, ellipse(cx, cy, rx - 5, ry - 5, angle), density)
    return shape


def bone_rod(c: Canvas, p0: Point, p1: Point, width: float, density: int = 75) -> Shape:
    shape = rod(p0, p1, width)
    bone(c, shape, rod(p0, p1, width - 12), density)
    return shape


def bone_polygon(c: Canvas, points: Sequence[Point], density: int = 75) -> Shape:
    cx = sum(x for x, _ in points) / len(points)
    cy = sum(y for _, y in points) / len(points)
    shape = polygon(points)
    bone(c, shape, polygon(scale(points, (cx, cy), 0.9)), density)
    return shape


def fracture(
    c: Canvas, points: Sequence[Point], within: Shape, amount: int = 80, width: int = 3
) -> None:
    """A lucent fracture line, drawn only inside the bone it crosses."""
    c.add(line(points, width), -amount, blur=0.8, clip=within)


# --- musculoskeletal ----------------------------------------------------------


def wrist_pa(c: Canvas) -> dict[str, Shape]:
    """PA wrist: radius on the left, ulna on the right, carpus and metacarpal bases."""
    c.add(
        polygon(pts("150,512 120,330 95,200 90,0 420,0 410,230 370,340 350,512")),
        40,
        blur=10,
    )
    bones = {
        "radius": bone_polygon(
            c,
            pts("178,540 165,400 140,330 146,314 200,322 268,330 262,400 252,540"),
        ),
        "ulna": bone_polygon(
            c,
            pts("290,540 288,400 292,348 318,342 340,330 342,352 328,400 326,540"),
            density=65,
        ),
    }
    bones["scaphoid"] = bone_ellipse(c, 188, 283, 48, 22, 45)
    for cx, cy, rx, ry in [
        (250, 296, 30, 25),
        (305, 290, 25, 22),
        (150, 225, 28, 24),
        (196, 220, 21, 23),
        (246, 228, 28, 40),
        (296, 234, 27, 32),
    ]:
        bone_ellipse(c, cx, cy, rx, ry)
    bone_ellipse(c, 320, 280, 15, 15, density=40)
    for p0, p1 in [
        ((138, 195), (95, 90)),
        ((196, 196), (186, -20)),
        ((246, 190), (246, -20)),
        ((294, 198), (302, -20)),
        ((332, 212), (358, -10)),
    ]:
        bone_rod(c, p0, p1, 32)
    return bones


def draw_scaphoid_pa(c: Canvas) -> None:
    bones = wrist_pa(c)
    fracture(c, pts("160,310 183,290 190,281 214,257"), bones["scaphoid"])


def draw_scaphoid_view(c: Canvas) -> None:
    c.add(polygon(pts("40,512 30,0 480,0 470,512")), 40, blur=12)
    bone_polygon(c, pts("60,540 70,420 110,380 330,395 360,430 350,540"))
    bone_ellipse(c, 390, 350, 62, 55)  # lunate
    bone_ellipse(c, 420, 200, 60, 90, 10)  # capitate
    bone_ellipse(c, 120, 120, 70, 55, -20)  # trapezium
    scaphoid = bone_ellipse(c, 240, 270, 150, 62, -25)
    fracture(c, pts("205,345 228,300 238,262 262,200"), scaphoid, amount=90, width=5)


def draw_colles_pa(c: Canvas) -> None:
    bones = wrist_pa(c)
    fracture(c, pts("140,372 200,378 270,370"), bones["radius"], amount=85, width=4)
    c.add(rod((150, 388), (262, 384), 7), 35, blur=2, clip=bones["radius"])  # impaction
    c.add(line([(322, 338), (345, 348)], 4), -80, blur=0.8)  # ulnar styloid


def draw_colles_lateral(c: Canvas) -> None:
    c.add(polygon(pts("130,512 120,260 140,0 390,0 400,260 390,512")), 40, blur=12)
    bone_rod(c, (222, 540), (218, 372), 46, density=22)  # ulna, behind
    radius = bone_polygon(c, pts("166,540 170,360 256,356 260,540"))
    hinge = (258, 356)
    fragment = rotate(pts("170,362 258,356 264,312 246,300 196,298 170,310"), hinge, 16)
    bone_polygon(c, shift(fragment, 10, -4))
    lunate, capitate = shift(rotate([(222, 270), (228, 200)], hinge, 16), 10, -4)
    bone_ellipse(c, *lunate, 40, 28, 16)
    bone_ellipse(c, *capitate, 34, 46, 16)
    for dx in (-24, -8, 8, 24):
        bone_rod(c, (capitate[0] + dx, capitate[1] - 40), (278 + dx, -20), 34, density=30)
    fracture(c, [(164, 362), (262, 358)], radius, amount=60, width=5)


def draw_segond(c: Canvas) -> None:
    c.add(polygon(pts("110,0 400,0 420,300 390,512 120,512 95,300")), 40, blur=12)
    shaft = pts("200,-10 312,-10 318,160 366,230 256,250 146,230 194,160")
    condyles = [(200, 262, 60, 42), (312, 262, 60, 42)]
    bone(
        c,
        union(polygon(shaft), *(ellipse(*e) for e in condyles)),
        union(
            polygon(scale(shaft, (256, 150), 0.9)),
            *(ellipse(x, y, rx - 6, ry - 6) for x, y, rx, ry in condyles),
        ),
    )
    c.add(ellipse(256, 292, 20, 26), -40, blur=3)  # notch
    c.add(ellipse(256, 200, 46, 56), 30, blur=6)  # patella
    bone_polygon(
        c,
        pts(
            "140,318 240,316 248,300 264,300 272,316 372,318 364,358 312,400 "
            "300,540 212,540 200,400 150,358"
        ),
    )
    bone_ellipse(c, 150, 386, 24, 28)  # fibular head
    bone_rod(c, (152, 400), (162, 540), 28)
    c.add(ellipse(132, 334, 11, 5, 78), 120, blur=1.0)  # avulsed sliver
    c.add(ellipse(143, 334, 5, 9), -40, blur=1.5)  # donor site


HIP = (150.0, 292.0)  # right femoral head


def femur(c: Canvas, flip: bool, slip: float) -> None:
    """A proximal femur; `slip` moves the capital epiphysis inferomedially off the neck."""

    def m(points: Iterable[Point]) -> list[Point]:
        return mirror(points, 512) if flip else list(points)

    bone_polygon(
        c,
        m(
            pts(
                "122,271 116,286 89,310 76,300 62,304 56,324 62,350 76,390 "
                "92,532 156,532 146,420 154,404 142,392 123,349 151,327 166,323"
            )
        ),
    )
    u, v = (0.76, -0.65), (0.65, 0.76)  # neck axis, across
    physis = (144.0, 297.0)
    gap = 3 + slip / 3
    cap = []
    for degrees in range(-90, 91, 10):
        a = gap + 32 * math.cos(math.radians(degrees))
        b = slip + 34 * math.sin(math.radians(degrees))
        cap.append((physis[0] + a * u[0] + b * v[0], physis[1] + a * u[1] + b * v[1]))
    c.add(polygon(m(cap)), 125, blur=1.2 + slip / 10)


def draw_scfe(c: Canvas) -> None:
    c.add(ellipse(256, 300, 300, 260), 35, blur=20)
    for flip in (False, True):
        femur(c, flip, slip=16 if flip else 0)
    bone_polygon(c, pts("224,30 288,30 292,82 220,82"), density=55)  # L5
    roof = [
        (HIP[0] + 46 * math.cos(math.radians(d)), HIP[1] + 46 * math.sin(math.radians(d)))
        for d in range(-20, -161, -10)
    ]
    for flip in (False, True):

        def m(points: Iterable[Point], flip: bool = flip) -> list[Point]:
            return mirror(points, 512) if flip else list(points)

        wing = [*curve((70, 214), (80, 40), (222, 96)), (228, 190), (200, 262), *roof, (96, 262)]
        bone_polygon(c, m(wing), density=50)
        c.add(line(m(roof), 6), 45)  # acetabular roof
        pubis = polygon(m(pts("118,332 160,320 200,302 250,320 252,372 212,400 150,404 124,384")))
        centre = m([(188, 352)])[0]
        angle = -20 if flip else 20
        c.add(pubis, 95, blur=1.2, exclude=ellipse(*centre, 32, 24, angle))  # obturator foramen
        c.add(outline(ellipse_points(*centre, 32, 24, angle), 5), 35, blur=1.2)
    bone_polygon(
        c,
        pts("222,96 290,96 284,190 270,250 256,262 242,250 228,190"),
        density=45,
    )  # sacrum
    for y in (130, 165, 200):
        c.add(union(ellipse(242, y, 6, 5), ellipse(270, y, 6, 5)), -35, blur=1.5)


# --- abdomen ------------------------------------------------------------------


def abdomen_radiograph(c: Canvas) -> None:
    """Supine abdomen: soft tissue, lumbar spine, pelvis and lower ribs."""
    c.add(polygon(pts("20,0 492,0 500,512 12,512")), 85, blur=16)
    for i in range(5):
        y = 16 + i * 80
        c.add(polygon([(224, y), (288, y), (292, y + 62), (220, y + 62)]), 40, blur=2)
        for x in (236, 276):
            c.add(ring(x, y + 18, 8, 11, 4), 25, blur=1)
        c.add(line([(200, y + 30), (312, y + 30)], 10), 15, blur=2)
    for flip in (False, True):
        wing = pts("30,512 48,420 110,372 200,392 226,512")
        c.add(polygon(mirror(wing, 512) if flip else wing), 45, blur=2)
        rib = curve((210, 20), (90, 30), (40, 120))
        c.add(line(mirror(rib, 512) if flip else rib, 14), 30, blur=2)
    c.add(polygon(pts("226,420 286,420 276,512 236,512")), 35, blur=2)
    c.add(ellipse(110, 120, 120, 90), 15, blur=20)  # liver


def bowel_loop(c: Canvas, points: Sequence[Point], width: int, level: float | None = None) -> None:
    """A gas-filled small bowel loop with valvulae; below `level` it holds fluid."""
    tube = line(points, width)
    fluid = polygon([(0, level), (512, level), (512, 512), (0, 512)]) if level else None
    c.add(tube, -60, blur=2, exclude=fluid)
    if level:
        c.add(line([(0, level), (512, level)], 2), 25, blur=0.6, clip=tube)
    for (x0, y0), (x1, y1) in itertools.pairwise(points):
        length = math.hypot(x1 - x0, y1 - y0)
        ux, uy = (x1 - x0) / length, (y1 - y0) / length
        for k in range(int(length // 12)):
            px, py = x0 + ux * (k * 12 + 6), y0 + uy * (k * 12 + 6)
            fold = line([(px - uy * width, py + ux * width), (px + uy * width, py - ux * width)], 2)
            c.add(fold, 45, blur=0.8, clip=tube, exclude=fluid)


def draw_sbo_supine(c: Canvas) -> None:
    abdomen_radiograph(c)
    bowel_loop(
        c,
        pts(
            "140,140 330,132 366,170 340,205 160,214 128,250 156,288 340,282 "
            "372,318 346,352 170,358 140,392"
        ),
        44,
    )
    bowel_loop(c, pts("380,90 420,130 410,230 420,300"), 40)


def draw_sbo_erect(c: Canvas) -> None:
    abdomen_radiograph(c)
    for x, y, length, gas in [
        (110, 130, 130, 12),
        (290, 150, 120, 6),
        (150, 250, 150, 14),
        (330, 270, 100, 4),
        (120, 370, 120, 10),
        (290, 385, 130, 16),
    ]:
        hairpin = [(x, y + 46), (x, y), (x + length, y), (x + length, y + 46)]
        bowel_loop(c, hairpin, 38, level=y + gas)


def draw_sigmoid_volvulus(c: Canvas) -> None:
    abdomen_radiograph(c)
    colon = pts("300,470 430,430 440,120 300,70")  # descending colon
    c.add(line(colon, 50), -45, blur=2)
    for x, y in pts("436,380 440,320 440,260 440,200 425,140 370,90"):
        for side in (-1, 1):
            c.add(line([(x + side * 25, y), (x + side * 12, y)], 3), 40, blur=0.8)
    loop = ellipse(215, 265, 205, 112, -112)
    c.add(loop, -75, blur=2)
    c.add(ring(215, 265, 205, 112, 6, -112), 35, blur=1.5)
    c.add(line(curve((285, 440), (250, 300), (178, 130)), 12), 70, blur=1.2)  # apposed walls


def ct_abdomen(c: Canvas) -> None:
    """Axial contrast CT at the level of the iliac crests: wall, spine, psoas, vessels."""
    c.paint(ellipse(256, 265, 236, 182), 72, blur=1.5)
    c.add(ring(256, 265, 234, 180, 3), 50, blur=0.8)
    c.add(ring(256, 265, 214, 160, 14), 42, blur=1.2)
    c.paint(union(ellipse(218, 108, 36, 12), ellipse(294, 108, 36, 12)), 118)
    for flip in (False, True):
        wing = curve((92, 270), (104, 360), (186, 400))
        c.paint(line(mirror(wing, 512) if flip else wing, 16), 220)
    c.paint(ellipse(256, 345, 40, 32), 215)
    c.paint(ellipse(256, 345, 32, 25), 175)
    c.paint(polygon(pts("236,372 276,372 286,420 256,440 226,420")), 205)
    c.paint(ellipse(256, 392, 11, 10), 70)
    c.paint(union(ellipse(210, 410, 30, 22), ellipse(302, 410, 30, 22)), 112)
    c.paint(union(ellipse(206, 338, 24, 22), ellipse(306, 338, 24, 22)), 112)
    c.paint(union(ellipse(234, 300, 9, 9), ellipse(278, 300, 9, 9)), 215)
    c.paint(union(ellipse(224, 318, 10, 9), ellipse(288, 318, 10, 9)), 150)


def draw_appendicitis(c: Canvas) -> None:
    ct_abdomen(c)
    for x, y, r in [
        (300, 170, 24),
        (352, 204, 26),
        (268, 228, 22),
        (384, 262, 24),
        (322, 256, 22),
        (238, 168, 22),
    ]:
        c.paint(ellipse(x, y, r, r * 0.85), 135)
        c.paint(ellipse(x, y, r - 4, r * 0.85 - 4), 98)
    c.paint(ellipse(404, 320, 26, 24), 130)
    c.paint(ellipse(404, 320, 22, 20), 8)  # colon with gas
    c.paint(ellipse(118, 210, 42, 38), 128)
    c.paint(ellipse(118, 210, 38, 34), 88)  # caecum
    for x, y in pts("104,196 128,222 112,228"):
        c.paint(ellipse(x, y, 5, 4), 10, blur=0.6)
    near = ellipse(158, 278, 70, 66)
    for k in range(11):  # fat stranding: short streaks radiating from the appendix
        a = math.radians(k * 33 + 10)
        inner = (158 + 28 * math.cos(a), 278 + 28 * math.sin(a))
        outer = (158 + 64 * math.cos(a + 0.2), 278 + 60 * math.sin(a + 0.2))
        c.add(line([inner, outer], 2), 28, blur=1.5, clip=near)
    c.paint(rod((140, 254), (178, 302), 34), 168)
    c.paint(rod((140, 254), (178, 302), 18), 90)
    c.paint(ellipse(168, 290, 6, 6), 250, blur=0.6)  # appendicolith


def draw_intussusception(c: Canvas) -> None:
    c.paint(polygon(pts("0,0 512,0 512,512 0,512")), 100, blur=0)
    c.paint(polygon(pts("0,0 512,0 512,46 0,46")), 60, blur=2)  # subcutaneous fat
    for y, amount in [(6, 90), (50, 80), (84, 60)]:
        c.add(line([(0, y), (512, y + 4)], 5), amount, blur=1.5)  # skin, fascia
    for r, value in [(112, 42), (74, 185), (46, 58), (22, 160)]:
        c.paint(ellipse(256, 290, r, r * 0.92), value, blur=2.5)
    for x, y in pts("212,262 298,318 220,332"):
        c.paint(ellipse(x, y, 11, 8), 62, blur=1.5)  # lymph nodes
    speckle = Canvas(512)
    speckle.grain(seed=41, amount=120, cell=3)
    c.image = ImageChops.multiply(c.image, speckle.image.point(lambda v: 110 + v * 145 // 255))
    c.image = c.image.point(lambda v: min(255, v * 3 // 2))
    depth = Image.linear_gradient("L").resize((512, 512)).point(lambda v: 255 - v // 4)
    c.image = ImageChops.multiply(c.image, depth)


# --- chest ----------------------------------------------------------------------


class Chest:
    """A PA chest radiograph at 640 pixels; keeps the outlines later findings need."""

    def __init__(self, c: Canvas, heart: Shape | None = None, seed: int = 7) -> None:
        self.c = c
        self.lateral = curve((232, 78), (78, 110), (78, 486))
        self.dome = curve((78, 486), (170, 350), (292, 468))
        medial = curve((292, 468), (300, 250), (232, 78))
        self.right_lung = polygon(self.lateral + self.dome[1:] + medial[1:-1])
        left = shift(mirror(self.lateral + self.dome[1:] + medial[1:-1], 640), 0, 10)
        self.left_lung = polygon(left)
        self.heart = heart or ellipse(352, 408, 122, 88, 12)
        c.add(
            polygon(pts("12,120 90,44 250,20 390,20 550,44 628,120 612,640 28,640")),
            95,
            blur=14,
        )
        c.add(polygon(pts("272,0 368,0 372,640 268,640")), 40, blur=10)
        below = [
            (0, 640),
            *shift(self.dome, 0, 10),
            *shift(mirror(self.dome, 640)[::-1], 0, 20),
            (640, 640),
        ]
        c.add(union(self.heart, polygon(below)), 40, blur=6)
        lungs = union(self.right_lung, self.left_lung)
        c.add(lungs, -82, blur=5, exclude=self.heart)
        for hx, hy in [(268, 292), (372, 288)]:
            c.add(ellipse(hx, hy, 22, 44), 26, blur=7, clip=lungs, exclude=self.heart)
        self.markings(seed, lungs)
        c.add(rod((320, 0), (320, 640), 50), 16, blur=6)
        for flip in (False, True):

            def m(points: list[Point], flip: bool = flip) -> list[Point]:
                return mirror(points, 640) if flip else points

            for i in range(10):
                rib = curve((298, 96 + i * 38), (160, 58 + i * 40), (66, 150 + i * 40))
                c.add(line(m(rib), 11), 26, blur=1.5)
            for i in range(6):
                c.add(
                    line(m(curve((82, 150 + i * 46), (140, 180 + i * 46), (230, 196 + i * 46))), 9),
                    12,
                    blur=2,
                )
            c.add(line(m(pts("300,108 220,96 130,70 84,84")), 20), 50, blur=1.5)

    def markings(self, seed: int, lungs: Shape) -> None:
        rng = random.Random(seed)
        for hx, hy, side in [(262, 290, -1), (378, 286, 1)]:
            for _ in range(18):
                a = math.radians(rng.uniform(-80, 90))
                x, y, width = hx + rng.uniform(-8, 8), hy + rng.uniform(-40, 40), 6
                for _ in range(4):
                    length = rng.uniform(35, 60)
                    a += math.radians(rng.uniform(-18, 18))
                    nx, ny = x + side * length * math.cos(a), y - length * math.sin(a)
                    self.c.add(
                        line([(x, y), (nx, ny)], width),
                        16,
                        blur=1.5,
                        clip=lungs,
                        exclude=self.heart,
                    )
                    x, y, width = nx, ny, max(2, width - 2)

    def gastric_bubble(self, y: float = 520) -> None:
        self.c.add(ellipse(438, y, 44, 24), -60, blur=3)


def draw_pneumoperitoneum(c: Canvas) -> None:
    chest = Chest(c)
    chest.gastric_bubble()
    upper = shift(chest.dome, 0, 7)
    lower = [(x, y + 7 + 20 * math.sin(math.pi * i / 24)) for i, (x, y) in enumerate(chest.dome)]
    c.paint(polygon(upper + lower[::-1]), 40, blur=1.2)


def draw_pneumothorax(c: Canvas) -> None:
    chest = Chest(c, seed=11)
    chest.gastric_bubble()
    edge = scale(chest.lateral, (330, 470), 0.8)
    c.paint(polygon(chest.lateral + edge[::-1]), 30, blur=1.5, clip=chest.right_lung)
    c.add(line(edge, 2), 55, blur=0.7, clip=chest.right_lung)


def draw_lobar_pneumonia(c: Canvas) -> None:
    chest = Chest(c, seed=5)
    chest.gastric_bubble()
    fissure = curve((292, 284), (190, 268), (70, 294))
    upper_lobe = polygon([(0, 0), (330, 0), *fissure, (0, 294)])
    c.add(upper_lobe, 80, blur=2.5, clip=chest.right_lung)
    rng = random.Random(3)
    for _ in range(6):
        x, y = 250 + rng.uniform(-6, 6), 262 + rng.uniform(-10, 10)
        a, width = math.radians(rng.uniform(115, 165)), 6
        for _ in range(3):
            nx, ny = x + 34 * math.cos(a), y - 34 * math.sin(a)
            c.add(
                line([(x, y), (nx, ny)], width),
                -28,
                blur=1.4,
                clip=chest.right_lung,
                exclude=union(
                    polygon(pts("0,0 640,0 640,130 0,130")),
                    polygon([*fissure, (0, 640), (640, 640)]),
                ),
            )
            x, y, a, width = nx, ny, a + math.radians(rng.uniform(-20, 20)), max(2, width - 1)


def draw_pleural_effusion(c: Canvas) -> None:
    chest = Chest(c, seed=9)
    meniscus = curve((580, 318), (520, 440), (392, 446))
    c.add(
        polygon([*meniscus, (380, 640), (640, 640), (640, 318)]), 100, blur=6, clip=chest.left_lung
    )
    chest.gastric_bubble(y=560)


def draw_pericardial_effusion_cxr(c: Canvas) -> None:
    flask = union(ellipse(330, 430, 178, 118), polygon(pts("290,250 370,250 460,400 200,400")))
    chest = Chest(c, heart=flask, seed=13)
    chest.gastric_bubble()


def ct_chest(c: Canvas) -> None:
    """Axial chest CT: wall, ribs, spine, paraspinal muscles and both lungs."""
    c.paint(ellipse(256, 262, 228, 168), 74, blur=1.5)
    c.add(ring(256, 262, 226, 166, 3), 45, blur=0.8)
    c.add(ring(256, 262, 210, 152, 16), 38, blur=1.2)
    for angle in range(0, 360, 30):
        if angle % 180 != 90:
            a = math.radians(angle)
            c.paint(ellipse(256 + 198 * math.cos(a), 262 + 142 * math.sin(a), 10, 7, angle), 215)
    c.paint(ellipse(256, 112, 24, 10), 215)
    c.paint(ellipse(256, 372, 34, 30), 215)
    c.paint(ellipse(256, 372, 27, 23), 172)
    c.paint(polygon(pts("236,398 276,398 284,436 256,452 228,436")), 205)
    c.paint(ellipse(256, 414, 12, 10), 70)
    c.paint(union(ellipse(210, 418, 30, 22), ellipse(302, 418, 30, 22)), 112)
    lungs = union(
        polygon(ellipse_points(148, 254, 102, 122)), polygon(ellipse_points(364, 254, 102, 122))
    )
    c.paint(lungs, 10, blur=1.5)
    rng = random.Random(17)
    for _ in range(40):
        x, y = rng.uniform(60, 452), rng.uniform(150, 360)
        c.add(ellipse(x, y, rng.uniform(2, 4), rng.uniform(2, 4)), 70, blur=0.8, clip=lungs)


def draw_aortic_dissection(c: Canvas) -> None:
    ct_chest(c)
    c.paint(ellipse(256, 236, 64, 94), 74, blur=2)  # mediastinum
    c.paint(rod((300, 186), (186, 236), 26), 205)  # right PA
    c.paint(rod((300, 186), (356, 226), 24), 205)  # left PA
    c.paint(ellipse(300, 180, 36, 34), 205)  # main PA
    c.paint(ellipse(182, 182, 16, 16), 195)  # SVC
    c.paint(union(ellipse(222, 262, 12, 10), ellipse(292, 266, 12, 10)), 6)  # main bronchi
    for cx, cy, r, flap in [
        (232, 186, 42, pts("196,168 232,194 270,204")),
        (304, 334, 32, pts("276,318 304,336 334,344")),
    ]:
        lumen = ellipse(cx, cy, r, r)
        c.paint(lumen, 222)
        c.paint(
            polygon([(cx - 60, cy - 80), (cx + 80, cy - 60), *flap[::-1]]), 178, clip=lumen
        )  # false lumen
        c.paint(line(flap, 4), 70, blur=0.8, clip=lumen)
    c.paint(ellipse(262, 322, 9, 8), 95)
    c.paint(ellipse(262, 322, 3, 3), 10, blur=0.5)  # oesophagus


def draw_pericardial_effusion_ct(c: Canvas) -> None:
    ct_chest(c)
    c.paint(ellipse(268, 240, 134, 104, 18), 88, blur=1.5)  # fluid
    c.add(ring(268, 240, 134, 104, 3, 18), 40, blur=0.8)  # pericardium
    c.paint(ellipse(268, 240, 100, 74, 18), 58, blur=1.5)  # epicardial fat
    c.paint(ellipse(268, 240, 95, 69, 18), 122, blur=1.5)  # myocardium
    c.paint(ellipse(234, 206, 52, 28, 24), 205)  # right ventricle
    c.paint(ellipse(306, 256, 40, 32, 18), 218)  # left ventricle
    c.paint(ellipse(304, 350, 24, 24), 214)  # descending aorta


# --- neuro ----------------------------------------------------------------------

INNER_SKULL = (256, 262, 178, 216)


def head_ct(
    c: Canvas, midline: float = 0, effaced: str = "", sylvian: bool = False, seed: int = 21
) -> Shape:
    """Axial head CT in brain window; returns the inner table outline for clipping.

    `midline` shifts the falx and ventricles (pixels, + towards image right), and
    `effaced` names the image side ("left" or "right") whose sulci are compressed.
    """
    inner = ellipse(*INNER_SKULL)
    c.paint(ellipse(256, 262, 200, 238), 88)
    c.paint(ellipse(256, 262, 192, 230), 235)
    c.paint(inner, 104)
    c.add(ellipse(256 + midline / 2, 262, 140, 176), -12, blur=12)  # white matter
    rng = random.Random(seed)
    for _ in range(44):
        t = rng.uniform(0, 2 * math.pi)
        if (effaced == "right" and math.cos(t) > 0.2) or (effaced == "left" and math.cos(t) < -0.2):
            continue
        r0 = rng.uniform(0.88, 0.93)
        x0, y0 = 256 + 178 * r0 * math.cos(t), 262 + 216 * r0 * math.sin(t)
        x1, y1 = 256 + 182 * math.cos(t + 0.02), 262 + 220 * math.sin(t + 0.02)
        c.add(line([(x0, y0), (x1, y1)], 3), -24, blur=1.6, clip=inner)
    x = 256 + midline
    c.add(union(line([(256, 48), (x, 150)], 2), line([(x, 380), (256, 478)], 2)), 40, blur=0.6)
    if sylvian:
        for flip in (False, True):

            def m(points: list[Point], flip: bool = flip) -> list[Point]:
                return mirror(points, 512) if flip else points

            c.add(ellipse(*m([(196, 262)])[0], 20, 40), 12, blur=3)  # lentiform
            c.add(line(m(curve((170, 210), (160, 262), (172, 310))), 6), 10, blur=2)  # insula
            c.paint(line(m(pts("80,250 150,244 158,262")), 4), 50, blur=1.2)  # fissure
    small = 0.7 if midline else 1.0
    for side in (-1, 1):
        k = small if side * midline > 0 else 1.0
        c.paint(ellipse(x + side * 20, 212, 13 * k, 40 * k, side * 15), 34)  # frontal horns
        c.paint(ellipse(x + side * 32, 330, 15 * k, 34 * k, -side * 20), 34)  # trigones
    c.paint(ellipse(x, 268, 4, 22), 34)
    return inner


def draw_epidural_brain(c: Canvas) -> None:
    inner = head_ct(c, midline=12, effaced="left")
    c.paint(ellipse(60, 236, 32, 72), 100, blur=2, exclude=ellipse(256, 262, 192, 230))
    c.paint(ellipse(96, 250, 50, 96), 176, blur=1.2, clip=inner)


def draw_epidural_bone(c: Canvas) -> None:
    c.paint(ellipse(256, 262, 200, 238), 52)
    c.paint(ellipse(60, 236, 32, 72), 56, blur=2)
    c.paint(ellipse(256, 262, 192, 230), 245)
    c.add(ring(256, 262, 185, 223, 5), -45, blur=2)  # diploe
    c.paint(ellipse(*INNER_SKULL), 30)
    c.add(ellipse(96, 250, 50, 96), 8, blur=1.2, clip=ellipse(*INNER_SKULL))
    skull = ellipse(256, 262, 193, 231)
    c.paint(
        line(pts("54,212 66,220 72,222 86,234"), 4),
        30,
        blur=0.6,
        clip=skull,
        exclude=ellipse(*INNER_SKULL),
    )


def draw_subdural(c: Canvas) -> None:
    inner = head_ct(c, midline=-14, effaced="right")
    crescent = polygon(pts("256,0 512,0 512,512 256,512"))
    c.paint(inner, 172, blur=1.2, clip=crescent, exclude=ellipse(240, 262, 165, 212))


def draw_mca_ct(c: Canvas) -> None:
    inner = head_ct(c, sylvian=True)
    c.add(ellipse(372, 246, 96, 128, 8), -14, blur=10, clip=inner)
    c.paint(line(pts("274,262 320,256 352,246"), 5), 172, blur=0.8)  # dense MCA
    c.paint(line(pts("238,262 192,256 160,246"), 4), 122, blur=0.8)


def draw_mca_dwi(c: Canvas) -> None:
    inner = ellipse(*INNER_SKULL)
    c.paint(ellipse(256, 262, 200, 238), 26)
    c.paint(ellipse(256, 262, 190, 228), 4)
    c.paint(inner, 78, blur=1.5)
    territory = ellipse(372, 246, 96, 128, 8)
    c.paint(territory, 200, blur=9, clip=inner)
    for side in (-1, 1):
        c.paint(ellipse(256 + side * 20, 212, 13, 40, side * 15), 22)
        c.paint(ellipse(256 + side * 32, 330, 15, 34, -side * 20), 22)
    c.grain(seed=52, amount=10)


def draw_sah(c: Canvas) -> None:
    inner = head_ct(c, seed=23)
    c.paint(ellipse(256, 262, 160, 200), 104, blur=4, clip=inner)  # below the ventricles
    c.add(ellipse(256, 262, 120, 160), -10, blur=12)
    c.paint(ellipse(256, 318, 40, 34), 100)  # midbrain
    blood = 168
    star = [
        (
            256 + (44 if i % 2 == 0 else 18) * math.sin(math.radians(i * 36)),
            250 - (44 if i % 2 == 0 else 18) * math.cos(math.radians(i * 36)),
        )
        for i in range(10)
    ]
    c.paint(polygon(star), blood, blur=1.2)
    c.paint(ring(256, 318, 46, 40, 9), blood, blur=1.2)  # ambient cisterns
    for flip in (False, True):
        fissure = curve((230, 240), (180, 222), (98, 232))
        c.paint(line(mirror(fissure, 512) if flip else fissure, 8), blood, blur=1.2)
    c.paint(line([(256, 206), (256, 56)], 5), blood, blur=1.0)  # interhemispheric
    c.paint(union(ellipse(190, 302, 9, 15, 20), ellipse(322, 302, 9, 15, -20)), 30)
    c.paint(ellipse(256, 392, 12, 8), 30)  # fourth ventricle


# --- the list of images -------------------------------------------------------

IMAGES: dict[str, tuple[int, Callable[[Canvas], None]]] = {
    "msk-scaphoid-001/pa.png": (512, draw_scaphoid_pa),
    "msk-scaphoid-001/scaphoid.png": (512, draw_scaphoid_view),
    "msk-scfe-001/pelvis.png": (512, draw_scfe),
    "msk-segond-001/ap.png": (512, draw_segond),
    "msk-colles-001/pa.png": (512, draw_colles_pa),
    "msk-colles-001/lateral.png": (512, draw_colles_lateral),
    "abdomen-appendicitis-001/axial.png": (512, draw_appendicitis),
    "abdomen-sbo-001/supine.png": (512, draw_sbo_supine),
    "abdomen-sbo-001/erect.png": (512, draw_sbo_erect),
    "abdomen-pneumoperitoneum-001/erect-chest.png": (640, draw_pneumoperitoneum),
    "abdomen-sigmoid-volvulus-001/supine.png": (512, draw_sigmoid_volvulus),
    "peds-intussusception-001/transverse.png": (512, draw_intussusception),
    "neuro-epidural-001/brain.png": (512, draw_epidural_brain),
    "neuro-epidural-001/bone.png": (512, draw_epidural_bone),
    "neuro-subdural-001/axial.png": (512, draw_subdural),
    "neuro-mca-infarct-001/ct.png": (512, draw_mca_ct),
    "neuro-mca-infarct-001/dwi.png": (512, draw_mca_dwi),
    "neuro-sah-001/axial.png": (512, draw_sah),
    "chest-pneumothorax-001/pa.png": (640, draw_pneumothorax),
    "chest-lobar-pneumonia-001/pa.png": (640, draw_lobar_pneumonia),
    "chest-pleural-effusion-001/pa.png": (640, draw_pleural_effusion),
    "cardiac-aortic-dissection-001/axial.png": (512, draw_aortic_dissection),
    "cardiac-pericardial-effusion-001/pa.png": (640, draw_pericardial_effusion_cxr),
    "cardiac-pericardial-effusion-001/ct.png": (512, draw_pericardial_effusion_ct),
}


def render(size: int, draw: Callable[[Canvas], None]) -> bytes:
    """Draw one image and return its PNG bytes (no metadata chunks)."""
    canvas = Canvas(size)
    draw(canvas)
    canvas.soften()
    buffer = io.BytesIO()
    canvas.image.save(buffer, format="PNG", optimize=True)
    return buffer.getvalue()


def main() -> None:
    for name, (size, draw) in IMAGES.items():
        path = CASES / name
        data = render(size, draw)
        if path.exists() and path.read_bytes() == data:
            print(f"unchanged  {name}")
            continue
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        print(f"wrote      {name} ({len(data) // 1024} KB)")


if __name__ == "__main__":
    main()
