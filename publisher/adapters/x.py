"""X (formerly Twitter) through tweepy, with images sent to X's v2 media endpoints.

tweepy 4.x creates posts through the v2 API but only knows the retired v1.1
media upload, so images go out here, signed with the same OAuth 1.0a user
credentials (tweepy's own ``OAuth1UserHandler``) on tweepy's HTTP session:

1. ``POST {api_base_url}/2/media/upload``, multipart form: ``media`` (the image
   bytes), ``media_category=tweet_image``, ``media_type`` (its MIME type).
   The answer carries the media id as ``{"data": {"id": ...}}``.
2. ``POST {api_base_url}/2/media/metadata`` with JSON
   ``{"id": media_id, "metadata": {"alt_text": {"text": alt}}}``.
3. ``tweepy.Client.create_tweet`` with the media ids, reply target or poll.

X has no idempotency key. It does refuse a repeat of a recent post (403,
"duplicate content"); when that happens the adapter looks for the earlier
post on the account and, if it is this one, reports it as sent.

Counts come from ``GET /2/tweets`` (``Client.get_tweets``), 100 ids a call:
``public_metrics`` always, ``non_public_metrics`` and ``organic_metrics`` (impressions,
link and profile clicks) where the access level gives them (X gives them for one's own
posts of the last 30 days; others come back as errors beside the data, and those posts
are asked again with the public counts only), and the poll's votes through the
``attachments.poll_ids`` expansion.
"""

from __future__ import annotations

import html
import logging
import re
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from datetime import datetime, timedelta
from types import ModuleType
from typing import Any

import requests
from requests.adapters import HTTPAdapter

from publisher.adapters import waits
from publisher.adapters.base import (
    ASK_LATER,
    COUNT_X,
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
)
from publisher.adapters.network import host_of, unreachable
from publisher.errors import ConfigError, MissingExtraError

log = logging.getLogger(__name__)

DEFAULT_API = "https://api.x.com"
CREDENTIALS = ("consumer_key", "consumer_secret", "access_token", "access_token_secret")
TIMEOUT = (10, 60)  # seconds to connect, seconds between bytes of the answer
LOOKBACK = 100  # recent posts read when looking for one already sent (the API maximum)
CLOCK_SKEW = timedelta(minutes=5)  # our clock and X's may disagree by this much
# Each X limit family announces "<prefix>-remaining" and "<prefix>-reset" (epoch seconds).
LIMIT_HEADERS = ("x-rate-limit", "x-user-limit-24hour", "x-app-limit-24hour")
SHORT_SECRET = 8  # shorter values are not scrubbed from messages: they would mangle words
METRICS_BATCH = 100  # ids per GET /2/tweets, the API maximum
PUBLIC_FIELDS = ("public_metrics", "attachments")
PRIVATE_FIELDS = ("non_public_metrics", "organic_metrics")
POLL_FIELDS = ("options", "voting_status")
_URL = re.compile(r"https?://\S+")


class _DuplicateError(RejectedError):
    """X refused the post as a repeat of a recent one (which may be our own earlier try)."""


def _import_tweepy() -> ModuleType:
    try:
        import tweepy
    except ImportError as exc:
        raise MissingExtraError("The X adapter", "x") from exc
    return tweepy


