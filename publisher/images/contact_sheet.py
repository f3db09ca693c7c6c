"""A contact sheet: each image of the cases linted, with the boxes of what the gate found.

Text boxes are outlined red, faces yellow, over the pixels that would be published.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from PIL import Image, ImageDraw, ImageOps

from publisher.images.cleaning import PNG_OPTIONS

Box = tuple[int, int, int, int]
TILE = 512  # longest side of each image on the sheet
COLUMNS = 3
CAPTION = 28
COLOURS = {"face_photo": (255, 210, 0)}  # anything else with a box is text: red
TEXT_COLOUR = (255, 40, 40)


@dataclass
class SheetImage:
    """One image on the sheet: a caption, its pixels, and (kind, box) in those pixels."""

    caption: str
    pixels: Image.Image
    boxes: list[tuple[str, Box]] = field(default_factory=list)


def draw_sheet(images: Sequence[SheetImage]) -> Image.Image:
    """The images in a grid, each scaled to fit TILE and captioned, boxes drawn on them."""
    rows = max(1, -(-len(images) // COLUMNS))
    columns = min(COLUMNS, max(1, len(images)))
    sheet = Image.new("RGB", (columns * (TILE + 8), rows * (TILE + CAPTION + 8)), (32, 32, 32))
    draw = ImageDraw.Draw(sheet)
    for index, item in enumerate(images):
        x = (index % COLUMNS) * (TILE + 8) + 4
        y = (index // COLUMNS) * (TILE + CAPTION + 8) + 4
        draw.text((x, y + 4), item.caption, fill=(230, 230, 230))
        sheet.paste(_tile(item), (x, y + CAPTION))
    return sheet


def save_sheet(images: Sequence[SheetImage], path: Path) -> None:
    draw_sheet(images).save(path, "PNG", **PNG_OPTIONS)


def _tile(item: SheetImage) -> Image.Image:
    pixels = item.pixels.convert("RGB")
    factor = min(TILE / pixels.width, TILE / pixels.height)
    size = (max(1, round(pixels.width * factor)), max(1, round(pixels.height * factor)))
    tile = ImageOps.pad(pixels.resize(size, Image.Resampling.LANCZOS), (TILE, TILE),
                        color=(0, 0, 0), centering=(0, 0))  # fmt: skip
    draw = ImageDraw.Draw(tile)
    for kind, (x0, y0, x1, y1) in item.boxes:
        scaled = [round(v * factor) for v in (x0, y0, x1, y1)]
        scaled[2], scaled[3] = max(scaled[2], scaled[0] + 2), max(scaled[3], scaled[1] + 2)
        draw.rectangle(scaled, outline=COLOURS.get(kind, TEXT_COLOUR), width=3)
    return tile
