"""A department's term in a real database: a config written (and changed), cases drawn
and imported, plans run, and the engine on a simulated clock posting to outbox folders,
one per account. What each account received is read back from its folder."""

from __future__ import annotations

import json
import textwrap
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from publisher.cases.importing import import_paths
from publisher.cases.review import approve
from publisher.clock import SimulatedClock
from publisher.config import Settings, load_settings
from publisher.dispatch.dispatcher import Dispatcher
from publisher.dispatch.events import Event
from publisher.schedule.writing import PlanReport, plan
from publisher.store import Store
from publisher.store.models import Post, Slot
from tests.conftest import QUIZ, write_case

NEW_YORK = ZoneInfo("America/New_York")
# Monday 30 November 2026, 08:00 in New York: an hour before the first MSK day.
MONDAY = datetime(2026, 11, 30, 13, 0, tzinfo=UTC)

MSK = """
[[themes]]
weekday = "monday"
hashtag = "#MSKMonday"
sections = ["msk"]
time = "09:00"
answer_after = "24h"
{accounts}
"""
TUMMY = """
[[themes]]
weekday = "tuesday"
hashtag = "#TummyTuesday"
sections = ["abdomen"]
time = "09:00"
answer_after = "24h"
{accounts}
"""


def theme(template: str, *, accounts: Iterable[str] | None = None, **changes: str) -> str:
    """A theme table, its accounts listed (or every account), keys replaced by ``changes``."""
    listed = "" if accounts is None else f"accounts = {json.dumps(list(accounts))}"
    text = template.format(accounts=listed)
    for key, value in changes.items():
        lines = [line for line in text.splitlines() if not line.startswith(f"{key} =")]
        text = "\n".join(lines) + f"\n{key} = {json.dumps(value)}\n"
    return text


@dataclass(frozen=True)
class Received:
    """One post as an account's outbox holds it."""

    case: str
    kind: str
    part: int
    text: str


class Term:
    """A term of posting: config, cases, plans, and the engine, on one simulated clock."""

    def __init__(self, store: Store, root: Path, env: dict[str, str] | None = None) -> None:
        self.store = store
        self.root = root
        self.env = {"PUBLISHER_STATE_DIR": str(root / "state"), **(env or {})}
        self.clock = SimulatedClock(MONDAY)
        self.events: list[Event] = []
        self.settings = self.configure()

    # -- the config and the cases ------------------------------------------------------------

    def configure(
        self,
        *,
        accounts: Iterable[str] = ("a", "b"),
        themes: Iterable[str] = (theme(MSK), theme(TUMMY)),
        schedule: str = "",
        more: str = "",
    ) -> Settings:
        """Write the config (every account an outbox folder of its own, ``more`` after
        them: other accounts, [dispatch]) and load it."""
        tables = "".join(
            f'[accounts.{name}]\nadapter = "outbox"\npath = "{self.outbox(name)}"\n\n'
            for name in accounts
        )
        text = f"[schedule]\n{textwrap.dedent(schedule)}\n\n{tables}{more}\n{''.join(themes)}"
        path = self.root / "config.toml"
        path.write_text(text, encoding="utf-8")
        self.settings = load_settings(path, self.env)
        return self.settings

    def cases(self, *specs: tuple[str, str], quiz: Iterable[str] = (), extra: str = "") -> None:
        """Draw, import and approve cases given as (slug, section)."""
        folder = self.root / "cases"
        quizzes = set(quiz)
        for slug, section in specs:
            tail = QUIZ if slug in quizzes else ""
            write_case(folder, slug, section=section, title=f"Case {slug}", extra=extra, tail=tail)
        import_paths(self.store, [folder], now=self.clock.now(), ocr=False)
        approve(self.store, [slug for slug, _ in specs], by="Dr R", now=self.clock.now())

    def outbox(self, account: str) -> Path:
        return self.root / "out" / account

    # -- planning and sending ------------------------------------------------------------------

    def plan(self, *, weeks: int = 2, dry_run: bool = False) -> PlanReport:
        return plan(self.store, self.settings, now=self.clock.now(), weeks=weeks, dry_run=dry_run)

    def run_until(self, moment: datetime) -> list[Event]:
        """The engine from now to ``moment``, waking whenever something may be due."""
        engine = Dispatcher(
            self.store, self.settings, clock=self.clock, env=self.env, on_event=self._seen
        )
        before = len(self.events)
        try:
            while (wake := engine.next_wakeup()) is not None and wake <= moment:
                self.clock.advance_to(wake)
                done = engine.dispatch()
                if not done and engine.next_wakeup() == wake:
                    break  # nothing can move until a person acts
        finally:
            engine.stop()
        self.clock.advance_to(moment)
        return self.events[before:]

    def _seen(self, event: Event) -> None:
        unexpected = (event.error or "").startswith("unexpected")
        assert not unexpected, event.error  # a bug must fail the test, not be retried
        self.events.append(event)

    # -- what happened ---------------------------------------------------------------------------

    def sent(self, events: Iterable[Event] | None = None) -> list[tuple[str, str, str, str, int]]:
        """(local time, account, case, kind, part) of each post sent, in sending order."""
        return [
            (f"{e.at.astimezone(NEW_YORK):%a %H:%M}", e.account, e.case, e.kind, e.part)
            for e in (self.events if events is None else events)
            if e.state == "sent"
        ]

    def received(self, account: str) -> set[Received]:
        """What the account's outbox folder holds."""
        found = set()
        for record in self.outbox(account).glob("*/post.json"):
            data = json.loads(record.read_text(encoding="utf-8"))
            found.add(Received(data["case"], data["kind"], data["part"], data["text"]))
        return found

    def queue(self) -> list[tuple[str, str, str, str, int, str]]:
        """Every post as (local day and time, account, case, kind, part, state)."""
        with self.store.session() as session:
            posts = session.scalars(
                select(Post)
                .join(Slot)
                .options(selectinload(Post.account), selectinload(Post.case))
                .order_by(Post.scheduled_at, Post.id)
            ).all()
            return [
                (
                    f"{p.scheduled_at.astimezone(NEW_YORK):%a %m-%d %H:%M}",
                    p.account.name,
                    p.case.slug,
                    p.kind,
                    p.part,
                    p.state,
                )
                for p in posts
            ]

    def waiting(self) -> set[tuple[str, str, str]]:
        """(local day, account, case) of each pending prompt part 1."""
        return {
            (when[:9], account, case)
            for when, account, case, kind, part, state in self.queue()
            if kind == "prompt" and part == 1 and state == "pending"
        }
