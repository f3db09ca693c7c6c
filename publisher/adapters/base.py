"""The adapter interface: what the engine hands a platform and what it gets back.

Adapters receive posts that are already formatted and whose images are already
processed. They never see ORM objects and never decide retry policy: they raise
one of the errors below and the engine decides what happens next.
"""

from __future__ import annotations

import dataclasses
from abc import ABC, abstractmethod
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar

from publisher.errors import PublisherError

if TYPE_CHECKING:
    from publisher.media.store import MediaStore

# How a platform counts the length of a text.
COUNT_CHARS = "chars"  # Unicode code points (Mastodon, most others)
COUNT_GRAPHEMES = "graphemes"  # user-perceived characters (Bluesky)
COUNT_X = "x-weighted"  # X's weighted count: CJK counts 2, every URL counts 23
COUNT_UTF16 = "utf16"  # UTF-16 code units (Telegram: an emoji outside the BMP counts 2)

# How a platform reads the text it is sent.
MARKUP_PLAIN = ""  # as it is (Markdown-ish platforms that render single line breaks)
MARKUP_MARKDOWN = "markdown"  # Markdown that joins single line breaks (Reddit)
MARKUP_HTML = "html"  # Telegram's HTML: &, < and > escaped, tags do not count toward limits


@dataclass(frozen=True)
class Capabilities:
    """What one platform (or one account on it) accepts; the formatter fits posts to this."""

    text_limit: int
    counting: str = COUNT_CHARS
    text_limit_bytes: int | None = None  # a second, UTF-8 byte limit (Bluesky: 3000)
    url_length: int | None = None  # a URL counts as this many characters (Mastodon: 23)
    images_per_post: int = 4
    image_max_bytes: int = 5_000_000
    image_max_pixels: int | None = None  # width * height
    image_max_side: int | None = None  # longest side in pixels
    image_formats: tuple[str, ...] = ("PNG", "JPEG")
    alt_limit: int = 1500
    replies: bool = True
    spoiler: bool = False  # a native content warning / spoiler for the answer
    polls: bool = False
    poll_with_media: bool = False
    poll_max_options: int = 4
    poll_option_limit: int = 25
    idempotency: bool = False  # the platform itself de-duplicates a retried create
    # Community platforms (Reddit, Telegram, Discord); the defaults leave the others as they were.
    title_limit: int | None = None  # posts have a title: the text's first paragraph, this long
    caption_limit: int | None = None  # text riding with images, if less than text_limit
    hashtags: bool = True  # False: the community uses none, the theme's tag shows as a word
    markup: str = MARKUP_PLAIN
    spoiler_markup: tuple[str, ...] = ()  # (open, close) around the answer, inline
    spoiler_per_line: bool = False  # the markup cannot span line breaks (Reddit)
    alt_in_text: bool = False  # some posts carry no alt text: it goes in the text too
    poll_question_limit: int | None = None  # a poll's question is the part's text
    quiz: bool = False  # polls can mark the correct option and explain it
    quiz_explanation_limit: int = 200
    reply_text_limit: int | None = None  # a reply (a comment) takes less than a post
    hashtag_limit: int | None = None  # hashtags per post (Instagram: 30)
    # Width / height an image must fall within; fitting pads (or crops) to the nearest.
    image_aspect_min: float | None = None
    image_aspect_max: float | None = None
    image_aspect_fit: str = "pad"  # "pad" with black bars, or "crop" the middle

    def with_overrides(self, values: Mapping[str, Any]) -> Capabilities:
        """This set with known fields replaced, e.g. limits read from a Mastodon instance."""
        known = {f.name for f in dataclasses.fields(self)}
        clean: dict[str, Any] = {
            k: (tuple(v) if isinstance(v, list) else v) for k, v in values.items() if k in known
        }
        return dataclasses.replace(self, **clean)

    def as_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)


@dataclass(frozen=True)
class Setting:
    """One key an adapter accepts in its ``[accounts.NAME]`` table."""

    name: str
    required: bool = True
    secret: bool = False  # must be written as a ${ENV} reference, masked everywhere
    default: Any = None
    help: str = ""


@dataclass(frozen=True)
class OutgoingImage:
    """Processed image bytes, exactly as they are uploaded."""

    data: bytes
    mime: str
    alt: str
    width: int
    height: int
    spoiler: bool = False  # the case asks for it blurred until tapped, where the platform can


