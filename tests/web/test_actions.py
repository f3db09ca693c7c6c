"""The case actions through the web: each is a POST with a CSRF token that calls the same
library verb as the command, and the database says what it did."""

from __future__ import annotations

import sys
import types
from datetime import date, datetime

import pytest
from flask import Flask
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


def test_retire_and_move_are_not_offered_without_the_lifecycle_module(client: FlaskClient) -> None:
    page = parse(client.get("/cases/msk-scaphoid-001").get_data(as_text=True))
    actions = [form["action"] for form in page.find_all("form")]
    assert actions == []  # approved already: nothing to approve, and no retire or move
    draft = parse(client.get("/cases/msk-review-001").get_data(as_text=True))
    assert not [f for f in draft.find_all("form") if f["action"].endswith(("/retire", "/move"))]
    assert post(client, "/cases/msk-scaphoid-001/retire")[0] == 404


def test_retire_and_move_call_the_lifecycle_verbs_when_it_exists(
    term: Term, store: Store, clock: FixedClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Wiring only: a stand-in for publisher.cases.lifecycle records the calls its
    documented signatures receive (the module itself is built elsewhere)."""
    calls: list[tuple[str, object, object, str, object, datetime]] = []
    lifecycle = types.ModuleType("publisher.cases.lifecycle")
    lifecycle.retire = lambda s, settings, slug, *, now: calls.append(
        ("retire", s, settings, slug, None, now)
    )  # type: ignore[attr-defined]
    lifecycle.move = lambda s, settings, slug, day, *, now: calls.append(
        ("move", s, settings, slug, day, now)
    )  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "publisher.cases.lifecycle", lifecycle)
    app: Flask = make_app(term, store, clock)
    client = app.test_client()
    page = parse(client.get("/cases/msk-scaphoid-001").get_data(as_text=True))
    assert [f["action"] for f in page.find_all("form")] == [
        "/cases/msk-scaphoid-001/move", "/cases/msk-scaphoid-001/retire",
    ]  # fmt: skip
    assert post(client, "/cases/msk-scaphoid-001/move", day="2026-12-14")[:2] == (
        303, "/cases/msk-scaphoid-001?done=move",
    )  # fmt: skip
    assert post(client, "/cases/msk-scaphoid-001/retire")[0] == 303
    assert [(c[0], c[1] is store, c[3], c[4], c[5]) for c in calls] == [
        ("move", True, "msk-scaphoid-001", date(2026, 12, 14), NOW),
        ("retire", True, "msk-scaphoid-001", None, NOW),
    ]
    status, _, html = post(client, "/cases/msk-scaphoid-001/move", day="next week")
    assert status == 409
    assert text_of(parse(html).find(class_="alert")).startswith("day: 'next week' is not a date")
