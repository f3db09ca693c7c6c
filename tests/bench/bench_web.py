"""The web view's term page: 16 weeks over 5 accounts and 2,000 approved cases.

The baseline is the same 16 weeks as `publisher preview --json` renders them (the posts
read from the database and written as JSON), measured in the same run; the target is
at most 3x. The term page does more than read the posts: it reads every approved case
to say what `plan` would do with the days not planned yet, and renders HTML.
"""

from __future__ import annotations

import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

NOW = datetime(2026, 11, 30, 12, 0, tzinfo=UTC)
CASES = 2_000
WEEKS = 16
ACCOUNTS = """
[accounts.outbox]
adapter = "outbox"
path = "{root}/outbox"

[accounts.dept-mastodon]
adapter = "mastodon"
api_base_url = "https://mastodon.example"
access_token = "${{MASTODON_TOKEN}}"

[accounts.dept-bluesky]
adapter = "bluesky"
handle = "dept.example.org"
app_password = "${{BSKY_APP_PASSWORD}}"

[accounts.dept-telegram]
adapter = "telegram"
bot_token = "${{TELEGRAM_BOT_TOKEN}}"
chat_id = "@radiology_cases"

[accounts.dept-x]
adapter = "x"
consumer_key = "${{X_KEY}}"
consumer_secret = "${{X_SECRET}}"
access_token = "${{X_TOKEN}}"
access_token_secret = "${{X_TOKEN_SECRET}}"
"""


def _median(run: Callable[[], object], times: int = 5) -> float:
    samples = []
    for _ in range(times):
        start = time.perf_counter()
        run()
        samples.append(time.perf_counter() - start)
    return statistics.median(samples)


def run() -> None:
    from publisher.cli.render import as_json
    from publisher.config import load_settings
    from publisher.schedule.calendar import weeks_range
    from publisher.schedule.preview import preview_days
    from publisher.schedule.writing import plan
    from publisher.store import Store
    from publisher.web.app import create_app
    from tests.bench.bench_planner import _fill

    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        url = f"sqlite:///{root / 'bench.db'}"
        config = root / "config.toml"
        config.write_text(f'[database]\nurl = "{url}"\n' + ACCOUNTS.format(root=root))
        settings = load_settings(config, {})
        _fill(url, CASES)
        store = Store(url)
        started = time.perf_counter()
        report = plan(store, settings, now=NOW, weeks=WEEKS)
        planned = time.perf_counter() - started
        first, last = weeks_range(NOW.date(), WEEKS)

        def preview_json() -> str:
            shown = preview_days(store, settings, first=first, last=last)
            return as_json([p.as_dict() for p in shown.posts])

        class Clock:
            def now(self) -> datetime:
                return NOW

        client = create_app(settings, store, Clock(), host="127.0.0.1", password=None).test_client()
        term_url = f"/term?from={first.isoformat()}&weeks={WEEKS}"

        def term_page() -> bytes:
            response = client.get(term_url)
            assert response.status_code == 200
            return response.data

        posts = len(preview_days(store, settings, first=first, last=last).posts)
        size = len(term_page())
        baseline = _median(preview_json)
        term = _median(term_page)
        day = _median(lambda: client.get(f"/day/{_monday(first)}").data)
        store.close()
    print(
        f"   {CASES:,} cases, {len(settings.accounts)} accounts: plan {WEEKS} weeks "
        f"{planned:.2f} s ({len(report.planned)} slots, {posts:,} posts)"
    )
    print(f"   preview --json, {WEEKS} weeks:  {baseline * 1000:7.1f} ms (baseline)")
    print(f"   term page, {WEEKS} weeks:       {term * 1000:7.1f} ms, {size / 1000:.0f} kB of HTML")
    print(f"   one day's mock-ups:          {day * 1000:7.1f} ms")
    print(f"   ratio term page / preview --json: {term / baseline:.2f}x (target at most 3x)")


def _monday(first: date) -> date:
    return first + timedelta(days=7)
