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
from collections.abc import Callable, Mapping
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta
from threading import Event as Flag
from threading import Lock
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from sqlalchemy import Connection
from sqlalchemy.orm import Session

from publisher.accounts.sync import sync_accounts
from publisher.adapters import build_adapter
from publisher.adapters.base import (
    ASK_LATER,
    Adapter,
    AdapterError,
    OutgoingPost,
    PublishResult,
)
from publisher.clock import Clock
from publisher.config import Settings
from publisher.dispatch.events import Event, human_delay, log_event, worker_id
from publisher.dispatch.outgoing import PostView, answer_at, load_post, load_posts, outgoing
from publisher.dispatch.policy import Action, Verdict, decide
from publisher.dispatch.quiz import Filled, fill_answer, store_filled, tell
from publisher.errors import PublisherError
from publisher.schedule.rendering import rerender_off_day
from publisher.store import Store, claims, posts
from publisher.store.models import Post, PostState, Worker

if TYPE_CHECKING:
    from publisher.metrics.collector import CollectReport

log = logging.getLogger("publisher.dispatch")
# Posts of one account claimed at once: a claim is a scan of the due queue, so one
# claim serves several sends. They go out in order anyway, so taking them together
# costs no other daemon anything.
_CLAIM_DEPTH = 32
# Collecting counts stops this long before the next post is due: sending comes first, and
# one call to a slow platform may take a minute.
COLLECT_MARGIN = timedelta(minutes=2)


