"""Who works on what: workers claim due posts (and give them back), and say they are
alive. Each function runs in the caller's transaction.

Claims lock rows with ``FOR UPDATE SKIP LOCKED`` where the database has it
(PostgreSQL), and leases let another worker take over from one that died.
"""

from __future__ import annotations

import math
from collections.abc import Collection
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import ColumnElement, Subquery, and_, bindparam, case, func, or_, select
from sqlalchemy.orm import Session

from publisher.store.models import Account, Post, PostState, Worker, utc_param
from publisher.store.posts import WAITING, Parent, update_posts

# Plain table columns: see update_posts.
_P = Post.__table__.c
_A = Account.__table__.c


def claim_due(
    session: Session,
    *,
    worker: str,
    now: datetime,
    lease: timedelta,
    accounts: int,
    per_account: int = 1,
    busy: Collection[int] = (),
    workers: int = 1,
) -> list[tuple[int, int]]:
    """Take the first ``per_account`` posts of up to ``accounts`` accounts whose queue
    (``_ranked_due``) starts with posts that may go now and that have nothing in flight
    (here or in another worker), for ``worker``: one account's posts go out one after
    another in planned order, different accounts side by side. Returns (post id, account
    id) pairs in that order.

    ``busy`` are the accounts this worker is sending for now, ``workers`` how many
    workers are alive (``live_workers``). A worker takes no more accounts than it has
    room for, nor more than its share of the active accounts (due or in flight) with
    its ``busy`` ones counted, so that several workers split a burst evenly instead of
    the first one awake taking all it can. Between workers an account belongs to
    whoever locks its oldest due post (``FOR UPDATE SKIP LOCKED`` on PostgreSQL): the
    others skip it and take the next accounts.
    """
    if workers > 1 and accounts > 0:
        params = {"p_now": now, "p_busy": list(busy)}
        due = session.scalar(_COUNT_HEADS, params) or 0
        active = due + (session.scalar(_COUNT_IN_FLIGHT) or 0)
        accounts = min(accounts, math.ceil(active / workers) - len(busy))
    if accounts < 1:
        return []
    locking = session.get_bind().dialect.name == "postgresql"
    params = {"p_now": now, "p_busy": list(busy), "p_accounts": accounts}
    mine = list(session.scalars(_LOCK_HEADS if locking else _PICK_HEADS, params))
    if not mine:
        return []
    params = {"p_now": now, "p_busy": [], "p_only": mine, "p_depth": per_account}
    ids = list(session.scalars(_RUNS, params))
    claimed = session.execute(
        _CLAIM,
        {"p_ids": ids, "p_now": now, "p_worker": worker, "p_lease_until": now + lease},
    )
    # In each account's queue order (the rank), which the statement's result does not keep.
    place = {post_id: n for n, post_id in enumerate(ids)}
    return sorted(((row.id, row.account_id) for row in claimed), key=lambda r: place[r[0]])


def _is_head_of(head: Any) -> ColumnElement[bool]:
    """``head`` is the first part of the post's thread (itself, for a first part)."""
    return and_(
        head.c.case_id == _P.case_id,
        head.c.account_id == _P.account_id,
        head.c.kind == _P.kind,
        head.c.part == 1,
    )


# A post waits on a parent in one of these; under any other (failed, missed, cancelled,
# unknown) it cannot go out until a person acts, and holds nothing back meanwhile.
_LIVE = (
    PostState.SENT, PostState.PENDING, PostState.RETRY_WAIT, PostState.CLAIMED, PostState.SENDING,
)  # fmt: skip


def _ranked_due(*, only: bool) -> Subquery:
    """Each account's queue at ``p_now``, in planned order: by the planned time of the
    post's thread (its first part's), then the thread, then the part. ``rank`` is the
    place in the queue (from 1) and ``blockers`` counts the posts up to and including
    this one that cannot go yet: a post goes only when that count is 0, so a thread's
    parts go back to back and a post waiting for a retry holds back the later ones.

    Only posts whose time has come are queued (a later thread cannot precede them).
    Accounts with a post in flight are left out, and those in ``p_busy``, or all but
    those in ``p_only``."""
    now = utc_param("p_now")
    parent = Post.__table__.alias("parent")
    head = Post.__table__.alias("head")
    parent_sent = or_(_P.reply_to_id.is_(None), parent.c.state == PostState.SENT)
    parent_live = or_(_P.reply_to_id.is_(None), parent.c.state.in_(_LIVE))
    ready = and_(
        parent_sent,
        or_(
            and_(_P.state == PostState.PENDING, _P.scheduled_at <= now),
            and_(_P.state == PostState.RETRY_WAIT, _P.next_attempt_at <= now),
        ),
    )
    queued = or_(
        and_(_P.state == PostState.PENDING, _P.scheduled_at <= now),
        _P.state == PostState.RETRY_WAIT,
    )
    account_open = or_(_A.paused_until.is_(None), _A.paused_until <= now)
    in_flight = select(_P.account_id).where(_P.state.in_((PostState.CLAIMED, PostState.SENDING)))
    order = (head.c.scheduled_at, head.c.id, _P.part)
    rank = func.row_number().over(partition_by=_P.account_id, order_by=order)
    blockers = func.sum(case((ready, 0), else_=1)).over(
        partition_by=_P.account_id, order_by=order, rows=(None, 0)
    )
    joined = (
        Post.__table__.join(Account.__table__, _P.account_id == _A.id)
        .join(
            head,
            _is_head_of(head),
        )
        .outerjoin(parent, _P.reply_to_id == parent.c.id)
    )
    query = (
        select(_P.id, rank.label("rank"), blockers.label("blockers"))
        .select_from(joined)
        .where(queued, parent_live, account_open, _P.account_id.not_in(in_flight))
    )
    if only:
        query = query.where(_P.account_id.in_(bindparam("p_only", expanding=True)))
    else:
        query = query.where(_P.account_id.not_in(bindparam("p_busy", expanding=True)))
    return query.subquery()


