"""A term to look at: cases of every kind imported through the privacy gate (one with a
name in its title, one with a label burned into its image), approved, planned for two
weeks over six accounts of six platforms, some posts sent, failed and cancelled. Built
once per module in a real SQLite file; each test gets its own copy to change."""

from __future__ import annotations

import shutil
import textwrap
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PIL import Image, ImageDraw

pytest.importorskip("flask", reason="the web view needs the 'web' extra (flask)")

from flask import Flask
from flask.testing import FlaskClient

from publisher.config import Settings, load_settings
from publisher.store import Store
from tests.conftest import QUIZ, write_case

NOW = datetime(2026, 11, 30, 13, 0, tzinfo=UTC)  # Monday 08:00 in New York
REVIEWER = "Dr A. Reviewer"
# Every secret the config names, with values a page must never show.
SECRETS = {
    "MASTODON_TOKEN": "mastodon-token-5ecret-4f9a1c",
    "BSKY_APP_PASSWORD": "bsky-app-5ecret-77aa",
    "TELEGRAM_BOT_TOKEN": "123456:telegram-5ecret-zz9",
    "REDDIT_CLIENT_SECRET": "reddit-client-5ecret-c0ffee",
    "REDDIT_PASSWORD": "reddit-password-5ecret-991",
    "X_CONSUMER_KEY": "x-consumer-key-5ecret",
    "X_CONSUMER_SECRET": "x-consumer-secret-5ecret",
    "X_ACCESS_TOKEN": "x-access-token-5ecret",
    "X_ACCESS_TOKEN_SECRET": "x-access-token-secret-5ecret",
    "PUBLISHER_WEB_PASSWORD": "correct-horse-battery-5ecret",
}
ACCOUNTS = """
[accounts.outbox]
adapter = "outbox"
path = "{outbox}"

[accounts.dept-mastodon]
adapter = "mastodon"
api_base_url = "https://mastodon.example"
access_token = "${{MASTODON_TOKEN}}"

[accounts.dept-bluesky]
adapter = "bluesky"
handle = "dept.example.org"
app_password = "${{BSKY_APP_PASSWORD}}"

[accounts.dept-telegram]
adapter = "telegram"
bot_token = "${{TELEGRAM_BOT_TOKEN}}"
chat_id = "@radiology_cases"

[accounts.dept-reddit]
adapter = "reddit"
subreddit = "RadiologyCases"
client_id = "p-jcoLKBynTLew"
client_secret = "${{REDDIT_CLIENT_SECRET}}"
username = "dept_radiology"
password = "${{REDDIT_PASSWORD}}"

[accounts.dept-x]
adapter = "x"
consumer_key = "${{X_CONSUMER_KEY}}"
consumer_secret = "${{X_CONSUMER_SECRET}}"
access_token = "${{X_ACCESS_TOKEN}}"
access_token_secret = "${{X_ACCESS_TOKEN_SECRET}}"
"""
CONFIG = (
    """
[database]
url = "sqlite:///{db}"

[schedule]
timezone = "America/New_York"
blackout = ["2026-12-08"]

[privacy]
embargo_days = 30
{web}
"""
    + ACCOUNTS
)
LONG_HISTORY = (
    "Adult with sudden weakness of the right arm and leg and difficulty finding words, "
    "noticed on waking. Known atrial fibrillation, anticoagulation stopped some weeks "
    "before for a planned procedure. Blood pressure high on arrival, glucose normal. "
    "Examination finds a right facial droop sparing the forehead, a dense right "
    "hemiparesis and an expressive aphasia. Non-contrast CT was done first, followed by "
    "CT angiography of the head and neck."
)


@dataclass(frozen=True)
class Term:
    """A built term: its folder, config file and database."""

    root: Path
    config: Path
    db: Path

    def settings(self, env: dict[str, str] | None = None) -> Settings:
        return load_settings(self.config, {**SECRETS, **(env or {})})

    def cli_env(self) -> dict[str, str]:
        return {**SECRETS, "PUBLISHER_CONFIG": str(self.config), "PUBLISHER_NOW": NOW.isoformat()}


class FixedClock:
    """The clock a test moves by hand."""

    def __init__(self, now: datetime = NOW) -> None:
        self.moment = now

    def now(self) -> datetime:
        return self.moment

    def advance(self, delta: timedelta) -> None:
        self.moment += delta


def write_config(root: Path, db: Path, web: str = "") -> Path:
    config = root / "config.toml"
    config.write_text(
        CONFIG.format(db=db, web=textwrap.dedent(web), outbox=root / "outbox"), encoding="utf-8"
    )
    return config


def labelled_case(root: Path, slug: str) -> Path:
    """A case whose image has a name and a date burned into its top edge."""
    from tests.support.radiographs import font

    folder = write_case(root, slug, title="Knee pain after a twist")
    image = Image.new("L", (800, 600), 0)
    draw = ImageDraw.Draw(image)
    draw.ellipse((200, 150, 600, 450), fill=120)
    draw.text((20, 20), "JONES, MARY 14/03/2026", fill=255, font=font(0, 32))
    image.save(folder / "pa.png")
    return folder


