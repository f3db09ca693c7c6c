"""`publisher report`: totals, the teaching portfolio page and its CSV, whose numbers
are checked against each other by parsing both; `cases show` and the posts' JSON with
their latest counts; `metrics collect` for cron. Real databases, the real CLI."""

from __future__ import annotations

import csv
import json
import os
import subprocess
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from html.parser import HTMLParser
from pathlib import Path

import pytest
from PIL import Image

from publisher.adapters.base import Counts
from publisher.metrics import storage as stored
from publisher.store import Store
from tests.conftest import run
from tests.support.platform_server import PlatformServer
from tests.support.sent import sent_posts

MONDAY = datetime(2026, 11, 2, 14, 0, tzinfo=UTC)


@pytest.fixture
def portfolio_db(db_url: str, cli_env: dict[str, str]) -> Iterator[tuple[Store, dict[str, str]]]:
    """Six weeks of sent posts on two accounts, three themes, with 1h/1d/7d snapshots and
    the quiz's tally; and the CLI's environment pointed at that database."""
    store = Store(db_url)
    hook = sent_posts(store, account="hook", adapter="webhook", remote_ids=[f"h{n}" for n in range(6)],
                      sent_at=MONDAY, spacing=timedelta(days=7), slug="msk")  # fmt: skip
    masto = sent_posts(store, account="masto", adapter="mastodon", remote_ids=[f"m{n}" for n in range(4)],
                       sent_at=MONDAY + timedelta(days=1), spacing=timedelta(days=7), section="abdomen",
                       hashtag="#TummyTuesday", slug="abd")  # fmt: skip
    quiz = sent_posts(store, account="hook", adapter="webhook", remote_ids=["q1", "q2"],
                      sent_at=MONDAY + timedelta(days=4), spacing=timedelta(days=14), section="chest",
                      hashtag="#FridayQuizDay", slug="quiz", quiz=True)  # fmt: skip
    rows = []
    for n, post in enumerate([*hook, *masto]):
        for label, hours, grow in (("1h", 1, 1), ("1d", 24, 3), ("7d", 168, 5)):
            if n == 5 and label == "7d":
                continue  # the last Monday post is younger than a week
            counts = Counts(likes=n * grow + 1, reposts=n % 3 * grow, replies=grow, quotes=n % 2,
                            views=100 * n * grow if post in hook else None)  # fmt: skip
            rows.append((post, label, counts, MONDAY + timedelta(days=7 * (n % 6), hours=hours)))
    rows.append(
        (quiz[0], "tally", Counts(likes=4, poll=(124, 50, 30, 10)), MONDAY + timedelta(days=5))
    )
    rows.append(
        (quiz[0], "7d", Counts(likes=9, poll=(130, 50, 30, 10)), MONDAY + timedelta(days=11))
    )
    rows.append(
        (quiz[1], "tally", Counts(likes=2, poll=(10, 30, 0, 0)), MONDAY + timedelta(days=19))
    )
    rows.append((hook[5], "7d", None, MONDAY + timedelta(days=42)))  # deleted within the week
    with store.session() as session:
        for post, label, counts, at in rows:
            stored.record(session, [(post, label, counts, at)])
    yield store, {**cli_env, "PUBLISHER_DATABASE_URL": db_url}
    store.close()


class Tables(HTMLParser):
    """Every table of a page by its id: rows of cell texts (the header row first)."""

    def __init__(self) -> None:
        super().__init__()
        self.tables: dict[str, list[list[str]]] = {}
        self.images: list[dict[str, str | None]] = []
        self._table: str | None = None
        self._cell: list[str] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = dict(attrs)
        if tag == "table":
            self._table = str(found.get("id"))
            self.tables[self._table] = []
        elif tag == "tr" and self._table:
            self.tables[self._table].append([])
        elif tag in ("td", "th") and self._table:
            self._cell = []
        elif tag == "img":
            self.images.append(found)

    def handle_endtag(self, tag: str) -> None:
        if tag in ("td", "th") and self._table and self._cell is not None:
            self.tables[self._table][-1].append("".join(self._cell).strip())
            self._cell = None
        elif tag == "table":
            self._table = None

    def handle_data(self, data: str) -> None:
        if self._cell is not None:
            self._cell.append(data)

    def rows(self, table: str) -> list[dict[str, str]]:
        head, *body = self.tables[table]
        return [dict(zip(head, row, strict=True)) for row in body]


def read_report(
    tmp_path: Path, env: dict[str, str], *args: str
) -> tuple[Tables, list[dict[str, str]]]:
    result = run(["report", *args, "--html", "portfolio", "--csv", "portfolio.csv"], env=env)
    assert result.exit_code == 0, result.output
    page = Tables()
    page.feed((tmp_path / "portfolio" / "index.html").read_text(encoding="utf-8"))
    with (tmp_path / "portfolio.csv").open(encoding="utf-8", newline="") as handle:
        return page, list(csv.DictReader(handle))


