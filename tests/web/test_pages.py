"""Every page's HTML, parsed without a browser: what the calendar, the mock-ups and the
case page say, and the rules every page keeps (labels, alt text, forms, no script)."""

from __future__ import annotations

import json
from datetime import date, timedelta
from typing import Any

import pytest
from bs4 import BeautifulSoup, Tag
from flask.testing import FlaskClient

from tests.conftest import run
from tests.web.conftest import Term

PAGES = [
    "/",
    "/month/2026-11",
    "/month/2026-12",
    "/term?from=2026-11-30&weeks=4",
    "/term",
    "/day/2026-11-30",
    "/day/2026-12-02",
    "/day/2026-12-04",
    "/day/2026-12-07",
    "/cases",
    "/cases?status=needs_review",
    "/cases/msk-scaphoid-001",
    "/cases/msk-review-001",
    "/cases/msk-label-001",
    "/login",
]


def soup_of(client: FlaskClient, url: str, status: int = 200) -> BeautifulSoup:
    response = client.get(url)
    assert response.status_code == status, (url, response.get_data(as_text=True)[:500])
    assert response.mimetype == "text/html"
    return parse(response.get_data(as_text=True))


def parse(html: str) -> BeautifulSoup:
    """The page as a browser reads it. A post's text is in a div styled ``pre-wrap``: its
    whitespace is kept, where BeautifulSoup would fold a run of line breaks into one."""
    return BeautifulSoup(html, "html.parser", preserve_whitespace_tags={"pre", "textarea", "div"})


def text_of(node: Tag | None) -> str:
    assert node is not None
    return " ".join(node.get_text(" ").split())


@pytest.mark.parametrize("url", PAGES)
def test_every_page_keeps_the_rules(client: FlaskClient, url: str) -> None:
    soup = soup_of(client, url)
    html = soup.find("html")
    assert isinstance(html, Tag) and html.get("lang") == "en"
    assert soup.find("meta", attrs={"name": "viewport"}) is not None
    assert len(soup.find_all("h1")) == 1
    skip = soup.find("a", class_="skip")
    assert skip is not None and skip["href"] == "#main" and soup.find(id="main") is not None
    # No script at all, and no inline style (the CSP forbids both).
    assert soup.find("script") is None and soup.find(attrs={"style": True}) is None
    assert soup.find(attrs=lambda a: any(k.startswith("on") for k in a or {})) is None
    for image in soup.find_all("img"):
        assert image.get("alt", "").strip(), f"{url}: an image without alt text"
    for control in soup.find_all(["input", "select", "textarea"]):
        if control.get("type") == "hidden":
            continue
        label = soup.find("label", attrs={"for": control.get("id")})
        assert label is not None or control.get("aria-label"), f"{url}: {control} has no label"
    for form in soup.find_all("form"):
        if form.get("method") == "post":
            csrf = form.find("input", attrs={"name": "csrf", "type": "hidden"})
            assert csrf is not None and len(csrf["value"]) == 64, f"{url}: a form without CSRF"
    for link in soup.find_all("a", href=True):
        href = link["href"]
        assert href.startswith(("/", "#", "https://", "http://")), f"{url}: link {href}"