class XAdapter(Adapter):
    """Posts to one X account with OAuth 1.0a user credentials."""

    name = "x"
    title = "X"
    extra = "x"
    client_module = "tweepy"
    capabilities = Capabilities(
        text_limit=280,
        counting=COUNT_X,
        images_per_post=4,
        image_max_bytes=5_000_000,
        image_formats=("PNG", "JPEG"),
        alt_limit=1000,
        replies=True,
        spoiler=False,
        polls=True,
        poll_with_media=False,
        poll_max_options=4,
        poll_option_limit=25,
        idempotency=False,
    )
    settings = (
        Setting("consumer_key", secret=True, help="the X app's API key (OAuth 1.0a consumer key)"),
        Setting("consumer_secret", secret=True, help="the X app's API key secret"),
        Setting("access_token", secret=True, help="the posting account's access token"),
        Setting("access_token_secret", secret=True, help="the access token's secret"),
        Setting(
            "api_base_url",
            required=False,
            default=DEFAULT_API,
            help="where media is uploaded; change only for a proxy or a test server",
        ),
    )
    _api: Any = None  # the tweepy.Client, made on first use: listing adapters needs no tweepy
    metrics_batch = METRICS_BATCH

    def send(self, post: OutgoingPost) -> PublishResult:
        """Upload the images with their alt text, then create the post."""
        self._refuse_unsendable(post)
        with self._translated():
            media_ids = [self._upload(image) for image in post.images]
        return self._create(post, media_ids)

    def find_sent(self, post: OutgoingPost) -> PublishResult | None:
        """Look through the account's recent posts for this one; X has no idempotency key."""
        try:
            with self._translated():
                tweets = self._recent_posts(post.created_at)
        except ASK_LATER:
            raise
        except AdapterError as exc:
            raise UnknownOutcomeError(
                f"cannot read the account's recent posts on X: {exc}"
            ) from exc
        match = next((tweet for tweet in tweets if _is_same_post(tweet, post)), None)
        return None if match is None else _result(str(match.id))

    def read_metrics(self, refs: Sequence[RemoteRef]) -> dict[str, Counts]:
        """Counts of up to 100 posts in one call; the private ones where X gives them."""
        ids = [ref.remote_id for ref in refs]
        found, refused = self._lookup(ids, (*PUBLIC_FIELDS, *PRIVATE_FIELDS))
        if refused:  # not at this access level, or older than 30 days: the public counts
            found.update(self._lookup(refused, PUBLIC_FIELDS)[0])
        return found

    @classmethod
    def reads_polls(cls, options: Mapping[str, Any]) -> bool:
        """X tells a poll's votes to its author."""
        return True

    def check(self) -> AccountInfo:
        """Log in and report the @username the credentials post as."""
        with self._translated():
            me = self._me()
        return AccountInfo(posting_as=f"@{me.username}", capabilities=self.capabilities)

    def close(self) -> None:
        """Close tweepy's keep-alive connections."""
        if self._api is not None:
            self._api.session.close()

    # Posting

    def _refuse_unsendable(self, post: OutgoingPost) -> None:
        """Refuse, before uploading anything, what X would refuse after the uploads."""
        if post.poll is not None and post.images:
            raise RejectedError("X polls cannot carry images: send the poll as a reply")
        if len(post.images) > self.capabilities.images_per_post:
            raise RejectedError(
                f"X takes at most {self.capabilities.images_per_post} images per post,"
                f" this post has {len(post.images)}"
            )

    def _create(self, post: OutgoingPost, media_ids: list[str]) -> PublishResult:
        try:
            with self._translated():
                response = self._client().create_tweet(**_tweet_arguments(post, media_ids))
        except _DuplicateError as exc:
            return self._earlier_try(post, exc)
        data = response.data if isinstance(response.data, Mapping) else {}
        if not data.get("id"):
            raise RejectedError("X answered without a post id")
        return _result(str(data["id"]))

    def _earlier_try(self, post: OutgoingPost, refusal: RejectedError) -> PublishResult:
        """X refused a repeat: an earlier try of this very post arrived after all, or not."""
        found = self.find_sent(post)
        if found is None:
            raise RejectedError(str(refusal)) from refusal
        log.info("X already has post %s of %s (an earlier try arrived)", post.post_id, post.case)
        return found

    def _upload(self, image: OutgoingImage) -> str:
        """One image through X's v2 one-shot upload, then its alt text; returns the media id."""
        response = self._post_media(
            "upload",
            files={"media": (_file_name(image.mime), image.data, image.mime)},
            data={"media_category": "tweet_image", "media_type": image.mime},
        )
        media_id = _media_id(response)
        if image.alt:
            alt = {"id": media_id, "metadata": {"alt_text": {"text": image.alt}}}
            self._post_media("metadata", json=alt)
        return media_id

    def _post_media(self, endpoint: str, **body: Any) -> requests.Response:
        tweepy = _import_tweepy()
        client = self._client()
        auth = tweepy.OAuth1UserHandler(*(self._setting(name) for name in CREDENTIALS))
        response = client.session.post(
            f"{self._api_base_url()}/2/media/{endpoint}",
            auth=auth.apply_auth(),
            headers={"User-Agent": client.user_agent},
            **body,
        )
        if not 200 <= response.status_code < 300:
            # tweepy's own exception parses X's error body; _translated maps it like the rest.
            raise tweepy.errors.HTTPException(response)
        return response

    # Reading back

    def _lookup(
        self, ids: list[str], fields: tuple[str, ...]
    ) -> tuple[dict[str, Counts], list[str]]:
        """One GET /2/tweets: the counts found, and the ids X refused a field for."""
        with self._translated():
            response = self._client().get_tweets(
                ids,
                tweet_fields=list(fields),
                expansions=["attachments.poll_ids"],
                poll_fields=list(POLL_FIELDS),
                user_auth=True,
            )
        polls = {str(poll.id): poll for poll in (response.includes or {}).get("polls", [])}
        found = {str(tweet.id): _counts(tweet, polls) for tweet in response.data or []}
        refused = {
            str(error.get("resource_id") or error.get("value"))
            for error in response.errors or []
            if "not-authorized-for-field" in str(error.get("type", ""))
            or "Field Authorization" in str(error.get("title", ""))
        }
        return found, [i for i in ids if i in refused and i not in found]

    def _recent_posts(self, since: datetime | None) -> list[Any]:
        arguments: dict[str, Any] = {
            "max_results": LOOKBACK,
            "exclude": ["retweets"],
            "tweet_fields": ["created_at", "referenced_tweets"],
            "user_auth": True,
        }
        if since is not None:
            arguments["start_time"] = since - CLOCK_SKEW
        response = self._client().get_users_tweets(self._user_id(), **arguments)
        return list(response.data or [])

    def _user_id(self) -> str:
        """The account's numeric id: X access tokens start with it, which saves a call to the
        tightly limited /2/users/me."""
        prefix = self._setting("access_token").partition("-")[0]
        if prefix.isdigit():
            return prefix
        return str(self._me().id)

    def _me(self) -> Any:
        me = self._client().get_me(user_auth=True).data
        if me is None:
            raise AuthError("X did not say which account these credentials belong to")
        return me

    # Plumbing

    def _client(self) -> Any:
        if self._api is None:
            tweepy = _import_tweepy()
            self._api = tweepy.Client(**{name: self._setting(name) for name in CREDENTIALS})
            _limit_waits(self._api.session)
            _quiet_signing_logs()
        return self._api

    def _setting(self, name: str) -> str:
        value = self.options.get(name)
        if not value:
            raise ConfigError(f"account {self.account!r}: the X adapter needs {name!r}")
        return str(value)

    def _api_base_url(self) -> str:
        return str(self.options.get("api_base_url") or DEFAULT_API).rstrip("/")

    @contextmanager
    def _translated(self) -> Iterator[None]:
        """Turn tweepy and requests failures into the engine's errors, secrets scrubbed."""
        tweepy = _import_tweepy()
        try:
            yield
        except tweepy.errors.HTTPException as exc:
            raise self._scrubbed(_http_error(exc, self.clock())) from exc
        except requests.JSONDecodeError as exc:
            raise RejectedError("X answered with something that is not JSON") from exc
        except requests.RequestException as exc:
            host = host_of(self._api_base_url())
            raise TransientError(f"X at {unreachable(host, exc)}") from exc

    def _scrubbed(self, error: AdapterError) -> AdapterError:
        """The same error with any credential in X's text masked (defence in depth)."""
        message = str(error)
        for name in CREDENTIALS:
            secret = str(self.options.get(name) or "")
            if len(secret) >= SHORT_SECRET:
                message = message.replace(secret, "***")
        error.args = (message,)
        error.message = message
        return error


