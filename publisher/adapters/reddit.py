"""Reddit through praw: the case as a post in one subreddit, the answer as a comment.

A prompt's first paragraph is its title (the formatter keeps it within Reddit's 300
characters) and the rest its Markdown body. One image makes an image post, several a
gallery whose captions carry the alt text; Reddit's image posts have no alt text, so
the formatter also writes it into the body. The answer is a comment on the post, its
text inside ``>!...!<`` paragraph by paragraph.

The Friday quiz lists its options in the body. Reddit's polls cannot carry an image,
and a separate poll post linking the image post would split the votes, the answer
comment and the discussion over two posts (and many subreddits disable polls), so
the options stay with the image where the answer can be checked against them.

Reddit has no idempotency key. Before every submission and comment the adapter reads
the account's newest submissions or comments since a little before the post's first
try, and returns the one already there instead of posting it again; ``find_sent``
does the same after a crash. Retries inside praw's HTTP layer are switched off, so
no request is repeated behind that look.

Counts come from ``GET /api/info`` (``Reddit.info``), 100 fullnames a call: a post's
score (upvotes less downvotes, as "likes", never below zero; the score itself and the
upvote ratio kept as extras) and its number of comments; a comment's score.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from publisher import __version__
from publisher.adapters import waits
from publisher.adapters.base import (
    ASK_LATER,
    MARKUP_MARKDOWN,
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
from publisher.adapters.network import reason
from publisher.errors import ConfigError, MissingExtraError

log = logging.getLogger(__name__)

OAUTH_URL = "https://oauth.reddit.com"
REDDIT_URL = "https://www.reddit.com"
WEB = "https://www.reddit.com"
LOOKBACK = 100  # items per listing page, the API's maximum
METRICS_BATCH = 100  # fullnames per /api/info call
CLOCK_SLACK = timedelta(minutes=15)
TIMEOUT = 60.0  # seconds; an image upload on a slow uplink
WEBSOCKET_TIMEOUT = 30  # seconds Reddit may take to process an image post
_EXTENSIONS = {"image/png": "png", "image/jpeg": "jpg"}
_WAIT = re.compile(r"(\d+)\s*(millisecond|second|minute|hour)", re.IGNORECASE)
_SPACE = re.compile(r"\s+")


class RedditAdapter(Adapter):
    """Posts to one subreddit as one Reddit account (a "script" app)."""

    name = "reddit"
    title = "Reddit"
    extra = "reddit"
    client_module = "praw"
    capabilities = Capabilities(
        text_limit=10_000,  # a comment's limit; a post's body may hold 40,000
        title_limit=300,
        images_per_post=20,  # a gallery
        image_max_bytes=20_000_000,
        image_formats=("PNG", "JPEG"),
        alt_limit=180,  # a gallery caption
        alt_in_text=True,  # an image post has no alt text
        replies=True,
        hashtags=False,  # Reddit has none, and "#" at a line's start makes a heading
        markup=MARKUP_MARKDOWN,
        spoiler_markup=(">!", "!<"),
        spoiler_per_line=True,  # Reddit's spoiler does not cross a paragraph
        polls=False,
        idempotency=False,
    )
    metrics_batch = METRICS_BATCH
    settings = (
        Setting("subreddit", help="where the cases go, without r/"),
        Setting("client_id", help="the script app's id (reddit.com/prefs/apps)"),
        Setting("client_secret", secret=True, help="the script app's secret"),
        Setting("username", help="the account that posts, without u/"),
        Setting("password", required=False, secret=True, help="the account's password"),
        Setting(
            "refresh_token",
            required=False,
            secret=True,
            help="instead of the password, a refresh token with submit, read, identity scopes",
        ),
        Setting("flair_id", required=False, help="the post flair template, where one is required"),
        Setting("flair_text", required=False, help="the flair's text, where it is editable"),
        Setting(
            "spoiler",
            required=False,
            default=False,
            help="mark the case post as a spoiler (blurred) where the subreddit allows it",
        ),
        Setting(
            "oauth_url", required=False, default=OAUTH_URL, help="change only for a test server"
        ),
        Setting(
            "reddit_url", required=False, default=REDDIT_URL, help="change only for a test server"
        ),
    )

    def __init__(
        self,
        account: str,
        options: Mapping[str, Any],
        *,
        state_dir: Path,
        capabilities: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(account, options, state_dir=state_dir, capabilities=capabilities)
        self.subreddit_name = _read_name(account, "subreddit", self.options.get("subreddit"), "r/")
        self.username = _read_name(account, "username", self.options.get("username"), "u/")
        if not (self.options.get("password") or self.options.get("refresh_token")):
            raise ConfigError(
                f"accounts.{account}.password: required field is missing",
                hint="give the account's password, or a refresh_token instead",
            )
        for key in ("oauth_url", "reddit_url"):
            url = str(self.options.get(key) or "")
            if url and not is_safe_base_url(url):
                raise ConfigError(
                    f"accounts.{account}.{key} must be https:// (http:// only locally)"
                )
        self.spoiler = self.options.get("spoiler") is True
        self._reddit: Any = None
        self._spoilers_allowed: bool | None = None

    # -- the Adapter interface ---------------------------------------------------------

    def prepare(self, post: OutgoingPost) -> dict[str, str]:
        """The moment of the first try: lookups read what the account posted since then."""
        return {"first_try": self.clock().isoformat()}

    def send(self, post: OutgoingPost) -> PublishResult:
        """Look for an earlier try, then submit the post or comment on the one it answers."""
        if post.poll is not None:
            raise RejectedError(
                "Reddit polls cannot carry the case's image; the options go in the text"
            )
        found = self._look_for(post)
        if found is not None:
            log.info("Reddit already has post %s of %s (an earlier try)", post.post_id, post.case)
            return found
        with self._translated():
            if post.reply_to is None:
                return self._submit(post)
            return self._comment(post, post.reply_to)

    def find_sent(self, post: OutgoingPost) -> PublishResult | None:
        """The submission or comment among the account's newest, or None if surely not there."""
        try:
            return self._look_for(post)
        except (UnknownOutcomeError, *ASK_LATER):
            raise
        except AdapterError as exc:
            raise UnknownOutcomeError(f"cannot read the account's posts on Reddit: {exc}") from exc

    def read_metrics(self, refs: Sequence[RemoteRef]) -> dict[str, Counts]:
        """Scores and comment counts of up to 100 posts and comments in one /api/info call."""
        wanted = {ref.remote_id for ref in refs}
        with self._translated():
            things = list(self._client().info(fullnames=[ref.remote_id for ref in refs]))
        return {t.fullname: _counts(t) for t in things if t.fullname in wanted}

    def check(self) -> AccountInfo:
        """Log in, and read what the subreddit allows: images, galleries, spoilers, flair."""
        from publisher.adapters.reddit_rules import read_rules

        with self._translated():
            reddit = self._client()
            me = reddit.user.me()
            subreddit = reddit.subreddit(self.subreddit_name)
            rules = read_rules(subreddit, self.options, spoiler=self.spoiler)
        if rules.problems:
            raise RejectedError(f"r/{self.subreddit_name}: " + "; ".join(rules.problems))
        self.capabilities = self.capabilities.with_overrides(rules.capabilities)
        return AccountInfo(
            posting_as=f"u/{me.name}", capabilities=self.capabilities, detail=rules.detail
        )

    def close(self) -> None:
        """Close the HTTP session praw's sessions share."""
        if self._reddit is not None:
            core = getattr(self._reddit, "_core", None)
            if core is not None:
                core.close()
            self._reddit = None

    # -- posting -------------------------------------------------------------------------

    def _submit(self, post: OutgoingPost) -> PublishResult:
        title, _, body = post.text.partition("\n\n")
        options: dict[str, Any] = {
            "selftext": body,
            "flair_id": self.options.get("flair_id") or None,
            "flair_text": self.options.get("flair_text") or None,
            "spoiler": self.spoiler and self._allows_spoilers(),
            "send_replies": False,  # the answer is ours; replies would fill the inbox
        }
        subreddit = self._client().subreddit(self.subreddit_name)
        praw = _library()
        if len(post.images) == 1:
            media = praw.models.PostMedia(*_media(post.images[0], 1))
            submission = subreddit.submit(title, image=media, timeout=WEBSOCKET_TIMEOUT, **options)
        elif post.images:
            gallery = [
                {"media": praw.models.PostMedia(*_media(image, n)), "caption": image.alt}
                for n, image in enumerate(post.images, start=1)
            ]
            submission = subreddit.submit(title, gallery=gallery, **options)
        else:
            submission = subreddit.submit(title, **options)
        if submission is None or not getattr(submission, "id", None):
            raise RejectedError("Reddit accepted the post but named no id for it")
        return _result(submission.fullname, _permalink(submission))

    def _comment(self, post: OutgoingPost, target: RemoteRef) -> PublishResult:
        if post.images:
            raise RejectedError("a Reddit comment cannot carry images")
        reddit = self._client()
        kind, _, thing_id = target.remote_id.partition("_")
        parent = reddit.submission(id=thing_id) if kind == "t3" else reddit.comment(id=thing_id)
        comment = parent.reply(post.text)
        if comment is None or not getattr(comment, "id", None):
            raise RejectedError("Reddit accepted the comment but named no id for it")
        return _result(comment.fullname, _permalink(comment))

    def _allows_spoilers(self) -> bool:
        """Whether the subreddit allows spoiler tags; asked once per adapter."""
        if self._spoilers_allowed is None:
            about = self._client().subreddit(self.subreddit_name)
            self._spoilers_allowed = bool(getattr(about, "spoilers_enabled", False))
        return self._spoilers_allowed

    # -- looking for a post --------------------------------------------------------------

    def _look_for(self, post: OutgoingPost) -> PublishResult | None:
        cutoff = _first_try(post) - CLOCK_SLACK
        with self._translated():
            redditor = self._client().redditor(self.username)
            mine = redditor.submissions if post.reply_to is None else redditor.comments
            seen = 0
            for item in mine.new(limit=LOOKBACK):
                seen += 1
                if datetime.fromtimestamp(item.created_utc, UTC) < cutoff:
                    return None  # newest first: the rest are older still
                if self._is_same(item, post):
                    return _result(item.fullname, _permalink(item))
        if seen >= LOOKBACK:
            raise UnknownOutcomeError("the account posted too much since the first try to check")
        return None

    def _is_same(self, item: Any, post: OutgoingPost) -> bool:
        """A comment on the same target with the same text, or a submission to the same
        subreddit with the same title and body."""
        if post.reply_to is not None:
            same_text = _comparable(item.body) == _comparable(post.text)
            return bool(item.parent_id == post.reply_to.remote_id and same_text)
        title, _, body = post.text.partition("\n\n")
        return (
            str(item.subreddit.display_name).lower() == self.subreddit_name.lower()
            and item.title == title
            and _comparable(item.selftext) == _comparable(body)
        )

    # -- plumbing --------------------------------------------------------------------------

    def _client(self) -> Any:
        if self._reddit is None:
            praw = _library()
            credentials = {
                "client_id": str(self.options.get("client_id") or ""),
                "client_secret": str(self.options.get("client_secret") or ""),
            }
            if self.options.get("refresh_token"):
                credentials["refresh_token"] = str(self.options["refresh_token"])
            else:
                credentials.update(username=self.username, password=str(self.options["password"]))
            self._reddit = praw.Reddit(
                **credentials,
                user_agent=f"publisher/{__version__} (teaching cases) by u/{self.username}",
                oauth_url=str(self.options.get("oauth_url") or OAUTH_URL).rstrip("/"),
                reddit_url=str(self.options.get("reddit_url") or REDDIT_URL).rstrip("/"),
                ratelimit_seconds=0,  # a RATELIMIT answer goes back to the engine at once
                timeout=TIMEOUT,
                check_for_updates=False,
                check_for_async=False,
            )
            _no_retries(self._reddit)
        return self._reddit

    @contextmanager
    def _translated(self) -> Iterator[None]:
        """praw's and prawcore's exceptions as the engine's errors, secrets masked."""
        praw = _library()
        import prawcore

        try:
            yield
        except (praw.exceptions.PRAWException, prawcore.PrawcoreException) as exc:
            raise self._scrubbed(_translate(exc, self.clock(), praw, prawcore)) from exc

    def _scrubbed(self, error: AdapterError) -> AdapterError:
        for name in ("client_secret", "password", "refresh_token"):
            secret = str(self.options.get(name) or "")
            if len(secret) >= 6:
                error.message = error.message.replace(secret, "***")
        error.args = (error.message,)
        return error


