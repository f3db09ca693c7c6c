"""Shared fixtures: real SQLite files, the real PostgreSQL when present, case folders
drawn on the spot, and the CLI run in-process."""

from __future__ import annotations

import os
import textwrap
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result

from publisher.store import Store
from tests.support.builders import draw_png
from tests.support.postgres import postgres_problem, scratch_schema

# The whole suite runs in an odd local zone (UTC+12:45, with summer time), so that any
# code reading local wall-clock time instead of UTC shows up as a wrong answer, and
# a naive datetime on its way to the database fails (models.UTCDateTime refuses it).
os.environ["TZ"] = os.environ.get("PUBLISHER_TEST_TZ", "Pacific/Chatham")
time.tzset()

POSTGRES_REQUIRED = os.environ.get("PUBLISHER_REQUIRE_POSTGRES") == "1"


@pytest.fixture
def postgres_url() -> Iterator[str]:
    """A fresh schema in the real PostgreSQL, dropped afterwards."""
    problem = postgres_problem()
    if problem:
        if POSTGRES_REQUIRED:
            pytest.fail(f"PUBLISHER_REQUIRE_POSTGRES=1 but {problem}")
        pytest.skip(problem)
    with scratch_schema() as url:
        yield url


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """Every store test runs on a real SQLite file and on the real PostgreSQL."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'test.db'}"
    return str(request.getfixturevalue("postgres_url"))


@pytest.fixture
def store(db_url: str) -> Iterator[Store]:
    s = Store(db_url)
    yield s
    s.close()


CASE_TOML = """\
title = "{title}"
section = "{section}"
modality = "XR"
history = "Adult with wrist pain after a fall on an outstretched hand."
question = "What is the diagnosis?"
answer = "Scaphoid waist fracture"
explanation = "A lucent line crosses the scaphoid waist."
teaching_points = ["Repeat scaphoid views when the first films are normal."]
references = ["https://radiopaedia.org/articles/scaphoid-fracture"]
hashtags = ["#MedEd", "#FOAMrad"]
{extra}
[[images]]
file = "pa.png"
alt = "PA radiograph of the wrist with a lucent line across the scaphoid waist."
"""


def write_case(
    root: Path,
    slug: str,
    *,
    section: str = "msk",
    title: str = "Wrist pain after a fall",
    extra: str = "",
    tail: str = "",
    shade: int = 120,
) -> Path:
    """A case folder with a drawn image; ``extra`` lands before the images, ``tail`` after."""
    folder = root / slug
    folder.mkdir(parents=True, exist_ok=True)
    body = CASE_TOML.format(title=title, section=section, extra=textwrap.dedent(extra))
    (folder / "case.toml").write_text(body + textwrap.dedent(tail), encoding="utf-8")
    draw_png(folder / "pa.png", shade=shade)
    return folder


QUIZ = """
[quiz]
options = ["Scaphoid fracture", "Perilunate dislocation", "Normal", "Kienbock disease"]
correct = "A"
"""


@pytest.fixture
def cli_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, str]:
    """Run commands in a fresh folder with a known clock and no stray config."""
    monkeypatch.chdir(tmp_path)
    for name in ("PUBLISHER_CONFIG", "PUBLISHER_DATABASE_URL", "PUBLISHER_NOW"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("PUBLISHER_STATE_DIR", str(tmp_path / "state"))
    return {"PUBLISHER_NOW": "2026-11-30T08:00:00-05:00"}


def run(args: list[str], env: dict[str, str] | None = None, **kwargs: Any) -> Result:
    """The CLI in-process, output captured, exceptions left to the error translator."""
    from publisher.cli import cli

    runner = CliRunner()
    return runner.invoke(cli, args, env=env, catch_exceptions=False, **kwargs)
