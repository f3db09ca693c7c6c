"""The config file: defaults, typed errors naming file and key, ${ENV} secrets."""

from __future__ import annotations

import json
import tomllib
from pathlib import Path

import pytest
from pydantic import BaseModel

from publisher.adapters import check_account
from publisher.config import EnvRef, _File, load_settings
from publisher.errors import ConfigError
from tests.conftest import run

ROOT = Path(__file__).resolve().parents[1]


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "config.toml"
    path.write_text(text)
    return path


def test_defaults_without_any_file() -> None:
    settings = load_settings(None, {})
    assert settings.database_url == "sqlite:///publisher.db"
    assert list(settings.accounts) == ["outbox"]
    assert [t.hashtag for t in settings.themes] == [
        "#MSKMonday", "#TummyTuesday", "#NeuroWednesday", "#ThoraxThursday", "#FridayQuizDay",
    ]  # fmt: skip
    assert settings.themes[-1].quiz and settings.themes[-1].sections == ()


def test_the_example_config_is_accepted_key_for_key() -> None:
    settings = load_settings(ROOT / "config.example.toml", {})
    assert set(settings.accounts) == {
        "dept-mastodon", "dept-bluesky", "dept-x", "dept-portal", "outbox",
        "dept-reddit", "dept-telegram", "dept-discord",
        "dept-instagram", "dept-facebook", "dept-linkedin",
    }  # fmt: skip
    assert settings.media is not None and settings.media.bucket == "dept-teaching-media"
    for account in settings.accounts.values():
        check_account(account, settings.source)
    assert settings.accounts["dept-x"].options["consumer_key"] == EnvRef("X_CONSUMER_KEY")
    assert len(settings.themes) == 5 and settings.themes[0].accounts is not None


def test_every_key_of_every_section_is_in_the_example() -> None:
    example = tomllib.loads((ROOT / "config.example.toml").read_text(encoding="utf-8"))
    for name, info in _File.model_fields.items():
        section = info.alias or name
        if isinstance(info.annotation, type) and issubclass(info.annotation, BaseModel):
            missing = set(info.annotation.model_fields) - set(example.get(section, {}))
            assert not missing, f"[{section}] {', '.join(sorted(missing))}: not in the example"


def test_the_image_size_cap(tmp_path: Path) -> None:
    assert load_settings(None, {}).imports.max_image_bytes == 512 * 1024 * 1024
    path = write(tmp_path, "[import]\nmax_image_bytes = 1000000\n")
    assert load_settings(path, {}).imports.max_image_bytes == 1_000_000
    for text, message in [
        ("[import]\nmax_image_bytes = 0\n", "import.max_image_bytes: must be 1 or more"),
        ("[import]\nmax_image_bytes = '1GB'\n", "import.max_image_bytes: must be a whole number"),
        ("[import]\nmax_images = 1\n", "import.max_images: unknown field"),
    ]:
        with pytest.raises(ConfigError) as caught:
            load_settings(write(tmp_path, text), {})
        assert caught.value.message == f"{tmp_path / 'config.toml'}: {message}"


def test_database_url_from_the_environment_wins(tmp_path: Path) -> None:
    path = write(tmp_path, '[database]\nurl = "sqlite:///a.db"\n')
    env = {"PUBLISHER_DATABASE_URL": "sqlite:///b.db"}
    assert load_settings(path, env).database_url == "sqlite:///b.db"
    assert load_settings(path, {}).database_url == "sqlite:///a.db"
    assert load_settings(None, {"PUBLISHER_CONFIG": str(path)}).database_url == "sqlite:///a.db"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("[schedule]\ntimzone = 'UTC'\n", "schedule.timzone: unknown field"),
        ("[schedule]\ntimezone = 'Mars/Olympus'\n", "schedule.timezone: 'Mars/Olympus' is not a time zone"),
        ("[schedule]\nmisfire_grace = 'soon'\n", "schedule.misfire_grace: 'soon' is not a duration"),
        ("[privacy]\nembargo_days = 'thirty'\n", "privacy.embargo_days: must be a whole number"),
        ("[[themes]]\nweekday = 'funday'\nhashtag = '#X'\n", "themes[1].weekday: 'funday' is not a weekday"),
        ("[[themes]]\nweekday = 'monday'\nhashtag = '#X'\ntime = '9am'\n", "themes[1].time: '9am' is not a time"),
        ("[[themes]]\nweekday = 'monday'\nhashtag = 'X'\n", "themes[1].hashtag: 'X' is not a hashtag"),
        ("[accounts.a]\npath = 'x'\n", "accounts.a.adapter: required field is missing"),
        ("[[themes]]\nweekday = 'monday'\nhashtag = '#X'\naccounts = ['nobody']\n", "themes[1].accounts: no account named 'nobody'"),
        ("[database\n", "not valid TOML"),
    ],
)  # fmt: skip
def test_errors_name_the_file_and_the_key(tmp_path: Path, text: str, message: str) -> None:
    path = write(tmp_path, text)
    with pytest.raises(ConfigError) as caught:
        load_settings(path, {})
    assert str(caught.value).startswith(f"{path}: ")
    assert message in str(caught.value)


@pytest.mark.parametrize(
    ("table", "message"),
    [
        ('adapter = "x"\nconsumer_key = "literal-secret"', "consumer_key: secrets must be written"),
        ('adapter = "mastodon"\napi_base_url = "https://m.example"\ncolour = 1', "colour: unknown field"),
        ('adapter = "mastodon"\naccess_token = "${T}"', "api_base_url: required field is missing"),
        ('adapter = "carrier-pigeon"', "no adapter named 'carrier-pigeon'; available:"),
    ],
)  # fmt: skip
def test_account_tables_are_checked_against_their_adapter(
    tmp_path: Path, table: str, message: str
) -> None:
    path = write(tmp_path, f"[accounts.a]\n{table}\n")
    settings = load_settings(path, {})
    with pytest.raises(ConfigError, match=message) as caught:
        check_account(settings.accounts["a"], settings.source)
    assert "literal-secret" not in str(caught.value)


def test_config_check_masks_secrets_and_reports_unset_ones(
    tmp_path: Path, cli_env: dict[str, str]
) -> None:
    path = write(
        tmp_path,
        '[accounts.m]\nadapter = "mastodon"\napi_base_url = "http://127.0.0.1:1"\n'
        'access_token = "${M_TOKEN}"\n',
    )
    ok = run(["--config", str(path), "config", "check"], env={"M_TOKEN": "s3cr3t-value"})
    assert ok.exit_code == 0, ok.output
    assert "access_token = ${M_TOKEN} (set)" in ok.output
    assert "s3cr3t-value" not in ok.output
    data = json.loads(
        run(
            ["--config", str(path), "config", "check", "--json"], env={"M_TOKEN": "s3cr3t-value"}
        ).output
    )
    assert data["accounts"]["m"]["access_token"] == "${M_TOKEN} (set)"
    missing = run(["--config", str(path), "config", "check"], env={"M_TOKEN": ""})
    assert missing.exit_code == 1
    assert "environment variable M_TOKEN is not set" in missing.output


def test_a_bad_config_is_one_line_and_exit_1(tmp_path: Path, cli_env: dict[str, str]) -> None:
    path = write(tmp_path, "[schedule]\ntimzone = 'UTC'\n")
    result = run(["--config", str(path), "plan"], env=cli_env)
    assert result.exit_code == 1
    assert result.output == f"Error: {path}: schedule.timzone: unknown field\n"
