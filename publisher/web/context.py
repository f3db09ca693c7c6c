"""What every route works with: the settings, store and clock the commands use, the
guard, and this browser's CSRF token. Its own module, so that the views and the app
that registers them both import it and not each other."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Protocol

from flask import current_app, g, request
from werkzeug.wrappers import Response

from publisher.config import Settings
from publisher.store import Store
from publisher.web.pages import Pages, ServerLinks
from publisher.web.security import Guard

CSRF_COOKIE = "publisher_csrf"
SESSION_COOKIE = "publisher_session"


class NowSource(Protocol):
    def now(self) -> datetime: ...


@dataclass
class Web:
    """What the routes work with: the same settings, store and clock as the commands."""

    settings: Settings
    store: Store
    clock: NowSource
    guard: Guard
    loopback: bool  # listening on loopback only
    pages: Pages = field(default_factory=Pages)

    def page(self, template: str, code: int = 200, **context: Any) -> Response:
        """A page of this server, with this browser's CSRF token in its forms."""
        context.setdefault("login", self.guard.needs_login)
        html = self.pages.render(template, links=ServerLinks(), csrf=csrf_token(), **context)
        return Response(html, status=code, mimetype="text/html")

    def now(self) -> datetime:
        return self.clock.now()


def web() -> Web:
    found: Web = current_app.extensions["publisher"]
    return found


def csrf_token() -> str:
    """This browser's token for the forms of the page being made."""
    return web().guard.csrf_token(_csrf_cookie())


def _csrf_cookie() -> str:
    if "csrf_cookie" not in g:
        g.csrf_cookie = request.cookies.get(CSRF_COOKIE) or Guard.new_cookie()
    cookie: str = g.csrf_cookie
    return cookie
