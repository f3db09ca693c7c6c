"""Mastodon through Mastodon.py: images with alt text, replies, content warnings, polls.

Mastodon.py is imported only when an account actually talks to its server, so
listing adapters works without the ``mastodon`` extra installed.

Counts (favourites, boosts, replies, the poll's votes) come from the statuses
themselves: ``GET /api/v1/statuses?id[]=...``, 20 a call, on Mastodon 4.3 and later
(the server's version is read once), else ``GET /api/v1/statuses/:id`` one by one.
"""

from __future__ import annotations

import logging
import re
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from html.parser import HTMLParser
from typing import Any
from urllib.parse import urlsplit

from publisher import __version__
from publisher.adapters import waits
from publisher.adapters.base import (
    ASK_LATER,
    COUNT_CHARS,
    AccountInfo,
    Adapter,
    AdapterError,
    AuthError,
    Capabilities,
    Counts,
    OutgoingImage,
    OutgoingPost,
    PublishResult,
    RateLimitedError,
    RejectedError,
    RemoteRef,
    Setting,
    TransientError,
    UnknownOutcomeError,
    is_safe_base_url,
)
from publisher.adapters.network import host_of, unreachable
from publisher.errors import ConfigError, MissingExtraError

log = logging.getLogger(__name__)

# Defaults of a stock Mastodon 4.2+ server; `check()` replaces them with the
# instance's own configuration. Sources: MediaAttachment::IMAGE_LIMIT (16 MB,
# validated as strictly *less than*, hence the -1), Attachmentable::MAX_MATRIX_LIMIT,
# MediaAttachment::MAX_DESCRIPTION_LENGTH, PollOptionsValidator.
CAPABILITIES = Capabilities(
    text_limit=500,
    counting=COUNT_CHARS,
    url_length=23,
    images_per_post=4,
    image_max_bytes=16 * 1024 * 1024 - 1,
    image_max_pixels=33_177_600,
    image_formats=("PNG", "JPEG"),
    alt_limit=1500,
    replies=True,
    spoiler=True,
    polls=True,
    poll_with_media=False,  # only Mastodon 4.6+ accepts both; check() turns it on there
    poll_max_options=4,
    poll_option_limit=50,
    idempotency=True,
)

# Mastodon.py otherwise asks the server for its version before the first upload
# (two extra requests) and silently falls back to the retired v1 media endpoint
# when that fails. Every server we target speaks the 4.0 API, so say so.
API_VERSION = "4.0.0"
POLL_WITH_MEDIA_SINCE = (4, 6)
STATUSES_SINCE = (4, 3)  # GET /api/v1/statuses?id[]= reads several statuses at once
METRICS_BATCH = 20  # the most ids that endpoint takes (DEFAULT_STATUSES_LIMIT)
REQUEST_TIMEOUT = 120.0  # seconds; a 16 MB upload on a slow uplink needs more than a minute
LANGUAGE = "en"  # the teaching cases are written in English
# Pauses between checks on an image the server is still processing: about a minute in all.
MEDIA_WAITS = (0.5, 1.0, 2.0, 3.0, 5.0, 8.0, 10.0, 10.0, 10.0, 10.0)
RECENT_STATUSES = 40  # the most one page of an account's statuses holds
CLOCK_SLACK = timedelta(minutes=15)  # our clock and the server's may disagree a little
_MIME_FORMATS = {"image/png": "PNG", "image/jpeg": "JPEG", "image/gif": "GIF", "image/webp": "WEBP"}
# "@user@example.org" is shown as "@user" once the server has resolved the account.
_MENTION_DOMAIN = re.compile(r"(?<![\w@])(@\w+)@[\w-]+(?:\.[\w-]+)+")
_SPACE = re.compile(r"\s+")


