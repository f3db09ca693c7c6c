"""The dispatch engine end to end: real database, the webhook adapter posting to a
local test platform, and a simulated clock (no waiting, no sleeping)."""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.orm import selectinload

from publisher.cases.importing import import_paths
from publisher.cases.review import approve_case
from publisher.clock import SimulatedClock
from publisher.config import Settings, load_settings
from publisher.dispatch.dispatcher import Dispatcher
from publisher.dispatch.events import Event
from publisher.schedule.writing import plan
from publisher.store import Store
from publisher.store.models import Account, Post, PostState
from tests.conftest import write_case
from tests.support.platform_server import WITHOUT_ID, Answer, PlatformServer

# Monday 30 November 2026, 08:00 in New York; the MSK slot is at 09:00 (14:00 UTC).
START = datetime(2026, 11, 30, 13, 0, tzinfo=UTC)
SLOT = datetime(2026, 11, 30, 14, 0, tzinfo=UTC)

CONFIG = """
[schedule]
misfire_grace = "1h"
catch_up_spacing = "2h"
[dispatch]
retry_base = "1m"
max_attempts = 3
auth_pause = "30m"
[accounts.hook]
adapter = "webhook"
url = "{url}/hook"
text_limit = {limit}
[[themes]]
weekday = "monday"
hashtag = "#MSKMonday"
sections = ["msk"]
answer_after = "24h"
[[themes]]
weekday = "tuesday"
hashtag = "#TummyTuesday"
sections = ["abdomen"]
answer_after = "next 10:00"
"""


@pytest.fixture
def platform() -> Iterator[PlatformServer]:
    with PlatformServer() as server:
        yield server


def setup(
    store: Store, tmp_path: Path, platform: PlatformServer, *, limit: int = 5000, weeks: int = 1
) -> Settings:
    return plan_config(store, tmp_path, CONFIG.format(url=platform.url, limit=limit), weeks=weeks)


def plan_config(store: Store, tmp_path: Path, config: str, *, weeks: int = 1) -> Settings:
    """The config written and loaded; an MSK and an abdomen case imported, approved, planned."""
    path = tmp_path / "config.toml"
    path.write_text(config)
    settings = load_settings(path, {})
    write_case(tmp_path / "cases", "msk-1")
    write_case(tmp_path / "cases", "abd-1", section="abdomen", title="Belly pain")
    import_paths(store, [tmp_path / "cases"], now=START)
    with store.session() as s:
        approve_case(s, "msk-1", by="t", now=START)
        approve_case(s, "abd-1", by="t", now=START)
    plan(store, settings, now=START, weeks=weeks)
    return settings


class Run:
    """An engine on a simulated clock that records every event."""

    def __init__(
        self, store: Store, settings: Settings, at: datetime = START, *, strict: bool = True
    ) -> None:
        self.clock = SimulatedClock(at)
        self.events: list[Event] = []
        self.engine = Dispatcher(store, settings, clock=self.clock, on_event=self.events.append)
        self.strict = strict

    def at(self, moment: datetime, **kw: bool) -> list[tuple[str, str, int, str]]:
        self.clock.advance_to(moment)
        before = len(self.events)
        self.engine.dispatch(**kw)
        new = self.events[before:]
        # The engine turns a bug into a retry to keep the daemon alive; a test must not.
        assert not self.strict or not [e.error for e in new if "unexpected" in (e.error or "")]
        return [(e.case, e.kind, e.part, e.state) for e in new]


def posts(store: Store) -> list[Post]:
    with store.session() as s:
        return list(s.scalars(select(Post).order_by(Post.id).options(selectinload(Post.case))))


def test_prompt_then_answer_as_a_reply_after_its_delay(
    store: Store, tmp_path: Path, platform: PlatformServer
) -> None:
    run = Run(store, setup(store, tmp_path, platform))
    assert run.at(SLOT - timedelta(seconds=1)) == []
    assert run.at(SLOT) == [("msk-1", "prompt", 1, "sent")]
    assert run.at(SLOT + timedelta(hours=23, minutes=59)) == []
    assert run.at(SLOT + timedelta(hours=24)) == [
        ("msk-1", "answer", 1, "sent"),
        ("abd-1", "prompt", 1, "sent"),
    ]
    sent = platform.posts()
    assert [p["kind"] for p in sent[:2]] == ["prompt", "answer"]
    assert sent[1]["reply_to"] == sent[0]["id"]
    assert sent[1]["spoiler"] == "Answer: #MSKMonday Wrist pain after a fall"
    assert sent[0]["images"][0]["alt"].startswith("PA radiograph")
    prompt = posts(store)[0]
    assert prompt.state == "sent" and prompt.remote_url == platform.url + f"/p/{sent[0]['id']}"


