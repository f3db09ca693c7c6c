"""Finding our own post among an account's recent ones, for platforms without an
idempotency key: the same text, posted no earlier than the first try (less some slack)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from publisher.adapters.base import OutgoingPost

# How far before the engine's time for this try a copy may be: the clocks may disagree a
# little, and a retry comes after a backoff of up to [dispatch] retry_max (1h by default),
# while the engine hands over the time of the latest try.
LOOKBACK = timedelta(hours=2)


def comparable(text: str) -> str:
    """Text with runs of white space made one space: platforms trim and fold them."""
    return " ".join(text.split())


def is_same_text(theirs: str, ours: str) -> bool:
    return comparable(theirs) == comparable(ours)


def earliest(post: OutgoingPost) -> datetime | None:
    """The earliest moment a copy of this post can carry; None when the engine gave no
    first-try time (then nothing can be told apart from an older post with the same text)."""
    first_try = post.created_at
    if first_try is None:
        return None
    if first_try.tzinfo is None:
        first_try = first_try.replace(tzinfo=UTC)
    return first_try - LOOKBACK
