"""The teaching portfolio as numbers: sent posts and their snapshots in, totals, groups,
series and rankings out. Pure: no database, no files; `publisher report` feeds it rows
from ``publisher.metrics.storage`` and ``publisher.metrics.export`` writes it out.

Each post counts with its latest snapshot (the most recent one that found it). A
post's *interactions* are its likes, reposts, replies and quotes; views are counted
apart, as few platforms give them. The cases that taught most are ranked by their
interactions plus their quiz votes over every account (a case with neither is not
ranked).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime

from publisher.metrics.snapshots import COUNTS, TALLY, Snapshot, latest


@dataclass(frozen=True)
class PostRecord:
    """One sent post, as the report sees it."""

    post_id: int
    case: str
    title: str
    section: str
    theme: str  # the theme's hashtag
    account: str
    platform: str  # the adapter's name
    kind: str
    part: int
    sent_at: datetime
    url: str
    has_poll: bool = False
    quiz_options: tuple[str, ...] = ()
    quiz_correct: int | None = None
    snapshots: tuple[Snapshot, ...] = ()

    @property
    def latest(self) -> Snapshot | None:
        return latest(list(self.snapshots))

    def at(self, name: str) -> Snapshot | None:
        """The snapshot of one label ("1h", "tally" ...), if taken."""
        return next((s for s in self.snapshots if s.label == name), None)

    @property
    def poll_snapshot(self) -> Snapshot | None:
        """The poll's tally: read as the answer went out, else the latest with votes."""
        tally = self.at(TALLY)
        if tally is not None and tally.poll is not None:
            return tally
        polled = [s for s in self.snapshots if s.poll is not None]
        return max(polled, key=lambda s: s.taken_at) if polled else None


@dataclass(frozen=True)
class Tally:
    """Counts added up over a set of posts (each at its latest snapshot)."""

    posts: int = 0
    cases: int = 0
    likes: int = 0
    reposts: int = 0
    replies: int = 0
    quotes: int = 0
    views: int = 0
    votes: int = 0

    @property
    def interactions(self) -> int:
        return self.likes + self.reposts + self.replies + self.quotes

    @property
    def per_post(self) -> float:
        return self.interactions / self.posts if self.posts else 0.0


@dataclass(frozen=True)
class Group:
    key: str
    tally: Tally


@dataclass(frozen=True)
class QuizResult:
    """One quiz poll on one account: how many voted, and how many chose right."""

    case: str
    title: str
    account: str
    platform: str
    post_id: int
    votes: int
    correct_votes: int
    voters: int | None

    @property
    def share_correct(self) -> float | None:
        return self.correct_votes / self.votes if self.votes else None


@dataclass(frozen=True)
class CaseRank:
    case: str
    title: str
    section: str
    theme: str
    tally: Tally

    @property
    def score(self) -> int:
        return self.tally.interactions + self.tally.votes


@dataclass(frozen=True)
class Portfolio:
    first: datetime | None  # the first and last sending in it
    last: datetime | None
    labels: tuple[str, ...]  # the snapshot labels found, in age order
    totals: Tally
    by_platform: tuple[Group, ...]
    by_theme: tuple[Group, ...]
    by_section: tuple[Group, ...]
    posts: tuple[PostRecord, ...]
    top_cases: tuple[CaseRank, ...]
    quizzes: tuple[QuizResult, ...]
    # Mean interactions per post at each age, per theme: {theme: {label: mean}}.
    theme_ages: dict[str, dict[str, float]] = field(default_factory=dict)
    # Interactions per month of sending, per theme: {theme: {"2026-12": total}}.
    theme_months: dict[str, dict[str, int]] = field(default_factory=dict)


def build_portfolio(records: Sequence[PostRecord], *, top: int = 10) -> Portfolio:
    """Everything the report shows, from the sent posts of its period."""
    posts = tuple(sorted(records, key=lambda r: (r.sent_at, r.post_id)))
    labels = _labels(posts)
    return Portfolio(
        first=posts[0].sent_at if posts else None,
        last=posts[-1].sent_at if posts else None,
        labels=labels,
        totals=add_up(posts),
        by_platform=_groups(posts, lambda r: r.platform),
        by_theme=_groups(posts, lambda r: r.theme),
        by_section=_groups(posts, lambda r: r.section),
        posts=posts,
        top_cases=_top_cases(posts, top),
        quizzes=tuple(q for r in posts if (q := quiz_result(r)) is not None),
        theme_ages=_theme_ages(posts, labels),
        theme_months=_theme_months(posts),
    )


