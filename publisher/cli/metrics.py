"""`publisher metrics collect` and `publisher report`: engagement and the teaching portfolio."""

from __future__ import annotations

import os
from datetime import datetime
from pathlib import Path

import click

from publisher.cli.app import App, cli, echo_json, pass_app

_DATE = click.DateTime(formats=["%Y-%m-%d"])


@cli.group()
def metrics() -> None:
    """Read sent posts' counts (likes, reposts, replies, poll votes)."""


@metrics.command("collect")
@click.option("--account", "accounts", multiple=True, help="Only this account (repeatable).")
@pass_app
def metrics_collect(app: App, accounts: tuple[str, ...]) -> None:
    """Take every snapshot that is due ([metrics] after), for cron beside `dispatch`.

    \b
    Example:
      */15 * * * * publisher metrics collect
    """
    from publisher.metrics.collector import collect_once

    report = collect_once(
        app.store, app.settings, now=app.clock.now, env=os.environ, accounts=accounts or None
    )
    click.echo(
        f"counts read: {report.taken} post(s), {report.gone} gone, in {report.calls} call(s)"
    )
    for account, why in sorted(report.waiting.items()):
        click.echo(f"waiting  {account} {why}")
    for account in sorted(set(report.unsupported)):
        click.echo(f"no counts from {account}: its platform (or its setup) gives none")


@cli.command()
@click.option("--from", "first", type=_DATE, help="First day (UTC) of sending, YYYY-MM-DD.")
@click.option("--to", "last", type=_DATE, help="Last day (UTC) of sending, YYYY-MM-DD.")
@click.option("--account", help="Only this account's posts.")
@click.option("--html", "html_dir", type=click.Path(path_type=Path, file_okay=False),
              help="Write the portfolio page (index.html and plots) into this folder.")  # fmt: skip
@click.option("--csv", "csv_file", type=click.Path(path_type=Path, dir_okay=False),
              help="Write one row per post and snapshot to this file.")  # fmt: skip
@click.option("--json", "as_json", is_flag=True, help="The totals as JSON.")
@pass_app
def report(
    app: App, first: datetime | None, last: datetime | None, account: str | None,
    html_dir: Path | None, csv_file: Path | None, as_json: bool,
) -> None:  # fmt: skip
    """Totals of sent posts' engagement; with --html a teaching portfolio, with --csv its data.

    \b
    Example:
      publisher report --from 2026-09-01 --to 2026-12-31 --html portfolio --csv portfolio.csv
    """
    from publisher.metrics import report as reports
    from publisher.metrics.export import render_totals, write_csv

    since, until = (first.date() if first else None), (last.date() if last else None)
    found = reports.portfolio(app.store, first=since, last=until, account=account)
    heading = reports.title(first=since, last=until, account=account)
    if csv_file is not None:
        write_csv(found, csv_file)
    if html_dir is not None:
        _write_page(found, html_dir, heading)
    if as_json:
        echo_json(_totals_json(found))
    else:
        click.echo(render_totals(found, title=heading), nl=False)


def _write_page(found: object, folder: Path, heading: str) -> None:
    from publisher.errors import MissingExtraError
    from publisher.metrics.export import write_html
    from publisher.metrics.portfolio import Portfolio

    assert isinstance(found, Portfolio)
    try:
        write_html(found, folder, title=heading)
    except MissingExtraError as exc:
        write_html(found, folder, title=heading, plots=False)
        click.echo(f"plots left out: {exc.message}", err=True)


def _totals_json(found: object) -> dict[str, object]:
    from dataclasses import asdict

    from publisher.metrics.portfolio import Portfolio

    assert isinstance(found, Portfolio)
    groups = {
        name: {g.key: asdict(g.tally) for g in getattr(found, f"by_{name}")}
        for name in ("platform", "theme", "section")
    }
    return {
        "first": found.first.isoformat() if found.first else None,
        "last": found.last.isoformat() if found.last else None,
        "totals": {**asdict(found.totals), "interactions": found.totals.interactions},
        "by": groups,
        "quizzes": [{**asdict(q), "share_correct": q.share_correct} for q in found.quizzes],
        "top_cases": [
            {"case": r.case, "score": r.score, **asdict(r.tally)} for r in found.top_cases
        ],
    }