def test_the_term_view_shows_each_day_its_case_and_each_account(client: FlaskClient) -> None:
    soup = soup_of(client, "/term?from=2026-12-01&weeks=3")
    assert text_of(soup.h1) == "3 weeks from 30 Nov 2026"
    days = soup.select("ol.calendar > li.day")
    assert len(days) == 21
    monday = days[0]
    assert text_of(monday.find("h2")) == "Mon 30 Nov today"
    assert monday.find("h2").find("a")["href"] == "/day/2026-11-30"
    entry = monday.find("article", class_="planned")
    assert text_of(entry.find("h3")) == "#MSKMonday 09:00 EST"
    assert entry.find("time")["datetime"] == "2026-11-30T09:00:00-05:00"
    case = entry.find("p", class_="case").find("a")
    assert (text_of(case), case["href"]) == ("Wrist pain after a fall", "/cases/msk-scaphoid-001")
    states = {li.find(class_="account").get_text(): li for li in entry.select("ul.accounts li")}
    assert list(states) == ["outbox", "dept-mastodon", "dept-bluesky", "dept-telegram",
                            "dept-reddit", "dept-x"]  # fmt: skip
    assert text_of(states["outbox"]) == "outbox planned"
    sent = states["dept-mastodon"]
    assert text_of(sent) == "dept-mastodon sent view post ; answer planned"
    assert sent.find("a")["href"] == "https://mastodon.example/@dept/1122"
    assert (
        text_of(states["dept-bluesky"]) == "dept-bluesky failed : rejected: the record is invalid"
    )
    assert text_of(states["dept-telegram"]) == "dept-telegram cancelled"


@pytest.mark.parametrize(
    ("day", "why"),
    [
        ("2026-12-08", "Blackout: blackout day: nothing is planned"),
        (
            "2026-12-03",
            "Embargo: chest-recent-001 is held back by the privacy embargo until 2026-12-31",
        ),
        (
            "2026-12-07",
            "Empty: the 1 approved msk case is planned on an earlier day or already went to "
            "these accounts",
        ),
        ("2026-12-15", "Not planned yet: publisher plan would take abdomen-volvulus-001"),
    ],
)
def test_an_empty_day_says_why(client: FlaskClient, day: str, why: str) -> None:
    soup = soup_of(client, "/term?from=2026-11-30&weeks=4")
    entry = soup.find("time", attrs={"datetime": f"{day}T09:00:00-05:00"}).find_parent("article")
    assert "empty" in entry["class"]
    assert text_of(entry.find("p", class_="why")) == why
    assert entry.find_parent("li").find("h2").find("a") is None  # no posts: no day page link


def test_days_before_today_say_nothing_was_planned(client: FlaskClient) -> None:
    soup = soup_of(client, "/month/2026-11")
    assert text_of(soup.h1) == "November 2026"
    first = soup.select("ol.calendar > li.day")[0]
    assert "other" in first["class"]  # 26 October, outside the month
    assert text_of(first.find("p", class_="why")) == "Nothing planned: nothing was planned"


def test_the_month_grid_and_its_neighbours(client: FlaskClient) -> None:
    soup = soup_of(client, "/")
    assert text_of(soup.h1) == "November 2026"
    pager = [a["href"] for a in soup.find("nav", class_="pager").find_all("a")]
    assert pager[:2] == ["/month/2026-10", "/month/2026-12"]
    december = soup_of(client, "/month/2026-12")
    assert len(december.select("ol.calendar > li.day")) == 35  # 30 Nov to 3 Jan
    assert [a["href"] for a in december.find("nav", class_="pager").find_all("a")][:2] == [
        "/month/2026-11", "/month/2027-01",
    ]  # fmt: skip
    # Held back past the last day shown: past 6 December, yes; past 3 January, no.
    assert text_of(soup.find("section", class_="held").find("li")).startswith(
        "chest-recent-001: held back by the privacy embargo until 2026-12-31"
    )
    assert december.find("section", class_="held") is None


def _preview_json(term: Term, *args: str) -> list[dict[str, Any]]:
    result = run(["preview", *args, "--json"], env=term.cli_env())
    assert result.exit_code == 0, result.output
    posts: list[dict[str, Any]] = json.loads(result.output)
    return posts


def day_cards_json(term: Term, day: str) -> list[dict[str, Any]]:
    """What `preview --json` gives for the cases whose prompts go out on ``day``, their
    answers included (a day page's cards), from the previews of that week and the next."""
    following = (date.fromisoformat(day) + timedelta(days=7)).isoformat()
    posts = [*_preview_json(term, "--week", day), *_preview_json(term, "--week", following)]
    cases = {p["case"] for p in posts if p["kind"] == "prompt" and p["scheduled_at"][:10] == day}
    return [p for p in posts if p["case"] in cases]