def _tweet_arguments(post: OutgoingPost, media_ids: list[str]) -> dict[str, Any]:
    arguments: dict[str, Any] = {"text": post.text, "user_auth": True}
    if media_ids:
        arguments["media_ids"] = media_ids
    if post.reply_to is not None:
        arguments["in_reply_to_tweet_id"] = post.reply_to.remote_id
    if post.poll is not None:
        arguments["poll_options"] = list(post.poll.options)
        arguments["poll_duration_minutes"] = post.poll.duration_hours * 60
    return arguments


def _counts(tweet: Any, polls: Mapping[str, Any]) -> Counts:
    """A post's counts from tweepy's Tweet: the private impressions where X gave them."""
    public = tweet.public_metrics or {}
    private = tweet.non_public_metrics or {}
    organic = tweet.organic_metrics or {}
    views = private.get("impression_count", public.get("impression_count"))
    extra = {
        name: value
        for name, value in (
            ("bookmarks", public.get("bookmark_count")),
            ("link_clicks", private.get("url_link_clicks", organic.get("url_link_clicks"))),
            ("profile_clicks", private.get("user_profile_clicks")),
        )
        if isinstance(value, int)
    }
    poll_ids = (tweet.attachments or {}).get("poll_ids") or []
    poll = polls.get(str(poll_ids[0])) if poll_ids else None
    votes = None
    if poll is not None:
        options = sorted(poll.options or [], key=lambda o: int(o.get("position", 0)))
        votes = tuple(int(o.get("votes") or 0) for o in options)
    return Counts(
        likes=public.get("like_count"),
        reposts=public.get("retweet_count"),
        replies=public.get("reply_count"),
        quotes=public.get("quote_count"),
        views=views,
        poll=votes,
        extra=extra,
    )