class MastodonAdapter(Adapter):
    """Posts to one Mastodon account with an access token."""

    name = "mastodon"
    title = "Mastodon"
    extra = "mastodon"
    client_module = "mastodon"
    capabilities = CAPABILITIES
    metrics_batch = METRICS_BATCH
    settings = (
        Setting("api_base_url", help="the server's address, e.g. https://mastodon.example"),
        Setting(
            "access_token",
            secret=True,
            help="an application token with read and write scopes (Preferences > Development)",
        ),
    )

    def __init__(self, account: str, options: Mapping[str, Any], **kwargs: Any) -> None:
        super().__init__(account, options, **kwargs)
        self.base_url = _read_base_url(account, self.options.get("api_base_url"))
        self._token = str(self.options.get("access_token") or "")
        if not self._token:
            raise ConfigError(f"accounts.{account}.access_token: required field is missing")
        # Both are attributes so that tests and rehearsals can replace them.
        self.sleep: Callable[[float], None] = time.sleep
        self._client: Any = None
        self._account_id: str | None = None
        self._last_headers: Mapping[str, str] = {}
        self._server_version: tuple[int, int] | None = None

    def send(self, post: OutgoingPost) -> PublishResult:
        """Upload the images, wait until the server has processed them, then create the status."""
        if post.poll is not None and post.images and not self.capabilities.poll_with_media:
            raise RejectedError(
                "this Mastodon server does not accept a poll and images in one post"
            )
        with self._translated_errors():
            client = self._connect()
            media_ids = [self._upload(client, image) for image in post.images]
            status = client.status_post(post.text, **self._status_options(client, post, media_ids))
        return _result(status)

    def find_sent(self, post: OutgoingPost) -> PublishResult | None:
        """Look for the post among the account's latest statuses; None if it is surely not there."""
        try:
            with self._translated_errors():
                client = self._connect()
                statuses = client.account_statuses(
                    self._own_id(client), limit=RECENT_STATUSES, exclude_reblogs=True
                )
        except ASK_LATER:
            raise
        except AdapterError as exc:
            raise UnknownOutcomeError(f"cannot look for the post on Mastodon: {exc}") from exc
        return _find_in(list(statuses or []), post)

    def read_metrics(self, refs: Sequence[RemoteRef]) -> dict[str, Counts]:
        """Favourites, boosts, replies and poll votes, read from the statuses themselves."""
        wanted = {ref.remote_id for ref in refs}
        with self._translated_errors():
            client = self._connect()
            if self._reads_several(client):
                statuses = list(client.statuses(list(dict.fromkeys(r.remote_id for r in refs))))
            else:
                statuses = [s for ref in refs if (s := self._status(client, ref.remote_id))]
        return {str(s["id"]): _counts(s) for s in statuses if str(s.get("id")) in wanted}

    @classmethod
    def reads_polls(cls, options: Mapping[str, Any]) -> bool:
        """A status tells its poll's votes."""
        return True

    def check(self) -> AccountInfo:
        """Verify the token, read who we post as and the server's limits, and keep the limits."""
        with self._translated_errors():
            client = self._connect()
            me = client.account_verify_credentials()
            instance = self._instance(client)
        self._account_id = str(me["id"])
        self.capabilities = self.capabilities.with_overrides(limits_from_instance(instance))
        domain = instance.get("domain") or instance.get("uri") or urlsplit(self.base_url).hostname
        acct = str(me.get("acct") or me.get("username"))
        posting_as = f"@{acct}" if "@" in acct else f"@{acct}@{domain}"
        version = instance.get("version") or "unknown version"
        return AccountInfo(posting_as, self.capabilities, detail=f"{domain} runs {version}")

    def close(self) -> None:
        """Close the HTTP session."""
        if self._client is not None:
            self._client.session.close()
            self._client = None

    def _connect(self) -> Any:
        if self._client is None:
            mastodon = _library()
            import requests  # a dependency of Mastodon.py itself

            session = requests.Session()
            session.hooks["response"].append(self._remember_headers)
            self._client = mastodon.Mastodon(
                access_token=self._token,
                api_base_url=self.base_url,
                ratelimit_method="throw",  # waiting is the engine's decision, not the library's
                version_check_mode="created",
                mastodon_version=API_VERSION,
                feature_set="mainline",
                session=session,
                request_timeout=REQUEST_TIMEOUT,
                user_agent=f"publisher/{__version__}",
            )
        return self._client

    def _remember_headers(self, response: Any, *args: Any, **kwargs: Any) -> None:
        # Mastodon.py raises a bare "Hit rate limit." on 429; the reset time is
        # only in the response headers, so keep the last ones seen.
        self._last_headers = response.headers

    def _upload(self, client: Any, image: OutgoingImage) -> str:
        # No file name: Mastodon.py then sends a random one, so nothing about
        # the case leaks through it to servers that show upload names.
        attachment = client.media_post(image.data, mime_type=image.mime, description=image.alt)
        return self._await_processing(client, attachment)

    def _await_processing(self, client: Any, attachment: Mapping[str, Any]) -> str:
        """The attachment's id once the server has processed it (202 means not yet: url is null)."""
        media_id = attachment.get("id")
        if not media_id:
            raise RejectedError("Mastodon accepted an image but returned no id for it")
        for pause in MEDIA_WAITS:
            if attachment.get("url"):
                return str(media_id)
            log.debug(
                "Mastodon is still processing image %s; checking again in %ss", media_id, pause
            )
            self.sleep(pause)
            attachment = client.media(media_id)
        if attachment.get("url"):
            return str(media_id)
        raise TransientError(
            f"Mastodon had not finished processing image {media_id} after a minute"
        )

    def _status_options(
        self, client: Any, post: OutgoingPost, media_ids: Sequence[str]
    ) -> dict[str, Any]:
        options: dict[str, Any] = {
            "media_ids": list(media_ids) or None,
            "in_reply_to_id": post.reply_to.remote_id if post.reply_to else None,
            "spoiler_text": post.spoiler or None,
            "visibility": "public",
            "language": LANGUAGE,
            "idempotency_key": post.idempotency_key or None,
        }
        if post.poll is not None:
            seconds = post.poll.duration_hours * 3600
            options["poll"] = client.make_poll(list(post.poll.options), expires_in=seconds)
        return options

    def _reads_several(self, client: Any) -> bool:
        """Whether the server has the several-statuses endpoint; its version is read once."""
        if self._server_version is None:
            self._server_version = _version(self._instance(client).get("version"))
        if self._server_version < STATUSES_SINCE:
            return False
        # Mastodon.py refuses a method newer than the version it was told: say it now.
        client.mastodon_major, client.mastodon_minor, client.mastodon_patch = (
            *self._server_version,
            0,
        )
        return True

    def _status(self, client: Any, status_id: str) -> Mapping[str, Any] | None:
        """One status, or None when the server no longer has it."""
        try:
            return dict(client.status(status_id))
        except _library().MastodonNotFoundError:
            return None

    def _own_id(self, client: Any) -> str:
        if self._account_id is None:
            self._account_id = str(client.account_verify_credentials()["id"])
        return self._account_id

    def _instance(self, client: Any) -> Mapping[str, Any]:
        """The v2 instance document, or v1 from servers older than Mastodon 4.0."""
        try:
            return dict(client.instance_v2())
        except _library().MastodonNotFoundError:
            return dict(client.instance_v1())

    @contextmanager
    def _translated_errors(self) -> Iterator[None]:
        """Turn Mastodon.py's exceptions into the engine's error classes."""
        mastodon = _library()
        try:
            yield
        except mastodon.MastodonError as exc:
            raise self._translate(exc, mastodon) from exc

    def _translate(self, exc: Exception, mastodon: Any) -> AdapterError:
        if isinstance(exc, mastodon.MastodonRatelimitError):
            return RateLimitedError("Mastodon's rate limit is reached", retry_after=self._reset())
        if isinstance(exc, mastodon.MastodonNetworkError):
            host = host_of(self.base_url)
            return TransientError(self._scrub(f"Mastodon at {unreachable(host, exc)}"))
        status, reason = _http_status(exc)
        if status is None:
            # Mastodon.py's own complaints (bad argument, unreadable answer) carry no status.
            kind = TransientError if isinstance(exc, mastodon.MastodonAPIError) else RejectedError
            return kind(self._scrub(f"Mastodon: {_first_arg(exc)}"))
        detail = self._scrub(f"Mastodon answered {status}: {reason}")
        if status == 429:
            return RateLimitedError(detail, retry_after=self._reset())
        if status in (401, 403):
            return AuthError(detail, hint="check the access token and its scopes")
        if status >= 500 or status == 408:
            return TransientError(detail)
        return RejectedError(detail)

    def _reset(self) -> datetime | None:
        headers = self._last_headers
        now = self.clock()
        reset = waits.reset_at(headers.get("X-RateLimit-Reset"), now)
        return reset or waits.retry_after(headers.get("Retry-After"), now)

    def _scrub(self, text: str) -> str:
        # Servers and proxies have been known to echo request headers back. A token
        # shorter than any real one would also match ordinary words, so leave those.
        return text.replace(self._token, "[secret]") if len(self._token) >= 8 else text


