"""The portfolio written out: a CSV with one row per post and snapshot, an HTML page
with its tables and plots, and the totals as text. Every number on the page comes from
the same Portfolio the CSV is written from, each post at its latest snapshot (the CSV
row marked ``latest``)."""

from __future__ import annotations

import csv
import html
import io
import os
import tempfile
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from publisher.metrics.portfolio import Group, Portfolio, PostRecord, Tally
from publisher.metrics.snapshots import COUNTS, Snapshot

CSV_COLUMNS = (
    "post_id", "case", "title", "section", "theme", "account", "platform", "kind", "part",
    "sent_at", "url", "snapshot", "taken_at", "latest", "found", *COUNTS, "interactions",
    "votes", "correct_votes", "poll",
)  # fmt: skip
TALLY_COLUMNS = ("likes", "reposts", "replies", "quotes", "views", "interactions", "votes")


def csv_rows(portfolio: Portfolio) -> list[dict[str, Any]]:
    """One row per post and snapshot (a post without any snapshot: one row, no counts)."""
    rows = []
    for post in portfolio.posts:
        newest = post.latest
        snapshots: list[Snapshot | None] = [*sorted(post.snapshots, key=lambda s: s.taken_at)]
        for snap in snapshots or [None]:
            rows.append(_row(post, snap, latest=snap is not None and snap is newest))
    return rows


def _row(post: PostRecord, snap: Snapshot | None, *, latest: bool) -> dict[str, Any]:
    row: dict[str, Any] = {
        "post_id": post.post_id, "case": post.case, "title": post.title,
        "section": post.section, "theme": post.theme, "account": post.account,
        "platform": post.platform, "kind": post.kind, "part": post.part,
        "sent_at": post.sent_at.isoformat(), "url": post.url,
    }  # fmt: skip
    if snap is None:
        return {**row, **dict.fromkeys(CSV_COLUMNS[11:], "")}
    correct: int | str = ""
    if snap.poll is not None and post.quiz_correct is not None:
        correct = snap.poll[post.quiz_correct] if post.quiz_correct < len(snap.poll) else 0
    return {
        **row,
        "snapshot": snap.label,
        "taken_at": snap.taken_at.isoformat(),
        "latest": "yes" if latest else "",
        "found": "yes" if snap.found else "no",
        **{name: _blank(getattr(snap, name)) for name in COUNTS},
        "interactions": snap.interactions if snap.found else "",
        "votes": _blank(snap.votes),
        "correct_votes": correct,
        "poll": " | ".join(str(v) for v in snap.poll) if snap.poll is not None else "",
    }


def _blank(value: int | None) -> Any:
    return "" if value is None else value


def write_csv(portfolio: Portfolio, path: Path) -> None:
    """The CSV, written whole or not at all."""
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=CSV_COLUMNS, lineterminator="\n")
    writer.writeheader()
    writer.writerows(csv_rows(portfolio))
    _replace(path, buffer.getvalue().encode("utf-8"))


