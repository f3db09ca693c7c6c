"""Batches: each case written and reported as it is done, a bounded number in flight, a
database refusal rejecting that case alone, and a progress bar only for a person."""

from __future__ import annotations

import dataclasses
import json
import os
import pty
import re
import select
import subprocess
import sys
import threading
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import create_engine, func, text
from sqlalchemy import select as sql_select

from publisher.cases import importing
from publisher.cases.importing import (
    import_cases,
    import_paths,
    prepare,
    read_cases,
    write_prepared,
)
from publisher.store import Store
from publisher.store.models import Blob, Case, CaseImage
from tests.cases.test_importing import table_counts
from tests.conftest import run, write_case

NOW = datetime(2026, 11, 30, 13, 0, tzinfo=UTC)
SCRIPT = Path(sys.executable).with_name("publisher")
REFUSED = "refused.png"  # the image name the database's trigger refuses


def batch(root: Path, count: int, refused: int | None = None) -> Path:
    """``count`` cases with different pictures; case number ``refused`` names REFUSED."""
    for n in range(1, count + 1):
        folder = write_case(root, f"c{n:02d}", shade=20 + 7 * n)
        if n == refused:
            (folder / "pa.png").rename(folder / REFUSED)
            toml = folder / "case.toml"
            toml.write_text(toml.read_text().replace('"pa.png"', f'"{REFUSED}"'))
    return root


def refuse_in_database(store: Store) -> None:
    """A trigger that fails the insert of one image row: by then the case row and its blob
    were written in the same transaction, so a half-written case would show."""
    with store.engine.begin() as conn:
        if store.engine.dialect.name == "sqlite":
            conn.execute(
                text(
                    "CREATE TRIGGER refuse BEFORE INSERT ON case_images "
                    f"WHEN NEW.source_name = '{REFUSED}' "
                    "BEGIN SELECT RAISE(ABORT, 'refused by the test trigger'); END"
                )
            )
        else:
            conn.execute(
                text(
                    "CREATE FUNCTION refuse() RETURNS trigger LANGUAGE plpgsql AS "
                    "$$ BEGIN RAISE EXCEPTION 'refused by the test trigger'; END $$"
                )
            )
            conn.execute(
                text(
                    "CREATE TRIGGER refuse BEFORE INSERT ON case_images FOR EACH ROW "
                    f"WHEN (NEW.source_name = '{REFUSED}') EXECUTE FUNCTION refuse()"
                )
            )


def test_a_database_error_rejects_that_case_and_the_batch_goes_on(
    store: Store, tmp_path: Path
) -> None:
    refuse_in_database(store)
    results = import_paths(store, [batch(tmp_path / "cases", 5, refused=3)], now=NOW, ocr=False)
    assert [(r.slug, r.result) for r in results] == [
        ("c01", "imported"),
        ("c02", "imported"),
        ("c03", "rejected"),
        ("c04", "imported"),
        ("c05", "imported"),
    ]
    assert results[2].reason == (
        f"{tmp_path / 'cases' / 'c03' / 'case.toml'}: the database refused this case: "
        "refused by the test trigger"
    )
    with store.session() as s:
        assert list(s.scalars(sql_select(Case.slug).order_by(Case.slug))) == [
            "c01", "c02", "c04", "c05",
        ]  # fmt: skip
        assert s.scalar(sql_select(func.count()).select_from(CaseImage)) == 4
        assert s.scalar(sql_select(func.count()).select_from(Blob)) == 4  # c03's blob went too


@pytest.mark.postgres
def test_postgresql_refusing_a_nul_is_one_rejected_line(postgres_url: str, tmp_path: Path) -> None:
    """The issue's four-line SQL error: were a NUL to get past the schema, the database's
    refusal is still that case's one line, and nothing of the case is written."""
    store = Store(postgres_url)
    try:
        [source] = read_cases([write_case(tmp_path, "c1")])
        assert isinstance(source, importing.CaseSource)
        prepared = prepare(source, ocr=False)
        assert isinstance(prepared, importing.Prepared)
        spec = source.spec.model_copy(update={"history": "Fall\x00."})  # not validated
        nul = dataclasses.replace(prepared, source=dataclasses.replace(source, spec=spec))
        result = write_prepared(store, nul, now=NOW)
        assert result.result == "rejected"
        assert result.reason.startswith(
            f"{tmp_path / 'c1' / 'case.toml'}: the database refused this case: "
        )
        assert "NUL" in result.reason and "\n" not in result.reason
        assert table_counts(store) == (0, 0, 0)
        assert write_prepared(store, prepared, now=NOW).result == "imported"
    finally:
        store.close()


def test_each_case_is_written_before_its_result_is_handed_back(
    store: Store, tmp_path: Path
) -> None:
    items = read_cases([batch(tmp_path / "cases", 6)])
    seen = []
    for result in import_cases(store, items, now=NOW, ocr=False, workers=1):
        seen.append(result.slug)
        with store.session() as s:
            written = list(s.scalars(sql_select(Case.slug).order_by(Case.slug)))
        assert written == seen  # this one is in, the ones after it are not yet
    assert seen == [f"c{n:02d}" for n in range(1, 7)]


