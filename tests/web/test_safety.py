"""Safe by default: loopback unless a password is set, a login for that password, a CSRF
token on every state change, no secret on any page, nothing kept in a browser's cache."""

from __future__ import annotations

import os
import re
import select
import signal
import socket
import subprocess
import sys
import urllib.request
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from urllib.parse import urljoin, urlparse

import pytest
from bs4 import BeautifulSoup
from flask import Flask
from flask.testing import FlaskClient

from publisher.cases.details import case_details
from publisher.config import load_settings
from publisher.errors import ConfigError
from publisher.store import Store
from publisher.web.server import listen_for
from tests.web.conftest import NOW, SECRETS, FixedClock, Term, csrf_of, make_app, write_config

PASSWORD = SECRETS["PUBLISHER_WEB_PASSWORD"]
SCRIPT = Path(sys.executable).with_name("publisher")


# -- where it listens ------------------------------------------------------------------


def test_it_listens_on_loopback_by_default() -> None:
    listen = listen_for(load_settings(None, {}), {})
    assert (listen.host, listen.port, listen.password) == ("127.0.0.1", 8000, None)
    assert listen.loopback and listen.url == "http://127.0.0.1:8000/"


@pytest.mark.parametrize("host", ["127.0.0.1", "localhost", "::1", "127.0.0.2"])
def test_any_loopback_address_needs_no_password(host: str) -> None:
    assert listen_for(load_settings(None, {}), {}, host=host).password is None


@pytest.mark.parametrize("host", ["0.0.0.0", "::", "192.0.2.10", "teaching.example.org"])
def test_any_other_host_is_refused_without_a_password(host: str) -> None:
    with pytest.raises(ConfigError, match=f"serving on {re.escape(host)} reaches beyond"):
        listen_for(load_settings(None, {}), {}, host=host)


def test_a_password_from_the_config_opens_other_hosts(tmp_path: Path) -> None:
    config = write_config(
        tmp_path,
        tmp_path / "x.db",
        '[web]\nhost = "0.0.0.0"\npassword = "${PUBLISHER_WEB_PASSWORD}"\n',
    )
    settings = load_settings(config, SECRETS)
    listen = listen_for(settings, SECRETS)
    assert (listen.host, listen.password, listen.loopback) == ("0.0.0.0", PASSWORD, False)
    # The same config with the variable unset: refused, as if no password were set.
    with pytest.raises(ConfigError, match="needs a password"):
        listen_for(settings, {})
    with pytest.raises(ConfigError, match="at least 12 characters"):
        listen_for(settings, {"PUBLISHER_WEB_PASSWORD": "short"})


def test_a_port_out_of_range_is_refused(tmp_path: Path) -> None:
    config = write_config(tmp_path, tmp_path / "x.db", "[web]\nport = 70000\n")
    with pytest.raises(ConfigError, match=r"web.port: must be a port number, 1 to 65535"):
        load_settings(config, {})


def test_a_password_written_into_the_config_is_refused(tmp_path: Path) -> None:
    config = write_config(tmp_path, tmp_path / "x.db", '[web]\npassword = "hunter2hunter2"\n')
    with pytest.raises(
        ConfigError, match=r"web.password: secrets must be written as an environment reference"
    ):
        load_settings(config, {})


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


def _serve(tmp_path: Path, *args: str, env: dict[str, str] | None = None) -> subprocess.Popen[str]:
    full = {**os.environ, "PUBLISHER_DATABASE_URL": f"sqlite:///{tmp_path / 'serve.db'}",
            "PUBLISHER_NOW": NOW.isoformat(), **(env or {})}  # fmt: skip
    full.pop("PUBLISHER_CONFIG", None)
    return subprocess.Popen(
        [str(SCRIPT), "serve", *args], cwd=tmp_path, env=full, text=True,
        stdout=subprocess.PIPE, stderr=subprocess.PIPE,
    )  # fmt: skip


def test_serve_refuses_at_start_up_to_listen_beyond_loopback_without_a_password(
    tmp_path: Path,
) -> None:
    port = _free_port()
    process = _serve(tmp_path, "--host", "0.0.0.0", "--port", str(port))
    out, err = process.communicate(timeout=60)
    assert process.returncode == 1 and out == ""
    assert err.splitlines()[0] == (
        "Error: serving on 0.0.0.0 reaches beyond this machine and needs a password, "
        "and [web] password is not set"
    )
    with socket.socket() as s:  # and it never listened
        assert s.connect_ex(("127.0.0.1", port)) != 0


