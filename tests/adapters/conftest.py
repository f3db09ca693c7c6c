"""The fake platforms as fixtures, plus ``harness``: one parametrised fixture over every
adapter, so that the contract suite runs the same tests against each of them.

pytest reads ``pytest_plugins`` only in the rootdir's conftest, so the platform
fixtures are imported here by name instead; ``__all__`` keeps them registered.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from publisher.adapters import adapter_class
from publisher.adapters.base import Adapter
from publisher.adapters.outbox import OutboxAdapter
from tests.adapters.fake_bluesky import bluesky_harness
from tests.adapters.fake_discord import discord_harness
from tests.adapters.fake_facebook import facebook_harness
from tests.adapters.fake_instagram import instagram_harness
from tests.adapters.fake_linkedin import linkedin_harness
from tests.adapters.fake_mastodon import mastodon_harness
from tests.adapters.fake_reddit import reddit_harness, reddit_tls
from tests.adapters.fake_telegram import telegram_harness
from tests.adapters.fake_webhook import webhook_harness
from tests.adapters.fake_x import x_harness
from tests.adapters.harness import Harness, SentRecord
from tests.support.s3 import s3_bucket, s3_server

__all__ = [
    "bluesky_harness",
    "discord_harness",
    "facebook_harness",
    "instagram_harness",
    "linkedin_harness",
    "mastodon_harness",
    "reddit_harness",
    "reddit_tls",
    "s3_bucket",
    "s3_server",
    "telegram_harness",
    "webhook_harness",
    "x_harness",
]

ADAPTERS = ["outbox", "webhook", "x", "mastodon", "bluesky", "reddit", "telegram", "discord"]
ADAPTERS += ["instagram", "facebook", "linkedin"]
# A bot cannot read a channel's history: an interrupted send is parked as unknown
# instead (tested in test_telegram.py).
NO_LOOKUP = {"telegram"}
# Tests marked for what they need are generated only for the adapters that have it:
# ``remote_platform``, a platform that can refuse or fail; ``finds_sent``, a way to
# look up a sent post after a crash.
NEEDS = {
    "remote_platform": lambda name: name != "outbox",
    "finds_sent": lambda name: (
        adapter_class(name).find_sent is not Adapter.find_sent and name not in NO_LOOKUP
    ),
}


class OutboxHarness:
    """The Harness protocol over the dry-run adapter: posts are folders, read back from disk."""

    name = "outbox"

    def __init__(self, root: Path, state_dir: Path) -> None:
        self.root = root
        self.state_dir = state_dir

    def adapter(self) -> OutboxAdapter:
        """A fresh adapter writing into this harness' folder."""
        return OutboxAdapter("dry-run", {"path": str(self.root)}, state_dir=self.state_dir)

    def fail_next_create(
        self, status: int, *, retry_after_seconds: int | None = None, message: str = "failure"
    ) -> None:
        """Nothing remote can refuse a post written to a folder (never generated)."""
        raise AssertionError("remote_platform tests are not generated for the outbox")

    def fail_next_lookup(self, status: int) -> None:
        """The outbox cannot look up a sent post (never generated)."""
        raise AssertionError("finds_sent tests are not generated for the outbox")

    def omit_id_next_create(self) -> None:
        """The folder name is the id, so it cannot go missing (never generated)."""
        raise AssertionError("remote_platform tests are not generated for the outbox")

    def sent(self) -> list[SentRecord]:
        """Every post folder the adapter completed, oldest first."""
        written = [(path, json.loads(path.read_text(encoding="utf-8"))) for path in self._posts()]
        # File times are coarse (a clock tick), so two quick posts may share one; the
        # engine numbers posts in sending order, which settles those ties.
        written.sort(key=lambda item: (item[0].stat().st_mtime_ns, item[1]["post_id"]))
        return [_read_back(path, post) for path, post in written]

    def _posts(self) -> list[Path]:
        # Staging folders are hidden and renamed into place only when complete.
        return [path for path in self.root.glob("[!.]*/post.json") if path.is_file()]


def _read_back(path: Path, post: dict[str, Any]) -> SentRecord:
    return SentRecord(
        remote_id=path.parent.name,
        text=post["text"],
        reply_to=post["reply_to"],
        alts=list(post["alt"]),
        media_bytes=[(path.parent / name).read_bytes() for name in post["images"]],
        spoiler=post["spoiler"],
        poll_options=post["poll"]["options"] if post["poll"] else None,
        idempotency_key=post["idempotency_key"] or None,
    )


@pytest.fixture
def outbox_harness(tmp_path: Path) -> OutboxHarness:
    """The outbox adapter's harness on a fresh folder."""
    return OutboxHarness(tmp_path / "outbox", tmp_path / "state")


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """``harness`` over every adapter that has what the test needs (see NEEDS), for the
    tests that use this module's ``harness`` (a test module may define its own)."""
    defs = metafunc._arg2fixturedefs.get("harness") if "harness" in metafunc.fixturenames else None
    if not defs or defs[-1].func is not harness.__wrapped__:  # type: ignore[attr-defined]
        return
    names = [
        name
        for name in ADAPTERS
        if all(NEEDS[m.name](name) for m in metafunc.definition.iter_markers() if m.name in NEEDS)
    ]
    metafunc.parametrize("harness", names, indirect=True)


@pytest.fixture
def harness(request: pytest.FixtureRequest) -> Harness:
    """Each adapter in turn, talking to its fake platform."""
    found: Harness = request.getfixturevalue(f"{request.param}_harness")
    return found
