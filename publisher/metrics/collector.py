"""Collecting snapshots: the due posts of each account, read in the platform's batches.

The daemon runs this in its idle time (``Dispatcher.collect_metrics``), asking before
every batch whether a post is about to be due; `publisher metrics collect` runs it for
cron. A platform's refusal never touches sending: a rate limit makes the account's
collection wait until the platform's time (the error's ``retry_after``), refused
credentials until ``[dispatch] auth_pause``, and the next run takes up where it stopped.
What an error means is read from the error, through the dispatcher's one table.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from publisher.adapters.base import Adapter, AdapterError, Counts, UnsupportedError
from publisher.config import Settings
from publisher.dispatch.policy import Action, decide
from publisher.errors import PublisherError
from publisher.metrics import storage as stored
from publisher.metrics.storage import Due
from publisher.store import Store

log = logging.getLogger("publisher.metrics")

RETRY_AFTER_TROUBLE = timedelta(minutes=15)  # network trouble, a 5xx
RETRY_AFTER_REFUSAL = timedelta(hours=6)  # refused for good: a person may have to look
RETRY_AFTER_BUG = timedelta(hours=1)
# Snapshots read and not yet stored, at most: one transaction per this many rather than
# per call. A crash loses no more than these, and they are read again on the next run.
FLUSH_ROWS = 1000
Read = tuple[int, str, Counts | None, datetime]  # post id, label, counts (None: gone), when


@dataclass
class CollectReport:
    """What one collection run did."""

    taken: int = 0  # snapshots stored
    gone: int = 0  # posts the platform no longer has (stored as gone)
    calls: int = 0  # read_metrics calls made
    waiting: dict[str, str] = field(default_factory=dict)  # account -> why it waits
    unsupported: list[str] = field(default_factory=list)  # accounts whose platform has none
    left: int = 0  # due snapshots left for a later run (stopped for a due post)


class Collector:
    """Takes the due snapshots of every account through its adapter."""

    def __init__(
        self,
        store: Store,
        settings: Settings,
        *,
        now: Callable[[], datetime],
        adapter: Callable[[str], Adapter],
    ) -> None:
        self.store = store
        self.settings = settings
        self.now = now
        self.adapter = adapter

    def collect(
        self,
        *,
        accounts: Sequence[str] | None = None,
        should_stop: Callable[[], bool] | None = None,
    ) -> CollectReport:
        """Every due snapshot, account by account, batch by batch; ``should_stop`` is asked
        before each batch (the daemon: is a post about to be due?)."""
        report = CollectReport()
        stop = should_stop or (lambda: False)
        with self.store.connection() as db:  # thousands of rows: no ORM bookkeeping
            due = stored.due_snapshots(
                db, now=self.now(), ages=self.settings.metrics.ages, accounts=accounts
            )
        groups = list(_by_account(due).items())
        for index, (account, items) in enumerate(groups):
            if stop():
                report.left += sum(len(rest) for _, rest in groups[index:])
                break
            self._account(account, items, report, stop)
        return report

    def _account(
        self, account: str, items: list[Due], report: CollectReport, stop: Callable[[], bool]
    ) -> None:
        try:
            adapter = self.adapter(account)
        except PublisherError as exc:  # not configured any more, or its client is missing
            report.waiting[account] = exc.message
            log.warning("account=%s counts not read: %s", account, exc.message)
            return
        size = adapter.metrics_batch
        if size <= 0:
            report.unsupported.append(account)
            return
        pending: list[Read] = []
        try:
            for start in range(0, len(items), size):
                if start and stop():
                    report.left += len(items) - start
                    return
                read = self._batch(adapter, items[start : start + size], report)
                if read is None:
                    return
                pending += read
                if len(pending) >= FLUSH_ROWS:
                    self._store(items[0], pending, report)
                    pending = []
        finally:
            self._store(items[0], pending, report)

    def _batch(
        self, adapter: Adapter, batch: list[Due], report: CollectReport
    ) -> list[Read] | None:
        """One call for one batch; None when the account's collection must wait."""
        report.calls += 1
        try:
            counts = adapter.read_metrics([d.ref for d in batch])
        except UnsupportedError:
            report.unsupported.append(batch[0].account)
            return None
        except Exception as exc:
            self._wait(batch[0], exc, report)
            return None
        now = self.now()
        return [(d.post_id, d.label, counts.get(d.ref.remote_id), now) for d in batch]

    def _store(self, item: Due, pending: list[Read], report: CollectReport) -> None:
        """What was read, in one transaction; the account no longer waits."""
        if not pending:
            return
        with self.store.connection() as db:
            stored.record(db, pending)
            stored.clear_deferral(db, item.account_id)
        gone = sum(counts is None for _, _, counts, _ in pending)
        report.taken += len(pending) - gone
        report.gone += gone

    def _wait(self, item: Due, error: BaseException, report: CollectReport) -> None:
        """The account's collection waits, as long as the error says."""
        verdict = decide(error)
        now = self.now()
        until = now + _pause(verdict.action, self.settings)
        if verdict.action is Action.WAIT:
            retry_after = getattr(error, "retry_after", None)
            ceiling = now + self.settings.dispatch.duration("retry_after_max")
            until = min(retry_after, ceiling) if retry_after else now + RETRY_AFTER_TROUBLE
        if verdict.unexpected:
            log.error("account=%s reading counts failed", item.account, exc_info=error)
        reason = verdict.reason if isinstance(error, AdapterError | PublisherError) else str(error)
        with self.store.session() as session:
            stored.defer(session, item.account_id, until=until, reason=reason)
        report.waiting[item.account] = f"until {until.isoformat()}: {reason}"
        log.warning("account=%s counts wait until %s: %s", item.account, until.isoformat(), reason)


def _pause(action: Action, settings: Settings) -> timedelta:
    if action is Action.PAUSE:
        return settings.dispatch.duration("auth_pause")
    if action is Action.FAIL:
        return RETRY_AFTER_REFUSAL
    if action is Action.RETRY:
        return RETRY_AFTER_TROUBLE
    return RETRY_AFTER_BUG


def _by_account(due: Sequence[Due]) -> dict[str, list[Due]]:
    grouped: dict[str, list[Due]] = {}
    for item in due:
        grouped.setdefault(item.account, []).append(item)
    return grouped


def collect_once(
    store: Store,
    settings: Settings,
    *,
    now: Callable[[], datetime],
    env: Mapping[str, str],
    accounts: Sequence[str] | None = None,
) -> CollectReport:
    """Every due snapshot now, with adapters of its own (`publisher metrics collect`)."""
    from publisher.adapters import build_adapter
    from publisher.store.posts import stored_capabilities

    built: dict[str, Adapter] = {}

    def adapter(name: str) -> Adapter:
        if name not in built:
            conf = settings.accounts.get(name)
            if conf is None:
                raise PublisherError(f"account {name!r} is not in the config")
            with store.session() as session:
                stored = stored_capabilities(session, name)
            built[name] = build_adapter(
                conf,
                source=settings.source,
                env=env,
                state_dir=settings.state_dir,
                capabilities=stored,
            )
            built[name].clock = now
        return built[name]

    try:
        return Collector(store, settings, now=now, adapter=adapter).collect(accounts=accounts)
    finally:
        for made in built.values():
            made.close()
