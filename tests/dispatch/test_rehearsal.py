"""`rehearse` (issue 12, item 6): the engine over a copy of the real queue on a simulated
clock, every account an outbox folder of its own; the real database only read. On a
real SQLite file and the real PostgreSQL (both copied into a temporary SQLite file)."""

from __future__ import annotations

import json
from datetime import timedelta
from pathlib import Path

from sqlalchemy import select

from publisher.dispatch.rehearsal import rehearse
from publisher.store import Store
from publisher.store.models import Account, Post, Worker
from tests.support.term import MONDAY, Term


def _everything(store: Store) -> list[tuple[object, ...]]:
    with store.session() as s:
        posts = [
            (p.id, p.state, p.scheduled_at, p.remote_id, p.attempts)
            for p in s.scalars(select(Post).order_by(Post.id))
        ]
        accounts = [
            (a.name, a.adapter, a.capabilities)
            for a in s.scalars(select(Account).order_by(Account.id))
        ]
        workers = list(s.scalars(select(Worker.id)))
    return [*posts, *accounts, *workers]


def test_rehearse_sends_the_queue_into_folders_and_reads_the_database_only(
    store: Store, tmp_path: Path
) -> None:
    term = Term(store, tmp_path)
    term.cases(("msk-1", "msk"), ("abd-1", "abdomen"), ("msk-2", "msk"))
    term.plan(weeks=2)
    term.run_until(MONDAY + timedelta(hours=2))  # msk-1's prompts really went out
    before = _everything(store)
    seen = []
    done = rehearse(store, term.settings, tmp_path / "rehearsal", now=term.clock.now(),
                    weeks=2, on_event=seen.append)  # fmt: skip

    assert _everything(store) == before
    assert done.sent == {"a": 5, "b": 5}  # msk-1's answer, abd-1 and msk-2, each with its answer
    assert [(e.account, e.case, e.kind) for e in seen if e.account == "a"] == [
        ("a", "msk-1", "answer"), ("a", "abd-1", "prompt"), ("a", "abd-1", "answer"),
        ("a", "msk-2", "prompt"), ("a", "msk-2", "answer"),
    ]  # fmt: skip
    folder = tmp_path / "rehearsal" / "a"
    records = [json.loads(p.read_text()) for p in folder.glob("*/post.json")]
    assert sorted((r["case"], r["kind"]) for r in records) == [
        ("abd-1", "answer"), ("abd-1", "prompt"), ("msk-1", "answer"), ("msk-2", "answer"),
        ("msk-2", "prompt"),
    ]  # fmt: skip
    # The answer replies to the prompt that really went out, as it would on the platform.
    answer = next(r for r in records if r["case"] == "msk-1")
    assert answer["reply_to"] is not None
    # The real outboxes got nothing more than what really went out.
    assert {(r.case, r.kind) for r in term.received("a")} == {("msk-1", "prompt")}
    assert done.as_dict()["sent"] == {"a": 5, "b": 5}
