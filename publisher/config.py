"""The configuration file: TOML in, typed settings out. Secrets stay ${ENV} references."""

from __future__ import annotations

import os
import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import timedelta
from importlib import resources
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, StrictBool, ValidationError, field_validator

from publisher.cases.images import DEFAULT_MAX_IMAGE_BYTES
from publisher.errors import ConfigError, describe_invalid
from publisher.media.store import MediaSettings
from publisher.schedule.blackouts import Blackout, parse_blackouts
from publisher.schedule.themes import Theme, load_themes, parse_duration, parse_themes, parse_zone

DEFAULT_DATABASE_URL = "sqlite:///publisher.db"
DEFAULT_ACCOUNT = "outbox"
_ENV_REF = re.compile(r"\$\{([A-Za-z_][A-Za-z0-9_]*)\}")


class _Section(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class DatabaseSettings(_Section):
    url: str = DEFAULT_DATABASE_URL


class ScheduleSettings(_Section):
    timezone: str = "America/New_York"
    misfire_grace: str = "1h"
    # Dates, 'FIRST..LAST' ranges, or { dates, theme, account } tables: see blackouts.py.
    blackout: tuple[Any, ...] = ()
    catch_up: bool = False  # send prompts that are later than the grace instead of missing them
    catch_up_spacing: str = "1h"  # between two caught-up slots of one account

    @field_validator("timezone")
    @classmethod
    def _zone(cls, value: str) -> str:
        parse_zone(value)
        return value

    @field_validator("misfire_grace", "catch_up_spacing")
    @classmethod
    def _duration(cls, value: str) -> str:
        parse_duration(value)
        return value

    @field_validator("blackout")
    @classmethod
    def _blackout(cls, value: tuple[Any, ...]) -> tuple[Any, ...]:
        parse_blackouts(value)
        return value

    @property
    def blackouts(self) -> tuple[Blackout, ...]:
        return parse_blackouts(self.blackout)

    @property
    def grace(self) -> timedelta:
        return parse_duration(self.misfire_grace)

    @property
    def spacing(self) -> timedelta:
        return parse_duration(self.catch_up_spacing)


class DispatchSettings(_Section):
    concurrency: int = 8  # sends in flight at once, each to a different account
    max_attempts: int = 8  # transient failures before a post is failed for good
    retry_base: str = "1m"  # first retry delay; doubles each attempt, with jitter
    retry_max: str = "1h"
    lease: str = "10m"  # how long a claim holds before another worker may take over
    poll_interval: str = "30s"  # how often the daemon re-reads the queue
    auth_pause: str = "30m"  # how long an account rests after its credentials were refused
    retry_after_max: str = "6h"  # the longest wait a platform's rate limit may impose

    @field_validator(
        "retry_base", "retry_max", "lease", "poll_interval", "auth_pause", "retry_after_max"
    )
    @classmethod
    def _duration(cls, value: str) -> str:
        if parse_duration(value) <= timedelta(0):
            raise ValueError("must be longer than zero")
        return value

    @field_validator("concurrency", "max_attempts")
    @classmethod
    def _positive(cls, value: int) -> int:
        if value < 1:
            raise ValueError("must be 1 or more")
        return value

    def duration(self, name: str) -> timedelta:
        return parse_duration(str(getattr(self, name)))


class PrivacySettings(_Section):
    embargo_days: int = 30
    second_reviewer: StrictBool = False

    @field_validator("embargo_days")
    @classmethod
    def _days(cls, value: int) -> int:
        if value < 0:
            raise ValueError("must be 0 or more")
        return value


class ImportSettings(_Section):
    max_image_bytes: int = DEFAULT_MAX_IMAGE_BYTES  # per image file, checked before reading

    @field_validator("max_image_bytes")
    @classmethod
    def _positive(cls, value: int) -> int:
        if value < 1:
            raise ValueError("must be 1 or more")
        return value


class MetricsSettings(_Section):
    after: tuple[str, ...] = ("1h", "1d", "7d")  # snapshots of each sent post's counts
    collect: StrictBool = True  # the daemon collects in its idle time

    @field_validator("after")
    @classmethod
    def _ages(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        ages = [parse_duration(v) for v in value]
        if any(age <= timedelta(0) for age in ages):
            raise ValueError("every age must be longer than zero")
        if len(set(ages)) != len(ages):
            raise ValueError("an age is given twice")
        return value

    @property
    def ages(self) -> tuple[timedelta, ...]:
        """The snapshot ages, shortest first."""
        return tuple(sorted(parse_duration(v) for v in self.after))


class QuizSettings(_Section):
    show_results: StrictBool = False  # the answer tells how the poll's voters answered
    results_template: str = "Of {votes} votes, {percent}% chose {letter}, {option}"

    @field_validator("results_template")
    @classmethod
    def _template(cls, value: str) -> str:
        from publisher.metrics.tally import check_template

        check_template(value)
        return value


class WebSettings(_Section):
    """`publisher serve`: where it listens, and the password any other host than loopback needs."""

    host: str = "127.0.0.1"
    port: int = 8000
    password: str = ""  # ${ENV}; required to serve on any address but loopback

    @field_validator("port")
    @classmethod
    def _port(cls, value: int) -> int:
        if not 0 < value < 65536:
            raise ValueError("must be a port number, 1 to 65535")
        return value

    @field_validator("password")
    @classmethod
    def _secret(cls, value: str) -> str:
        if value and not _ENV_REF.fullmatch(value.strip()):
            raise ValueError('secrets must be written as an environment reference: "${NAME}"')
        return value.strip()

    def secret(self, env: Mapping[str, str]) -> str | None:
        """The password from the environment; None when none is configured or it is unset."""
        match = _ENV_REF.fullmatch(self.password)
        return EnvRef(match[1]).resolve(env) if match else None


class _File(_Section):
    database: DatabaseSettings = DatabaseSettings()
    schedule: ScheduleSettings = ScheduleSettings()
    dispatch: DispatchSettings = DispatchSettings()
    privacy: PrivacySettings = PrivacySettings()
    metrics: MetricsSettings = MetricsSettings()
    quiz: QuizSettings = QuizSettings()
    media: MediaSettings | None = None
    web: WebSettings = WebSettings()
    import_: ImportSettings = Field(ImportSettings(), alias="import")  # a Python keyword
    accounts: dict[str, dict[str, Any]] = {}
    themes: list[dict[str, Any]] | None = None


@dataclass(frozen=True)
class EnvRef:
    """A value written as ``${NAME}``: read from the environment when it is used."""

    name: str

    def resolve(self, env: Mapping[str, str]) -> str | None:
        return env.get(self.name) or None  # an empty secret is as good as none

    def __str__(self) -> str:
        return "${" + self.name + "}"


@dataclass(frozen=True)
class AccountSettings:
    """One ``[accounts.NAME]`` table. ``options`` hold plain values or EnvRefs."""

    name: str
    adapter: str
    options: Mapping[str, Any] = field(default_factory=dict)
    media: MediaSettings | None = None  # the [media] table, for platforms that fetch images

    def resolved(self, env: Mapping[str, str], source: str) -> dict[str, Any]:
        """The options with every ${ENV} reference replaced; unset variables are errors."""
        out = {}
        for key, value in self.options.items():
            if isinstance(value, EnvRef):
                resolved = value.resolve(env)
                if resolved is None:
                    raise ConfigError(
                        f"{source}: accounts.{self.name}.{key}: "
                        f"environment variable {value.name} is not set"
                    )
                value = resolved
            out[key] = value
        return out


@dataclass(frozen=True)
class Settings:
    """Everything the tool was configured with."""

    source: str  # the file, or "(defaults)"
    database_url: str
    schedule: ScheduleSettings
    dispatch: DispatchSettings
    privacy: PrivacySettings
    accounts: Mapping[str, AccountSettings]
    themes: tuple[Theme, ...]
    state_dir: Path
    media: MediaSettings | None = None
    imports: ImportSettings = field(default_factory=ImportSettings)
    metrics: MetricsSettings = field(default_factory=MetricsSettings)
    quiz: QuizSettings = field(default_factory=QuizSettings)
    web: WebSettings = field(default_factory=WebSettings)

    def theme_accounts(self, theme: Theme) -> tuple[str, ...]:
        return theme.accounts if theme.accounts is not None else tuple(self.accounts)

    def theme_sections(self) -> set[str]:
        """Every section a theme draws from: import accepts them beside the built-in ones."""
        return {section for theme in self.themes for section in theme.sections}


def default_content() -> Path:
    """The sample content shipped with the package (a checkout's ``content/``)."""
    return Path(str(resources.files("publisher.content")))


def state_dir(env: Mapping[str, str]) -> Path:
    """Where cached platform sessions live: private to the user, never in the database."""
    if env.get("PUBLISHER_STATE_DIR"):
        return Path(env["PUBLISHER_STATE_DIR"])
    base = env.get("XDG_STATE_HOME") or str(Path.home() / ".local" / "state")
    return Path(base) / "publisher"


def load_settings(path: Path | None = None, env: Mapping[str, str] | None = None) -> Settings:
    """Read the config file (or use the defaults) and apply environment overrides."""
    env = os.environ if env is None else env
    if path is None and env.get("PUBLISHER_CONFIG"):
        path = Path(env["PUBLISHER_CONFIG"])
    raw: dict[str, Any] = {}
    source = "(defaults)"
    if path is not None:
        source = str(path)
        raw = _read_toml(path)
    try:
        parsed = _File.model_validate(raw)
    except ValidationError as exc:
        raise ConfigError(describe_invalid(exc, source)) from None
    accounts = _accounts(parsed.accounts, source, parsed.media)
    if parsed.themes is None:
        themes = load_themes(default_content() / "themes.toml")
    else:
        themes = parse_themes(parsed.themes, source)
    _check_theme_accounts(themes, accounts, source)
    _check_blackouts(parsed.schedule.blackouts, themes, accounts, source)
    return Settings(
        source=source,
        database_url=env.get("PUBLISHER_DATABASE_URL") or parsed.database.url,
        schedule=parsed.schedule,
        dispatch=parsed.dispatch,
        privacy=parsed.privacy,
        accounts=accounts,
        themes=themes,
        state_dir=state_dir(env),
        media=parsed.media,
        imports=parsed.import_,
        metrics=parsed.metrics,
        quiz=parsed.quiz,
        web=parsed.web,
    )


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ConfigError(f"{path}: config file not found") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: cannot read the config file: {exc}") from None
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: not valid TOML: {exc}") from None


def _accounts(
    tables: Mapping[str, Mapping[str, Any]], source: str, media: MediaSettings | None
) -> dict[str, AccountSettings]:
    if not tables:
        return {DEFAULT_ACCOUNT: AccountSettings(DEFAULT_ACCOUNT, "outbox", {"path": "outbox"})}
    accounts = {}
    for name, table in tables.items():
        where = f"{source}: accounts.{name}"
        if not isinstance(table, Mapping):
            raise ConfigError(f"{where}: must be a table")
        adapter = table.get("adapter")
        if not isinstance(adapter, str) or not adapter:
            raise ConfigError(f"{where}.adapter: required field is missing")
        options = {k: _env_value(v) for k, v in table.items() if k != "adapter"}
        accounts[name] = AccountSettings(name, adapter, options, media)
    return accounts


def _env_value(value: Any) -> Any:
    if isinstance(value, str):
        match = _ENV_REF.fullmatch(value.strip())
        if match:
            return EnvRef(match[1])
    return value


def _check_theme_accounts(
    themes: tuple[Theme, ...], accounts: Mapping[str, AccountSettings], source: str
) -> None:
    for index, theme in enumerate(themes, start=1):
        for name in theme.accounts or ():
            if name not in accounts:
                known = ", ".join(sorted(accounts))
                raise ConfigError(
                    f"{source}: themes[{index}].accounts: no account named {name!r}; "
                    f"configured: {known}"
                )


def _check_blackouts(
    blackouts: tuple[Blackout, ...],
    themes: tuple[Theme, ...],
    accounts: Mapping[str, AccountSettings],
    source: str,
) -> None:
    """A blackout names themes (by hashtag or weekday) and accounts that exist."""
    names = {t.hashtag.casefold() for t in themes} | {t.weekday for t in themes}
    for number, blackout in enumerate(blackouts, start=1):
        where = f"{source}: schedule.blackout: entry {number}"
        for theme in blackout.themes:
            if theme.casefold() not in names:
                known = ", ".join(t.hashtag for t in themes)
                raise ConfigError(f"{where}: theme: no theme {theme!r}; themes: {known}")
        for account in blackout.accounts:
            if account not in accounts:
                known = ", ".join(sorted(accounts))
                raise ConfigError(
                    f"{where}: account: no account named {account!r}; configured: {known}"
                )