def _replace(path: Path, data: bytes) -> None:
    """Write ``path`` through a temporary file beside it, so a failure leaves no half file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, temp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise


# The page


def write_html(portfolio: Portfolio, folder: Path, *, title: str, plots: bool = True) -> list[str]:
    """``folder``/index.html and its plots (PNG, when matplotlib is installed and
    ``plots``); returns the names of the plot files written."""
    folder.mkdir(parents=True, exist_ok=True)
    images: list[tuple[str, str]] = []
    if plots:
        from publisher.metrics.plots import draw_all

        for name, alt, data in draw_all(portfolio):
            _replace(folder / name, data)
            images.append((name, alt))
    _replace(folder / "index.html", page(portfolio, title=title, images=images).encode("utf-8"))
    return [name for name, _ in images]


def page(portfolio: Portfolio, *, title: str, images: Sequence[tuple[str, str]] = ()) -> str:
    """The portfolio as one HTML page; ``images`` are (file, alt text) pairs."""
    over_time = _theme_ages(portfolio) + _theme_months(portfolio)
    sections = [
        f"<h1>{_e(title)}</h1>",
        f"<p>{_e(_period(portfolio))}</p>",
        _section("Totals", _totals_table(portfolio.totals)),
        *(
            _section(f"Posts by {key}", _group_table(f"by-{key}", key, groups))
            for key, groups in (
                ("platform", portfolio.by_platform),
                ("theme", portfolio.by_theme),
                ("section", portfolio.by_section),
            )
        ),
        _section("Engagement per post", _posts_table(portfolio)),
        _section("Engagement per theme over time", over_time),
        _section("The cases that taught most", _top_table(portfolio)),
        _section("Quiz participation", _quiz_table(portfolio)),
    ]
    if images:
        figures = "".join(
            f'<figure><img src="{_e(name)}" alt="{_e(alt)}"><figcaption>{_e(alt)}</figcaption>'
            "</figure>"
            for name, alt in images
        )
        sections.insert(3, _section("Plots", figures))
    body = "\n".join(sections)
    return (
        '<!doctype html>\n<html lang="en"><head><meta charset="utf-8">'
        f"<title>{_e(title)}</title><style>{_STYLE}</style></head>\n<body>\n{body}\n</body></html>\n"
    )


_STYLE = (
    "body{font-family:system-ui,sans-serif;margin:2em;max-width:72em}"
    "table{border-collapse:collapse;margin:.5em 0 1.5em}"
    "th,td{border:1px solid #ccc;padding:.2em .6em;text-align:right}"
    "th:first-child,td:first-child{text-align:left}figure{display:inline-block;margin:1em}"
    "img{max-width:34em}"
)


def _e(text: object) -> str:
    return html.escape(str(text))


def _section(heading: str, content: str) -> str:
    return f"<section><h2>{_e(heading)}</h2>\n{content}</section>"


def _period(portfolio: Portfolio) -> str:
    if portfolio.first is None or portfolio.last is None:
        return "No posts were sent in this period."
    return f"Posts sent from {portfolio.first:%Y-%m-%d} to {portfolio.last:%Y-%m-%d} (UTC)."


def _table(table_id: str, head: Sequence[str], rows: Iterable[Sequence[object]]) -> str:
    header = "".join(f"<th>{_e(h)}</th>" for h in head)
    body = "".join(
        "<tr>" + "".join(f"<td>{_cell(v)}</td>" for v in row) + "</tr>\n" for row in rows
    )
    head_row = f"<thead><tr>{header}</tr></thead>"
    return f'<table id="{table_id}">{head_row}\n<tbody>\n{body}</tbody></table>\n'


def _cell(value: object) -> str:
    if isinstance(value, tuple) and len(value) == 2:  # (text, link)
        return f'<a href="{_e(value[1])}">{_e(value[0])}</a>' if value[1] else _e(value[0])
    if isinstance(value, float):
        return f"{value:.1f}"
    return "" if value is None else _e(value)


def _totals_table(tally: Tally) -> str:
    rows = [
        ("posts", tally.posts), ("cases", tally.cases), ("likes", tally.likes),
        ("reposts", tally.reposts), ("replies", tally.replies), ("quotes", tally.quotes),
        ("views", tally.views), ("interactions", tally.interactions), ("votes", tally.votes),
    ]  # fmt: skip
    return _table("totals", ("count", "total"), rows)


def _tally_cells(tally: Tally) -> list[object]:
    return [tally.posts, tally.cases, tally.likes, tally.reposts, tally.replies, tally.quotes,
            tally.views, tally.interactions, tally.votes]  # fmt: skip


_TALLY_HEAD = ("posts", "cases", "likes", "reposts", "replies", "quotes", "views",
               "interactions", "votes")  # fmt: skip


def _group_table(table_id: str, key: str, groups: Sequence[Group]) -> str:
    return _table(table_id, (key, *_TALLY_HEAD), [[g.key, *_tally_cells(g.tally)] for g in groups])


def _posts_table(portfolio: Portfolio) -> str:
    ages = [name for name in portfolio.labels if name != "tally"]
    head = ("post", "sent", "case", "theme", "account", "kind", "latest", *COUNTS,
            "interactions", *(f"interactions at {a}" for a in ages))  # fmt: skip
    rows = []
    for post in portfolio.posts:
        newest = post.latest
        counts = [getattr(newest, n) if newest else None for n in COUNTS]
        at = [s.interactions if (s := post.at(a)) is not None and s.found else None for a in ages]
        rows.append([
            post.post_id, f"{post.sent_at:%Y-%m-%d %H:%M}", (post.case, post.url), post.theme,
            post.account, f"{post.kind} {post.part}", newest.label if newest else None, *counts,
            newest.interactions if newest and newest.found else None, *at,
        ])  # fmt: skip
    return _table("posts", head, rows)


def _theme_ages(portfolio: Portfolio) -> str:
    ages = [name for name in portfolio.labels if name != "tally"]
    rows = [[theme, *(row.get(a) for a in ages)] for theme, row in portfolio.theme_ages.items()]
    head = ("theme", *(f"mean interactions at {a}" for a in ages))
    return "<h3>By age of the post</h3>\n" + _table("theme-ages", head, rows)


def _theme_months(portfolio: Portfolio) -> str:
    months = sorted({m for row in portfolio.theme_months.values() for m in row})
    rows = [
        [theme, *(row.get(m, 0) for m in months)] for theme, row in portfolio.theme_months.items()
    ]
    return "<h3>By month of sending</h3>\n" + _table("theme-months", ("theme", *months), rows)


def _top_table(portfolio: Portfolio) -> str:
    head = ("case", "title", "section", "theme", "posts", "interactions", "votes", "views")
    rows = [
        [r.case, r.title, r.section, r.theme, r.tally.posts, r.tally.interactions, r.tally.votes,
         r.tally.views]
        for r in portfolio.top_cases
    ]  # fmt: skip
    return _table("top-cases", head, rows)


def _quiz_table(portfolio: Portfolio) -> str:
    head = ("case", "account", "platform", "post", "votes", "correct votes", "share correct")
    rows = [
        [q.case, q.account, q.platform, q.post_id, q.votes, q.correct_votes,
         f"{q.share_correct:.0%}" if q.share_correct is not None else None]
        for q in portfolio.quizzes
    ]  # fmt: skip
    if not rows:
        return "<p>No quiz poll was read in this period.</p>\n" + _table("quizzes", head, [])
    return _table("quizzes", head, rows)


# Text, for the terminal


def render_totals(portfolio: Portfolio, *, title: str) -> str:
    """The totals and the groups, as `publisher report` prints them."""
    t = portfolio.totals
    lines = [title, _period(portfolio), ""]
    lines += [
        f"posts sent    {t.posts} ({t.cases} cases)",
        f"interactions  {t.interactions} ({t.likes} likes, {t.reposts} reposts, "
        f"{t.replies} replies, {t.quotes} quotes)",
        f"views         {t.views}",
        f"quiz votes    {t.votes}" + _quiz_share(portfolio),
    ]
    for heading, groups in (("platform", portfolio.by_platform), ("theme", portfolio.by_theme),
                            ("section", portfolio.by_section)):  # fmt: skip
        lines += ["", f"by {heading}:"]
        width = max((len(g.key) for g in groups), default=0)
        lines += [
            f"  {g.key:<{width}}  {g.tally.posts} posts, {g.tally.interactions} interactions, "
            f"{g.tally.views} views"
            for g in groups
        ]
    if portfolio.top_cases:
        lines += ["", "cases that taught most:"]
        lines += [
            f"  {r.case}: {r.tally.interactions} interactions, {r.tally.votes} votes"
            for r in portfolio.top_cases[:5]
        ]
    return "\n".join(lines) + "\n"


def _quiz_share(portfolio: Portfolio) -> str:
    votes = sum(q.votes for q in portfolio.quizzes)
    right = sum(q.correct_votes for q in portfolio.quizzes)
    if not votes:
        return ""
    return f" in {len(portfolio.quizzes)} poll(s), {right / votes:.0%} chose the right answer"
