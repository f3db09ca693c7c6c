"""LinkedIn's "little" text format, in which the Posts API reads a post's commentary.

Every reserved character (``\\ | { } @ [ ] ( ) < > # * _ ~``) is escaped with a
backslash, or LinkedIn cuts the post at the first one it cannot parse; a hashtag
is written as the HashtagTemplate ``{hashtag|\\#|tag}`` so that it stays a link.
https://learn.microsoft.com/linkedin/marketing/community-management/shares/little-text-format
"""

from __future__ import annotations

import re

RESERVED = frozenset("\\|{}@[]()<>#*_~")
_HASHTAG = re.compile(r"(?<![\w#])#(\w+)")


def escape(text: str) -> str:
    """Plain text with every reserved character escaped."""
    return "".join(f"\\{char}" if char in RESERVED else char for char in text)


def little_text(text: str) -> str:
    """A post's text as commentary: reserved characters escaped, hashtags as templates."""
    out: list[str] = []
    last = 0
    for found in _HASHTAG.finditer(text):
        out.append(escape(text[last : found.start()]))
        out.append(f"{{hashtag|\\#|{escape(found[1])}}}")
        last = found.end()
    out.append(escape(text[last:]))
    return "".join(out)
