"""A crash mid-send on a platform without idempotency keys, through the real engine: an
organization's posts are read back and the post is marked sent once; a member's cannot
be read, so the post is parked as `unknown` and never sent blindly again."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from publisher.cases.importing import import_paths
from publisher.cases.review import approve_case
from publisher.clock import SimulatedClock
from publisher.config import Settings, load_settings
from publisher.dispatch.dispatcher import Dispatcher
from publisher.schedule.writing import plan
from publisher.store import Store
from publisher.store.models import Post, PostState
from tests.adapters.fake_linkedin import TOKEN, LinkedInHarness
from tests.conftest import write_case

START = datetime(2026, 11, 30, 13, 0, tzinfo=UTC)  # Monday 08:00 in New York
SLOT = datetime(2026, 11, 30, 14, 0, tzinfo=UTC)


def _setup(store: Store, tmp_path: Path, li: LinkedInHarness, author: str) -> Settings:
    li.fake.author = author
    path = tmp_path / "config.toml"
    path.write_text(
        f'[accounts.dept-linkedin]\nadapter = "linkedin"\nauthor = "{author}"\n'
        f'access_token = "${{LI_TOKEN}}"\napi_base_url = "{li.fake.base_url}"\n\n'
        '[[themes]]\nweekday = "monday"\nhashtag = "#MSKMonday"\nsections = ["msk"]\n'
        'answer_after = "24h"\n',
        encoding="utf-8",
    )
    settings = load_settings(path, {})
    write_case(tmp_path / "cases", "msk-1")
    import_paths(store, [tmp_path / "cases"], now=START)
    with store.session() as session:
        approve_case(session, "msk-1", by="R", now=START)
    plan(store, settings, now=START, weeks=1)
    return settings


def _send_then_crash(store: Store, settings: Settings, clock: SimulatedClock) -> None:
    """The prompt reaches LinkedIn, then the worker dies before recording it."""
    engine = Dispatcher(
        store, settings, clock=clock, env={"LI_TOKEN": TOKEN}, on_event=lambda e: None
    )
    clock.advance_to(SLOT)
    engine.dispatch()
    engine.stop()
    with store.session() as session:
        prompt = session.scalars(select(Post).where(Post.kind == "prompt")).one()
        assert prompt.state == PostState.SENT
        prompt.state, prompt.remote_id, prompt.remote_url = PostState.SENDING, None, None
        prompt.lease_until = SLOT + timedelta(minutes=1)


def _reconcile(store: Store, settings: Settings, clock: SimulatedClock) -> str:
    clock.advance_to(SLOT + timedelta(minutes=30))
    engine = Dispatcher(
        store, settings, clock=clock, env={"LI_TOKEN": TOKEN}, on_event=lambda e: None
    )
    engine.reconcile()
    engine.stop()
    with store.session() as session:
        return session.scalars(select(Post.state).where(Post.kind == "prompt")).one()


@pytest.mark.parametrize(
    ("author", "readable", "state"),
    [("urn:li:organization:2414183", True, PostState.SENT), ("urn:li:person:782bbtaQ", False, PostState.UNKNOWN)],
)  # fmt: skip
def test_a_crash_mid_send_is_reconciled_or_parked(
    linkedin_harness: LinkedInHarness, tmp_path: Path, author: str, readable: bool, state: str
) -> None:
    store = Store(f"sqlite:///{tmp_path / 'db.sqlite'}")
    clock = SimulatedClock(START)
    # The platform stamps its posts with real time, whatever the engine's clock says.
    linkedin_harness.fake.can_read = readable
    settings = _setup(store, tmp_path, linkedin_harness, author)
    _send_then_crash(store, settings, clock)
    assert _reconcile(store, settings, clock) == state
    assert len(linkedin_harness.fake.posts) == 1  # never sent a second time
    if readable:
        with store.session() as session:
            remote = session.scalars(select(Post.remote_id).where(Post.kind == "prompt")).one()
        assert remote == linkedin_harness.fake.posts[0]["id"]
    store.close()
