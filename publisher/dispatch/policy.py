"""What a failed send leads to: one table from what the error says to what happens.

Adapters never decide retry policy; they raise an error that carries data (see
``publisher.adapters.base.AdapterError``) and this module reads it. An exception
that is not ours is a bug somewhere: it is retried like network trouble, and like
network trouble it counts against ``max_attempts``, so a bug that fails every time
ends as a failed post instead of a retry every minute forever.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from publisher.adapters.base import AdapterError
from publisher.adapters.network import reason
from publisher.errors import PublisherError


class Action(StrEnum):
    WAIT = "wait"  # retry at the platform's time; the attempt does not count
    RETRY = "retry"  # retry after a backoff; the attempt counts
    PAUSE = "pause"  # the account rests; the attempt does not count
    FAIL = "fail"  # final, with the platform's reason
    PARK = "park"  # it may have gone out: a person resolves it (`posts resolve`)


@dataclass(frozen=True)
class Verdict:
    action: Action
    reason: str
    unexpected: bool = False  # a bug, not an answer from the platform: log its traceback

    @property
    def counts_attempt(self) -> bool:
        return self.action in (Action.RETRY, Action.FAIL)


# The table, first match wins: (what the error says, the action, the reason's prefix).
_RULES: tuple[tuple[str, Action, str], ...] = (
    ("outcome_unknown", Action.PARK, "sent or not, the platform cannot tell: "),
    ("pauses_account", Action.PAUSE, "credentials refused: "),
    ("asks_to_wait", Action.WAIT, "rate limited: "),
    ("retryable", Action.RETRY, ""),
)


def decide(error: BaseException) -> Verdict:
    """The verdict on one failed send."""
    if isinstance(error, AdapterError):
        for flag, action, prefix in _RULES:
            if getattr(error, flag):
                return Verdict(action, prefix + str(error))
        return Verdict(Action.FAIL, str(error))
    if isinstance(error, PublisherError):  # the account cannot work as set up (an extra)
        hint = f" ({error.hint})" if error.hint else ""
        return Verdict(Action.PAUSE, f"cannot use the account: {error.message}{hint}")
    if isinstance(error, OSError):  # a client library's network error an adapter let through
        return Verdict(Action.RETRY, f"the platform could not be reached: {reason(error)}")
    return Verdict(Action.RETRY, f"unexpected error: {error!r}", unexpected=True)