class Dispatcher:
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
        self.on_event = on_event or log_event
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
        events += self._drain()
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
            claims.heartbeat(session, self.worker, now)
        self._started = True

    def tick(self) -> None:
        with self.store.session() as session:
            claims.heartbeat(session, self.worker, self.clock.now())

    def next_wakeup(self) -> datetime | None:
        with self.store.session() as session:
            return claims.next_wakeup(session, now=self.clock.now())

    def collect_metrics(self) -> CollectReport | None:
        """Snapshots of sent posts' counts, in idle time only: nothing starts when a post
        is due within COLLECT_MARGIN, and the collector asks again before each batch."""
        if not self.settings.metrics.collect or self._busy():
            return None
        from publisher.metrics.collector import Collector

        collector = Collector(
            self.store, self.settings, now=self.clock.now, adapter=self._metrics_adapter
        )
        report = collector.collect(should_stop=self._busy)
        if report.taken or report.gone:
            log.info("counts of %d sent post(s) read", report.taken + report.gone)
        return report

    def _busy(self) -> bool:
        """Whether a post may go out within COLLECT_MARGIN (a paused account's cannot)."""
        now = self.clock.now()
        with self.store.session() as session:
            due = posts.next_send(session, now=now)
        return due is not None and due <= now + COLLECT_MARGIN

    def _metrics_adapter(self, name: str) -> Adapter:
        with self.store.session() as session:
            stored = posts.stored_capabilities(session, name)
        return self._adapter(name, stored)

    def stop(self) -> int:
        """Give back unstarted claims and close the adapters; returns claims released."""
        now = self.clock.now()
        with self.store.session() as session:
            released = claims.release_claims(session, worker=self.worker.id, now=now)
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
            claims.expire_claims(session, now=now)
            overdue = posts.overdue_heads(session, before=now - grace)
            per_account: dict[int, int] = {}
            for post in overdue:
                if catch_up:
                    n = per_account.get(post.account_id, 0)
                    per_account[post.account_id] = n + 1
                    self._catch_up(session, post, now + n * self.settings.schedule.spacing, now)
                    continue
                late = now - post.scheduled_at
                reason = f"{human_delay(late)} late, past the grace of {human_delay(grace)}"
                posts.fail(session, post, reason=reason, now=now, state=PostState.MISSED)
                session.flush()
                view = load_post(session, post.id)
                events.append(self._event(view, PostState.MISSED, now, error=reason))
        for event in events:
            self.on_event(event)
        return events

    def _catch_up(self, session: Session, post: Post, at: datetime, now: datetime) -> None:
        """Move an overdue prompt to ``at``; on another local day than its slot's, its
        posts are rendered again without that day's hashtag."""
        slot = post.slot
        if at.astimezone(ZoneInfo(slot.timezone)).date() == slot.local_date:
            post.scheduled_at, post.updated_at = at, now
            return
        rerender_off_day(session, self.settings, post, at=at, now=now)

    def reconcile(self) -> list[Event]:
        """Posts a dead worker left in ``sending``: ask the platform what happened."""
        now = self.clock.now()
        with self.store.session() as session:
            ids = claims.take_over_stale_sends(
                session, worker=self.worker.id, now=now, lease=self.lease
            )
        return [e for post_id in ids if (e := self._reconcile_one(post_id)) is not None]

    def _reconcile_one(self, post_id: int) -> Event | None:
        with self.store.connection() as db:
            post = load_post(db, post_id)
            message = self._wall_times(outgoing(db, post))
        try:
            found = self._adapter(post.account_name, post.stored_capabilities).find_sent(message)
        except ASK_LATER as exc:
            # The platform is away for now: keep the post as it is and ask again later.
            log.warning("post=%s cannot reconcile yet: %s", post_id, exc)
            return None
        except (AdapterError, PublisherError) as exc:
            return self._finish(post_id, _unknown(f"sent or not, the platform cannot tell: {exc}"))
        if found is None:  # surely not on the platform: send it again, normally
            return self._finish(post_id, self._retry("interrupted before it was sent"))
        return self._finish(
            post_id, lambda s, _p, now: self._mark_sent(s.connection(), post, found, now)
        )

    # -- sending ---------------------------------------------------------------------

    def _drain(self) -> list[Event]:
        """Send until nothing is due, with up to ``concurrency`` accounts in flight: each
        account's posts go out in order, and a finished account makes room for the next
        at once, so a slow account holds up no other."""
        limit = self.dispatch_conf.concurrency
        events: list[Event] = []
        running: dict[Future[list[Event]], int] = {}  # an account's batch -> its account id
        with ThreadPoolExecutor(max_workers=limit, thread_name_prefix="send") as pool:
            while running or not self._stop.is_set():
                if not self._stop.is_set() and len(running) < limit:
                    for account_id, ids in self._claim(limit - len(running), running).items():
                        running[pool.submit(self._send_batch, ids)] = account_id
                if not running:
                    break
                done, _ = wait(running, return_when=FIRST_COMPLETED)
                for future in done:
                    del running[future]
                    events += future.result()
        return events

    def _claim(self, free: int, running: Mapping[Future[list[Event]], int]) -> dict[int, list[int]]:
        """Due posts grouped by account, a few per account so one claim serves several sends."""
        now = self.clock.now()
        # A worker that has not ticked for a few poll intervals is gone (or stuck):
        # the others stop leaving its share of a burst to it.
        alive = now - 3 * self.dispatch_conf.duration("poll_interval")
        with self.store.session() as session:
            workers = claims.live_workers(session, me=self.worker.id, since=alive)
            pairs = claims.claim_due(
                session, worker=self.worker.id, now=now, lease=self.lease, accounts=free,
                per_account=_CLAIM_DEPTH, busy=set(running.values()), workers=workers,
            )  # fmt: skip
        batches: dict[int, list[int]] = {}
        for post_id, account_id in pairs:
            batches.setdefault(account_id, []).append(post_id)
        return batches

    def _send_batch(self, ids: list[int]) -> list[Event]:
        """One account's claimed posts, in order; a bug in one must not stop the daemon."""
        carry = _Carry()
        with self.store.connection() as db:
            views = load_posts(db, ids)  # one read for the batch, not one per post
        for post_id in ids:
            if self._stop.is_set():
                break  # the rest stay claimed; stop() gives them back
            view = views[post_id]
            try:
                event = self._send_one(view, carry)
            except Exception as exc:  # a bug: settle what was sent, then this post's fate
                self._settle(carry)
                event = self._after_failure(view, exc)
            if event is not None:
                carry.events.append(event)
        self._settle(carry)
        return carry.events

    def _send_one(self, post: PostView, carry: _Carry) -> Event | None:
        filled = self._fill_answer(post) if post.tally else None
        if filled is not None:
            post = replace(post, text=filled.text)
        started = self._begin(post, carry, filled)
        if not isinstance(started, tuple):
            return started
        message, adapter = started
        post_id = post.id
        try:
            result = adapter.send(message)
        except Exception as exc:
            return self._after_failure(post, exc)
        if not result.remote_id:
            reason = "the platform reported success but gave no post id"
            return self._finish(post_id, self._failed(reason))
        # Recorded in the next post's first transaction (still before its network call),
        # or by _settle when the batch ends: one commit per post instead of two.
        carry.sent = (post, result, self.clock.now())
        return None

    def _fill_answer(self, post: PostView) -> Filled | None:
        """A quiz answer's tally, read just before it goes out (see dispatch.quiz)."""
        try:
            adapter = self._adapter(post.account_name, post.stored_capabilities)
        except PublisherError:
            return None  # _begin reports why the account cannot be used
        with self.store.connection() as db:
            filled = fill_answer(db, adapter, post)
        if filled is not None:
            tell(post, filled)
        return filled

    def _begin(
        self, post: PostView, carry: _Carry, filled: Filled | None = None
    ) -> tuple[OutgoingPost, Adapter] | Event | None:
        """Record the previous post as sent and mark this one ``sending``, in one
        transaction committed before the network call. None when another worker took it."""
        unusable: PublisherError | None = None
        refused = self._unconfigured(post)
        adapter: Adapter | None = None
        started = False
        with self.store.connection() as db:
            settled = self._record_sent(db, carry)
            message = self._wall_times(outgoing(db, post))
            try:
                if refused is None:
                    adapter = self._adapter(post.account_name, post.stored_capabilities)
            except PublisherError as exc:  # not configured, or its client is missing
                unusable = exc
            if adapter is not None:
                prepared = dict(post.prepared) or adapter.prepare(message)
                message = replace(message, prepared=prepared)
                started = posts.begin_send(
                    db, post.id, worker=self.worker.id, now=self.clock.now(),
                    lease=self.lease, prepared=prepared,
                )  # fmt: skip
                if not started:
                    refused = posts.unapproved_case(db, post.id, worker=self.worker.id)
                elif filled is not None:
                    store_filled(db, post, filled, now=self.clock.now())
        self._announce(settled, carry)
        if refused is not None:  # whatever was planned, nothing unapproved goes out
            return self._finish(post.id, self._failed(refused, state=PostState.CANCELLED))
        if unusable is not None or adapter is None:
            return self._after_failure(post, unusable or PublisherError("no adapter"))
        return (message, adapter) if started else None

    def _unconfigured(self, post: PostView) -> str | None:
        """Why a post of an account no longer in the config is cancelled (`plan` releases
        the later ones; this catches those already due)."""
        if post.account_name in self.settings.accounts:
            return None
        return f"account {post.account_name!r} is no longer in the config"

    def _record_sent(self, db: Connection, carry: _Carry) -> Event | None:
        if carry.sent is None:
            return None
        post, result, at = carry.sent
        self._mark_sent(db, post, result, at)
        return self._event(post, PostState.SENT, at, url=result.url)

    def _announce(self, settled: Event | None, carry: _Carry) -> None:
        """After the commit: the sent post is on record, so it may be told."""
        if settled is not None:
            carry.sent = None
            carry.events.append(settled)
            self.on_event(settled)

    def _settle(self, carry: _Carry) -> None:
        """Record a sent post that no later transaction took along."""
        with self.store.connection() as db:
            settled = self._record_sent(db, carry)
        self._announce(settled, carry)

    # -- transitions ---------------------------------------------------------------------

    def _finish(
        self,
        post_id: int,
        change: Callable[[Session, Post, datetime], object],
        *,
        paused: bool = False,
    ) -> Event:
        now = self.clock.now()
        with self.store.session() as session:
            change(session, _orm_post(session, post_id), now)
            session.flush()
            view = load_post(session, post_id)
        event = self._event(view, view.state, now, url=view.remote_url, error=view.last_error)
        event = replace(event, paused=paused)
        self.on_event(event)
        return event

    def _mark_sent(
        self, db: Connection, post: PostView, result: PublishResult, now: datetime
    ) -> None:
        posts.mark_sent(
            db, post.id, posts.Remote(result.remote_id, result.url, result.meta), now=now,
            kind=post.kind,
            answer_at=answer_at(self._themes, post, now), planned_at=post.slot_at,
            followers=post.has_followers,
        )  # fmt: skip

    def _retry(
        self, reason: str, *, at: datetime | None = None, refund: bool = False
    ) -> Callable[[Session, Post, datetime], None]:
        def change(session: Session, post: Post, now: datetime) -> None:
            posts.retry_later(
                session, post, reason=reason, at=max(at or now, now), now=now, refund=refund
            )

        return change

    def _failed(
        self, reason: str, *, state: str = PostState.FAILED
    ) -> Callable[[Session, Post, datetime], int]:
        return lambda session, post, now: posts.fail(
            session, post, reason=reason, now=now, state=state
        )

    def _after_failure(self, post: PostView, error: BaseException) -> Event:
        """A send that failed: what the error says decides what happens (policy's table)."""
        verdict = decide(error)
        if verdict.unexpected:
            log.error("post=%s %s", post.id, verdict.reason, exc_info=error)
        if verdict.action is Action.PAUSE:
            return self._pause(post, verdict.reason)
        if verdict.action is Action.FAIL:
            return self._finish(post.id, self._failed(verdict.reason))
        if verdict.action is Action.PARK:
            return self._finish(post.id, _unknown(verdict.reason))
        if verdict.action is Action.WAIT:
            at = self._wait_until(error, post.attempts + 1)
            return self._finish(post.id, self._retry(verdict.reason, at=at, refund=True))
        return self._finish(post.id, self._counted_retry(verdict, answer=post.kind == "answer"))

    def _counted_retry(
        self, verdict: Verdict, *, answer: bool
    ) -> Callable[[Session, Post, datetime], object]:
        """Retry after a backoff, or give up after ``max_attempts``. An answer whose
        prompt is out keeps trying through network trouble (a thread must not stay
        unanswered), but not through a bug, which would fail every time."""
        limit = self.dispatch_conf.max_attempts

        def change(session: Session, post: Post, now: datetime) -> object:
            if post.state != PostState.SENDING:  # failed before the attempt was recorded
                post.attempts += 1
            if post.attempts >= limit and (verdict.unexpected or not answer):
                reason = f"gave up after {post.attempts} attempts: {verdict.reason}"
                return posts.fail(session, post, reason=reason, now=now)
            at = max(self._backoff(post.attempts), now)
            posts.retry_later(session, post, reason=verdict.reason, at=at, now=now)
            return None

        return change

    def _wait_until(self, error: BaseException, attempts: int) -> datetime:
        """The platform's time, but never later than the configured ceiling: a server
        (or a proxy) that asks for years must not park a post for years."""
        retry_after = getattr(error, "retry_after", None)
        if retry_after is None:
            return self._backoff(attempts)
        ceiling = self.clock.now() + self.dispatch_conf.duration("retry_after_max")
        return min(retry_after, ceiling)

    def _backoff(self, attempts: int) -> datetime:
        """Exponential, capped, with jitter so that many daemons do not retry in step."""
        base = self.dispatch_conf.duration("retry_base")
        cap = self.dispatch_conf.duration("retry_max")
        delay = min(cap, base * 2 ** max(attempts - 1, 0))
        return self.clock.now() + delay * random.uniform(0.8, 1.2)

    def _pause(self, post: PostView, reason: str) -> Event:
        """Credentials refused: the account rests, and this attempt does not count."""
        now = self.clock.now()
        until = now + self.dispatch_conf.duration("auth_pause")
        with self.store.session() as session:
            posts.pause_account(session, post.account_id, reason=reason, now=now, until=until)
        name = post.account_name
        log.warning("account=%s paused until %s: %s", name, until.isoformat(), reason)
        with self._adapter_lock:
            self._adapters.pop(name, None)  # rebuilt with fresh settings later
        return self._finish(post.id, self._retry(reason, at=until, refund=True), paused=True)

    def _wall_times(self, message: OutgoingPost) -> OutgoingPost:
        """The first-try time in the platform's frame: adapters compare it with the times
        the platform stamps, which are real ones, whatever our clock says (a rehearsal's
        simulated clock, or one shifted by PUBLISHER_NOW)."""
        if message.created_at is None:
            return message
        shift = datetime.now(UTC) - self.clock.now()
        return replace(message, created_at=message.created_at + shift)

    def _adapter(self, name: str, stored: Mapping[str, Any]) -> Adapter:
        with self._adapter_lock:
            if name not in self._adapters:
                conf = self.settings.accounts.get(name)
                if conf is None:
                    raise PublisherError(f"account {name!r} is not in the config")
                adapter = build_adapter(
                    conf, source=self.settings.source, env=self.env,
                    state_dir=self.settings.state_dir, capabilities=stored,
                )  # fmt: skip
                adapter.clock = self.clock.now
                self._adapters[name] = adapter
            return self._adapters[name]

    def _event(
        self,
        post: PostView,
        state: str,
        at: datetime,
        *,
        url: str | None = None,
        error: str | None = None,
    ) -> Event:
        return Event(
            post_id=post.id, case=post.case_slug, account=post.account_name, kind=post.kind,
            part=post.part, parts=post.parts, state=state, at=at, url=url, error=error,
            text=post.text,
        )  # fmt: skip


@dataclass
class _Carry:
    """What one account's batch has done: its events, and a sent post not yet recorded."""

    events: list[Event] = field(default_factory=list)
    sent: tuple[PostView, PublishResult, datetime] | None = None


def _orm_post(session: Session, post_id: int) -> Post:
    post = session.get(Post, post_id)
    assert post is not None
    return post


def _unknown(reason: str) -> Callable[[Session, Post, datetime], None]:
    return lambda session, post, now: posts.mark_unknown(session, post, reason=reason, now=now)
