"""Engagement in the database: which sent posts are due a snapshot of their counts, the
snapshots themselves, accounts whose collection waits, and the rows the report reads.
Each function runs in the caller's transaction."""

from __future__ import annotations

from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any, cast

from sqlalchemy import Connection, Table, exists, or_, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from publisher.adapters.base import Counts, RemoteRef
from publisher.metrics.portfolio import PostRecord
from publisher.metrics.snapshots import Snapshot, label
from publisher.store.models import (
    Account,
    Case,
    MetricSnapshot,
    Post,
    PostState,
    Slot,
)

_S = MetricSnapshot.__table__.c
_DUE_COLUMNS = (
    Post.id, Post.account_id, Account.name, Post.remote_id, Post.remote_url, Post.remote_meta,
    Post.sent_at,
)  # fmt: skip
_RECORD_COLUMNS = (
    Post.id, Post.kind, Post.part, Post.sent_at, Post.remote_url, Post.poll, Case.slug,
    Case.title, Case.section, Case.quiz, Slot.hashtag, Account.name, Account.adapter,
)  # fmt: skip


@dataclass(frozen=True)
class Due:
    """A sent post due a snapshot: which one, of which account, under which label."""

    post_id: int
    account_id: int
    account: str
    label: str
    ref: RemoteRef
    sent_at: datetime


def due_snapshots(
    db: Session | Connection,
    *,
    now: datetime,
    ages: Sequence[timedelta],
    accounts: Collection[str] | None = None,
) -> list[Due]:
    """Sent posts whose snapshot at one of ``ages`` is due and not taken, oldest first,
    of accounts whose collection is not waiting. A post whose next age has come as well
    (the collector was away) gets only that one: a late "1h" would tell a day's counts."""
    ordered = sorted(ages)
    found: list[Due] = []
    for index, age in enumerate(ordered):
        name = label(age)
        query = (
            select(*_DUE_COLUMNS)
            .join(Account, Post.account_id == Account.id)
            .where(
                Post.state == PostState.SENT,
                Post.remote_id.is_not(None),
                Post.sent_at <= now - age,
                or_(Account.metrics_after.is_(None), Account.metrics_after <= now),
                ~exists().where(_S.post_id == Post.id, _S.label == name),
            )
        )
        if index + 1 < len(ordered):
            query = query.where(Post.sent_at > now - ordered[index + 1])
        if accounts is not None:
            query = query.where(Account.name.in_(list(accounts)))
        for row in db.execute(query):
            ref = RemoteRef(str(row.remote_id), row.remote_url or "", dict(row.remote_meta or {}))
            found.append(Due(row.id, row.account_id, row.name, name, ref, row.sent_at))
    found.sort(key=lambda d: (d.sent_at, d.post_id))
    return found


def record(
    db: Session | Connection, items: Iterable[tuple[int, str, Counts | None, datetime]]
) -> int:
    """Store (post id, label, counts, when read) snapshots; counts None: the post is gone.
    A snapshot another worker stored first is kept as it is. Returns the rows given."""
    rows = [_row(*item) for item in items]
    if not rows:
        return 0
    dialect = db.get_bind().dialect.name if isinstance(db, Session) else db.dialect.name
    table = cast(Table, MetricSnapshot.__table__)
    if dialect == "postgresql":
        statement: Any = postgresql.insert(table).on_conflict_do_nothing()
    elif dialect == "sqlite":
        statement = sqlite.insert(table).on_conflict_do_nothing()
    else:  # another database: skip what is there, then insert the rest
        statement = table.insert()
        taken = {
            (r.post_id, r.label)
            for r in db.execute(
                select(_S.post_id, _S.label).where(_S.post_id.in_([r["post_id"] for r in rows]))
            )
        }
        rows = [r for r in rows if (r["post_id"], r["label"]) not in taken]
        if not rows:
            return 0
    db.execute(statement, rows)
    return len(rows)


def _row(post_id: int, name: str, counts: Counts | None, now: datetime) -> dict[str, Any]:
    found = counts is not None
    counts = counts or Counts()
    return {
        "post_id": post_id,
        "label": name,
        "taken_at": now,
        "found": found,
        "likes": counts.likes,
        "reposts": counts.reposts,
        "replies": counts.replies,
        "quotes": counts.quotes,
        "views": counts.views,
        "poll": list(counts.poll) if counts.poll is not None else None,
        "voters": counts.voters,
        "extra": dict(counts.extra),
    }


