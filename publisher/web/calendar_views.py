"""The calendar: a month grid, the term view, each day's posts as each platform will
show them, and the images those posts carry."""

from __future__ import annotations

import re
from datetime import date, timedelta
from zoneinfo import ZoneInfo

from flask import Blueprint, request
from werkzeug.exceptions import BadRequest, NotFound
from werkzeug.wrappers import Response

from publisher.schedule.calendar import month_range, term, weeks_range
from publisher.schedule.preview import preview_days
from publisher.store.blobs import read_blob
from publisher.web.context import web
from publisher.web.mockups import day_mockups

routes = Blueprint("calendar", __name__)

DEFAULT_WEEKS = 16  # a term
MAX_WEEKS = 52
_SHA256 = re.compile(r"[0-9a-f]{64}")
_MIME = {"PNG": "image/png", "JPEG": "image/jpeg", "GIF": "image/gif", "WEBP": "image/webp"}


def today() -> date:
    w = web()
    return w.now().astimezone(ZoneInfo(w.settings.schedule.timezone)).date()


@routes.get("/")
def home() -> Response:
    now = today()
    return _month(now.year, now.month)


@routes.get("/month/<int:year>-<int:month>")
def month(year: int, month: int) -> Response:
    if not (1 <= month <= 12 and 1900 < year < 3000):
        raise NotFound(f"there is no month {year}-{month:02d}")
    return _month(year, month)


def _month(year: int, month: int) -> Response:
    w = web()
    first, last = month_range(year, month)
    shown = term(w.store, w.settings, now=w.now(), first=first, last=last)
    start = date(year, month, 1)
    return w.page(
        "calendar.html", term=shown, nav="month", view="month", month=start,
        previous=(year - (month == 1), 12 if month == 1 else month - 1),
        following=(year + month // 12, month % 12 + 1),
        title=f"{start:%B %Y}",
    )  # fmt: skip


@routes.get("/term")
def term_view() -> Response:
    w = web()
    start = _date_arg("from", default=today())
    weeks = _int_arg("weeks", DEFAULT_WEEKS, 1, MAX_WEEKS)
    first, last = weeks_range(start, weeks)
    shown = term(w.store, w.settings, now=w.now(), first=first, last=last)
    return w.page(
        "calendar.html", term=shown, nav="term", view="term", weeks=weeks,
        previous=first - timedelta(weeks=weeks), following=last + timedelta(days=1),
        title=f"{weeks} weeks from {first:%d %b %Y}",
    )  # fmt: skip


@routes.get("/day/<day>")
def day_view(day: str) -> Response:
    w = web()
    when = _parse_date(day, "day")
    account = request.args.get("account") or None
    shown = preview_days(w.store, w.settings, first=when, last=when, account=account, by_slot=True)
    return w.page(
        "day.html", day=when, slots=day_mockups(shown.posts), held=shown.held, nav="",
        account=account, accounts=list(w.settings.accounts), title=f"{when:%a %d %b %Y}",
    )  # fmt: skip


@routes.get("/media/<sha256>")
def media(sha256: str) -> Response:
    if not _SHA256.fullmatch(sha256):
        raise NotFound("no such image")
    found = read_blob(web().store, sha256)
    if found is None:
        raise NotFound("no such image")
    return Response(found.data, mimetype=_MIME.get(found.format, "application/octet-stream"))


def _date_arg(name: str, *, default: date) -> date:
    value = request.args.get(name)
    return _parse_date(value, name) if value else default


def _parse_date(value: str, name: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise BadRequest(f"{name}: {value[:40]!r} is not a date (write YYYY-MM-DD)") from None


def _int_arg(name: str, default: int, low: int, high: int) -> int:
    value = request.args.get(name)
    if value is None or value == "":
        return default
    if not value.isdigit() or not low <= int(value) <= high:
        raise BadRequest(f"{name}: {value[:20]!r} is not a number from {low} to {high}")
    return int(value)
