"""What an operator does to posts: list, show, retry, cancel, and resolve the ones the
platform could not account for. Each verb runs its own transaction and returns data."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import datetime
from typing import Any

from publisher.config import Settings
from publisher.dispatch.outgoing import answer_at, load_post
from publisher.dispatch.states import PostKind
from publisher.errors import InvalidStateError
from publisher.metrics.storage import latest_counts
from publisher.schedule.booking import label, threads
from publisher.schedule.reconcile import Thread
from publisher.store import Store, posts, reports
from publisher.store.models import Post, Slot


@dataclass(frozen=True)
class Changed:
    """What one operator action did: the posts it touched, the one named first."""

    post_id: int | None
    count: int  # posts changed, the named one included
    state: str  # what they became
    freed: str | None = None  # cancel: the day left free for `plan` to refill
    at: datetime | None = None  # retry: the planned time it keeps, while that is ahead
    zone: str | None = None  # the time zone of its day

    def as_dict(self) -> dict[str, Any]:
        return {**asdict(self), "at": self.at.isoformat() if self.at else None}


def list_posts(
    store: Store, *, state: str | None = None, account: str | None = None, limit: int = 200
) -> list[dict[str, Any]]:
    """Posts in time order, a JSON-ready row each."""
    with store.session() as session:
        found = reports.list_posts(session, state=state, account=account, limit=limit)
        counts = latest_counts(session, [p.id for p in found])  # each post's latest snapshot
        return [{**reports.post_row(p), "counts": counts.get(p.id)} for p in found]


def show_post(store: Store, post_id: int) -> dict[str, Any]:
    """One post with its text, spoiler and media."""
    with store.session() as session:
        post = posts.get_post(session, post_id)
        counts = latest_counts(session, [post.id]).get(post.id)
        return {**reports.post_row(post), "text": post.text, "spoiler": post.spoiler,
                "media": post.media, "counts": counts}  # fmt: skip


def retry(
    store: Store, post_id: int | None, *, now: datetime, account: str | None = None
) -> Changed:
    """Queue one post again, or (``post_id`` None) every failed post, of one account if
    given; what a post took down with it comes back too."""
    with store.session() as session:
        if post_id is not None:
            targets = [posts.get_post(session, post_id)]
        else:
            targets = list(
                reports.list_posts(session, state="failed", account=account, limit=100_000)
            )
        for post in targets:
            _back_in_its_slot(post)
        named = targets[0] if post_id is not None else None
        ahead = named is not None and named.scheduled_at > now
        restored = sum(posts.retry_post(session, post, now=now) for post in targets)
        at = named.scheduled_at if named is not None and ahead else None
        zone = named.slot.timezone if named is not None else None
    return Changed(post_id, restored, "pending", at=at, zone=zone)


def cancel(store: Store, post_id: int, *, now: datetime, keep_slot: bool = False) -> Changed:
    """Cancel a post that has not gone out; its answer is cancelled with it. A prompt's
    day is left free for `plan` to refill (unless ``keep_slot``) once no account posts
    the case there any more."""
    with store.session() as session:
        post = posts.get_post(session, post_id)
        more = posts.cancel_post(session, post, now=now, reason="cancelled by an operator")
        session.flush()
        freed = None if keep_slot or post.kind != PostKind.PROMPT else _free(post.slot)
    return Changed(post_id, 1 + more, "cancelled", freed=freed)


def _free(slot: Slot) -> str | None:
    """Take the case out of its slot when none of its threads there waits or went out."""
    states = set(threads(slot).values())
    if slot.case_id is None or states & {Thread.WAITING, Thread.STARTED}:
        return None
    slot.case_id, slot.case = None, None
    return label(slot)


def _back_in_its_slot(post: Post) -> None:
    """A cancelled prompt whose day was freed takes that day back, while nobody else has."""
    slot = post.slot
    if post.kind != PostKind.PROMPT or slot.case_id == post.case_id:
        return
    if slot.case_id is not None:
        raise InvalidStateError(
            f"post #{post.id}: its day, {label(slot)}, now holds another case",
            hint=f"plan it on another day: publisher cases move {post.case.slug} YYYY-MM-DD",
        )
    slot.case_id = post.case_id


def resolve(
    store: Store,
    settings: Settings,
    post_id: int,
    *,
    now: datetime,
    sent_url: str | None,
    remote_id: str | None = None,
) -> Changed:
    """A person says what became of a post in state ``unknown``: sent (at ``sent_url``),
    in which case its answer follows by its theme's rule, or not sent (queued again)."""
    themes = {t.key: t for t in settings.themes}
    with store.session() as session:
        post = posts.get_post(session, post_id)
        view = load_post(session, post_id)
        posts.resolve(session, post, now=now, sent_url=sent_url, remote_id=remote_id,
                      answer_at=answer_at(themes, view, now))  # fmt: skip
    return Changed(post_id, 1, "sent" if sent_url else "pending")
