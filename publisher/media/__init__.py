"""Where images are put at a public URL for platforms that fetch them (Instagram)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from publisher import lazy_exports

if TYPE_CHECKING:
    from publisher.media.store import MediaSettings, MediaStore, open_media_store

EXPORTS = {
    "MediaSettings": "store",
    "MediaStore": "store",
    "open_media_store": "store",
}
__getattr__ = lazy_exports(__name__, EXPORTS)
__all__ = [
    "MediaSettings",
    "MediaStore",
    "open_media_store",
]
