"""What the image checks cost: OCR and the face search per 2048-px image, and a whole import.

Baselines, measured in the same run: decoding the same PNG with Pillow (for the two
checks), and a plain Pillow loop over the same files (decode, re-encode a PNG) for the
import of cases holding them with every check on. Ratios above 1 are the checks' price.

The OCR line calls read_lines as it is, so the band along each edge is searched again on
every film: that is what a film with no text that blocks costs. Import stops short of
that search once a label blocks, as these films' labels do.
"""

from __future__ import annotations

import io
import os
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from PIL import Image, ImageDraw

from publisher.cases.importing import import_paths
from publisher.images.cleaning import PNG_OPTIONS
from publisher.images.faces import find_faces
from publisher.images.ocr import read_lines
from publisher.store import Store
from tests.conftest import write_case
from tests.support.radiographs import font, radiograph

COUNT = int(os.environ.get("BENCH_IMAGE_CHECKS", "6"))
SIDE = 2048


def run() -> None:
    with tempfile.TemporaryDirectory(prefix="bench-checks-") as tmp:
        root = Path(tmp)
        paths = [_film(root / "cases", i) for i in range(COUNT)]
        read_lines(Image.new("L", (64, 64)))  # load the models before timing
        find_faces(Image.new("L", (64, 64)))
        decode = _each(paths, _decode)
        ocr = _each(paths, lambda p: read_lines(_decode(p)))
        faces = _each(paths, lambda p: find_faces(_decode(p)))
        print(f"   {COUNT} films of {SIDE}x{SIDE} px, each with a name label")
        print(f"   decode (Pillow)       {decode * 1000:8.0f} ms per image")
        print(
            f"   OCR                   {ocr * 1000:8.0f} ms per image   ratio {ocr / decode:6.1f}"
        )
        print(
            f"   face search           {faces * 1000:8.0f} ms per image   ratio {faces / decode:6.1f}"
        )
        plain = _each(paths, _plain_pillow)
        store = Store(f"sqlite:///{root / 'bench.db'}")
        start = time.perf_counter()
        import_paths(store, [root / "cases"], now=datetime(2026, 11, 30, tzinfo=UTC), workers=1)
        whole = (time.perf_counter() - start) / COUNT
        store.close()
        print(
            f"   import, every check   {whole * 1000:8.0f} ms per case    ratio {whole / plain:6.1f}"
            f" (against a plain Pillow decode and PNG encode, {plain * 1000:.0f} ms)"
        )


def _each(paths: list[Path], work: Callable[[Path], object]) -> float:
    start = time.perf_counter()
    for path in paths:
        work(path)
    return (time.perf_counter() - start) / len(paths)


def _decode(path: Path) -> Image.Image:
    with Image.open(path) as im:
        im.load()
        return im.copy()


def _plain_pillow(path: Path) -> int:
    out = io.BytesIO()
    _decode(path).save(out, "PNG", **PNG_OPTIONS)
    return len(out.getvalue())


def _film(root: Path, i: int) -> Path:
    folder = write_case(root, f"bench-{i:03d}")
    film = radiograph((SIDE, SIDE), 70 + i)
    ImageDraw.Draw(film).text((40, 40), f"PATIENT {i:03d} 14/03/2026", fill=250, font=font(i, 36))
    path = folder / "pa.png"
    film.save(path)
    return path
