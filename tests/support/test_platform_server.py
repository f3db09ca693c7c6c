"""The local test platform: idempotency, counting, scripted failures, and its CLI."""

from __future__ import annotations

import os
import selectors
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
import requests

from tests.support.platform_server import LOST_ANSWER, WITHOUT_ID, PlatformServer

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def platform() -> Iterator[PlatformServer]:
    with PlatformServer() as server:
        yield server


def create(base: str, key: str, body: dict[str, Any] | None = None) -> requests.Response:
    headers = {"Idempotency-Key": key} if key else {}
    return requests.post(f"{base}/hook", json=body or {"text": key}, headers=headers, timeout=10)


def test_posts_get_sequential_ids_and_urls(platform: PlatformServer) -> None:
    answers = [create(platform.url, key).json() for key in ("a", "b")]

    assert answers == [
        {"id": "1", "url": f"{platform.url}/p/1"},
        {"id": "2", "url": f"{platform.url}/p/2"},
    ]
    assert platform.posts() == [
        {"text": "a", "id": "1", "url": f"{platform.url}/p/1"},
        {"text": "b", "id": "2", "url": f"{platform.url}/p/2"},
    ]


def test_repeat_key_returns_the_same_post_and_counts_the_request(platform: PlatformServer) -> None:
    first = create(platform.url, "k")
    again = create(platform.url, "k", {"text": "changed"})
    create(platform.url, "other")

    assert (first.status_code, again.status_code) == (201, 200)
    assert again.json() == first.json()
    assert platform.stats() == {
        "requests": 3,
        "posts": 2,
        "lookups": 0,
        "by_key": {"k": 2, "other": 1},
        "duplicates": [],
        "duplicate_post_ids": [],
        "count_requests": 0,
    }


def test_not_idempotent_makes_detectable_duplicates() -> None:
    with PlatformServer(idempotent=False) as platform:
        ids = {create(platform.url, "k").json()["id"] for _ in range(2)}
        create(platform.url, "single")

        assert len(ids) == 2
        assert platform.stats()["posts"] == 3
        assert platform.stats()["duplicates"] == ["k"]


def test_one_post_id_under_two_keys_is_a_duplicate(platform: PlatformServer) -> None:
    create(platform.url, "first-key", {"post_id": 7, "text": "x"})
    create(platform.url, "second-key", {"post_id": 7, "text": "x"})
    create(platform.url, "third-key", {"post_id": 8, "text": "y"})

    assert platform.stats()["duplicates"] == []
    assert platform.stats()["duplicate_post_ids"] == ["7"]


def test_requests_without_a_key_are_separate_posts(platform: PlatformServer) -> None:
    create(platform.url, "")
    create(platform.url, "")

    assert platform.stats()["posts"] == 2
    assert platform.stats()["by_key"] == {}


def test_lookup_by_key(platform: PlatformServer) -> None:
    post = create(platform.url, "k").json()

    found = requests.get(f"{platform.url}/hook", params={"idempotency_key": "k"}, timeout=10)
    missing = requests.get(f"{platform.url}/hook", params={"idempotency_key": "x"}, timeout=10)

    assert (found.status_code, found.json()) == (200, post)
    assert missing.status_code == 404
    assert platform.stats()["lookups"] == 2


def test_a_post_can_be_read_back(platform: PlatformServer) -> None:
    create(platform.url, "k", {"text": "hello"})

    answer = requests.get(f"{platform.url}/p/1", timeout=10)

    assert answer.json() == {"text": "hello", "id": "1", "url": f"{platform.url}/p/1"}
    assert requests.get(f"{platform.url}/p/99", timeout=10).status_code == 404


def test_scripted_answers_come_first_then_normal_service(platform: PlatformServer) -> None:
    platform.script([(503, {}), (429, {"Retry-After": "30"}), WITHOUT_ID])

    answers = [create(platform.url, "k") for _ in range(4)]

    assert [a.status_code for a in answers] == [503, 429, 200, 201]
    assert answers[0].json() == {"error": "Service Unavailable"}
    assert answers[1].headers["Retry-After"] == "30"
    assert "id" not in answers[2].json()
    assert platform.stats()["requests"] == 4
    assert platform.stats()["posts"] == 1


