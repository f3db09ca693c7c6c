"""Daemons as real processes: several on one PostgreSQL, killed at random, stopped gently.

The platform is the local test server; the tests wait on its traffic (a condition
variable), never on a sleep.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from publisher.store import Store
from tests.support.platform_server import PlatformServer
from tests.support.queue import fill, states, write_config

SCRIPT = str(Path(sys.executable).with_name("publisher"))
WAIT = 120  # seconds: generous bounds for a loaded machine; the tests end as soon as done


def start(
    config: Path, db_url: str, *, now: str | None = None, cmd: str = "run"
) -> subprocess.Popen[str]:
    env = {**os.environ, "PUBLISHER_CONFIG": str(config), "PUBLISHER_DATABASE_URL": db_url}
    env.pop("PUBLISHER_NOW", None)
    if now:
        env["PUBLISHER_NOW"] = now
    return subprocess.Popen(
        [SCRIPT, cmd], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )


@pytest.fixture
def platform() -> Iterator[PlatformServer]:
    with PlatformServer() as server:
        yield server


def test_three_daemons_on_postgres_send_each_post_exactly_once(
    postgres_url: str, tmp_path: Path, platform: PlatformServer
) -> None:
    names = [f"acct{i:02d}" for i in range(30)]
    store = Store(postgres_url)
    total = fill(store, accounts=names, per_account=10, at=datetime.now(UTC) - timedelta(minutes=1))
    assert total == 300
    config = write_config(tmp_path / "c.toml", platform.url, names,
                          extra='[dispatch]\nconcurrency = 8\n')  # fmt: skip
    daemons = [start(config, postgres_url) for _ in range(3)]
    try:
        assert platform.wait_for(lambda s: s["posts"] >= total, WAIT), platform.stats()
    finally:
        for d in daemons:
            d.send_signal(signal.SIGTERM)
        codes = [d.wait(WAIT) for d in daemons]
    stats = platform.stats()
    assert codes == [0, 0, 0], [d.stderr.read() for d in daemons if d.stderr]  # type: ignore[union-attr]
    assert stats["posts"] == 300 and stats["requests"] == 300
    assert set(stats["by_key"].values()) == {1}
    assert stats["duplicate_post_ids"] == []
    assert states(store) == {"sent": 300}
    logs = "".join(d.stderr.read() for d in daemons if d.stderr)
    assert logs.count("state=sent") == 300
    store.close()


def test_sigterm_finishes_the_post_in_flight_and_releases_claims(
    tmp_path: Path, platform: PlatformServer
) -> None:
    url = f"sqlite:///{tmp_path / 'q.db'}"
    store = Store(url)
    total = fill(store, accounts=["a"], per_account=20, at=datetime.now(UTC) - timedelta(minutes=1))
    platform.delay = 0.3
    config = write_config(tmp_path / "c.toml", platform.url, ["a"])
    daemon = start(config, url)
    assert platform.wait_for(lambda s: s["requests"] >= 2, WAIT)
    daemon.send_signal(signal.SIGTERM)
    assert daemon.wait(WAIT) == 0
    got = states(store)
    assert got.get("claimed", 0) == 0 and got.get("sending", 0) == 0
    assert got["sent"] == platform.stats()["posts"]
    assert got["sent"] + got["pending"] == total
    assert "finishing the post in flight" in (daemon.stderr.read() if daemon.stderr else "")
    store.close()


def test_a_daemon_killed_at_random_loses_nothing_and_sends_nothing_twice(
    tmp_path: Path, platform: PlatformServer
) -> None:
    url = f"sqlite:///{tmp_path / 'q.db'}"
    store = Store(url)
    names = ["a", "b", "c", "d"]
    total = fill(store, accounts=names, per_account=15, at=datetime.now(UTC) - timedelta(minutes=1))
    platform.delay = 0.02
    config = write_config(tmp_path / "c.toml", platform.url, names,
                          extra='[schedule]\nmisfire_grace = "1d"\n[dispatch]\nlease = "3s"\n')  # fmt: skip
    # Each restart first waits out the dead daemon's 3-second leases.
    rng = random.Random(20261128)
    in_flight = 0  # kills that left a post in "sending": the case this test is about
    for _ in range(6):
        seen = platform.stats()["requests"]
        daemon = start(config, url)
        target = seen + rng.randint(1, 8)
        platform.wait_for(lambda s, t=target: s["requests"] >= t or s["posts"] >= total, WAIT)
        daemon.send_signal(signal.SIGKILL)
        daemon.wait(WAIT)
        in_flight += states(store).get("sending", 0) > 0
    assert in_flight >= 1, "no kill landed while a post was in flight: the test proved nothing"
    # Later, with every lease run out, one pass reconciles and sends the rest.
    later = (datetime.now(UTC) + timedelta(hours=1)).isoformat()
    final = start(config, url, now=later, cmd="dispatch")
    assert final.wait(WAIT) == 0, final.stderr.read() if final.stderr else ""
    stats = platform.stats()
    assert stats["posts"] == total
    assert stats["duplicates"] == [] and stats["duplicate_post_ids"] == []
    assert states(store) == {"sent": total}
    store.close()
