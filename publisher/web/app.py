"""The Flask application: what every request goes through (the Host a loopback server
answers to, the login, the CSRF check on every POST), the headers every answer carries,
and errors as pages. The routes are in ``calendar_views``, ``case_views`` and ``login``."""

from __future__ import annotations

import logging

from flask import Flask, g, redirect, request
from werkzeug.exceptions import HTTPException
from werkzeug.wrappers import Response

from publisher.config import Settings
from publisher.errors import InvalidStateError, NotFoundError, PublisherError
from publisher.store import Store
from publisher.web.context import CSRF_COOKIE, SESSION_COOKIE, NowSource, Web, web
from publisher.web.security import Guard, host_name, is_loopback

log = logging.getLogger("publisher.web")

# No script at all, styles and images from the server only, forms back to it only.
CSP = (
    "default-src 'none'; img-src 'self'; style-src 'self'; form-action 'self'; "
    "frame-ancestors 'none'; base-uri 'none'"
)
MAX_FORM = 64 * 1024


def create_app(
    settings: Settings, store: Store, clock: NowSource, *, host: str, password: str | None
) -> Flask:
    """The web view over ``store``; ``host`` is where it listens (loopback or not)."""
    app = Flask("publisher.web", static_folder="static", static_url_path="/static")
    app.config["MAX_CONTENT_LENGTH"] = MAX_FORM  # forms are a name and a reason
    app.extensions["publisher"] = Web(settings, store, clock, Guard(password), is_loopback(host))
    app.before_request(_check_request)
    app.after_request(_headers)
    app.register_error_handler(PublisherError, _publisher_error)
    app.register_error_handler(HTTPException, _http_error)
    app.register_error_handler(Exception, _unexpected)
    from publisher.web import calendar_views, case_views, login

    for module in (calendar_views, case_views, login):
        app.register_blueprint(module.routes)
    return app


def _check_request() -> Response | None:
    w = web()
    if w.loopback and not is_loopback(host_name(request.host)):
        # A page elsewhere may point a name of its own at 127.0.0.1 (DNS rebinding): a
        # loopback server answers to loopback names only.
        return _plain(400, "this server answers to 127.0.0.1 and localhost only")
    if request.endpoint == "static":
        return None
    if request.method == "POST" and not w.guard.is_valid_csrf(
        request.cookies.get(CSRF_COOKIE), request.form.get("csrf")
    ):
        return w.page("error.html", 403, message=_CSRF_MESSAGE, nav="")
    if request.endpoint in ("login.form", "login.sign_in"):
        return None
    if not w.guard.is_signed_in(request.cookies.get(SESSION_COOKIE), w.now()):
        if request.method == "GET":
            return redirect(f"/login?next={_local_path(request.full_path)}", 303)
        return w.page("error.html", 401, message="sign in first", nav="")
    return None


_CSRF_MESSAGE = (
    "this form has expired or did not come from this site: go back, reload the page "
    "and send it again"
)


def _local_path(path: str) -> str:
    """Only a path on this server (never another site) to come back to after login."""
    from urllib.parse import quote

    path = path.rstrip("?")
    return quote(path if path.startswith("/") and not path.startswith("//") else "/", safe="")


def _headers(response: Response) -> Response:
    headers = response.headers
    headers["Content-Security-Policy"] = CSP
    headers["X-Content-Type-Options"] = "nosniff"
    headers["X-Frame-Options"] = "DENY"
    headers["Referrer-Policy"] = "no-referrer"
    if request.endpoint != "static":
        # Pages and images are patient data, however de-identified: never kept by a
        # browser or a proxy.
        headers["Cache-Control"] = "no-store"
    if "csrf_cookie" in g and request.cookies.get(CSRF_COOKIE) != g.csrf_cookie:
        response.set_cookie(CSRF_COOKIE, g.csrf_cookie, httponly=True, samesite="Strict")
    return response


def _plain(status: int, message: str) -> Response:
    return Response(message + "\n", status=status, mimetype="text/plain")


def _publisher_error(exc: PublisherError) -> Response:
    status = (
        404
        if isinstance(exc, NotFoundError)
        else 409
        if isinstance(exc, InvalidStateError)
        else 400
    )
    return web().page("error.html", status, message=exc.message, hint=exc.hint, nav="")


def _http_error(exc: HTTPException) -> Response:
    status = exc.code or 500
    return web().page("error.html", status, message=exc.description or exc.name, nav="")


def _unexpected(exc: Exception) -> Response:
    log.exception("the web view failed on %s %s", request.method, request.path)
    message = "something went wrong on the server; its log says what"
    return web().page("error.html", 500, message=message, nav="")