def _int(text: str) -> int:
    return int(text) if text else 0


def test_the_pages_numbers_are_the_csvs(
    portfolio_db: tuple[Store, dict[str, str]], tmp_path: Path
) -> None:
    _, env = portfolio_db
    page, rows = read_report(tmp_path, env)
    latest = {r["post_id"]: r for r in rows if r["latest"] == "yes"}
    names = ("likes", "reposts", "replies", "quotes", "views", "interactions")
    totals = {r["count"]: int(r["total"]) for r in page.rows("totals")}
    for name in names:
        assert totals[name] == sum(_int(r[name]) for r in latest.values()), name
    assert totals["posts"] == len({r["post_id"] for r in rows}) == 12
    # A quiz counts the votes its answer told (the tally row), not a later snapshot's.
    tallies = [r for r in rows if r["snapshot"] == "tally"]
    assert totals["votes"] == sum(int(r["votes"]) for r in tallies) == 254
    # Each post at its latest snapshot, and its interactions at each age.
    for line in page.rows("posts"):
        mine = latest.get(line["post"])
        assert line["interactions"] == (mine["interactions"] if mine else ""), line["post"]
        for age in ("1h", "1d", "7d"):
            at = next(
                (r for r in rows if r["post_id"] == line["post"] and r["snapshot"] == age), None
            )
            assert line[f"interactions at {age}"] == (at["interactions"] if at else "")
    # The groups add up to the same numbers.
    for table, key in (
        ("by-platform", "platform"),
        ("by-theme", "theme"),
        ("by-section", "section"),
    ):
        for group in page.rows(table):
            ours = [r for r in latest.values() if r[key] == group[key]]
            assert int(group["interactions"]) == sum(_int(r["interactions"]) for r in ours)
            assert int(group["posts"]) == len({r["post_id"] for r in rows if r[key] == group[key]})
    # The quizzes: votes and the share that chose the right answer (A).
    quizzes = page.rows("quizzes")
    assert [(q["votes"], q["correct votes"], q["share correct"]) for q in quizzes] == [
        ("214", "124", "58%"), ("40", "10", "25%"),
    ]  # fmt: skip
    assert [(r["votes"], r["correct_votes"]) for r in tallies] == [("214", "124"), ("40", "10")]


def test_the_page_draws_its_plots_as_images_with_alt_text(
    portfolio_db: tuple[Store, dict[str, str]], tmp_path: Path
) -> None:
    _, env = portfolio_db
    page, _ = read_report(tmp_path, env)
    sources = [str(image["src"]) for image in page.images]
    assert sources == ["platforms.png", "theme-ages.png", "theme-months.png", "quizzes.png"]
    assert all(image["alt"] for image in page.images)
    for source in sources:
        with Image.open(tmp_path / "portfolio" / source) as drawn:
            assert drawn.format == "PNG" and drawn.width > 300


def test_the_period_and_the_account_narrow_the_report(
    portfolio_db: tuple[Store, dict[str, str]], tmp_path: Path
) -> None:
    _, env = portfolio_db
    _, rows = read_report(
        tmp_path, env, "--from", "2026-11-09", "--to", "2026-11-22", "--account", "hook"
    )
    sent = sorted({(r["sent_at"][:10], r["account"]) for r in rows})
    assert sent == [("2026-11-09", "hook"), ("2026-11-16", "hook"), ("2026-11-20", "hook")]


def test_the_totals_as_text_and_json(portfolio_db: tuple[Store, dict[str, str]]) -> None:
    _, env = portfolio_db
    text = run(["report"], env=env).output
    assert text.startswith("Teaching portfolio, the start to today (all accounts)\n")
    assert "posts sent    12 (12 cases)" in text
    assert "quiz votes    254 in 2 poll(s), 53% chose the right answer" in text
    data = json.loads(run(["report", "--json"], env=env).output)
    assert data["totals"]["posts"] == 12 and data["totals"]["votes"] == 254
    assert set(data["by"]["platform"]) == {"mastodon", "webhook"}


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (
            ["--from", "2026-12-10", "--to", "2026-12-01"],
            1,
            "Error: --from 2026-12-10 is after --to 2026-12-01: nothing can fall between\n",
        ),
        (
            ["--account", "nobody"],
            1,
            "Error: --account: no account named 'nobody'; known: hook, masto\n",
        ),
        (["--from", "10/12/2026"], 2, "Invalid value for '--from'"),
    ],
)
def test_bad_input_is_one_line_and_writes_nothing(
    portfolio_db: tuple[Store, dict[str, str]],
    tmp_path: Path,
    args: list[str],
    code: int,
    message: str,
) -> None:
    _, env = portfolio_db
    result = run(["report", *args, "--csv", "out.csv", "--html", "out"], env=env)
    assert result.exit_code == code
    assert message in result.output and "Traceback" not in result.output
    assert not (tmp_path / "out.csv").exists() and not (tmp_path / "out").exists()


