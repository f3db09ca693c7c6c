"""`publisher cases ...`: loading, listing, showing and approving teaching cases."""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING

import click

from publisher.cli.app import App, cli, echo_json, pass_app

if TYPE_CHECKING:
    from publisher.cases.importing import ImportResult


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
    from publisher.cases.importing import REJECTED, import_cases, read_cases
    from publisher.cli.progress import ProgressLines
    from publisher.privacy.posts import configured_outlets

    sections = {s for theme in app.settings.themes for s in theme.sections}
    items = read_cases(paths, sections=sections)
    results: list[ImportResult] = []
    limit = app.settings.imports.max_image_bytes
    with ProgressLines(len(items), label="importing", quiet=as_json) as out:
        for result in import_cases(
            app.store,
            items,
            now=app.clock.now(),
            max_image_bytes=limit,
            outlets=configured_outlets(app.settings),
        ):
            results.append(result)
            out.echo(_import_line(result))
    if as_json:
        echo_json([r.as_dict() for r in results])
    else:
        counts = Counter(r.result for r in results)
        click.echo(", ".join(f"{n} {k}" for k, n in counts.items()) or "no cases found")
    if any(r.result == REJECTED for r in results):
        raise SystemExit(1)


def _import_line(result: ImportResult) -> str:
    detail = f": {result.reason}" if result.reason else f" ({result.where})"
    return f"{result.result:<10} {result.slug or '-'}{detail}"


@cases.command("list")
@click.option("--status", type=click.Choice(["draft", "needs_review", "approved", "retired"]))
@click.option("--json", "as_json", is_flag=True, help="A JSON list.")
@pass_app
def list_(app: App, status: str | None, as_json: bool) -> None:
    """List imported cases, oldest first.

    \b
    Example:
      publisher cases list --status draft
    """
    from publisher.store.cases import list_cases

    with app.store.session() as session:
        rows = [_summary(c) for c in list_cases(session, status=status)]
    if as_json:
        echo_json(rows)
        return
    for row in rows:
        quiz = " quiz" if row["quiz"] else ""
        review = _review_note(row)
        click.echo(
            f"{row['slug']:<32} {row['section']:<9} {row['status']:<13}{quiz} {row['title']}"
            f"{review}"
        )


def _review_note(row: dict[str, object]) -> str:
    """'  [2 blocking, 1 warning to review]' while findings wait for a person."""
    blocking, warnings = int(str(row["blocking"])), int(str(row["warnings"]))
    parts = [f"{blocking} blocking"] * bool(blocking) + [
        f"{warnings} warning{'s' * (warnings != 1)}"
    ] * bool(warnings)
    return f"  [{', '.join(parts)} to review]" if parts else ""


def _summary(case: object) -> dict[str, object]:
    from publisher.store.cases import unacknowledged, unwaived
    from publisher.store.models import Case

    assert isinstance(case, Case)
    return {
        "slug": case.slug,
        "title": case.title,
        "section": case.section,
        "modality": case.modality,
        "status": case.status,
        "quiz": case.quiz is not None,
        "images": len(case.images),
        "source": case.source,
        "blocking": len(unwaived(case)),
        "warnings": len(unacknowledged(case)),
    }


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
    from publisher.cases.details import case_details, render_details

    with app.store.session() as session:
        details = case_details(session, slug)
    if as_json:
        echo_json(details)
    else:
        click.echo(render_details(details), nl=False)


@cases.command("approve")
@click.argument("slug")
@click.option("--by", "by", required=True, help="Who attests the case is de-identified.")
@pass_app
def approve(app: App, slug: str, by: str) -> None:
    """Attest that a case is de-identified, so the planner may use it.

    Refused while a blocking finding is not waived or a warning not acknowledged, and, with
    [privacy] second_reviewer, when BY waived or acknowledged the case's findings.

    \b
    Example:
      publisher cases approve msk-scaphoid-001 --by "Dr Reviewer"
    """
    from publisher.store.cases import approve as approve_case

    now = app.clock.now()
    second = app.settings.privacy.second_reviewer
    with app.store.session() as session:
        approve_case(session, slug, by=by, now=now, second_reviewer=second)
    click.echo(f"approved {slug} (by {by}, {now:%Y-%m-%d %H:%M} UTC)")


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
    from publisher.cases.lint import lint as run_lint
    from publisher.privacy.posts import configured_outlets

    outlets = configured_outlets(app.settings)
    today = app.clock.now().date()
    limit = app.settings.imports.max_image_bytes
    report = run_lint(
        app.store,
        targets,
        ocr=not no_ocr,
        today=today,
        outlets=outlets,
        max_image_bytes=limit,
        keep_pixels=sheet is not None,
    )
    if sheet is not None:
        from publisher.images.contact_sheet import save_sheet

        save_sheet(report.sheet(), sheet)
    if as_json:
        echo_json(report.rows())
    else:
        for reason in report.rejected:
            click.echo(f"rejected: {reason}")
        for row in report.rows():
            waived = _reviewed_note(row)
            click.echo(
                f"{row['slug']} #{row['number']} {row['severity']:<5} {row['kind']:<15} "
                f"{row['field']}: {row['text']!r}{waived}\n    -> {row['suggestion']}"
            )
        for slug, n, boxes, whole in report.redactions():
            note = "" if whole else "  (add the image's own redact boxes, if any)"
            shown = ", ".join(f"[{', '.join(map(str, box))}]" for box in boxes)
            click.echo(f"{slug} images[{n}]: redact = [{shown}]{note}")
        count = len(report.rows())
        click.echo(f"{count} finding{'s' * (count != 1)} in {len(report.cases)} case(s)")
        if sheet is not None:
            click.echo(f"contact sheet: {sheet}")
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
    from publisher.store.cases import waive as waive_finding

    with app.store.session() as session:
        case, target = waive_finding(
            session, slug, finding, by=by, reason=reason, now=app.clock.now()
        )
        left = _left(case)
    click.echo(f"waived {target['kind']} {target['text']!r} in {target['field']} of {slug}")
    click.echo(left)


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
    from publisher.store.cases import acknowledge

    if (finding is None) != all_:
        raise click.UsageError("name one finding, or give --all (not both)")
    with app.store.session() as session:
        case, targets = acknowledge(
            session, slug, finding, by=by, reason=reason, now=app.clock.now()
        )
        left = _left(case)
    for target in targets:
        click.echo(
            f"acknowledged {target['kind']} {target['text']!r} in {target['field']} of {slug}"
        )
    click.echo(left)


def _left(case: object) -> str:
    from publisher.store.cases import unacknowledged, unwaived
    from publisher.store.models import Case

    assert isinstance(case, Case)
    blocking, warnings = len(unwaived(case)), len(unacknowledged(case))
    return f"{blocking} blocking finding(s) and {warnings} warning(s) left; status {case.status}"


def _reviewed_note(row: dict[str, object]) -> str:
    for label in ("waived", "acknowledged"):
        review = row.get(label)
        if isinstance(review, dict):
            return f"  [{label} by {review['by']}]"
    return ""
