"""`publisher config check`, `db upgrade` and `adapters`."""

from __future__ import annotations

import click

from publisher.cli.app import App, cli, pass_app


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
    from publisher.accounts.settings import resolved_settings
    from publisher.cli import render

    data = resolved_settings(app.settings)
    click.echo(render.as_json(data) if as_json else render.settings(data), nl=as_json)
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
    from publisher.adapters import describe_installed
    from publisher.cli import render

    rows = describe_installed()
    click.echo(render.as_json(rows) if as_json else render.adapters(rows), nl=as_json)
