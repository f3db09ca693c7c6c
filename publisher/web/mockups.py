"""Posts of a day grouped as a reader meets them: per theme day, per account, the prompt
thread then its answer. The text is cut into spans (hashtags, links, spoiler markup, a
title) only to style it: the spans joined are the text, byte for byte, as `preview`
gives it and the adapter sends it."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from functools import cache
from zoneinfo import ZoneInfo

from publisher.adapters.base import Adapter, Capabilities
from publisher.schedule.preview import PreviewPost

_TOKEN = re.compile(r"(?P<link>https?://[^\s<>]+)|(?P<tag>(?<![\w#])#\w+)")


@dataclass(frozen=True)
class Span:
    kind: str  # "" plain, "tag", "link", "spoiler", "title"
    text: str


@dataclass(frozen=True)
class Card:
    """One part of a thread as it will be posted."""

    post: PreviewPost
    spans: tuple[Span, ...]

    @property
    def local(self) -> datetime:
        return datetime.fromisoformat(self.post.scheduled_at).astimezone(
            ZoneInfo(self.post.timezone)
        )

    @property
    def over(self) -> bool:
        return not self.post.fits


@dataclass(frozen=True)
class AccountMockup:
    account: str
    adapter: str
    platform: str  # the platform's name as people know it
    prompt: tuple[Card, ...]
    answer: tuple[Card, ...]


@dataclass(frozen=True)
class SlotMockups:
    """One theme day's case on every account."""

    hashtag: str
    case: str
    accounts: tuple[AccountMockup, ...]

    @property
    def first(self) -> Card:
        account = self.accounts[0]
        return (account.prompt or account.answer)[0]

    @property
    def local(self) -> datetime:
        return self.first.local

    @property
    def zone(self) -> str:
        return self.first.post.timezone


def day_mockups(posts: Iterable[PreviewPost]) -> list[SlotMockups]:
    """The posts (in `preview`'s sending order) grouped by theme day and account."""
    slots: dict[tuple[str, str], dict[str, list[PreviewPost]]] = {}
    for post in posts:
        slots.setdefault((post.hashtag, post.case), {}).setdefault(post.account, []).append(post)
    return [
        SlotMockups(hashtag, case, tuple(_account(name, mine) for name, mine in accounts.items()))
        for (hashtag, case), accounts in slots.items()
    ]


def _account(name: str, posts: Sequence[PreviewPost]) -> AccountMockup:
    adapter = posts[0].adapter
    capabilities = platform_capabilities(adapter)
    cards = [Card(p, spans(p.text, capabilities)) for p in posts]
    return AccountMockup(
        account=name,
        adapter=adapter,
        platform=platform_title(adapter),
        prompt=tuple(c for c in cards if c.post.kind == "prompt"),
        answer=tuple(c for c in cards if c.post.kind == "answer"),
    )


@cache
def platform_title(adapter: str) -> str:
    cls = _adapter(adapter)
    return cls.title if cls else adapter


@cache
def platform_capabilities(adapter: str) -> Capabilities | None:
    cls = _adapter(adapter)
    return cls.capabilities if cls else None


def _adapter(name: str) -> type[Adapter] | None:
    from publisher.adapters import adapter_class
    from publisher.errors import PublisherError

    try:
        return adapter_class(name)
    except PublisherError:
        return None  # an adapter no longer installed: its posts are still shown, unstyled


def spans(text: str, capabilities: Capabilities | None) -> tuple[Span, ...]:
    """``text`` as styled spans whose texts, joined, are ``text`` exactly."""
    out: list[Span] = []
    rest = text
    if capabilities is not None and capabilities.title_limit:
        title, sep, rest = text.partition("\n\n")
        out.append(Span("title", title + sep))
    markup = (
        capabilities.spoiler_markup
        if capabilities is not None and len(capabilities.spoiler_markup) == 2
        else None
    )
    for kind, piece in _spoilers(rest, markup):
        out.extend([Span(kind, piece)] if kind else _tokens(piece))
    return tuple(s for s in out if s.text)


def _spoilers(text: str, markup: tuple[str, ...] | None) -> list[tuple[str, str]]:
    """Plain and spoiler pieces; the markup stays in the spoiler piece, as it is sent."""
    if not markup:
        return [("", text)]
    opening, closing = (re.escape(m) for m in markup)
    pieces: list[tuple[str, str]] = []
    at = 0
    for match in re.finditer(f"{opening}.*?{closing}", text, flags=re.S):
        pieces += [("", text[at : match.start()]), ("spoiler", match.group())]
        at = match.end()
    return [*pieces, ("", text[at:])]


def _tokens(text: str) -> list[Span]:
    out = []
    at = 0
    for match in _TOKEN.finditer(text):
        out += [Span("", text[at : match.start()]), Span(match.lastgroup or "", match.group())]
        at = match.end()
    return [*out, Span("", text[at:])]
