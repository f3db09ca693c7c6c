"""The web view in a real browser: Debian's chromium driven by Playwright, against the
app served by waitress on loopback, and the static export opened from disk. Each test
saves a screenshot of every page it visits under its temporary folder."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from publisher.cases.details import case_details
from publisher.store import Store
from tests.conftest import run
from tests.web.conftest import NOW, REVIEWER, LiveServer, Term
from tests.web.test_pages import day_cards_json

CHROMIUM = Path("/usr/bin/chromium")
ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run",
]  # fmt: skip

pytestmark = pytest.mark.skipif(
    not CHROMIUM.exists(),
    reason="the browser tests need Debian's chromium at /usr/bin/chromium (apt-get install chromium)",
)


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    sync_api = pytest.importorskip(
        "playwright.sync_api", reason="the browser tests need playwright (the test extras)"
    )
    with sync_api.sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield launched
        launched.close()


class Visit:
    """One browser tab that keeps a screenshot of each page and every console error."""

    def __init__(self, browser: Any, folder: Path, width: int = 1280) -> None:
        self.context = browser.new_context(viewport={"width": width, "height": 900})
        self.page = self.context.new_page()
        self.errors: list[str] = []
        self.page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.folder = folder
        folder.mkdir(parents=True, exist_ok=True)

    def shot(self, name: str) -> Path:
        path = self.folder / f"{name}.png"
        self.page.screenshot(path=str(path), full_page=True)
        assert path.stat().st_size > 5_000
        return path

    def images_loaded(self) -> int:
        """How many images the page has; each must load and carry alt text. Images below
        the fold load lazily: they are asked for here, as scrolling would."""
        self.page.evaluate(
            "Promise.all([...document.images].map(i => { i.loading = 'eager';"
            " return i.complete ? null : new Promise(r => { i.onload = i.onerror = r; }); }))"
        )
        found: list[dict[str, Any]] = self.page.evaluate(
            "[...document.images].map(i => ({alt: i.alt, ok: i.complete && i.naturalWidth > 0}))"
        )
        assert all(i["ok"] for i in found), found
        assert all(i["alt"].strip() for i in found)
        return len(found)

    def close(self) -> None:
        self.context.close()
        assert self.errors == [], self.errors  # a CSP refusal or a broken link shows here


@pytest.fixture
def visit(browser: Any, tmp_path: Path) -> Iterator[Visit]:
    tab = Visit(browser, tmp_path / "screenshots")
    yield tab
    tab.close()


def _same_text_as_preview(visit: Visit, posts: list[dict[str, Any]]) -> None:
    for post in posts:
        shown = visit.page.locator(f'[data-post="{post["id"]}"]').text_content()
        assert shown == post["text"], (post["account"], post["kind"], post["part"])


def test_from_the_calendar_to_a_days_mockups(
    visit: Visit, live_server: LiveServer, term: Term
) -> None:
    page = visit.page
    page.goto(f"{live_server.url}/term?from=2026-11-30&weeks=3")
    assert page.locator("h1").text_content() == "3 weeks from 30 Nov 2026"
    visit.shot("term")
    page.get_by_role("link", name="Wed 2 Dec").click()
    page.wait_for_url("**/day/2026-12-02")
    assert page.locator("h1").text_content() == "Posts of Wed 2 Dec 2026"
    _same_text_as_preview(visit, day_cards_json(term, "2026-12-02"))
    assert visit.images_loaded() >= 6
    assert page.locator(".platform-x ol.thread:not(.answer) > li").count() >= 2
    # The stylesheet came from the package: each platform's card has its look.
    radius = page.locator(".mockup.platform-mastodon").evaluate(
        "e => getComputedStyle(e).borderRadius"
    )
    assert radius == "12px"
    visit.shot("day")
    page.get_by_role("link", name="neuro-stroke-001").first.click()
    page.wait_for_url("**/cases/neuro-stroke-001")
    visit.shot("case")


def test_approving_a_case_by_clicking(visit: Visit, live_server: LiveServer, store: Store) -> None:
    page = visit.page
    page.goto(f"{live_server.url}/cases/msk-review-001")
    visit.shot("case-to-review")
    first = page.locator("#finding-1")
    first.get_by_label("Your name").fill(REVIEWER)
    first.get_by_label("Why it is no identifier").fill("the author, who consents")
    first.get_by_role("button", name="Waive").click()
    page.wait_for_url("**/cases/msk-review-001?done=waive")
    assert page.get_by_role("status").text_content() == "Finding waived."
    second = page.locator("#finding-2")
    second.get_by_label("Your name").fill(REVIEWER)
    second.get_by_role("button", name="Acknowledge").click()
    page.wait_for_url("**/cases/msk-review-001?done=acknowledge")
    page.get_by_label("Your name").fill("Dr B. Second")
    page.get_by_role("button", name="Approve").click()
    page.wait_for_url("**/cases/msk-review-001?done=approve")
    assert page.get_by_role("status").text_content() == "Approved."
    visit.shot("case-approved")
    found = case_details(store, "msk-review-001")
    assert found["status"] == "approved"
    assert [(r["action"], r["by"], r["at"]) for r in found["reviews"]] == [
        ("waive", REVIEWER, NOW.isoformat()),
        ("acknowledge", REVIEWER, NOW.isoformat()),
        ("approve", "Dr B. Second", NOW.isoformat()),
    ]


def test_a_refused_approval_is_shown_and_changes_nothing(
    visit: Visit, live_server: LiveServer, store: Store
) -> None:
    page = visit.page
    page.goto(f"{live_server.url}/cases/msk-label-001")
    page.get_by_label("Your name").first.fill(REVIEWER)
    page.get_by_role("button", name="Approve").click()
    alert = page.get_by_role("alert").text_content() or ""
    assert alert.startswith("case 'msk-label-001' has blocking privacy findings")
    visit.errors = [e for e in visit.errors if "409" not in e]  # the page's own status
    visit.shot("case-refused")
    assert case_details(store, "msk-label-001")["status"] == "needs_review"


def test_the_keyboard_alone_reaches_everything(visit: Visit, live_server: LiveServer) -> None:
    page = visit.page
    page.goto(f"{live_server.url}/term?from=2026-11-30&weeks=2")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent") == "Skip to content"
    outline = page.evaluate("getComputedStyle(document.activeElement).outlineStyle")
    assert outline != "none"  # where the focus is can be seen
    for _ in range(40):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.getAttribute('href')") == "/day/2026-11-30":
            break
    else:
        pytest.fail("Tab never reached Monday's day link")
    page.keyboard.press("Enter")
    page.wait_for_url("**/day/2026-11-30")
    # A content warning opens from the keyboard, as it does on Mastodon with a click.
    summary = page.locator(".platform-mastodon details.cw summary").first
    summary.focus()
    page.keyboard.press("Enter")
    assert page.locator(".platform-mastodon details.cw").first.evaluate("d => d.open")
    visit.shot("day-keyboard")


@pytest.mark.parametrize(
    "path",
    ["/term?from=2026-11-30&weeks=4", "/month/2026-12", "/day/2026-12-02",
     "/cases", "/cases/msk-label-001", "/cases/msk-review-001"],
)  # fmt: skip
def test_readable_at_360_pixels_wide(
    browser: Any, live_server: LiveServer, tmp_path: Path, path: str
) -> None:
    tab = Visit(browser, tmp_path / "screenshots", width=360)
    tab.page.goto(live_server.url + path)
    assert tab.page.evaluate("document.documentElement.scrollWidth") <= 360
    tab.images_loaded()
    tab.shot("narrow")
    tab.close()


def test_the_burned_in_text_box_sits_on_the_label(visit: Visit, live_server: LiveServer) -> None:
    page = visit.page
    page.goto(f"{live_server.url}/cases/msk-label-001")
    image = page.locator("#image-1 img").bounding_box()
    box = page.locator("#image-1 rect").bounding_box()
    x, y, w, h = (int(page.locator("#image-1 rect").get_attribute(k) or 0)
                  for k in ("x", "y", "width", "height"))  # fmt: skip
    scale = image["width"] / 800
    assert abs(box["x"] - (image["x"] + x * scale)) < 3
    assert abs(box["y"] - (image["y"] + y * scale)) < 3
    assert abs(box["width"] - w * scale) < 4 and abs(box["height"] - h * scale) < 4
    stroke = page.locator("#image-1 rect").evaluate("r => getComputedStyle(r).stroke")
    assert stroke == "rgb(255, 40, 40)"
    visit.shot("boxes")


def test_the_static_export_opened_from_disk(visit: Visit, term: Term, tmp_path: Path) -> None:
    folder = tmp_path / "share"
    result = run(
        ["calendar", "--html", str(folder), "--from", "2026-11-30", "--weeks", "2"],
        env=term.cli_env(),
    )
    assert result.exit_code == 0, result.output
    page = visit.page
    page.goto((folder / "index.html").as_uri())
    assert page.locator("h1").text_content() == "2 weeks from 30 Nov 2026"
    visit.shot("export-term")
    page.get_by_role("link", name="Fri 4 Dec").click()
    page.wait_for_url("**/days/2026-12-04.html")
    _same_text_as_preview(visit, day_cards_json(term, "2026-12-04"))
    assert visit.images_loaded() >= 6
    assert page.locator(".poll li").first.is_visible()
    radius = page.locator(".mockup").first.evaluate("e => getComputedStyle(e).borderRadius")
    assert radius in ("12px", "4px")  # the stylesheet beside the pages was read
    visit.shot("export-day")
    page.get_by_role("link", name="Back to the calendar").click()
    page.wait_for_url("**/index.html")
