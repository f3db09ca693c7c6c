"""`publisher cases ...`: loading, listing, showing, linting and reviewing teaching cases."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import click

from publisher.cases.status import CaseStatus, ImportOutcome
from publisher.cli.app import App, cli, echo_json, pass_app


@cli.group()
def cases() -> None:
    """Load and review teaching cases."""


@cases.command("import")
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="One JSON object per case.")
@pass_app
def import_(app: App, paths: tuple[Path, ...], as_json: bool) -> None:
    """Import case folders, CSV files, or folders of case folders.

    Each case is imported whole or not at all. Exit code 1 when any was rejected.

    \b
    Example:
      publisher cases import content/cases new-week.csv
    """
    from publisher.cases import importing
    from publisher.cli import render
    from publisher.cli.progress import ProgressLines

    items = importing.read_cases(paths, sections=app.settings.theme_sections())
    results = []
    with ProgressLines(len(items), label="importing", quiet=as_json) as out:
        for result in importing.import_for(app.settings, app.store, items, now=app.clock.now()):
            results.append(result)
            out.echo(render.import_line(result))
    if as_json:
        echo_json([r.as_dict() for r in results])
    else:
        click.echo(render.import_totals(results))
    if any(r.result is ImportOutcome.REJECTED for r in results):
        raise SystemExit(1)


@cases.command("list")
@click.option("--status", type=click.Choice([s.value for s in CaseStatus]))
@click.option("--json", "as_json", is_flag=True, help="A JSON list.")
@pass_app
def list_(app: App, status: str | None, as_json: bool) -> None:
    """List imported cases, oldest first.

    \b
    Example:
      publisher cases list --status draft
    """
    from publisher.cases import details
    from publisher.cli import render

    rows = details.list_summaries(app.store, status=status)
    if as_json:
        echo_json(rows)
    else:
        click.echo(render.case_list(rows), nl=False)


@cases.command("show")
@click.argument("slug")
@click.option("--json", "as_json", is_flag=True, help="As JSON.")
@pass_app
def show(app: App, slug: str, as_json: bool) -> None:
    """Show one case, its images, its review trail and its posts.

    \b
    Example:
      publisher cases show msk-scaphoid-001
    """
    from publisher.cases import details
    from publisher.cli import render

    found = details.case_details(app.store, slug)
    if as_json:
        echo_json(found)
    else:
        click.echo(render.case_details(found), nl=False)


@cases.command("approve")
@click.argument("slugs", nargs=-1)
@click.option("--by", "by", required=True, help="Who attests the case is de-identified.")
@click.option("--all-clean", is_flag=True, help="Every case with no finding left to review.")
@pass_app
def approve(app: App, slugs: tuple[str, ...], by: str, all_clean: bool) -> None:
    """Attest that cases are de-identified, so the planner may use them.

    Refused while a blocking finding is not waived or a warning not acknowledged, and, with
    [privacy] second_reviewer, when BY waived or acknowledged the case's findings. Several
    slugs are approved all or none.

    \b
    Example:
      publisher cases approve msk-scaphoid-001 --by "Dr Reviewer"
      publisher cases approve --all-clean --by "Dr Reviewer"
    """
    from publisher.cases import review
    from publisher.cli import render

    if bool(slugs) == all_clean:
        raise click.UsageError("name the cases to approve, or give --all-clean (not both)")
    targets = list(slugs) or review.clean_slugs(app.store)
    second = app.settings.privacy.second_reviewer
    done = review.approve(app.store, targets, by=by, now=app.clock.now(), second_reviewer=second)
    click.echo(render.approved(done) or "no case is ready to approve", nl=not done)


@cases.command("lint")
@click.argument("targets", nargs=-1)
@click.option("--json", "as_json", is_flag=True, help="One JSON object per finding.")
@click.option("--no-ocr", is_flag=True, help="Do not read text or look for faces in pixels.")
@click.option(
    "--contact-sheet",
    "sheet",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Write a PNG of every image with the boxes of its text (red) and faces (yellow).",
)
@pass_app
def lint(
    app: App, targets: tuple[str, ...], as_json: bool, no_ocr: bool, sheet: Path | None
) -> None:
    """Scan cases for identifiers: imported ones by SLUG, or case folders and CSVs by PATH.

    Without arguments, every imported case. Text and faces found in images come with
    their pixel boxes and a ready `redact = [[x0, y0, x1, y1]]` line for the case file.
    Exit code 1 when a blocking finding is not waived.

    \b
    Example:
      publisher cases lint msk-scaphoid-001 new-week/
      publisher cases lint new-week/ --contact-sheet boxes.png
    """
    from publisher.cases import lint as linting
    from publisher.cli import render

    report = linting.lint_for(
        app.settings, app.store, targets, now=app.clock.now(), ocr=not no_ocr, sheet=sheet
    )
    if as_json:
        echo_json(report.rows())
    else:
        click.echo(render.lint_report(report, str(sheet) if sheet else None), nl=False)
    if report.blocked:
        raise SystemExit(1)


@cases.command("waive")
@click.argument("slug")
@click.argument("finding")
@click.option("--by", "by", required=True, help="Who decides the finding is not an identifier.")
@click.option("--reason", required=True, help="Why, for the audit trail.")
@pass_app
def waive(app: App, slug: str, finding: str, by: str, reason: str) -> None:
    """Waive one privacy finding (its number in `cases lint SLUG`, or its key).

    \b
    Example:
      publisher cases waive msk-colles-001 2 --by "Dr Reviewer" --reason "eponym"
    """
    from publisher.cases import review
    from publisher.cli import render

    done = review.waive(app.store, slug, finding, by=by, reason=reason, now=app.clock.now())
    click.echo(render.reviewed(done, "waived"), nl=False)


@cases.command("ack")
@click.argument("slug")
@click.argument("finding", required=False)
@click.option("--by", "by", required=True, help="Who read the warning.")
@click.option("--reason", default="", help="A note for the audit trail.")
@click.option("--all", "all_", is_flag=True, help="Every warning not yet acknowledged.")
@pass_app
def ack(app: App, slug: str, finding: str | None, by: str, reason: str, all_: bool) -> None:
    """Acknowledge a privacy warning (its number in `cases lint SLUG`, or its key).

    A case is approved only when a named reviewer has acknowledged or waived each warning.

    \b
    Example:
      publisher cases ack msk-colles-001 3 --by "Dr Reviewer" --reason "public figure, consented"
      publisher cases ack msk-colles-001 --all --by "Dr Reviewer"
    """
    from publisher.cases import review
    from publisher.cli import render

    if (finding is None) != all_:
        raise click.UsageError("name one finding, or give --all (not both)")
    done = review.acknowledge(app.store, slug, finding, by=by, reason=reason, now=app.clock.now())
    click.echo(render.reviewed(done, "acknowledged"), nl=False)


@cases.command("retire")
@click.argument("slug")
@click.option("--json", "as_json", is_flag=True, help="As JSON.")
@pass_app
def retire(app: App, slug: str, as_json: bool) -> None:
    """Withdraw a case everywhere: its unsent posts released, never planned again.

    What was sent stays in the history; `plan` refills the days it leaves.

    \b
    Example:
      publisher cases retire msk-scaphoid-001
    """
    from publisher.cases import lifecycle
    from publisher.cli import render

    done = lifecycle.retire(app.store, app.settings, slug, now=app.clock.now())
    click.echo(render.as_json(done) if as_json else render.retired(done), nl=as_json)


@cases.command("restore")
@click.argument("slug")
@click.option("--json", "as_json", is_flag=True, help="As JSON.")
@pass_app
def restore(app: App, slug: str, as_json: bool) -> None:
    """Bring a retired case back (approved again if its approval still holds).

    \b
    Example:
      publisher cases restore msk-scaphoid-001
    """
    from publisher.cases import lifecycle
    from publisher.cli import render

    done = lifecycle.restore(app.store, app.settings, slug, now=app.clock.now())
    click.echo(render.as_json(done) if as_json else render.restored(done), nl=as_json)


@cases.command("move")
@click.argument("slug")
@click.argument("day", type=click.DateTime(["%Y-%m-%d"]), metavar="DATE")
@click.option("--json", "as_json", is_flag=True, help="As JSON.")
@pass_app
def move(app: App, slug: str, day: datetime, as_json: bool) -> None:
    """Plan a case on another day, keeping its approval; its posts are rendered again.

    Refused, with the reason, when that day's theme does not take the case.

    \b
    Example:
      publisher cases move msk-scaphoid-001 2026-12-14
    """
    from publisher.cases import lifecycle
    from publisher.cli import render

    done = lifecycle.move(app.store, app.settings, slug, day.date(), now=app.clock.now())
    click.echo(render.as_json(done) if as_json else render.relocated([done]), nl=as_json)


@cases.command("swap")
@click.argument("slug_a", metavar="SLUG")
@click.argument("slug_b", metavar="SLUG")
@click.option("--json", "as_json", is_flag=True, help="As JSON.")
@pass_app
def swap(app: App, slug_a: str, slug_b: str, as_json: bool) -> None:
    """Exchange the days of two planned cases, keeping both approvals.

    \b
    Example:
      publisher cases swap msk-scaphoid-001 msk-scfe-001
    """
    from publisher.cases import lifecycle
    from publisher.cli import render

    done = lifecycle.swap(app.store, app.settings, slug_a, slug_b, now=app.clock.now())
    shown = render.relocated([done.first, done.second])
    click.echo(render.as_json(done) if as_json else shown, nl=as_json)
