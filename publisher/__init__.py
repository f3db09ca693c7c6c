"""Scheduled hashtag-day publisher for de-identified radiology teaching cases."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from importlib import import_module
from typing import Any

__version__ = "0.1.0"


def lazy_exports(package: str, exports: Mapping[str, str]) -> Callable[[str], Any]:
    """A module ``__getattr__`` for a subpackage's API: each name is imported from its
    submodule on first use. A subpackage's ``__init__`` then states its API without
    loading it: `publisher --help` and a cron tick with nothing due pay for nothing, and
    no import order between subpackages can make a cycle."""

    def __getattr__(name: str) -> Any:
        if name not in exports:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        return getattr(import_module(f"{package}.{exports[name]}"), name)

    return __getattr__
