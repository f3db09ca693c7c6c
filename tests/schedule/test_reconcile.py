"""`plan` reconciles (issue 12, item 1): every plan brings the unsent queue in line with
the config, the approved cases and what was sent, and says what it released and why,
and what it moved. Each scenario on a real SQLite file and the real PostgreSQL, the
engine on a simulated clock posting to an outbox folder per account."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from publisher.cases.lifecycle import retire
from publisher.cli import render
from publisher.schedule.reconcile import ReleaseReason
from publisher.store import Store
from publisher.store.models import Post
from tests.support.term import MONDAY, MSK, NEW_YORK, TUMMY, Term, theme

WEEK = timedelta(days=7)


@pytest.fixture
def term(store: Store, tmp_path: Path) -> Term:
    """Two outbox accounts, a and b; MSK Monday and Tummy Tuesday; three MSK cases and
    two abdomen cases, approved and planned for two weeks."""
    term = Term(store, tmp_path)
    term.cases(("msk-1", "msk"), ("msk-2", "msk"), ("msk-3", "msk"), ("abd-1", "abdomen"),
               ("abd-2", "abdomen"))  # fmt: skip
    first = term.plan()
    assert [slug for _, slug in first.planned] == ["msk-1", "abd-1", "msk-2", "abd-2"]
    return term


def released(report: object) -> list[tuple[str, str, tuple[str, ...], str, str]]:
    return [(r.slot, r.case, r.accounts, r.reason, r.detail) for r in report.released]  # type: ignore[attr-defined]


def test_a_blackout_added_later_releases_the_day_and_the_case_moves_on(term: Term) -> None:
    term.configure(schedule='blackout = ["2026-12-07..2026-12-08"]')
    report = term.plan(weeks=3)

    assert released(report) == [
        ("Mon 2026-12-07 #MSKMonday", "msk-2", ("a", "b"), ReleaseReason.BLACKOUT, "2026-12-07"),
        ("Tue 2026-12-08 #TummyTuesday", "abd-2", ("a", "b"), ReleaseReason.BLACKOUT, "2026-12-08"),
    ]
    text = render.plan_report(report)
    assert "released Mon 2026-12-07 #MSKMonday msk-2 -> a, b: a blackout day" in text
    assert [(s.label(), slug) for s, slug in report.planned] == [
        ("Mon 2026-12-14 #MSKMonday", "msk-2"),
        ("Tue 2026-12-15 #TummyTuesday", "abd-2"),
    ]
    term.run_until(MONDAY + 3 * WEEK)
    prompts = [
        (when, case)
        for when, account, case, kind, _ in term.sent()
        if account == "a" and kind == "prompt"
    ]
    assert prompts == [
        ("Mon 09:00", "msk-1"),
        ("Tue 09:00", "abd-1"),
        ("Mon 09:00", "msk-2"),
        ("Tue 09:00", "abd-2"),
    ]
    # Nothing at all on the blackout days.
    days = {f"{e.at.astimezone(NEW_YORK):%m-%d}" for e in term.events}
    assert not days & {"12-07", "12-08"} and "12-14" in days
    assert {r.case for r in term.received("b")} == {"msk-1", "abd-1", "msk-2", "abd-2"}


def test_a_blackout_for_one_theme_or_one_account(term: Term) -> None:
    term.configure(
        schedule="""blackout = [
            { dates = "2026-12-07", theme = "#MSKMonday" },
            { dates = "2026-12-08", account = "b" },
        ]"""
    )
    report = term.plan()

    assert released(report) == [
        ("Mon 2026-12-07 #MSKMonday", "msk-2", ("a", "b"), ReleaseReason.BLACKOUT, "2026-12-07"),
        ("Tue 2026-12-08 #TummyTuesday", "abd-2", ("b",), ReleaseReason.BLACKOUT, "b"),
    ]
    term.run_until(MONDAY + 2 * WEEK)
    assert ("Tue 09:00", "a", "abd-2", "prompt", 1) in term.sent()
    assert "abd-2" not in {r.case for r in term.received("b")}


def test_an_account_taken_out_of_a_theme_loses_its_posts_of_that_theme(term: Term) -> None:
    term.configure(themes=[theme(MSK, accounts=["a"]), theme(TUMMY)])
    report = term.plan()

    assert released(report) == [
        ("Mon 2026-11-30 #MSKMonday", "msk-1", ("b",), ReleaseReason.ACCOUNT_LEFT_THEME, "b"),
        ("Mon 2026-12-07 #MSKMonday", "msk-2", ("b",), ReleaseReason.ACCOUNT_LEFT_THEME, "b"),
    ]
    text = render.plan_report(report)
    assert (
        "released Mon 2026-11-30 #MSKMonday msk-1 -> b: no longer among the theme's accounts"
        in text
    )
    term.run_until(MONDAY + 2 * WEEK)
    assert {r.case for r in term.received("b")} == {"abd-1", "abd-2"}
    assert {r.case for r in term.received("a")} == {"msk-1", "abd-1", "msk-2", "abd-2"}


def test_moving_from_the_outbox_to_other_accounts_leaves_nothing_behind(term: Term) -> None:
    """The accounts a and b leave the config for c: their unsent posts are released, the
    engine does not pause on them, and c gets the plan."""
    term.run_until(MONDAY + timedelta(hours=1, minutes=1))  # msk-1 went out on a and b
    term.configure(accounts=["c"])
    report = term.plan()

    gone = {(r.case, r.accounts, r.reason) for r in report.released}
    assert gone == {
        ("abd-1", ("a", "b"), ReleaseReason.ACCOUNT_REMOVED),
        ("msk-2", ("a", "b"), ReleaseReason.ACCOUNT_REMOVED),
        ("abd-2", ("a", "b"), ReleaseReason.ACCOUNT_REMOVED),
    }
    assert {(r.case, r.accounts) for r in report.added} == {
        ("abd-1", ("c",)),
        ("msk-2", ("c",)),
        ("abd-2", ("c",)),
    }
    events = term.run_until(MONDAY + 2 * WEEK)
    assert not [e for e in events if "not in the config" in (e.error or "")]
    assert {e.state for e in events if e.account in ("a", "b")} == {"cancelled"}  # msk-1's answers
    assert {r.case for r in term.received("c")} == {"abd-1", "msk-2", "abd-2"}


def test_a_retired_case_is_released_and_its_day_refilled(term: Term) -> None:
    retire(term.store, term.settings, "msk-2", now=term.clock.now())
    report = term.plan()

    assert [(s.label(), slug) for s, slug in report.planned] == [
        ("Mon 2026-12-07 #MSKMonday", "msk-3")
    ]
    term.run_until(MONDAY + 2 * WEEK)
    assert "msk-2" not in {r.case for r in term.received("a") | term.received("b")}


def test_a_case_changed_since_its_approval_is_released_with_the_reason(term: Term) -> None:
    from publisher.cases.importing import import_paths
    from tests.conftest import write_case

    write_case(term.root / "cases", "msk-2", title="Case msk-2, revised")
    import_paths(term.store, [term.root / "cases"], now=term.clock.now(), ocr=False)
    report = term.plan()

    # Import took the old text's posts away at once; the plan frees the day and says why.
    assert released(report) == [
        ("Mon 2026-12-07 #MSKMonday", "msk-2", (), ReleaseReason.CASE_UNAPPROVED, "draft")
    ]
    assert [(s.label(), slug) for s, slug in report.planned] == [
        ("Mon 2026-12-07 #MSKMonday", "msk-3")
    ]
    assert "released Mon 2026-12-07 #MSKMonday msk-2: the case is draft, no longer approved" in (
        render.plan_report(report)
    )


def test_a_theme_moved_to_another_weekday_takes_its_cases_along(term: Term) -> None:
    term.configure(themes=[theme(MSK), theme(TUMMY, weekday="wednesday")])
    report = term.plan()

    assert {(r.case, r.reason, r.detail) for r in report.released} == {
        ("abd-1", ReleaseReason.THEME_MOVED, "wednesday"),
        ("abd-2", ReleaseReason.THEME_MOVED, "wednesday"),
    }
    assert "the theme moved to Wednesday" in render.plan_report(report)
    term.run_until(MONDAY + 2 * WEEK)
    assert ("Wed 09:00", "a", "abd-1", "prompt", 1) in term.sent()
    assert not [s for s in term.sent() if s[0].startswith("Tue") and s[3] == "prompt"]
    assert any(r.text.startswith("#TummyTuesday") for r in term.received("a"))


def test_a_theme_removed_releases_its_days(term: Term) -> None:
    term.configure(themes=[theme(MSK)])
    report = term.plan()

    assert {(r.case, r.reason) for r in report.released} == {
        ("abd-1", ReleaseReason.THEME_REMOVED),
        ("abd-2", ReleaseReason.THEME_REMOVED),
    }
    term.run_until(MONDAY + 2 * WEEK)
    assert not [s for s in term.sent() if s[2].startswith("abd")]


def test_a_new_time_or_time_zone_moves_the_waiting_posts(term: Term) -> None:
    term.configure(themes=[theme(MSK, time="10:30"), theme(TUMMY, timezone="America/Los_Angeles")])
    report = term.plan()

    moved = {(m.case, render.moved(m)) for m in report.moved}
    assert ("msk-1", "Mon 09:00 EST -> Mon 10:30 EST; answer Tue 09:00 -> Tue 10:30 EST") in moved
    assert ("abd-1", "Tue 06:00 PST -> Tue 09:00 PST; answer Wed 06:00 -> Wed 09:00 PST") in moved
    assert report.released == []
    term.run_until(MONDAY + 2 * timedelta(days=1))
    assert sorted(term.sent()[:2]) == [
        ("Mon 10:30", "a", "msk-1", "prompt", 1),
        ("Mon 10:30", "b", "msk-1", "prompt", 1),
    ]
    assert ("Tue 12:00", "a", "abd-1", "prompt", 1) in term.sent()  # 09:00 in Los Angeles


def test_sent_posts_are_never_touched_and_a_sent_prompt_keeps_its_answer(term: Term) -> None:
    term.run_until(MONDAY + timedelta(hours=1, minutes=1))  # msk-1's prompts are out
    with term.store.session() as s:
        before = [
            (p.id, p.state, p.text, p.remote_id, p.sent_at)
            for p in s.scalars(select(Post).where(Post.state == "sent"))
        ]
    # Monday's theme goes, and with it the account b from everything.
    term.configure(accounts=["a"], themes=[theme(TUMMY)])
    report = term.plan()

    assert "msk-1" not in {r.case for r in report.released}
    with term.store.session() as s:
        after = [
            (p.id, p.state, p.text, p.remote_id, p.sent_at)
            for p in s.scalars(select(Post).where(Post.state == "sent"))
        ]
    assert after == before and len(before) == 2
    term.run_until(MONDAY + timedelta(days=1, hours=2))
    assert ("Tue 09:00", "a", "msk-1", "answer", 1) in term.sent()  # its answer still follows


def test_dry_run_prints_the_same_and_writes_nothing(term: Term) -> None:
    term.configure(
        schedule='blackout = ["2026-12-07"]', themes=[theme(MSK, time="11:00"), theme(TUMMY)]
    )
    before = term.queue()
    dry = term.plan(dry_run=True)

    assert term.queue() == before
    real = term.plan()
    assert released(dry) == released(real) and [m.as_dict() for m in dry.moved] == [
        m.as_dict() for m in real.moved
    ]
    assert render.plan_report(dry).splitlines()[-1].startswith("dry run, nothing written: ")
    assert render.plan_report(dry).splitlines()[:-1] == render.plan_report(real).splitlines()[:-1]
    assert term.plan().released == [] and term.plan().moved == []  # in line now: nothing to do


def test_coverage_names_undrawn_sections_true_empty_reasons_and_the_runway(
    store: Store, tmp_path: Path
) -> None:
    term = Term(store, tmp_path)
    friday = theme(
        '[[themes]]\nweekday = "friday"\nhashtag = "#FridayQuizDay"\nquiz = true\n{accounts}\n'
    )
    term.configure(themes=[theme(MSK), theme(TUMMY), friday])
    term.cases(("msk-1", "msk"), ("peds-1", "peds"), ("abd-1", "abdomen"))
    term.cases(("msk-late", "msk"), extra='study_month = "2026-12"\n')
    report = term.plan(weeks=2)

    reasons = {a.slot.label(): render.empty_day(a) for a in report.empty}
    assert reasons["Mon 2026-12-07 #MSKMonday"] == (
        "the approved msk cases left are held by the privacy embargo until 2027-01-31"
    )
    assert reasons["Tue 2026-12-08 #TummyTuesday"] == (
        "the 1 approved abdomen case is planned on an earlier day or already went to these accounts"
    )
    assert reasons["Fri 2026-12-04 #FridayQuizDay"] == (
        "a quiz day needs cases with a [quiz] table, and the 4 approved cases have none"
    )
    assert report.coverage is not None
    undrawn = [(u.section, u.slugs, u.reason) for u in report.coverage.undrawn]
    assert undrawn == [("peds", ("peds-1",), "needs_quiz")]
    text = render.plan_report(report)
    assert "unplanned 1 approved peds case (peds-1): only a quiz day takes the section" in text
    assert "runway   #MSKMonday: 1 week, then Mon 2026-12-07 is empty" in text
    assert "runway   #TummyTuesday: 1 week, then Tue 2026-12-08 is empty" in text