@dataclass(frozen=True)
class Poll:
    options: tuple[str, ...]
    duration_hours: int = 24
    correct: int | None = None  # a quiz: the index of the correct option
    explanation: str = ""  # a quiz: shown once a reader has answered


@dataclass(frozen=True)
class RemoteRef:
    """A post already on the platform: its id plus whatever the adapter stored with it
    (Bluesky needs the record's cid for reply references)."""

    remote_id: str
    url: str = ""
    meta: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class OutgoingPost:
    """One message to one account, fully rendered."""

    post_id: int
    case: str  # the case slug
    kind: str  # "prompt" or "answer"
    part: int  # 1-based position in its thread
    parts: int
    text: str
    spoiler: str | None = None  # content-warning text, where the platform has spoilers
    images: tuple[OutgoingImage, ...] = ()
    poll: Poll | None = None
    reply_to: RemoteRef | None = None  # the post this one answers (previous part, or prompt)
    thread_root: RemoteRef | None = None  # the first post of the thread
    idempotency_key: str = ""
    created_at: datetime | None = None  # the moment the engine first tried to send it
    prepared: Mapping[str, str] = field(default_factory=dict)  # what prepare() returned


@dataclass(frozen=True)
class PublishResult:
    remote_id: str
    url: str
    meta: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Counts:
    """A sent post's public counts at one moment, as its platform gives them. None: the
    platform does not give that count (or not at this access level), never zero."""

    likes: int | None = None  # likes, favourites, reactions, upvotes
    reposts: int | None = None  # reposts, boosts, shares
    replies: int | None = None  # replies, comments
    quotes: int | None = None
    views: int | None = None  # impressions, where the access level returns them
    poll: tuple[int, ...] | None = None  # votes per option, in the options' order
    voters: int | None = None  # people who voted, where the platform tells
    extra: Mapping[str, float] = field(default_factory=dict)  # score, bookmarks, saves ...

    @property
    def votes(self) -> int | None:
        """Votes in the poll, all options together."""
        return None if self.poll is None else sum(self.poll)


@dataclass(frozen=True)
class AccountInfo:
    """What ``accounts check`` reports: who we post as, and the limits in force."""

    posting_as: str
    capabilities: Capabilities
    detail: str = ""
    token_expires_at: datetime | None = None  # when the access token stops working, if it will


def _utc_now() -> datetime:
    return datetime.now(UTC)


def is_safe_base_url(url: str) -> bool:
    """https://, or plain http:// only to this machine (a local server or a test one):
    credentials go wherever a base URL points, so never in the clear over a network."""
    import ipaddress
    from urllib.parse import urlsplit

    parts = urlsplit(url)
    if parts.scheme == "https":
        return bool(parts.hostname)
    if parts.scheme != "http" or not parts.hostname:
        return False
    if parts.hostname == "localhost":
        return True
    try:
        return ipaddress.ip_address(parts.hostname).is_loopback
    except ValueError:
        return False


class AdapterError(PublisherError):
    """Base of the errors adapters raise. The error says what the platform told us, as
    data: whether trying again may help (``retryable``), whether the platform asked us
    to wait (``asks_to_wait``) and until when (``retry_after``), and whether the
    account as a whole cannot post (``pauses_account``). What happens next is decided
    in one table, in ``publisher.dispatch.policy``, never by the adapter."""

    retryable: ClassVar[bool] = False
    asks_to_wait: ClassVar[bool] = False
    pauses_account: ClassVar[bool] = False
    outcome_unknown: ClassVar[bool] = False  # it may have gone out: never send it blindly

    def __init__(
        self, message: str, *, hint: str | None = None, retry_after: datetime | None = None
    ) -> None:
        super().__init__(message, hint=hint)
        self.retry_after = retry_after


class TransientError(AdapterError):
    """Network trouble, a timeout, a 5xx: worth retrying after a backoff."""

    retryable = True


class RateLimitedError(AdapterError):
    """The platform asked us to wait; ``retry_after`` is when it said we may try again."""

    retryable = True
    asks_to_wait = True


class AuthError(AdapterError):
    """The credentials were refused: pause the account, do not burn attempts."""

    pauses_account = True


class RejectedError(AdapterError):
    """The platform refused this post for good (validation, too large, duplicate)."""


class UnknownOutcomeError(AdapterError):
    """The adapter cannot tell whether an interrupted send reached the platform."""

    outcome_unknown = True


