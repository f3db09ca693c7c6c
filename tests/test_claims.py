"""Claims in the real database: a worker takes no more accounts than it has room for,
each account's posts in order, and two workers at once take different accounts."""

from __future__ import annotations

from collections import defaultdict
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select, update
from sqlalchemy.orm import Session

from publisher.models import Account, Post, PostState
from publisher.store import Store
from publisher.store import posts as q
from tests.support.queue import fill

NOW = datetime(2026, 11, 30, 14, 0, tzinfo=UTC)
LEASE = timedelta(minutes=5)
NAMES = ["a", "b", "c", "d"]


@pytest.fixture
def queued(store: Store) -> Store:
    """Three due posts per account; account "a" the most overdue, then "b", and so on."""
    fill(store, accounts=NAMES, per_account=3, at=NOW)
    with store.session() as s:
        for n, name in enumerate(NAMES):
            account = s.scalar(select(Account.id).where(Account.name == name))
            s.execute(
                update(Post)
                .where(Post.account_id == account)
                .values(scheduled_at=NOW - timedelta(minutes=10 - n))
            )
    return store


def _claim(
    store: Store, worker: str, accounts: int, busy: set[int] | None = None
) -> dict[str, list[int]]:
    with store.session() as s:
        pairs = q.claim_due(
            s, worker=worker, now=NOW, lease=LEASE, accounts=accounts, per_account=2,
            busy=busy or set(),
        )  # fmt: skip
        return _by_account(s, pairs)


def _by_account(session: Session, pairs: list[tuple[int, int]]) -> dict[str, list[int]]:
    names = {row.id: row.name for row in session.execute(select(Account.id, Account.name))}
    got: defaultdict[str, list[int]] = defaultdict(list)
    for post_id, account_id in pairs:
        got[names[account_id]].append(post_id)
    return dict(got)


def test_a_worker_takes_only_as_many_accounts_as_it_has_room_for(queued: Store) -> None:
    first = _claim(queued, "w1", 2)
    assert sorted(first) == ["a", "b"]  # the most overdue accounts
    assert all(len(ids) == 2 and ids == sorted(ids) for ids in first.values())
    # An account with a post claimed is in flight: nobody takes its third post meanwhile.
    assert sorted(_claim(queued, "w2", 5)) == ["c", "d"]
    assert _claim(queued, "w3", 5) == {}


def test_busy_accounts_are_left_out(queued: Store) -> None:
    with queued.session() as s:
        busy = s.scalars(select(Account.id).where(Account.name == "a")).one()
    assert sorted(_claim(queued, "w1", 2, busy={busy})) == ["b", "c"]


def test_no_room_claims_nothing(queued: Store) -> None:
    assert _claim(queued, "w1", 0) == {}
    with queued.session() as s:
        assert set(s.scalars(select(Post.state))) == {PostState.PENDING}


@pytest.mark.postgres
def test_two_workers_at_once_take_different_accounts(postgres_url: str) -> None:
    """The first worker's transaction is still open (its head rows locked) when the
    second claims: the second skips those accounts instead of waiting or sharing them."""
    store = Store(postgres_url)
    try:
        fill(store, accounts=NAMES, per_account=3, at=NOW - timedelta(minutes=1))
        with store.session() as first, store.session() as second:
            mine, theirs = (
                _by_account(
                    s, q.claim_due(s, worker=w, now=NOW, lease=LEASE, accounts=2, per_account=3)
                )
                for s, w in ((first, "w1"), (second, "w2"))
            )
        assert len(mine) == 2 and len(theirs) == 2
        assert not set(mine) & set(theirs)
        assert all(len(ids) == 3 for ids in (*mine.values(), *theirs.values()))
        with store.session() as s:
            claimed = list(s.scalars(select(Post.claimed_by)))
        assert (claimed.count("w1"), claimed.count("w2")) == (6, 6)
    finally:
        store.close()