@pytest.mark.parametrize("day", ["2026-11-30", "2026-12-02", "2026-12-04"])
def test_the_mockups_show_the_bytes_preview_json_gives(
    client: FlaskClient, term: Term, day: str
) -> None:
    posts = day_cards_json(term, day)
    assert len(posts) >= 12  # six accounts, a prompt and an answer each at least
    soup = soup_of(client, f"/day/{day}")
    for post in posts:
        card = soup.find("li", id=f"post-{post['id']}")
        assert card is not None, post["id"]
        text = card.find("div", class_="text", attrs={"data-post": str(post["id"])})
        assert text.get_text() == post["text"], (post["account"], post["kind"], post["part"])
        images = card.find_all("img")
        assert [im["alt"] for im in images] == [im["alt"] for im in post["images"]]
        assert [im["src"] for im in images] == [f"/media/{im['sha256']}" for im in post["images"]]
        assert [(int(im["width"]), int(im["height"])) for im in images] == [
            (im["width"], im["height"]) for im in post["images"]
        ]
        if post["spoiler"]:
            assert text_of(card.find("summary")) == f"Content warning: {post['spoiler']}"
        if post["poll"]:
            options = [li.contents[0].strip() for li in card.select(".poll li")]
            assert options == post["poll"]["options"]
        meta = text_of(card.find("p", class_="meta"))
        assert f"{post['length']}/{post['limit']}" in meta
        if post["parts"] > 1:
            assert f"part {post['part']} of {post['parts']}" in meta
        if post["reply_to"]:
            assert card.find("a", href=f"#post-{post['reply_to']}") is not None


def test_each_platform_has_its_card_threads_and_answer_time(client: FlaskClient) -> None:
    soup = soup_of(client, "/day/2026-12-02")
    cards = {a.find(class_="name").get_text(): a for a in soup.find_all("article", class_="mockup")}
    assert set(cards) == {"outbox", "dept-mastodon", "dept-bluesky", "dept-telegram",
                          "dept-reddit", "dept-x"}  # fmt: skip
    assert "platform-bluesky" in cards["dept-bluesky"]["class"]
    assert text_of(cards["dept-x"].find(class_="platform")) == "X"
    # The long history does not fit X's 280 characters: a thread, each part numbered.
    x_parts = cards["dept-x"].select("ol.thread:not(.answer) > li.card")
    assert len(x_parts) >= 2
    assert x_parts[0].find(class_="text").get_text().endswith(f"(1/{len(x_parts)})")
    answer = cards["dept-mastodon"].find("h4", class_="answer-head")
    assert text_of(answer) == "Answer follow-up, Thu 3 Dec 09:00 EST"
    # Reddit's first paragraph is its title; Telegram's spoiler markup is shown as sent.
    reddit = cards["dept-reddit"].find(class_="text")
    assert reddit.find("span", class_="title").get_text().startswith("NeuroWednesday: Weakness")
    telegram_answer = cards["dept-telegram"].select_one("ol.answer .text")
    assert "<tg-spoiler>" in telegram_answer.get_text()
    assert telegram_answer.find("tg-spoiler") is None  # markup as text, never as HTML
    assert telegram_answer.find("span", class_="spoiler") is not None


def test_a_day_for_one_account_and_a_day_without_posts(client: FlaskClient) -> None:
    soup = soup_of(client, "/day/2026-11-30?account=dept-x")
    assert {a.find(class_="name").get_text() for a in soup.find_all("article")} == {"dept-x"}
    empty = soup_of(client, "/day/2026-12-07")
    assert empty.find("article") is None
    assert text_of(empty.find("p", class_="empty-note")).startswith("Nothing is planned")


