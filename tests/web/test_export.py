"""`publisher calendar`: static pages that open from disk, and an iCalendar file."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from urllib.parse import urlparse
from zoneinfo import ZoneInfo

import pytest
from icalendar import Calendar

from tests.conftest import run
from tests.web.conftest import Term
from tests.web.test_pages import day_cards_json, parse, text_of


def export(term: Term, *args: str) -> tuple[int, str]:
    result = run(["calendar", "--from", "2026-11-30", "--weeks", "4", *args], env=term.cli_env())
    return result.exit_code, result.output


def test_the_html_export_opens_from_disk(term: Term, tmp_path: Path) -> None:
    folder = tmp_path / "share"
    code, out = export(term, "--html", str(folder))
    assert code == 0, out
    assert out == (
        f"wrote {folder}/index.html: 2026-11-30 to 2026-12-27, 4 of 20 theme days planned; "
        "4 day pages, 1 image\n"  # one drawing, fitted alike for all six
    )
    pages = sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*.html"))
    assert pages == ["days/2026-11-30.html", "days/2026-12-01.html", "days/2026-12-02.html",
                     "days/2026-12-04.html", "index.html"]  # fmt: skip
    for page in folder.rglob("*.html"):
        soup = parse(page.read_text(encoding="utf-8"))
        assert soup.find("form") is None  # read-only: no actions, no login
        for tag, attr in (("a", "href"), ("img", "src"), ("link", "href")):
            for node in soup.find_all(tag, attrs={attr: True}):
                target = str(node[attr])
                if urlparse(target).scheme in ("http", "https") or target.startswith("#"):
                    continue
                assert not target.startswith("/"), f"{page.name}: {target} is not relative"
                assert (page.parent / target.split("#")[0]).resolve().is_file(), f"{page}: {target}"
    index = parse((folder / "index.html").read_text(encoding="utf-8"))
    monday = index.find("a", href="days/2026-11-30.html")
    assert monday is not None and text_of(monday) == "Mon 30 Nov"
    assert index.find("a", href="days/2026-12-07.html") is None  # an empty day has no page


def test_the_exported_days_hold_the_bytes_preview_json_gives(term: Term, tmp_path: Path) -> None:
    folder = tmp_path / "share"
    assert export(term, "--html", str(folder))[0] == 0
    posts = day_cards_json(term, "2026-12-02")
    assert len(posts) >= 12
    soup = parse((folder / "days" / "2026-12-02.html").read_text(encoding="utf-8"))
    for post in posts:
        text = soup.find("div", attrs={"data-post": str(post["id"])})
        assert text is not None and text.get_text() == post["text"]
        for image in post["images"]:
            [img] = soup.find("li", id=f"post-{post['id']}").find_all("img", alt=image["alt"])[:1]
            assert img["src"] == f"../media/{image['sha256']}.png"
            assert (folder / "media" / f"{image['sha256']}.png").stat().st_size == image["bytes"]


def test_the_export_replaces_an_earlier_one_and_nothing_else(term: Term, tmp_path: Path) -> None:
    folder = tmp_path / "share"
    assert export(term, "--html", str(folder))[0] == 0
    (folder / "days" / "stale.html").write_text("old")
    assert export(term, "--html", str(folder))[0] == 0
    assert not (folder / "days" / "stale.html").exists()
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".share")] == []
    mine = tmp_path / "mine"
    mine.mkdir()
    (mine / "notes.txt").write_text("keep me")
    code, out = export(term, "--html", str(mine))
    assert code == 1
    assert out.splitlines()[0] == (
        f"Error: {mine}: the folder holds other files; the export replaces a whole folder"
    )
    assert [p.name for p in mine.iterdir()] == ["notes.txt"]


def test_the_ics_file_has_an_event_per_planned_day(term: Term, tmp_path: Path) -> None:
    path = tmp_path / "term.ics"
    code, out = export(term, "--ics", str(path))
    assert (code, out) == (0, f"wrote {path}: 4 events\n")
    calendar = Calendar.from_ical(path.read_bytes())
    events = sorted(calendar.walk("VEVENT"), key=lambda e: e.decoded("dtstart"))
    assert [str(e["summary"]) for e in events] == [
        "#MSKMonday Wrist pain after a fall", "#TummyTuesday Right iliac fossa pain",
        "#NeuroWednesday Weakness on waking", "#FridayQuizDay Wrist deformity",
    ]  # fmt: skip
    first = events[0]
    start = first.decoded("dtstart")
    assert start == datetime(2026, 11, 30, 9, 0, tzinfo=ZoneInfo("America/New_York"))
    assert first["dtstart"].params["TZID"] == "America/New_York"
    assert [str(tz["tzid"]) for tz in calendar.walk("VTIMEZONE")] == ["America/New_York"]
    assert str(first["uid"]) == "monday-MSKMonday-2026-11-30@publisher"
    description = str(first["description"])
    assert "dept-mastodon (Mastodon): sent https://mastodon.example/@dept/1122" in description
    assert "dept-bluesky (Bluesky): failed (rejected: the record is invalid)" in description
    # Exported again, each day keeps its UID: a calendar app updates instead of doubling.
    again = tmp_path / "again.ics"
    assert export(term, "--ics", str(again))[0] == 0
    uids = sorted(str(e["uid"]) for e in Calendar.from_ical(again.read_bytes()).walk("VEVENT"))
    assert uids == sorted(str(e["uid"]) for e in events)


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        ([], 2, "Error: give --html FOLDER, --ics FILE, or both"),
        (["--ics", "x.ics", "--weeks", "0"], 2, "Error: Invalid value for '--weeks'"),
    ],
)
def test_the_export_needs_somewhere_to_write(
    term: Term, args: list[str], code: int, message: str
) -> None:
    result = run(["calendar", *args], env=term.cli_env())
    assert result.exit_code == code and message in result.output
