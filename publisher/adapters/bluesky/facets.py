"""Pure pieces of a Bluesky post record: rich-text facets and record keys (TIDs).

Nothing here talks to a server. Facet detection is the atproto SDK's port of
the official TypeScript detector, so tags and links match what the Bluesky app
itself would make of the same text.
"""

from __future__ import annotations

import secrets
import threading
import time
from datetime import UTC, datetime, timedelta
from typing import Any

# base32-sortable: the string order of two TIDs is their numeric order.
TID_ALPHABET = "234567abcdefghijklmnopqrstuvwxyz"
TID_LENGTH = 13
_CLOCK_ID_BITS = 10
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


def encode_tid(micros: int, clock_id: int) -> str:
    """The TID for a microsecond UNIX timestamp and a 10-bit clock id."""
    if not 0 <= clock_id < 1 << _CLOCK_ID_BITS or not 0 <= micros < 1 << 53:
        raise ValueError("a TID holds 53 bits of microseconds and a 10-bit clock id")
    value = (micros << _CLOCK_ID_BITS) | clock_id
    chars = []
    for _ in range(TID_LENGTH):
        chars.append(TID_ALPHABET[value & 31])
        value >>= 5
    return "".join(reversed(chars))


def decode_tid(tid: str) -> tuple[int, int]:
    """The (microseconds, clock id) a TID encodes."""
    if len(tid) != TID_LENGTH or any(c not in TID_ALPHABET for c in tid):
        raise ValueError(f"not a TID: {tid!r}")
    value = 0
    for char in tid:
        value = (value << 5) | TID_ALPHABET.index(char)
    return value >> _CLOCK_ID_BITS, value & ((1 << _CLOCK_ID_BITS) - 1)


def iso_datetime(micros: int) -> str:
    """A microsecond UNIX timestamp as an atproto datetime, e.g. 2026-03-02T14:00:00.000001Z."""
    moment = _EPOCH + timedelta(microseconds=micros)
    return f"{moment:%Y-%m-%dT%H:%M:%S}.{moment.microsecond:06d}Z"


class TidClock:
    """Hands out strictly increasing TIDs, even for calls within one microsecond.

    The random clock id keeps two processes that pick a key in the same
    microsecond apart; the monotonic step keeps one process's keys (and the
    createdAt stamps derived from them) in order when the wall clock stalls or
    steps back.
    """

    def __init__(self, clock_id: int | None = None) -> None:
        self.clock_id = secrets.randbelow(1 << _CLOCK_ID_BITS) if clock_id is None else clock_id
        self._last = 0
        self._lock = threading.Lock()

    def next(self, now_micros: int | None = None) -> tuple[str, int]:
        """A new TID and the microsecond timestamp it encodes."""
        now = time.time_ns() // 1000 if now_micros is None else now_micros
        with self._lock:
            self._last = max(now, self._last + 1)
            micros = self._last
        return encode_tid(micros, self.clock_id), micros


def detect_facets(text: str) -> list[Any]:
    """Tag and link facets (``app.bsky.richtext.facet``) with UTF-8 byte offsets."""
    from atproto import client_utils  # the caller has already checked the extra

    # Cashtags ($ABC) come back as tags too; only real #hashtags are wanted.
    return [
        facet
        for facet in client_utils.detect_facets(text)
        if not str(getattr(facet.features[0], "tag", "")).startswith("$")
    ]
