"""`publisher calendar --html DIR`: the term view and each planned day's posts as files
that open from disk, to send a co-reviewer. Nothing in them calls a server: the styles
and the images are files beside the pages, and every link is relative.

The folder is written whole or not at all: the pages go to a new folder beside it,
which then takes its place.
"""

from __future__ import annotations

import shutil
import tempfile
from dataclasses import dataclass
from datetime import date, datetime
from importlib import resources
from pathlib import Path

from publisher.config import Settings
from publisher.errors import PublisherError
from publisher.schedule.calendar import Term, term
from publisher.schedule.preview import PreviewPost, preview_days
from publisher.store import Store
from publisher.store.blobs import read_blob
from publisher.web.mockups import day_mockups
from publisher.web.pages import ExportLinks, Pages, media_name

MARKER = ".publisher-calendar"  # tells an earlier export (safe to replace) from other folders


@dataclass(frozen=True)
class HtmlExport:
    folder: Path
    term: Term
    pages: int  # day pages written
    images: int


def export_html(
    store: Store, settings: Settings, *, now: datetime, first: date, last: date, folder: Path
) -> HtmlExport:
    """The term from ``first`` to ``last`` and every planned day's posts, into ``folder``."""
    _check_target(folder)
    shown = term(store, settings, now=now, first=first, last=last)
    days = sorted({e.day for e in shown.entries if e.case})
    posts = {d: preview_days(store, settings, first=d, last=d, by_slot=True).posts for d in days}
    folder.parent.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix=f".{folder.name}.", dir=folder.parent))
    try:
        images = _write(store, work, shown, posts, weeks=((last - first).days + 1) // 7)
        _replace(folder, work)
    except BaseException:
        shutil.rmtree(work, ignore_errors=True)
        raise
    return HtmlExport(folder, shown, len(days), images)


def _check_target(folder: Path) -> None:
    if folder.exists() and not folder.is_dir():
        raise PublisherError(f"{folder}: exists and is not a folder")
    if folder.is_dir() and any(folder.iterdir()) and not (folder / MARKER).exists():
        raise PublisherError(
            f"{folder}: the folder holds other files; the export replaces a whole folder",
            hint="name a new or empty folder (or one an earlier export wrote)",
        )


def _write(
    store: Store, work: Path, shown: Term, posts: dict[date, list[PreviewPost]], *, weeks: int
) -> int:
    pages = Pages()
    exported = frozenset(posts)
    index = pages.render(
        "calendar.html", links=ExportLinks(0, exported), term=shown, nav="term", view="term",
        weeks=weeks, previous=shown.first, following=shown.last,
        title=f"{weeks} weeks from {shown.first:%d %b %Y}",
    )  # fmt: skip
    (work / "index.html").write_text(index, encoding="utf-8")
    (work / "days").mkdir()
    for day, day_posts in posts.items():
        html = pages.render(
            "day.html", links=ExportLinks(1, exported), day=day, slots=day_mockups(day_posts),
            held=[], nav="", account=None, accounts=[], title=f"{day:%a %d %b %Y}",
        )  # fmt: skip
        (work / "days" / f"{day.isoformat()}.html").write_text(html, encoding="utf-8")
    _copy_static(work / "static")
    (work / MARKER).write_text("written by publisher calendar --html\n", encoding="utf-8")
    return _write_media(store, work / "media", posts)


def _copy_static(target: Path) -> None:
    target.mkdir()
    for name in ("style.css", "favicon.svg"):
        source = resources.files("publisher.web") / "static" / name
        (target / name).write_bytes(source.read_bytes())


def _write_media(store: Store, target: Path, posts: dict[date, list[PreviewPost]]) -> int:
    target.mkdir()
    wanted = {(im.sha256, im.format) for day in posts.values() for p in day for im in p.images}
    for sha256, fmt in sorted(wanted):
        found = read_blob(store, sha256)
        if found is not None:
            (target / media_name(sha256, fmt)).write_bytes(found.data)
    return len(wanted)


def _replace(folder: Path, work: Path) -> None:
    """Put ``work`` where ``folder`` is; the old export goes only once the new one is there."""
    old = None
    if folder.exists():
        old = folder.with_name(f".{folder.name}.old-{work.name.rsplit('.', 1)[-1]}")
        folder.rename(old)
    work.rename(folder)
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)
