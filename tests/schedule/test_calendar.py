"""The term at a glance, read from a real database: each theme day's case and post states,
or the reason it is empty: blackout, no case, the privacy embargo, not planned yet, past."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from sqlalchemy import select

from publisher.cases.importing import import_paths
from publisher.cases.review import approve
from publisher.config import Settings, load_settings
from publisher.schedule.calendar import (
    BLACKOUT,
    EMBARGO,
    NO_CASE,
    PAST,
    UNPLANNED,
    month_range,
    term,
    weeks_range,
)
from publisher.schedule.writing import plan
from publisher.store import Store
from publisher.store.models import Post
from tests.conftest import write_case

NOW = datetime(2026, 11, 30, 13, 0, tzinfo=UTC)  # Monday 08:00 EST


def _settings(tmp_path: Path) -> Settings:
    config = tmp_path / "config.toml"
    config.write_text(
        '[schedule]\ntimezone = "America/New_York"\nblackout = ["2026-12-08"]\n'
        '[accounts.outbox]\nadapter = "outbox"\n'
        '[accounts.second]\nadapter = "outbox"\npath = "second"\n'
    )
    return load_settings(config, {})


def _term_store(store: Store, tmp_path: Path, settings: Settings) -> None:
    cases = tmp_path / "cases"
    write_case(cases, "msk-a")
    write_case(cases, "abdomen-a", section="abdomen")
    write_case(cases, "abdomen-b", section="abdomen")
    write_case(cases, "chest-recent", section="chest", extra='study_month = "2026-11"\n')
    import_paths(store, [cases], now=NOW, ocr=False)
    approve(store, ["msk-a", "abdomen-a", "abdomen-b", "chest-recent"], by="Dr R", now=NOW)
    plan(store, settings, now=NOW, weeks=2)


def test_each_theme_day_has_its_case_or_the_reason_it_is_empty(
    store: Store, tmp_path: Path
) -> None:
    settings = _settings(tmp_path)
    _term_store(store, tmp_path, settings)
    first, last = weeks_range(date(2026, 12, 2), 3)  # from the Monday of that week
    shown = term(store, settings, now=NOW, first=first, last=last)
    assert (shown.first, shown.last, shown.today) == (
        date(2026, 11, 30),
        date(2026, 12, 20),
        date(2026, 11, 30),
    )
    assert len(shown.days) == 21
    found = {(e.day, e.hashtag): e for e in shown.entries}
    assert len(found) == 15  # five themes, three weeks
    monday = found[(date(2026, 11, 30), "#MSKMonday")]
    assert monday.case == "msk-a" and monday.empty is None
    assert monday.time_label == "09:00 EST"
    assert [(a.account, a.state, a.answer) for a in monday.accounts] == [
        ("outbox", "planned", "planned"), ("second", "planned", "planned"),
    ]  # fmt: skip
    assert found[(date(2026, 12, 1), "#TummyTuesday")].case == "abdomen-a"
    blackout = found[(date(2026, 12, 8), "#TummyTuesday")]
    assert (blackout.empty, blackout.case) == (BLACKOUT, None)
    embargo = found[(date(2026, 12, 3), "#ThoraxThursday")]
    assert embargo.empty == EMBARGO
    assert embargo.note == "chest-recent is held back by the privacy embargo until 2026-12-31"
    empty = found[(date(2026, 12, 7), "#MSKMonday")]
    assert (empty.empty, empty.note) == (
        NO_CASE,
        "the 1 approved msk case is planned on an earlier day or already went to these accounts",
    )
    # Past the two planned weeks, the planner would take the abdomen case the blackout left.
    later = found[(date(2026, 12, 15), "#TummyTuesday")]
    assert (later.empty, later.note) == (UNPLANNED, "publisher plan would take abdomen-b")
    assert shown.held == (
        "chest-recent: held back by the privacy embargo until 2026-12-31 "
        "(study month 2026-11 + 30 days)",
    )


def test_post_states_per_account_sent_failed_cancelled(store: Store, tmp_path: Path) -> None:
    settings = _settings(tmp_path)
    _term_store(store, tmp_path, settings)
    with store.session() as s:
        posts = s.scalars(select(Post).where(Post.scheduled_at == NOW + timedelta(hours=1))).all()
        for post in posts:
            if post.account.name == "outbox":
                post.state, post.remote_url = "sent", "https://example.org/p/1"
            else:
                post.state, post.last_error = "failed", "rejected: too long"
    shown = term(store, settings, now=NOW, first=date(2026, 11, 30), last=date(2026, 11, 30))
    [monday] = shown.entries
    assert [(a.account, a.state, a.url, a.reason) for a in monday.accounts] == [
        ("outbox", "sent", "https://example.org/p/1", None),
        ("second", "failed", None, "rejected: too long"),
    ]


def test_days_before_now_with_nothing_planned_are_past(store: Store, tmp_path: Path) -> None:
    settings = _settings(tmp_path)
    first, last = month_range(2026, 11)
    assert (first, last) == (date(2026, 10, 26), date(2026, 12, 6))
    shown = term(store, settings, now=NOW, first=first, last=last)
    before = [e for e in shown.entries if e.day < date(2026, 11, 30)]
    assert before and {e.empty for e in before} == {PAST}
    # Monday's slot is still ahead at 08:00 and nothing is approved: no case, not past.
    monday = next(e for e in shown.entries if e.day == date(2026, 11, 30))
    assert monday.empty == NO_CASE


def test_a_removed_theme_keeps_its_planned_slots_on_the_calendar(
    store: Store, tmp_path: Path
) -> None:
    settings = _settings(tmp_path)
    _term_store(store, tmp_path, settings)
    fewer = replace(settings, themes=settings.themes[1:])  # no Monday theme any more
    shown = term(store, fewer, now=NOW, first=date(2026, 11, 30), last=date(2026, 11, 30))
    [monday] = shown.entries
    assert (monday.hashtag, monday.case) == ("#MSKMonday", "msk-a")
    assert [a.account for a in monday.accounts] == ["outbox", "second"]


def test_month_and_week_ranges_are_whole_weeks() -> None:
    assert month_range(2027, 2) == (date(2027, 2, 1), date(2027, 2, 28))
    assert month_range(2026, 12) == (date(2026, 11, 30), date(2027, 1, 3))
    assert weeks_range(date(2026, 12, 6), 16) == (date(2026, 11, 30), date(2027, 3, 21))
