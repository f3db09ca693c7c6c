"""The reconcile as a property: random sequences of config edits, imports, retirements,
moves, cancellations, sending and `plan` runs never leave an unsent post that the
current config and cases would not plan, and never touch a post that was sent.

The check is written from the config itself (themes, blackouts, accounts, sections,
times), not with the reconcile's own judge. On a real SQLite file, copied for each
example from one with the cases already imported.
"""

from __future__ import annotations

import shutil
import sqlite3
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select
from sqlalchemy.orm import selectinload

from publisher.cases import lifecycle
from publisher.cases.importing import import_paths
from publisher.cases.review import approve
from publisher.dispatch import actions
from publisher.errors import InvalidStateError
from publisher.schedule.booking import TRIED
from publisher.schedule.themes import local_instant
from publisher.store import Store
from publisher.store.models import Post, PostState, Slot
from tests.conftest import QUIZ, write_case
from tests.support.term import MONDAY, MSK, TUMMY, Term, theme

CASES = [(f"msk-{n}", "msk") for n in range(1, 6)] + [(f"abd-{n}", "abdomen") for n in range(1, 4)]
CASES += [("neuro-1", "neuro")]  # no theme of these configs draws from neuro
ACCOUNTS = ["a", "b", "c"]
BLACKOUTS = [
    '"2026-12-07"',
    '"2026-12-08..2026-12-15"',
    '{ dates = "2026-12-14", theme = "#MSKMonday" }',
    '{ dates = "2026-11-30..2026-12-31", account = "b" }',
    '{ dates = "2026-12-01", theme = "#TummyTuesday", account = ["a", "c"] }',
]


@dataclass(frozen=True)
class Config:
    accounts: tuple[str, ...]
    msk_day: str
    msk_time: str
    msk_accounts: tuple[str, ...] | None
    tummy: bool
    tummy_zone: str | None
    blackouts: tuple[str, ...]


def write(term: Term, config: Config) -> None:
    msk_accounts = None
    if config.msk_accounts is not None:
        msk_accounts = [a for a in config.msk_accounts if a in config.accounts] or None
    themes = [theme(MSK, accounts=msk_accounts, weekday=config.msk_day, time=config.msk_time)]
    if config.tummy:
        themes.append(
            theme(TUMMY, **({"timezone": config.tummy_zone} if config.tummy_zone else {}))
        )
    gone = [f'"{a}"' for a in ACCOUNTS if a not in config.accounts]
    if not config.tummy:
        gone.append('"#TummyTuesday"')
    rules = [b for b in config.blackouts if not any(name in b for name in gone)]
    term.configure(
        accounts=config.accounts, themes=themes, schedule=f"blackout = [{', '.join(rules)}]"
    )


