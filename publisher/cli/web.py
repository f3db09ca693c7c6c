"""`publisher serve` and `publisher calendar`: the web view, and its static export."""

from __future__ import annotations

import os
from datetime import datetime
from pathlib import Path

import click

from publisher.cli.app import App, cli, pass_app


@cli.command()
@click.option("--host", help="Address to listen on (default: [web] host, 127.0.0.1).")
@click.option("--port", type=click.IntRange(1, 65535), help="Port (default: [web] port, 8000).")
@pass_app
def serve(app: App, host: str | None, port: int | None) -> None:
    """Open the web view: the calendar, the posts as each platform shows them, case review.

    It listens on 127.0.0.1 unless told otherwise; any other address needs
    [web] password in the config. Ctrl-C stops it.

    \b
    Example:
      publisher serve --port 8000
    """
    from publisher.cli import render
    from publisher.web import server

    server.require_web()
    from publisher.web.app import create_app

    listen = server.listen_for(app.settings, os.environ, host=host, port=port)
    web = create_app(app.settings, app.store, app.clock, host=listen.host, password=listen.password)
    server.serve(web, listen, on_ready=lambda url: click.echo(render.serving(listen)))


@cli.command()
@click.option(
    "--html",
    "folder",
    type=click.Path(path_type=Path, file_okay=False),
    help="Write the term view and each planned day's posts to this folder.",
)
@click.option(
    "--ics",
    "ics_file",
    type=click.Path(path_type=Path, dir_okay=False),
    help="Write the planned days as an iCalendar file.",
)
@click.option(
    "--from",
    "start",
    type=click.DateTime(["%Y-%m-%d"]),
    help="The first week (default: this week).",
)
@click.option("--weeks", default=16, show_default=True, type=click.IntRange(1, 52))
@pass_app
def calendar(
    app: App, folder: Path | None, ics_file: Path | None, start: datetime | None, weeks: int
) -> None:
    """Export the calendar: static pages to send a co-reviewer, or a file for a calendar app.

    \b
    Example:
      publisher calendar --html term-calendar --ics term.ics --weeks 16
    """
    from zoneinfo import ZoneInfo

    from publisher.cli import render
    from publisher.schedule.calendar import term, weeks_range
    from publisher.web import server

    if folder is None and ics_file is None:
        raise click.UsageError("give --html FOLDER, --ics FILE, or both")
    server.require_web()
    from publisher.web.export import export_html
    from publisher.web.ics import export_ics

    now = app.clock.now()
    today = now.astimezone(ZoneInfo(app.settings.schedule.timezone)).date()
    first, last = weeks_range(start.date() if start else today, weeks)
    if folder is not None:
        done = export_html(app.store, app.settings, now=now, first=first, last=last, folder=folder)
        click.echo(render.html_export(done))
    if ics_file is not None:
        shown = term(app.store, app.settings, now=now, first=first, last=last)
        click.echo(render.ics_export(export_ics(shown, ics_file, now=now)))