def _counts(thing: Any) -> Counts:
    """A submission's or comment's counts, from what /api/info gave (no further fetch)."""
    loaded = vars(thing)
    score = loaded.get("score")
    extra: dict[str, float] = {}
    if isinstance(score, int):
        extra["score"] = score
    if isinstance(loaded.get("upvote_ratio"), int | float):
        extra["upvote_ratio"] = float(loaded["upvote_ratio"])
    comments = loaded.get("num_comments")
    return Counts(
        likes=max(score, 0) if isinstance(score, int) else None,
        replies=comments if isinstance(comments, int) else None,
        extra=extra,
    )


def _translate(exc: Exception, now: datetime, praw: Any, prawcore: Any) -> AdapterError:
    """The engine's error for one of praw's or prawcore's exceptions."""
    if isinstance(exc, praw.exceptions.RedditAPIException):
        return _api_error(exc, now)
    if isinstance(exc, praw.exceptions.MediaPostFailed):
        return RejectedError("Reddit could not process the image")
    if isinstance(exc, praw.exceptions.WebSocketException):
        # The post may exist once Reddit has processed the image: the next try looks first.
        return TransientError(
            "Reddit did not confirm the image post in time; the next try looks for it"
        )
    if isinstance(exc, praw.exceptions.TooLargeMediaException):
        return RejectedError(f"Reddit refused the image as too large ({exc.actual:,} bytes)")
    if isinstance(exc, prawcore.OAuthException):
        return AuthError(
            f"Reddit refused the login: {exc.error}",
            hint="check client_id, client_secret and the password",
        )
    if isinstance(exc, prawcore.InvalidToken | prawcore.InsufficientScope):
        return AuthError(f"Reddit refused the credentials ({type(exc).__name__})")
    if isinstance(exc, prawcore.RequestException):
        return TransientError(f"Reddit could not be reached: {reason(exc)}")
    if isinstance(exc, prawcore.ResponseException):
        return _status_error(exc, now, prawcore)
    return RejectedError(f"Reddit: {exc}")


