"""The dispatch engine: the one place that knows the store, the adapters and the
retry policy. `publisher run` and `publisher dispatch` both drive it.

Each transition is its own transaction, and the move to ``sending`` is
committed before the network call, so a crash leaves a trace that the next
worker reconciles through the platform instead of sending blindly again.
"""

from __future__ import annotations

import logging
import os
import random
import socket
from collections.abc import Callable, Iterable, Mapping
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import datetime, timedelta
from threading import Event as Flag
from threading import Lock
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from publisher.adapters import build_adapter
from publisher.adapters.base import (
    Adapter,
    AdapterError,
    AuthError,
    OutgoingImage,
    OutgoingPost,
    Poll,
    PublishResult,
    RateLimitedError,
    RejectedError,
    RemoteRef,
    TransientError,
)
from publisher.clock import Clock
from publisher.config import Settings
from publisher.errors import PublisherError
from publisher.models import Account, Blob, CaseStatus, Post, PostState, Worker
from publisher.planning import sync_accounts
from publisher.store import Store
from publisher.store import posts as q
from publisher.themes import Theme

log = logging.getLogger("publisher.dispatch")
S = PostState
# Claims per round: two sends per slot of concurrency, so that several daemons share
# a burst instead of the first one taking it all.
_CLAIMS_PER_WORKER = 2
_MAX_ROUNDS = 1000  # a thread of parts needs one round per part; this only stops a runaway


@dataclass(frozen=True)
class Event:
    """What happened to one post, for logs and for `dispatch` / `demo` output."""

    post_id: int
    case: str
    account: str
    kind: str
    part: int
    parts: int
    state: str
    at: datetime
    url: str | None = None
    error: str | None = None
    text: str = ""


def worker_id(mode: str) -> Worker:
    host = socket.gethostname()
    pid = os.getpid()
    return Worker(
        id=f"{host}:{pid}:{random.getrandbits(24):06x}", hostname=host, pid=pid, mode=mode
    )


