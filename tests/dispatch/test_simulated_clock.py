"""A simulated clock (a rehearsal, PUBLISHER_NOW) is the engine's time, not the
platform's: after a lost answer, the Mastodon adapter looks for the post among the
server's statuses, stamped with the server's real time, and must find it there
whatever year the engine's clock says (issue 12, item 6)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import select

from publisher.cases.importing import import_paths
from publisher.cases.review import approve_case
from publisher.clock import SimulatedClock
from publisher.config import load_settings
from publisher.dispatch.dispatcher import Dispatcher
from publisher.schedule.writing import plan
from publisher.store import Store
from publisher.store.models import Post, PostState
from tests.adapters.fake_mastodon import TOKEN, MastodonHarness, mastodon_harness
from tests.conftest import write_case

__all__ = ["mastodon_harness"]

# Monday 3 March 2031, 08:00 in New York: years away from the server's own clock.
START = datetime(2031, 3, 3, 13, 0, tzinfo=UTC)
CONFIG = """
[accounts.dept]
adapter = "mastodon"
api_base_url = "{url}"
access_token = "${{MASTODON_TOKEN}}"
[[themes]]
weekday = "monday"
hashtag = "#MSKMonday"
sections = ["msk"]
"""


def test_a_lost_answer_is_found_by_the_servers_time_not_the_simulated_one(
    store: Store, tmp_path: Path, mastodon_harness: MastodonHarness
) -> None:
    fake = mastodon_harness.fake
    (tmp_path / "config.toml").write_text(CONFIG.format(url=fake.base_url))
    settings = load_settings(tmp_path / "config.toml", {"PUBLISHER_STATE_DIR": str(tmp_path)})
    write_case(tmp_path / "cases", "msk-1")
    import_paths(store, [tmp_path / "cases"], now=START, ocr=False)
    with store.session() as s:
        approve_case(s, "msk-1", by="R", now=START)
    plan(store, settings, now=START, weeks=1)
    clock = SimulatedClock(START + timedelta(hours=1))
    engine = Dispatcher(store, settings, clock=clock, env={"MASTODON_TOKEN": TOKEN})
    engine.dispatch()
    assert len(fake.records) == 1  # the prompt is on the server, stamped in real time
    with store.session() as s:  # as if the server's answer had been lost on the way
        prompt = s.scalars(select(Post).where(Post.kind == "prompt")).one()
        prompt.state, prompt.lease_until, prompt.remote_id = PostState.SENDING, clock.now(), None

    clock.advance_to(clock.now() + timedelta(minutes=30))
    events = engine.dispatch()
    engine.stop()

    # Found on the server and recorded as sent, not taken for unsent and sent again (which
    # only the server's idempotency key, kept an hour, would have caught).
    assert [(e.kind, e.state, e.error) for e in events] == [("prompt", "sent", None)]
    assert len(fake.records) == 1
    with store.session() as s:
        prompt = s.scalars(select(Post).where(Post.kind == "prompt")).one()
        assert (prompt.state, prompt.remote_id) == ("sent", fake.records[0].remote_id)
