"""Snapshots as data: their labels, and one snapshot of one post as the report reads it.
Pure: no database, no platform."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

TALLY = "tally"  # the snapshot of a quiz's poll read just before its answer went out
COUNTS = ("likes", "reposts", "replies", "quotes", "views")
# What a reader did with a post: views are not in it (not every platform gives them).
INTERACTIONS = ("likes", "reposts", "replies", "quotes")


def label(age: timedelta) -> str:
    """A snapshot age as a label: "1h", "1d", "90m" (the largest whole unit)."""
    minutes = int(age.total_seconds() // 60)
    if minutes % (24 * 60) == 0:
        return f"{minutes // (24 * 60)}d"
    if minutes % 60 == 0:
        return f"{minutes // 60}h"
    return f"{minutes}m"


@dataclass(frozen=True)
class Snapshot:
    """One post's counts at one moment, as stored."""

    label: str
    taken_at: datetime
    found: bool = True  # False: the platform no longer has the post
    likes: int | None = None
    reposts: int | None = None
    replies: int | None = None
    quotes: int | None = None
    views: int | None = None
    poll: tuple[int, ...] | None = None
    voters: int | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def interactions(self) -> int:
        """Likes, reposts, replies and quotes together (a count not given counts 0)."""
        return sum(getattr(self, name) or 0 for name in INTERACTIONS)

    @property
    def votes(self) -> int | None:
        return None if self.poll is None else sum(self.poll)

    def counts(self) -> dict[str, Any]:
        """The counts as JSON: what `cases show` and `posts list --json` print."""
        found: dict[str, Any] = {
            "label": self.label,
            "taken_at": self.taken_at.isoformat(),
            **{name: getattr(self, name) for name in COUNTS},
        }
        if not self.found:
            found["gone"] = True
        if self.poll is not None:
            found["poll"] = list(self.poll)
        if self.voters is not None:
            found["voters"] = self.voters
        if self.extra:
            found["extra"] = dict(self.extra)
        return found


def latest(snapshots: list[Snapshot]) -> Snapshot | None:
    """The most recent snapshot that found the post, else the most recent one."""
    ordered = sorted(snapshots, key=lambda s: s.taken_at)
    found = [s for s in ordered if s.found]
    chosen = found or ordered
    return chosen[-1] if chosen else None