accounts = st.lists(st.sampled_from(ACCOUNTS), min_size=1, max_size=3, unique=True).map(tuple)
configs = st.builds(
    Config,
    accounts=accounts,
    msk_day=st.sampled_from(["monday", "wednesday"]),
    msk_time=st.sampled_from(["09:00", "10:30", "07:15"]),
    msk_accounts=st.none() | accounts,
    tummy=st.booleans(),
    tummy_zone=st.none() | st.just("America/Los_Angeles"),
    blackouts=st.lists(st.sampled_from(BLACKOUTS), unique=True, max_size=3).map(tuple),
)
slugs = st.sampled_from([slug for slug, _ in CASES])
operations = st.lists(
    st.one_of(
        st.tuples(st.just("config"), configs),
        st.tuples(st.just("plan"), st.integers(1, 3)),
        st.tuples(st.just("import"), st.sampled_from(["msk", "abdomen"])),
        st.tuples(st.just("retire"), slugs),
        st.tuples(st.just("restore"), slugs),
        st.tuples(st.just("move"), slugs, st.integers(0, 20)),
        st.tuples(st.just("cancel"), st.integers(0, 50), st.booleans()),
        st.tuples(st.just("send"), st.integers(1, 60)),
    ),
    min_size=1,
    max_size=10,
)


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A SQLite file with the cases imported and approved, copied for each example."""
    root = tmp_path_factory.mktemp("template")
    path = root / "template.db"
    store = Store(f"sqlite:///{path}")
    for slug, section in CASES:
        write_case(root / "cases", slug, section=section, title=f"Case {slug}",
                   tail=QUIZ if slug == "abd-3" else "")  # fmt: skip
    import_paths(store, [root / "cases"], now=MONDAY, ocr=False)
    approve(store, [slug for slug, _ in CASES], by="Dr R", now=MONDAY)
    store.close()
    with sqlite3.connect(path) as db:  # everything into the file itself, none in the WAL
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return path


@pytest.fixture
def fresh(template: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[callable]:  # type: ignore[valid-type]
    made: list[Store] = []

    def make() -> Term:
        root = tmp_path_factory.mktemp("example")
        shutil.copy(template, root / "queue.db")
        store = Store(f"sqlite:///{root / 'queue.db'}")
        made.append(store)
        term = Term(store, root)
        term.plan()
        return term

    yield make
    for store in made:
        store.close()


@settings(
    max_examples=100,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(steps=operations)
def test_the_queue_is_always_what_the_config_and_cases_would_plan(fresh, steps) -> None:  # type: ignore[no-untyped-def]
    term = fresh()
    for step in steps:
        sent_before = sent_rows(term)
        apply(term, step)
        assert sent_rows(term).items() >= sent_before.items(), f"{step} touched a sent post"
        if step[0] == "plan":
            assert_in_line(term)
    apply(term, ("plan", 2))
    assert_in_line(term)


def apply(term: Term, step: tuple) -> None:  # type: ignore[type-arg]
    now = term.clock.now()
    kind = step[0]
    try:
        if kind == "config":
            write(term, step[1])
        elif kind == "plan":
            term.plan(weeks=step[1])
        elif kind == "import":
            slug = f"new-{uuid.uuid4().hex[:6]}"
            write_case(term.root / "new", slug, section=step[1], title=f"Case {slug}")
            import_paths(term.store, [term.root / "new" / slug], now=now, ocr=False)
            approve(term.store, [slug], by="Dr R", now=now)
        elif kind == "retire":
            lifecycle.retire(term.store, term.settings, step[1], now=now)
        elif kind == "restore":
            lifecycle.restore(term.store, term.settings, step[1], now=now)
        elif kind == "move":
            day = (MONDAY + timedelta(days=step[2])).date()
            lifecycle.move(term.store, term.settings, step[1], day, now=now)
        elif kind == "cancel":
            waiting = pending_prompts(term)
            if waiting:
                post = waiting[step[1] % len(waiting)]
                actions.cancel(term.store, post, now=now, keep_slot=step[2])
        elif kind == "send":
            term.run_until(now + timedelta(hours=step[1]))
    except InvalidStateError:
        pass  # a refused move or restore changes nothing; the checks below still hold


def pending_prompts(term: Term) -> list[int]:
    with term.store.session() as s:
        query = select(Post.id).where(
            Post.state == PostState.PENDING, Post.kind == "prompt", Post.part == 1
        )
        return sorted(s.scalars(query))


def sent_rows(term: Term) -> dict[int, tuple[object, ...]]:
    with term.store.session() as s:
        rows = s.scalars(select(Post).where(Post.state.in_(TRIED)))
        return {
            p.id: (p.state, p.text, p.remote_id, p.sent_at, p.case_id, p.account_id) for p in rows
        }


def assert_in_line(term: Term) -> None:
    """Every waiting post of a day to come (of a thread nothing was tried on) is one the
    current config and cases would plan, at the time they would plan it."""
    now = term.clock.now()
    conf = term.settings
    themes = {t.key: t for t in conf.themes}
    with term.store.session() as s:
        slots = s.scalars(
            select(Slot)
            .where(Slot.scheduled_at > now)
            .options(selectinload(Slot.posts).selectinload(Post.account), selectinload(Slot.case))
        ).all()
        for slot in slots:
            threads: dict[str, list[Post]] = {}
            for post in slot.posts:
                if post.case_id == slot.case_id:
                    threads.setdefault(post.account.name, []).append(post)
            for account, posts in threads.items():
                if any(p.state in TRIED for p in posts) or not any(
                    p.state == PostState.PENDING for p in posts
                ):
                    continue
                where = (
                    f"{slot.local_date} {slot.hashtag} {slot.case and slot.case.slug} -> {account}"
                )
                t = themes.get(slot.theme)
                assert t is not None, f"{where}: no such theme now"
                assert slot.local_date.weekday() == t.weekday_index, where
                assert account in conf.accounts and account in conf.theme_accounts(t), where
                closed = [
                    b
                    for b in conf.schedule.blackouts
                    if b.closes(t.hashtag, t.weekday, slot.local_date, account)
                ]
                assert not closed, f"{where}: a blackout day"
                case = slot.case
                assert case is not None and case.status == "approved", where
                assert t.takes(case.section) and (case.quiz is not None or not t.quiz), where
                at = local_instant(slot.local_date, t.local_time, t.zone(conf.schedule.timezone))
                assert slot.scheduled_at == at.astimezone(UTC), (
                    f"{where}: at {slot.scheduled_at}, not {at}"
                )
                prompt = next(p for p in posts if p.kind == "prompt" and p.part == 1)
                assert prompt.scheduled_at == slot.scheduled_at, where
        # A case goes to an account once.
        pairs = s.execute(
            select(Post.case_id, Post.account_id).where(
                Post.kind == "prompt", Post.part == 1, Post.state.in_((PostState.PENDING, *TRIED))
            )
        ).all()
        assert len(pairs) == len(set(pairs))
    _ = date
