"""What happened to a post, as the engine reports it: log lines, `dispatch` and `demo` output."""

from __future__ import annotations

import logging
import os
import random
import socket
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from publisher.store.models import PostState, Worker

log = logging.getLogger("publisher.dispatch")


@dataclass(frozen=True)
class Event:
    """What happened to one post, for logs and for `dispatch` / `demo` output."""

    post_id: int
    case: str
    account: str
    kind: str
    part: int
    parts: int
    state: str
    at: datetime
    url: str | None = None
    error: str | None = None
    text: str = ""
    paused: bool = False  # the account was paused: it cannot post (credentials, a client)


def worker_id(mode: str) -> Worker:
    host = socket.gethostname()
    pid = os.getpid()
    return Worker(
        id=f"{host}:{pid}:{random.getrandbits(24):06x}", hostname=host, pid=pid, mode=mode
    )


def human_delay(delta: timedelta) -> str:
    minutes = int(delta.total_seconds() // 60)
    if minutes < 120:
        return f"{minutes} min"
    hours = minutes // 60
    return f"{hours} h" if hours < 48 else f"{hours // 24} days"


def log_event(event: Event) -> None:
    level = (
        logging.WARNING
        if event.state in (PostState.FAILED, PostState.UNKNOWN, PostState.MISSED)
        else logging.INFO
    )
    parts = f" part={event.part}/{event.parts}" if event.parts > 1 else ""
    log.log(
        level,
        "post=%s case=%s account=%s kind=%s%s state=%s%s%s",
        event.post_id, event.case, event.account, event.kind, parts, event.state,
        f" url={event.url}" if event.url else "",
        f" error={event.error}" if event.error and event.state != PostState.SENT else "",
        extra={"event": event},
    )  # fmt: skip


def needs_attention(events: Sequence[Event]) -> bool:
    """Whether a pass left something a person must look at: a post failed, missed or
    unknown, or an account paused because it cannot post."""
    final = (PostState.FAILED, PostState.MISSED, PostState.UNKNOWN)
    return any(e.state in final or e.paused for e in events)
