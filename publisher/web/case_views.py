"""Case review: the list, one case with its findings in place, and the actions the
command line has, each calling the same library verb as its command."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from flask import Blueprint, redirect, request
from werkzeug.exceptions import BadRequest
from werkzeug.wrappers import Response

from publisher.cases import details, lifecycle, review
from publisher.cases.status import CaseStatus
from publisher.errors import InvalidStateError, NotFoundError, PublisherError
from publisher.web.casepage import case_view
from publisher.web.context import web

routes = Blueprint("cases", __name__)

PAGE = 100
# What a finished action says on the page it lands on; a fixed list, so that no text
# from the address bar ever reaches the page.
DONE = {
    "approve": "Approved.",
    "waive": "Finding waived.",
    "acknowledge": "Warning acknowledged.",
    "retire": "Case retired.",
    "move": "Case moved.",
    "restore": "Case restored.",
}


@routes.get("/cases")
def case_list() -> Response:
    w = web()
    status = request.args.get("status") or None
    if status is not None and status not in {s.value for s in CaseStatus}:
        raise BadRequest(f"status: {status[:20]!r} is not one of {', '.join(CaseStatus)}")
    rows = details.list_summaries(w.store, status=status)
    page = request.args.get("page", "1")
    number = int(page) if page.isdigit() and int(page) > 0 else 1
    shown = rows[(number - 1) * PAGE : number * PAGE]
    return w.page(
        "cases.html", rows=shown, total=len(rows), status=status, page=number,
        pages=max(1, -(-len(rows) // PAGE)), statuses=[s.value for s in CaseStatus],
        nav="cases", title="Cases",
    )  # fmt: skip


@routes.get("/cases/<slug>")
def case_page(slug: str) -> Response:
    return _case(slug, done=DONE.get(request.args.get("done", "")))


def _case(slug: str, *, done: str | None = None, error: PublisherError | None = None) -> Response:
    w = web()
    status = 200 if error is None else 404 if isinstance(error, NotFoundError) else 409
    view = case_view(details.case_details(w.store, slug))
    return w.page(
        "case.html", status, case=view, done=done, error=error,
        second_reviewer=w.settings.privacy.second_reviewer, nav="cases",
        title=view.details["title"],
    )  # fmt: skip


def _act(slug: str, action: str, verb: Callable[[], Any]) -> Response:
    """Run a library verb; back to the case page with what it did, or with its refusal."""
    try:
        verb()
    except PublisherError as exc:
        return _case(slug, error=exc)
    return redirect(f"/cases/{slug}?done={action}", 303)


@routes.post("/cases/<slug>/approve")
def approve(slug: str) -> Response:
    w = web()
    second = w.settings.privacy.second_reviewer
    return _act(slug, "approve", lambda: review.approve(
        w.store, [slug], by=_field("by"), now=w.now(), second_reviewer=second
    ))  # fmt: skip


@routes.post("/cases/<slug>/findings/<int:number>/waive")
def waive(slug: str, number: int) -> Response:
    w = web()
    return _act(slug, "waive", lambda: review.waive(
        w.store, slug, str(number), by=_field("by"), reason=_field("reason"), now=w.now()
    ))  # fmt: skip


@routes.post("/cases/<slug>/findings/<int:number>/acknowledge")
def acknowledge(slug: str, number: int) -> Response:
    w = web()
    reason = request.form.get("reason", "").strip()
    return _act(slug, "acknowledge", lambda: review.acknowledge(
        w.store, slug, str(number), by=_field("by"), reason=reason, now=w.now()
    ))  # fmt: skip


@routes.post("/cases/<slug>/retire")
def retire(slug: str) -> Response:
    w = web()
    return _act(slug, "retire", lambda: lifecycle.retire(w.store, w.settings, slug, now=w.now()))


@routes.post("/cases/<slug>/restore")
def restore(slug: str) -> Response:
    w = web()
    return _act(slug, "restore", lambda: lifecycle.restore(w.store, w.settings, slug, now=w.now()))


@routes.post("/cases/<slug>/move")
def move(slug: str) -> Response:
    w = web()
    return _act(slug, "move", lambda: lifecycle.move(
        w.store, w.settings, slug, _day_field("day"), now=w.now()
    ))  # fmt: skip


def _day_field(name: str) -> date:
    value = _field(name)
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise InvalidStateError(
            f"{name}: {value[:40]!r} is not a date (write YYYY-MM-DD)"
        ) from None


def _field(name: str) -> str:
    """A required form field, trimmed; a clear refusal when it is missing or blank."""
    value = request.form.get(name, "").strip()
    if not value:
        raise InvalidStateError(f"{name}: this field is required")
    return value
