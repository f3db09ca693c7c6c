"""Run every benchmark module (``bench_*.py``) in this folder, or the ones named.

Each module has ``run() -> None`` that prints its figures and ratios. Ratios are
measured against a baseline run in the same process and moment, because the
machine is shared and absolute times drift.
"""

from __future__ import annotations

import importlib
import pkgutil
import sys
import time
from pathlib import Path


def main(argv: list[str]) -> int:
    here = Path(__file__).parent
    names = sorted(m.name for m in pkgutil.iter_modules([str(here)]) if m.name.startswith("bench_"))
    wanted = [n if n.startswith("bench_") else f"bench_{n}" for n in argv]
    unknown = [w for w in wanted if w not in names]
    if unknown:
        print(f"unknown benchmark(s): {', '.join(unknown)}; available: {', '.join(names)}")
        return 2
    for name in wanted or names:
        print(f"== {name[6:]}")
        start = time.perf_counter()
        importlib.import_module(f"tests.bench.{name}").run()
        print(f"   ({time.perf_counter() - start:.1f} s)\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