def limits_from_instance(instance: Mapping[str, Any]) -> dict[str, Any]:
    """Capabilities overrides read from a v1 or v2 instance document."""
    config = instance.get("configuration") or {}
    statuses = config.get("statuses") or {}
    media = config.get("media_attachments") or {}
    polls = config.get("polls") or {}
    counts = {
        "text_limit": statuses.get("max_characters"),
        "url_length": statuses.get("characters_reserved_per_url"),
        "images_per_post": statuses.get("max_media_attachments"),
        "image_max_bytes": _minus_one(media.get("image_size_limit")),
        "image_max_pixels": media.get("image_matrix_limit"),
        "alt_limit": media.get("description_limit"),
        "poll_max_options": polls.get("max_options"),
        "poll_option_limit": polls.get("max_characters_per_option"),
    }
    found: dict[str, Any] = {k: v for k, v in counts.items() if _is_count(v)}
    formats = _image_formats(media.get("supported_mime_types"))
    if formats:
        found["image_formats"] = formats
    found["poll_with_media"] = _version(instance.get("version")) >= POLL_WITH_MEDIA_SINCE
    return found


def parse_time(value: str | None) -> datetime | None:
    """ISO 8601 (Mastodon) or Unix time (some other servers) as an aware UTC datetime."""
    text = (value or "").strip()
    try:
        if text.isdigit():
            return datetime.fromtimestamp(int(text), UTC)
        moment = datetime.fromisoformat(text)
    except (ValueError, OverflowError):
        return None
    return moment.replace(tzinfo=moment.tzinfo or UTC).astimezone(UTC)


