"""Log lines for people (one line per event) or for machines (one JSON object per line).

One line per event, whatever happened: an exception adds its type and first line, and
its traceback only with ``--debug`` (a dropped database connection must not put forty
lines in a daemon's log). Every timestamp comes from the process's one clock, so a
run under PUBLISHER_NOW logs simulated time throughout.
"""

from __future__ import annotations

import json
import logging
import sys
from collections.abc import Callable
from dataclasses import asdict
from datetime import UTC, datetime
from typing import Any

Now = Callable[[], datetime]


def _real_now() -> datetime:
    return datetime.now(UTC)


class _Formatter(logging.Formatter):
    def __init__(self, *, now: Now = _real_now, debug: bool = False) -> None:
        super().__init__()
        self.now = now
        self.debug = debug

    def when(self, record: logging.LogRecord) -> str:
        # An event carries the engine's clock; anything else is stamped by the same
        # clock as it is written (handlers here write synchronously).
        event = getattr(record, "event", None)
        moment = event.at if event is not None else self.now()
        return moment.astimezone(UTC).isoformat(timespec="seconds").replace("+00:00", "Z")

    def message(self, record: logging.LogRecord) -> str:
        text = one_line(record.getMessage())
        if record.exc_info and record.exc_info[1] is not None:
            text += f": {exception_line(record.exc_info[1])}"
        return text

    def traceback(self, record: logging.LogRecord) -> str | None:
        if self.debug and record.exc_info:
            return self.formatException(record.exc_info)
        return None


class TextFormatter(_Formatter):
    def format(self, record: logging.LogRecord) -> str:
        line = f"{self.when(record)} {record.levelname:<7} {self.message(record)}"
        trace = self.traceback(record)
        return f"{line}\n{trace}" if trace else line


class JsonFormatter(_Formatter):
    def format(self, record: logging.LogRecord) -> str:
        data: dict[str, Any] = {
            "time": self.when(record),
            "level": record.levelname.lower(),
            "logger": record.name,
            "message": self.message(record),
        }
        event = getattr(record, "event", None)
        if event is not None:
            data.update({k: v for k, v in asdict(event).items() if k not in ("text", "at")})
        trace = self.traceback(record)
        if trace:
            data["exception"] = trace
        return json.dumps(data, ensure_ascii=False, default=str)


def one_line(text: str) -> str:
    """Text with its line breaks folded, so that one event stays one line."""
    return " | ".join(line.strip() for line in text.splitlines() if line.strip())


def exception_line(exc: BaseException) -> str:
    """An exception as one line: its type and the first line of its message."""
    first = next((line.strip() for line in str(exc).splitlines() if line.strip()), "")
    name = type(exc).__name__
    return f"{name}: {first}" if first else name


def configure(fmt: str = "text", level: int = logging.INFO, *, now: Now = _real_now,
              debug: bool = False) -> None:  # fmt: skip
    """Send publisher's logs to stderr in the chosen format, stamped by ``now``."""
    handler = logging.StreamHandler(sys.stderr)
    cls = JsonFormatter if fmt == "json" else TextFormatter
    handler.setFormatter(cls(now=now, debug=debug))
    root = logging.getLogger("publisher")
    root.handlers[:] = [handler]
    root.setLevel(logging.DEBUG if debug else level)
    root.propagate = False
    # APScheduler's own chatter adds nothing to ours.
    logging.getLogger("apscheduler").setLevel(logging.WARNING)
