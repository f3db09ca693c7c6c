"""CLI manners: help with examples everywhere, fast start, one-line errors."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator

import click
import pytest

from publisher.cli import cli
from tests.conftest import run


def all_commands(
    group: click.Group = cli, prefix: tuple[str, ...] = ()
) -> Iterator[tuple[str, ...]]:
    for name, command in sorted(group.commands.items()):
        path = (*prefix, name)
        if isinstance(command, click.Group):
            yield from all_commands(command, path)
        else:
            yield path


COMMANDS = list(all_commands())


@pytest.mark.parametrize("path", COMMANDS, ids=[" ".join(p) for p in COMMANDS])
def test_every_command_has_help_with_an_example(path: tuple[str, ...]) -> None:
    result = run([*path, "--help"])
    assert result.exit_code == 0
    assert "Example" in result.output, f"`publisher {' '.join(path)} --help` shows no example"
    assert f"publisher {' '.join(path)}" in result.output.split("Example", 1)[1]


def test_help_loads_no_database_image_or_platform_library() -> None:
    code = (
        "import sys\n"
        "sys.argv = ['publisher', '--help']\n"
        "from publisher.cli import main\n"
        "try:\n    main()\nexcept SystemExit:\n    pass\n"
        "heavy = ['sqlalchemy', 'PIL', 'pydantic', 'alembic', 'tweepy', 'mastodon', 'atproto',"
        " 'apscheduler', 'requests']\n"
        "print('HEAVY:' + ','.join(m for m in heavy if m in sys.modules))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip().splitlines()[-1] == "HEAVY:"


def test_usage_errors_exit_2_and_user_errors_exit_1(cli_env: dict[str, str]) -> None:
    assert run(["plan", "--weeks", "0"], env=cli_env).exit_code == 2
    assert run(["no-such-command"], env=cli_env).exit_code == 2
    result = run(["cases", "approve", "nope", "--by", "me"], env=cli_env)
    assert result.exit_code == 1
    assert result.output == (
        "Error: no case with slug 'nope'\nHint: `publisher cases list` shows them\n"
    )


def test_a_bad_clock_setting_is_a_clear_error(cli_env: dict[str, str]) -> None:
    result = run(["plan"], env={"PUBLISHER_NOW": "2026-11-30T08:00"})
    assert result.exit_code == 1
    assert result.output.startswith("Error: PUBLISHER_NOW: '2026-11-30T08:00' has no UTC offset")


def test_debug_shows_the_traceback(cli_env: dict[str, str]) -> None:
    from publisher.errors import NotFoundError

    with pytest.raises(NotFoundError):
        run(["--debug", "cases", "show", "nope"], env=cli_env)


def test_adapters_lists_every_installed_adapter(cli_env: dict[str, str]) -> None:
    out = run(["adapters"], env=cli_env).output
    names = [line.split()[0] for line in out.splitlines()]
    assert "outbox" in names
    assert "outbox     Outbox (dry run)   500 chars" in out


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("nonsense", "Error: database URL '(unparseable URL)' is not usable"),
        ("postgresql+psycopg://postgres:hunter2@127.0.0.1:1/none", "Error: cannot open database"),
        ("sqlite:////nonexistent-folder/x/y.db", "Error: cannot open database"),
    ],
)
def test_a_bad_database_url_is_one_line_without_its_password(
    cli_env: dict[str, str], url: str, message: str
) -> None:
    result = run(["cases", "list"], env={"PUBLISHER_DATABASE_URL": url})
    assert result.exit_code == 1
    assert result.output.startswith(message)
    assert len(result.output.strip().splitlines()) == 1
    assert "hunter2" not in result.output


def test_adapters_say_which_extra_to_install_when_the_client_is_missing(
    cli_env: dict[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import importlib.util

    real = importlib.util.find_spec
    monkeypatch.setattr(
        importlib.util, "find_spec", lambda name, *a: None if name == "atproto" else real(name, *a)
    )
    out = run(["adapters"], env=cli_env).output
    bluesky = next(line for line in out.splitlines() if line.startswith("bluesky"))
    assert bluesky.endswith("(needs: pip install 'publisher[bluesky]')")
    assert "needs" not in next(line for line in out.splitlines() if line.startswith("outbox"))


def test_adapters_list_the_community_platforms_with_what_they_add(cli_env: dict[str, str]) -> None:
    out = run(["adapters"], env=cli_env).output
    lines = {line.split()[0]: line for line in out.splitlines()}
    assert lines["reddit"].endswith("replies, title 300, spoiler >!...!<, no hashtags")
    assert lines["telegram"].startswith("telegram   Telegram           4096 utf16, 10 images")
    assert lines["telegram"].endswith("caption 1024, spoiler <tg-spoiler>...</tg-spoiler>, quiz")
    assert lines["discord"].endswith("polls, replies, spoiler ||...||, no hashtags")
