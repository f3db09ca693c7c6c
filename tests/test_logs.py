"""Log lines: one per event whatever went wrong, stamped by the process's one clock."""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from publisher import logs
from tests.conftest import run, write_case

FIXED = datetime(2031, 5, 6, 7, 8, 9, tzinfo=UTC)


class Captured:
    def __init__(self, capsys: pytest.CaptureFixture[str]) -> None:
        self.capsys = capsys

    def getvalue(self) -> str:
        return self.capsys.readouterr().err


@pytest.fixture
def captured(capsys: pytest.CaptureFixture[str]) -> Iterator[Captured]:
    yield Captured(capsys)
    logging.getLogger("publisher").handlers[:] = []


def _disconnect() -> Exception:
    """A database error as SQLAlchemy words it: several lines."""
    from sqlalchemy.exc import OperationalError

    orig = Exception("server closed the connection unexpectedly\n\tThis probably means ...")
    return OperationalError("SELECT 1", {}, orig)


@pytest.mark.parametrize("fmt", ["text", "json"])
def test_an_exception_is_one_line_without_debug(fmt: str, captured: Captured) -> None:
    logs.configure(fmt, now=lambda: FIXED)
    try:
        raise _disconnect()
    except Exception:
        logging.getLogger("publisher.dispatch.daemon").exception("dispatch pass failed")
    [line] = captured.getvalue().splitlines()
    message = json.loads(line)["message"] if fmt == "json" else line
    assert "dispatch pass failed: OperationalError: (builtins.Exception) server closed" in message
    assert "Traceback" not in line and "This probably means" not in line


def test_debug_shows_the_traceback(captured: Captured) -> None:
    logs.configure("text", now=lambda: FIXED, debug=True)
    try:
        raise _disconnect()
    except Exception:
        logging.getLogger("publisher.dispatch.daemon").exception("dispatch pass failed")
    assert "Traceback (most recent call last)" in captured.getvalue()


def test_a_message_with_line_breaks_stays_one_line(captured: Captured) -> None:
    logs.configure("text", now=lambda: FIXED)
    logging.getLogger("publisher").warning("first\nsecond\n\nthird")
    assert captured.getvalue() == "2031-05-06T07:08:09Z WARNING first | second | third\n"


def test_every_line_of_a_simulated_run_carries_the_simulated_time(
    tmp_path: Path, cli_env: dict[str, str]
) -> None:
    """Under PUBLISHER_NOW, event lines and plain lines (an account paused) alike."""
    (tmp_path / "config.toml").write_text(
        '[accounts.hook]\nadapter = "webhook"\nurl = "http://127.0.0.1:9/x"\n'
        'token = "${HOOK_TOKEN}"\n'
    )
    write_case(tmp_path / "cases", "msk-1")
    env = {**cli_env, "PUBLISHER_CONFIG": "config.toml"}
    run(["cases", "import", "cases"], env=env)
    run(["cases", "approve", "msk-1", "--by", "R"], env=env)
    run(["plan", "--weeks", "1"], env=env)
    result = run(["dispatch"], env={**env, "PUBLISHER_NOW": "2026-11-30T09:00:05-05:00"})
    lines = result.output.splitlines()
    assert any("paused until" in line for line in lines)  # a plain log line, not an event
    assert any("state=retry_wait" in line for line in lines)  # an event line
    # The simulated clock runs on from where it was set: a slow machine adds seconds.
    stamps = [datetime.fromisoformat(line.split(" ", 1)[0]) for line in lines]
    start = datetime(2026, 11, 30, 14, 0, 5, tzinfo=UTC)
    assert stamps and all(start <= stamp < start + timedelta(minutes=1) for stamp in stamps)