def test_serve_answers_on_loopback_and_stops_on_sigterm(tmp_path: Path) -> None:
    port = _free_port()
    process = _serve(tmp_path, "--port", str(port))
    try:
        ready, _, _ = select.select([process.stdout], [], [], 60)
        assert ready, "publisher serve printed nothing within a minute"
        assert process.stdout is not None
        line = process.stdout.readline()
        url = f"http://127.0.0.1:{port}/"
        assert line == f"serving {url} (this machine only); Ctrl-C stops it\n"
        with urllib.request.urlopen(url + "term", timeout=30) as response:
            assert response.status == 200
            assert response.headers["Cache-Control"] == "no-store"
            assert "<h1>16 weeks from 30 Nov 2026</h1>" in response.read().decode()
    finally:
        process.send_signal(signal.SIGTERM)
        process.wait(timeout=30)
    assert process.returncode == 0


# -- signing in ------------------------------------------------------------------------


@pytest.fixture
def remote(term: Term, store: Store, clock: FixedClock) -> Flask:
    """The view as served on the department network: every address, a password."""
    return make_app(term, store, clock, host="0.0.0.0", password=PASSWORD)


def _sign_in(client: FlaskClient, password: str = PASSWORD, next_page: str = "/") -> int:
    response = client.post(
        "/login", data={"csrf": csrf_of(client, "/login"), "password": password, "next": next_page}
    )
    return response.status_code


def test_every_page_asks_for_the_password_first(remote: Flask) -> None:
    client = remote.test_client()
    for url in ("/", "/term", "/day/2026-11-30", "/cases/msk-review-001", "/media/" + "a" * 64):
        response = client.get(url)
        assert response.status_code == 303
        assert response.headers["Location"].startswith("/login?next=%2F")
    response = client.post(
        "/cases/msk-review-001/approve", data={"csrf": csrf_of(client, "/login"), "by": "x"}
    )
    assert response.status_code == 401


def test_the_right_password_signs_in_for_a_session(remote: Flask, clock: FixedClock) -> None:
    client = remote.test_client()
    assert _sign_in(client, "wrong password") == 401
    response = client.post(
        "/login",
        data={"csrf": csrf_of(client, "/login"), "password": PASSWORD, "next": "/term?weeks=2"},
    )
    assert (response.status_code, response.headers["Location"]) == (303, "/term?weeks=2")
    cookie = response.headers["Set-Cookie"]
    assert cookie.startswith("publisher_session=") and "HttpOnly" in cookie
    assert "SameSite=Strict" in cookie and PASSWORD not in cookie
    assert client.get("/term?weeks=2").status_code == 200
    clock.advance(timedelta(hours=12, seconds=1))
    assert client.get("/").status_code == 303  # the session has ended


def test_signing_out_ends_the_session(remote: Flask) -> None:
    client = remote.test_client()
    assert _sign_in(client) == 303
    assert client.post("/logout", data={"csrf": csrf_of(client)}).status_code == 303
    assert client.get("/").status_code == 303


def test_only_a_path_of_this_server_is_followed_after_sign_in(remote: Flask) -> None:
    client = remote.test_client()
    token = csrf_of(client, "/login")
    for target in ("//evil.example/", "https://evil.example/", "/\\evil.example",
                   "/\t/evil.example", "/\n/evil.example", "evil.example"):  # fmt: skip
        response = client.post("/login", data={"csrf": token, "password": PASSWORD, "next": target})
        assert response.headers["Location"] == "/", target
    response = client.post(
        "/login", data={"csrf": token, "password": PASSWORD, "next": "/cases?status=draft"}
    )
    assert response.headers["Location"] == "/cases?status=draft"


def test_ten_wrong_passwords_make_an_address_wait(remote: Flask, clock: FixedClock) -> None:
    client = remote.test_client()
    for _ in range(10):
        assert _sign_in(client, "not the password") == 401
    assert _sign_in(client) == 429  # even the right one, for now
    clock.advance(timedelta(minutes=10, seconds=1))
    assert _sign_in(client) == 303


# -- CSRF --------------------------------------------------------------------------------


def _post_rules(app: Flask) -> list[str]:
    rules = []
    for rule in app.url_map.iter_rules():
        assert rule.methods is not None and rule.methods <= {"GET", "HEAD", "OPTIONS", "POST"}, rule
        if "POST" in rule.methods:
            rules.append(rule.rule)
    return sorted(rules)


def test_state_changes_are_posts_and_every_post_needs_the_csrf_token(
    app: Flask, client: FlaskClient, store: Store
) -> None:
    assert _post_rules(app) == [
        "/cases/<slug>/approve", "/cases/<slug>/findings/<int:number>/acknowledge",
        "/cases/<slug>/findings/<int:number>/waive", "/cases/<slug>/move",
        "/cases/<slug>/restore", "/cases/<slug>/retire", "/login", "/logout",
    ]  # fmt: skip
    before = case_details(store, "msk-review-001")
    urls = ["/cases/msk-review-001/approve", "/cases/msk-review-001/findings/1/waive",
            "/cases/msk-review-001/findings/2/acknowledge", "/cases/msk-review-001/move",
            "/cases/msk-review-001/restore", "/cases/msk-review-001/retire", "/login",
            "/logout"]  # fmt: skip
    form = {"by": "Mallory", "reason": "none", "day": "2026-12-14", "password": PASSWORD}
    other = app.test_client()  # another browser, with a token of its own
    stolen = csrf_of(other)
    for url in urls:
        assert client.post(url, data=form).status_code == 403, url
        assert client.post(url, data={**form, "csrf": stolen}).status_code == 403, url
        assert client.post(url, data={**form, "csrf": "0" * 64}).status_code == 403, url
    assert client.get("/cases/msk-review-001/approve").status_code == 405
    assert case_details(store, "msk-review-001") == before


