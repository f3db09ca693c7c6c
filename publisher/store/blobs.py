"""Reading stored image bytes back, by their content hash."""

from __future__ import annotations

from dataclasses import dataclass

from publisher.store import Store
from publisher.store.models import Blob


@dataclass(frozen=True)
class StoredImage:
    data: bytes
    format: str  # PNG, JPEG


def read_blob(store: Store, sha256: str) -> StoredImage | None:
    """The processed image with this hash (what is published: pixels only), or None."""
    with store.session() as session:
        blob = session.get(Blob, sha256)
        return StoredImage(blob.data, blob.format) if blob is not None else None
