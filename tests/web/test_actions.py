"""The case actions through the web: each is a POST with a CSRF token that calls the same
library verb as the command, and the database says what it did."""

from __future__ import annotations

from datetime import date

import pytest
from flask.testing import FlaskClient

from publisher.cases.details import case_details
from publisher.store import Store
from tests.web.conftest import NOW, REVIEWER, FixedClock, Term, csrf_of, make_app
from tests.web.test_pages import parse, text_of


def post(client: FlaskClient, url: str, **form: str) -> tuple[int, str, str]:
    """Status, where it redirects and the page, for a form sent as a browser sends it."""
    response = client.post(url, data={"csrf": csrf_of(client), **form})
    return (
        response.status_code,
        response.headers.get("Location", ""),
        response.get_data(as_text=True),
    )


def test_approve_calls_the_library_verb_and_records_the_reviewer(
    client: FlaskClient, store: Store
) -> None:
    from publisher.cases import review

    review.waive(store, "msk-review-001", "1", by=REVIEWER, reason="the author", now=NOW)
    review.acknowledge(store, "msk-review-001", "2", by=REVIEWER, reason="", now=NOW)
    status, location, _ = post(client, "/cases/msk-review-001/approve", by="Dr B. Second")
    assert (status, location) == (303, "/cases/msk-review-001?done=approve")
    found = case_details(store, "msk-review-001")
    assert found["status"] == "approved"
    last = found["reviews"][-1]
    assert (last["action"], last["by"], last["at"]) == ("approve", "Dr B. Second", NOW.isoformat())
    page = parse(client.get(location).get_data(as_text=True))
    assert text_of(page.find(class_="alert")) == "Approved."


def test_approve_refused_shows_the_verbs_own_reason(client: FlaskClient, store: Store) -> None:
    status, _, html = post(client, "/cases/msk-review-001/approve", by=REVIEWER)
    assert status == 409
    alert = text_of(parse(html).find(class_="alert"))
    assert alert.startswith(
        "case 'msk-review-001' has blocking privacy findings: #1 name 'Dr Jones' in title"
    )
    assert case_details(store, "msk-review-001")["status"] == "needs_review"


def test_waive_and_acknowledge_record_who_and_why(client: FlaskClient, store: Store) -> None:
    status, location, _ = post(
        client, "/cases/msk-review-001/findings/1/waive", by=REVIEWER, reason="the author"
    )
    assert (status, location) == (303, "/cases/msk-review-001?done=waive")
    status, _, _ = post(client, "/cases/msk-review-001/findings/2/acknowledge", by=REVIEWER)
    assert status == 303
    found = case_details(store, "msk-review-001")
    assert [(f["number"], f["state"], f["by"]) for f in found["findings"]] == [
        (1, "waived", REVIEWER), (2, "acknowledged", REVIEWER),
    ]  # fmt: skip
    assert found["status"] == "draft"
    assert [(r["action"], r["reason"]) for r in found["reviews"]] == [
        ("waive", "the author"), ("acknowledge", ""),
    ]  # fmt: skip
    page = parse(client.get("/cases/msk-review-001").get_data(as_text=True))
    assert page.select("ol.findings form") == []  # nothing left to decide
    assert text_of(page.select_one("#finding-1 .state")) == f"waived by {REVIEWER}"


@pytest.mark.parametrize(
    ("url", "form", "message"),
    [
        (
            "/cases/msk-review-001/findings/1/waive",
            {"by": REVIEWER},
            "reason: this field is required",
        ),
        (
            "/cases/msk-review-001/findings/1/waive",
            {"by": " ", "reason": "x"},
            "by: this field is required",
        ),
        (
            "/cases/msk-review-001/findings/1/acknowledge",
            {"by": REVIEWER},
            "finding 1 of 'msk-review-001' blocks: waive it with a reason instead",
        ),
        (
            "/cases/msk-review-001/findings/9/waive",
            {"by": REVIEWER, "reason": "x"},
            "case 'msk-review-001' has no finding '9'",
        ),
        ("/cases/msk-review-001/approve", {}, "by: this field is required"),
    ],
)
def test_a_refused_action_changes_nothing_and_says_why(
    client: FlaskClient, store: Store, url: str, form: dict[str, str], message: str
) -> None:
    before = case_details(store, "msk-review-001")
    status, _, html = post(client, url, **form)
    assert status in (404, 409)
    assert text_of(parse(html).find(class_="alert")).startswith(message)
    assert case_details(store, "msk-review-001") == before