class Engine:
    """Sends what is due. ``clock`` is the only source of time."""

    def __init__(
        self,
        store: Store,
        settings: Settings,
        *,
        clock: Clock,
        mode: str = "dispatch",
        env: Mapping[str, str] | None = None,
        on_event: Callable[[Event], None] | None = None,
    ) -> None:
        self.store = store
        self.settings = settings
        self.clock = clock
        self.env = os.environ if env is None else env
        self.worker = worker_id(mode)
        self.on_event = on_event or _log_event
        self.dispatch_conf = settings.dispatch
        self.lease = settings.dispatch.duration("lease")
        self._adapters: dict[str, Adapter] = {}
        self._adapter_lock = Lock()
        self._themes = {t.key: t for t in settings.themes}
        self._started = False
        self._stop = Flag()

    def request_stop(self) -> None:
        """Finish the post in flight, start no other (SIGTERM / SIGINT)."""
        self._stop.set()

    # -- the cycle ---------------------------------------------------------------

    def dispatch(self, *, catch_up: bool | None = None) -> list[Event]:
        """One pass: reconcile what crashed, settle what is overdue, send what is due."""
        self._start()
        events = self.reconcile()
        events += self.settle_overdue(
            self.settings.schedule.catch_up if catch_up is None else catch_up
        )
        for _ in range(_MAX_ROUNDS):
            if self._stop.is_set():
                break
            with self.store.session() as session:
                ids = q.claim_due(
                    session, worker=self.worker.id, now=self.clock.now(), lease=self.lease,
                    limit=self.dispatch_conf.concurrency * _CLAIMS_PER_WORKER,
                )  # fmt: skip
            if not ids:
                break
            events += self._send_all(ids)
        self.tick()
        return events

    def _start(self) -> None:
        if self._started:
            return
        now = self.clock.now()
        self.worker.started_at = now
        self.worker.last_tick_at = now
        with self.store.session() as session:
            sync_accounts(session, self.settings, now=now)
            q.heartbeat(session, self.worker, now)
        self._started = True

    def tick(self) -> None:
        with self.store.session() as session:
            q.heartbeat(session, self.worker, self.clock.now())

    def next_wakeup(self) -> datetime | None:
        with self.store.session() as session:
            return q.next_wakeup(session, now=self.clock.now())

    def stop(self) -> int:
        """Give back unstarted claims and close the adapters; returns claims released."""
        now = self.clock.now()
        with self.store.session() as session:
            released = q.release_claims(session, worker=self.worker.id, now=now)
            row = session.get(Worker, self.worker.id)
            if row is not None:
                row.stopped_at = now
        for adapter in self._adapters.values():
            adapter.close()
        self._adapters.clear()
        return released

    # -- overdue and crashed posts ---------------------------------------------------

    def settle_overdue(self, catch_up: bool) -> list[Event]:
        """Prompts later than the grace: missed, or with catch-up spaced out per account."""
        now = self.clock.now()
        grace = self.settings.schedule.grace
        events = []
        with self.store.session() as session:
            q.expire_claims(session, now=now)
            overdue = q.overdue_heads(session, before=now - grace)
            per_account: dict[int, int] = {}
            for post in overdue:
                if catch_up:
                    n = per_account.get(post.account_id, 0)
                    per_account[post.account_id] = n + 1
                    post.scheduled_at = now + n * self.settings.schedule.spacing
                    post.updated_at = now
                    continue
                late = now - post.scheduled_at
                reason = f"{_human(late)} late, past the grace of {_human(grace)}"
                q.fail(session, post, reason=reason, now=now, state=S.MISSED)
                events.append(self._event(post, S.MISSED, now, error=post.last_error))
        for event in events:
            self.on_event(event)
        return events

    def reconcile(self) -> list[Event]:
        """Posts a dead worker left in ``sending``: ask the platform what happened."""
        now = self.clock.now()
        with self.store.session() as session:
            ids = q.take_over_stale_sends(session, worker=self.worker.id, now=now, lease=self.lease)
        return [e for post_id in ids if (e := self._reconcile_one(post_id)) is not None]

    def _reconcile_one(self, post_id: int) -> Event | None:
        with self.store.session() as session:
            post = _load(session, post_id)
            outgoing = _outgoing(session, post)
            account = post.account
        try:
            found = self._adapter(account).find_sent(outgoing)
        except (TransientError, RateLimitedError, AuthError) as exc:
            # The platform is away for now: keep the post as it is and ask again later.
            log.warning("post=%s cannot reconcile yet: %s", post_id, exc)
            return None
        except (AdapterError, PublisherError) as exc:
            return self._finish(post_id, _unknown(f"sent or not, the platform cannot tell: {exc}"))
        if found is None:  # surely not on the platform: send it again, normally
            return self._finish(post_id, self._retry("interrupted before it was sent"))
        return self._finish(post_id, lambda s, p, now: self._mark_sent(s, p, found, now))

    # -- sending ---------------------------------------------------------------------

    def _send_all(self, ids: list[int]) -> list[Event]:
        with self.store.session() as session:
            rows = session.execute(
                select(Post.id, Account.name)
                .join(Account)
                .where(Post.id.in_(ids))
                .order_by(Post.scheduled_at, Post.id)
            ).all()
        by_account: dict[str, list[int]] = {}
        for post_id, name in rows:
            by_account.setdefault(name, []).append(post_id)
        if len(by_account) == 1 or self.dispatch_conf.concurrency == 1:
            return [e for group in by_account.values() for e in self._send_account(group)]
        workers = min(self.dispatch_conf.concurrency, len(by_account))
        with ThreadPoolExecutor(max_workers=workers, thread_name_prefix="send") as pool:
            results = pool.map(self._send_account, by_account.values())
            return [e for group in results for e in group]

    def _send_account(self, ids: Iterable[int]) -> list[Event]:
        """One account's posts in order; one failing post never stops the others."""
        events = []
        for post_id in ids:
            if self._stop.is_set():
                break  # the rest stay claimed and stop() gives them back
            try:
                event = self._send_one(post_id)
            except Exception as exc:  # a bug must not stop the daemon: log and retry later
                log.exception("post=%s unexpected error", post_id)
                reason = f"unexpected error: {exc!r}"
                event = self._finish(post_id, self._retry(reason, at=self._backoff(1)))
            if event is not None:
                events.append(event)
        return events

    def _send_one(self, post_id: int) -> Event | None:
        with self.store.session() as session:
            post = _load(session, post_id)
            account = post.account
            outgoing = _outgoing(session, post)
        if post.case.status != CaseStatus.APPROVED:
            # Its text changed or it was retired after planning: nothing unapproved goes out.
            reason = f"case {post.case.slug} is {post.case.status}, no longer approved"
            return self._finish(post_id, self._failed(reason, state=S.CANCELLED))
        try:
            adapter = self._adapter(account)
        except PublisherError as exc:  # not configured, or its client is not installed
            return self._pause(post_id, account, f"cannot use the account: {_with_hint(exc)}")
        prepared = dict(post.prepared) or adapter.prepare(outgoing)
        outgoing = _with_prepared(outgoing, prepared)
        with self.store.session() as session:
            started = q.begin_send(
                session, post_id, worker=self.worker.id, now=self.clock.now(), lease=self.lease,
                prepared=prepared,
            )  # fmt: skip
        if not started:
            return None
        try:
            result = adapter.send(outgoing)
        except RateLimitedError as exc:
            at = exc.retry_after or self._backoff(post.attempts + 1)
            return self._finish(post_id, self._retry(f"rate limited: {exc}", at=at, refund=True))
        except AuthError as exc:
            return self._pause(post_id, account, f"credentials refused: {exc}")
        except TransientError as exc:
            return self._transient(
                post_id, post.attempts + 1, str(exc), answer=post.kind == "answer"
            )
        except (RejectedError, AdapterError) as exc:
            return self._finish(post_id, self._failed(str(exc)))
        except PublisherError as exc:  # the account cannot work as set up (a missing extra)
            return self._pause(post_id, account, f"cannot use the account: {_with_hint(exc)}")
        if not result.remote_id:
            reason = "the platform reported success but gave no post id"
            return self._finish(post_id, self._failed(reason))
        return self._finish(post_id, lambda s, p, now: self._mark_sent(s, p, result, now))

    # -- transitions ---------------------------------------------------------------------

    def _finish(self, post_id: int, change: Callable[[Session, Post, datetime], object]) -> Event:
        now = self.clock.now()
        with self.store.session() as session:
            post = _load(session, post_id)
            change(session, post, now)
            event = self._event(post, post.state, now, url=post.remote_url, error=post.last_error)
        self.on_event(event)
        return event

    def _mark_sent(
        self, session: Session, post: Post, result: PublishResult, now: datetime
    ) -> None:
        q.mark_sent(session, post, result, now=now, answer_time=answer_times(self._themes))

    def _retry(
        self, reason: str, *, at: datetime | None = None, refund: bool = False
    ) -> Callable[[Session, Post, datetime], None]:
        def change(session: Session, post: Post, now: datetime) -> None:
            q.retry_later(
                session, post, reason=reason, at=max(at or now, now), now=now, refund=refund
            )

        return change

    def _failed(
        self, reason: str, *, state: str = S.FAILED
    ) -> Callable[[Session, Post, datetime], int]:
        return lambda session, post, now: q.fail(session, post, reason=reason, now=now, state=state)

    def _transient(self, post_id: int, attempts: int, reason: str, *, answer: bool) -> Event:
        # An answer whose prompt is out keeps trying: a thread must not stay unanswered.
        if attempts >= self.dispatch_conf.max_attempts and not answer:
            return self._finish(
                post_id, self._failed(f"gave up after {attempts} attempts: {reason}")
            )
        return self._finish(post_id, self._retry(reason, at=self._backoff(attempts)))

    def _backoff(self, attempts: int) -> datetime:
        """Exponential, capped, with jitter so that many daemons do not retry in step."""
        base = self.dispatch_conf.duration("retry_base")
        cap = self.dispatch_conf.duration("retry_max")
        delay = min(cap, base * 2 ** max(attempts - 1, 0))
        return self.clock.now() + delay * random.uniform(0.8, 1.2)

    def _pause(self, post_id: int, account: Account, reason: str) -> Event:
        """Credentials refused: the account rests, and this attempt does not count."""
        now = self.clock.now()
        until = now + self.dispatch_conf.duration("auth_pause")
        with self.store.session() as session:
            q.pause_account(session, account.id, reason=reason, now=now, until=until)
        log.warning("account=%s paused until %s: %s", account.name, until.isoformat(), reason)
        with self._adapter_lock:
            self._adapters.pop(account.name, None)  # rebuilt with fresh settings later
        return self._finish(post_id, self._retry(reason, at=until, refund=True))

    def _adapter(self, account: Account) -> Adapter:
        with self._adapter_lock:
            if account.name not in self._adapters:
                conf = self.settings.accounts.get(account.name)
                if conf is None:
                    raise PublisherError(f"account {account.name!r} is not in the config")
                self._adapters[account.name] = build_adapter(
                    conf, source=self.settings.source, env=self.env,
                    state_dir=self.settings.state_dir, limits=account.limits,
                )  # fmt: skip
            return self._adapters[account.name]

    def _event(
        self,
        post: Post,
        state: str,
        at: datetime,
        *,
        url: str | None = None,
        error: str | None = None,
    ) -> Event:
        return Event(
            post_id=post.id, case=post.case.slug, account=post.account.name, kind=post.kind,
            part=post.part, parts=post.parts, state=state, at=at, url=url, error=error,
            text=post.text,
        )  # fmt: skip


