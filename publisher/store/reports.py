"""Read-only views of the queue for operators: `status` and `posts list`."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session, selectinload

from publisher.dispatch.states import PostKind
from publisher.store import Store
from publisher.store.models import Account, Post, PostState, Worker

# A post this late that is still waiting means no daemon is sending: the health check fails.
OVERDUE_AFTER = timedelta(minutes=5)
# `accounts check` keeps when an account's token expires under this key of its limits.
TOKEN_EXPIRES = "token_expires_at"
TOKEN_WARNING = timedelta(days=7)  # how far ahead `status` warns of an expiring token


def read_status(store: Store, *, now: datetime) -> dict[str, Any]:
    """What `status` reports, in one transaction."""
    with store.session() as session:
        return status(session, now=now)


def is_healthy(found: Mapping[str, Any]) -> bool:
    """The health check: no post overdue."""
    return not found["overdue"]


def status(session: Session, *, now: datetime) -> dict[str, Any]:
    counts = dict(session.execute(select(Post.state, func.count()).group_by(Post.state)).all())
    overdue = overdue_posts(session, now=now)
    upcoming = session.scalars(
        select(Post)
        .where(Post.state == PostState.PENDING, Post.scheduled_at >= now)
        .options(selectinload(Post.case), selectinload(Post.account))
        .order_by(Post.scheduled_at, Post.id)
        .limit(5)
    ).all()
    answers_pending = session.scalars(
        select(Post)
        .where(
            Post.kind == PostKind.ANSWER, Post.state.in_((PostState.RETRY_WAIT, PostState.FAILED))
        )
        .options(selectinload(Post.case), selectinload(Post.account))
    ).all()
    workers = session.scalars(select(Worker).order_by(Worker.last_tick_at.desc()).limit(5)).all()
    paused = session.scalars(select(Account).where(Account.paused_until.is_not(None))).all()
    accounts = session.scalars(select(Account).order_by(Account.name)).all()
    return {
        "now": now.isoformat(),
        "last_tick": workers[0].last_tick_at.isoformat() if workers else None,
        "workers": [_worker(w) for w in workers],
        "counts": {state.value: counts.get(state.value, 0) for state in PostState},
        "backlog": counts.get(PostState.PENDING, 0) + counts.get(PostState.RETRY_WAIT, 0),
        "overdue": [{**post_row(p), **why_overdue(p)} for p in overdue],
        "next": [post_row(p) for p in upcoming],
        "answer_pending": [{**post_row(p), "prompt": p.reply_to_id} for p in answers_pending],
        "paused_accounts": [
            {"account": a.name, "reason": a.paused_reason, "until": _iso(a.paused_until)}
            for a in paused
            if a.paused_until is not None and a.paused_until > now
        ],
        "expiring_tokens": expiring_tokens(accounts, now=now),
    }


def overdue_posts(session: Session, *, now: datetime) -> Sequence[Post]:
    """Posts that a running daemon would have moved on by now: due and still waiting,
    claimed but not started, left ``sending`` past the lease (its worker died), or
    waiting for a retry whose time has passed."""
    late = now - OVERDUE_AFTER
    ready = Post.reply_to_id.is_(None) | Post.reply_to.has(Post.state == PostState.SENT)
    stuck = or_(
        and_(
            Post.state.in_((PostState.PENDING, PostState.CLAIMED)), Post.scheduled_at < late, ready
        ),
        and_(Post.state == PostState.SENDING, Post.lease_until < late),
        and_(Post.state == PostState.RETRY_WAIT, Post.next_attempt_at < late),
    )
    query = (
        select(Post)
        .where(stuck)
        .options(selectinload(Post.case), selectinload(Post.account))
        .order_by(Post.scheduled_at, Post.account_id, Post.kind.desc(), Post.part)
    )
    return session.scalars(query).all()


def why_overdue(post: Post) -> dict[str, Any]:
    """Why a post counts as overdue, as data: which time passed, and since when."""
    if post.state == PostState.SENDING:
        return {"reason": "lease_expired", "since": _iso(post.lease_until)}
    if post.state == PostState.RETRY_WAIT:
        return {"reason": "retry_due", "since": _iso(post.next_attempt_at)}
    return {"reason": "due", "since": post.scheduled_at.isoformat()}


def expiring_tokens(accounts: Sequence[Account], *, now: datetime) -> list[dict[str, Any]]:
    """Accounts whose token (as `accounts check` last read it) expires within a week."""
    found = []
    for account in accounts:
        value = (account.capabilities or {}).get(TOKEN_EXPIRES)
        try:
            expires = datetime.fromisoformat(str(value)) if value else None
        except ValueError:
            expires = None
        if expires is not None and expires - now <= TOKEN_WARNING:
            found.append(
                {
                    "account": account.name,
                    "expires_at": expires.isoformat(),
                    "expired": expires <= now,
                }
            )
    return found


def _worker(w: Worker) -> dict[str, Any]:
    return {
        "id": w.id,
        "mode": w.mode,
        "last_tick": w.last_tick_at.isoformat(),
        "stopped": _iso(w.stopped_at),
    }


def _iso(moment: datetime | None) -> str | None:
    return moment.isoformat() if moment else None


def post_row(post: Post) -> dict[str, Any]:
    return {
        "id": post.id,
        "case": post.case.slug,
        "account": post.account.name,
        "kind": post.kind,
        "part": post.part,
        "parts": post.parts,
        "state": post.state,
        "scheduled_at": post.scheduled_at.isoformat(),
        "attempts": post.attempts,
        "next_attempt_at": _iso(post.next_attempt_at),
        "sent_at": _iso(post.sent_at),
        "remote_url": post.remote_url,
        "last_error": post.last_error,
        "reply_to": post.reply_to_id,
        "claimed_by": post.claimed_by,
    }


def list_posts(
    session: Session, *, state: str | None, account: str | None, limit: int
) -> Sequence[Post]:
    query = (
        select(Post)
        .join(Account)
        .options(selectinload(Post.case), selectinload(Post.account))
        .order_by(Post.scheduled_at, Post.id)
        .limit(limit)
    )
    if state:
        query = query.where(Post.state == state)
    if account:
        query = query.where(Account.name == account)
    return session.scalars(query).all()