def test_an_action_on_an_unknown_case_is_not_found(client: FlaskClient) -> None:
    status, _, html = post(client, "/cases/nobody/approve", by=REVIEWER)
    assert status == 404
    assert text_of(parse(html).find(class_="alert")) == "no case with slug 'nobody'"


def test_second_reviewer_is_enforced_as_on_the_command_line(
    term: Term, store: Store, clock: FixedClock
) -> None:
    (term.root / "config.toml").write_text(
        (term.root / "config.toml")
        .read_text()
        .replace("embargo_days = 30", "embargo_days = 30\nsecond_reviewer = true")
    )
    client = make_app(term, store, clock).test_client()
    post(client, "/cases/msk-review-001/findings/1/waive", by=REVIEWER, reason="the author")
    post(client, "/cases/msk-review-001/findings/2/acknowledge", by=REVIEWER)
    status, _, html = post(client, "/cases/msk-review-001/approve", by=REVIEWER)
    assert status == 409 and "second_reviewer asks someone else to approve" in html
    assert post(client, "/cases/msk-review-001/approve", by="Dr C")[0] == 303


def test_a_draft_offers_retire_but_not_move(client: FlaskClient) -> None:
    draft = parse(client.get("/cases/msk-review-001").get_data(as_text=True))
    actions = [f["action"] for f in draft.find_all("form")]
    assert "/cases/msk-review-001/retire" in actions
    assert "/cases/msk-review-001/move" not in actions


def test_move_retire_and_restore_change_the_plan_as_the_commands_do(
    client: FlaskClient, store: Store
) -> None:
    page = parse(client.get("/cases/msk-quiz-001").get_data(as_text=True))
    assert [f["action"] for f in page.find_all("form")] == [
        "/cases/msk-quiz-001/move", "/cases/msk-quiz-001/retire",
    ]  # fmt: skip
    assert post(client, "/cases/msk-quiz-001/move", day="2026-12-14")[:2] == (
        303, "/cases/msk-quiz-001?done=move",
    )  # fmt: skip
    assert _planned_days(store, "msk-quiz-001") == {date(2026, 12, 14)}

    assert post(client, "/cases/msk-quiz-001/retire")[:2] == (
        303,
        "/cases/msk-quiz-001?done=retire",
    )
    assert case_details(store, "msk-quiz-001")["status"] == "retired"
    assert _planned_days(store, "msk-quiz-001") == set()
    page = parse(client.get("/cases/msk-quiz-001?done=retire").get_data(as_text=True))
    assert text_of(page.find(class_="alert")) == "Case retired."
    assert [f["action"] for f in page.find_all("form")] == ["/cases/msk-quiz-001/restore"]

    assert post(client, "/cases/msk-quiz-001/restore")[0] == 303
    assert case_details(store, "msk-quiz-001")["status"] == "approved"  # its approval held


def test_a_move_the_verb_refuses_changes_nothing(client: FlaskClient, store: Store) -> None:
    before = _planned_days(store, "msk-quiz-001")
    status, _, html = post(client, "/cases/msk-quiz-001/move", day="next week")
    assert status == 409
    assert text_of(parse(html).find(class_="alert")).startswith("day: 'next week' is not a date")
    status, _, html = post(client, "/cases/msk-quiz-001/move", day="2026-12-15")  # a Tuesday
    assert status == 409
    assert "msk" in text_of(parse(html).find(class_="alert"))
    assert _planned_days(store, "msk-quiz-001") == before


def _planned_days(store: Store, slug: str) -> set[date]:
    from sqlalchemy import select

    from publisher.store.models import Case, Slot

    with store.session() as session:
        rows = session.scalars(
            select(Slot.local_date).join(Case, Slot.case_id == Case.id).where(Case.slug == slug)
        ).all()
    return set(rows)