def _status_error(exc: Any, now: datetime, prawcore: Any) -> AdapterError:
    response = exc.response
    status = response.status_code
    said = _said(response)
    if status == 429 or isinstance(exc, prawcore.TooManyRequests):
        return RateLimitedError(
            f"Reddit's rate limit is reached: {said}", retry_after=_reset(response, now)
        )
    if isinstance(exc, prawcore.Forbidden) or status in (401, 403):
        return AuthError(f"Reddit refused the request ({status}): {said}")
    if status >= 500 or status == 408:
        return TransientError(f"Reddit is having trouble ({status}): {said}")
    if isinstance(exc, prawcore.TooLarge) or status == 413:
        return RejectedError(f"Reddit refused the upload as too large: {said}")
    return RejectedError(f"Reddit refused the request ({status}): {said}")


def _api_error(exc: Any, now: datetime) -> AdapterError:
    """Reddit's own refusals (``{"json": {"errors": [...]}}``): a RATELIMIT says how long."""
    said = "; ".join(f"{item.error_type}: {item.message}" for item in exc.items) or str(exc)
    for item in exc.items:
        if item.error_type == "RATELIMIT":
            return RateLimitedError(f"Reddit: {said}", retry_after=now + _wait(item.message or ""))
    if any(item.error_type in ("USER_REQUIRED", "SUBREDDIT_NOTALLOWED") for item in exc.items):
        return AuthError(f"Reddit refused the account here: {said}")
    return RejectedError(f"Reddit refused the post: {said}")


