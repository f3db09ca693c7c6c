"""`preview`: the stored posts of a day or week, exactly as they will be sent."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, replace
from datetime import UTC, date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from publisher.accounts.sync import account_capabilities
from publisher.adapters.base import Capabilities
from publisher.config import Settings
from publisher.errors import InvalidStateError, NotFoundError
from publisher.render.posts import measured
from publisher.schedule.writing import held_back
from publisher.store import Store
from publisher.store.models import Account, Blob, Post, Slot


@dataclass(frozen=True)
class PreviewImage:
    alt: str
    format: str
    width: int
    height: int
    bytes: int
    sha256: str
    fit: str | None = None  # what fitting did to its shape: "padded to 4:5", "cropped to 1.91:1"
    spoiler: bool = False  # blurred until tapped, where the platform can


@dataclass(frozen=True)
class PreviewPost:
    id: int
    scheduled_at: str  # ISO 8601 in the theme's zone, with its offset
    timezone: str
    account: str
    adapter: str
    kind: str
    part: int
    parts: int
    case: str
    hashtag: str
    text: str
    length: int
    limit: int
    spoiler: str | None
    images: list[PreviewImage] = field(default_factory=list)
    poll: dict[str, Any] | None = None
    reply_to: int | None = None
    state: str = "pending"
    url: str | None = None  # where it went, once sent
    tally: str | None = None  # the quiz tally's placeholder line, filled in as it goes out
    configured: bool = True  # False: its account left the config (no limit to measure)

    @property
    def fits(self) -> bool:
        return self.length <= self.limit

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def preview(
    store: Store,
    settings: Settings,
    *,
    first: date,
    last: date,
    account: str | None = None,
    by_slot: bool = False,
) -> list[PreviewPost]:
    """The posts that go out on the local dates ``first`` to ``last`` (each in its theme's
    zone): a day's prompts, and the answers to earlier days' prompts that follow on it.
    In sending order. ``by_slot``: instead, every post of the theme days dated ``first``
    to ``last``, their answers included whenever they go out (a day's cards)."""
    if by_slot:
        return _of_slots(store, settings, first=first, last=last, account=account)
    # A day in any zone lies within these UTC bounds (zones run from UTC-12 to UTC+14).
    since = datetime.combine(first - timedelta(days=1), time(), tzinfo=UTC)
    until = datetime.combine(last + timedelta(days=2), time(), tzinfo=UTC)
    query = (
        select(Post)
        .join(Account, Post.account_id == Account.id)
        .where(Post.scheduled_at >= since, Post.scheduled_at < until)
        .options(selectinload(Post.slot), selectinload(Post.case), selectinload(Post.account))
        .order_by(Post.scheduled_at, Account.name, Post.id)
    )
    if account:
        query = query.where(Account.name == account)
    with store.session() as session:
        found = session.scalars(query).all()
        posts = [p for p in found if first <= _local_day(p) <= last]
        return _views(session, settings, posts)


def _of_slots(
    store: Store, settings: Settings, *, first: date, last: date, account: str | None
) -> list[PreviewPost]:
    query = (
        select(Post)
        .join(Slot, Post.slot_id == Slot.id)
        .join(Account, Post.account_id == Account.id)
        .where(Slot.local_date >= first, Slot.local_date <= last)
        .options(selectinload(Post.slot), selectinload(Post.case), selectinload(Post.account))
        .order_by(Slot.scheduled_at, Account.name, Post.kind.desc(), Post.part)
    )
    if account:
        query = query.where(Account.name == account)
    with store.session() as session:
        return _views(session, settings, list(session.scalars(query)))


def _views(session: Session, settings: Settings, posts: list[Post]) -> list[PreviewPost]:
    hashes = {m["sha256"] for p in posts for m in p.media}
    blobs = {b.sha256: b for b in session.scalars(select(Blob).where(Blob.sha256.in_(hashes)))}
    capabilities = {
        a.name: _caps(settings, a) for a in {p.account.name: p.account for p in posts}.values()
    }
    views = [_view(p, capabilities[p.account.name], blobs) for p in posts]
    return [replace(v, configured=v.account in settings.accounts) for v in views]


def _local_day(post: Post) -> date:
    return post.scheduled_at.astimezone(ZoneInfo(post.slot.timezone)).date()


def _caps(settings: Settings, account: Account) -> Capabilities:
    if account.name in settings.accounts:
        return account_capabilities(settings, account)
    return Capabilities(text_limit=0)  # an account no longer in the config


def _view(post: Post, capabilities: Capabilities, blobs: dict[str, Blob]) -> PreviewPost:
    zone = ZoneInfo(post.slot.timezone)
    length = measured(post.text, capabilities)
    if capabilities.spoiler and post.spoiler:
        length += measured(post.spoiler, capabilities)  # a content warning counts toward the limit
    return PreviewPost(
        id=post.id,
        scheduled_at=post.scheduled_at.astimezone(zone).isoformat(),
        timezone=post.slot.timezone,
        account=post.account.name,
        adapter=post.account.adapter,
        kind=post.kind,
        part=post.part,
        parts=post.parts,
        case=post.case.slug,
        hashtag=post.slot.hashtag,
        text=post.text,
        length=length,
        limit=_limit(post, capabilities),
        spoiler=post.spoiler,
        images=[_image(m, blobs[m["sha256"]]) for m in post.media],
        poll=post.poll,
        reply_to=post.reply_to_id,
        state=post.state,
        url=post.remote_url,
        tally=_tally_line(post),
    )


def _tally_line(post: Post) -> str | None:
    """The placeholder a quiz answer still holds (None once filled in, or without one)."""
    line = (post.tally or {}).get("line")
    return str(line) if line and line in post.text else None


def _limit(post: Post, capabilities: Capabilities) -> int:
    """The limit this part's text is held to: a caption's, a poll question's, or a post's."""
    if post.poll and capabilities.poll_question_limit:
        return min(capabilities.text_limit, capabilities.poll_question_limit)
    if post.media and capabilities.caption_limit:
        return min(capabilities.text_limit, capabilities.caption_limit)
    if post.kind == "answer" and capabilities.reply_text_limit is not None:
        return min(capabilities.text_limit, capabilities.reply_text_limit)
    return capabilities.text_limit


def _image(media: dict[str, str], blob: Blob) -> PreviewImage:
    return PreviewImage(
        alt=media["alt"],
        format=blob.format,
        width=blob.width,
        height=blob.height,
        bytes=blob.size,
        sha256=blob.sha256,
        fit=media.get("fit") or None,
        spoiler=bool(media.get("spoiler")),
    )


@dataclass(frozen=True)
class Preview:
    """What `preview` shows: the days, their posts in sending order, and the approved cases
    the privacy embargo holds back past the last day."""

    first: date
    last: date
    posts: list[PreviewPost]
    held: list[str]


def preview_days(
    store: Store,
    settings: Settings,
    *,
    first: date,
    last: date,
    account: str | None = None,
    by_slot: bool = False,
) -> Preview:
    """The posts of ``first`` to ``last`` (see ``preview``) and the cases held back until
    after them."""
    if account is not None and account not in settings.accounts:
        raise NotFoundError(
            f"no account named {account!r}", hint=f"accounts: {', '.join(settings.accounts)}"
        )
    posts = preview(store, settings, first=first, last=last, account=account, by_slot=by_slot)
    with store.session() as session:
        held = held_back(session, settings, until=last)
    return Preview(first, last, posts, held)


def days(
    settings: Settings, *, now: datetime, day: date | None = None, week: date | None = None
) -> tuple[date, date]:
    """The days a preview covers: one day, the Monday-Sunday week of a day, or the seven
    days from today in the schedule's zone."""
    if day is not None and week is not None:
        raise InvalidStateError("give one day or one week, not both")
    if day is not None:
        return day, day
    if week is not None:
        monday = week - timedelta(days=week.weekday())
        return monday, monday + timedelta(days=6)
    today = now.astimezone(ZoneInfo(settings.schedule.timezone)).date()
    return today, today + timedelta(days=6)
