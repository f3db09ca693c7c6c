"""`publisher plan`, `preview` and `demo`: filling the theme days and looking at them."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import click

from publisher.cli.app import App, cli, echo_json, pass_app


@cli.command()
@click.option("--weeks", default=2, show_default=True, type=click.IntRange(1, 104))
@click.option("--dry-run", is_flag=True, help="Print what would change; write nothing.")
@click.option("--json", "as_json", is_flag=True, help="The plan as JSON.")
@pass_app
def plan(app: App, weeks: int, dry_run: bool, as_json: bool) -> None:
    """Bring the queue in line with the config and the cases, and fill the coming weeks.

    Prints what it added, released (and why) and moved; sent posts are never touched.
    Running it again changes nothing.

    \b
    Example:
      publisher plan --weeks 4
      publisher plan --dry-run
    """
    from publisher.cli import render
    from publisher.schedule import writing

    report = writing.plan(
        app.store, app.settings, now=app.clock.now(), weeks=weeks, dry_run=dry_run
    )
    if as_json:
        echo_json(render.plan_json(report))
    else:
        click.echo(render.plan_report(report), nl=False)


@cli.command()
@click.option("--date", "day", type=click.DateTime(["%Y-%m-%d"]), help="One day (YYYY-MM-DD).")
@click.option("--week", type=click.DateTime(["%Y-%m-%d"]), help="The Monday-Sunday week of a day.")
@click.option("--account", help="Only this account.")
@click.option("--json", "as_json", is_flag=True, help="A JSON list of posts.")
@pass_app
def preview(
    app: App, day: datetime | None, week: datetime | None, account: str | None, as_json: bool
) -> None:
    """Show every planned post exactly as it will be sent.

    Without --date or --week: the next seven days.

    \b
    Example:
      publisher preview --week 2026-12-07 --account outbox
    """
    from publisher.cli import render
    from publisher.schedule import preview as previews

    if day and week:
        raise click.UsageError("give --date or --week, not both")
    first, last = previews.days(
        app.settings, now=app.clock.now(), day=day and day.date(), week=week and week.date()
    )
    shown = previews.preview_days(app.store, app.settings, first=first, last=last, account=account)
    if as_json:
        echo_json([p.as_dict() for p in shown.posts])
    else:
        click.echo(render.preview(shown), nl=False)


@cli.command()
@click.argument("folder", required=False, type=click.Path(path_type=Path, file_okay=False))
@click.option("--weeks", default=2, show_default=True, type=click.IntRange(1, 8))
@pass_app
def demo(app: App, folder: Path | None, weeks: int) -> None:
    """Run the whole routine on the sample cases in a new folder; nothing leaves the machine.

    Makes FOLDER (default: ./publisher-demo, or -2, -3 ...), imports the sample
    cases, approves them, plans the coming weeks, then runs the dispatcher through
    those weeks on a simulated clock, posting to a dry-run outbox folder. It
    ignores any config file.

    \b
    Example:
      publisher demo
    """
    from publisher.cli import render
    from publisher.dispatch import demo as demos

    target = demos.new_folder(folder or Path("publisher-demo"))
    now = app.clock.now()
    setup = demos.prepare_demo(target, now=now, weeks=weeks)
    click.echo(render.demo_setup(setup, str(target)))
    click.echo("Running the schedule on a simulated clock:\n")
    zone = setup.settings.schedule.timezone
    until = now + timedelta(weeks=weeks, days=2)
    sent = demos.simulate(
        setup.settings, start=now, until=until,
        on_event=lambda e: click.echo(render.demo_event(e, zone), nl=False),
    )  # fmt: skip
    click.echo(f"\n{sent} posts sent to {target / 'outbox'}; nothing left the machine.")
    click.echo(
        f"See the posts again: PUBLISHER_DATABASE_URL=sqlite:///{target}/publisher.db "
        f"publisher preview --week {now.date()}"
    )


@cli.command()
@click.argument("folder", required=False, type=click.Path(path_type=Path, file_okay=False))
@click.option("--weeks", default=2, show_default=True, type=click.IntRange(1, 52))
@click.option("--json", "as_json", is_flag=True, help="What was sent, as JSON.")
@pass_app
def rehearse(app: App, folder: Path | None, weeks: int, as_json: bool) -> None:
    """Run the coming weeks of the real queue on a simulated clock, into outbox folders.

    Copies the queue into a temporary SQLite file, runs the engine over it with every
    account replaced by a folder of its own (FOLDER/ACCOUNT, default
    ./publisher-rehearsal), and prints each post as it would go out. The real database
    is only read; nothing leaves the machine.

    \b
    Example:
      publisher rehearse --weeks 4
    """
    from publisher.cli import render
    from publisher.dispatch import demo as demos
    from publisher.dispatch import rehearsal

    target = demos.new_folder(folder or Path("publisher-rehearsal"))
    zone = app.settings.schedule.timezone
    show = None if as_json else (lambda e: click.echo(render.rehearsal_event(e, zone), nl=False))
    done = rehearsal.rehearse(
        app.store, app.settings, target, now=app.clock.now(), weeks=weeks, on_event=show
    )
    click.echo(render.as_json(done) if as_json else render.rehearsal(done), nl=as_json)