def _wait(message: str) -> timedelta:
    found = _WAIT.search(message)
    if found is None:
        return timedelta(minutes=10)  # Reddit's usual wait between posts of a new account
    amount, unit = min(int(found[1]), 10_000), found[2].lower()
    return timedelta(**{f"{unit}s": amount}) + timedelta(seconds=1)


def _reset(response: Any, now: datetime) -> datetime | None:
    # Reddit's x-ratelimit-reset counts seconds from now, as Retry-After does.
    for header in ("x-ratelimit-reset", "retry-after"):
        found = waits.retry_after(response.headers.get(header), now)
        if found is not None:
            return found
    return None


def _said(response: Any) -> str:
    try:
        body = response.json()
    except ValueError:
        return f"{response.status_code} {response.reason or ''}".strip()
    if isinstance(body, Mapping):
        for key in ("message", "reason", "explanation", "error"):
            if isinstance(body.get(key), str) and body[key]:
                return str(body[key])[:300]
    return str(response.status_code)


def _comparable(text: str) -> str:
    return _SPACE.sub(" ", text or "").strip()


def _first_try(post: OutgoingPost) -> datetime:
    text = post.prepared.get("first_try")
    moment = datetime.fromisoformat(text) if text else post.created_at
    if moment is None:
        raise UnknownOutcomeError("the post has no time of its first try to look from")
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def _media(image: OutgoingImage, number: int) -> tuple[bytes, str]:
    """The bytes and a neutral file name: nothing about the case goes in it."""
    return image.data, f"image-{number}.{_EXTENSIONS.get(image.mime, 'png')}"


