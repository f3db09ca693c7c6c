"""Operator commands: dispatch, status as a health check, posts list/show/retry/cancel/resolve,
accounts check/resume, and log lines, all through the CLI on a real SQLite file."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from sqlalchemy import select

from publisher.store import Store
from publisher.store.models import Account, Post, PostState
from tests.conftest import run, write_case

MONDAY_8 = "2026-11-30T08:00:00-05:00"


@pytest.fixture
def queue(tmp_path: Path, cli_env: dict[str, str]) -> Path:
    """One approved MSK case planned for Monday 09:00 on the default outbox account."""
    write_case(tmp_path / "cases", "msk-1")
    run(["cases", "import", "cases"], env=cli_env)
    run(["cases", "approve", "msk-1", "--by", "R"], env=cli_env)
    run(["plan", "--weeks", "1"], env=cli_env)
    return tmp_path / "publisher.db"


def at(moment: str) -> dict[str, str]:
    return {"PUBLISHER_NOW": moment}


def db(path: Path) -> Store:
    return Store(f"sqlite:///{path}")


def rows(path: Path) -> list[Post]:
    store = db(path)
    with store.session() as s:
        found = list(s.scalars(select(Post).order_by(Post.id)))
    store.close()
    return found


def test_dispatch_sends_what_is_due_and_logs_one_line_per_event(queue: Path) -> None:
    early = run(["dispatch"], env=at("2026-11-30T08:59:00-05:00"))
    assert early.exit_code == 0 and early.output == ""
    sent = run(["dispatch"], env=at("2026-11-30T09:00:05-05:00"))
    assert sent.exit_code == 0
    [line] = sent.stderr.splitlines() if hasattr(sent, "stderr") else sent.output.splitlines()
    assert "post=1 case=msk-1 account=outbox kind=prompt state=sent url=file://" in line
    # The clock runs on from PUBLISHER_NOW: a slow machine may add a few seconds.
    assert re.match(r"2026-11-30T14:00:[0-5]\dZ INFO ", line)


def test_json_logs(queue: Path) -> None:
    result = run(["--log-format", "json", "dispatch"], env=at("2026-11-30T09:00:05-05:00"))
    event = json.loads(result.output.splitlines()[0])
    assert (event["post_id"], event["state"], event["account"]) == (1, "sent", "outbox")
    assert event["url"].startswith("file://")


def test_status_is_a_health_check(queue: Path) -> None:
    healthy = run(["status", "--json"], env=at(MONDAY_8))
    assert healthy.exit_code == 0
    data = json.loads(healthy.output)
    assert data["backlog"] == 2 and data["overdue"] == [] and data["next"][0]["kind"] == "prompt"
    stale = run(["status"], env=at("2026-11-30T09:10:00-05:00"))
    assert stale.exit_code == 1
    assert "OVERDUE #1 prompt msk-1 -> outbox: due 10 min ago and not sent" in stale.output


def _force(path: Path, **values: object) -> None:
    """Leave the prompt as a killed process or a stopped daemon would have left it."""
    from datetime import datetime

    store = db(path)
    with store.session() as s:
        post = s.get(Post, 1)
        assert post is not None
        for name, value in values.items():
            setattr(post, name, datetime.fromisoformat(value) if "T" in str(value) else value)
    store.close()


@pytest.mark.parametrize(
    ("left", "why"),
    [
        (
            {
                "state": "sending",
                "claimed_by": "host:1:dead",
                "lease_until": "2026-11-30T14:10:00+00:00",
            },
            "left sending by host:1:dead, whose lease ran out 2 h ago",
        ),
        (
            {
                "state": "retry_wait",
                "next_attempt_at": "2026-11-30T14:30:00+00:00",
                "last_error": "503",
            },
            "its retry was due 2 h ago (last error: 503)",
        ),
        (
            {
                "state": "claimed",
                "claimed_by": "host:2:slow",
                "lease_until": "2026-11-30T18:00:00+00:00",
            },
            "claimed by host:2:slow but not sent, due 3 h ago",
        ),
    ],
)
def test_status_counts_stuck_posts_as_overdue_and_says_why(
    queue: Path, left: dict[str, str], why: str
) -> None:
    _force(queue, **left)
    result = run(["status"], env=at("2026-11-30T12:00:00-05:00"))
    assert result.exit_code == 1
    assert f"OVERDUE #1 prompt msk-1 -> outbox: {why}" in result.output
    data = json.loads(run(["status", "--json"], env=at("2026-11-30T12:00:00-05:00")).output)
    assert [p["id"] for p in data["overdue"]] == [1]


def test_a_retry_whose_time_has_not_come_is_not_overdue(queue: Path) -> None:
    _force(queue, state="retry_wait", next_attempt_at="2026-11-30T17:30:00+00:00")
    assert run(["status"], env=at("2026-11-30T12:00:00-05:00")).exit_code == 0


def test_missed_then_retried_brings_the_answer_back(queue: Path) -> None:
    late = run(["dispatch"], env=at("2026-11-30T11:00:00-05:00"))
    assert late.exit_code == 1  # a missed slot is worth a non-zero exit for cron mail
    assert [p.state for p in rows(queue)] == ["missed", "cancelled"]
    listed = json.loads(run(["posts", "list", "--state", "missed", "--json"]).output)
    assert [p["id"] for p in listed] == [1]
    retried = run(["posts", "retry", "1"], env=at("2026-11-30T11:00:00-05:00"))
    assert retried.output == "queued again: 2 post(s)\n"
    assert [p.state for p in rows(queue)] == ["pending", "pending"]
    assert run(["dispatch"], env=at("2026-11-30T11:00:01-05:00")).exit_code == 0
    prompt, answer = rows(queue)
    assert prompt.state == "sent" and answer.state == "pending"


def test_cancel_takes_the_answer_with_it(queue: Path) -> None:
    assert run(["posts", "cancel", "1"], env=at(MONDAY_8)).output == (
        "cancelled #1 and 1 post(s) after it; "
        "Mon 2026-11-30 #MSKMonday is free for `publisher plan` to refill\n"
    )
    assert [p.state for p in rows(queue)] == ["cancelled", "cancelled"]
    again = run(["posts", "cancel", "1"], env=at(MONDAY_8))
    assert again.exit_code == 1 and "cannot be cancelled" in again.output


def test_resolve_an_unknown_post(queue: Path) -> None:
    store = db(queue)
    with store.session() as s:
        post = s.get(Post, 1)
        assert post is not None
        post.state = PostState.UNKNOWN
    store.close()
    url = "https://mastodon.example/@dept/112233"
    result = run(["posts", "resolve", "1", "--sent", url], env=at("2026-11-30T09:30:00-05:00"))
    assert result.output == "#1 marked sent\n"
    prompt, answer = rows(queue)
    assert (prompt.state, prompt.remote_id, prompt.remote_url) == ("sent", "112233", url)
    assert answer.scheduled_at.replace(microsecond=0).isoformat() == "2026-12-01T14:30:00+00:00"
    usage = run(["posts", "resolve", "1"], env=at(MONDAY_8))
    assert usage.exit_code == 2


def test_show_and_unknown_ids(queue: Path) -> None:
    shown = json.loads(run(["posts", "show", "2"]).output)
    assert shown["kind"] == "answer" and shown["reply_to"] == 1
    assert shown["spoiler"] == "Answer: #MSKMonday Wrist pain after a fall"
    missing = run(["posts", "show", "99"])
    assert missing.exit_code == 1 and missing.output.startswith("Error: no post #99")


def test_accounts_check_and_resume(queue: Path) -> None:
    store = db(queue)
    with store.session() as s:
        account = s.scalar(select(Account))
        assert account is not None
        account.paused_reason, account.paused_until = "credentials refused", account.created_at
    store.close()
    resumed = run(["accounts", "resume", "outbox"]).output
    assert resumed == "outbox resumed (it was paused: credentials refused)\n"
    assert run(["accounts", "resume", "outbox"]).output == "outbox was not paused\n"
    checked = run(["accounts", "check"], env=at(MONDAY_8))
    assert checked.exit_code == 0
    assert checked.output.startswith(
        "outbox               OK      posting as outbox; 500 characters"
    )
    assert run(["accounts", "check", "nobody"]).exit_code == 1
