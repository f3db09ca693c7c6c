"""The webhook's fake platform for the adapter contract suite: the local test platform."""

from __future__ import annotations

import base64
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from publisher.adapters.webhook import WebhookAdapter
from tests.adapters.harness import SentRecord
from tests.support.platform_server import WITHOUT_ID, Answer, PlatformServer, StoredPost

TOKEN = "webhook-test-token-5f1c"  # distinctive, so a leak into any message is easy to spot


class WebhookHarness:
    """The Harness protocol over a running PlatformServer."""

    name = "webhook"

    def __init__(self, server: PlatformServer, state_dir: Path) -> None:
        self.server = server
        self.state_dir = state_dir
        self.hook_url = f"{server.url}/hook"
        self._adapters: list[WebhookAdapter] = []

    def adapter(self, **settings: Any) -> WebhookAdapter:
        """A fresh adapter posting to the platform with the test token; settings override."""
        config: dict[str, Any] = {"url": self.hook_url, "token": TOKEN, **settings}
        adapter = WebhookAdapter("test-webhook", config, state_dir=self.state_dir)
        self._adapters.append(adapter)
        return adapter

    def close(self) -> None:
        """Close every adapter handed out, so no socket outlives its test."""
        for adapter in self._adapters:
            adapter.close()

    def fail_next_create(
        self, status: int, *, retry_after_seconds: int | None = None, message: str = "failure"
    ) -> None:
        """Make the next create answer ``status``, with Retry-After when given."""
        headers = {} if retry_after_seconds is None else {"Retry-After": str(retry_after_seconds)}
        self.server.script([Answer(status, headers, {"error": message})])

    def fail_next_lookup(self, status: int) -> None:
        """Make the next lookup by idempotency key answer ``status``."""
        self.server.script([Answer(status, {}, {"error": "failure"})], method="GET")

    def omit_id_next_create(self) -> None:
        """Make the next create succeed without an id."""
        self.server.script([WITHOUT_ID])

    def sent(self) -> list[SentRecord]:
        """Every post the platform stored, in order."""
        return [_record(post) for post in self.server.stored()]


def _record(stored: StoredPost) -> SentRecord:
    post = stored.as_dict()
    images = post.get("images") or []
    poll = post.get("poll")
    return SentRecord(
        remote_id=post["id"],
        text=post.get("text", ""),
        reply_to=post.get("reply_to"),
        alts=[image["alt"] for image in images],
        media_bytes=[base64.b64decode(image["data"]) for image in images],
        spoiler=post.get("spoiler"),
        poll_options=list(poll["options"]) if poll else None,
        idempotency_key=stored.request.headers.get("idempotency-key"),
    )


@pytest.fixture
def webhook_harness(tmp_path: Path) -> Iterator[WebhookHarness]:
    """The webhook adapter's harness on a fresh local platform."""
    with PlatformServer() as server:
        harness = WebhookHarness(server, tmp_path)
        yield harness
        harness.close()
