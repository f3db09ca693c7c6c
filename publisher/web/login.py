"""Signing in with the [web] password, and out. Without a password there is nothing to
sign in to, and these pages say so."""

from __future__ import annotations

from flask import Blueprint, redirect, request
from werkzeug.wrappers import Response

from publisher.web.context import SESSION_COOKIE, web
from publisher.web.security import SESSION_LENGTH, TooManyLoginsError

routes = Blueprint("login", __name__)


@routes.get("/login")
def form() -> Response:
    w = web()
    return w.page(
        "login.html", next=_next(), error=None, needed=w.guard.needs_login, nav="", title="Sign in"
    )


@routes.post("/login")
def sign_in() -> Response:
    w = web()
    if not w.guard.needs_login:
        return redirect("/", 303)
    client = request.remote_addr or "unknown"
    try:
        token = w.guard.sign_in(request.form.get("password", ""), client, w.now())
    except TooManyLoginsError as exc:
        return _refused(429, exc.message)
    if token is None:
        return _refused(401, "wrong password")
    response = redirect(_next(), 303)
    response.set_cookie(
        SESSION_COOKIE, token, max_age=int(SESSION_LENGTH.total_seconds()), httponly=True,
        samesite="Strict", secure=request.is_secure,
    )  # fmt: skip
    return response


@routes.post("/logout")
def sign_out() -> Response:
    web().guard.sign_out(request.cookies.get(SESSION_COOKIE))
    response = redirect("/login", 303)
    response.delete_cookie(SESSION_COOKIE)
    return response


def _refused(code: int, error: str) -> Response:
    return web().page(
        "login.html", code, next=_next(), error=error, needed=True, nav="", title="Sign in"
    )


def _next() -> str:
    """Where to go after signing in: a path on this server, never another site. A browser
    drops tabs and line breaks from an address and reads a backslash as a slash, so a
    path holding any of them could lead to ``//elsewhere``."""
    target = request.values.get("next", "/")
    if not target.startswith("/") or target.startswith("//"):
        return "/"
    if "\\" in target or any(c.isspace() or not c.isprintable() for c in target):
        return "/"
    return target
