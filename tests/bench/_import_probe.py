"""One measured run for the import benchmark, in a process of its own so that its peak
RSS (``ru_maxrss``) is its own: ``python -m tests.bench._import_probe MODE ...``.

``import ROOT URL``: ``cases import`` of every case folder under ROOT into the
database at URL, OCR off (the baseline reads no text either).
``pillow ROOT THREADS``: the plain loop over the same image files: decode, 16-bit
to 8-bit where needed, encode a PNG master at our settings; no checks, no hash,
no privacy scan, no database. THREADS 1 is a plain serial loop.

Prints one JSON object: seconds (the work alone, not start-up), cases, peak_mb, and
base_mb, the peak before the work began.
"""

from __future__ import annotations

import io
import json
import resource
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime
from pathlib import Path

from PIL import Image

from publisher.images.cleaning import PNG_OPTIONS


def run_import(root: Path, url: str) -> tuple[float, int]:
    from publisher.cases.importing import import_paths
    from publisher.store import Store

    store = Store(url)
    _report_base()
    start = time.perf_counter()
    results = import_paths(store, [root], now=datetime.now(UTC), ocr=False)
    took = time.perf_counter() - start
    store.close()
    failed = [r.reason for r in results if r.result != "imported"]
    if failed:
        raise SystemExit(f"not imported: {failed[0]}")
    return took, len(results)


def decode_encode(path: Path) -> int:
    with Image.open(path) as opened:
        opened.load()
        im: Image.Image = opened
        if im.mode.startswith("I"):
            im = im.convert("I").point(lambda v: v * (1 / 256)).convert("L")
        out = io.BytesIO()
        im.save(out, "PNG", **PNG_OPTIONS)
        return len(out.getvalue())


def run_pillow(root: Path, threads: int) -> tuple[float, int]:
    paths = sorted(p for p in root.rglob("*") if p.suffix in (".png", ".jpg"))
    _report_base()
    start = time.perf_counter()
    if threads == 1:
        for path in paths:
            decode_encode(path)
    else:
        with ThreadPoolExecutor(threads) as pool:
            list(pool.map(decode_encode, paths))
    return time.perf_counter() - start, len(paths)


BASE: dict[str, float] = {}


def _report_base() -> None:
    """The peak before the work starts: the interpreter and the libraries loaded."""
    BASE["base_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main(argv: list[str]) -> None:
    mode, root = argv[0], Path(argv[1])
    if mode == "import":
        took, count = run_import(root, argv[2])
    else:
        took, count = run_pillow(root, int(argv[2]))
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KiB on Linux
    print(json.dumps({"seconds": took, "cases": count, "peak_mb": peak_kb / 1024, **BASE}))


if __name__ == "__main__":
    main(sys.argv[1:])