def add_up(posts: Iterable[PostRecord]) -> Tally:
    """The counts of ``posts``, each at its latest snapshot; votes from each poll's tally."""
    chosen = list(posts)
    sums = dict.fromkeys(COUNTS, 0)
    votes = 0
    for post in chosen:
        newest = post.latest
        if newest is not None:
            for name in COUNTS:
                sums[name] += getattr(newest, name) or 0
        polled = post.poll_snapshot
        if post.has_poll and polled is not None:
            votes += polled.votes or 0
    return Tally(posts=len(chosen), cases=len({p.case for p in chosen}), votes=votes, **sums)


def quiz_result(post: PostRecord) -> QuizResult | None:
    """The quiz poll's result, for a post carrying a quiz's poll whose tally was read."""
    polled = post.poll_snapshot
    if not post.has_poll or post.quiz_correct is None or polled is None or polled.poll is None:
        return None
    votes = sum(polled.poll)
    right = polled.poll[post.quiz_correct] if post.quiz_correct < len(polled.poll) else 0
    return QuizResult(
        case=post.case, title=post.title, account=post.account, platform=post.platform,
        post_id=post.post_id, votes=votes, correct_votes=right, voters=polled.voters,
    )  # fmt: skip


def _labels(posts: Sequence[PostRecord]) -> tuple[str, ...]:
    """The labels found, ages in age order, the tally last."""
    found = {s.label for p in posts for s in p.snapshots}
    ages = sorted((n for n in found if _age(n) is not None), key=lambda n: _age(n) or 0)
    return (*ages, TALLY) if TALLY in found else tuple(ages)


def _age(name: str) -> float | None:
    from publisher.schedule.themes import parse_duration

    try:
        return parse_duration(name).total_seconds()
    except ValueError:
        return None


def _groups(posts: Sequence[PostRecord], key: Callable[[PostRecord], str]) -> tuple[Group, ...]:
    grouped: dict[str, list[PostRecord]] = defaultdict(list)
    for post in posts:
        grouped[key(post)].append(post)
    return tuple(Group(name, add_up(grouped[name])) for name in sorted(grouped))


def _top_cases(posts: Sequence[PostRecord], top: int) -> tuple[CaseRank, ...]:
    grouped: dict[str, list[PostRecord]] = defaultdict(list)
    for post in posts:
        grouped[post.case].append(post)
    ranks = [
        CaseRank(case, group[0].title, group[0].section, group[0].theme, add_up(group))
        for case, group in grouped.items()
    ]
    ranks.sort(key=lambda r: (-r.score, r.case))
    return tuple(r for r in ranks[:top] if r.score > 0)  # a case nobody reacted to taught no one


def _theme_ages(posts: Sequence[PostRecord], labels: Sequence[str]) -> dict[str, dict[str, float]]:
    out: dict[str, dict[str, float]] = {}
    for theme in sorted({p.theme for p in posts}):
        ours = [p for p in posts if p.theme == theme]
        row = {}
        for name in labels:
            if name == TALLY:
                continue
            taken = [s for p in ours if (s := p.at(name)) is not None and s.found]
            if taken:
                row[name] = sum(s.interactions for s in taken) / len(taken)
        out[theme] = row
    return out


def _theme_months(posts: Sequence[PostRecord]) -> dict[str, dict[str, int]]:
    out: dict[str, dict[str, int]] = defaultdict(dict)
    for post in posts:
        month = f"{post.sent_at:%Y-%m}"
        newest = post.latest
        gained = newest.interactions if newest is not None else 0
        out[post.theme][month] = out[post.theme].get(month, 0) + gained
    return {theme: dict(sorted(months.items())) for theme, months in sorted(out.items())}