def build_term(root: Path) -> Term:
    from publisher.cases import review
    from publisher.cases.importing import import_for, read_cases
    from publisher.schedule.writing import plan

    db = root / "term.db"
    term = Term(root, write_config(root, db), db)
    cases = root / "cases"
    write_case(cases, "msk-scaphoid-001")
    write_case(cases, "abdomen-appendix-001", section="abdomen", title="Right iliac fossa pain")
    write_case(cases, "abdomen-volvulus-001", section="abdomen", title="Massive distension")
    write_case(cases, "neuro-stroke-001", section="neuro", title="Weakness on waking",
               extra='credit = "@neurorad"\n')  # fmt: skip
    _set(cases / "neuro-stroke-001" / "case.toml", "history", LONG_HISTORY)
    write_case(cases, "chest-recent-001", section="chest", title="Cough and fever",
               extra='study_month = "2026-11"\n')  # fmt: skip
    write_case(cases, "msk-quiz-001", title="Wrist deformity", extra=QUIZ)
    write_case(cases, "msk-review-001", title="Dr Jones and the professional footballer")
    labelled_case(cases, "msk-label-001")
    settings = term.settings()
    store = Store(settings.database_url)
    try:
        found = read_cases([cases], sections=settings.theme_sections())
        results = list(import_for(settings, store, found, now=NOW))
        assert all(r.result == "imported" for r in results), results
        approved = ["msk-scaphoid-001", "abdomen-appendix-001", "abdomen-volvulus-001",
                    "neuro-stroke-001", "chest-recent-001", "msk-quiz-001"]  # fmt: skip
        review.approve(store, approved, by=REVIEWER, now=NOW)
        plan(store, settings, now=NOW, weeks=2)
        _history(store)
    finally:
        store.close()
    return term


def _set(path: Path, key: str, value: str) -> None:
    lines = [
        f'{key} = "{value}"' if line.startswith(f"{key} =") else line
        for line in path.read_text().splitlines()
    ]
    path.write_text("\n".join(lines) + "\n")


def _history(store: Store) -> None:
    """Monday's posts as the dispatcher leaves them: one sent, one failed, one cancelled."""
    from sqlalchemy import select

    from publisher.store.models import Account, Post

    with store.session() as s:
        monday = s.scalars(
            select(Post).join(Account).where(Post.scheduled_at == NOW + timedelta(hours=1))
        ).all()
        for post in monday:
            name = post.account.name
            if name == "dept-mastodon" and post.kind == "prompt":
                post.state, post.remote_url = "sent", "https://mastodon.example/@dept/1122"
                post.remote_id, post.sent_at = "1122", NOW + timedelta(hours=1)
            elif name == "dept-bluesky":
                post.state, post.last_error = "failed", "rejected: the record is invalid"
            elif name == "dept-telegram":
                post.state = "cancelled"


@pytest.fixture(scope="module")
def built_term(tmp_path_factory: pytest.TempPathFactory) -> Term:
    return build_term(tmp_path_factory.mktemp("term"))


@pytest.fixture
def term(built_term: Term, tmp_path: Path) -> Term:
    """This test's own copy of the term, database and all."""
    root = tmp_path / "term"
    root.mkdir()
    db = root / "term.db"
    shutil.copyfile(built_term.db, db)
    return Term(root, write_config(root, db), db)


@pytest.fixture
def store(term: Term) -> Iterator[Store]:
    s = Store(term.settings().database_url)
    yield s
    s.close()


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock()


def make_app(
    term: Term, store: Store, clock: FixedClock, *, host: str = "127.0.0.1",
    password: str | None = None,
) -> Flask:  # fmt: skip
    from publisher.web.app import create_app

    return create_app(term.settings(), store, clock, host=host, password=password)


@pytest.fixture
def app(term: Term, store: Store, clock: FixedClock) -> Flask:
    return make_app(term, store, clock)


@pytest.fixture
def client(app: Flask) -> FlaskClient:
    return app.test_client()


def csrf_of(client: FlaskClient, page: str = "/cases/msk-review-001") -> str:
    """The CSRF token of this client's forms, read from a page as a browser would."""
    from bs4 import BeautifulSoup

    html = client.get(page).get_data(as_text=True)
    field = BeautifulSoup(html, "html.parser").find("input", attrs={"name": "csrf"})
    assert field is not None, f"{page} has no form"
    return str(field["value"])


@dataclass
class LiveServer:
    url: str
    server: object


@pytest.fixture
def live_server(app: Flask) -> Iterator[LiveServer]:
    """The app served by waitress on a free loopback port, as `publisher serve` does."""
    from waitress import create_server, wasyncore

    sockets: dict[int, object] = {}
    server = create_server(app, map=sockets, host="127.0.0.1", port=0, threads=2)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    try:
        yield LiveServer(f"http://127.0.0.1:{server.effective_port}", server)
    finally:
        server.task_dispatcher.shutdown()
        wasyncore.close_all(sockets)
        thread.join(timeout=5)
