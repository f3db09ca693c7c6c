"""The Friday quiz's answer tells how the audience voted: end to end on a simulated clock,
through the webhook adapter and the local test platform, on SQLite and PostgreSQL."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from publisher.cases.importing import import_paths
from publisher.cases.review import approve_case
from publisher.cli.render import preview_posts
from publisher.clock import SimulatedClock
from publisher.config import Settings, load_settings
from publisher.dispatch.dispatcher import Dispatcher
from publisher.schedule.preview import preview
from publisher.schedule.writing import plan
from publisher.store import Store
from publisher.store.models import MetricSnapshot, Post
from tests.conftest import QUIZ, write_case
from tests.support.platform_server import PlatformServer

START = datetime(2026, 11, 30, 13, 0, tzinfo=UTC)
FRIDAY = datetime(2026, 12, 4, 14, 0, tzinfo=UTC)  # 09:00 in New York
SATURDAY = FRIDAY + timedelta(days=1)  # "next 09:00": the answer
PLACEHOLDER = "Of … votes, …% chose A, Scaphoid fracture"

CONFIG = """
[quiz]
show_results = {show}
[accounts.hook]
adapter = "webhook"
url = "{url}/hook"
metrics = true
[accounts.plain]
adapter = "webhook"
url = "{url}/plain"
[[themes]]
weekday = "monday"
hashtag = "#MSKMonday"
sections = ["msk"]
answer_after = "24h"
[[themes]]
weekday = "friday"
hashtag = "#FridayQuizDay"
sections = []
quiz = true
answer_after = "next 09:00"
"""


@pytest.fixture
def platform() -> Iterator[PlatformServer]:
    with PlatformServer() as server:
        yield server


def setup(store: Store, tmp_path: Path, platform: PlatformServer, *, show: bool = True) -> Settings:
    path = tmp_path / "config.toml"
    path.write_text(CONFIG.format(url=platform.url, show="true" if show else "false"))
    settings = load_settings(path, {})
    write_case(tmp_path / "cases", "msk-1")
    write_case(tmp_path / "cases", "quiz-1", extra=QUIZ, title="Wrist quiz")
    import_paths(store, [tmp_path / "cases"], now=START)
    with store.session() as s:
        approve_case(s, "msk-1", by="t", now=START)
        approve_case(s, "quiz-1", by="t", now=START)
    plan(store, settings, now=START, weeks=1)
    return settings


def at(engine: Dispatcher, clock: SimulatedClock, moment: datetime) -> None:
    clock.advance_to(moment)
    engine.dispatch()


def sent(platform: PlatformServer, path: str, kind: str) -> dict:  # type: ignore[type-arg]
    return next(
        p
        for p in platform.posts()
        if p["kind"] == kind and p["case"] == "quiz-1" and p["url"] and _path(platform, p) == path
    )


def _path(platform: PlatformServer, post: dict) -> str:  # type: ignore[type-arg]
    stored = next(s for s in platform.stored() if s.id == post["id"])
    return stored.request.path


def test_preview_shows_where_the_tally_goes_and_nothing_else_changes(
    store: Store, tmp_path: Path, platform: PlatformServer
) -> None:
    settings = setup(store, tmp_path, platform)
    shown = preview(store, settings, first=date(2026, 11, 30), last=date(2026, 12, 5))
    answers = {(p.case, p.account): p.text for p in shown if p.kind == "answer"}
    assert PLACEHOLDER in answers[("quiz-1", "hook")]
    # An account that cannot read its polls, and a case without a quiz, have no such line.
    assert "votes" not in answers[("quiz-1", "plain")]
    assert "votes" not in answers[("msk-1", "hook")]
    assert (
        answers[("quiz-1", "hook")].replace(f"\n\n{PLACEHOLDER}", "")
        == answers[("quiz-1", "plain")]
    )
    [tallied] = [p for p in shown if p.tally]
    assert (tallied.case, tallied.account, tallied.tally) == ("quiz-1", "hook", PLACEHOLDER)
    tell = "  tally: the … are the poll's numbers, read as the answer goes out\n"
    assert preview_posts(shown).count(tell) == 1


def test_the_answer_carries_the_polls_tally(
    store: Store, tmp_path: Path, platform: PlatformServer, caplog: pytest.LogCaptureFixture
) -> None:
    settings = setup(store, tmp_path, platform)
    clock = SimulatedClock(START)
    engine = Dispatcher(store, settings, clock=clock, on_event=lambda e: None)
    at(engine, clock, FRIDAY)
    prompt = sent(platform, "/hook", "prompt")
    assert prompt["poll"]["options"][0] == "Scaphoid fracture"
    platform.set_counts(prompt["id"], {"likes": 9, "poll": [124, 50, 30, 10]})
    with caplog.at_level(logging.INFO, logger="publisher.dispatch"):
        at(engine, clock, SATURDAY)
    answer = sent(platform, "/hook", "answer")
    line = "Of 214 votes, 58% chose A, Scaphoid fracture"
    assert answer["text"].startswith(
        f"Answer: A) Scaphoid fracture: Scaphoid waist fracture\n\n{line}\n\n"
    )
    assert PLACEHOLDER not in answer["text"]
    assert platform.count_requests() == [[prompt["id"]]]  # read just before the answer
    assert f"quiz tally: {line}" in caplog.text
    with store.session() as s:
        stored = s.scalar(select(Post).where(Post.remote_id == answer["id"]))
        assert stored is not None and stored.text == answer["text"]  # what was sent is kept
        assert stored.sent_at == SATURDAY
        [tally] = s.scalars(select(MetricSnapshot).where(MetricSnapshot.label == "tally"))
        assert tally.poll == [124, 50, 30, 10] and tally.likes == 9 and tally.taken_at == SATURDAY
    # The account that cannot read its poll sent the answer as planned.
    plain = sent(platform, "/plain", "answer")
    assert "votes" not in plain["text"]


def test_an_unreadable_tally_leaves_the_answer_on_time_without_it(
    store: Store, tmp_path: Path, platform: PlatformServer, caplog: pytest.LogCaptureFixture
) -> None:
    settings = setup(store, tmp_path, platform)
    clock = SimulatedClock(START)
    engine = Dispatcher(store, settings, clock=clock, on_event=lambda e: None)
    at(engine, clock, FRIDAY)
    platform.script([(503, {})], method="GET")
    with caplog.at_level(logging.INFO, logger="publisher.dispatch"):
        at(engine, clock, SATURDAY)
    answer = sent(platform, "/hook", "answer")
    plain = sent(platform, "/plain", "answer")
    assert answer["text"] == plain["text"]  # as if planned without a tally
    assert "votes" not in answer["text"]
    assert (
        "the answer goes without the quiz tally: the poll could not be read: "
        "the webhook at 127.0.0.1" in caplog.text
    )
    with store.session() as s:
        stored = s.scalar(select(Post).where(Post.remote_id == answer["id"]))
        assert stored is not None and stored.sent_at == SATURDAY and stored.text == answer["text"]
        assert s.scalars(select(MetricSnapshot)).all() == []


def test_a_poll_nobody_answered_gets_no_tally_line(
    store: Store, tmp_path: Path, platform: PlatformServer, caplog: pytest.LogCaptureFixture
) -> None:
    settings = setup(store, tmp_path, platform)
    clock = SimulatedClock(START)
    engine = Dispatcher(store, settings, clock=clock, on_event=lambda e: None)
    at(engine, clock, FRIDAY)
    platform.set_counts(sent(platform, "/hook", "prompt")["id"], {"poll": [0, 0, 0, 0]})
    with caplog.at_level(logging.INFO, logger="publisher.dispatch"):
        at(engine, clock, SATURDAY)
    assert "votes" not in sent(platform, "/hook", "answer")["text"]
    assert "the answer goes without the quiz tally: nobody voted" in caplog.text


def test_without_show_results_nothing_is_read_and_preview_is_what_goes_out(
    store: Store, tmp_path: Path, platform: PlatformServer
) -> None:
    settings = setup(store, tmp_path, platform, show=False)
    shown = preview(
        store, settings, first=date(2026, 12, 4), last=date(2026, 12, 5), account="hook"
    )
    planned = next(p.text for p in shown if p.kind == "answer")
    clock = SimulatedClock(START)
    engine = Dispatcher(store, settings, clock=clock, on_event=lambda e: None)
    at(engine, clock, FRIDAY)
    at(engine, clock, SATURDAY)
    assert sent(platform, "/hook", "answer")["text"] == planned
    assert platform.count_requests() == []