class UnsupportedError(AdapterError):
    """The platform (or this account's setup) gives no way to do this: nothing to retry."""


# What find_sent lets through as is: the platform could not be asked now, ask later.
ASK_LATER = (TransientError, RateLimitedError, AuthError)


class Adapter(ABC):
    """One platform. Subclasses set the class attributes and implement ``send``.

    A module that needs a third-party client imports it inside its methods (or a
    guarded import) so that listing adapters never loads the client library.
    """

    name: ClassVar[str]
    title: ClassVar[str]  # human name: "X", "Mastodon", ...
    extra: ClassVar[str | None] = None  # pip extra providing the client library
    client_module: ClassVar[str | None] = None  # the module that extra installs
    # The platform's; an instance holds its account's (see capabilities_for).
    capabilities: Capabilities
    settings: ClassVar[tuple[Setting, ...]] = ()
    needs_media: ClassVar[bool] = False  # the platform fetches images from a URL ([media])
    # Posts per read_metrics call (the platform's batch size); 0: it gives no counts. An
    # instance may lower it to 0 when the account's setup cannot read them.
    metrics_batch: int = 0
    media: MediaStore | None = None  # set by the registry when needs_media

    def __init__(
        self,
        account: str,
        options: Mapping[str, Any],
        *,
        state_dir: Path,
        capabilities: Mapping[str, Any] | None = None,
    ) -> None:
        self.account = account
        self.options = dict(options)
        self.state_dir = state_dir
        self.capabilities = type(self).capabilities_for(self.options, capabilities or {})
        # "Retry after N seconds" counts from now: the engine hands its own clock in.
        self.clock: Callable[[], datetime] = _utc_now

    @classmethod
    def capabilities_for(
        cls, options: Mapping[str, Any], stored: Mapping[str, Any]
    ) -> Capabilities:
        """The limits of one account: the platform's, then what `accounts check` read
        from the server, then a ``text_limit`` the account's settings give."""
        capabilities = cls.capabilities.with_overrides(stored)
        if isinstance(options.get("text_limit"), int):
            capabilities = capabilities.with_overrides({"text_limit": options["text_limit"]})
        return capabilities

    @abstractmethod
    def send(self, post: OutgoingPost) -> PublishResult:
        """Publish one post and return its remote id and URL, or raise an AdapterError."""

    def prepare(self, post: OutgoingPost) -> dict[str, str]:
        """Choose anything that must stay the same across retries (a record key)."""
        return {}

    def find_sent(self, post: OutgoingPost) -> PublishResult | None:
        """After a crash mid-send: the remote post if it exists, None if surely not sent.

        Raises, and nothing else:
        - TransientError, RateLimitedError or AuthError when the platform cannot be
          asked right now: the post stays as it is and is looked up again later (one
          network blip must not park a post for a human);
        - UnknownOutcomeError when the platform gives no way to tell: the post is
          parked as ``unknown`` for a person to resolve.
        """
        raise UnknownOutcomeError(f"{self.title} cannot tell whether the post was sent")

    def read_metrics(self, refs: Sequence[RemoteRef]) -> dict[str, Counts]:
        """The public counts of up to ``metrics_batch`` sent posts, by remote id, in as few
        calls as the platform allows; a post the platform no longer has is left out.
        Raises AdapterError as ``send`` does (a RateLimitedError carries ``retry_after``)."""
        raise UnsupportedError(f"{self.title} gives no counts of its posts")

    @classmethod
    def reads_polls(cls, options: Mapping[str, Any]) -> bool:
        """Whether an account with these settings can read its polls' tallies (``read_poll``):
        a quiz answer then has room kept for the tally when the week is planned."""
        return False

    def read_poll(self, ref: RemoteRef) -> Counts | None:
        """The tally of the poll in a sent post, just before its answer goes out (which may
        close the poll); None when the post carries no poll the platform tells about."""
        found = self.read_metrics([ref]).get(ref.remote_id)
        return found if found is not None and found.poll is not None else None

    def check(self) -> AccountInfo:
        """Log in and report who we post as and the limits; raise AdapterError if not OK."""
        return AccountInfo(posting_as=self.account, capabilities=self.capabilities)

    def close(self) -> None:  # noqa: B027  (optional hook, not abstract)
        """Release connections; called when the engine is done with the account."""
