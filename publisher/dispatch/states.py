"""A post's kind and where it stands in its lifecycle. Light on purpose: the command
line offers these as choices without loading the database layer.

pending -> claimed (lease) -> sending -> sent
                                      -> retry_wait -> claimed ...
                                      -> failed | unknown
pending -> missed | cancelled
"""

from __future__ import annotations

from enum import StrEnum


class PostKind(StrEnum):
    PROMPT = "prompt"
    ANSWER = "answer"


class PostState(StrEnum):
    PENDING = "pending"
    CLAIMED = "claimed"
    SENDING = "sending"
    SENT = "sent"
    RETRY_WAIT = "retry_wait"
    FAILED = "failed"
    CANCELLED = "cancelled"
    MISSED = "missed"
    UNKNOWN = "unknown"
