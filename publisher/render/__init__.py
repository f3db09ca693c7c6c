"""Post text per platform: fitting a case to a platform's capabilities, thread
splitting, spoilers and markup, and length as each platform counts it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from publisher import lazy_exports

if TYPE_CHECKING:
    from publisher.render.length import fits, measure
    from publisher.render.posts import (
        CaseText,
        FormattingError,
        ImageRef,
        Part,
        Rendered,
        render_case,
        split_text,
    )

EXPORTS = {
    "CaseText": "posts",
    "FormattingError": "posts",
    "ImageRef": "posts",
    "Part": "posts",
    "Rendered": "posts",
    "fits": "length",
    "measure": "length",
    "render_case": "posts",
    "split_text": "posts",
}
__getattr__ = lazy_exports(__name__, EXPORTS)
__all__ = [
    "CaseText",
    "FormattingError",
    "ImageRef",
    "Part",
    "Rendered",
    "fits",
    "measure",
    "render_case",
    "split_text",
]