def test_a_form_larger_than_a_name_and_a_reason_is_refused(client: FlaskClient) -> None:
    token = csrf_of(client)
    response = client.post(
        "/cases/msk-review-001/approve", data={"csrf": token, "by": "x" * 100_000}
    )
    assert response.status_code == 413


def test_the_csrf_cookie_is_http_only_and_same_site(client: FlaskClient) -> None:
    response = client.get("/login")
    cookie = response.headers["Set-Cookie"]
    assert cookie.startswith("publisher_csrf=") and "HttpOnly" in cookie
    assert "SameSite=Strict" in cookie
    again = client.get("/login")
    assert "Set-Cookie" not in again.headers  # one cookie per browser, kept


# -- what reaches the browser ---------------------------------------------------------------


def _crawl(client: FlaskClient, start: str = "/") -> Iterator[tuple[str, object]]:
    """Every page and image reachable from ``start`` by following the site's own links."""
    seen: set[str] = set()
    queue = [start, "/term?from=2026-11-30&weeks=4", "/cases?status=needs_review", "/login"]
    while queue:
        url = queue.pop()
        if url in seen or len(seen) > 80:
            continue
        seen.add(url)
        response = client.get(url)
        yield url, response
        if response.mimetype != "text/html":
            continue
        soup = BeautifulSoup(response.get_data(as_text=True), "html.parser")
        for tag, attr in (("a", "href"), ("img", "src"), ("link", "href")):
            for node in soup.find_all(tag, attrs={attr: True}):
                target = urljoin(url, str(node[attr])).split("#")[0]
                if not urlparse(target).netloc and target not in seen:
                    queue.append(target)


def test_no_secret_reaches_any_page_or_header(term: Term, store: Store, clock: FixedClock) -> None:
    app = make_app(term, store, clock, host="0.0.0.0", password=PASSWORD)
    client = app.test_client()
    assert _sign_in(client) == 303
    crawled = 0
    for url, response in _crawl(client):
        crawled += 1
        body = response.get_data()  # type: ignore[attr-defined]
        headers = str(response.headers)  # type: ignore[attr-defined]
        for name, secret in SECRETS.items():
            assert secret.encode() not in body, f"{name} on {url}"
            assert secret not in headers, f"{name} in the headers of {url}"
    assert crawled > 20


def test_nothing_is_kept_in_the_browser_cache_on_the_network(
    term: Term, store: Store, clock: FixedClock
) -> None:
    app = make_app(term, store, clock, host="0.0.0.0", password=PASSWORD)
    client = app.test_client()
    assert _sign_in(client) == 303
    kinds = set()
    for url, response in _crawl(client):
        headers = response.headers  # type: ignore[attr-defined]
        assert headers["X-Content-Type-Options"] == "nosniff"
        assert "frame-ancestors 'none'" in headers["Content-Security-Policy"]
        if url.startswith("/static/"):
            continue
        kinds.add(response.mimetype)  # type: ignore[attr-defined]
        assert headers["Cache-Control"] == "no-store", url
    assert kinds == {"text/html", "image/png"}


def test_a_loopback_server_answers_to_loopback_names_only(client: FlaskClient) -> None:
    """A page elsewhere may point a name of its own at 127.0.0.1 (DNS rebinding)."""
    for host in ("localhost", "127.0.0.1:8000", "[::1]:8000", "localhost:8000"):
        assert client.get("/", headers={"Host": host}).status_code == 200, host
    for host in ("attacker.example", "attacker.example:8000", "192.0.2.1"):
        response = client.get("/", headers={"Host": host})
        assert response.status_code == 400, host
        assert b"answers to 127.0.0.1 and localhost only" in response.data


def test_a_network_server_answers_to_any_name_behind_its_password(remote: Flask) -> None:
    client = remote.test_client()
    assert client.get("/login", headers={"Host": "teaching.example.org:8000"}).status_code == 200


def test_without_a_password_there_is_nothing_to_sign_in_to(client: FlaskClient) -> None:
    soup = BeautifulSoup(client.get("/login").get_data(as_text=True), "html.parser")
    assert soup.find("input", attrs={"type": "password"}) is None
    assert "asks for no password" in soup.get_text()
    assert soup.find("form", action="/logout") is None
