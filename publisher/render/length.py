"""Text length as each platform counts it."""

from __future__ import annotations

import html
import re
from functools import lru_cache

from publisher.adapters.base import (
    COUNT_CHARS,
    COUNT_GRAPHEMES,
    COUNT_UTF16,
    COUNT_X,
    MARKUP_HTML,
    Capabilities,
)
from publisher.errors import MissingExtraError

_URL = re.compile(r"https?://[^\s<>\"']+")
_TAG = re.compile(r"<[^<>]*>")


def measure(text: str, capabilities: Capabilities) -> int:
    """The length of ``text`` in the unit ``capabilities.text_limit`` is written in."""
    if capabilities.markup == MARKUP_HTML:
        text = visible(text)
    if capabilities.counting == COUNT_X:
        return _x_weighted(text)
    if capabilities.url_length is not None:
        text = _URL.sub("x" * capabilities.url_length, text)
    if capabilities.counting == COUNT_GRAPHEMES:
        import regex  # only platforms that count graphemes pay for it

        return len(regex.findall(r"\X", text))
    if capabilities.counting == COUNT_CHARS:
        return len(text)
    if capabilities.counting == COUNT_UTF16:
        return len(text.encode("utf-16-le")) // 2
    raise ValueError(f"unknown counting rule {capabilities.counting!r}")


def fits(text: str, capabilities: Capabilities) -> bool:
    """Whether ``text`` is within every text limit of the platform."""
    if (
        capabilities.text_limit_bytes is not None
        and len(text.encode("utf-8")) > capabilities.text_limit_bytes
    ):
        return False
    return measure(text, capabilities) <= capabilities.text_limit


def visible(html_text: str) -> str:
    """What a reader sees of a text in Telegram's HTML: the tags go, the entities are read."""
    return html.unescape(_TAG.sub("", html_text))


@lru_cache(maxsize=8192)
def _x_weighted(text: str) -> int:
    # Splitting a thread measures the same candidate parts for every part count it tries,
    # and the privacy gate renders every case for X: the parse is the slow part of both.
    try:
        from twitter_text import parse_tweet
    except ImportError as exc:
        raise MissingExtraError("Counting text the way X does", "x") from exc
    return int(parse_tweet(text).weightedLength)
