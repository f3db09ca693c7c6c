"""`publisher plan`, `preview` and `demo`: filling the theme days and looking at them."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

import click

from publisher.cli.app import App, cli, echo_json, pass_app

if TYPE_CHECKING:
    from publisher.dispatch.events import Event
    from publisher.schedule.planner import SlotTime
    from publisher.schedule.writing import PlanReport


@cli.command()
@click.option("--weeks", default=2, show_default=True, type=click.IntRange(1, 104))
@click.option("--json", "as_json", is_flag=True, help="The plan as JSON.")
@pass_app
def plan(app: App, weeks: int, as_json: bool) -> None:
    """Fill the coming weeks' theme days from approved cases.

    Running it again changes nothing; sent posts are never touched.

    \b
    Example:
      publisher plan --weeks 4
    """
    from publisher.schedule.writing import plan as make_plan

    report = make_plan(app.store, app.settings, now=app.clock.now(), weeks=weeks)
    if as_json:
        echo_json(_report_json(report))
    else:
        click.echo(render_plan(report), nl=False)


def _report_json(report: PlanReport) -> dict[str, object]:
    def slots(items: list[tuple[SlotTime, str]]) -> list[dict[str, str]]:
        return [{"slot": s.label(), "at": s.local.isoformat(), "case": slug} for s, slug in items]

    return {
        "planned": slots(report.planned),
        "kept": slots(report.kept),
        "empty": report.empty,
        "released": report.released,
        "problems": report.problems,
        "held": report.held,
        "posts_created": report.posts_created,
    }


def render_plan(report: PlanReport) -> str:
    lines = [f"planned  {s.label()} {s.local:%H:%M %Z}: {slug}" for s, slug in report.planned]
    lines += [f"kept     {s.label()} {s.local:%H:%M %Z}: {slug}" for s, slug in report.kept]
    lines += [f"empty    {reason}" for reason in report.empty]
    lines += [f"released {reason}" for reason in report.released]
    lines += [f"problem  {reason}" for reason in report.problems]
    lines += [f"held     {reason}" for reason in report.held]
    lines.append(
        f"{len(report.planned)} slots planned, {len(report.kept)} kept, "
        f"{len(report.empty)} empty; {report.posts_created} posts created"
    )
    return "\n".join(lines) + "\n"


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
    from publisher.schedule.preview import preview as load_preview
    from publisher.schedule.preview import render_text

    if day and week:
        raise click.UsageError("give --date or --week, not both")
    first, last = _range(app, day, week)
    if account and account not in app.settings.accounts:
        raise click.BadParameter(f"no account named {account!r}", param_hint="--account")
    posts = load_preview(app.store, app.settings, first=first, last=last, account=account)
    if as_json:
        echo_json([p.as_dict() for p in posts])
        return
    if posts:
        click.echo(render_text(posts), nl=False)
    else:
        click.echo(f"nothing planned for {first} to {last}; `publisher plan` fills the days")
    for line in held_cases(app, last):
        click.echo(f"held back: {line}")


def held_cases(app: App, until: date) -> list[str]:
    from publisher.schedule.writing import held_back

    with app.store.session() as session:
        return held_back(session, app.settings, until=until)


def _range(app: App, day: datetime | None, week: datetime | None) -> tuple[date, date]:
    from zoneinfo import ZoneInfo

    if day:
        return day.date(), day.date()
    if week:
        monday = week.date() - timedelta(days=week.weekday())
        return monday, monday + timedelta(days=6)
    today = app.clock.now().astimezone(ZoneInfo(app.settings.schedule.timezone)).date()
    return today, today + timedelta(days=6)


@cli.command()
@click.argument("folder", required=False, type=click.Path(path_type=Path, file_okay=False))
@click.option("--weeks", default=2, show_default=True, type=click.IntRange(1, 8))
@pass_app
def demo(app: App, folder: Path | None, weeks: int) -> None:
    """Run the whole routine on the sample cases in a new folder; nothing leaves the machine.

    Makes FOLDER (default: ./publisher-demo, or -2, -3 ...), imports the sample
    cases, approves them, plans the coming weeks, then runs the engine through
    those weeks on a simulated clock, posting to a dry-run outbox folder. It
    ignores any config file.

    \b
    Example:
      publisher demo
    """
    from publisher.dispatch.demo import new_folder, prepare_demo, simulate

    target = new_folder(folder or Path("publisher-demo"))
    now = app.clock.now()
    settings, results, report = prepare_demo(target, now=now, weeks=weeks)
    click.echo(f"demo folder: {target}")
    approved = sum(r.status == "draft" for r in results)
    click.echo(f"imported {len(results)} sample cases; approved {approved}")
    click.echo(_image_checks())
    for r in results:
        if r.reason:
            click.echo(f"{r.result} {r.slug}: {r.reason}")
    click.echo(render_plan(report))
    click.echo("Running the schedule on a simulated clock:\n")
    zone = settings.schedule.timezone
    until = now + timedelta(weeks=weeks, days=2)
    sent = simulate(settings, start=now, until=until, on_event=lambda e: _show(e, zone))
    click.echo(f"\n{sent} posts sent to {target / 'outbox'}; nothing left the machine.")
    click.echo(
        f"See the posts again: PUBLISHER_DATABASE_URL=sqlite:///{target}/publisher.db "
        f"publisher preview --week {now.date()}"
    )


def _image_checks() -> str:
    from publisher.images.ocr import available

    if available():
        return "image checks on: burned-in text and faces"
    return "image checks OFF (burned-in text, faces): pip install 'publisher[ocr]'"


def _show(event: Event, zone: str) -> None:
    from zoneinfo import ZoneInfo

    when = event.at.astimezone(ZoneInfo(zone))
    part = f" {event.part}/{event.parts}" if event.parts > 1 else ""
    head = f"{when:%a %Y-%m-%d %H:%M %Z}  {event.state:<7} {event.kind}{part}  {event.case}"
    click.echo(head + (f"  ({event.error})" if event.error else ""))
    if event.state == "sent":
        click.echo("\n".join(f"    | {line}" for line in event.text.splitlines()))
        click.echo(f"    -> {event.url}")
