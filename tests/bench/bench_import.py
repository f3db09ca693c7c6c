"""`cases import` of whole batches: memory that does not grow with the batch, and speed
against a plain Pillow loop.

Each case has one 2048x2048 image of its own (PNG and JPEG, 8- and 16-bit, RGB and
grey, drawn by bench_images' generator). Every run is a fresh process on a fresh
SQLite file, and reports its own peak RSS (``ru_maxrss``), so the import of 10
cases and of 100 are measured alike. Targets: peak RSS of 100 cases at most 1.3
times that of 10. Throughput is cases per second against the plain loop (decode,
encode the PNG master; no checks, hash, privacy scan or database) over the same
files: serially, as the plain loop a script would be, and on as many threads as
import uses. Runs alternate, ``ROUNDS`` times; the fastest time counts, for the machine
is shared, and the highest peak, to be safe.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from tests.bench.bench_images import _make_inputs

COUNTS = (10, int(os.environ.get("BENCH_IMPORT_CASES", "100")))
ROUNDS = 2
RSS_TARGET = 1.3
CASE = """\
title = "Bench case {n}"
section = "msk"
modality = "XR"
history = "Adult with wrist pain after a fall on an outstretched hand."
question = "What is the diagnosis?"
answer = "Scaphoid waist fracture"
explanation = "A lucent line crosses the scaphoid waist."

[[images]]
file = "{file}"
alt = "Radiograph of the wrist, view {n}."
"""


def run() -> None:
    with tempfile.TemporaryDirectory(prefix="bench-import-") as tmp:
        start = time.perf_counter()
        roots = _make_batches(Path(tmp), COUNTS)
        print(f"   {COUNTS[-1]} images of 2048x2048 made in {time.perf_counter() - start:.1f} s")
        width = os.cpu_count() or 2
        best: dict[str, dict[str, float]] = {}
        for round_ in range(ROUNDS):
            for count in COUNTS:
                _keep(
                    best, f"import {count}", _probe("import", roots[count], _db(tmp, round_, count))
                )
            big = roots[COUNTS[-1]]
            _keep(best, "pillow serial", _probe("pillow", big, "1"))
            _keep(best, "pillow threads", _probe("pillow", big, str(width)))
        _report(best, width)


def _make_batches(folder: Path, counts: tuple[int, ...]) -> dict[int, Path]:
    (folder / "images").mkdir()
    images = _make_inputs(folder / "images", max(counts))
    roots = {}
    for count in counts:
        root = folder / f"batch-{count}"
        for n, image in enumerate(images[:count]):
            case = root / f"bench-{n:04d}"
            case.mkdir(parents=True)
            os.link(image, case / image.name)  # the same bytes, a file of each case's own
            (case / "case.toml").write_text(CASE.format(n=n, file=image.name))
        roots[count] = root
    return roots


def _db(tmp: str, round_: int, count: int) -> str:
    return f"sqlite:///{Path(tmp) / f'import-{count}-{round_}.db'}"


def _probe(*args: str) -> dict[str, float]:
    out = subprocess.run(
        [sys.executable, "-m", "tests.bench._import_probe", *map(str, args)],
        capture_output=True,
        text=True,
        check=False,
    )
    if out.returncode != 0:
        raise SystemExit(f"probe {' '.join(map(str, args))} failed: {out.stderr.strip()}")
    return dict(json.loads(out.stdout.strip().splitlines()[-1]))


def _keep(best: dict[str, dict[str, float]], name: str, figures: dict[str, float]) -> None:
    """Of each kind of run, the fastest time and the highest peak RSS (the worst of both)."""
    if name not in best:
        best[name] = figures
        return
    kept = best[name]
    kept["seconds"] = min(kept["seconds"], figures["seconds"])
    kept["peak_mb"] = max(kept["peak_mb"], figures["peak_mb"])
    kept["base_mb"] = max(kept["base_mb"], figures["base_mb"])


def _report(best: dict[str, dict[str, float]], width: int) -> None:
    small, big = (best[f"import {count}"] for count in COUNTS)
    for count, figures in zip(COUNTS, (small, big), strict=True):
        print(
            f"   import {count:>4} cases    peak RSS {figures['peak_mb']:4.0f} MB"
            f" ({figures['base_mb']:.0f} MB before the first case)"
            f"   {figures['cases'] / figures['seconds']:5.2f} cases/s"
        )
    ratio = big["peak_mb"] / small["peak_mb"]
    print(
        f"   peak RSS {COUNTS[-1]} / {COUNTS[0]} cases   ratio {ratio:.2f} (target <= {RSS_TARGET})"
    )
    speed = big["cases"] / big["seconds"]
    for name, label in (("pillow serial", "serial"), ("pillow threads", f"{width} threads")):
        base = best[name]
        per_s = base["cases"] / base["seconds"]
        print(
            f"   plain Pillow loop, {label:<10} {per_s:5.2f} images/s   peak RSS"
            f" {base['peak_mb']:4.0f} MB   import/plain ratio {speed / per_s:.2f}"
        )