def _permalink(thing: Any) -> str:
    """The web link, from data praw already holds (reading an attribute it lacks would fetch)."""
    loaded = vars(thing)
    if loaded.get("permalink"):
        return f"{WEB}{loaded['permalink']}"
    if thing.fullname.startswith("t3_"):
        return f"{WEB}/comments/{thing.id}/"
    link = str(loaded.get("link_id") or "")
    return f"{WEB}/comments/{link[3:]}/comment/{thing.id}/" if link else ""


def _result(fullname: str, url: str) -> PublishResult:
    return PublishResult(remote_id=fullname, url=url)


def _no_retries(reddit: Any) -> None:
    """prawcore retries a failed request (a POST too) twice on its own; the engine owns
    retries here, and looks before each one, so praw's sessions make one attempt."""
    import dataclasses

    import prawcore.sessions

    @dataclasses.dataclass(frozen=True)
    class _OneAttempt(prawcore.sessions.FiniteRetryStrategy):
        retries: int = 0

        def _sleep_seconds(self) -> float | None:
            return None  # nothing to wait for before the one attempt

    for name in ("_core", "_authorized_core", "_read_only_core"):
        core = getattr(reddit, name, None)
        if core is not None and hasattr(core, "_retry_strategy_class"):
            core._retry_strategy_class = _OneAttempt


def _read_name(account: str, key: str, value: Any, prefix: str) -> str:
    text = str(value or "").strip().removeprefix("/").removeprefix(prefix)
    if not re.fullmatch(r"[A-Za-z0-9_-]{2,30}", text):
        raise ConfigError(f"accounts.{account}.{key}: {value!r} is not a Reddit name")
    return text


def _library() -> Any:
    try:
        import praw
        import praw.exceptions
        import praw.models
    except ImportError as exc:
        raise MissingExtraError("The Reddit adapter", "reddit") from exc
    return praw
