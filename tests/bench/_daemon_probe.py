"""`publisher run` processes for the dispatch benchmark: start them, wait until they
are up, read their CPU time and memory from /proc, and stop them.

Each daemon writes its log to a file, not a pipe: a burst logs a line per post, and
a pipe nobody reads fills up and blocks the daemon mid-burst.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select

from publisher.store import Store
from publisher.store.models import Worker

SCRIPT = Path(sys.executable).with_name("publisher")
STOP_WAIT = 20.0  # seconds a daemon gets to finish its post in flight after SIGTERM
TICKS = os.sysconf("SC_CLK_TCK")

Daemon = subprocess.Popen[bytes]


@contextmanager
def running(config: Path, url: str, count: int, logs: Path) -> Iterator[list[Daemon]]:
    """``count`` daemons on one config and database; stopped (or killed) on exit."""
    procs: list[Daemon] = []
    try:
        for i in range(count):
            procs.append(start(config, url, logs / f"daemon-{i}.log"))
        yield procs
    finally:
        stop(procs)


def start(config: Path, url: str, log: Path) -> Daemon:
    env = {**os.environ, "PUBLISHER_CONFIG": str(config), "PUBLISHER_DATABASE_URL": url}
    env.pop("PUBLISHER_NOW", None)  # real time only: the figures are wall-clock lateness
    with log.open("wb") as out:  # the child keeps its own copy of the descriptor
        return subprocess.Popen(
            [str(SCRIPT), "run"], env=env, stdout=subprocess.DEVNULL, stderr=out
        )


def stop(procs: list[Daemon]) -> None:
    """SIGTERM, as an operator would; SIGKILL for one that does not stop in time."""
    for proc in procs:
        if proc.poll() is None:
            proc.send_signal(signal.SIGTERM)
    for proc in procs:
        try:
            proc.wait(STOP_WAIT)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def wait_ready(store: Store, procs: list[Daemon], logs: Path, timeout: float) -> None:
    """Until every daemon has registered its worker row, i.e. finished starting up."""
    pids = [p.pid for p in procs]
    query = select(func.count()).select_from(Worker).where(Worker.pid.in_(pids))

    def ready() -> bool:
        dead = [p for p in procs if p.poll() is not None]
        if dead:
            tail = (logs / f"daemon-{procs.index(dead[0])}.log").read_text()[-2000:]
            raise RuntimeError(f"a daemon exited with {dead[0].returncode}:\n{tail}")
        with store.session() as session:
            return session.scalar(query) == len(pids)

    if not poll(ready, timeout):
        raise RuntimeError(f"the daemons did not start within {timeout:g} s")


def poll(predicate: Callable[[], bool], timeout: float, step: float = 0.05) -> bool:
    """For what only the database can tell (the platform has its own wait_for)."""
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            return False
        time.sleep(step)
    return True


def cpu_seconds(pid: int) -> float:
    """User plus system CPU time the process has used."""
    stat = Path(f"/proc/{pid}/stat").read_text()
    # The command name may hold spaces: fields are counted from after its ")".
    fields = stat[stat.rindex(")") + 2 :].split()
    return (int(fields[11]) + int(fields[12])) / TICKS


def rss_mib(pid: int) -> float:
    """Resident memory in MiB."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    raise RuntimeError(f"no VmRSS for process {pid}")


@dataclass(frozen=True)
class HostCpu:
    """CPU time of the whole machine, every core and every process, in clock ticks."""

    busy_ticks: int
    total_ticks: int

    def __sub__(self, earlier: HostCpu) -> HostCpu:
        return HostCpu(self.busy_ticks - earlier.busy_ticks, self.total_ticks - earlier.total_ticks)

    @property
    def busy(self) -> float:
        """The share of the time the cores were not idle."""
        return self.busy_ticks / self.total_ticks if self.total_ticks else 0.0


def host_cpu() -> HostCpu:
    """The machine's CPU time so far, from the first line of /proc/stat."""
    # user nice system idle iowait irq softirq steal (guest time is inside user)
    ticks = [int(v) for v in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:9]]
    idle = ticks[3] + ticks[4]
    return HostCpu(sum(ticks) - idle, sum(ticks))
