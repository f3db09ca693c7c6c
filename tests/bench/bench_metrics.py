"""Collecting counts: 10,000 sent posts' 1h snapshots read from the local test platform
(the webhook adapter, 100 ids a call) and stored, against the plain HTTP calls that
collection makes (the same 100 GETs with requests, their JSON parsed), in the same run.
On SQLite, and on PostgreSQL when a server is reachable."""

from __future__ import annotations

import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import requests
from sqlalchemy import delete

from publisher.adapters import build_adapter
from publisher.config import load_settings
from publisher.metrics.collector import Collector
from publisher.store import Store
from publisher.store.models import Account, Case, MetricSnapshot, Post, Slot
from tests.support.platform_server import PlatformServer, ReceivedRequest
from tests.support.postgres import postgres_problem, scratch_schema
from tests.support.sent import sent_posts

POSTS = 10_000
BATCH = 100
ROUNDS = 3
SENT = datetime(2026, 11, 30, 14, 0, tzinfo=UTC)
NOW = SENT + timedelta(hours=1, minutes=5)


def run() -> None:
    with tempfile.TemporaryDirectory(prefix="bench-metrics-") as tmp, PlatformServer() as platform:
        ids = _on_platform(platform)
        settings = _settings(Path(tmp), platform)
        _bench(f"sqlite:///{Path(tmp) / 'bench.db'}", "SQLite", ids, settings, platform)
        problem = postgres_problem()
        if problem:
            print(f"   PostgreSQL: skipped ({problem})")
            return
        with scratch_schema() as url:
            _bench(url, "PostgreSQL", ids, settings, platform)


def _on_platform(platform: PlatformServer) -> list[str]:
    """The posts, made on the platform directly (not timed): their remote ids."""
    ids = []
    for n in range(POSTS):
        request = ReceivedRequest("/hook", {}, {"post_id": n, "text": f"case {n}"})
        ids.append(str(platform.state.create(request).body["id"]))
        platform.set_counts(ids[-1], {"likes": n % 50, "reposts": n % 7, "replies": n % 3})
    return ids


def _settings(folder: Path, platform: PlatformServer):  # type: ignore[no-untyped-def]
    path = folder / "config.toml"
    path.write_text(
        f'[accounts.hook]\nadapter = "webhook"\nurl = "{platform.url}/hook"\nmetrics = true\n'
    )
    return load_settings(path, {})


def _bench(url: str, name: str, ids: list[str], settings, platform: PlatformServer) -> None:  # type: ignore[no-untyped-def]
    store = Store(url)
    try:
        sent_posts(store, account="hook", adapter="webhook", remote_ids=ids, sent_at=SENT)
        ours = _median(lambda: _collect(store, settings), reset=lambda: _forget(store))
        plain = _median(lambda: _plain(platform, ids))
    finally:
        with store.session() as session:
            for table in (MetricSnapshot, Post, Slot, Case, Account):
                session.execute(delete(table))
        store.close()
    calls = POSTS // BATCH
    print(f"   {name}: {POSTS:,} posts, {calls} calls of {BATCH} ids (median of {ROUNDS})")
    print(
        f"     collection (read, match, store): {ours:7.3f} s  ({ours / POSTS * 1e6:6.1f} µs a post)"
    )
    print(f"     the plain HTTP calls alone:      {plain:7.3f} s")
    print(f"     ratio: {ours / plain:.2f}x the plain HTTP calls")


def _collect(store: Store, settings) -> None:  # type: ignore[no-untyped-def]
    adapter = build_adapter(
        settings.accounts["hook"], source=settings.source, env={}, state_dir=settings.state_dir
    )
    try:
        report = Collector(store, settings, now=lambda: NOW, adapter=lambda _: adapter).collect()
    finally:
        adapter.close()
    assert report.taken == POSTS and report.calls == POSTS // BATCH, report


def _forget(store: Store) -> None:
    with store.session() as session:
        session.execute(delete(MetricSnapshot))


def _plain(platform: PlatformServer, ids: list[str]) -> None:
    found = 0
    with requests.Session() as http:
        for start in range(0, len(ids), BATCH):
            answer = http.get(
                f"{platform.url}/hook",
                params={"ids": ",".join(ids[start : start + BATCH])},
                timeout=30,
            )
            found += len(answer.json()["posts"])
    assert found == POSTS


def _median(work: Callable[[], None], reset: Callable[[], None] | None = None) -> float:
    samples = []
    for _ in range(ROUNDS):
        if reset is not None:
            reset()
        start = time.perf_counter()
        work()
        samples.append(time.perf_counter() - start)
    return statistics.median(samples)