def _media_id(response: requests.Response) -> str:
    body = response.json()
    data = body.get("data") or {}
    # A v1.1-shaped answer (media_id_string) comes from older proxies; accept it as well.
    media_id = data.get("id") or body.get("media_id_string")
    if not media_id:
        raise RejectedError("X accepted an image but answered without a media id")
    return str(media_id)


def _file_name(mime: str) -> str:
    return "image.png" if mime == "image/png" else "image.jpg"


def _result(tweet_id: str) -> PublishResult:
    # i/web/status resolves for any account, so the URL does not need the username.
    return PublishResult(remote_id=tweet_id, url=f"https://x.com/i/web/status/{tweet_id}")


def _http_error(exc: Any, now: datetime) -> AdapterError:
    """The engine's error for one of X's answers (a tweepy HTTPException)."""
    response = exc.response
    status = response.status_code
    said = "; ".join(str(m) for m in exc.api_messages) or f"{status} {response.reason}"
    if status == 429:
        retry_after = _reset_time(response.headers, now)
        return RateLimitedError(f"X rate limit reached: {said}", retry_after=retry_after)
    if status == 401:
        return AuthError(f"X refused the credentials: {said}")
    if status == 403:
        return _forbidden(said)
    if status >= 500 or status == 408:
        return TransientError(f"X is having trouble ({status}): {said}")
    return RejectedError(f"X refused the request ({status}): {said}")


def _forbidden(said: str) -> AdapterError:
    """403 covers both refused credentials and refused content; X's text tells which."""
    text = said.lower()
    if "duplicate" in text:
        return _DuplicateError(f"X refused a duplicate post: {said}")
    if "reply" in text or "replies" in text:
        return RejectedError(f"X does not allow this reply: {said}")
    return AuthError(f"X refused the credentials for this action: {said}")


def _reset_time(headers: Mapping[str, str], now: datetime) -> datetime | None:
    """When X says we may try again: the latest reset among the exhausted limits.

    A post over the 24-hour cap also carries the 15-minute window's reset, which
    comes far too early; so an exhausted daily limit wins over it.
    """
    exhausted = [
        waits.reset_at(headers.get(f"{prefix}-reset"), now)
        for prefix in LIMIT_HEADERS
        if headers.get(f"{prefix}-remaining") == "0"
    ]
    resets = [r for r in exhausted if r is not None]
    if not resets:
        resets = [r for r in [waits.reset_at(headers.get("x-rate-limit-reset"), now)] if r]
    return max(resets) if resets else None


def _is_same_post(tweet: Any, post: OutgoingPost) -> bool:
    if _comparable(tweet.text) != _comparable(post.text):
        return False
    if post.reply_to is None:
        return True
    replied_to = [ref.id for ref in tweet.referenced_tweets or () if ref.type == "replied_to"]
    return post.reply_to.remote_id in {str(ref_id) for ref_id in replied_to}


def _comparable(text: str) -> str:
    """Text as X gives it back and as we sent it, made comparable: X escapes &, < and >,
    shortens every URL to t.co and appends a t.co link for attached media."""
    return " ".join(_URL.sub(" ", html.unescape(text)).split())


class _TimeLimitedHTTPAdapter(HTTPAdapter):
    """Gives every request a time limit: tweepy sets none, and a silent socket would hold
    the daemon forever."""

    def send(
        self,
        request: requests.PreparedRequest,
        stream: bool = False,
        timeout: float | tuple[float | None, float | None] | None = None,
        verify: bool | str = True,
        cert: str | tuple[str, str] | None = None,
        proxies: dict[str, str] | None = None,
    ) -> requests.Response:
        return super().send(
            request,
            stream=stream,
            timeout=TIMEOUT if timeout is None else timeout,
            verify=verify,
            cert=cert,
            proxies=proxies,
        )


def _limit_waits(session: requests.Session) -> None:
    # No transport-level retries (max_retries=0): the engine owns the retry policy.
    adapter = _TimeLimitedHTTPAdapter(max_retries=0)
    session.mount("https://", adapter)
    session.mount("http://", adapter)


def _quiet_signing_logs() -> None:
    """oauthlib and requests-oauthlib log the signed Authorization header (consumer key and
    access token) at DEBUG; keep those records from ever being made, unless someone has
    set these loggers' levels on purpose."""
    for name in ("oauthlib", "requests_oauthlib"):
        logger = logging.getLogger(name)
        if logger.level == logging.NOTSET:
            logger.setLevel(logging.INFO)
