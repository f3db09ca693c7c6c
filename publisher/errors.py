"""The one exception family, and the turning of a schema's validation errors into one
line that names the file and the field. Messages are written for the person at the
terminal."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from pydantic import ValidationError


class PublisherError(Exception):
    """Base of every error the tool reports to a user.

    ``hint`` is an optional second line telling the user what to do next.
    """

    def __init__(self, message: str, *, hint: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint

    def __str__(self) -> str:
        return self.message


class ConfigError(PublisherError):
    """The configuration file or an environment variable is wrong."""


class CaseFileError(PublisherError):
    """A case folder or CSV row cannot be read; the message names file and field."""


class ImageError(PublisherError):
    """An image cannot be decoded, is too large, or its settings are wrong."""


class StoreError(PublisherError):
    """The database refused an operation or is at the wrong schema version."""


class NotFoundError(PublisherError):
    """A case, post or account named by the user does not exist."""


class InvalidStateError(PublisherError):
    """The requested change is not allowed in the object's current state."""


class MissingExtraError(PublisherError):
    """An optional dependency is not installed; the hint names the pip command."""

    def __init__(self, what: str, extra: str) -> None:
        super().__init__(
            f"{what} needs the optional '{extra}' dependencies, which are not installed",
            hint=f"pip install 'publisher[{extra}]'",
        )
        self.extra = extra


# -- validation errors as one line ---------------------------------------------------

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


def describe_invalid(exc: ValidationError, source: str, *, prefix: Sequence[int | str] = ()) -> str:
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
