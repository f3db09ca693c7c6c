"""Report lines printed as each item is done, under a progress bar when a person is watching.

The bar is click's, on stderr, and only when both stdout and stderr are a
terminal: piped or redirected output, and JSON, stay plain lines.
"""

from __future__ import annotations

import sys
from types import TracebackType
from typing import TextIO

import click

# Erase the terminal line the bar is on, so a report line can take its place; the
# bar is drawn again below it on the next step. Click's bar relies on the same
# ANSI terminal behaviour to hide the cursor.
_ERASE_LINE = "\r\x1b[K"


class ProgressLines:
    """``echo`` a line per item done; ``total`` items, a bar when it helps."""

    def __init__(self, total: int, *, label: str, quiet: bool = False) -> None:
        self.quiet = quiet
        self.shown = not quiet and total > 1 and _is_terminal(sys.stdout, sys.stderr)
        self._bar = click.progressbar(
            length=total, label=label, file=sys.stderr, hidden=not self.shown, show_pos=True
        )

    def __enter__(self) -> ProgressLines:
        self._bar.__enter__()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self._bar.__exit__(exc_type, exc, tb)

    def echo(self, line: str | None) -> None:
        """Print ``line`` (unless quiet or None) and count one item done."""
        if line is not None and not self.quiet:
            if self.shown:
                click.echo(_ERASE_LINE, file=sys.stderr, nl=False)
            click.echo(line)
        self._bar.update(1)


def _is_terminal(*streams: TextIO) -> bool:
    return all(stream.isatty() for stream in streams)
