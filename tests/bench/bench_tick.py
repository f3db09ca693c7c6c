"""The cron tick: `publisher dispatch` with nothing due, against `python -c "import
sqlalchemy"` in the same run (target: at most 1.5x). Cron runs it every minute, so
what it costs is paid 1,440 times a day: wall time, CPU time and peak memory.

The database is a SQLite file with a term planned (posts due in the coming weeks, none
now), as an installation between two posting times holds.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

RUNS = 15
TIME = "/usr/bin/time"
NOW = "2026-11-30T08:00:00-05:00"  # an hour before the first post of the week


def _measure(cmd: list[str], cwd: Path, env: dict[str, str]) -> tuple[float, float]:
    """Median wall seconds and median CPU seconds of ``cmd``."""
    walls, cpus = [], []
    for _ in range(RUNS):
        start = time.perf_counter()
        child = subprocess.Popen(cmd, cwd=cwd, env=env, stdout=subprocess.DEVNULL)
        _, status, usage = os.wait4(child.pid, 0)  # this child's own usage, not all children's
        walls.append(time.perf_counter() - start)
        if os.waitstatus_to_exitcode(status):
            raise RuntimeError(f"{cmd} failed")
        cpus.append(usage.ru_utime + usage.ru_stime)
    return statistics.median(walls), statistics.median(cpus)


def _peak_mib(cmd: list[str], cwd: Path, env: dict[str, str]) -> str:
    """Peak RSS as GNU time reads it (a forked child's own counter starts with the
    parent's pages, so this process cannot measure it); 'n/a' without /usr/bin/time."""
    if not Path(TIME).exists():
        return "   n/a"
    out = subprocess.run([TIME, "-f", "%M", *cmd], cwd=cwd, env=env, capture_output=True, text=True)
    return f"{int(out.stderr.strip().splitlines()[-1]) / 1024:5.1f} MiB"


def _prepare(folder: Path, env: dict[str, str], script: list[str]) -> None:
    from tests.conftest import write_case

    for n in range(1, 6):
        write_case(folder / "week", f"msk-{n}", title=f"Case {n}")
        write_case(folder / "week", f"abd-{n}", section="abdomen", title=f"Case abd {n}")
    for args in (
        ["cases", "import", "week"],
        ["cases", "approve", "--all-clean", "--by", "bench"],
        ["plan", "--weeks", "4"],
    ):
        subprocess.run([*script, *args], check=True, cwd=folder, env=env, capture_output=True)


def run() -> None:
    publisher = Path(sys.executable).with_name("publisher")
    script = [str(publisher)] if publisher.exists() else [sys.executable, "-m", "publisher.cli"]
    with tempfile.TemporaryDirectory(prefix="bench-tick-") as tmp:
        folder = Path(tmp)
        env = {k: v for k, v in os.environ.items() if not k.startswith("PUBLISHER_")}
        env.update(PUBLISHER_NOW=NOW, PUBLISHER_STATE_DIR=str(folder / "state"))
        _prepare(folder, env, script)
        baseline = [sys.executable, "-c", "import sqlalchemy"]
        base, base_peak = _measure(baseline, folder, env), _peak_mib(baseline, folder, env)
        ours = [*script, "dispatch"]
        tick, tick_peak = _measure(ours, folder, env), _peak_mib(ours, folder, env)
    print(f"   python -c 'import sqlalchemy': {base[0] * 1000:6.1f} ms, "
          f"{base[1] * 1000:6.1f} ms CPU, {base_peak} (median of {RUNS})")  # fmt: skip
    print(f"   publisher dispatch, idle:      {tick[0] * 1000:6.1f} ms, "
          f"{tick[1] * 1000:6.1f} ms CPU, {tick_peak}")  # fmt: skip
    print(f"   ratio: {tick[0] / base[0]:.2f}x wall, {tick[1] / base[1]:.2f}x CPU "
          "(target: at most 1.5x)")  # fmt: skip
    print(f"   a day of ticks: {tick[1] * 1440:.0f} s of CPU")
    _postgres(script)


def _postgres(script: list[str]) -> None:
    """The same tick against PostgreSQL (psycopg alone), when a server is there."""
    from tests.support.postgres import postgres_problem, scratch_schema

    problem = postgres_problem()
    if problem:
        print(f"   PostgreSQL: not measured ({problem})")
        return
    from publisher.store import Store

    with tempfile.TemporaryDirectory(prefix="bench-tick-") as tmp, scratch_schema("tick") as url:
        Store(url).close()
        env = {k: v for k, v in os.environ.items() if not k.startswith("PUBLISHER_")}
        env.update(PUBLISHER_NOW=NOW, PUBLISHER_DATABASE_URL=url)
        base = _measure([sys.executable, "-c", "import sqlalchemy"], Path(tmp), env)
        tick = _measure([*script, "dispatch"], Path(tmp), env)
    print(f"   PostgreSQL, idle: {tick[0] * 1000:6.1f} ms, {tick[1] * 1000:6.1f} ms CPU; "
          f"ratio {tick[0] / base[0]:.2f}x wall, {tick[1] / base[1]:.2f}x CPU")  # fmt: skip