def test_only_a_few_cases_per_worker_are_in_flight(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    started: list[str] = []

    def counting(source: importing.CaseSource, **options: object) -> object:
        started.append(source.spec.slug)
        return prepare(source, **options)  # type: ignore[arg-type]

    monkeypatch.setattr(importing, "prepare", counting)
    items = read_cases([batch(tmp_path / "cases", 24)])
    limit = 2 * importing.IN_FLIGHT_PER_WORKER
    for done, _ in enumerate(import_cases(store, items, now=NOW, ocr=False, workers=2), 1):
        assert len(started) - done <= limit - 1
    assert len(started) == 24


# -- the command ------------------------------------------------------------------------


def test_the_command_prints_one_line_per_case_and_no_bar_when_piped(
    tmp_path: Path, cli_env: dict[str, str]
) -> None:
    batch(tmp_path / "week", 3)
    result = run(["cases", "import", "week"], env=cli_env)
    assert result.exit_code == 0
    assert result.output == (
        "imported   c01 (week/c01/case.toml)\n"
        "imported   c02 (week/c02/case.toml)\n"
        "imported   c03 (week/c03/case.toml)\n"
        "3 imported\n"
    )


def read_line(stream: object, seconds: float) -> str:
    """One line from a pipe, or the test fails after ``seconds`` instead of hanging."""
    box: list[bytes] = []
    reader = threading.Thread(target=lambda: box.append(stream.readline()), daemon=True)  # type: ignore[attr-defined]
    reader.start()
    reader.join(seconds)
    if not box:
        pytest.fail(f"no line within {seconds} s")
    return box[0].decode()


@pytest.mark.postgres
def test_the_command_prints_each_line_when_that_case_is_done(
    postgres_url: str, tmp_path: Path, cli_env: dict[str, str]
) -> None:
    """A row lock held by the test stops the import at the second case: the first case's
    line must already be out, while the command is still running."""
    root = batch(tmp_path / "week", 3)
    store = Store(postgres_url)
    import_paths(store, [root / "c02"], now=NOW, ocr=False)
    store.close()
    write_case(root, "c02", title="A changed title", shade=34)  # so c02 is written again
    env = {**os.environ, **cli_env, "PUBLISHER_DATABASE_URL": postgres_url}
    locker = create_engine(postgres_url)
    with locker.connect() as conn:
        conn.execute(text("SELECT id FROM cases WHERE slug = 'c02' FOR UPDATE"))
        proc = subprocess.Popen(
            [str(SCRIPT), "cases", "import", "week"], cwd=tmp_path, env=env,
            stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        )  # fmt: skip
        try:
            assert read_line(proc.stdout, 120) == "imported   c01 (week/c01/case.toml)\n"
            assert proc.poll() is None  # c02 waits for the lock: the batch is not over
        finally:
            conn.rollback()  # lets c02 through
        out, err = proc.communicate(timeout=120)
    locker.dispose()
    assert proc.returncode == 0, err
    assert out.decode().splitlines() == [
        "updated    c02 (week/c02/case.toml)",
        "imported   c03 (week/c03/case.toml)",
        "2 imported, 1 updated",
    ]


def on_terminal(args: list[str], cwd: Path, env: dict[str, str]) -> str:
    """Run the command with stdout and stderr on a pseudo-terminal; what it showed there."""
    controller, terminal = pty.openpty()
    proc = subprocess.Popen(
        [str(SCRIPT), *args], cwd=cwd, env=env, stdin=subprocess.DEVNULL,
        stdout=terminal, stderr=terminal,
    )  # fmt: skip
    os.close(terminal)
    shown = b""
    try:
        while True:
            ready, _, _ = select.select([controller], [], [], 120)
            if not ready:
                pytest.fail("the command showed nothing for 120 s")
            try:
                chunk = os.read(controller, 65536)
            except OSError:  # EIO: the command has exited and closed the terminal
                break
            if not chunk:
                break
            shown += chunk
    finally:
        proc.wait(60)
        os.close(controller)
    return shown.decode()


def test_a_progress_bar_on_a_terminal_with_each_line_above_it(
    tmp_path: Path, cli_env: dict[str, str]
) -> None:
    batch(tmp_path / "week", 3)
    env = {**os.environ, **cli_env}
    shown = on_terminal(["cases", "import", "week"], tmp_path, env)
    for done in range(4):
        assert re.search(rf"importing\s+\[[#-]+\]\s+{done}/3", shown), shown
    for n in (1, 2, 3):
        # The bar's line is erased and the report line written in its place.
        assert f"\r\x1b[Kimported   c0{n} (week/c0{n}/case.toml)\r\n" in shown, shown
    assert shown.index("imported   c01") < shown.index("1/3") < shown.index("imported   c02")
    assert shown.rstrip().endswith("3 imported")


def test_no_bar_in_json_even_on_a_terminal(tmp_path: Path, cli_env: dict[str, str]) -> None:
    batch(tmp_path / "week", 2)
    shown = on_terminal(["cases", "import", "week", "--json"], tmp_path, {**os.environ, **cli_env})
    assert "importing" not in shown and "\x1b" not in shown
    assert [r["slug"] for r in json.loads(shown.replace("\r\n", "\n"))] == ["c01", "c02"]
