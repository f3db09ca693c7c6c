"""Order per account (issue 12, item 3): an account's posts go out in planned order, a
thread's parts back to back and never interleaved with another thread, and a post
waiting for a retry holds back the later posts of its account, so a prompt is never
overtaken by a later answer. On the outbox and on the Bluesky fake (its createdAt never
runs backwards), the engine on a simulated clock."""

from __future__ import annotations

import itertools
import shutil
from datetime import datetime, timedelta
from pathlib import Path

from sqlalchemy import update

from publisher.accounts.sync import sync_accounts
from publisher.store import Store
from publisher.store.models import Account
from tests.adapters.fake_bluesky import (
    APP_PASSWORD,
    HANDLE,
    BlueskyHarness,
    Scripted,
    bluesky_harness,
)
from tests.support.term import MONDAY, Term, theme

__all__ = ["bluesky_harness"]

TUESDAY = MONDAY + timedelta(days=1, hours=1)  # Tuesday 09:00 in New York
# Two threads planned at the same minute, Monday 09:00, with answers at the same minute,
# Tuesday 09:05; and Tuesday's prompt at 09:00, whose first try fails.
MONDAY_MSK = theme(
    '[[themes]]\nweekday = "monday"\nhashtag = "#MSKMonday"\nsections = ["msk"]\n'
    'time = "09:00"\nanswer_after = "24h 5m"\n{accounts}\n'
)
MONDAY_CHEST = theme(
    '[[themes]]\nweekday = "monday"\nhashtag = "#ChestMonday"\nsections = ["chest"]\n'
    'time = "09:00"\nanswer_after = "24h 5m"\n{accounts}\n'
)
TUESDAY_ABD = theme(
    '[[themes]]\nweekday = "tuesday"\nhashtag = "#TummyTuesday"\nsections = ["abdomen"]\n'
    'time = "09:00"\n{accounts}\n'
)
DISPATCH = '[dispatch]\nretry_base = "10m"\nmax_attempts = 3\n'
SHORT = 120  # characters per post: every prompt and answer is a thread of parts


def threads(sent: list[tuple[str, str, int]]) -> list[tuple[str, str, list[int]]]:
    """Consecutive posts of one (case, kind) grouped: a thread sent back to back is one group."""
    return [
        (case, kind, [part for _, _, part in group])
        for (case, kind), group in itertools.groupby(sent, key=lambda p: (p[0], p[1]))
    ]


def check_order(groups: list[tuple[str, str, list[int]]]) -> None:
    # Each thread is one group, its parts 1..n in order: nothing interleaved.
    assert len({(case, kind) for case, kind, _ in groups}) == len(groups), groups
    for _, _, parts in groups:
        assert parts == list(range(1, len(parts) + 1)) and len(parts) > 1, groups
    kinds = [(case, kind) for case, kind, _ in groups]
    # Monday's two prompt threads, then Tuesday's prompt (retried), and only then the
    # answers that were due before its retry.
    assert sorted(kinds[:2]) == [("chest-1", "prompt"), ("msk-1", "prompt")]
    assert kinds[2] == ("abd-1", "prompt")
    assert sorted(kinds[3:]) == [("chest-1", "answer"), ("msk-1", "answer")]


def run_term(term: Term, fail_tuesday: object) -> list[tuple[str, str, int]]:
    term.plan(weeks=1)
    term.run_until(TUESDAY - timedelta(minutes=1))
    undo = fail_tuesday()  # type: ignore[operator]
    first = term.run_until(TUESDAY + timedelta(minutes=1))
    assert [(e.case, e.state) for e in first] == [("abd-1", "retry_wait")]
    undo()
    term.run_until(TUESDAY + timedelta(hours=3))
    return [(e.case, e.kind, e.part) for e in term.events if e.state == "sent"]


def test_on_the_outbox(store: Store, tmp_path: Path) -> None:
    term = Term(store, tmp_path)
    term.configure(
        accounts=[], themes=[MONDAY_MSK, MONDAY_CHEST, TUESDAY_ABD],
        more=f'{DISPATCH}\n[accounts.a]\nadapter = "outbox"\npath = "{term.outbox("a")}"\ntext_limit = {SHORT}\n',
    )  # fmt: skip
    term.cases(("msk-1", "msk"), ("chest-1", "chest"), ("abd-1", "abdomen"))
    folder = term.outbox("a")

    def fail() -> object:
        # The outbox's folder is out of reach (a file stands in its place) for one try.
        shutil.move(folder, folder.with_name("a.away"))
        folder.write_text("in the way")

        def undo() -> None:
            folder.unlink()
            shutil.move(folder.with_name("a.away"), folder)

        return undo

    sent = run_term(term, fail)
    check_order(threads(sent))
    assert {(r.case, r.kind, r.part) for r in term.received("a")} == set(sent)
    retried = next(e for e in term.events if e.case == "abd-1" and e.state == "sent")
    answers = [e.at for e in term.events if e.kind == "answer" and e.state == "sent"]
    assert min(answers) >= retried.at > TUESDAY + timedelta(minutes=5)  # they waited for it


def test_on_bluesky_with_created_at_increasing(
    store: Store, tmp_path: Path, bluesky_harness: BlueskyHarness
) -> None:
    pds = bluesky_harness.pds
    term = Term(store, tmp_path, env={"BSKY_PASSWORD": APP_PASSWORD})
    account = (
        f'[accounts.bsky]\nadapter = "bluesky"\nservice = "{pds.url}"\nhandle = "{HANDLE}"\n'
        'app_password = "${BSKY_PASSWORD}"\n'
    )
    term.configure(
        accounts=[], themes=[MONDAY_MSK, MONDAY_CHEST, TUESDAY_ABD], more=DISPATCH + account
    )
    term.cases(("msk-1", "msk"), ("chest-1", "chest"), ("abd-1", "abdomen"))
    with store.session() as s:  # as `accounts check` keeps what the account takes
        sync_accounts(s, term.settings, now=MONDAY)
        s.execute(
            update(Account)
            .where(Account.name == "bsky")
            .values(capabilities={"text_limit": SHORT - 30})
        )

    def fail() -> object:
        body = {"error": "InternalServerError", "message": "Internal Server Error"}
        pds.script("com.atproto.repo.createRecord", Scripted(503, body))
        return lambda: None

    sent = run_term(term, fail)
    check_order(threads(sent))
    records = pds.record_list()
    assert len(records) == len(sent)
    stamps = [datetime.fromisoformat(r["value"]["createdAt"]) for r in records]
    assert stamps == sorted(stamps) and len(set(stamps)) == len(stamps)
    # The retried prompt carries its retry's time, after the answers' planned 09:05.
    abd = [r for r in records if r["value"]["text"].startswith("#TummyTuesday")]
    assert abd and min(
        datetime.fromisoformat(r["value"]["createdAt"]) for r in abd
    ) > TUESDAY + timedelta(minutes=5)
    # Threads hang together on the platform: each part replies to the one before.
    by_uri = {r["uri"]: r["value"] for r in records}
    replies = [r["value"]["reply"]["parent"]["uri"] for r in records if r["value"].get("reply")]
    assert all(uri in by_uri for uri in replies)
