"""The pages as HTML: one Jinja environment over the package's templates, shared by the
server and the static export. Only the links differ: the server links to its routes,
the export to files beside each other, which open from disk."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import cached_property
from typing import Any
from zoneinfo import ZoneInfo

from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape
from markupsafe import Markup, escape

from publisher.web.mockups import Span

MEDIA_SUFFIX = {"PNG": "png", "JPEG": "jpg", "GIF": "gif", "WEBP": "webp"}


class ServerLinks:
    """Links to the routes of `publisher serve`; actions are shown."""

    interactive = True

    def static(self, name: str) -> str:
        return f"/static/{name}"

    def home(self) -> str | None:
        return "/"

    def term_home(self) -> str:
        return "/term"

    def month(self, year: int, month: int) -> str | None:
        return f"/month/{year:04d}-{month:02d}"

    def term(self, first: date, weeks: int) -> str | None:
        return f"/term?from={first.isoformat()}&weeks={weeks}"

    def day(self, day: date) -> str | None:
        return f"/day/{day.isoformat()}"

    def case(self, slug: str) -> str | None:
        return f"/cases/{slug}"

    def cases(self) -> str | None:
        return "/cases"

    def media(self, sha256: str, fmt: str) -> str:
        return f"/media/{sha256}"


@dataclass(frozen=True)
class ExportLinks:
    """Links between the files of a static export: ``index.html``, ``days/DATE.html``,
    ``media/`` and ``static/``. Days outside the export and cases are not linked."""

    depth: int  # 0 for index.html, 1 for the pages in days/
    days: frozenset[date] = frozenset()
    interactive = False

    @property
    def _up(self) -> str:
        return "../" * self.depth

    def static(self, name: str) -> str:
        return f"{self._up}static/{name}"

    def home(self) -> str | None:
        return None

    def term_home(self) -> str:
        return f"{self._up}index.html"

    def month(self, year: int, month: int) -> str | None:
        return None

    def term(self, first: date, weeks: int) -> str | None:
        return f"{self._up}index.html"

    def day(self, day: date) -> str | None:
        return f"{self._up}days/{day.isoformat()}.html" if day in self.days else None

    def case(self, slug: str) -> str | None:
        return None

    def cases(self) -> str | None:
        return None

    def media(self, sha256: str, fmt: str) -> str:
        return f"{self._up}media/{media_name(sha256, fmt)}"


Links = ServerLinks | ExportLinks


def media_name(sha256: str, fmt: str) -> str:
    return f"{sha256}.{MEDIA_SUFFIX.get(fmt.upper(), 'bin')}"


class Pages:
    """Renders a template with the context every page shares."""

    @cached_property
    def env(self) -> Environment:
        env = Environment(
            loader=PackageLoader("publisher.web", "templates"),
            autoescape=select_autoescape(default=True),
            undefined=StrictUndefined,
            trim_blocks=True,
            lstrip_blocks=True,
        )
        env.filters.update(
            spans=render_spans,
            local=local_time,
            clock=clock_time,
            day=day_label,
            kb=kilobytes,
            todate=date.fromisoformat,
        )
        env.globals["one_day"] = timedelta(days=1)
        return env

    def render(self, template: str, *, links: Links, csrf: str = "", **context: Any) -> str:
        return self.env.get_template(template).render(links=links, csrf=csrf, **context)


def render_spans(spans: tuple[Span, ...]) -> Markup:
    """Spans with no whitespace between them, so the element's text is the post's text."""
    out = []
    for span in spans:
        text = escape(span.text)
        out.append(Markup(f'<span class="{span.kind}">{text}</span>') if span.kind else text)
    return Markup("").join(out)


def local_time(moment: datetime | str, zone: str) -> str:
    """'Mon 30 Nov 09:00 EST': an instant in a theme's zone, with the zone's abbreviation."""
    local = _local(moment, zone)
    return f"{local:%a} {local.day} {local:%b %H:%M %Z}"


def clock_time(moment: datetime | str, zone: str) -> str:
    """'09:00 EST'."""
    return f"{_local(moment, zone):%H:%M %Z}"


def _local(moment: datetime | str, zone: str) -> datetime:
    if isinstance(moment, str):
        moment = datetime.fromisoformat(moment)
    return moment.astimezone(ZoneInfo(zone))


def day_label(day: date, year: bool = True) -> str:
    """'Mon 30 Nov 2026' (strftime's unpadded day is not portable)."""
    return f"{day:%a} {day.day} {day:%b}" + (f" {day.year}" if year else "")


def kilobytes(size: int) -> str:
    return f"{size / 1000:.1f} kB"
