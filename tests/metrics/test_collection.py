"""Collecting counts end to end: a real database, the webhook adapter reading from the
local test platform, the dispatcher on a simulated clock (no sleeping)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from publisher.cases.importing import import_paths
from publisher.cases.review import approve_case
from publisher.clock import SimulatedClock
from publisher.config import Settings, load_settings
from publisher.dispatch.dispatcher import COLLECT_MARGIN, Dispatcher
from publisher.dispatch.events import Event
from publisher.metrics.collector import Collector
from publisher.schedule.writing import plan
from publisher.store import Store
from publisher.store.models import Account, MetricSnapshot, Post
from tests.conftest import write_case
from tests.support.platform_server import PlatformServer
from tests.support.sent import sent_posts

START = datetime(2026, 11, 30, 13, 0, tzinfo=UTC)  # Monday 08:00 in New York
SLOT = datetime(2026, 11, 30, 14, 0, tzinfo=UTC)  # the MSK slot, 09:00

CONFIG = """
[dispatch]
retry_base = "1m"
[metrics]
after = {after}
[accounts.hook]
adapter = "webhook"
url = "{url}/hook"
metrics = true
[[themes]]
weekday = "monday"
hashtag = "#MSKMonday"
sections = ["msk"]
answer_after = "24h"
[[themes]]
weekday = "tuesday"
hashtag = "#TummyTuesday"
sections = ["abdomen"]
time = "09:30"
answer_after = "24h"
"""


@pytest.fixture
def platform() -> Iterator[PlatformServer]:
    with PlatformServer() as server:
        yield server


def setup(
    store: Store, tmp_path: Path, platform: PlatformServer, after: str = '["1h", "1d", "7d"]'
) -> Settings:
    path = tmp_path / "config.toml"
    path.write_text(CONFIG.format(url=platform.url, after=after))
    settings = load_settings(path, {})
    write_case(tmp_path / "cases", "msk-1")
    write_case(tmp_path / "cases", "abd-1", section="abdomen", title="Belly pain")
    import_paths(store, [tmp_path / "cases"], now=START)
    with store.session() as s:
        approve_case(s, "msk-1", by="t", now=START)
        approve_case(s, "abd-1", by="t", now=START)
    plan(store, settings, now=START, weeks=1)
    return settings


class Run:
    def __init__(self, store: Store, settings: Settings) -> None:
        self.clock = SimulatedClock(START)
        self.events: list[Event] = []
        self.engine = Dispatcher(store, settings, clock=self.clock, on_event=self.events.append)

    def tick(self, moment: datetime) -> list[tuple[str, str, str]]:
        """What the daemon does on waking: send what is due, then collect in the idle time."""
        self.clock.advance_to(moment)
        before = len(self.events)
        self.engine.dispatch()
        self.engine.collect_metrics()
        return [(e.case, e.kind, e.state) for e in self.events[before:]]


def snapshots(store: Store) -> list[tuple[int, str, datetime, int | None, int | None]]:
    with store.session() as s:
        rows = s.scalars(select(MetricSnapshot).order_by(MetricSnapshot.id))
        return [(r.post_id, r.label, r.taken_at, r.likes, r.reposts) for r in rows]


def remote(store: Store, case: str, kind: str) -> tuple[int, str]:
    with store.session() as s:
        post = next(p for p in s.scalars(select(Post)) if p.case.slug == case and p.kind == kind)
        return post.id, str(post.remote_id)


def test_snapshots_come_1h_1d_and_7d_after_sending(
    store: Store, tmp_path: Path, platform: PlatformServer
) -> None:
    run = Run(store, setup(store, tmp_path, platform))
    assert run.tick(SLOT) == [("msk-1", "prompt", "sent")]
    prompt, prompt_remote = remote(store, "msk-1", "prompt")
    platform.set_counts(prompt_remote, {"likes": 12, "reposts": 3, "replies": 2, "views": 400})
    run.tick(SLOT + timedelta(minutes=59))
    assert snapshots(store) == []
    run.tick(SLOT + timedelta(hours=1))
    assert snapshots(store) == [(prompt, "1h", SLOT + timedelta(hours=1), 12, 3)]
    assert platform.count_requests() == [[prompt_remote]]
    platform.set_counts(prompt_remote, {"likes": 30, "reposts": 4})
    run.tick(SLOT + timedelta(hours=24))  # the answer goes out, then the prompt's 1d
    answer, _ = remote(store, "msk-1", "answer")
    assert [s[:2] for s in snapshots(store)] == [(prompt, "1h"), (prompt, "1d")]
    run.tick(SLOT + timedelta(days=7))
    taken = {(post, label) for post, label, *_ in snapshots(store)}
    assert taken >= {(prompt, "7d"), (answer, "1d")} and (answer, "1h") not in taken
    assert len(taken) == len(snapshots(store))  # never twice the same label


def test_a_late_collector_takes_only_the_latest_age_due(
    store: Store, tmp_path: Path, platform: PlatformServer
) -> None:
    settings = setup(store, tmp_path, platform)
    [kept] = on_platform(platform, 1)
    ids = sent_posts(
        store, account="hook", adapter="webhook", remote_ids=[kept, "9999"], sent_at=SLOT
    )
    platform.set_counts(kept, {"likes": 5})
    now = SLOT + timedelta(days=2)
    report = Collector(store, settings, now=lambda: now, adapter=_adapter(settings)).collect()
    assert (report.taken, report.gone) == (1, 1)  # 9999 is not on the platform: gone
    assert [s[:4] for s in snapshots(store)] == [(ids[0], "1d", now, 5), (ids[1], "1d", now, None)]
    with store.session() as s:
        assert [r.found for r in s.scalars(select(MetricSnapshot).order_by(MetricSnapshot.id))] == [
            True,
            False,
        ]


def on_platform(platform: PlatformServer, count: int) -> list[str]:
    """Posts made on the platform directly; their remote ids."""
    import requests

    with requests.Session() as http:
        return [
            str(
                http.post(f"{platform.url}/hook", json={"text": f"post {n}"}, timeout=10).json()[
                    "id"
                ]
            )
            for n in range(count)
        ]


def _adapter(settings: Settings):  # type: ignore[no-untyped-def]
    from publisher.adapters import build_adapter

    return lambda name: build_adapter(
        settings.accounts[name], source=settings.source, env={}, state_dir=settings.state_dir
    )


def test_requests_carry_100_ids_each(
    store: Store, tmp_path: Path, platform: PlatformServer
) -> None:
    settings = setup(store, tmp_path, platform)
    ids = on_platform(platform, 250)
    sent_posts(store, account="hook", adapter="webhook", remote_ids=ids, sent_at=SLOT)
    now = SLOT + timedelta(hours=2)
    report = Collector(store, settings, now=lambda: now, adapter=_adapter(settings)).collect()
    assert [len(r) for r in platform.count_requests()] == [100, 100, 50]
    assert sorted(i for r in platform.count_requests() for i in r) == sorted(ids)
    assert (report.calls, report.taken, report.gone) == (3, 250, 0)


def test_a_rate_limit_defers_collection_and_delays_no_post(
    store: Store, tmp_path: Path, platform: PlatformServer
) -> None:
    """The prompt went out at 09:00; at 10:00 its 1h snapshot is due and the platform
    answers 429 for ten minutes; the answer, moved to 10:05, falls inside that wait."""
    run = Run(store, setup(store, tmp_path, platform))
    run.tick(SLOT)
    _, prompt_remote = remote(store, "msk-1", "prompt")
    platform.script([(429, {"Retry-After": "600"})], method="GET")
    run.tick(SLOT + timedelta(hours=1))
    assert snapshots(store) == [] and platform.count_requests() == []
    with store.session() as s:
        account = s.scalar(select(Account).where(Account.name == "hook"))
        assert account is not None
        assert account.metrics_after == SLOT + timedelta(hours=1, minutes=10)
        assert "rate limited" in (account.metrics_error or "")
        due = s.scalar(select(Post).where(Post.kind == "answer").order_by(Post.id))
        assert due is not None
        due.scheduled_at = SLOT + timedelta(hours=1, minutes=5)  # the answer, moved forward
    got = run.tick(SLOT + timedelta(hours=1, minutes=5))
    assert got == [("msk-1", "answer", "sent")]  # on time, in the middle of the wait
    with store.session() as s:
        answer = s.get(Post, due.id)
        assert answer is not None and answer.sent_at == SLOT + timedelta(hours=1, minutes=5)
    assert platform.count_requests() == []  # the collection still waits
    run.tick(SLOT + timedelta(hours=1, minutes=10))
    assert platform.count_requests() == [[prompt_remote]]
    with store.session() as s:
        account = s.scalar(select(Account).where(Account.name == "hook"))
        assert account is not None and account.metrics_after is None


def test_nothing_is_collected_when_a_post_is_about_to_be_due(
    store: Store, tmp_path: Path, platform: PlatformServer
) -> None:
    settings = setup(store, tmp_path, platform)
    sent_posts(
        store,
        account="hook",
        adapter="webhook",
        remote_ids=["1"],
        sent_at=START - timedelta(hours=2),
    )
    run = Run(store, settings)
    run.clock.advance_to(SLOT - COLLECT_MARGIN)  # the MSK prompt is due in two minutes
    assert run.engine.collect_metrics() is None
    assert platform.count_requests() == []
    earlier = Run(store, settings)
    earlier.clock.advance_to(SLOT - COLLECT_MARGIN - timedelta(seconds=1))
    report = earlier.engine.collect_metrics()
    assert report is not None and report.calls == 1


def test_a_daemon_told_not_to_collect_leaves_it_to_cron(
    store: Store, tmp_path: Path, platform: PlatformServer
) -> None:
    settings = setup(store, tmp_path, platform)
    settings = replace(settings, metrics=settings.metrics.model_copy(update={"collect": False}))
    sent_posts(
        store,
        account="hook",
        adapter="webhook",
        remote_ids=["1"],
        sent_at=START - timedelta(hours=2),
    )
    run = Run(store, settings)
    assert run.engine.collect_metrics() is None and platform.count_requests() == []


def test_collection_stops_between_batches_once_a_post_is_due(
    store: Store, tmp_path: Path, platform: PlatformServer
) -> None:
    settings = setup(store, tmp_path, platform)
    ids = [str(n) for n in range(1, 301)]
    sent_posts(
        store, account="hook", adapter="webhook", remote_ids=ids, sent_at=START - timedelta(hours=2)
    )
    clock = SimulatedClock(START)
    asked = []

    def due_after_first_batch() -> bool:
        asked.append(True)
        return len(asked) > 2  # asked before the account, then before each later batch

    collector = Collector(store, settings, now=clock.now, adapter=_adapter(settings))
    report = collector.collect(should_stop=due_after_first_batch)
    assert report.calls == 2 and report.left == 100


def test_the_daemon_collects_in_its_idle_time(tmp_path: Path, platform: PlatformServer) -> None:
    """`publisher run` as a real process, with nothing due: it reads the counts of the
    posts sent two hours ago, and stops gently when told."""
    import os
    import signal
    import subprocess
    import sys

    db_url = f"sqlite:///{tmp_path / 'daemon.db'}"
    store = Store(db_url)
    [made] = on_platform(platform, 1)
    platform.set_counts(made, {"likes": 11, "replies": 2})
    now = datetime.now(UTC).replace(microsecond=0)
    sent_posts(
        store,
        account="hook",
        adapter="webhook",
        remote_ids=[made],
        sent_at=now - timedelta(hours=2),
    )
    config = tmp_path / "config.toml"
    config.write_text(
        f'[accounts.hook]\nadapter = "webhook"\nurl = "{platform.url}/hook"\nmetrics = true\n'
        '[[themes]]\nweekday = "monday"\nhashtag = "#MSKMonday"\nsections = ["msk"]\n'
    )
    env = {**os.environ, "PUBLISHER_CONFIG": str(config), "PUBLISHER_DATABASE_URL": db_url}
    env.pop("PUBLISHER_NOW", None)
    script = str(Path(sys.executable).with_name("publisher"))
    daemon = subprocess.Popen(
        [script, "run"], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    try:
        assert platform.wait_for(lambda s: s["count_requests"] >= 1, 120), platform.stats()
    finally:
        daemon.send_signal(signal.SIGTERM)
        _, err = daemon.communicate(timeout=120)
    assert daemon.returncode == 0, err
    assert "counts of 1 sent post(s) read" in err
    assert [s[3:] for s in snapshots(store)] == [(11, None)]
    store.close()


def test_a_paused_accounts_due_post_does_not_hold_collection_back(
    store: Store, tmp_path: Path, platform: PlatformServer
) -> None:
    settings = setup(store, tmp_path, platform)
    sent_posts(
        store,
        account="hook",
        adapter="webhook",
        remote_ids=["1"],
        sent_at=START - timedelta(hours=2),
    )
    with store.session() as s:
        account = s.scalar(select(Account).where(Account.name == "hook"))
        assert account is not None
        account.paused_until = SLOT + timedelta(hours=1)  # its credentials were refused
    run = Run(store, settings)
    run.clock.advance_to(SLOT + timedelta(minutes=5))  # the MSK prompt is due, but cannot go
    report = run.engine.collect_metrics()
    assert report is not None and report.calls == 1
    run.clock.advance_to(SLOT + timedelta(minutes=59))  # the pause ends within two minutes
    assert run.engine.collect_metrics() is None