def plain_text(html: str) -> str:
    """The text of a status' HTML content, as a reader sees it."""
    parser = _TextParser()
    parser.feed(html)
    parser.close()
    return "".join(parser.parts)


class _TextParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "br":
            self.parts.append("\n")
        elif tag == "p" and self.parts:
            self.parts.append("\n\n")

    def handle_data(self, data: str) -> None:
        self.parts.append(data)


def _counts(status: Mapping[str, Any]) -> Counts:
    """A status's counts: favourites, boosts, replies, and its poll's votes per option."""
    poll = status.get("poll") or None
    votes = voters = None
    if poll:
        votes = tuple(int(o.get("votes_count") or 0) for o in poll.get("options") or [])
        voters = poll.get("voters_count")
    return Counts(
        likes=status.get("favourites_count"),
        reposts=status.get("reblogs_count"),
        replies=status.get("replies_count"),
        quotes=status.get("quotes_count"),  # Mastodon 4.5 and later
        poll=votes,
        voters=voters if isinstance(voters, int) else None,
    )


def _find_in(statuses: list[Mapping[str, Any]], post: OutgoingPost) -> PublishResult | None:
    first_try = post.created_at
    if first_try is not None and first_try.tzinfo is None:
        first_try = first_try.replace(tzinfo=UTC)
    cutoff = first_try - CLOCK_SLACK if first_try else None
    for status in statuses:
        if _is_same(status, post) and not _is_before(status, cutoff):
            return _result(status)
    if cutoff and len(statuses) >= RECENT_STATUSES and not _is_before(statuses[-1], cutoff):
        # A full page that does not reach back to the first try: the post may be further down.
        raise UnknownOutcomeError("the account posted too much since the first try to check it")
    return None


