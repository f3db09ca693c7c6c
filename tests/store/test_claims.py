"""Claims in the real database: a worker takes no more accounts than it has room for,
each account's posts in order, and two workers at once take different accounts."""

from __future__ import annotations

from collections import defaultdict
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select, update
from sqlalchemy.orm import Session

from publisher.store import Store, claims
from publisher.store.models import Account, Post, PostState, Worker
from tests.support.queue import fill

NOW = datetime(2026, 11, 30, 14, 0, tzinfo=UTC)
LEASE = timedelta(minutes=5)
NAMES = ["a", "b", "c", "d", "e", "f"]


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
    store: Store, worker: str, accounts: int, busy: set[int] | None = None, workers: int = 1
) -> dict[str, list[int]]:
    with store.session() as s:
        pairs = claims.claim_due(
            s, worker=worker, now=NOW, lease=LEASE, accounts=accounts, per_account=2,
            busy=busy or set(), workers=workers,
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
    assert sorted(_claim(queued, "w2", 5)) == ["c", "d", "e", "f"]
    assert _claim(queued, "w3", 5) == {}


def test_live_workers_split_a_burst_evenly(queued: Store) -> None:
    """Each of three workers has room for five accounts; six are due: two each, where
    the first one awake would otherwise take five."""
    shares = [sorted(_claim(queued, w, 5, workers=3)) for w in ("w1", "w2", "w3")]
    assert shares == [["a", "b"], ["c", "d"], ["e", "f"]]


def test_a_share_counts_what_the_worker_is_already_sending(queued: Store) -> None:
    first = _claim(queued, "w1", 5, workers=3)
    with queued.session() as s:
        mine = set(s.scalars(select(Account.id).where(Account.name.in_(first))))
    # Six active accounts, three workers, and w1 sends for two already: nothing more.
    assert _claim(queued, "w1", 5, busy=mine, workers=3) == {}
    assert sorted(_claim(queued, "w2", 5, workers=3)) == ["c", "d"]


def test_live_workers_are_those_that_ticked_lately_and_did_not_stop(store: Store) -> None:
    minute = timedelta(minutes=1)
    with store.session() as s:
        for name, tick, stopped in [
            ("fresh", NOW, None), ("stale", NOW - 10 * minute, None),
            ("stopped", NOW, NOW), ("me", NOW - 10 * minute, None),
        ]:  # fmt: skip
            s.add(Worker(id=name, hostname="h", pid=1, mode="run", started_at=NOW - 20 * minute,
                         last_tick_at=tick, stopped_at=stopped))  # fmt: skip
    with store.session() as s:
        assert claims.live_workers(s, me="me", since=NOW - minute) == 2  # fresh, and me
        assert claims.live_workers(s, me="other", since=NOW - minute) == 2  # fresh, and other


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
                    s,
                    claims.claim_due(s, worker=w, now=NOW, lease=LEASE, accounts=2, per_account=3),
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
