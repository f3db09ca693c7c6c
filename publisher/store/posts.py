"""The post lifecycle in the database. Each function is one transition, and the
caller runs each in its own transaction.

pending -> claimed (lease) -> sending -> sent
                                      -> retry_wait -> claimed ...
                                      -> failed | unknown
pending -> missed | cancelled

Every update re-checks the state it expects, so two workers never both send one
post; who takes which post is in ``claims``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import (
    Connection,
    Update,
    bindparam,
    case,
    exists,
    func,
    or_,
    select,
    update,
)
from sqlalchemy.orm import Session, aliased

from publisher.store.models import Account, Case, CaseStatus, Post, PostState, utc_param

WAITING = (PostState.PENDING, PostState.RETRY_WAIT)
Parent = aliased(Post)
# Plain table columns, not the mapped attributes: statements built from them stay off
# the ORM's execution path, which on the hot path costs more than the statement.
_P = Post.__table__.c
_C = Case.__table__.c
# Instants as statement parameters: typed, so that they are stored as UTC whatever
# expression they end up in.
_NOW = utc_param("p_now")


def update_posts() -> Update:
    """A plain UPDATE of the posts table, outside the ORM's bookkeeping (no reconciling
    of each row with objects in the session): callers work by id and reload what they
    show, and on the hot path the ORM layer costs more than the statement."""
    return update(Post.__table__)  # type: ignore[arg-type]


# The two hot transitions, built once: every send runs them, and building a statement
# costs more than running it on SQLite. (Parameter names may not be column names.)
_BEGIN_SEND = (
    update_posts()
    .where(
        _P.id == bindparam("p_post_id"),
        _P.state == PostState.CLAIMED,
        _P.claimed_by == bindparam("p_worker"),
        # Checked in the same statement: nothing unapproved goes out, whatever was planned.
        # EXISTS looks up the one case; IN (SELECT ...) would list every approved case
        # on every send.
        exists().where(_C.id == _P.case_id, _C.status == CaseStatus.APPROVED),
    )
    .values(
        state=PostState.SENDING,
        attempts=_P.attempts + 1,
        lease_until=utc_param("p_lease_until"),
        prepared=bindparam("p_prepared"),
        updated_at=_NOW,
    )
)
_SENT = (
    update_posts()
    .where(_P.id == bindparam("p_post_id"))
    .values(
        state=PostState.SENT,
        remote_id=bindparam("p_remote_id"),
        remote_url=bindparam("p_remote_url"),
        remote_meta=bindparam("p_remote_meta"),
        sent_at=_NOW,
        last_error=None,
        lease_until=None,
        next_attempt_at=None,
        updated_at=_NOW,
    )
)
# The next part of a thread goes right away; the answer at its own time.
_FOLLOWERS = (
    update_posts()
    .where(_P.reply_to_id == bindparam("p_post_id"), _P.state.in_(WAITING))
    .values(
        scheduled_at=case((_P.kind == bindparam("p_kind"), _NOW), else_=utc_param("p_answer_at")),
        updated_at=_NOW,
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
        .where(Post.id == post_id, Post.state == PostState.CLAIMED, Post.claimed_by == worker)
    ).one_or_none()
    if row is None or row.status == CaseStatus.APPROVED:
        return None
    return f"case {row.slug} is {row.status}, no longer approved"


@dataclass(frozen=True)
class Remote:
    """Where a sent post lives on its platform, as the store records it."""

    remote_id: str
    url: str
    meta: Mapping[str, str] = field(default_factory=dict)


def mark_sent(
    db: Connection,
    post_id: int,
    result: Remote,
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
        db.execute(update_posts().where(_P.id == child.id).values(scheduled_at=at, updated_at=now))


def retry_later(
    session: Session, post: Post, *, reason: str, at: datetime, now: datetime, refund: bool = False
) -> None:
    """Back in the queue for a later attempt (``refund``: this attempt did not count)."""
    post.state = PostState.RETRY_WAIT
    post.next_attempt_at = at
    post.last_error = reason
    post.claimed_by = None
    post.lease_until = None
    post.updated_at = now
    if refund:
        post.attempts = max(post.attempts - 1, 0)


def fail(
    session: Session, post: Post, *, reason: str, now: datetime, state: str = PostState.FAILED
) -> int:
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
            child.state = PostState.CANCELLED
            child.last_error = reason
            child.updated_at = now
        count += len(children)
        frontier = [c.id for c in children]
    return count


def mark_unknown(session: Session, post: Post, *, reason: str, now: datetime) -> None:
    """The platform cannot tell whether it went out: a human decides (`posts resolve`)."""
    post.state = PostState.UNKNOWN
    post.last_error = reason
    post.lease_until = None
    post.updated_at = now


def overdue_heads(session: Session, *, before: datetime) -> Sequence[Post]:
    """First posts of threads still waiting although their time passed before ``before``."""
    query = (
        select(Post)
        .where(
            Post.state == PostState.PENDING, Post.reply_to_id.is_(None), Post.scheduled_at < before
        )
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


def stored_capabilities(session: Session, name: str) -> dict[str, Any]:
    """The limits `accounts check` kept for an account ({} before the first check)."""
    found = session.scalar(select(Account.capabilities).where(Account.name == name))
    return dict(found or {})


def resume_account(session: Session, account: Account) -> None:
    account.paused_reason = None
    account.paused_at = None
    account.paused_until = None


def next_send(session: Session, *, now: datetime) -> datetime | None:
    """The earliest moment a post may go out: like ``next_wakeup``, but a paused
    account's posts count from the end of its pause, as they cannot go before."""
    open_account = or_(Account.paused_until.is_(None), Account.paused_until <= now)
    candidates = [
        session.scalar(
            select(func.min(Post.scheduled_at))
            .join(Account, Post.account_id == Account.id)
            .outerjoin(Parent, Post.reply_to_id == Parent.id)
            .where(
                Post.state == PostState.PENDING,
                or_(Post.reply_to_id.is_(None), Parent.state == PostState.SENT),
                open_account,
            )
        ),
        session.scalar(
            select(func.min(Post.next_attempt_at))
            .join(Account, Post.account_id == Account.id)
            .where(Post.state == PostState.RETRY_WAIT, open_account)
        ),
        session.scalar(select(func.min(Account.paused_until)).where(Account.paused_until > now)),
    ]
    found = [c for c in candidates if c is not None]
    return min(found) if found else None


