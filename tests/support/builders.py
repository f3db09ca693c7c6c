"""The builders tests share: pictures drawn on the spot, and posts as the dispatcher
hands them to an adapter. One of each, so that a change of shape is made once."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

from PIL import Image, ImageDraw

from publisher.adapters.base import OutgoingImage, OutgoingPost

TEXT = "#MSKMonday Wrist pain after a fall. What is the diagnosis?"


def picture(
    size: tuple[int, int] = (64, 48), *, shade: int = 120, color: str | None = None
) -> Image.Image:
    """A small picture with an ellipse in it: grayscale, or RGB in ``color``."""
    image = Image.new("RGB", size, color) if color else Image.new("L", size, 10)
    if color is None:
        ImageDraw.Draw(image).ellipse((4, 4, size[0] - 4, size[1] - 4), fill=shade)
    return image


def image_bytes(
    size: tuple[int, int] = (64, 48), *, fmt: str = "PNG", shade: int = 120,
    color: str | None = None,
) -> bytes:  # fmt: skip
    """``picture`` encoded as PNG or JPEG."""
    buffer = io.BytesIO()
    picture(size, shade=shade, color=color).save(buffer, fmt)
    return buffer.getvalue()


def draw_png(path: Path, size: tuple[int, int] = (64, 48), shade: int = 120) -> Path:
    """``picture`` written to ``path`` (folders made as needed)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    picture(size, shade=shade).save(path, "PNG")
    return path


def outgoing_image(
    alt: str, *, size: tuple[int, int] = (64, 48), fmt: str = "PNG", shade: int = 120,
    color: str | None = None,
) -> OutgoingImage:  # fmt: skip
    """An image as the pipeline hands it to an adapter."""
    data = image_bytes(size, fmt=fmt, shade=shade, color=color)
    return OutgoingImage(data, f"image/{fmt.lower()}", alt, *size)


def outgoing_post(text: str = TEXT, **fields: Any) -> OutgoingPost:
    """A one-part prompt of the scaphoid case, with ``fields`` changed."""
    values: dict[str, Any] = {
        "post_id": 7, "case": "msk-scaphoid-001", "kind": "prompt", "part": 1, "parts": 1,
        "idempotency_key": "key-7", **fields,
    }  # fmt: skip
    return OutgoingPost(text=text, **values)
