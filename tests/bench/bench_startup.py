"""CLI start-up: `publisher --help` against `python -c "import click"` in the same run."""

from __future__ import annotations

import statistics
import subprocess
import sys
import time
from pathlib import Path

RUNS = 15


def _time(cmd: list[str]) -> float:
    samples = []
    for _ in range(RUNS):
        start = time.perf_counter()
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL)
        samples.append(time.perf_counter() - start)
    return statistics.median(samples)


def run() -> None:
    script = Path(sys.executable).with_name("publisher")
    cli = (
        [str(script), "--help"]
        if script.exists()
        else [sys.executable, "-m", "publisher.cli", "--help"]
    )
    baseline = _time([sys.executable, "-c", "import click"])
    ours = _time(cli)
    print(f"   python -c 'import click': {baseline * 1000:7.1f} ms (median of {RUNS})")
    print(f"   publisher --help:         {ours * 1000:7.1f} ms")
    print(f"   ratio: {ours / baseline:.2f}x (target: at most 2x)")
