"""An adapter installed the way a third party's would be: a distribution on sys.path
whose entry point names it in the ``publisher.adapters`` group."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from publisher.adapters import available


@contextmanager
def installed_adapter(site: Path, name: str, target: str) -> Iterator[None]:
    """Install ``target`` ("module:Class") as the adapter ``name`` while the block runs."""
    info = site / f"publisher_test_{name}-1.0.dist-info"
    info.mkdir(parents=True)
    (info / "METADATA").write_text(f"Metadata-Version: 2.1\nName: publisher-test-{name}\n"
                                   "Version: 1.0\n")  # fmt: skip
    (info / "entry_points.txt").write_text(f"[publisher.adapters]\n{name} = {target}\n")
    sys.path.insert(0, str(site))
    available.cache_clear()
    try:
        yield
    finally:
        sys.path.remove(str(site))
        available.cache_clear()
