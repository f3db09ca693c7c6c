"""A stored post as an adapter receives it: its images' bytes, and where it replies."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import Connection, exists, select
from sqlalchemy.orm import Session, aliased

from publisher.adapters.base import OutgoingImage, OutgoingPost, Poll, RemoteRef
from publisher.schedule.themes import Theme
from publisher.store.models import Account, Blob, Case, Post, Slot

_MIME = {"PNG": "image/png", "JPEG": "image/jpeg"}


@dataclass(frozen=True)
class PostView:
    """What sending one post needs to know, read in one query without ORM objects:
    every post goes through here, so it is kept lean."""

    id: int
    case_id: int
    account_id: int
    kind: str
    part: int
    parts: int
    text: str
    spoiler: str | None
    media: list[Any]
    poll: dict[str, Any] | None
    tally: dict[str, Any] | None  # a quiz answer's tally placeholder (publisher.dispatch.quiz)
    reply_to_id: int | None
    idempotency_key: str
    prepared: dict[str, Any]
    attempts: int
    updated_at: datetime
    state: str
    remote_url: str | None
    last_error: str | None
    case_slug: str
    case_status: str
    account_name: str
    stored_capabilities: dict[str, Any]
    slot_theme: str
    slot_timezone: str
    slot_at: datetime
    has_followers: bool  # a later part or the answer waits for this post


_Follower = aliased(Post)
_VIEW = select(
    Post.id, Post.case_id, Post.account_id, Post.kind, Post.part, Post.parts, Post.text,
    Post.spoiler, Post.media, Post.poll, Post.tally, Post.reply_to_id, Post.idempotency_key,
    Post.prepared, Post.attempts, Post.updated_at, Post.state, Post.remote_url, Post.last_error,
    Case.slug, Case.status, Account.name, Account.capabilities, Slot.theme, Slot.timezone,
    Slot.scheduled_at,
    exists().where(_Follower.reply_to_id == Post.id).label("has_followers"),
).join(Case, Post.case_id == Case.id).join(Account, Post.account_id == Account.id).join(
    Slot, Post.slot_id == Slot.id
)  # fmt: skip


def load_post(db: Session | Connection, post_id: int) -> PostView:
    """One post with what its case, account and slot tell about it, in one query."""
    row = db.execute(_VIEW.where(Post.id == post_id)).one()
    return PostView(*row)


def load_posts(db: Session | Connection, ids: list[int]) -> dict[int, PostView]:
    """Several posts (a claimed batch) in one query."""
    return {row[0]: PostView(*row) for row in db.execute(_VIEW.where(Post.id.in_(ids)))}


def outgoing(db: Connection, post: PostView) -> OutgoingPost:
    """The post exactly as stored at planning time, plus the posts it replies to."""
    thread: dict[int, Any] = {}
    if post.reply_to_id is not None:  # one query for the whole thread, however long
        query = select(
            Post.id, Post.reply_to_id, Post.remote_id, Post.remote_url, Post.remote_meta
        ).where(Post.case_id == post.case_id, Post.account_id == post.account_id)
        thread = {row.id: row for row in db.execute(query)}
    parent = thread.get(post.reply_to_id) if post.reply_to_id else None
    root = parent
    while root is not None and root.reply_to_id in thread:
        root = thread[root.reply_to_id]
    poll = None
    if post.poll:
        poll = Poll(
            tuple(post.poll["options"]), int(post.poll.get("duration_hours", 24)),
            post.poll.get("correct"), str(post.poll.get("explanation") or ""),
        )  # fmt: skip
    return OutgoingPost(
        post_id=post.id, case=post.case_slug, kind=post.kind, part=post.part, parts=post.parts,
        text=post.text, spoiler=post.spoiler, images=_images(db, post), poll=poll,
        reply_to=_ref(parent), thread_root=_ref(root), idempotency_key=post.idempotency_key,
        created_at=post.updated_at, prepared=dict(post.prepared),
    )  # fmt: skip


def _images(db: Connection, post: PostView) -> tuple[OutgoingImage, ...]:
    if not post.media:
        return ()
    hashes = [m["sha256"] for m in post.media]
    query = select(Blob.sha256, Blob.data, Blob.format, Blob.width, Blob.height)
    blobs = {b.sha256: b for b in db.execute(query.where(Blob.sha256.in_(hashes)))}
    return tuple(
        OutgoingImage(
            data=blobs[m["sha256"]].data,
            mime=_MIME.get(blobs[m["sha256"]].format, "application/octet-stream"),
            alt=m["alt"],
            spoiler=bool(m.get("spoiler")),
            width=blobs[m["sha256"]].width,
            height=blobs[m["sha256"]].height,
        )
        for m in post.media
    )


def _ref(row: Any) -> RemoteRef | None:
    if row is None or row.remote_id is None:
        return None
    return RemoteRef(row.remote_id, row.remote_url or "", dict(row.remote_meta))


def answer_at(themes: dict[str, Theme], post: PostView, sent_at: datetime) -> datetime | None:
    """When the answer to a prompt sent at ``sent_at`` goes out, by its theme's rule;
    None when the theme has left the config (the planned delay is kept then)."""
    theme = themes.get(post.slot_theme)
    if theme is None:
        return None
    return theme.answer_rule.answer_time(sent_at, ZoneInfo(post.slot_timezone))