def answer_times(themes: Mapping[str, Theme]) -> Callable[[Post, datetime], datetime]:
    """When an answer goes out for a prompt sent at a given moment: the theme's rule
    applied to the real send time (or, for a theme since removed, the planned delay)."""

    def answer_time(answer: Post, sent_at: datetime) -> datetime:
        slot = answer.slot
        theme = themes.get(slot.theme)
        if theme is not None:
            return theme.answer_rule.answer_time(sent_at, ZoneInfo(slot.timezone))
        return sent_at + (answer.scheduled_at - slot.scheduled_at)

    return answer_time


def _with_hint(exc: PublisherError) -> str:
    return f"{exc.message} ({exc.hint})" if exc.hint else exc.message


def _unknown(reason: str) -> Callable[[Session, Post, datetime], None]:
    return lambda session, post, now: q.mark_unknown(session, post, reason=reason, now=now)


def _load(session: Session, post_id: int) -> Post:
    post = session.scalar(
        select(Post)
        .where(Post.id == post_id)
        .options(selectinload(Post.case), selectinload(Post.account), selectinload(Post.slot))
    )
    assert post is not None
    return post


def _outgoing(session: Session, post: Post) -> OutgoingPost:
    """The post exactly as stored at planning time, plus where it replies."""
    hashes = [m["sha256"] for m in post.media]
    blobs = {b.sha256: b for b in session.scalars(select(Blob).where(Blob.sha256.in_(hashes)))}
    images = tuple(
        OutgoingImage(
            data=blobs[m["sha256"]].data, mime=_mime(blobs[m["sha256"]].format), alt=m["alt"],
            width=blobs[m["sha256"]].width, height=blobs[m["sha256"]].height,
        )
        for m in post.media
    )  # fmt: skip
    parent = post.reply_to
    root = parent
    while root is not None and root.reply_to is not None:
        root = root.reply_to
    poll = (
        Poll(tuple(post.poll["options"]), int(post.poll.get("duration_hours", 24)))
        if post.poll
        else None
    )
    return OutgoingPost(
        post_id=post.id, case=post.case.slug, kind=post.kind, part=post.part, parts=post.parts,
        text=post.text, spoiler=post.spoiler, images=images, poll=poll,
        reply_to=_ref(parent), thread_root=_ref(root), idempotency_key=post.idempotency_key,
        created_at=post.updated_at, prepared=dict(post.prepared),
    )  # fmt: skip


