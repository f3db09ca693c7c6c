"""Log lines for people (one line per event) or for machines (one JSON object per line)."""

from __future__ import annotations

import json
import logging
import sys
from dataclasses import asdict
from datetime import UTC, datetime
from typing import Any


class TextFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        line = f"{_when(record)} {record.levelname:<7} {record.getMessage()}"
        if record.exc_info:
            line += "\n" + self.formatException(record.exc_info)
        return line


class JsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        data: dict[str, Any] = {
            "time": _when(record),
            "level": record.levelname.lower(),
            "logger": record.name,
            "message": record.getMessage(),
        }
        event = getattr(record, "event", None)
        if event is not None:
            data.update({k: v for k, v in asdict(event).items() if k not in ("text", "at")})
        if record.exc_info:
            data["exception"] = self.formatException(record.exc_info)
        return json.dumps(data, ensure_ascii=False, default=str)


def _when(record: logging.LogRecord) -> str:
    # An event carries the engine's clock (which PUBLISHER_NOW may shift); use it.
    event = getattr(record, "event", None)
    moment = event.at if event is not None else datetime.fromtimestamp(record.created, UTC)
    return moment.astimezone(UTC).isoformat(timespec="seconds").replace("+00:00", "Z")


def configure(fmt: str = "text", level: int = logging.INFO) -> None:
    """Send publisher's logs to stderr in the chosen format."""
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(JsonFormatter() if fmt == "json" else TextFormatter())
    root = logging.getLogger("publisher")
    root.handlers[:] = [handler]
    root.setLevel(level)
    root.propagate = False
    # APScheduler's own chatter adds nothing to ours.
    logging.getLogger("apscheduler").setLevel(logging.WARNING)
