"""A quiz's answer gains its poll's tally just before it goes out.

The answer was planned with a placeholder line (see ``publisher.metrics.tally``). Here
the poll is read through the account's adapter and the line filled in; when the tally
cannot be read (the platform refused, nobody voted, the line would not fit) the line is
taken out instead, the answer goes out on time without it, and the log says why. The
text decided here is stored before the network call, so a retry sends the same text.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, replace
from datetime import datetime

from sqlalchemy import Connection

from publisher.adapters.base import Adapter, Capabilities, Counts
from publisher.dispatch.outgoing import PostView
from publisher.errors import PublisherError
from publisher.metrics import storage as stored
from publisher.metrics import tally as tallies
from publisher.metrics.snapshots import TALLY
from publisher.render import markup
from publisher.render.length import fits, measure
from publisher.store.models import Post
from publisher.store.posts import update_posts

log = logging.getLogger("publisher.dispatch")


@dataclass(frozen=True)
class Filled:
    """The answer's text with its tally filled in (or taken out), and what was read."""

    text: str
    line: str | None  # the tally as sent; None: the answer goes without one
    why: str  # what the log says
    poll_post: int | None = None
    counts: Counts | None = None


def fill_answer(db: Connection, adapter: Adapter, post: PostView) -> Filled | None:
    """The answer's final text; None when it holds no placeholder (filled on an earlier
    try, or planned without a tally)."""
    if not post.tally:
        return None
    plan = tallies.Tally.from_json(post.tally)
    if plan.line not in post.text:
        return None
    found = stored.poll_post(db, case_id=post.case_id, account_id=post.account_id)
    if found is None:
        return _without(post, plan, adapter.capabilities, "the poll is not on record as sent")
    poll_post, ref = found
    try:
        counts = adapter.read_poll(ref)
    except PublisherError as exc:
        return _without(post, plan, adapter.capabilities, f"the poll could not be read: {exc}")
    except Exception as exc:  # a bug in reading must not hold the answer back
        log.error("post=%s reading the poll failed", post.id, exc_info=exc)
        return _without(post, plan, adapter.capabilities, f"the poll could not be read: {exc!r}")
    if counts is None or counts.poll is None:
        return _without(post, plan, adapter.capabilities, "the platform gave no tally for the poll")
    return _filled(post, plan, adapter.capabilities, counts, poll_post)


def _filled(
    post: PostView, plan: tallies.Tally, capabilities: Capabilities, counts: Counts, poll_post: int
) -> Filled:
    assert counts.poll is not None
    try:
        line = tallies.fill(plan.template, plan.letter, plan.option, counts.poll, plan.correct)
    except ValueError as exc:
        found = _without(post, plan, capabilities, str(exc))
        return replace(found, poll_post=poll_post, counts=counts)
    text = tallies.replaced(post.text, plan.line, markup.finish(line, capabilities))
    if not fits(text, _answer_caps(capabilities, post)):
        found = _without(post, plan, capabilities, "the tally would not fit the post")
        return replace(found, poll_post=poll_post, counts=counts)
    return Filled(text, line, "read", poll_post, counts)


def _without(post: PostView, plan: tallies.Tally, capabilities: Capabilities, why: str) -> Filled:
    return Filled(tallies.without(post.text, plan.line, capabilities.spoiler_markup), None, why)


def _answer_caps(capabilities: Capabilities, post: PostView) -> Capabilities:
    """The limit the answer part is held to; a content warning counts toward it."""
    limit = capabilities.text_limit
    if capabilities.reply_text_limit is not None:
        limit = min(limit, capabilities.reply_text_limit)
    if capabilities.spoiler and post.spoiler:
        limit -= measure(post.spoiler, capabilities)
    return replace(capabilities, text_limit=limit)


def store_filled(db: Connection, post: PostView, filled: Filled, *, now: datetime) -> None:
    """Keep the decided text (and the tally read) in the transaction that starts the send."""
    note = dict(post.tally or {}, sent=filled.line, why=filled.why)
    posts_table = update_posts()
    db.execute(posts_table.where(Post.id == post.id).values(text=filled.text, tally=note))
    if filled.counts is not None and filled.poll_post is not None:
        stored.record(db, [(filled.poll_post, TALLY, filled.counts, now)])


def tell(post: PostView, filled: Filled) -> None:
    """The log line: the tally as sent, or why the answer goes without it."""
    if filled.line is not None:
        log.info("post=%s case=%s quiz tally: %s", post.id, post.case_slug, filled.line)
    else:
        log.warning(
            "post=%s case=%s the answer goes without the quiz tally: %s",
            post.id, post.case_slug, filled.why,
        )  # fmt: skip
