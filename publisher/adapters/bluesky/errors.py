"""Reading the atproto SDK's errors: which engine error each is, and which a retry may cure.

The adapter renews its session after a token error and reads the record key back
after a create that may have hit it; those tests sit here beside the translation
into engine errors because all of them read the same parts of a server's answer.
The SDK is imported only once one of its errors is in hand, so importing this
module does not load it.
"""

from __future__ import annotations

from datetime import datetime

from publisher.adapters import waits
from publisher.adapters.base import (
    AdapterError,
    AuthError,
    RateLimitedError,
    RejectedError,
    TransientError,
)
from publisher.adapters.network import reason

# The server refused the token itself; a refresh or a new login may fix it.
_TOKEN_ERRORS = frozenset({"ExpiredToken", "InvalidToken", "AuthenticationRequired", "AuthMissing"})
# How servers say a create hit a key already taken. The reference PDS answers a plain 500
# (bluesky-social/atproto#3718), so any 5xx also earns a look at the key.
_TAKEN_ERRORS = frozenset({"RecordAlreadyExists", "AlreadyExists", "RecordExists"})


def _status(exc: BaseException) -> int | None:
    response = getattr(exc, "response", None)
    return None if response is None else int(response.status_code)


def error_name(exc: BaseException) -> str:
    content = getattr(getattr(exc, "response", None), "content", None)
    return str(getattr(content, "error", "") or "")


def _error_text(exc: BaseException) -> str:
    """The server's own words: ``Error: message``, or the status when it sent no JSON."""
    content = getattr(getattr(exc, "response", None), "content", None)
    name, message = getattr(content, "error", None), getattr(content, "message", None)
    if name:
        return f"{name}: {message}" if message else str(name)
    return f"HTTP {_status(exc)}"


def is_token_error(exc: BaseException) -> bool:
    return _status(exc) == 401 or error_name(exc) in _TOKEN_ERRORS


def may_be_taken(exc: BaseException) -> bool:
    """Whether a failed create may mean the record key is already taken (an earlier try)."""
    status = _status(exc) or 0
    text = _error_text(exc).lower()
    return (
        status == 409
        or status >= 500
        or error_name(exc) in _TAKEN_ERRORS
        or (status == 400 and "already exists" in text)
    )


def translate(exc: BaseException, action: str, now: datetime, host: str = "") -> AdapterError:
    """The engine's error class for an SDK exception; messages carry no tokens or passwords."""
    # Only ever called with an SDK exception in hand, so the SDK is installed and loaded.
    from atproto.exceptions import RequestErrorBase

    if isinstance(exc, RequestErrorBase) and exc.response is None:
        # No answer at all: refused, reset or timed out.
        where = f" at {host}" if host else ""
        return TransientError(f"Bluesky{where} could not be reached to {action}: {reason(exc)}")
    status = _status(exc)
    if status is None:
        # Not an HTTP error (an answer that did not parse, ...). Its text may quote request
        # data, so only its class goes into the message.
        return RejectedError(f"Bluesky: could not {action} ({type(exc).__name__})")
    detail = _error_text(exc)
    if status == 429:
        return RateLimitedError(f"Bluesky rate limit: {detail}", retry_after=_reset_time(exc, now))
    if is_token_error(exc) or status == 403:
        return AuthError(f"Bluesky refused the credentials to {action}: {detail}")
    if status >= 500 or status == 408:
        return TransientError(f"Bluesky failed to {action} (HTTP {status}): {detail}")
    return RejectedError(f"Bluesky refused to {action} (HTTP {status}): {detail}")


def _reset_time(exc: BaseException, now: datetime) -> datetime | None:
    """When the rate limit lifts: ``ratelimit-reset`` (epoch seconds), else ``retry-after``."""
    headers = getattr(getattr(exc, "response", None), "headers", None) or {}
    reset = waits.reset_at(headers.get("ratelimit-reset"), now)
    return reset or waits.retry_after(headers.get("retry-after"), now)
