"""`publisher run`: APScheduler as the alarm clock; the database stays the source of truth.

One job sleeps until the next post is due (or at most the poll interval, to see
changes other commands made), runs one dispatch pass, and sets itself again. The
memory job store is enough: nothing about the schedule lives in the scheduler.
"""

from __future__ import annotations

import logging
import signal
from datetime import UTC, datetime, timedelta
from types import FrameType

from publisher.dispatch.dispatcher import Dispatcher

log = logging.getLogger("publisher.dispatch.daemon")
_JOB = "dispatch"


class Daemon:
    def __init__(self, dispatcher: Dispatcher, *, poll_interval: timedelta) -> None:
        from apscheduler.executors.pool import ThreadPoolExecutor
        from apscheduler.schedulers.blocking import BlockingScheduler

        self.dispatcher = dispatcher
        self.poll_interval = poll_interval
        self.scheduler = BlockingScheduler(
            executors={"default": ThreadPoolExecutor(1)},
            job_defaults={"coalesce": True, "max_instances": 1, "misfire_grace_time": None},
            timezone=UTC,
        )
        self.stopping = False

    def run(self) -> int:
        """Block until SIGTERM or SIGINT; the post in flight finishes, claims are released."""
        signal.signal(signal.SIGTERM, self._on_signal)
        signal.signal(signal.SIGINT, self._on_signal)
        self.scheduler.add_job(self._tick, id=_JOB, next_run_time=datetime.now(UTC))
        log.info("daemon %s started", self.dispatcher.worker.id)
        self.scheduler.start()
        released = self.dispatcher.stop()
        log.info(
            "daemon %s stopped; %d unstarted claims released", self.dispatcher.worker.id, released
        )
        return 0

    def _on_signal(self, signum: int, _frame: FrameType | None) -> None:
        if self.stopping:
            return
        self.stopping = True
        log.info("received %s: finishing the post in flight", signal.Signals(signum).name)
        self.dispatcher.request_stop()
        self.scheduler.shutdown(wait=False)

    def _tick(self) -> None:
        try:
            self.dispatcher.dispatch()
        except Exception:  # the daemon outlives any one bad pass; the next one retries
            log.exception("dispatch pass failed")
        try:
            if not self.stopping:  # in the idle time left before the next post is due
                self.dispatcher.collect_metrics()
        except Exception:
            log.exception("collecting counts failed")
        if not self.stopping:
            self._schedule_next()

    def _schedule_next(self) -> None:
        now = self.dispatcher.clock.now()
        wake = now + self.poll_interval
        try:
            due = self.dispatcher.next_wakeup()
        except Exception:
            log.exception("cannot read the queue")
            due = None
        if due is not None:
            wake = min(wake, max(due, now))
        # The dispatcher's clock may be shifted (PUBLISHER_NOW); APScheduler counts real time.
        real = datetime.now(UTC) + (wake - now)
        self.scheduler.add_job(self._tick, id=_JOB, next_run_time=real, replace_existing=True)
