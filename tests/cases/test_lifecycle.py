"""The commands an educator reaches for (issue 12, item 2), each a library verb: retire
and restore, move and swap, pause and resume, approve several, cancel (the day refilled
or kept) and retry (at the planned time). Each scenario on a real SQLite file and the
real PostgreSQL, the engine on a simulated clock posting to an outbox folder per account."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from publisher.accounts.pauses import pause, resume
from publisher.cases import lifecycle
from publisher.cases.review import approve, clean_slugs
from publisher.cli import render
from publisher.dispatch import actions
from publisher.errors import InvalidStateError
from publisher.store import Store
from publisher.store.models import Case, Post
from tests.support.term import MONDAY, MSK, NEW_YORK, Term, theme

WEEK = timedelta(days=7)


@pytest.fixture
def term(store: Store, tmp_path: Path) -> Term:
    """Accounts a and b; MSK Monday and Tummy Tuesday; msk-1..3 and abd-1..2 approved,
    two weeks planned: msk-1 Mon 30 Nov, abd-1 Tue 1 Dec, msk-2 Mon 7 Dec, abd-2 Tue 8 Dec."""
    term = Term(store, tmp_path)
    term.cases(("msk-1", "msk"), ("msk-2", "msk"), ("msk-3", "msk"), ("abd-1", "abdomen"),
               ("abd-2", "abdomen"))  # fmt: skip
    term.plan()
    return term


def status_of(term: Term, slug: str) -> str:
    with term.store.session() as s:
        return s.scalars(select(Case.status).where(Case.slug == slug)).one()


def prompts(term: Term, account: str = "a") -> list[tuple[str, str]]:
    return [
        (when, case)
        for when, acc, case, kind, _ in term.sent()
        if acc == account and kind == "prompt"
    ]


# -- retire and restore ------------------------------------------------------------------------


def test_retire_withdraws_a_case_everywhere_and_keeps_its_history(term: Term) -> None:
    term.run_until(MONDAY + timedelta(hours=2))  # msk-1's prompts are out, answers wait
    done = lifecycle.retire(term.store, term.settings, "msk-1", now=term.clock.now())

    assert (done.was_retired, done.released, done.cancelled, done.sent) == (False, (), 2, 2)
    assert status_of(term, "msk-1") == "retired"
    again = lifecycle.retire(term.store, term.settings, "msk-1", now=term.clock.now())
    assert again.was_retired and render.retired(again) == "msk-1 was already retired\n"
    term.run_until(MONDAY + 2 * WEEK)
    assert ("Tue 09:00", "a", "msk-1", "answer", 1) not in term.sent()  # nothing more of it
    with term.store.session() as s:  # the two prompts sent stay in the history
        kept = s.scalars(select(Post.state).join(Case).where(Case.slug == "msk-1")).all()
    assert sorted(kept) == ["cancelled", "cancelled", "sent", "sent"]
    # Never planned again, whatever the plan.
    term.plan(weeks=4)
    assert "msk-1" not in {case for _, _, case in term.waiting()}


def test_retire_releases_the_days_to_come_and_plan_refills_them(term: Term) -> None:
    done = lifecycle.retire(term.store, term.settings, "msk-2", now=term.clock.now())

    assert [(p.slot, p.accounts) for p in done.released] == [
        ("Mon 2026-12-07 #MSKMonday", ("a", "b"))
    ]
    assert "released Mon 2026-12-07 09:00 EST #MSKMonday -> a, b" in render.retired(done)
    report = term.plan()
    assert [(s.label(), slug) for s, slug in report.planned] == [
        ("Mon 2026-12-07 #MSKMonday", "msk-3")
    ]
    term.run_until(MONDAY + 2 * WEEK)
    assert prompts(term) == [
        ("Mon 09:00", "msk-1"),
        ("Tue 09:00", "abd-1"),
        ("Mon 09:00", "msk-3"),
        ("Tue 09:00", "abd-2"),
    ]


def test_restore_brings_the_case_back_approved_and_plan_places_it(term: Term) -> None:
    lifecycle.retire(term.store, term.settings, "msk-2", now=term.clock.now())
    term.plan()  # msk-3 takes its day
    done = lifecycle.restore(term.store, term.settings, "msk-2", now=term.clock.now())

    assert (done.status, done.was_retired) == ("approved", True)
    assert render.restored(done) == "restored msk-2: approved; `publisher plan` places it again\n"
    assert (
        lifecycle.restore(term.store, term.settings, "msk-2", now=term.clock.now()).was_retired
        is False
    )
    report = term.plan(weeks=3)
    assert ("Mon 2026-12-14 #MSKMonday", "msk-2") in [
        (s.label(), slug) for s, slug in report.planned
    ]
    term.run_until(MONDAY + 3 * WEEK)
    assert ("Mon 09:00", "msk-2") in prompts(term)


# -- move and swap -----------------------------------------------------------------------------


def test_move_keeps_the_approval_and_renders_for_the_new_day(term: Term) -> None:
    done = lifecycle.move(
        term.store, term.settings, "msk-1", date(2026, 12, 14), now=term.clock.now()
    )

    assert done.before is not None and done.before.slot == "Mon 2026-11-30 #MSKMonday"
    assert (done.after.slot, done.after.accounts, done.posts) == (
        "Mon 2026-12-14 #MSKMonday",
        ("a", "b"),
        4,
    )
    assert status_of(term, "msk-1") == "approved"
    report = term.plan(weeks=3)
    assert [(s.label(), slug) for s, slug in report.planned] == [
        ("Mon 2026-11-30 #MSKMonday", "msk-3")
    ]
    term.run_until(MONDAY + 3 * WEEK)
    assert [c for w, c in prompts(term) if c.startswith("msk")] == ["msk-3", "msk-2", "msk-1"]


def test_move_to_another_theme_takes_that_days_hashtag(store: Store, tmp_path: Path) -> None:
    term = Term(store, tmp_path)
    term.configure(
        themes=[theme(MSK), '[[themes]]\nweekday = "thursday"\nhashtag = "#AnyThursday"\n']
    )
    term.cases(("msk-1", "msk"))
    term.plan()
    lifecycle.move(term.store, term.settings, "msk-1", date(2026, 12, 3), now=term.clock.now())
    term.run_until(MONDAY + WEEK)

    assert prompts(term) == [("Thu 09:00", "msk-1")]
    [first] = [r for r in term.received("a") if r.kind == "prompt"]
    assert first.text.startswith("#AnyThursday Case msk-1")


@pytest.mark.parametrize(
    ("slug", "day", "message"),
    [
        (
            "abd-1",
            date(2026, 12, 7),
            "abd-1 cannot go on Mon 2026-12-07: #MSKMonday does not take abdomen cases (it draws from msk)",
        ),
        (
            "msk-1",
            date(2026, 12, 9),
            "no theme posts on Wednesday 2026-12-09; themes: monday (#MSKMonday), tuesday (#TummyTuesday)",
        ),
        ("msk-3", date(2026, 12, 7), "Mon 2026-12-07 #MSKMonday already holds msk-2"),
        (
            "msk-3",
            date(2026, 11, 23),
            "msk-3 cannot go on Mon 2026-11-23: #MSKMonday on 2026-11-23 is already past (09:00 EST)",
        ),
    ],
)
def test_move_refuses_a_day_that_cannot_take_the_case(
    term: Term, slug: str, day: date, message: str
) -> None:
    before = term.queue()
    with pytest.raises(InvalidStateError) as refused:
        lifecycle.move(term.store, term.settings, slug, day, now=term.clock.now())

    assert refused.value.message == message
    assert term.queue() == before  # nothing half-done


def test_move_refuses_a_blackout_day_and_a_quiz_day_without_a_quiz(
    store: Store, tmp_path: Path
) -> None:
    term = Term(store, tmp_path)
    quiz = '[[themes]]\nweekday = "friday"\nhashtag = "#FridayQuizDay"\nquiz = true\n'
    term.configure(themes=[theme(MSK), quiz], schedule='blackout = ["2026-12-14"]')
    term.cases(("msk-1", "msk"))
    with pytest.raises(InvalidStateError, match="2026-12-14 is a blackout day for #MSKMonday"):
        lifecycle.move(term.store, term.settings, "msk-1", date(2026, 12, 14), now=term.clock.now())
    with pytest.raises(InvalidStateError, match="#FridayQuizDay is a quiz day and msk-1 has no"):
        lifecycle.move(term.store, term.settings, "msk-1", date(2026, 12, 4), now=term.clock.now())


def test_move_refuses_a_case_already_gone_out_and_an_unapproved_one(term: Term) -> None:
    term.run_until(MONDAY + timedelta(hours=2))
    with pytest.raises(InvalidStateError, match="msk-1 has already gone out"):
        lifecycle.move(term.store, term.settings, "msk-1", date(2026, 12, 14), now=term.clock.now())
    lifecycle.retire(term.store, term.settings, "msk-3", now=term.clock.now())
    with pytest.raises(InvalidStateError, match="case 'msk-3' is retired"):
        lifecycle.move(term.store, term.settings, "msk-3", date(2026, 12, 14), now=term.clock.now())


def test_swap_exchanges_two_days_keeping_both_approvals(term: Term) -> None:
    done = lifecycle.swap(term.store, term.settings, "msk-1", "msk-2", now=term.clock.now())

    assert (done.first.slug, done.first.after.slot) == ("msk-1", "Mon 2026-12-07 #MSKMonday")
    assert (done.second.slug, done.second.after.slot) == ("msk-2", "Mon 2026-11-30 #MSKMonday")
    assert status_of(term, "msk-1") == status_of(term, "msk-2") == "approved"
    assert term.plan().planned == []
    term.run_until(MONDAY + 2 * WEEK)
    assert [c for w, c in prompts(term, "b") if c.startswith("msk")] == ["msk-2", "msk-1"]


def test_swap_refuses_cases_whose_days_do_not_take_them(term: Term) -> None:
    with pytest.raises(InvalidStateError, match="#MSKMonday does not take abdomen cases"):
        lifecycle.swap(term.store, term.settings, "msk-1", "abd-1", now=term.clock.now())
    with pytest.raises(InvalidStateError, match="msk-3 is not planned on a day to come"):
        lifecycle.swap(term.store, term.settings, "msk-1", "msk-3", now=term.clock.now())


# -- pause and resume --------------------------------------------------------------------------


def test_pause_until_a_date_holds_the_account_then_lets_it_go(term: Term) -> None:
    until = datetime(2026, 12, 1, 8, 0, tzinfo=NEW_YORK)
    done = pause(term.store, "b", until=until, now=term.clock.now())

    assert (done.account, done.until, done.was_paused) == ("b", until, False)
    assert render.paused(done, "America/New_York") == "b paused until Tue 2026-12-01 08:00 EST\n"
    term.run_until(MONDAY + timedelta(hours=23, minutes=59))
    assert prompts(term, "a") == [("Mon 09:00", "msk-1")] and prompts(term, "b") == []
    term.run_until(MONDAY + 2 * timedelta(days=1))
    # Monday's prompt was missed (later than the grace); Tuesday's goes out.
    assert prompts(term, "b") == [("Tue 09:00", "abd-1")]


def test_pause_without_a_date_lasts_until_resumed_and_resume_says_when_not_paused(
    term: Term,
) -> None:
    pause(term.store, "a", until=None, now=term.clock.now())
    term.run_until(MONDAY + timedelta(hours=2))
    assert prompts(term, "a") == []
    done = resume(term.store, "a", now=term.clock.now())
    assert (done.was_paused, done.reason, done.until) == (True, "paused by an operator", None)
    assert resume(term.store, "a", now=term.clock.now()).was_paused is False
    assert render.resumed(resume(term.store, "a", now=term.clock.now())) == "a was not paused\n"
    with pytest.raises(InvalidStateError, match="must end in the future"):
        pause(term.store, "a", until=MONDAY - timedelta(days=1), now=term.clock.now())


# -- approve several ---------------------------------------------------------------------------


def test_approve_takes_several_slugs_all_or_none_and_all_clean_finds_them(
    store: Store, tmp_path: Path
) -> None:
    from publisher.cases.importing import import_paths
    from tests.conftest import write_case

    for slug in ("msk-1", "msk-2"):
        write_case(tmp_path / "cases", slug)
    write_case(tmp_path / "cases", "msk-3", title="Dr Jones and the wrist")  # a finding
    import_paths(store, [tmp_path / "cases"], now=MONDAY, ocr=False)

    assert clean_slugs(store) == ["msk-1", "msk-2"]
    with pytest.raises(InvalidStateError, match="msk-3"):
        approve(store, ["msk-1", "msk-3"], by="Dr R", now=MONDAY)
    with store.session() as s:
        assert s.scalars(select(Case.status).where(Case.slug == "msk-1")).one() == "draft"
    done = approve(store, clean_slugs(store), by="Dr R", now=MONDAY)
    assert [(r.slug, r.status) for r in done] == [("msk-1", "approved"), ("msk-2", "approved")]


# -- cancel and retry --------------------------------------------------------------------------


def _prompt_id(term: Term, slug: str, account: str) -> int:
    with term.store.session() as s:
        from publisher.store.models import Account

        return s.scalars(
            select(Post.id).join(Case).join(Account)
            .where(Case.slug == slug, Account.name == account, Post.kind == "prompt", Post.part == 1)
        ).one()  # fmt: skip


def test_cancel_frees_the_day_for_the_next_plan_to_refill(term: Term) -> None:
    first = actions.cancel(term.store, _prompt_id(term, "msk-2", "a"), now=term.clock.now())
    assert first.freed is None  # b still posts msk-2 that day
    done = actions.cancel(term.store, _prompt_id(term, "msk-2", "b"), now=term.clock.now())

    assert done.freed == "Mon 2026-12-07 #MSKMonday"
    report = term.plan()
    assert [(s.label(), slug) for s, slug in report.planned] == [
        ("Mon 2026-12-07 #MSKMonday", "msk-3")
    ]
    term.run_until(MONDAY + 2 * WEEK)
    assert ("Mon 09:00", "msk-3") in prompts(term, "b") and "msk-2" not in {
        c for _, c in prompts(term, "b")
    }


def test_cancel_with_keep_slot_leaves_the_day_empty_even_when_accounts_are_added(
    term: Term,
) -> None:
    for account in ("a", "b"):
        actions.cancel(
            term.store, _prompt_id(term, "msk-2", account), now=term.clock.now(), keep_slot=True
        )
    term.configure(accounts=["a", "b", "c"])
    report = term.plan()

    assert {(a.case, a.accounts) for a in report.added} == {
        ("msk-1", ("c",)),
        ("abd-1", ("c",)),
        ("abd-2", ("c",)),
    }
    assert report.planned == []
    term.run_until(MONDAY + 2 * WEEK)
    days = {f"{e.at.astimezone(NEW_YORK):%m-%d}" for e in term.events if e.state == "sent"}
    assert "12-07" not in days  # the day stays empty, on every account
    assert {r.case for r in term.received("c")} == {"msk-1", "abd-1", "abd-2"}


def test_retry_of_a_cancelled_post_planned_next_week_keeps_its_time(term: Term) -> None:
    post = _prompt_id(term, "abd-2", "a")
    actions.cancel(term.store, post, now=term.clock.now(), keep_slot=True)
    done = actions.retry(term.store, post, now=term.clock.now())

    assert done.at == datetime(2026, 12, 8, 14, 0, tzinfo=UTC)
    assert "at its planned time Tue 2026-12-08 09:00 EST" in render.changed(done, "retry")
    term.run_until(MONDAY + WEEK + timedelta(hours=24, minutes=59))
    assert [w for w, c in prompts(term) if c == "abd-2"] == []
    term.run_until(MONDAY + WEEK + timedelta(hours=25, minutes=1))
    assert [w for w, c in prompts(term) if c == "abd-2"] == ["Tue 09:00"]


def test_retry_of_a_cancelled_prompt_takes_its_free_day_back_or_says_why_not(term: Term) -> None:
    post = _prompt_id(term, "msk-2", "a")
    other = _prompt_id(term, "msk-2", "b")
    actions.cancel(term.store, post, now=term.clock.now())
    actions.cancel(term.store, other, now=term.clock.now())  # the day is free
    actions.retry(term.store, post, now=term.clock.now())  # and taken back
    assert ("Mon 12-07", "a", "msk-2") in term.waiting()
    actions.cancel(term.store, post, now=term.clock.now())
    term.plan()  # msk-3 fills the day
    with pytest.raises(
        InvalidStateError, match="its day, Mon 2026-12-07 #MSKMonday, now holds another case"
    ):
        actions.retry(term.store, post, now=term.clock.now())
