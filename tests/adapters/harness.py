"""The shape every adapter's fake platform takes, so one contract suite runs over all.

Each platform module ``tests/adapters/fake_<name>.py`` provides a pytest fixture
``<name>_harness`` yielding an object with this shape. The fake answers in the
platform's own wire format on 127.0.0.1 (or at the HTTP transport layer where
the client library hard-codes its host), and the adapter talks to it through
the real client library.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Protocol

from publisher.adapters.base import Adapter


@dataclass
class SentRecord:
    """One post the fake platform accepted, parsed from the requests the client sent."""

    remote_id: str
    text: str
    reply_to: str | None = None  # the remote id replied to, as the platform received it
    alts: list[str] = field(default_factory=list)  # alt texts of the attached media, in order
    media_bytes: list[bytes] = field(default_factory=list)  # uploaded media, in order
    spoiler: str | None = None
    poll_options: list[str] | None = None
    idempotency_key: str | None = None  # as sent in a header or chosen record key


class Harness(Protocol):
    name: str  # the adapter's entry-point name

    def adapter(self) -> Adapter:
        """A fresh adapter configured to talk to this fake platform."""

    def fail_next_create(
        self, status: int, *, retry_after_seconds: int | None = None, message: str = "failure"
    ) -> None:
        """Make the next create-post request answer ``status`` (429 carries the platform's
        reset header for ``retry_after_seconds``)."""

    def fail_next_lookup(self, status: int) -> None:
        """Make the next request find_sent makes answer ``status`` (adapters that can
        look up a sent post only)."""

    def omit_id_next_create(self) -> None:
        """Make the next create-post request succeed (2xx) but carry no id."""

    def sent(self) -> list[SentRecord]:
        """Every post the platform accepted so far, in order."""
