"""The queue's lifecycle from the command line, on a real SQLite file: plan --dry-run,
cases retire/restore/move/swap, accounts pause, posts cancel --keep-slot and retry,
status as a health check that tells the truth, rehearse, preview of one day, and the
secrets file of dispatch. Exact output where it is the point; bad input exits with one
line and changes nothing."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from sqlalchemy import select, update

from publisher.store import Store
from publisher.store.models import Account, Post
from tests.conftest import run, write_case

MONDAY_8 = "2026-11-30T08:00:00-05:00"


def at(moment: str) -> dict[str, str]:
    return {"PUBLISHER_NOW": moment}


@pytest.fixture
def planned(tmp_path: Path, cli_env: dict[str, str]) -> Path:
    """msk-1, msk-2, msk-3 and abd-1 approved; two weeks planned on the outbox."""
    for slug in ("msk-1", "msk-2", "msk-3"):
        write_case(tmp_path / "week", slug, title=f"Case {slug}")
    write_case(tmp_path / "week", "abd-1", section="abdomen", title="Case abd-1")
    run(["cases", "import", "week"], env=cli_env)
    assert run(["cases", "approve", "--all-clean", "--by", "Dr R"], env=cli_env).exit_code == 0
    assert run(["plan", "--weeks", "2"], env=cli_env).exit_code == 0
    return tmp_path / "publisher.db"


def db(path: Path) -> Store:
    return Store(f"sqlite:///{path}")


def snapshot(path: Path) -> list[tuple[object, ...]]:
    store = db(path)
    with store.session() as s:
        rows = [
            (p.id, p.state, p.scheduled_at, p.text)
            for p in s.scalars(select(Post).order_by(Post.id))
        ]
    store.close()
    return rows


def test_plan_dry_run_prints_what_would_change_and_writes_nothing(
    planned: Path, tmp_path: Path
) -> None:
    (tmp_path / "c.toml").write_text('[schedule]\nblackout = ["2026-12-07"]\n')
    before = snapshot(planned)
    dry = run(["--config", "c.toml", "plan", "--dry-run"], env=at(MONDAY_8))

    assert dry.exit_code == 0
    assert "released Mon 2026-12-07 #MSKMonday msk-2 -> outbox: a blackout day" in dry.output
    assert dry.output.splitlines()[-1].startswith("dry run, nothing written: ")
    assert snapshot(planned) == before
    real = run(["--config", "c.toml", "plan", "--json"], env=at(MONDAY_8))
    data = json.loads(real.output)
    assert [(r["case"], r["reason"], r["why"]) for r in data["released"]] == [
        ("msk-2", "blackout", "a blackout day")
    ]
    assert snapshot(planned) != before


def test_retire_restore_move_swap(planned: Path) -> None:
    moved = run(["cases", "move", "msk-3", "2026-12-14"], env=at(MONDAY_8))
    assert moved.output == (
        "moved msk-3 to Mon 2026-12-14 09:00 EST #MSKMonday -> outbox; 2 post(s) rendered for the new day\n"
    )
    swapped = run(["cases", "swap", "msk-1", "msk-3"], env=at(MONDAY_8))
    assert swapped.output.splitlines() == [
        "moved msk-1 from Mon 2026-11-30 09:00 EST #MSKMonday to Mon 2026-12-14 09:00 EST #MSKMonday -> outbox; 2 post(s) rendered for the new day",
        "moved msk-3 from Mon 2026-12-14 09:00 EST #MSKMonday to Mon 2026-11-30 09:00 EST #MSKMonday -> outbox; 2 post(s) rendered for the new day",
    ]
    retired = run(["cases", "retire", "msk-2"], env=at(MONDAY_8))
    assert retired.output == (
        "retired msk-2: it is never planned again\n"
        "released Mon 2026-12-07 09:00 EST #MSKMonday -> outbox: free for `publisher plan` to refill\n"
    )
    assert run(["cases", "show", "msk-2", "--json"]).output.count('"status": "retired"') == 1
    restored = run(["cases", "restore", "msk-2"], env=at(MONDAY_8))
    assert restored.output == "restored msk-2: approved; `publisher plan` places it again\n"
    again = run(["plan", "--weeks", "2"], env=at(MONDAY_8))
    assert "planned  Mon 2026-12-07 #MSKMonday 09:00 EST: msk-2" in again.output


@pytest.mark.parametrize(
    ("args", "code", "first"),
    [
        (
            ["cases", "move", "abd-1", "2026-12-07"],
            1,
            "Error: abd-1 cannot go on Mon 2026-12-07: #MSKMonday does not take abdomen cases (it draws from msk)",
        ),
        (["cases", "move", "msk-2", "07/12/2026"], 2, "Usage: "),
        (["cases", "move", "nope", "2026-12-07"], 1, "Error: no case with slug 'nope'"),
        (["cases", "swap", "msk-1", "msk-1"], 1, "Error: give two different cases to swap"),
        (["cases", "restore", "nope"], 1, "Error: no case with slug 'nope'"),
        (
            ["accounts", "pause", "outbox", "--until", "2026-11-01"],
            1,
            "Error: the pause of outbox must end in the future",
        ),
        (["accounts", "pause", "nobody"], 1, "Error: no account named 'nobody' in the database"),
        (["posts", "retry", "99"], 1, "Error: no post #99"),
    ],
)
def test_bad_input_is_one_line_and_changes_nothing(
    planned: Path, args: list[str], code: int, first: str
) -> None:
    before = snapshot(planned)
    result = run(args, env=at(MONDAY_8))

    assert result.exit_code == code
    assert result.output.startswith(first)
    assert "Traceback" not in result.output
    assert snapshot(planned) == before


def test_pause_and_resume(planned: Path) -> None:
    paused = run(["accounts", "pause", "outbox", "--until", "2026-12-02"], env=at(MONDAY_8))
    assert paused.output == "outbox paused until Wed 2026-12-02 00:00 EST\n"
    shown = run(["status"], env=at(MONDAY_8))
    assert "paused  outbox until Wed 2026-12-02 00:00 EST (by an operator)" in shown.output
    assert shown.exit_code == 0  # an operator's pause is a choice, not a fault
    assert run(["dispatch"], env=at("2026-11-30T09:00:30-05:00")).output == ""
    waiting = run(["status"], env=at("2026-11-30T10:30:00-05:00"))
    assert waiting.exit_code == 0 and "OVERDUE" not in waiting.output  # it waits for the pause
    assert (
        run(["accounts", "resume", "outbox"]).output
        == "outbox resumed (it was paused: paused by an operator)\n"
    )
    assert run(["accounts", "resume", "outbox"]).output == "outbox was not paused\n"


def test_cancel_frees_the_day_and_keep_slot_keeps_it(planned: Path) -> None:
    store = db(planned)
    with store.session() as s:
        ids = dict(s.execute(select(Post.id, Post.scheduled_at).where(Post.kind == "prompt")).all())
    store.close()
    _, abd1, msk2 = sorted(ids)  # the prompts of msk-1 (30 Nov), abd-1 (1 Dec), msk-2 (7 Dec)
    freed = run(["posts", "cancel", str(msk2)], env=at(MONDAY_8))
    assert freed.output == (
        f"cancelled #{msk2} and 1 post(s) after it; "
        "Mon 2026-12-07 #MSKMonday is free for `publisher plan` to refill\n"
    )
    kept = run(["posts", "cancel", str(abd1), "--keep-slot"], env=at(MONDAY_8))
    assert kept.output == f"cancelled #{abd1} and 1 post(s) after it\n"
    replanned = run(["plan", "--weeks", "2"], env=at(MONDAY_8)).output
    assert "planned  Mon 2026-12-07 #MSKMonday 09:00 EST: msk-3" in replanned
    assert "TummyTuesday" not in "".join(
        line for line in replanned.splitlines() if line.startswith("planned")
    )
    retried = run(["posts", "retry", str(abd1)], env=at(MONDAY_8))
    assert (
        retried.output == "queued again: 2 post(s), at its planned time Tue 2026-12-01 09:00 EST\n"
    )


def test_status_fails_for_a_failed_post_and_an_account_that_cannot_post(planned: Path) -> None:
    store = db(planned)
    with store.session() as s:
        first = s.scalars(select(Post).order_by(Post.id)).first()
        assert first is not None
        first.state, first.last_error = "failed", "the outbox refused it: disk full"
        s.execute(
            update(Account).values(
                paused_reason="credentials refused: 401",
                paused_until=first.scheduled_at.replace(year=2027),
            )
        )
    store.close()
    shown = run(["status"], env=at(MONDAY_8))

    assert shown.exit_code == 1
    assert (
        f"FAILED  #{first.id} prompt msk-1 -> outbox: the outbox refused it: disk full"
        in shown.output
    )
    assert "PAUSED  outbox until Tue 2027-11-30 09:00 EST: credentials refused: 401" in shown.output
    data = json.loads(run(["status", "--json"], env=at(MONDAY_8)).output)
    assert [p["id"] for p in data["failed"]] == [first.id]
    assert data["paused_accounts"][0]["by_operator"] is False


def test_status_orders_a_threads_parts_and_shows_local_times(
    tmp_path: Path, cli_env: dict[str, str]
) -> None:
    (tmp_path / "c.toml").write_text('[accounts.outbox]\nadapter = "outbox"\ntext_limit = 100\n')
    write_case(tmp_path / "week", "msk-1", title="Case msk-1")
    run(["cases", "import", "week"], env=cli_env)
    run(["cases", "approve", "msk-1", "--by", "Dr R"], env=cli_env)
    run(["--config", "c.toml", "plan", "--weeks", "1"], env=cli_env)
    shown = run(["--config", "c.toml", "status"], env=at("2026-11-30T09:30:00-05:00")).output
    overdue = [line.split(":")[0] for line in shown.splitlines() if line.startswith("OVERDUE")]
    assert overdue == ["OVERDUE #1 prompt 1/2 msk-1 -> outbox"]  # part 2 waits for part 1
    nexts = [line for line in shown.splitlines() if line.startswith("next")]
    parts = [line.split()[3] for line in nexts]
    assert parts == sorted(parts) and nexts[0].endswith("at Tue 2026-12-01 09:00 EST")
    assert "EMPTY   Tue 2026-12-01 #TummyTuesday: no approved abdomen case" in shown
    assert "runway   #MSKMonday: 0 weeks, then Mon 2026-12-07 is empty: " in shown


def test_preview_of_a_day_lists_what_goes_out_that_day(planned: Path) -> None:
    monday = json.loads(run(["preview", "--date", "2026-11-30", "--json"], env=at(MONDAY_8)).output)
    tuesday = json.loads(
        run(["preview", "--date", "2026-12-01", "--json"], env=at(MONDAY_8)).output
    )

    assert [(p["kind"], p["case"]) for p in monday] == [("prompt", "msk-1")]
    assert [(p["kind"], p["case"]) for p in tuesday] == [("answer", "msk-1"), ("prompt", "abd-1")]


def test_rehearse_sends_the_real_queue_into_folders_and_leaves_the_database_as_it_was(
    planned: Path, tmp_path: Path
) -> None:
    before = planned.read_bytes()
    result = run(["rehearse", "rehearsal", "--weeks", "1"], env=at(MONDAY_8))

    assert result.exit_code == 0, result.output
    assert "Mon 2026-11-30 09:00 EST  sent    prompt  msk-1 -> outbox" in result.output
    assert result.output.splitlines()[-2:] == [
        "4 post(s) for outbox in rehearsal/outbox",
        "the real database was only read; nothing left the machine",
    ]
    folders = sorted(
        p.parent.name[:13] for p in (tmp_path / "rehearsal" / "outbox").glob("*/post.json")
    )
    assert folders == ["abd-1-answer-", "abd-1-prompt-", "msk-1-answer-", "msk-1-prompt-"]
    assert planned.read_bytes() == before
    assert not (tmp_path / "outbox").exists()  # the real outbox got nothing


def test_dispatch_reads_secrets_from_an_env_file(
    tmp_path: Path, cli_env: dict[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from tests.support.platform_server import PlatformServer

    # Recorded as unset, so that what the env file sets is undone afterwards.
    monkeypatch.setenv("HOOK_TOKEN", "")
    monkeypatch.delenv("HOOK_TOKEN")
    write_case(tmp_path / "week", "msk-1", title="Case msk-1")
    with PlatformServer() as server:
        (tmp_path / "c.toml").write_text(
            f'[accounts.hook]\nadapter = "webhook"\nurl = "{server.url}/hook"\ntoken = "${{HOOK_TOKEN}}"\n'
        )
        (tmp_path / "secrets.env").write_text(
            "# the portal's token\nexport HOOK_TOKEN='s3cret-token-value'\n"
        )
        run(["cases", "import", "week"], env=cli_env)
        run(["cases", "approve", "msk-1", "--by", "Dr R"], env=cli_env)
        run(["--config", "c.toml", "plan"], env=cli_env)
        due = at("2026-11-30T09:00:30-05:00")
        without = run(["--config", "c.toml", "dispatch"], env=due)
        assert without.exit_code == 1 and "HOOK_TOKEN is not set" in without.output
        run(["accounts", "resume", "hook"])
        retry = at("2026-11-30T09:31:00-05:00")  # the paused try comes back after 30 min
        with_file = run(["--config", "c.toml", "dispatch", "--env-file", "secrets.env"], env=retry)
        assert with_file.exit_code == 0, with_file.output
        assert server.stats()["posts"] == 1
        assert "s3cret-token-value" not in with_file.output
    assert os.environ.get("HOOK_TOKEN") == "s3cret-token-value"  # until monkeypatch undoes it


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("HOOK_TOKEN\n", "secrets.env line 1: expected NAME=value"),
        ("A=1\n2BAD=x\n", "secrets.env line 2: expected NAME=value"),
        ("A='open\n", "secrets.env line 1: the value's ' is not closed"),
    ],
)
def test_a_bad_env_file_is_one_line(
    tmp_path: Path, cli_env: dict[str, str], text: str, message: str
) -> None:
    (tmp_path / "secrets.env").write_text(text)
    result = run(["dispatch", "--env-file", "secrets.env"], env=cli_env)
    assert result.exit_code == 1
    assert result.output == f"Error: {message}\n"
    missing = run(["run", "--env-file", "nope.env"], env=cli_env)
    assert (
        missing.exit_code == 1 and missing.output == "Error: nope.env: environment file not found\n"
    )


def test_preview_says_when_an_account_left_the_config_and_plan_releases_it(
    planned: Path, tmp_path: Path
) -> None:
    (tmp_path / "real.toml").write_text(
        '[accounts.dept]\nadapter = "outbox"\npath = "real-outbox"\n'
    )
    shown = run(["--config", "real.toml", "preview", "--date", "2026-11-30"], env=at(MONDAY_8))
    assert (
        "-> outbox  [prompt, #1, account no longer in the config: `publisher plan` releases it]"
        in shown.output
    )
    assert "TOO LONG" not in shown.output
    released = run(["--config", "real.toml", "plan"], env=at(MONDAY_8)).output
    assert "released Mon 2026-11-30 #MSKMonday msk-1 -> outbox: no longer in the config" in released
    assert "added    Mon 2026-11-30 #MSKMonday msk-1 -> dept" in released
    after = run(["--config", "real.toml", "preview", "--date", "2026-11-30"], env=at(MONDAY_8))
    assert "-> dept" in after.output and "-> outbox" not in after.output