def test_the_answer_follows_the_real_send_time(
    store: Store, tmp_path: Path, platform: PlatformServer
) -> None:
    run = Run(store, setup(store, tmp_path, platform))
    late = SLOT + timedelta(minutes=40)  # within the grace: sent late
    assert run.at(late) == [("msk-1", "prompt", 1, "sent")]
    answer = next(p for p in posts(store) if p.kind == "answer" and p.case.slug == "msk-1")
    assert answer.scheduled_at == late + timedelta(hours=24)
    # Tuesday's rule is "next 10:00": the next local day at 10:00, whatever the send time.
    run.at(SLOT + timedelta(days=1, minutes=5))
    tuesday = next(p for p in posts(store) if p.kind == "answer" and p.case.slug == "abd-1")
    assert tuesday.scheduled_at == datetime(2026, 12, 2, 15, 0, tzinfo=UTC)


def test_an_answer_whose_theme_left_the_config_keeps_its_planned_delay(
    store: Store, tmp_path: Path, platform: PlatformServer
) -> None:
    settings = setup(store, tmp_path, platform)
    # The operator drops Monday's theme after planning: its rule is gone, the plan stays.
    without_monday = replace(settings, themes=[t for t in settings.themes if t.weekday != "monday"])
    planned = next(p for p in posts(store) if p.kind == "answer" and p.case.slug == "msk-1")
    run = Run(store, without_monday)
    late = SLOT + timedelta(minutes=40)
    assert run.at(late) == [("msk-1", "prompt", 1, "sent")]
    answer = next(p for p in posts(store) if p.id == planned.id)
    assert answer.scheduled_at == planned.scheduled_at + timedelta(minutes=40)


def test_a_thread_goes_out_in_order_each_part_replying_to_the_one_before(
    store: Store, tmp_path: Path, platform: PlatformServer
) -> None:
    run = Run(store, setup(store, tmp_path, platform, limit=130))
    got = run.at(SLOT)
    prompts = [g for g in got if g[1] == "prompt"]
    assert len(prompts) >= 2 and [g[2] for g in prompts] == list(range(1, len(prompts) + 1))
    sent = platform.posts()
    for before, after in itertools.pairwise(sent):
        assert after["reply_to"] == before["id"]
    assert sent[0]["reply_to"] is None and sent[0]["images"]


def test_transient_failures_back_off_then_give_up_and_cancel_the_answer(
    store: Store, tmp_path: Path, platform: PlatformServer
) -> None:
    run = Run(store, setup(store, tmp_path, platform))
    platform.script([(503, {}), (503, {}), (503, {})])
    assert run.at(SLOT) == [("msk-1", "prompt", 1, "retry_wait")]
    first = posts(store)[0]
    assert timedelta(seconds=47) <= first.next_attempt_at - SLOT <= timedelta(seconds=73)  # type: ignore[operator]
    assert run.at(SLOT + timedelta(seconds=30)) == []  # never before the backoff
    assert run.at(SLOT + timedelta(minutes=2)) == [("msk-1", "prompt", 1, "retry_wait")]
    assert run.at(SLOT + timedelta(minutes=10)) == [("msk-1", "prompt", 1, "failed")]
    prompt, answer = [p for p in posts(store) if p.case.slug == "msk-1"][:2]
    assert prompt.attempts == 3 and "gave up after 3 attempts" in (prompt.last_error or "")
    assert answer.state == "cancelled" and f"post #{prompt.id} failed" in (answer.last_error or "")


def test_rate_limit_waits_for_the_platforms_time_without_burning_attempts(
    store: Store, tmp_path: Path, platform: PlatformServer
) -> None:
    run = Run(store, setup(store, tmp_path, platform))
    platform.script([(429, {"Retry-After": "600"})])
    assert run.at(SLOT) == [("msk-1", "prompt", 1, "retry_wait")]
    prompt = posts(store)[0]
    assert prompt.next_attempt_at == SLOT + timedelta(minutes=10)
    assert prompt.attempts == 0
    assert run.at(SLOT + timedelta(minutes=9)) == []
    assert run.at(SLOT + timedelta(minutes=10)) == [("msk-1", "prompt", 1, "sent")]