# The claim's statements, built once (a claim runs every few sends): the accounts whose
# oldest due post comes first, and then those accounts' posts.
_QUEUE = _ranked_due(only=False)
_HEAD = and_(_QUEUE.c.rank == 1, _QUEUE.c.blockers == 0)
_PICK_HEADS = (
    select(_P.account_id)
    # The state again: a row that another worker claimed meanwhile is read anew once
    # that worker's lock goes, and must then no longer qualify.
    .where(_P.id.in_(select(_QUEUE.c.id).where(_HEAD)), _P.state.in_(WAITING))
    .order_by(_P.scheduled_at, _P.id)
    .limit(bindparam("p_accounts"))
)
# Window functions and row locks do not mix in one SELECT, hence the subquery.
_LOCK_HEADS = _PICK_HEADS.with_for_update(skip_locked=True)
_COUNT_HEADS = select(func.count()).where(_HEAD)
_COUNT_IN_FLIGHT = select(func.count(func.distinct(_P.account_id))).where(
    _P.state.in_((PostState.CLAIMED, PostState.SENDING))
)
_THEIRS = _ranked_due(only=True)
# The posts those accounts may send now, in queue order: a leading run of each queue.
_RUNS = (
    select(_THEIRS.c.id)
    .where(_THEIRS.c.rank <= bindparam("p_depth"), _THEIRS.c.blockers == 0)
    .order_by(_THEIRS.c.rank)
)
_CLAIM = (
    update_posts()
    .where(_P.id.in_(bindparam("p_ids", expanding=True)), _P.state.in_(WAITING))
    .values(
        state=PostState.CLAIMED,
        claimed_by=bindparam("p_worker"),
        lease_until=utc_param("p_lease_until"),
        updated_at=utc_param("p_now"),
    )
    .returning(_P.id, _P.account_id)
)


def release_claims(session: Session, *, worker: str, now: datetime) -> int:
    """On a graceful stop: give back what this worker claimed but did not start."""
    result = session.execute(
        update_posts()
        .where(Post.state == PostState.CLAIMED, Post.claimed_by == worker)
        .values(state=PostState.PENDING, claimed_by=None, lease_until=None, updated_at=now)
    )
    return int(result.rowcount)  # type: ignore[attr-defined]


def expire_claims(session: Session, *, now: datetime) -> int:
    """Claims of a worker that died before sending go back to the queue."""
    result = session.execute(
        update_posts()
        .where(Post.state == PostState.CLAIMED, Post.lease_until < now)
        .values(state=PostState.PENDING, claimed_by=None, lease_until=None, updated_at=now)
    )
    return int(result.rowcount)  # type: ignore[attr-defined]


def take_over_stale_sends(
    session: Session, *, worker: str, now: datetime, lease: timedelta
) -> list[int]:
    """Posts left in ``sending`` by a worker whose lease ran out: ours to reconcile."""
    ids = list(
        session.scalars(
            select(Post.id).where(Post.state == PostState.SENDING, Post.lease_until < now)
        )
    )
    if not ids:
        return []
    taken = session.scalars(
        update_posts()
        .where(Post.id.in_(ids), Post.state == PostState.SENDING, Post.lease_until < now)
        # updated_at is left as the crashed send set it: adapters read it as the moment
        # that try began, the earliest a copy of the post on the platform can carry.
        .values(claimed_by=worker, lease_until=now + lease)
        .returning(Post.id)
    )
    return sorted(taken)


def live_workers(session: Session, *, me: str, since: datetime) -> int:
    """Workers that ticked since ``since`` and have not stopped, ``me`` always among them."""
    others = session.scalar(
        select(func.count()).where(
            Worker.stopped_at.is_(None), Worker.last_tick_at >= since, Worker.id != me
        )
    )
    return 1 + (others or 0)


def heartbeat(session: Session, worker: Worker, now: datetime) -> None:
    row = session.get(Worker, worker.id)
    if row is None:
        session.add(worker)
        row = worker
    row.last_tick_at = now


def has_ready(session: Session, *, now: datetime) -> bool:
    """Whether some account's queue starts with a post that may go now."""
    return bool(session.scalar(_COUNT_HEADS, {"p_now": now, "p_busy": []}))


def next_wakeup(session: Session, *, now: datetime) -> datetime | None:
    """The earliest moment something may become due (a post, a retry, an expiring lease,
    a pause's end): ``now`` when a post may go already. A post whose time has come but
    that waits behind another (a retry, a thread) is due when that one is, not before."""
    if has_ready(session, now=now):
        return now
    candidates = [
        session.scalar(
            select(func.min(Post.scheduled_at))
            .outerjoin(Parent, Post.reply_to_id == Parent.id)
            .where(
                Post.state == PostState.PENDING,
                Post.scheduled_at > now,
                or_(Post.reply_to_id.is_(None), Parent.state == PostState.SENT),
            )
        ),
        session.scalar(
            select(func.min(Post.next_attempt_at)).where(
                Post.state == PostState.RETRY_WAIT, Post.next_attempt_at > now
            )
        ),
        session.scalar(
            select(func.min(Post.lease_until)).where(
                Post.state.in_((PostState.CLAIMED, PostState.SENDING))
            )
        ),
        session.scalar(select(func.min(Account.paused_until)).where(Account.paused_until > now)),
    ]
    found = [c for c in candidates if c is not None]
    return min(found) if found else None
