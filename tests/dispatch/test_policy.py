"""The one table from what a failed send's error says to what happens next, and the
dispatcher following it, including for an error that is nobody's answer (a bug)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from publisher.adapters.base import (
    Adapter,
    AdapterError,
    AuthError,
    Capabilities,
    OutgoingPost,
    PublishResult,
    RateLimitedError,
    RejectedError,
    TransientError,
    UnknownOutcomeError,
)
from publisher.dispatch.policy import Action, decide
from publisher.errors import MissingExtraError
from publisher.store import Store
from tests.dispatch.test_dispatcher import SLOT, Run, posts
from tests.support.third_party import installed_adapter

LATER = datetime(2026, 12, 1, tzinfo=UTC)


@pytest.mark.parametrize(
    ("error", "action", "counts"),
    [
        (TransientError("timed out"), Action.RETRY, True),
        (RateLimitedError("slow down", retry_after=LATER), Action.WAIT, False),
        (RateLimitedError("slow down"), Action.WAIT, False),  # no time given: a backoff
        (AuthError("token refused"), Action.PAUSE, False),
        (RejectedError("too long"), Action.FAIL, True),
        (UnknownOutcomeError("cannot tell"), Action.PARK, False),
        (MissingExtraError("Bluesky", "bluesky"), Action.PAUSE, False),
        (KeyError("text"), Action.RETRY, True),
    ],
)
def test_the_error_says_what_happens(error: BaseException, action: Action, counts: bool) -> None:
    verdict = decide(error)
    assert (verdict.action, verdict.counts_attempt) == (action, counts)
    assert verdict.unexpected == (not isinstance(error, AdapterError | MissingExtraError))


def test_a_third_partys_error_class_is_read_by_its_data() -> None:
    class Throttled(AdapterError):
        retryable = True
        asks_to_wait = True

    assert decide(Throttled("busy", retry_after=LATER)).action is Action.WAIT


class BuggyAdapter(Adapter):
    """An adapter with a bug that fails every time."""

    name = "buggy"
    title = "Buggy"
    capabilities = Capabilities(text_limit=5000)

    def send(self, post: OutgoingPost) -> PublishResult:
        raise KeyError("a bug")


CONFIG = """
[dispatch]
retry_base = "1m"
max_attempts = 3
[accounts.bug]
adapter = "buggy"
[[themes]]
weekday = "monday"
hashtag = "#MSKMonday"
sections = ["msk"]
"""


@pytest.fixture
def buggy(tmp_path: Path) -> Iterator[None]:
    with installed_adapter(tmp_path / "site", "buggy", f"{__name__}:BuggyAdapter"):
        yield


def test_a_bug_that_fails_every_time_ends_failed_after_max_attempts(
    store: Store, tmp_path: Path, buggy: None
) -> None:
    from tests.dispatch.test_dispatcher import plan_config

    run = Run(store, plan_config(store, tmp_path, CONFIG), strict=False)
    states = [run.at(SLOT + timedelta(minutes=m)) for m in (0, 2, 5, 10, 20)]
    assert [s[0][3] if s else None for s in states] == [
        "retry_wait", "retry_wait", "failed", None, None
    ]  # fmt: skip
    prompt = posts(store)[0]
    assert prompt.attempts == 3
    assert prompt.last_error == "gave up after 3 attempts: unexpected error: KeyError('a bug')"