def defer(session: Session, account_id: int, *, until: datetime, reason: str) -> None:
    """The account's collection waits until ``until`` (a rate limit, refused credentials)."""
    session.execute(
        update(Account)
        .where(Account.id == account_id)
        .values(metrics_after=until, metrics_error=reason)
    )


def clear_deferral(db: Session | Connection, account_id: int) -> None:
    """The account's collection waits no more (a batch was read)."""
    db.execute(
        update(Account)
        .where(Account.id == account_id, Account.metrics_error.is_not(None))
        .values(metrics_after=None, metrics_error=None)
    )


def account_names(session: Session) -> list[str]:
    """Every account the database knows, by name."""
    return list(session.scalars(select(Account.name).order_by(Account.name)))


def snapshots_of(db: Session | Connection, post_ids: Collection[int]) -> dict[int, list[Snapshot]]:
    """Every snapshot of these posts, oldest first."""
    found: dict[int, list[Snapshot]] = {}
    if not post_ids:
        return found
    query = select(MetricSnapshot.__table__).where(_S.post_id.in_(list(post_ids)))
    for row in db.execute(query.order_by(_S.taken_at, _S.id)):
        found.setdefault(row.post_id, []).append(_snapshot(row))
    return found


def _snapshot(row: Any) -> Snapshot:
    return Snapshot(
        label=row.label, taken_at=row.taken_at, found=bool(row.found), likes=row.likes,
        reposts=row.reposts, replies=row.replies, quotes=row.quotes, views=row.views,
        poll=tuple(row.poll) if row.poll is not None else None, voters=row.voters,
        extra=dict(row.extra or {}),
    )  # fmt: skip


def latest_counts(db: Session | Connection, post_ids: Collection[int]) -> dict[int, dict[str, Any]]:
    """Each post's latest counts as JSON (see Snapshot.counts); posts without any left out."""
    from publisher.metrics.snapshots import latest

    out = {}
    for post_id, snaps in snapshots_of(db, post_ids).items():
        newest = latest(snaps)
        if newest is not None:
            out[post_id] = newest.counts()
    return out


def sent_posts(
    session: Session,
    *,
    first: date | None = None,
    last: date | None = None,
    account: str | None = None,
) -> list[PostRecord]:
    """Every sent post from ``first`` to ``last`` (UTC dates of sending, both included),
    with its case, theme, account and snapshots: what the portfolio is made of."""
    query = (
        select(*_RECORD_COLUMNS)
        .join(Case, Post.case_id == Case.id)
        .join(Slot, Post.slot_id == Slot.id)
        .join(Account, Post.account_id == Account.id)
        .where(Post.state == PostState.SENT, Post.sent_at.is_not(None))
        .order_by(Post.sent_at, Post.id)
    )
    if first is not None:
        query = query.where(Post.sent_at >= _midnight(first))
    if last is not None:
        query = query.where(Post.sent_at < _midnight(last + timedelta(days=1)))
    if account is not None:
        query = query.where(Account.name == account)
    rows = session.execute(query).all()
    snaps = snapshots_of(session, [r.id for r in rows])
    return [_record(r, snaps.get(r.id, [])) for r in rows]


def _record(row: Any, snaps: list[Snapshot]) -> PostRecord:
    quiz = row.quiz or {}
    options = tuple(quiz.get("options") or ())
    correct = "ABCDEFGHIJKL".index(quiz["correct"]) if quiz.get("correct") else None
    return PostRecord(
        post_id=row.id, case=row.slug, title=row.title, section=row.section, theme=row.hashtag,
        account=row.name, platform=row.adapter, kind=row.kind, part=row.part,
        sent_at=row.sent_at, url=row.remote_url or "", has_poll=bool(row.poll),
        quiz_options=options, quiz_correct=correct, snapshots=tuple(snaps),
    )  # fmt: skip


def _midnight(day: date) -> datetime:
    return datetime.combine(day, time(0), UTC)


def poll_post(db: Connection, *, case_id: int, account_id: int) -> tuple[int, RemoteRef] | None:
    """The sent prompt part that carries the quiz's poll, with its remote reference."""
    query = select(
        Post.id, Post.poll, Post.remote_id, Post.remote_url, Post.remote_meta, Post.state
    ).where(Post.case_id == case_id, Post.account_id == account_id, Post.kind == "prompt")
    for row in db.execute(query.order_by(Post.part)):
        if row.poll and row.remote_id and row.state == PostState.SENT:
            ref = RemoteRef(str(row.remote_id), row.remote_url or "", dict(row.remote_meta or {}))
            return row.id, ref
    return None