def test_the_case_page_marks_findings_in_the_text(client: FlaskClient) -> None:
    soup = soup_of(client, "/cases/msk-review-001")
    assert text_of(soup.h1) == "Dr Jones and the professional footballer"
    findings = soup.select("ol.findings > li")
    assert [li["id"] for li in findings] == ["finding-1", "finding-2"]
    assert text_of(findings[0].find("strong")) == "#1 blocks: name"
    assert findings[0].find("form")["action"] == "/cases/msk-review-001/findings/1/waive"
    assert findings[1].find("form")["action"] == "/cases/msk-review-001/findings/2/acknowledge"
    title = soup.select_one("dl.fields dt:first-of-type + dd")
    marks = title.find_all("mark")
    assert [(m.get_text(), m["class"]) for m in marks] == [
        ("Dr Jones", ["block", "open"]), ("professional footballer", ["warn", "open"]),
    ]  # fmt: skip
    assert marks[0].find("a")["href"] == "#finding-1"
    assert title.get_text() == "Dr Jones and the professional footballer"
    approve = soup.find("form", action="/cases/msk-review-001/approve")
    assert approve is not None and "2 findings below still wait" in text_of(approve)


def test_the_case_page_draws_burned_in_text_boxes_on_the_image(client: FlaskClient) -> None:
    soup = soup_of(client, "/cases/msk-label-001")
    figure = soup.find("figure", id="image-1")
    image = figure.find("img")
    svg = figure.find("svg")
    assert svg["viewbox"] == f"0 0 {image['width']} {image['height']}" == "0 0 800 600"
    [rect] = svg.find_all("rect")
    assert rect["class"] == ["box", "burned_in_text", "open"] and rect["data-finding"] == "1"
    x, y, w, h = (int(rect[k]) for k in ("x", "y", "width", "height"))
    assert x <= 20 and y <= 20 and x + w >= 300 and 40 <= y + h <= 90  # the label at (20, 20)
    assert figure.find("a", href="#finding-1") is not None
    finding = soup.find("li", id="finding-1")
    assert "Redact box: [" in text_of(finding)


def test_the_case_list_filters_and_counts(client: FlaskClient) -> None:
    soup = soup_of(client, "/cases?status=needs_review")
    rows = soup.select("table.cases tbody tr")
    assert [r.find("span", class_="slug").get_text() for r in rows] == [
        "msk-label-001",
        "msk-review-001",
    ]
    assert text_of(rows[1].find_all("td")[-1]) == "1 blocking, 1 warning"
    assert soup.select_one("nav.filters a[aria-current=page]").get_text() == "needs review"
    assert text_of(soup_of(client, "/cases").find("p", class_="summary")) == "8 cases."


@pytest.mark.parametrize(
    ("url", "status", "message"),
    [
        ("/day/2026-13-01", 400, "day: '2026-13-01' is not a date (write YYYY-MM-DD)"),
        ("/term?weeks=99", 400, "weeks: '99' is not a number from 1 to 52"),
        ("/term?from=soon", 400, "from: 'soon' is not a date (write YYYY-MM-DD)"),
        ("/month/2026-13", 404, "there is no month 2026-13"),
        ("/cases/no-such-case", 404, "no case with slug 'no-such-case'"),
        (
            "/cases?status=lost",
            400,
            "status: 'lost' is not one of draft, needs_review, approved, retired",
        ),
        ("/day/2026-11-30?account=nobody", 404, "no account named 'nobody'"),
        ("/media/" + "0" * 64, 404, "no such image"),
        ("/nowhere", 404, "The requested URL was not found on the server."),
    ],
)
def test_bad_addresses_get_a_one_line_reason(
    client: FlaskClient, url: str, status: int, message: str
) -> None:
    soup = soup_of(client, url, status)
    assert text_of(soup.find(class_="alert")).startswith(message)
    assert "Traceback" not in str(soup)


def test_images_are_served_as_stored(client: FlaskClient, term: Term) -> None:
    [post] = [
        p
        for p in _preview_json(term, "--date", "2026-11-30")
        if p["account"] == "outbox" and p["images"]
    ]
    image = post["images"][0]
    response = client.get(f"/media/{image['sha256']}")
    assert response.status_code == 200 and response.mimetype == "image/png"
    assert len(response.data) == image["bytes"]
