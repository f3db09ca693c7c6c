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

from publisher.adapters.outbox import OutboxAdapter
from tests.adapters.fake_bluesky import bluesky_harness
from tests.adapters.fake_facebook import facebook_harness
from tests.adapters.fake_instagram import instagram_harness
from tests.adapters.fake_linkedin import linkedin_harness
from tests.adapters.fake_mastodon import mastodon_harness
from tests.adapters.fake_webhook import webhook_harness
from tests.adapters.fake_x import x_harness
from tests.adapters.harness import Harness, SentRecord
from tests.support.s3 import s3_bucket, s3_server

__all__ = ["bluesky_harness", "mastodon_harness", "webhook_harness", "x_harness"]
__all__ += ["facebook_harness", "instagram_harness", "linkedin_harness", "s3_bucket", "s3_server"]

ADAPTERS = ["outbox", "webhook", "x", "mastodon", "bluesky"]
ADAPTERS += ["instagram", "facebook", "linkedin"]
NOT_REMOTE = "the outbox adapter has no remote platform to fail"


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
        """Nothing remote can refuse a post written to a folder: the test does not apply."""
        pytest.skip(NOT_REMOTE)

    def omit_id_next_create(self) -> None:
        """The folder name is the id, so it cannot go missing: the test does not apply."""
        pytest.skip(NOT_REMOTE)

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


@pytest.fixture(params=ADAPTERS)
def harness(request: pytest.FixtureRequest) -> Harness:
    """Each adapter in turn, talking to its fake platform."""
    found: Harness = request.getfixturevalue(f"{request.param}_harness")
    return found