def test_an_empty_period_is_a_report_of_nothing(
    portfolio_db: tuple[Store, dict[str, str]], tmp_path: Path
) -> None:
    _, env = portfolio_db
    page, rows = read_report(tmp_path, env, "--from", "2027-01-01")
    assert rows == [] and page.rows("posts") == []
    assert (
        "No posts were sent in this period." in (tmp_path / "portfolio" / "index.html").read_text()
    )


def test_cases_show_and_the_posts_json_carry_the_latest_counts(
    portfolio_db: tuple[Store, dict[str, str]],
) -> None:
    _, env = portfolio_db
    shown = json.loads(run(["cases", "show", "quiz-hook-0", "--json"], env=env).output)
    [post] = shown["posts"]
    assert post["counts"]["label"] == "7d" and post["counts"]["poll"] == [130, 50, 30, 10]
    text = run(["cases", "show", "quiz-hook-0"], env=env).output
    assert "9 likes, poll 130/50/30/10 (7d, 2026-11-13T14:00:00+00:00)" in text
    listed = json.loads(run(["posts", "list", "--state", "sent", "--json"], env=env).output)
    by_case = {row["case"]: row["counts"] for row in listed}
    assert by_case["msk-hook-1"]["likes"] == 6 and by_case["msk-hook-1"]["label"] == "7d"
    # A post gone from the platform keeps the last counts read while it was there.
    assert by_case["msk-hook-5"]["label"] == "1d" and by_case["msk-hook-5"]["likes"] == 16
    one = json.loads(run(["posts", "show", str(listed[0]["id"])], env=env).output)
    assert one["counts"] == listed[0]["counts"]


def test_metrics_collect_for_cron(db_url: str, cli_env: dict[str, str], tmp_path: Path) -> None:
    with PlatformServer() as platform:
        import requests

        made = requests.post(f"{platform.url}/hook", json={"text": "a case"}, timeout=10).json()
        platform.set_counts(str(made["id"]), {"likes": 3, "reposts": 1})
        (tmp_path / "config.toml").write_text(
            f'[accounts.hook]\nadapter = "webhook"\nurl = "{platform.url}/hook"\nmetrics = true\n'
            '[accounts.box]\nadapter = "outbox"\n'
        )
        store = Store(db_url)
        sent_posts(store, account="hook", adapter="webhook", remote_ids=[str(made["id"]), "404"],
                   sent_at=datetime(2026, 11, 30, 11, 0, tzinfo=UTC))  # fmt: skip
        sent_posts(store, account="box", adapter="outbox", remote_ids=["x"], slug="box",
                   sent_at=datetime(2026, 11, 30, 11, 0, tzinfo=UTC))  # fmt: skip
        env = {**cli_env, "PUBLISHER_DATABASE_URL": db_url, "PUBLISHER_CONFIG": "config.toml"}
        result = run(["metrics", "collect"], env=env)
        assert result.exit_code == 0, result.output
        assert result.output == (
            "counts read: 1 post(s), 1 gone, in 1 call(s)\n"
            "no counts from box: its platform (or its setup) gives none\n"
        )
        assert run(["metrics", "collect"], env=env).output.startswith("counts read: 0 post(s)")
        store.close()


CHROMIUM = Path("/usr/bin/chromium")


@pytest.mark.skipif(
    not CHROMIUM.exists(), reason="Debian's chromium (/usr/bin/chromium) is not installed"
)
def test_the_page_opens_in_chromium_with_its_images(
    portfolio_db: tuple[Store, dict[str, str]], tmp_path: Path
) -> None:
    """The page in a real browser: every plot decoded, every table built. A copy of the
    page carries a script that writes what the browser loaded into the DOM it dumps."""
    _, env = portfolio_db
    read_report(tmp_path, env)
    folder = tmp_path / "portfolio"
    probe = (
        "<script>window.addEventListener('load', () => { document.body.dataset.images ="
        " Array.from(document.images).filter(i => i.complete && i.naturalWidth > 300).length;"
        " document.body.dataset.tables = document.querySelectorAll('table').length; });</script>"
    )
    page = (folder / "index.html").read_text(encoding="utf-8").replace("</body>", probe + "</body>")
    (folder / "probe.html").write_text(page, encoding="utf-8")
    out = subprocess.run(
        [str(CHROMIUM), "--headless", "--no-sandbox", "--disable-gpu", "--virtual-time-budget=5000",
         "--allow-file-access-from-files", "--dump-dom", (folder / "probe.html").as_uri()],
        capture_output=True, text=True, timeout=120, env={**os.environ, "HOME": str(tmp_path)},
    )  # fmt: skip
    assert out.returncode == 0, out.stderr
    assert 'data-images="4"' in out.stdout and 'data-tables="9"' in out.stdout, out.stdout[-500:]