def _with_prepared(post: OutgoingPost, prepared: dict[str, str]) -> OutgoingPost:
    from dataclasses import replace

    return replace(post, prepared=prepared)


def _ref(post: Post | None) -> RemoteRef | None:
    if post is None or post.remote_id is None:
        return None
    return RemoteRef(post.remote_id, post.remote_url or "", dict(post.remote_meta))


def _mime(fmt: str) -> str:
    return {"PNG": "image/png", "JPEG": "image/jpeg"}.get(fmt, "application/octet-stream")


def _human(delta: timedelta) -> str:
    minutes = int(delta.total_seconds() // 60)
    if minutes < 120:
        return f"{minutes} min"
    hours = minutes // 60
    return f"{hours} h" if hours < 48 else f"{hours // 24} days"


def _log_event(event: Event) -> None:
    level = logging.WARNING if event.state in (S.FAILED, S.UNKNOWN, S.MISSED) else logging.INFO
    parts = f" part={event.part}/{event.parts}" if event.parts > 1 else ""
    log.log(
        level,
        "post=%s case=%s account=%s kind=%s%s state=%s%s%s",
        event.post_id, event.case, event.account, event.kind, parts, event.state,
        f" url={event.url}" if event.url else "",
        f" error={event.error}" if event.error and event.state != S.SENT else "",
        extra={"event": event},
    )  # fmt: skip
