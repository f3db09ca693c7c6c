"""`publisher config check`, `db upgrade` and `adapters`."""

from __future__ import annotations

from typing import Any

import click

from publisher.cli.app import App, cli, echo_json, pass_app


@cli.group()
def config() -> None:
    """Inspect the configuration."""


@config.command("check")
@click.option("--json", "as_json", is_flag=True, help="The resolved settings as JSON.")
@pass_app
def config_check(app: App, as_json: bool) -> None:
    """Validate the config and print the resolved settings, secrets masked.

    \b
    Example:
      PUBLISHER_CONFIG=config.toml publisher config check
    """
    from publisher.accounts.settings import render_settings, resolved_settings

    data = resolved_settings(app.settings)
    if as_json:
        echo_json(data)
    else:
        click.echo(render_settings(data), nl=False)
    if data["problems"]:
        raise SystemExit(1)


@cli.group()
def db() -> None:
    """Manage the database schema."""


@db.command("upgrade")
@pass_app
def db_upgrade(app: App) -> None:
    """Bring the database to the newest schema (stop daemons first).

    \b
    Example:
      PUBLISHER_DATABASE_URL=postgresql+psycopg://postgres@127.0.0.1/test publisher db upgrade
    """
    from publisher.store import Store, upgrade

    store = Store(app.settings.database_url, prepare=False)
    before, after = upgrade(store.engine)
    store.close()
    if before == after:
        click.echo(f"database already at revision {after}")
    else:
        click.echo(f"database upgraded from {before or 'empty'} to revision {after}")


@cli.command()
@click.option("--json", "as_json", is_flag=True, help="As JSON.")
def adapters(as_json: bool) -> None:
    """List the installed platform adapters and what each can do.

    \b
    Example:
      publisher adapters
    """
    from publisher.adapters import adapter_class, available

    rows = []
    for name in sorted(available()):
        cls = adapter_class(name)
        rows.append(
            {
                "name": name,
                "title": cls.title,
                "extra": cls.extra,
                "installed": _installed(cls.client_module),
                **cls.capabilities.as_dict(),
            }
        )
    if as_json:
        echo_json(rows)
        return
    for r in rows:
        flags = [f for f in ("spoiler", "polls", "replies", "idempotency") if r[f]]
        flags += _community_flags(r)
        note = "" if r["installed"] else f"  (needs: pip install 'publisher[{r['extra']}]')"
        click.echo(
            f"{r['name']:<10} {r['title']:<18} {r['text_limit']} {r['counting']}, "
            f"{r['images_per_post']} images of {r['image_max_bytes'] // 1000} kB, "
            f"{', '.join(flags)}{note}"
        )


def _community_flags(row: dict[str, Any]) -> list[str]:
    """What the community platforms add: a title, a caption limit, spoiler markup, quizzes."""
    flags = []
    if row.get("title_limit"):
        flags.append(f"title {row['title_limit']}")
    if row.get("caption_limit"):
        flags.append(f"caption {row['caption_limit']}")
    if row.get("spoiler_markup"):
        flags.append("spoiler " + "...".join(row["spoiler_markup"]))
    if row.get("quiz"):
        flags.append("quiz")
    if row.get("hashtags") is False:
        flags.append("no hashtags")
    return flags


def _installed(module: str | None) -> bool:
    """Whether an adapter's client library is importable (without importing it)."""
    import importlib.util

    return module is None or importlib.util.find_spec(module) is not None