@pytest.mark.parametrize("header", ["99999999999999", "Fri, 31 Dec 9999 23:59:59 GMT"])
def test_an_absurd_rate_limit_waits_no_longer_than_the_ceiling(
    header: str, store: Store, tmp_path: Path, platform: PlatformServer
) -> None:
    run = Run(store, setup(store, tmp_path, platform))  # Run refuses "unexpected error"
    platform.script([(429, {"Retry-After": header})])
    assert run.at(SLOT) == [("msk-1", "prompt", 1, "retry_wait")]
    prompt = posts(store)[0]
    assert prompt.next_attempt_at == SLOT + timedelta(hours=6)  # [dispatch] retry_after_max
    assert prompt.attempts == 0
    assert run.at(SLOT + timedelta(hours=6)) == [("msk-1", "prompt", 1, "sent")]


def _account(store: Store) -> Account:
    with store.session() as s:
        account = s.scalar(select(Account))
        assert account is not None
        return account


def test_refused_credentials_pause_the_account_and_keep_the_post(
    store: Store, tmp_path: Path, platform: PlatformServer
) -> None:
    run = Run(store, setup(store, tmp_path, platform))
    platform.script([(401, {})])
    assert run.at(SLOT) == [("msk-1", "prompt", 1, "retry_wait")]
    account = _account(store)
    assert account.paused_until == SLOT + timedelta(minutes=30)
    assert "credentials refused" in (account.paused_reason or "")
    assert posts(store)[0].attempts == 0
    assert run.at(SLOT + timedelta(minutes=29)) == []
    assert run.at(SLOT + timedelta(minutes=31)) == [("msk-1", "prompt", 1, "sent")]


def test_rejection_and_success_without_an_id_are_permanent_failures(
    store: Store, tmp_path: Path, platform: PlatformServer
) -> None:
    run = Run(store, setup(store, tmp_path, platform))
    platform.script([Answer(422, body={"error": "text too long"})])
    assert run.at(SLOT) == [("msk-1", "prompt", 1, "failed")]
    assert "text too long" in (posts(store)[0].last_error or "")
    platform.script([WITHOUT_ID])
    assert run.at(SLOT + timedelta(days=1)) == [("abd-1", "prompt", 1, "failed")]
    failed = next(p for p in posts(store) if p.case.slug == "abd-1")
    assert "without an id" in (failed.last_error or "")


def test_beyond_the_grace_a_slot_is_missed_unless_catching_up(
    store: Store, tmp_path: Path, platform: PlatformServer
) -> None:
    settings = setup(store, tmp_path, platform, weeks=1)
    run = Run(store, settings)
    # The daemon was down for three days.
    got = run.at(SLOT + timedelta(days=3))
    assert ("msk-1", "prompt", 1, "missed") in got and ("abd-1", "prompt", 1, "missed") in got
    assert platform.posts() == []
    answer = next(p for p in posts(store) if p.kind == "answer")
    assert answer.state == "cancelled"


def test_catch_up_sends_one_slot_per_account_per_spacing(
    store: Store, tmp_path: Path, platform: PlatformServer
) -> None:
    run = Run(store, setup(store, tmp_path, platform))
    back = SLOT + timedelta(days=3)
    assert run.at(back, catch_up=True) == [("msk-1", "prompt", 1, "sent")]
    assert run.at(back + timedelta(hours=1), catch_up=True) == []
    assert run.at(back + timedelta(hours=2), catch_up=True) == [("abd-1", "prompt", 1, "sent")]
    answer = next(p for p in posts(store) if p.kind == "answer" and p.case.slug == "msk-1")
    assert answer.scheduled_at == back + timedelta(hours=24)


def test_a_prompt_caught_up_on_another_day_drops_that_days_hashtag(
    store: Store, tmp_path: Path, platform: PlatformServer
) -> None:
    run = Run(store, setup(store, tmp_path, platform))
    thursday = SLOT + timedelta(days=3)
    assert run.at(thursday, catch_up=True) == [("msk-1", "prompt", 1, "sent")]
    [prompt] = platform.posts()
    assert prompt["text"].startswith("Wrist pain after a fall\n")
    assert "#MSKMonday" not in prompt["text"] and "#MedEd #FOAMrad" in prompt["text"]
    later = run.at(thursday + timedelta(hours=24), catch_up=True)
    assert ("msk-1", "answer", 1, "sent") in later
    answer = next(p for p in platform.posts() if p["kind"] == "answer")
    assert answer["reply_to"] == prompt["id"]
    assert answer["spoiler"] == "Answer: Wrist pain after a fall"
    stored = [p for p in posts(store) if p.case.slug == "msk-1"]
    assert [(p.kind, p.state) for p in stored] == [("prompt", "sent"), ("answer", "sent")]