def _is_same(status: Mapping[str, Any], post: OutgoingPost) -> bool:
    reply_to = post.reply_to.remote_id if post.reply_to else None
    in_reply_to = status.get("in_reply_to_id")
    text = status.get("text") or plain_text(str(status.get("content") or ""))
    return (
        (str(in_reply_to) if in_reply_to else None) == reply_to
        and _comparable(status.get("spoiler_text") or "") == _comparable(post.spoiler or "")
        and len(status.get("media_attachments") or []) == len(post.images)
        and bool(status.get("poll")) == (post.poll is not None)
        and _comparable(text) == _comparable(post.text)
    )


def _is_before(status: Mapping[str, Any], cutoff: datetime | None) -> bool:
    created = status.get("created_at")
    if cutoff is None or created is None:
        return False
    if isinstance(created, str):
        created = parse_time(created)
    return isinstance(created, datetime) and created < cutoff


def _comparable(text: str) -> str:
    return _SPACE.sub(" ", _MENTION_DOMAIN.sub(r"\1", text)).strip()


def _result(status: Any) -> PublishResult:
    remote_id = status.get("id") if isinstance(status, Mapping) else None
    if not remote_id:
        raise RejectedError("Mastodon answered without the new post's id")
    return PublishResult(
        remote_id=str(remote_id), url=str(status.get("url") or status.get("uri") or "")
    )


def _library() -> Any:
    try:
        import mastodon
    except ImportError as exc:
        raise MissingExtraError("The Mastodon adapter", "mastodon") from exc
    return mastodon


def _http_status(exc: Exception) -> tuple[int | None, str]:
    """Mastodon.py raises ('Mastodon API returned error', status, reason, server message)."""
    args = exc.args
    if len(args) < 4 or not isinstance(args[1], int):
        return None, ""
    return args[1], str(args[3] or args[2] or "no details")


def _first_arg(exc: Exception) -> str:
    return str(exc.args[0]) if exc.args else type(exc).__name__


def _read_base_url(account: str, value: Any) -> str:
    where = f"accounts.{account}.api_base_url"
    text = str(value or "").strip().rstrip("/")
    if not text:
        raise ConfigError(f"{where}: required field is missing")
    if "://" not in text:
        text = f"https://{text}"
    parts = urlsplit(text)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ConfigError(f"{where}: {value!r} is not an http(s) address")
    if not is_safe_base_url(text):
        raise ConfigError(
            f"{where}: plain http:// is allowed only on this machine",
            hint="use https:// so that the access token is not sent in the clear",
        )
    return text


def _is_count(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and value > 0


def _minus_one(value: Any) -> Any:
    return value - 1 if _is_count(value) else None


def _image_formats(mime_types: Any) -> tuple[str, ...]:
    """Our default formats that the server accepts, in our order of preference."""
    if not isinstance(mime_types, list):
        return ()
    accepted = {_MIME_FORMATS.get(str(m)) for m in mime_types}
    return tuple(f for f in CAPABILITIES.image_formats if f in accepted)


def _version(value: Any) -> tuple[int, int]:
    found = re.match(r"(\d+)\.(\d+)", str(value or ""))
    return (int(found[1]), int(found[2])) if found else (0, 0)
