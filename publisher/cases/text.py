"""What any text in a case may hold: how long it may be, and no control characters.

The check runs on every field of the case format (it is attached to the schema's
base class, so a field added later is checked too) before any other validation:
a 10 MB history is refused in microseconds instead of being scanned, rendered
and stored, and a NUL byte never reaches a database (PostgreSQL refuses it,
SQLite stores it).

The limits are far above anything a teaching case needs (a post is 300 to 500
characters on most platforms, a few thousand on a portal) and far below what
would slow the privacy scan or bloat the database. Each is chosen per field,
with the reason beside it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sized
from typing import Any

from publisher.errors import shown

# Characters, counted as code points after line breaks are normalised.
LIMITS: Mapping[str, int] = {
    "slug": 120,  # the column's width; the slug pattern allows no more
    "title": 300,  # one line, shown above the case; a long sentence is ~150
    "section": 40,  # the column's width; a word such as "headneck", or a theme's own
    "modality": 20,  # the column's width: "CT/MR/US/XR" and more
    "history": 5_000,  # a clinical vignette; the longest real ones run to ~1,500
    "question": 1_000,  # one or two sentences
    "answer": 1_000,  # a diagnosis, perhaps with a differential
    "explanation": 10_000,  # the discussion, for portals with long posts
    "teaching_points": 1_000,  # each point
    "references": 2_000,  # each URL or DOI; long query strings exist
    "hashtags": 100,  # each tag; platforms cut far shorter
    "study_month": 7,  # "YYYY-MM", the column's width
    "credit": 300,  # a name or a handle, perhaps "Case courtesy of ..."
    "publish_on": 40,  # a date, when written as text (a CSV cell)
    "overrides": 60,  # each platform name; each text is held to its own field's limit
    "file": 1_000,  # an image path relative to the case folder
    "alt": 1_500,  # alt text; Mastodon's limit, the longest of the platforms
    "options": 300,  # each quiz option; polls cut at 25 to 100
    "correct": 10,  # a letter
}
DEFAULT_LIMIT = 1_000  # a field that has no entry above, until it gets one
MAX_ITEMS = 50  # entries in any list or table of a case (teaching points, overrides...)
# Unicode's control characters (category Cc: C0, DEL and C1) except tab and line feed;
# carriage returns are turned into line feeds before this is applied.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def limit_of(name: str) -> int:
    """The longest text the field ``name`` may hold."""
    return LIMITS.get(name, DEFAULT_LIMIT)


def check_text(name: str, value: Any) -> Any:
    """``value`` with line breaks normalised, or ValueError saying what is wrong and where.

    Walks strings, lists and tables, names of entries included; anything else
    (numbers, dates) is left to the schema.
    """
    if name == "overrides" and isinstance(value, dict):
        return _overrides(value)
    return _walk(value, limit_of(name))


def _walk(value: Any, limit: int) -> Any:
    if isinstance(value, str):
        return _check_string(value, limit)
    if isinstance(value, list | tuple):
        _check_count(value)
        return [_at(f"item {i}", _walk, item, limit) for i, item in enumerate(value, 1)]
    if isinstance(value, dict):
        _check_count(value)
        return {
            _name(key, "", limit): _at(shown(key), _walk, item, limit)
            for key, item in value.items()
        }
    return value


def _overrides(value: dict[Any, Any]) -> dict[Any, Any]:
    """{platform: {field: text}}: each text is held to the limit of the field it overrides."""
    _check_count(value)
    out: dict[Any, Any] = {}
    for platform, table in value.items():
        name = _name(platform, "", limit_of("overrides"))
        if isinstance(table, dict):
            _at(shown(platform), _check_count, table)
            table = {
                _name(field, f"{shown(name)}.", limit_of("overrides")): _at(
                    f"{shown(name)}.{shown(field)}", _walk, text, limit_of(field)
                )
                for field, text in table.items()
            }
        out[name] = table
    return out


def _name(key: Any, prefix: str, limit: int) -> Any:
    """A table's key, checked as text is before it appears in any message."""
    if not isinstance(key, str):
        return key
    return _at(f"{prefix}{shown(key)}", _check_string, key, limit)


def _at(where: str, check: Callable[..., Any], *args: Any) -> Any:
    try:
        return check(*args)
    except ValueError as exc:
        raise ValueError(f"{where}: {exc}") from None


def _check_string(value: str, limit: int) -> str:
    value = value.replace("\r\n", "\n").replace("\r", "\n")  # Windows and old Mac line ends
    length = len(value.strip())  # as the schema strips it
    if length > limit:
        raise ValueError(f"is {length:,} characters long; the limit is {limit:,}")
    found = _CONTROL.search(value)
    if found:
        raise ValueError(
            f"holds the control character U+{ord(found[0]):04X} at character {found.start() + 1};"
            " only line breaks and tabs are allowed"
        )
    return value


def _check_count(value: Sized) -> None:
    if len(value) > MAX_ITEMS:
        raise ValueError(f"has {len(value):,} entries; the limit is {MAX_ITEMS}")