def test_scripted_body_may_be_text(platform: PlatformServer) -> None:
    platform.script([(400, {}, "<html>no</html>")])

    answer = create(platform.url, "k")

    assert (answer.status_code, answer.text) == (400, "<html>no</html>")


def test_lost_answer_still_creates_the_post(platform: PlatformServer) -> None:
    platform.script([LOST_ANSWER])

    with pytest.raises(requests.ConnectionError):
        create(platform.url, "k")

    assert platform.stats()["posts"] == 1
    assert create(platform.url, "k").json()["id"] == "1"


def test_get_scripts_answer_lookups_not_creates(platform: PlatformServer) -> None:
    platform.script([(500, {})], method="GET")

    assert create(platform.url, "k").status_code == 201
    lookup = requests.get(f"{platform.url}/hook", params={"idempotency_key": "k"}, timeout=10)
    assert lookup.status_code == 500


def test_stats_and_reset_over_http(platform: PlatformServer) -> None:
    create(platform.url, "k")
    platform.script([(500, {})])

    assert requests.get(f"{platform.url}/_stats", timeout=10).json() == platform.stats()
    assert requests.post(f"{platform.url}/_reset", timeout=10).status_code == 200
    assert platform.stats() == {
        "requests": 0,
        "posts": 0,
        "lookups": 0,
        "by_key": {},
        "duplicates": [],
        "duplicate_post_ids": [],
        "count_requests": 0,
    }
    # The script is gone, and ids are never reused, as on a real platform.
    assert create(platform.url, "k").json()["id"] == "2"


def test_body_that_is_not_json_is_refused(platform: PlatformServer) -> None:
    answer = requests.post(f"{platform.url}/hook", data=b"{oops", timeout=10)

    assert answer.status_code == 400
    assert platform.stats()["requests"] == 0


def test_many_concurrent_slow_requests() -> None:
    with PlatformServer(delay=0.2) as platform:
        start = time.perf_counter()
        with ThreadPoolExecutor(100) as pool:
            statuses = list(
                pool.map(lambda i: create(platform.url, f"k{i}").status_code, range(300))
            )
        elapsed = time.perf_counter() - start

        assert statuses == [201] * 300
        assert platform.stats()["posts"] == 300
        # One at a time this would take 60 s; 100 at once, about 0.6 s.
        assert elapsed < 15


# --- the command-line server, in its own process ---


@contextmanager
def cli_server(*args: str) -> Iterator[tuple[subprocess.Popen[str], str]]:
    """The CLI server in its own process and the URL it printed; killed if left running."""
    command = [sys.executable, "-m", "tests.support.platform_server", *args]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    with subprocess.Popen(command, cwd=ROOT, env=env, stdout=subprocess.PIPE, text=True) as proc:
        try:
            yield proc, read_url(proc)
        finally:
            if proc.poll() is None:
                proc.kill()


def read_url(proc: subprocess.Popen[str]) -> str:
    """The URL from the ``listening ...`` line, waiting at most 20 s for it."""
    assert proc.stdout is not None
    with selectors.DefaultSelector() as selector:
        selector.register(proc.stdout, selectors.EVENT_READ)
        if not selector.select(timeout=20):
            pytest.fail("the platform server printed nothing within 20 s")
    line = proc.stdout.readline().strip()
    assert line.startswith("listening http://127.0.0.1:"), line
    return line.split()[1]


@pytest.mark.parametrize("stop_signal", [signal.SIGTERM, signal.SIGINT])
def test_cli_serves_and_stops_cleanly(stop_signal: signal.Signals) -> None:
    with cli_server("--port", "0", "--delay", "0") as (proc, url):
        assert create(url, "k").json()["id"] == "1"
        assert create(url, "k").json()["id"] == "1"
        assert requests.get(f"{url}/_stats", timeout=10).json()["requests"] == 2

        proc.send_signal(stop_signal)

        assert proc.wait(timeout=20) == 0


def test_cli_not_idempotent() -> None:
    with cli_server("--not-idempotent") as (proc, url):
        create(url, "k")
        create(url, "k")
        assert requests.get(f"{url}/_stats", timeout=10).json()["duplicates"] == ["k"]

        proc.terminate()

        assert proc.wait(timeout=20) == 0
