"""Secrets for a daemon or a cron job, read from a file of ``NAME=value`` lines (as
systemd's EnvironmentFile and docker's --env-file take them), so that cron, which
starts with an empty environment, posts with the same credentials as a shell."""

from __future__ import annotations

import os
import re
from collections.abc import MutableMapping
from pathlib import Path

from publisher.errors import ConfigError

_LINE = re.compile(r"(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*)")
_ESCAPES = {"n": "\n", "t": "\t", '"': '"', "\\": "\\", "$": "$"}


def read_env_file(path: Path) -> dict[str, str]:
    """The variables the file sets. Blank lines and ``#`` comments are skipped; a value
    may be quoted ('single' as it is, "double" with \\n, \\t, \\" and \\\\ escapes)."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ConfigError(f"{path}: environment file not found") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: cannot read the environment file: {exc}") from None
    found = {}
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        match = _LINE.fullmatch(line)
        if match is None:
            raise ConfigError(f"{path} line {number}: expected NAME=value")
        found[match[1]] = _value(match[2], path, number)
    return found


def load_env_file(path: Path, env: MutableMapping[str, str] | None = None) -> list[str]:
    """Set the file's variables (over any already set); returns their names."""
    values = read_env_file(path)
    target = os.environ if env is None else env
    target.update(values)
    return sorted(values)


def _value(text: str, path: Path, number: int) -> str:
    if text[:1] in ("'", '"'):
        quote = text[0]
        end = _closing(text, quote)
        if end < 0 or text[end + 1 :].strip() not in ("", *_comment(text[end + 1 :])):
            raise ConfigError(f"{path} line {number}: the value's {quote} is not closed")
        inner = text[1:end]
        if quote == "'":
            return inner
        return re.sub(r"\\(.)", lambda m: _ESCAPES.get(m[1], "\\" + m[1]), inner)
    return re.sub(r"\s+#.*$", "", text).strip()  # an unquoted value ends at a comment


def _closing(text: str, quote: str) -> int:
    index = 1
    while index < len(text):
        if text[index] == "\\" and quote == '"':
            index += 2
            continue
        if text[index] == quote:
            return index
        index += 1
    return -1


def _comment(rest: str) -> tuple[str, ...]:
    stripped = rest.strip()
    return (stripped,) if stripped.startswith("#") else ()
