"""Signing in with the [web] password, and out. Without a password there is nothing to
sign in to, and these pages say so."""

from __future__ import annotations

from urllib.parse import unquote

from flask import Blueprint, redirect, request
from werkzeug.wrappers import Response

from publisher.web.app import SESSION_COOKIE, web
from publisher.web.security import SESSION_LENGTH, TooManyLoginsError

routes = Blueprint("login", __name__)


@routes.get("/login")
def form() -> Response:
    return web().page("login.html", next=_next(), error=None, nav="", title="Sign in")


@routes.post("/login")
def sign_in() -> Response:
    w = web()
    if not w.guard.needs_login:
        return redirect("/", 303)
    client = request.remote_addr or "unknown"
    try:
        token = w.guard.sign_in(request.form.get("password", ""), client, w.now())
    except TooManyLoginsError as exc:
        return w.page("login.html", 429, next=_next(), error=exc.message, nav="", title="Sign in")
    if token is None:
        return w.page(
            "login.html", 401, next=_next(), error="wrong password", nav="", title="Sign in"
        )
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


def _next() -> str:
    """Where to go after signing in: a path on this server, never another site."""
    target = unquote(request.values.get("next", "/"))
    if not target.startswith("/") or target.startswith("//") or "\\" in target:
        return "/"
    return target
