"""The post lifecycle in the database. Each function is one transition, and the
caller runs each in its own transaction.

pending -> claimed (lease) -> sending -> sent
                                      -> retry_wait -> claimed ...
                                      -> failed | unknown
pending -> missed | cancelled

Claims lock rows with ``FOR UPDATE SKIP LOCKED`` where the database has it
(PostgreSQL), and every update re-checks the state it expects, so two workers
never both send one post.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from datetime import datetime, timedelta

from sqlalchemy import (
    BindParameter,
    Connection,
    Subquery,
    Update,
    and_,
    bindparam,
    case,
    exists,
    func,
    or_,
    select,
    update,
)
from sqlalchemy.orm import Session, aliased

from publisher.adapters.base import PublishResult
from publisher.models import Account, Case, CaseStatus, Post, PostState, Worker

S = PostState
WAITING = (S.PENDING, S.RETRY_WAIT)
Parent = aliased(Post)
# Plain table columns, not the mapped attributes: statements built from them stay off
# the ORM's execution path, which on the hot path costs more than the statement.
_P = Post.__table__.c
_A = Account.__table__.c
_C = Case.__table__.c


def _update() -> Update:
    """A plain UPDATE of the posts table, outside the ORM's bookkeeping (no reconciling
    of each row with objects in the session): callers work by id and reload what they
    show, and on the hot path the ORM layer costs more than the statement."""
    return update(Post.__table__)  # type: ignore[arg-type]


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
    """Take the oldest ``per_account`` due posts of up to ``accounts`` accounts that have
    nothing in flight (here or in another worker), for ``worker``: one account's posts go
    out one after another, different accounts side by side. Returns (post id, account id)
    pairs, oldest first.

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
        accounts = min(accounts, -(-active // workers) - len(busy))
    if accounts < 1:
        return []
    locking = session.get_bind().dialect.name == "postgresql"
    params = {"p_now": now, "p_busy": list(busy), "p_accounts": accounts}
    mine = list(session.scalars(_LOCK_HEADS if locking else _PICK_HEADS, params))
    if not mine:
        return []
    claimed = session.execute(
        _CLAIM,
        {
            "p_now": now, "p_only": mine, "p_depth": per_account, "p_worker": worker,
            "p_lease_until": now + lease,
        },
    )  # fmt: skip
    return [
        (row.id, row.account_id) for row in sorted(claimed, key=lambda r: (r.scheduled_at, r.id))
    ]


def _ranked_due(*, only: bool) -> Subquery:
    """Due posts with their place in their account's queue (``rank``, from 1), at
    ``p_now``; accounts with a post in flight left out, and those in ``p_busy``, or
    all but those in ``p_only``."""
    now: BindParameter[datetime] = bindparam("p_now")
    parent = Post.__table__.alias("parent")
    ready = or_(
        and_(_P.state == S.PENDING, _P.scheduled_at <= now),
        and_(_P.state == S.RETRY_WAIT, _P.next_attempt_at <= now),
    )
    account_open = or_(_A.paused_until.is_(None), _A.paused_until <= now)
    parent_sent = or_(_P.reply_to_id.is_(None), parent.c.state == S.SENT)
    in_flight = select(_P.account_id).where(_P.state.in_((S.CLAIMED, S.SENDING)))
    rank = func.row_number().over(partition_by=_P.account_id, order_by=(_P.scheduled_at, _P.id))
    joined = Post.__table__.join(Account.__table__, _P.account_id == _A.id).outerjoin(
        parent, _P.reply_to_id == parent.c.id
    )
    query = (
        select(_P.id, rank.label("rank"))
        .select_from(joined)
        .where(ready, account_open, parent_sent, _P.account_id.not_in(in_flight))
    )
    if only:
        query = query.where(_P.account_id.in_(bindparam("p_only", expanding=True)))
    else:
        query = query.where(_P.account_id.not_in(bindparam("p_busy", expanding=True)))
    return query.subquery()


# The claim's statements, built once (a claim runs every few sends): the accounts whose
# oldest due post comes first, and then those accounts' posts.
_QUEUE = _ranked_due(only=False)
_PICK_HEADS = (
    select(_P.account_id)
    # The state again: a row that another worker claimed meanwhile is read anew once
    # that worker's lock goes, and must then no longer qualify.
    .where(_P.id.in_(select(_QUEUE.c.id).where(_QUEUE.c.rank == 1)), _P.state.in_(WAITING))
    .order_by(_P.scheduled_at, _P.id)
    .limit(bindparam("p_accounts"))
)
# Window functions and row locks do not mix in one SELECT, hence the subquery.
_LOCK_HEADS = _PICK_HEADS.with_for_update(skip_locked=True)
_COUNT_HEADS = select(func.count()).where(_QUEUE.c.rank == 1)
_COUNT_IN_FLIGHT = select(func.count(func.distinct(_P.account_id))).where(
    _P.state.in_((S.CLAIMED, S.SENDING))
)
_THEIRS = _ranked_due(only=True)
_CLAIM = (
    _update()
    .where(
        _P.id.in_(select(_THEIRS.c.id).where(_THEIRS.c.rank <= bindparam("p_depth"))),
        _P.state.in_(WAITING),
    )
    .values(
        state=S.CLAIMED,
        claimed_by=bindparam("p_worker"),
        lease_until=bindparam("p_lease_until"),
        updated_at=bindparam("p_now"),
    )
    .returning(_P.id, _P.account_id, _P.scheduled_at)
)


# The two hot transitions, built once: every send runs them, and building a statement
# costs more than running it on SQLite. (Parameter names may not be column names.)
_BEGIN_SEND = (
    _update()
    .where(
        _P.id == bindparam("p_post_id"),
        _P.state == S.CLAIMED,
        _P.claimed_by == bindparam("p_worker"),
        # Checked in the same statement: nothing unapproved goes out, whatever was planned.
        # EXISTS looks up the one case; IN (SELECT ...) would list every approved case
        # on every send.
        exists().where(_C.id == _P.case_id, _C.status == CaseStatus.APPROVED),
    )
    .values(
        state=S.SENDING,
        attempts=_P.attempts + 1,
        lease_until=bindparam("p_lease_until"),
        prepared=bindparam("p_prepared"),
        updated_at=bindparam("p_now"),
    )
)
_SENT = (
    _update()
    .where(_P.id == bindparam("p_post_id"))
    .values(
        state=S.SENT,
        remote_id=bindparam("p_remote_id"),
        remote_url=bindparam("p_remote_url"),
        remote_meta=bindparam("p_remote_meta"),
        sent_at=bindparam("p_now"),
        last_error=None,
        lease_until=None,
        next_attempt_at=None,
        updated_at=bindparam("p_now"),
    )
)
# The next part of a thread goes right away; the answer at its own time.
_FOLLOWERS = (
    _update()
    .where(_P.reply_to_id == bindparam("p_post_id"), _P.state.in_(WAITING))
    .values(
        scheduled_at=case(
            (_P.kind == bindparam("p_kind"), bindparam("p_now")), else_=bindparam("p_answer_at")
        ),
        updated_at=bindparam("p_now"),
    )
)


def begin_send(
    db: Connection,
    post_id: int,
    *,
    worker: str,
    now: datetime,
    lease: timedelta,
    prepared: dict[str, str],
) -> bool:
    """claimed -> sending, committed before the network call. False when the post is no
    longer ours or its case is no longer approved (``unapproved_case`` tells which)."""
    params = {
        "p_post_id": post_id,
        "p_worker": worker,
        "p_lease_until": now + lease,
        "p_prepared": prepared,
        "p_now": now,
    }
    return db.execute(_BEGIN_SEND, params).rowcount == 1


def unapproved_case(db: Connection, post_id: int, *, worker: str) -> str | None:
    """Why begin_send refused a post still claimed by ``worker``: its case's status."""
    row = db.execute(
        select(Case.slug, Case.status)
        .join(Post, Post.case_id == Case.id)
        .where(Post.id == post_id, Post.state == S.CLAIMED, Post.claimed_by == worker)
    ).one_or_none()
    if row is None or row.status == CaseStatus.APPROVED:
        return None
    return f"case {row.slug} is {row.status}, no longer approved"


def mark_sent(
    db: Connection,
    post_id: int,
    result: PublishResult,
    *,
    now: datetime,
    kind: str,
    answer_at: datetime | None,
    planned_at: datetime,
    followers: bool = True,
) -> None:
    """sending -> sent; the next part goes right away, the answer at ``answer_at``
    (None: its planned delay after ``planned_at``, kept from the real send).
    ``followers=False`` says nothing replies to this post, which saves a statement."""
    params = {
        "p_post_id": post_id,
        "p_remote_id": result.remote_id,
        "p_remote_url": result.url,
        "p_remote_meta": dict(result.meta),
        "p_now": now,
    }
    db.execute(_SENT, params)
    if not followers:
        return
    if answer_at is not None:
        db.execute(_FOLLOWERS, {**params, "p_kind": kind, "p_answer_at": answer_at})
        return
    waiting = select(_P.id, _P.kind, _P.scheduled_at).where(
        _P.reply_to_id == post_id, _P.state.in_(WAITING)
    )
    for child in db.execute(waiting).all():
        at = now if child.kind == kind else now + (child.scheduled_at - planned_at)
        db.execute(_update().where(_P.id == child.id).values(scheduled_at=at, updated_at=now))


def retry_later(
    session: Session, post: Post, *, reason: str, at: datetime, now: datetime, refund: bool = False
) -> None:
    """Back in the queue for a later attempt (``refund``: this attempt did not count)."""
    post.state = S.RETRY_WAIT
    post.next_attempt_at = at
    post.last_error = reason
    post.claimed_by = None
    post.lease_until = None
    post.updated_at = now
    if refund:
        post.attempts = max(post.attempts - 1, 0)


def fail(session: Session, post: Post, *, reason: str, now: datetime, state: str = S.FAILED) -> int:
    """A final state with its reason; what depends on the post is cancelled. Returns
    how many posts were cancelled with it."""
    post.state = state
    post.last_error = reason
    post.lease_until = None
    post.updated_at = now
    return cancel_dependents(session, post.id, reason=f"post #{post.id} {state}: {reason}", now=now)


def cancel_dependents(session: Session, post_id: int, *, reason: str, now: datetime) -> int:
    """Cancel every waiting post that replies, directly or not, to ``post_id``."""
    frontier, count = [post_id], 0
    while frontier:
        children = list(
            session.scalars(
                select(Post).where(Post.reply_to_id.in_(frontier), Post.state.in_(WAITING))
            )
        )
        for child in children:
            child.state = S.CANCELLED
            child.last_error = reason
            child.updated_at = now
        count += len(children)
        frontier = [c.id for c in children]
    return count


def mark_unknown(session: Session, post: Post, *, reason: str, now: datetime) -> None:
    """The platform cannot tell whether it went out: a human decides (`posts resolve`)."""
    post.state = S.UNKNOWN
    post.last_error = reason
    post.lease_until = None
    post.updated_at = now


def release_claims(session: Session, *, worker: str, now: datetime) -> int:
    """On a graceful stop: give back what this worker claimed but did not start."""
    result = session.execute(
        _update()
        .where(Post.state == S.CLAIMED, Post.claimed_by == worker)
        .values(state=S.PENDING, claimed_by=None, lease_until=None, updated_at=now)
    )
    return int(result.rowcount)  # type: ignore[attr-defined]


def expire_claims(session: Session, *, now: datetime) -> int:
    """Claims of a worker that died before sending go back to the queue."""
    result = session.execute(
        _update()
        .where(Post.state == S.CLAIMED, Post.lease_until < now)
        .values(state=S.PENDING, claimed_by=None, lease_until=None, updated_at=now)
    )
    return int(result.rowcount)  # type: ignore[attr-defined]


def take_over_stale_sends(
    session: Session, *, worker: str, now: datetime, lease: timedelta
) -> list[int]:
    """Posts left in ``sending`` by a worker whose lease ran out: ours to reconcile."""
    ids = list(
        session.scalars(select(Post.id).where(Post.state == S.SENDING, Post.lease_until < now))
    )
    if not ids:
        return []
    taken = session.scalars(
        _update()
        .where(Post.id.in_(ids), Post.state == S.SENDING, Post.lease_until < now)
        .values(claimed_by=worker, lease_until=now + lease, updated_at=now)
        .returning(Post.id)
    )
    return sorted(taken)


def overdue_heads(session: Session, *, before: datetime) -> Sequence[Post]:
    """First posts of threads still waiting although their time passed before ``before``."""
    query = (
        select(Post)
        .where(Post.state == S.PENDING, Post.reply_to_id.is_(None), Post.scheduled_at < before)
        .order_by(Post.account_id, Post.scheduled_at, Post.id)
    )
    return session.scalars(query).all()


def pause_account(
    session: Session, account_id: int, *, reason: str, now: datetime, until: datetime
) -> None:
    account = session.get(Account, account_id)
    assert account is not None
    account.paused_reason = reason
    account.paused_at = account.paused_at or now
    account.paused_until = until


def resume_account(session: Session, account: Account) -> None:
    account.paused_reason = None
    account.paused_at = None
    account.paused_until = None


def next_wakeup(session: Session, *, now: datetime) -> datetime | None:
    """The earliest moment something may become due (a post, a retry, an expiring lease)."""
    candidates = [
        session.scalar(
            select(func.min(Post.scheduled_at))
            .outerjoin(Parent, Post.reply_to_id == Parent.id)
            .where(
                Post.state == S.PENDING,
                or_(Post.reply_to_id.is_(None), Parent.state == S.SENT),
            )
        ),
        session.scalar(select(func.min(Post.next_attempt_at)).where(Post.state == S.RETRY_WAIT)),
        session.scalar(
            select(func.min(Post.lease_until)).where(Post.state.in_((S.CLAIMED, S.SENDING)))
        ),
        session.scalar(select(func.min(Account.paused_until)).where(Account.paused_until > now)),
    ]
    found = [c for c in candidates if c is not None]
    return min(found) if found else None


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


# -- operator actions ---------------------------------------------------------------

RETRYABLE = (S.FAILED, S.MISSED, S.CANCELLED, S.RETRY_WAIT)


def get_post(session: Session, post_id: int) -> Post:
    from publisher.errors import NotFoundError

    post = session.get(Post, post_id)
    if post is None:
        raise NotFoundError(f"no post #{post_id}", hint="`publisher posts list` shows them")
    return post


def retry_post(session: Session, post: Post, *, now: datetime) -> int:
    """Queue a failed, missed or cancelled post again, now; what it took down comes back.
    Returns how many posts were restored (itself included)."""
    from publisher.errors import InvalidStateError

    if post.state not in RETRYABLE:
        raise InvalidStateError(
            f"post #{post.id} is {post.state}; only {', '.join(RETRYABLE)} posts can be retried"
        )
    _requeue(post, now)
    restored, frontier = 1, [post.id]
    while frontier:
        children = [
            c
            for c in session.scalars(select(Post).where(Post.reply_to_id.in_(frontier)))
            if c.state == S.CANCELLED and (c.last_error or "").startswith("post #")
        ]
        for child in children:
            _requeue(child, now, keep_time=True)
        restored += len(children)
        frontier = [c.id for c in children]
    return restored


def _requeue(post: Post, now: datetime, *, keep_time: bool = False) -> None:
    post.state = S.PENDING
    post.attempts = 0
    post.last_error = None
    post.next_attempt_at = None
    post.claimed_by = None
    post.lease_until = None
    if not keep_time:
        post.scheduled_at = now
    post.updated_at = now


def cancel_post(session: Session, post: Post, *, now: datetime, reason: str) -> int:
    from publisher.errors import InvalidStateError

    if post.state not in (*WAITING, S.FAILED, S.MISSED, S.UNKNOWN):
        raise InvalidStateError(f"post #{post.id} is {post.state} and cannot be cancelled")
    return fail(session, post, reason=reason, now=now, state=S.CANCELLED)


def resolve(
    session: Session,
    post: Post,
    *,
    now: datetime,
    sent_url: str | None,
    remote_id: str | None,
    answer_at: datetime | None,
) -> None:
    """A human says what happened to a post the platform could not tell us about."""
    from publisher.errors import InvalidStateError

    if post.state not in (S.UNKNOWN, S.SENDING):
        raise InvalidStateError(
            f"post #{post.id} is {post.state}; only unknown posts need resolving"
        )
    if sent_url is None:
        _requeue(post, now, keep_time=True)
        post.scheduled_at = min(post.scheduled_at, now)
        return
    rid = remote_id or sent_url.rstrip("/").rsplit("/", 1)[-1]
    session.flush()
    mark_sent(
        session.connection(), post.id, PublishResult(rid, sent_url), now=now, kind=post.kind,
        answer_at=answer_at, planned_at=post.slot.scheduled_at,
    )  # fmt: skip
