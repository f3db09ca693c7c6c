"""The planner alone: slot times across clock changes, and which case fills which slot."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from publisher.schedule.planner import Candidate, Empty, EmptyReason, assign, slot_times
from publisher.schedule.themes import AnswerRule, Theme

MON = Theme(weekday="monday", hashtag="#MSKMonday", sections=("msk",), time="09:00")
FRI = Theme(weekday="friday", hashtag="#FridayQuizDay", sections=(), quiz=True)
SUN_LONDON = Theme(weekday="sunday", hashtag="#SundayScan", time="09:00", timezone="Europe/London")
ACCOUNTS = {MON.key: ("outbox",), FRI.key: ("outbox",), SUN_LONDON.key: ("outbox",)}


def times(theme: Theme, start: datetime, weeks: int, zone: str = "America/New_York") -> list[str]:
    slots = slot_times(
        [theme], start=start, weeks=weeks, default_zone=zone, blackout=(), accounts_of=ACCOUNTS
    )
    return [f"{s.local:%Y-%m-%d %H:%M %Z} = {s.at:%H:%M} UTC" for s in slots]


@pytest.mark.parametrize(
    ("start", "expected"),
    [
        # America/New_York springs forward on Sunday 8 March 2026.
        (
            datetime(2026, 3, 1, tzinfo=UTC),
            ["2026-03-02 09:00 EST = 14:00 UTC", "2026-03-09 09:00 EDT = 13:00 UTC"],
        ),
        # ... and falls back on Sunday 1 November 2026.
        (
            datetime(2026, 10, 26, tzinfo=UTC),
            ["2026-10-26 09:00 EDT = 13:00 UTC", "2026-11-02 09:00 EST = 14:00 UTC"],
        ),
    ],
)
def test_new_york_slots_stay_at_nine_local_across_clock_changes(
    start: datetime, expected: list[str]
) -> None:
    assert times(MON, start, 2) == expected


def test_london_slots_on_the_clock_change_sundays_stay_at_nine_local() -> None:
    # Europe/London: summer time starts 29 March 2026 and ends 25 October 2026.
    spring = times(SUN_LONDON, datetime(2026, 3, 22, tzinfo=UTC), 2)
    assert spring == ["2026-03-22 09:00 GMT = 09:00 UTC", "2026-03-29 09:00 BST = 08:00 UTC"]
    autumn = times(SUN_LONDON, datetime(2026, 10, 18, tzinfo=UTC), 2)
    assert autumn == ["2026-10-18 09:00 BST = 08:00 UTC", "2026-10-25 09:00 GMT = 09:00 UTC"]


def test_a_slot_already_past_today_is_not_planned() -> None:
    start = datetime(2026, 11, 30, 15, 0, tzinfo=UTC)  # Monday 10:00 in New York
    assert times(MON, start, 1) == ["2026-12-07 09:00 EST = 14:00 UTC"]


def test_blackout_days_are_skipped() -> None:
    slots = slot_times(
        [MON],
        start=datetime(2026, 12, 20, tzinfo=UTC),
        weeks=2,
        default_zone="America/New_York",
        blackout=[date(2026, 12, 21)],
        accounts_of=ACCOUNTS,
    )
    assert [s.local_date for s in slots] == [date(2026, 12, 28)]


def test_answer_rules() -> None:
    sent = datetime(2026, 3, 7, 14, 0, tzinfo=UTC)  # Saturday 09:00 EST
    from zoneinfo import ZoneInfo

    ny = ZoneInfo("America/New_York")
    assert AnswerRule.parse("24h").answer_time(sent, ny) == sent + timedelta(hours=24)
    # The next day is the clock-change Sunday: 09:00 local is 13:00 UTC.
    assert AnswerRule.parse("next 09:00").answer_time(sent, ny) == datetime(
        2026, 3, 8, 13, 0, tzinfo=UTC
    )
    assert AnswerRule.parse("next day 18:30").next_day_at is not None
    with pytest.raises(ValueError, match="not a duration"):
        AnswerRule.parse("tomorrow")


def cand(case_id: int, section: str = "msk", **kw: object) -> Candidate:
    return Candidate(
        case_id=case_id,
        slug=f"c{case_id}",
        section=section,
        has_quiz=bool(kw.pop("quiz", False)),
        order=(datetime(2026, 1, 1, tzinfo=UTC) + timedelta(days=case_id), case_id),
        **kw,  # type: ignore[arg-type]
    )


def mondays(weeks: int) -> list:  # type: ignore[type-arg]
    return slot_times(
        [MON, FRI],
        start=datetime(2026, 11, 30, tzinfo=UTC),
        weeks=weeks,
        default_zone="America/New_York",
        blackout=(),
        accounts_of=ACCOUNTS,
    )


def picks(weeks: int, candidates: list[Candidate], taken: dict | None = None) -> list:  # type: ignore[type-arg]
    return [(a.slot.label(), a.case_id) for a in assign(mondays(weeks), candidates, taken or {})]


def test_without_a_quiz_day_quiz_cases_serve_the_other_days() -> None:
    slots = [s for s in mondays(1) if not s.theme.quiz]
    assert [a.case_id for a in assign(slots, [cand(1, quiz=True)], {})] == [1]


def test_oldest_first_quiz_cases_kept_for_the_quiz_day() -> None:
    got = picks(2, [cand(3), cand(1, quiz=True), cand(2), cand(4, "neuro", quiz=True)])
    assert got == [
        ("Mon 2026-11-30 #MSKMonday", 2),
        ("Fri 2026-12-04 #FridayQuizDay", 1),
        ("Mon 2026-12-07 #MSKMonday", 3),
        ("Fri 2026-12-11 #FridayQuizDay", 4),
    ]


def test_a_pinned_case_goes_to_its_date_and_others_move_up() -> None:
    got = picks(2, [cand(1), cand(2, publish_on=date(2026, 12, 7))])
    assert got[0] == ("Mon 2026-11-30 #MSKMonday", 1)
    assert got[2] == ("Mon 2026-12-07 #MSKMonday", 2)


def test_empty_slots_are_reported_with_their_reason() -> None:
    got = assign(mondays(1), [], {})
    assert [(a.slot.label(), a.empty) for a in got] == [
        ("Mon 2026-11-30 #MSKMonday", Empty(EmptyReason.NO_CASE)),
        ("Fri 2026-12-04 #FridayQuizDay", Empty(EmptyReason.NO_CASE)),
    ]


def test_a_case_goes_to_an_account_once_and_taken_slots_are_kept() -> None:
    used = cand(1, used_by=frozenset({"outbox"}))
    got = picks(2, [used, cand(2), cand(3)], taken={(MON.key, date(2026, 11, 30)): 3})
    assert got[0] == ("Mon 2026-11-30 #MSKMonday", 3)
    assert got[2] == ("Mon 2026-12-07 #MSKMonday", 2)


def test_an_embargoed_case_waits_for_its_date() -> None:
    got = picks(2, [cand(1, not_before=date(2026, 12, 5)), cand(2)])
    assert got[0] == ("Mon 2026-11-30 #MSKMonday", 2)
    assert got[2] == ("Mon 2026-12-07 #MSKMonday", 1)
