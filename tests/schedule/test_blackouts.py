"""Blackouts: single dates, ranges, and tables for some themes or accounts; and the
config's one-line errors for what is not one."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from publisher.config import load_settings
from publisher.errors import ConfigError
from publisher.schedule.blackouts import Blackout, open_accounts, parse_blackout


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2026-12-25", Blackout(date(2026, 12, 25), date(2026, 12, 25))),
        (date(2026, 12, 25), Blackout(date(2026, 12, 25), date(2026, 12, 25))),
        ("2026-12-21..2027-01-01", Blackout(date(2026, 12, 21), date(2027, 1, 1))),
        (
            {"dates": "2027-02-15", "theme": "#MSKMonday"},
            Blackout(date(2027, 2, 15), date(2027, 2, 15), themes=("#MSKMonday",)),
        ),
        (
            {"dates": "2027-03-01..2027-03-05", "account": ["a", "b"]},
            Blackout(date(2027, 3, 1), date(2027, 3, 5), accounts=("a", "b")),
        ),
    ],
)
def test_the_forms_a_blackout_takes(value: object, expected: Blackout) -> None:
    assert parse_blackout(value) == expected


def test_who_a_blackout_closes() -> None:
    rules = [
        Blackout(date(2026, 12, 21), date(2027, 1, 1)),
        Blackout(date(2027, 2, 15), date(2027, 2, 15), themes=("monday",)),
        Blackout(date(2027, 3, 1), date(2027, 3, 5), accounts=("b",)),
    ]
    assert open_accounts(rules, "#MSKMonday", "monday", date(2026, 12, 28), ["a", "b"]) == ()
    assert open_accounts(rules, "#MSKMonday", "monday", date(2027, 1, 2), ["a", "b"]) == ("a", "b")
    assert open_accounts(rules, "#MSKMonday", "monday", date(2027, 2, 15), ["a"]) == ()
    assert open_accounts(rules, "#TummyTuesday", "tuesday", date(2027, 2, 15), ["a"]) == ("a",)
    assert open_accounts(rules, "#MSKMonday", "monday", date(2027, 3, 1), ["a", "b"]) == ("a",)


@pytest.mark.parametrize(
    ("line", "message"),
    [
        (
            'blackout = ["2026-13-01"]',
            "schedule.blackout: entry 1: '2026-13-01' is not a date or a range of dates (write 'YYYY-MM-DD' or 'YYYY-MM-DD..YYYY-MM-DD')",
        ),
        (
            'blackout = ["2026-12-05..2026-12-01"]',
            "schedule.blackout: entry 1: '2026-12-05..2026-12-01' ends before it starts",
        ),
        (
            'blackout = ["2026-12-01", { dates = "2026-12-02", weekday = "monday" }]',
            "schedule.blackout: entry 2: weekday: unknown field (a blackout table takes dates, theme, account)",
        ),
        (
            'blackout = [{ theme = "#MSKMonday" }]',
            "schedule.blackout: entry 1: dates: required field is missing",
        ),
        (
            'blackout = [{ dates = "2026-12-02", theme = "#Nope" }]',
            "schedule.blackout: entry 1: theme: no theme '#Nope'; themes: #MSKMonday, #TummyTuesday, #NeuroWednesday, #ThoraxThursday, #FridayQuizDay",
        ),
        (
            'blackout = [{ dates = "2026-12-02", account = "dept-x" }]',
            "schedule.blackout: entry 1: account: no account named 'dept-x'; configured: outbox",
        ),
        (
            'blackout = [{ dates = "2026-12-02", account = [] }]',
            "schedule.blackout: entry 1: account: must be a name or a list of names",
        ),
    ],
)
def test_a_bad_blackout_is_one_line_naming_the_entry(
    tmp_path: Path, line: str, message: str
) -> None:
    path = tmp_path / "config.toml"
    path.write_text(f"[schedule]\n{line}\n")
    with pytest.raises(ConfigError) as caught:
        load_settings(path, {})
    assert caught.value.message == f"{path}: {message}"
