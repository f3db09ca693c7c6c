"""The adapter registry: every platform comes through the entry-point group
``publisher.adapters``, ours exactly as a third party's would."""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from importlib.metadata import EntryPoint, entry_points
from pathlib import Path
from typing import Any

from publisher.adapters.base import Adapter
from publisher.config import AccountSettings, EnvRef
from publisher.errors import ConfigError, PublisherError

GROUP = "publisher.adapters"


@cache
def available() -> dict[str, EntryPoint]:
    """Installed adapters by name; nothing is imported yet. Read once per process: the
    lookup reads every installed package's metadata, and a daemon building adapters
    for a hundred accounts would otherwise read it a hundred times."""
    return {ep.name: ep for ep in entry_points(group=GROUP)}


def adapter_class(name: str) -> type[Adapter]:
    """Load one adapter class by its entry-point name."""
    found = available()
    if name not in found:
        known = ", ".join(sorted(found)) or "none"
        raise ConfigError(f"no adapter named {name!r}; available: {known}")
    try:
        cls = found[name].load()
    except ImportError as exc:
        raise PublisherError(f"adapter {name!r} cannot be loaded: {exc}") from exc
    if not (isinstance(cls, type) and issubclass(cls, Adapter)):
        raise PublisherError(f"entry point {name!r} in {GROUP} is not a publisher adapter")
    return cls


def check_account(account: AccountSettings, source: str) -> type[Adapter]:
    """Validate an account's keys against its adapter's settings; return the adapter class."""
    where = f"{source}: accounts.{account.name}"
    try:
        cls = adapter_class(account.adapter)
    except ConfigError as exc:
        raise ConfigError(f"{where}.adapter: {exc}") from None
    declared = {s.name: s for s in cls.settings}
    for key, value in account.options.items():
        setting = declared.get(key)
        if setting is None:
            known = ", ".join(sorted(declared)) or "none"
            raise ConfigError(f"{where}.{key}: unknown field for adapter {cls.name!r} ({known})")
        if setting.secret and not isinstance(value, EnvRef):
            raise ConfigError(
                f"{where}.{key}: secrets must be written as an environment reference",
                hint=f'write {key} = "${{SOME_VARIABLE}}" and set SOME_VARIABLE in the environment',
            )
    for setting in cls.settings:
        if setting.required and setting.default is None and setting.name not in account.options:
            raise ConfigError(f"{where}.{setting.name}: required field is missing")
    if cls.needs_media and account.media is None:
        raise ConfigError(
            f"{where}: the {cls.title} adapter needs a [media] table: "
            f"{cls.title} fetches each image from a URL",
            hint="add [media] with a bucket (see config.example.toml)",
        )
    return cls


def build_adapter(
    account: AccountSettings,
    *,
    source: str,
    env: Mapping[str, str],
    state_dir: Path,
    capabilities: Mapping[str, Any] | None = None,
) -> Adapter:
    """A ready adapter for one configured account."""
    cls = check_account(account, source)
    options = {s.name: s.default for s in cls.settings if s.default is not None}
    options.update(account.resolved(env, source))
    adapter = cls(account.name, options, state_dir=state_dir, capabilities=capabilities)
    if cls.needs_media:
        from publisher.media.store import open_media_store

        adapter.media = open_media_store(account.media, env, needed_by=f"accounts.{account.name}")
    return adapter


def describe_installed() -> list[dict[str, Any]]:
    """Every installed adapter: its name, title, extra, whether its client library is
    there, and its capabilities."""
    rows = []
    for name in sorted(available()):
        cls = adapter_class(name)
        rows.append(
            {"name": name, "title": cls.title, "extra": cls.extra,
             "installed": _importable(cls.client_module), **cls.capabilities.as_dict()}
        )  # fmt: skip
    return rows


def _importable(module: str | None) -> bool:
    """Whether a client library is there, without importing it."""
    import importlib.util

    return module is None or importlib.util.find_spec(module) is not None
