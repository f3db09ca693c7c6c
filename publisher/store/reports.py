"""Read-only views of the queue for operators: `status` and `posts list`."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session, selectinload

from publisher.dispatch.states import PostKind
from publisher.store.models import Account, Post, PostState, Worker

# A post this late that is still waiting means no daemon is sending: the health check fails.
OVERDUE_AFTER = timedelta(minutes=5)
# `accounts check` keeps when an account's token expires under this key of its limits.
TOKEN_EXPIRES = "token_expires_at"
TOKEN_WARNING = timedelta(days=7)  # how far ahead `status` warns of an expiring token


# An operator's pause (`accounts pause`) is a choice, not a fault; "until resumed" is
# stored as this far-off instant. (publisher.accounts.pauses writes both.)
PAUSED_BY_OPERATOR = "paused by an operator"
PAUSED_FOREVER = datetime(9999, 12, 31, tzinfo=UTC)
# How many failed and unknown posts `status` lists (the counts say how many there are).
LISTED = 20


def is_healthy(found: Mapping[str, Any]) -> bool:
    """The health check: no post overdue, failed for good or needing a human, and no
    account resting because it cannot post (refused credentials, a missing client)."""
    faulty = [a for a in found["paused_accounts"] if not a["by_operator"]]
    return not (found["overdue"] or found["failed"] or found["unknown"] or faulty)


def status(session: Session, *, now: datetime) -> dict[str, Any]:
    """The queue at ``now``, JSON-ready: counts, what is overdue and why, what comes next,
    what failed and why, paused accounts, expiring tokens. Threads read part by part."""
    counts = dict(session.execute(select(Post.state, func.count()).group_by(Post.state)).all())
    overdue = overdue_posts(session, now=now)
    upcoming = _posts(
        session,
        (Post.state == PostState.PENDING, Post.scheduled_at >= now),
        order=(Post.scheduled_at, Post.id),
        limit=5,
    )
    answers_pending = _posts(
        session,
        (Post.kind == PostKind.ANSWER, Post.state == PostState.RETRY_WAIT),
        order=(Post.scheduled_at, Post.id),
    )
    failed = _posts(session, (Post.state == PostState.FAILED,), order=(Post.updated_at.desc(),))
    unknown = _posts(session, (Post.state == PostState.UNKNOWN,), order=(Post.updated_at.desc(),))
    workers = session.scalars(select(Worker).order_by(Worker.last_tick_at.desc()).limit(5)).all()
    paused = session.scalars(select(Account).where(Account.paused_until > now)).all()
    accounts = session.scalars(select(Account).order_by(Account.name)).all()
    ordered = thread_order(session, [*overdue, *upcoming, *answers_pending, *failed, *unknown])
    return {
        "now": now.isoformat(),
        "last_tick": workers[0].last_tick_at.isoformat() if workers else None,
        "workers": [_worker(w) for w in workers],
        "counts": {state.value: counts.get(state.value, 0) for state in PostState},
        "backlog": counts.get(PostState.PENDING, 0) + counts.get(PostState.RETRY_WAIT, 0),
        "overdue": [{**post_row(p), **why_overdue(p)} for p in ordered(overdue)],
        "next": [post_row(p) for p in ordered(upcoming)],
        "answer_pending": [
            {**post_row(p), "prompt": p.reply_to_id} for p in ordered(answers_pending)
        ],
        "failed": [post_row(p) for p in ordered(failed)],
        "unknown": [post_row(p) for p in ordered(unknown)],
        "paused_accounts": [_paused(a) for a in paused],
        "expiring_tokens": expiring_tokens(accounts, now=now),
    }


def _posts(
    session: Session, where: Sequence[Any], *, order: Sequence[Any], limit: int = LISTED
) -> Sequence[Post]:
    query = (
        select(Post)
        .where(*where)
        .options(selectinload(Post.case), selectinload(Post.account))
        .order_by(*order)
        .limit(limit)
    )
    return session.scalars(query).all()


def thread_order(session: Session, posts: Sequence[Post]) -> Callable[[Sequence[Post]], list[Post]]:
    """A sort for lists of these posts: by the planned time of each post's thread (its
    first part's), the thread, then the part, so that a thread reads part 1, 2, 3."""
    cases = {p.case_id for p in posts}
    heads: dict[tuple[int, int, str], tuple[datetime, int]] = {}
    if cases:
        rows = session.execute(
            select(Post.case_id, Post.account_id, Post.kind, Post.scheduled_at, Post.id).where(
                Post.part == 1, Post.case_id.in_(cases)
            )
        )
        heads = {(r[0], r[1], r[2]): (r[3], r[4]) for r in rows}

    def key(post: Post) -> tuple[datetime, int, int]:
        at, head = heads.get((post.case_id, post.account_id, post.kind), (post.scheduled_at, 0))
        return at, head, post.part

    return lambda found: sorted(found, key=key)


def _paused(account: Account) -> dict[str, Any]:
    forever = account.paused_until is not None and account.paused_until >= PAUSED_FOREVER
    return {
        "account": account.name,
        "reason": account.paused_reason,
        "until": None if forever else _iso(account.paused_until),
        "by_operator": account.paused_reason == PAUSED_BY_OPERATOR,
    }


def overdue_posts(session: Session, *, now: datetime) -> Sequence[Post]:
    """Posts that a running daemon would have moved on by now: due and still waiting,
    claimed but not started, left ``sending`` past the lease (its worker died), or
    waiting for a retry whose time has passed. The posts of a resting account wait for
    its pause to end, which `status` reports by itself."""
    late = now - OVERDUE_AFTER
    ready = Post.reply_to_id.is_(None) | Post.reply_to.has(Post.state == PostState.SENT)
    stuck = or_(
        and_(
            Post.state.in_((PostState.PENDING, PostState.CLAIMED)), Post.scheduled_at < late, ready
        ),
        and_(Post.state == PostState.SENDING, Post.lease_until < late),
        and_(Post.state == PostState.RETRY_WAIT, Post.next_attempt_at < late),
    )
    resting = Post.account.has(Account.paused_until > now)
    query = (
        select(Post)
        .where(stuck, ~resting)
        .options(selectinload(Post.case), selectinload(Post.account))
        .order_by(Post.scheduled_at, Post.account_id, Post.kind.desc(), Post.part)
    )
    return thread_order(session, found := session.scalars(query).all())(found)


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
