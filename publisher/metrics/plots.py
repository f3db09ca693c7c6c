"""The portfolio's plots as PNG bytes, drawn with matplotlib (``publisher[report]``).
Each plot comes with the alt text the page gives it."""

from __future__ import annotations

import io
from typing import Any

from publisher.errors import MissingExtraError
from publisher.metrics.portfolio import Portfolio

WIDTH, HEIGHT, DPI = 6.4, 3.6, 100


def draw_all(portfolio: Portfolio) -> list[tuple[str, str, bytes]]:
    """(file name, alt text, PNG bytes) of every plot the portfolio has data for."""
    pyplot = _pyplot()
    plots = []
    if portfolio.by_platform:
        plots.append(("platforms.png", "Interactions per platform", _platforms(pyplot, portfolio)))
    if any(portfolio.theme_ages.values()):
        alt = "Mean interactions per post by the post's age, one line per theme"
        plots.append(("theme-ages.png", alt, _theme_ages(pyplot, portfolio)))
    if portfolio.theme_months:
        alt = "Interactions per month of sending, one line per theme"
        plots.append(("theme-months.png", alt, _theme_months(pyplot, portfolio)))
    if portfolio.quizzes:
        alt = "Share of votes for the right answer in each quiz poll"
        plots.append(("quizzes.png", alt, _quizzes(pyplot, portfolio)))
    return plots


def _pyplot() -> Any:
    try:
        import matplotlib
    except ImportError as exc:
        raise MissingExtraError("Plots in the report", "report") from exc
    matplotlib.use("Agg")  # no display: files only
    import matplotlib.pyplot as pyplot

    return pyplot


def _png(pyplot: Any, figure: Any) -> bytes:
    buffer = io.BytesIO()
    figure.tight_layout()
    # No metadata: the same data draws the same bytes.
    figure.savefig(buffer, format="png", dpi=DPI, metadata={"Software": None})
    pyplot.close(figure)
    return buffer.getvalue()


def _platforms(pyplot: Any, portfolio: Portfolio) -> bytes:
    figure, axes = pyplot.subplots(figsize=(WIDTH, HEIGHT))
    keys = [g.key for g in portfolio.by_platform]
    axes.bar(keys, [g.tally.interactions for g in portfolio.by_platform], color="#3b6ea5")
    axes.set_ylabel("interactions")
    axes.set_title("Interactions per platform")
    return _png(pyplot, figure)


def _theme_ages(pyplot: Any, portfolio: Portfolio) -> bytes:
    figure, axes = pyplot.subplots(figsize=(WIDTH, HEIGHT))
    ages = [name for name in portfolio.labels if name != "tally"]
    for theme, row in portfolio.theme_ages.items():
        # Positions, not the labels themselves: categories would go in the first line's order.
        points = [(n, row[age]) for n, age in enumerate(ages) if age in row]
        if points:
            axes.plot([p[0] for p in points], [p[1] for p in points], marker="o", label=theme)
    axes.set_xticks(range(len(ages)), ages)
    axes.set_xlabel("age of the post")
    axes.set_ylabel("mean interactions per post")
    axes.legend(fontsize="small")
    return _png(pyplot, figure)


def _theme_months(pyplot: Any, portfolio: Portfolio) -> bytes:
    figure, axes = pyplot.subplots(figsize=(WIDTH, HEIGHT))
    months = sorted({m for row in portfolio.theme_months.values() for m in row})
    for theme, row in portfolio.theme_months.items():
        axes.plot(range(len(months)), [row.get(m, 0) for m in months], marker="o", label=theme)
    axes.set_xticks(range(len(months)), months)
    axes.set_ylabel("interactions")
    axes.legend(fontsize="small")
    return _png(pyplot, figure)


def _quizzes(pyplot: Any, portfolio: Portfolio) -> bytes:
    figure, axes = pyplot.subplots(figsize=(WIDTH, HEIGHT))
    labels = [f"{q.case}\n{q.account}" for q in portfolio.quizzes]
    shares = [100 * (q.share_correct or 0) for q in portfolio.quizzes]
    axes.bar(labels, shares, color="#4f8a4f")
    axes.set_ylim(0, 100)
    axes.set_ylabel("% chose the right answer")
    axes.tick_params(axis="x", labelsize="x-small")
    return _png(pyplot, figure)
