"""The README stays true: every command documented, every command line parses,
the quickstart runs, and CI runs the README's test command."""

from __future__ import annotations

import os
import re
import shlex
import subprocess
import sys
from pathlib import Path

import click
import pytest

from publisher.cli import cli
from tests.cli.test_cli import COMMANDS

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")
BLOCKS = re.findall(r"```console\n(.*?)```", README, flags=re.S)


def command_lines() -> list[str]:
    lines = []
    for block in BLOCKS:
        for line in block.splitlines():
            line = line.removeprefix("$ ").strip()
            for part in re.split(r"\s*&&\s*", line):
                if re.match(r"^([A-Z_]+=\S+\s+)*publisher\b", part):
                    lines.append(part)
    return lines


@pytest.mark.parametrize("path", COMMANDS, ids=[" ".join(p) for p in COMMANDS])
def test_every_command_is_in_the_readme(path: tuple[str, ...]) -> None:
    assert f"publisher {' '.join(path)}" in README or f"`{' '.join(path)}" in README


def _without_group_options(argv: list[str]) -> list[str]:
    """The command's own words: `--config FILE`, `--log-format F` and `--debug` before it go."""
    while argv and argv[0] in ("--config", "--log-format", "--debug"):
        argv = argv[1:] if argv[0] == "--debug" else argv[2:]
    return argv


@pytest.mark.parametrize("line", command_lines())
def test_every_command_line_in_the_readme_parses(line: str) -> None:
    argv = [a for a in shlex.split(line) if not re.match(r"^[A-Z_]+=", a)][1:]
    argv = _without_group_options(argv)
    path = max((p for p in COMMANDS if tuple(argv[: len(p)]) == p), key=len, default=None)
    assert path is not None, f"{line}: no such command"
    command: click.Command = cli
    for name in path:
        assert isinstance(command, click.Group)
        found = command.get_command(click.Context(command), name)
        assert found is not None
        command = found
    command.make_context(" ".join(path), argv[len(path) :])  # raises on an unknown option


def test_the_first_two_commands_are_install_and_run_then_install_and_test() -> None:
    first, second = BLOCKS[0].strip(), BLOCKS[1].strip()
    assert "pip install '.[ocr]'" in first and first.endswith("publisher demo")
    assert "pip install -e '.[test]'" in second and second.endswith("python -m pytest")
    ci = (ROOT / ".ci" / "run").read_text()
    assert "pip install --quiet -e '.[test]'" in ci and "python -m pytest" in ci


def test_the_quickstart_runs(tmp_path: Path) -> None:
    """The README's first command, after its install step, in an empty folder."""
    script = Path(sys.executable).with_name("publisher")
    assert script.exists(), "the package is not installed in this environment"
    env = {**os.environ, "PUBLISHER_NOW": "2026-11-30T08:00:00-05:00"}
    env.pop("PUBLISHER_CONFIG", None)
    out = subprocess.run(
        [str(script), "demo"], cwd=tmp_path, env=env, capture_output=True, text=True, timeout=300
    )
    assert out.returncode == 0, out.stderr
    assert out.stderr == ""
    assert "image checks on: burned-in text and faces" in out.stdout  # the ocr extra is in test
    assert "planned  Mon 2026-11-30 #MSKMonday" in out.stdout
    assert "planned  Fri 2026-12-04 #FridayQuizDay" in out.stdout
    assert "sent    prompt  msk-scaphoid-001\n    | #MSKMonday " in out.stdout
    assert "sent    answer" in out.stdout
    folder = tmp_path / "publisher-demo"
    assert (folder / "publisher.db").exists()
    posts = list((folder / "outbox").glob("*/post.json"))
    assert len(posts) >= 20
    assert f"{len(posts)} posts sent to publisher-demo/outbox" in out.stdout


def test_the_privacy_review_example_runs_as_printed(
    tmp_path: Path, cli_env: dict[str, str]
) -> None:
    """The README's review session, command by command, with the output it shows."""
    from tests.conftest import run, write_case

    block = next(b for b in BLOCKS if "publisher cases ack msk-review-001" in b)
    write_case(
        tmp_path / "week", "msk-review-001", title="Dr Jones and the professional footballer"
    )
    steps = re.split(r"^\$ ", block, flags=re.M)[1:]
    for step in steps:
        line, _, expected = step.partition("\n")
        result = run(shlex.split(line)[1:], env=cli_env)
        assert result.output == expected, line


def test_the_plan_changing_session_runs_as_printed(tmp_path: Path, cli_env: dict[str, str]) -> None:
    """The README's session of move, swap, retire, restore, cancel and pause."""
    from tests.conftest import run, write_case

    block = next(b for b in BLOCKS if "publisher cases swap msk-002 msk-003" in b)
    themes = (
        '[[themes]]\nweekday = "monday"\nhashtag = "#MSKMonday"\nsections = ["msk"]\n\n'
        '[[themes]]\nweekday = "tuesday"\nhashtag = "#TummyTuesday"\nsections = ["abdomen"]\n'
    )
    (tmp_path / "term.toml").write_text(themes)
    (tmp_path / "holidays.toml").write_text('[schedule]\nblackout = ["2026-12-07"]\n\n' + themes)
    for slug, title in [("msk-001", "Wrist pain after a fall"), ("msk-002", "Knee pain after a twist"),
                        ("msk-003", "Hip pain on walking")]:  # fmt: skip
        write_case(tmp_path / "week", slug, title=title)
    write_case(tmp_path / "week", "abd-001", section="abdomen", title="Right lower quadrant pain")
    env = {**cli_env, "PUBLISHER_CONFIG": "term.toml"}
    for step in re.split(r"^\$ ", block, flags=re.M)[1:]:
        line, _, expected = step.partition("\n")
        result = run(shlex.split(line)[1:], env=env)
        assert result.output == expected, line


def _recipe_command(text: str, marker: str) -> list[str]:
    line = next(line for line in text.splitlines() if marker in line)
    argv = shlex.split(line.split(marker, 1)[1].split(">>")[0])
    return [a for a in argv if not re.match(r"^[A-Z_]+=", a)]


@pytest.mark.parametrize(("fence", "marker"), [("cron", "bin/publisher"), ("ini", "bin/publisher")])
def test_the_cron_and_systemd_recipes_load_the_secrets_and_parse(fence: str, marker: str) -> None:
    block = re.findall(rf"```{fence}\n(.*?)```", README, flags=re.S)[0]
    argv = _without_group_options(_recipe_command(block, marker))
    assert "--env-file" in argv and argv[0] in ("dispatch", "run")
    command = cli.get_command(click.Context(cli), argv[0])
    assert command is not None
    command.make_context(argv[0], argv[1:])  # raises on an unknown option
