"""What `config check` prints: the resolved settings with every secret masked."""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import Any

from publisher.adapters import check_account
from publisher.config import EnvRef, Settings
from publisher.errors import PublisherError
from publisher.store import mask_url


def resolved_settings(settings: Settings, env: Mapping[str, str] | None = None) -> dict[str, Any]:
    env = os.environ if env is None else env
    problems: list[str] = []
    accounts = {}
    for name, account in settings.accounts.items():
        try:
            cls = check_account(account, settings.source)
        except PublisherError as exc:
            problems.append(exc.message)
            continue
        secret = {s.name for s in cls.settings if s.secret}
        options = {}
        for key, value in account.options.items():
            options[key] = _show(value, key in secret, env)
            if isinstance(value, EnvRef) and value.resolve(env) is None:
                problems.append(
                    f"{settings.source}: accounts.{name}.{key}: "
                    f"environment variable {value.name} is not set"
                )
        accounts[name] = {"adapter": account.adapter, **options}
    media = _media(settings, env, problems)
    return {
        "source": settings.source,
        "database": {"url": mask_url(settings.database_url)},
        "media": media,
        "schedule": settings.schedule.model_dump(mode="json"),
        "privacy": settings.privacy.model_dump(mode="json"),
        "accounts": accounts,
        "themes": [t.model_dump(mode="json", exclude_none=True) for t in settings.themes],
        "state_dir": str(settings.state_dir),
        "problems": problems,
    }


def _media(
    settings: Settings, env: Mapping[str, str], problems: list[str]
) -> dict[str, Any] | None:
    """The [media] table with its secrets masked, and any variable it names that is unset."""
    if settings.media is None:
        return None
    shown: dict[str, Any] = {}
    for key, value in settings.media.model_dump(mode="json").items():
        ref = _env_ref(value) if key in ("access_key_id", "secret_access_key") else None
        shown[key] = _show(ref, True, env) if ref else value
        if ref is not None and ref.resolve(env) is None:
            problems.append(
                f"{settings.source}: media.{key}: environment variable {ref.name} is not set"
            )
    return shown


def _env_ref(value: Any) -> EnvRef | None:
    text = str(value or "")
    return EnvRef(text[2:-1]) if text.startswith("${") and text.endswith("}") else None


def _show(value: Any, secret: bool, env: Mapping[str, str]) -> Any:
    if isinstance(value, EnvRef):
        state = "set" if value.resolve(env) is not None else "NOT SET"
        if secret or value.resolve(env) is None:
            return f"{value} ({state})"
        return f"{value} = {value.resolve(env)}"
    return value
