"""Turning pydantic's validation errors into one line that names the file and field."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from pydantic import ValidationError

_MESSAGES = {
    "extra_forbidden": "unknown field",
    "missing": "required field is missing",
    "string_type": "must be text",
    "int_type": "must be a whole number",
    "int_parsing": "must be a whole number",
    "bool_type": "must be true or false",
    "list_type": "must be a list",
    "tuple_type": "must be a list",
    "dict_type": "must be a table",
    "model_type": "must be a table",
    "string_too_short": "must not be empty",
    "too_long": "has too many items",
    "too_short": "has too few items",
}


def field_path(loc: Sequence[int | str]) -> str:
    """('themes', 0, 'time') -> 'themes[1].time' (1-based, as people count)."""
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part + 1}]"
        else:
            out += f".{shown(part)}" if out else shown(str(part))
    return out or "(top level)"


def shown(text: str, width: int = 60) -> str:
    """``text`` fit for a one-line message: as it is when short and printable, else its
    repr, cut at ``width`` characters (an unknown key may hold anything)."""
    if len(text) <= width and text.isprintable():
        return text
    return repr(text[:width]) + ("..." if len(text) > width else "")


def describe(exc: ValidationError, source: str, *, prefix: Sequence[int | str] = ()) -> str:
    """One line: 'SOURCE: FIELD: what is wrong' for the first error, counting the rest."""
    errors = exc.errors(include_url=False)
    first = errors[0]
    line = f"{source}: {field_path([*prefix, *_clean_loc(first['loc'])])}: {_message(first)}"
    if len(errors) > 1:
        line += f" (and {len(errors) - 1} more problem{'s' if len(errors) > 2 else ''})"
    return line


def _clean_loc(loc: Sequence[Any]) -> list[int | str]:
    # pydantic adds the union member or validator name into loc; keep only real keys.
    return [p for p in loc if isinstance(p, int) or not str(p).startswith(("function-", "tagged-"))]


def _message(error: Any) -> str:
    kind = error["type"]
    if kind in _MESSAGES:
        return _MESSAGES[kind]
    msg = str(error["msg"])
    for noise in ("Value error, ", "Assertion failed, "):
        msg = msg.removeprefix(noise)
    return msg