def test_a_prompt_caught_up_on_its_own_day_keeps_its_hashtag(
    store: Store, tmp_path: Path, platform: PlatformServer
) -> None:
    run = Run(store, setup(store, tmp_path, platform))
    assert run.at(SLOT + timedelta(hours=3), catch_up=True) == [("msk-1", "prompt", 1, "sent")]
    assert platform.posts()[0]["text"].startswith("#MSKMonday Wrist pain after a fall")


def test_a_crash_after_sending_is_reconciled_through_the_platform(
    store: Store, tmp_path: Path, platform: PlatformServer
) -> None:
    settings = setup(store, tmp_path, platform)
    crashed = Run(store, settings)
    from tests.support.platform_server import LOST_ANSWER

    platform.script([LOST_ANSWER])  # the post is created but the answer never arrives
    crashed.at(SLOT)
    with store.session() as s:  # as if the worker died mid-send
        post = s.scalars(select(Post).order_by(Post.id)).first()
        assert post is not None
        post.state, post.lease_until = PostState.SENDING, SLOT + timedelta(minutes=1)
    fresh = Run(store, settings, SLOT)
    assert fresh.at(SLOT + timedelta(minutes=30)) == [("msk-1", "prompt", 1, "sent")]
    assert platform.stats()["posts"] == 1
    assert posts(store)[0].remote_id == platform.posts()[0]["id"]


def test_a_crash_before_the_platform_saw_it_is_sent_once_later(
    store: Store, tmp_path: Path, platform: PlatformServer
) -> None:
    settings = setup(store, tmp_path, platform)
    with store.session() as s:
        post = s.scalars(select(Post).order_by(Post.id)).first()
        assert post is not None
        post.state, post.lease_until = PostState.SENDING, SLOT
    run = Run(store, settings)
    got = run.at(SLOT + timedelta(minutes=5))
    assert got == [("msk-1", "prompt", 1, "retry_wait"), ("msk-1", "prompt", 1, "sent")]
    assert platform.stats()["posts"] == 1


def test_outbox_that_cannot_tell_parks_the_post_as_unknown(store: Store, tmp_path: Path) -> None:
    settings = load_settings(None, {})
    write_case(tmp_path / "cases", "msk-1")
    import_paths(store, [tmp_path / "cases"], now=START)
    with store.session() as s:
        approve_case(s, "msk-1", by="t", now=START)
    import dataclasses

    from publisher.config import AccountSettings

    settings = dataclasses.replace(
        settings,
        accounts={"outbox": AccountSettings("outbox", "outbox", {"path": str(tmp_path / "out")})},
    )
    plan(store, settings, now=START, weeks=1)
    run = Run(store, settings)
    assert run.at(SLOT) == [("msk-1", "prompt", 1, "sent")]
    folder = next((tmp_path / "out").iterdir())
    assert (folder / "post.json").exists() and (folder / "image-1.png").exists()


def test_a_case_no_longer_approved_is_never_sent(
    store: Store, tmp_path: Path, platform: PlatformServer
) -> None:
    from publisher.store.models import Case, CaseStatus

    run = Run(store, setup(store, tmp_path, platform))
    with store.session() as s:
        case = s.scalar(select(Case).where(Case.slug == "msk-1"))
        assert case is not None
        case.status = CaseStatus.NEEDS_REVIEW
    assert run.at(SLOT) == [("msk-1", "prompt", 1, "cancelled")]
    assert platform.posts() == []
    assert [p.state for p in posts(store) if p.case.slug == "msk-1"] == ["cancelled", "cancelled"]


def test_a_missing_client_library_pauses_the_account_with_the_pip_command(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import sys

    config = tmp_path / "config.toml"
    config.write_text(
        '[accounts.dept]\nadapter = "mastodon"\napi_base_url = "http://127.0.0.1:9"\n'
        'access_token = "${T}"\n'
    )
    settings = load_settings(config, {})
    write_case(tmp_path / "cases", "msk-1")
    import_paths(store, [tmp_path / "cases"], now=START, ocr=False)
    with store.session() as s:
        approve_case(s, "msk-1", by="t", now=START)
    plan(store, settings, now=START, weeks=1)
    monkeypatch.setitem(sys.modules, "mastodon", None)  # as if the extra were not installed
    run = Run(store, settings)
    run.engine.env = {"T": "token-value"}
    assert run.at(SLOT) == [("msk-1", "prompt", 1, "retry_wait")]
    account = _account(store)
    assert "pip install 'publisher[mastodon]'" in (account.paused_reason or "")
