"""Text as the community platforms read it: Reddit's Markdown, Telegram's HTML, inline
spoilers, titles, hashtags a community does not use, and alt text written into the text.

Everything here is driven by a platform's Capabilities, never by its name, so that an
adapter declaring the same needs gets the same text.
"""

from __future__ import annotations

import html
import re
from collections.abc import Sequence

from publisher.adapters.base import MARKUP_HTML, MARKUP_MARKDOWN, Capabilities

_ELLIPSIS = "…"
_SINGLE_BREAK = re.compile(r"(?<!\n)\n(?!\n)")
# A list marker stays outside a spoiler, so that the line still reads as a list item.
_LIST_MARKER = re.compile(r"^(\s*(?:[-*+•]|\d+[.)])\s+)")


def theme_tag(hashtag: str, capabilities: Capabilities) -> str:
    """The theme's hashtag, or its words where the community uses no hashtags."""
    return hashtag if capabilities.hashtags else hashtag.lstrip("#")


def heading(hashtag: str, title: str, capabilities: Capabilities) -> str:
    """The first line of a prompt; on a platform with titles, the title itself."""
    tag = theme_tag(hashtag, capabilities)  # none: a post caught up on another day
    separator = " " if capabilities.hashtags else ": "
    line = f"{tag}{separator}{title}" if tag else title
    return shorten(line, capabilities.title_limit) if capabilities.title_limit else line


def alt_lines(alts: Sequence[str], capabilities: Capabilities) -> str:
    """The images' alt texts as lines of the text, where some posts carry none."""
    if not capabilities.alt_in_text or not alts:
        return ""
    if len(alts) == 1:
        return f"Image: {alts[0]}"
    return "\n".join(f"Image {n}: {alt}" for n, alt in enumerate(alts, start=1))


def finish(text: str, capabilities: Capabilities) -> str:
    """Plain text in the platform's markup: Markdown keeps every line as its own
    paragraph (Reddit joins single line breaks); HTML escapes &, < and >."""
    if capabilities.markup == MARKUP_MARKDOWN:
        return _SINGLE_BREAK.sub("\n\n", text)
    if capabilities.markup == MARKUP_HTML:
        return html.escape(text, quote=False)
    return text


def spoiled(text: str, capabilities: Capabilities) -> str:
    """``text`` hidden behind the platform's inline spoiler markup."""
    opening, closing = capabilities.spoiler_markup
    if not capabilities.spoiler_per_line:
        return f"{opening}{text}{closing}"
    return "\n".join(_spoiled_line(line, opening, closing) for line in text.split("\n"))


def _spoiled_line(line: str, opening: str, closing: str) -> str:
    if not line.strip():
        return line
    marker = _LIST_MARKER.match(line)
    lead = marker.group(1) if marker else ""
    return f"{lead}{opening}{line[len(lead) :]}{closing}"


def shorten(text: str, limit: int) -> str:
    """``text`` cut at a word to at most ``limit`` characters, with an ellipsis."""
    if len(text) <= limit:
        return text
    cut = text[: limit - 1].rsplit(" ", 1)[0]
    return cut + _ELLIPSIS
