"""`publisher media sweep`: remove images the media store has kept longer than [media] keep."""

from __future__ import annotations

import os

import click

from publisher.cli.app import App, cli, pass_app


@cli.group()
def media() -> None:
    """The media store that URL-only platforms (Instagram) fetch images from."""


@media.command("sweep")
@pass_app
def media_sweep(app: App) -> None:
    """Remove stored images older than [media] keep (the Instagram adapter also does
    this after each post; run it from cron when an account posts no more).

    \b
    Example:
      publisher media sweep
    """
    from publisher.errors import ConfigError
    from publisher.media.store import MediaStore

    settings = app.settings.media
    if settings is None:
        raise ConfigError(f"{app.settings.source}: no [media] table, so no media store to sweep")
    now = app.clock.now()
    store = MediaStore(settings, os.environ)
    try:
        report = store.sweep(now)
    finally:
        store.close()
    before = now - settings.keep_for
    click.echo(
        f"removed {report.removed} image(s) stored before {before:%Y-%m-%d %H:%M} UTC; "
        f"{report.kept} kept"
    )