# -- operator actions ---------------------------------------------------------------

RETRYABLE = (PostState.FAILED, PostState.MISSED, PostState.CANCELLED, PostState.RETRY_WAIT)


def get_post(session: Session, post_id: int) -> Post:
    from publisher.errors import NotFoundError

    post = session.get(Post, post_id)
    if post is None:
        raise NotFoundError(f"no post #{post_id}", hint="`publisher posts list` shows them")
    return post


def retry_post(session: Session, post: Post, *, now: datetime) -> int:
    """Queue a failed, missed or cancelled post again: at its planned time while that is
    still ahead, otherwise now; what it took down comes back. Returns how many posts were
    restored (itself included)."""
    from publisher.errors import InvalidStateError

    if post.state not in RETRYABLE:
        raise InvalidStateError(
            f"post #{post.id} is {post.state}; only {', '.join(RETRYABLE)} posts can be retried"
        )
    _requeue(post, now, keep_time=post.scheduled_at > now)
    restored, frontier = 1, [post.id]
    while frontier:
        children = [
            c
            for c in session.scalars(select(Post).where(Post.reply_to_id.in_(frontier)))
            if c.state == PostState.CANCELLED and (c.last_error or "").startswith("post #")
        ]
        for child in children:
            _requeue(child, now, keep_time=True)
        restored += len(children)
        frontier = [c.id for c in children]
    return restored


def _requeue(post: Post, now: datetime, *, keep_time: bool = False) -> None:
    post.state = PostState.PENDING
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

    if post.state not in (*WAITING, PostState.FAILED, PostState.MISSED, PostState.UNKNOWN):
        raise InvalidStateError(f"post #{post.id} is {post.state} and cannot be cancelled")
    return fail(session, post, reason=reason, now=now, state=PostState.CANCELLED)


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

    if post.state not in (PostState.UNKNOWN, PostState.SENDING):
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
        session.connection(), post.id, Remote(rid, sent_url), now=now, kind=post.kind,
        answer_at=answer_at, planned_at=post.slot.scheduled_at,
    )  # fmt: skip
