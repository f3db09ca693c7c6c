"""What an operator does to posts: list, show, retry, cancel, and resolve the ones the
platform could not account for. Each verb runs its own transaction and returns data."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from publisher.config import Settings
from publisher.dispatch.outgoing import answer_at, load_post
from publisher.metrics.storage import latest_counts
from publisher.store import Store, posts, reports


@dataclass(frozen=True)
class Changed:
    """What one operator action did: the posts it touched, the one named first."""

    post_id: int | None
    count: int  # posts changed, the named one included
    state: str  # what they became


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
        restored = sum(posts.retry_post(session, post, now=now) for post in targets)
    return Changed(post_id, restored, "pending")


def cancel(store: Store, post_id: int, *, now: datetime) -> Changed:
    """Cancel a post that has not gone out; its answer is cancelled with it."""
    with store.session() as session:
        post = posts.get_post(session, post_id)
        more = posts.cancel_post(session, post, now=now, reason="cancelled by an operator")
    return Changed(post_id, 1 + more, "cancelled")


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
