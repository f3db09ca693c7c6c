"""LinkedIn through its versioned REST API (plain HTTP), as a member or an organization.

Every call carries ``LinkedIn-Version: YYYYMM`` (the ``linkedin_version`` setting).
LinkedIn serves a version for about a year; a retired one answers 426
``NONEXISTENT_VERSION``, reported as refused credentials (the account pauses) with
the setting to change.

- Images: ``POST /rest/images?action=initializeUpload`` with the author as owner,
  then ``PUT`` the bytes to the ``uploadUrl`` it returns; the image URN goes in
  the post with its alt text (``content.media`` or ``content.multiImage``).
- Posts: ``POST /rest/posts``; the commentary in the "little" text format. The
  new post's URN comes back in the ``x-restli-id`` header. A repeat of a recent
  post is refused (422, "Content is a duplicate of urn:li:share:...") naming the
  earlier post, which is then taken as this one.
- The Friday quiz: LinkedIn polls carry no media, so the image post goes first
  and the poll follows as a post of its own right after it, its text naming the
  question (the formatter makes it the prompt's last part). The answer is a
  comment on the poll. ``polls = false`` lists the options in the text instead.
- Answers: a comment, ``POST /rest/socialActions/{post}/comments``; a later part
  replies under the first comment (``parentComment``).
- Counts, for an organization: ``GET /rest/socialMetadata?ids=List(...)`` (a batch
  get, 50 URNs a call) gives each post's and comment's reactions (all kinds together,
  as "likes") and comments; a poll's votes come from ``GET /rest/posts/{urn}``
  just before the answer. A member's posts need r_member_social, which LinkedIn
  grants to few apps, so a member account reads none.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Mapping, Sequence
from datetime import UTC, datetime, time, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import quote

import requests

from publisher.adapters import waits
from publisher.adapters.base import (
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
from publisher.adapters.linkedin_text import little_text
from publisher.adapters.matching import earliest, is_same_text
from publisher.adapters.meta_graph import read_base_url
from publisher.adapters.network import host_of, unreachable
from publisher.errors import ConfigError

log = logging.getLogger(__name__)

DEFAULT_API = "https://api.linkedin.com"
DEFAULT_OAUTH = "https://www.linkedin.com"
DEFAULT_VERSION = "202609"
CAPABILITIES = Capabilities(
    text_limit=3000,
    counting=COUNT_CHARS,
    reply_text_limit=1250,  # a comment's limit
    images_per_post=20,
    image_max_bytes=10_000_000,
    image_max_pixels=36_152_320,
    image_formats=("PNG", "JPEG"),
    alt_limit=4086,
    replies=True,
    spoiler=False,
    polls=True,
    poll_with_media=False,
    poll_max_options=4,
    poll_option_limit=30,
    idempotency=False,
)
POLL_QUESTION_LIMIT = 140
POLL_DURATIONS = ((24, "ONE_DAY"), (72, "THREE_DAYS"), (168, "SEVEN_DAYS"), (336, "FOURTEEN_DAYS"))
RECENT = 20
METRICS_BATCH = 50  # URNs per socialMetadata batch get
TIMEOUT = (10, 60)
DETAIL_LIMIT = 300
SHORT_SECRET = 8
_AUTHOR = re.compile(r"urn:li:(person|organization):[A-Za-z0-9_-]+")
_VERSION = re.compile(r"20\d{4}(\.\d{2})?")
_DUPLICATE = re.compile(r"duplicate of (urn:li:(?:share|ugcPost):\d+)", re.IGNORECASE)


class LinkedInAdapter(Adapter):
    """Posts as a LinkedIn member or organization through the Posts API."""

    name = "linkedin"
    title = "LinkedIn"
    extra = "linkedin"
    client_module = "requests"
    capabilities = CAPABILITIES
    settings = (
        Setting("author", help="urn:li:organization:ID (a Page) or urn:li:person:ID (a member)"),
        Setting(
            "access_token",
            secret=True,
            help="OAuth token: w_organization_social or w_member_social",
        ),
        Setting(
            "linkedin_version",
            required=False,
            default=DEFAULT_VERSION,
            help="the API version, YYYYMM",
        ),
        Setting("polls", required=False, default=True, help="the Friday quiz as a poll"),
        Setting(
            "client_id", required=False, help="the app's client id, to read the token's expiry"
        ),
        Setting("client_secret", required=False, secret=True, help="the app's client secret"),
        Setting("api_base_url", required=False, default=DEFAULT_API, help="the REST API host"),
        Setting("oauth_base_url", required=False, default=DEFAULT_OAUTH, help="the OAuth host"),
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
        self.author = str(self.options.get("author") or "").strip()
        if not _AUTHOR.fullmatch(self.author):
            raise ConfigError(
                f"accounts.{account}.author: expected urn:li:organization:ID or urn:li:person:ID"
            )
        self.version = str(self.options.get("linkedin_version") or DEFAULT_VERSION).strip()
        if not _VERSION.fullmatch(self.version):
            raise ConfigError(
                f"accounts.{account}.linkedin_version: expected YYYYMM, e.g. {DEFAULT_VERSION}"
            )
        self.api = read_base_url(account, self.options.get("api_base_url") or DEFAULT_API)
        self.oauth = read_base_url(account, self.options.get("oauth_base_url") or DEFAULT_OAUTH)
        self._token = str(self.options.get("access_token") or "")
        self._secrets = [self._token, str(self.options.get("client_secret") or "")]
        self.metrics_batch = METRICS_BATCH if ":organization:" in self.author else 0
        self.session = requests.Session()
        self.session.trust_env = True
        self.session.headers.update(
            {
                "Authorization": f"Bearer {self._token}",
                "LinkedIn-Version": self.version,
                "X-Restli-Protocol-Version": "2.0.0",
            }
        )

    @classmethod
    def capabilities_for(
        cls, options: Mapping[str, Any], stored: Mapping[str, Any]
    ) -> Capabilities:
        """The platform's limits; ``polls = false`` turns the quiz poll off."""
        capabilities = super().capabilities_for(options, stored)
        polls = options.get("polls", True)
        if not isinstance(polls, bool):
            raise ConfigError(f"polls: expected true or false, got {polls!r}")
        return capabilities.with_overrides({"polls": polls})

    # The engine's entry points

    def send(self, post: OutgoingPost) -> PublishResult:
        """A poll post, an image (or text) post, or a comment when the post answers one."""
        if post.poll is not None:
            return self._create(post, self._poll_content(post))
        target = post.reply_to or post.thread_root
        if target is not None:
            return self._comment(post, target)
        if len(post.images) > self.capabilities.images_per_post:
            raise RejectedError(
                f"LinkedIn takes at most {self.capabilities.images_per_post} images"
            )
        images = [(self._upload(image), image.alt) for image in post.images]
        return self._create(post, _image_content(images))

    def find_sent(self, post: OutgoingPost) -> PublishResult | None:
        """Look among the author's recent posts (or the comments the post answers)."""
        try:
            target = post.reply_to or post.thread_root
            if target is not None and post.poll is None:
                return _find_comment(self._comments(target), post, self.author, target)
            return _find_post(self._recent_posts(), post)
        except (UnknownOutcomeError, TransientError, RateLimitedError):
            raise
        except AdapterError as exc:
            # Reading a member's posts needs r_member_social, which LinkedIn grants to few apps.
            raise UnknownOutcomeError(f"cannot read the author's posts on LinkedIn: {exc}") from exc

    def read_metrics(self, refs: Sequence[RemoteRef]) -> dict[str, Counts]:
        """Reactions and comments of an organization's posts and comments, in one batch get."""
        if not self.metrics_batch:
            return super().read_metrics(refs)
        urns = list(dict.fromkeys(ref.remote_id for ref in refs))
        listed = ",".join(quote(urn, safe="") for urn in urns)
        response = self._call(
            "GET", f"{self.api}/rest/socialMetadata?ids=List({listed})",
            headers={"X-RestLi-Method": "BATCH_GET"},
        )  # fmt: skip
        results = _json(response).get("results") or {}
        return {urn: _social_counts(body) for urn, body in results.items() if urn in urns}

    @classmethod
    def reads_polls(cls, options: Mapping[str, Any]) -> bool:
        """An organization reads its own poll post back; a member's needs r_member_social."""
        return (
            ":organization:" in str(options.get("author") or "")
            and options.get("polls", True) is True
        )

    def read_poll(self, ref: RemoteRef) -> Counts | None:
        """The poll's votes per option, from the poll post itself."""
        body = _json(self._call("GET", f"/rest/posts/{quote(ref.remote_id, safe='')}"))
        poll = (
            (body.get("content") or {}).get("poll")
            if isinstance(body.get("content"), Mapping)
            else None
        )
        if not isinstance(poll, Mapping):
            return None
        votes = tuple(int(o.get("voteCount") or 0) for o in poll.get("options") or [])
        voters = poll.get("uniqueVotersCount")
        return Counts(poll=votes, voters=voters if isinstance(voters, int) else None)

    def check(self) -> AccountInfo:
        """Who the author is, that the pinned version is served, and the token's expiry."""
        name = self._author_name()
        expires, expiry = self._introspect()
        return AccountInfo(
            posting_as=name,
            capabilities=self.capabilities,
            detail=f"API version {self.version}; {expiry}",
            token_expires_at=expires,
        )

    def close(self) -> None:
        self.session.close()

    # Posting

    def _upload(self, image: OutgoingImage) -> str:
        """Register an image with the Images API and upload its bytes; its URN."""
        body = {"initializeUploadRequest": {"owner": self.author}}
        value = (
            self._call("POST", "/rest/images", params={"action": "initializeUpload"}, json=body)
            .json()
            .get("value")
            or {}
        )
        upload_url, urn = str(value.get("uploadUrl") or ""), str(value.get("image") or "")
        if not upload_url or not urn:
            raise RejectedError("LinkedIn did not say where to upload the image")
        if not is_safe_base_url(upload_url):  # the token goes along with the bytes
            raise RejectedError("LinkedIn gave an upload address that is not https")
        self._call(
            "PUT", upload_url, data=image.data, headers={"Content-Type": "application/octet-stream"}
        )
        return urn

    def _create(self, post: OutgoingPost, content: dict[str, Any] | None) -> PublishResult:
        body: dict[str, Any] = {
            "author": self.author,
            "commentary": little_text(post.text),
            "visibility": "PUBLIC",
            "distribution": {
                "feedDistribution": "MAIN_FEED",
                "targetEntities": [],
                "thirdPartyDistributionChannels": [],
            },
            "lifecycleState": "PUBLISHED",
            "isReshareDisabledByAuthor": False,
        }
        if content:
            body["content"] = content
        try:
            response = self._call("POST", "/rest/posts", json=body)
        except _DuplicateError as exc:
            log.info("LinkedIn already has post %s of %s (an earlier try)", post.post_id, post.case)
            return _post_result(exc.urn)
        urn = response.headers.get("x-restli-id") or response.headers.get("x-linkedin-id") or ""
        if not urn:
            raise RejectedError("LinkedIn answered without the new post's id")
        return _post_result(urn)

    def _poll_content(self, post: OutgoingPost) -> dict[str, Any]:
        assert post.poll is not None
        if post.images:
            raise RejectedError("a LinkedIn poll carries no images: send the images first")
        question = post.text.removeprefix("Vote: ").strip()
        if len(question) > POLL_QUESTION_LIMIT:
            question = question[: POLL_QUESTION_LIMIT - 1].rstrip() + "…"
        hours = post.poll.duration_hours
        duration = next((name for limit, name in POLL_DURATIONS if hours <= limit), "FOURTEEN_DAYS")
        return {
            "poll": {
                "question": question,
                "options": [{"text": option} for option in post.poll.options],
                "settings": {"duration": duration},
            }
        }

    # Comments

    def _comment(self, post: OutgoingPost, target: RemoteRef) -> PublishResult:
        if post.images:
            raise RejectedError("a LinkedIn comment here carries text only")
        if post.created_at:
            try:
                found = _find_comment(self._comments(target), post, self.author, target)
            except (AuthError, UnknownOutcomeError):
                found = None  # members cannot read comments (r_member_social): no look first
            if found is not None:
                return found
        top = _top_comment(target)
        on = _post_of(target)
        body: dict[str, Any] = {"actor": self.author, "object": on, "message": {"text": post.text}}
        if top:
            body["parentComment"] = top
        response = self._call(
            "POST", f"/rest/socialActions/{quote(top or on, safe='')}/comments", json=body
        )
        answer = _json(response)
        urn = str(answer.get("$URN") or response.headers.get("x-restli-id") or "")
        if not urn:
            raise RejectedError("LinkedIn answered without the new comment's id")
        return _comment_result(urn, target)

    def _comments(self, target: RemoteRef) -> list[Mapping[str, Any]]:
        on = _top_comment(target) or _post_of(target)
        response = self._call(
            "GET", f"/rest/socialActions/{quote(on, safe='')}/comments", params={"count": 50}
        )
        return [c for c in _json(response).get("elements") or [] if isinstance(c, Mapping)]

    def _recent_posts(self) -> list[Mapping[str, Any]]:
        response = self._call(
            "GET", "/rest/posts",
            params={"author": self.author, "q": "author", "count": RECENT, "sortBy": "CREATED"},
            headers={"X-RestLi-Method": "FINDER"},
        )  # fmt: skip
        return [p for p in _json(response).get("elements") or [] if isinstance(p, Mapping)]

    # Account

    def _author_name(self) -> str:
        kind, _, ident = self.author.removeprefix("urn:li:").partition(":")
        path = f"/rest/organizations/{ident}" if kind == "organization" else "/v2/userinfo"
        try:
            body = _json(self._call("GET", path))
        except _RetiredVersionError:
            raise
        except AuthError:
            return self.author  # the token may post without reading the profile
        name = body.get("localizedName") or body.get("name")
        return f"{name} ({self.author})" if name else self.author

    def _introspect(self) -> tuple[datetime | None, str]:
        client_id = str(self.options.get("client_id") or "")
        secret = str(self.options.get("client_secret") or "")
        if not (client_id and secret):
            return None, "token expiry unknown (set client_id and client_secret to read it)"
        form = {"client_id": client_id, "client_secret": secret, "token": self._token}
        body = _json(
            self._call("POST", f"{self.oauth}/oauth/v2/introspectToken", data=form, auth=False)
        )
        if not body.get("active"):
            raise AuthError(f"LinkedIn says the token is {body.get('status') or 'not active'}")
        seconds = body.get("expires_at")
        if not isinstance(seconds, int) or isinstance(seconds, bool):
            return None, "token expiry not given"
        moment = _epoch(seconds)
        if moment is None:
            return None, "token expiry unreadable"
        return moment, f"token expires {moment:%Y-%m-%d %H:%M} UTC"

    # Plumbing

    def _call(
        self, method: str, where: str, *, auth: bool = True, **kwargs: Any
    ) -> requests.Response:
        """One request; anything but a 2xx becomes the engine's error."""
        url = where if "://" in where else f"{self.api}{where}"
        headers: dict[str, Any] = dict(kwargs.pop("headers", {}) or {})
        if not auth:  # the introspection endpoint takes the app's credentials, not the token
            headers["Authorization"] = None  # None drops the session's header
        try:
            response = self.session.request(
                method, url, timeout=TIMEOUT, allow_redirects=False, headers=headers, **kwargs
            )
        except requests.Timeout as exc:
            raise TransientError("LinkedIn did not answer in time") from exc
        except requests.RequestException as exc:
            raise TransientError(f"LinkedIn at {unreachable(host_of(url), exc)}") from exc
        if not 200 <= response.status_code < 300:
            raise self._error(response)
        return response

    def _error(self, response: requests.Response) -> AdapterError:
        status = response.status_code
        body = _json(response)
        said = self._scrub(_said(body, response))
        if status == 426 or body.get("code") == "NONEXISTENT_VERSION":
            return _RetiredVersionError(
                f"LinkedIn no longer serves API version {self.version}: set "
                f"accounts.{self.account}.linkedin_version to a current version (YYYYMM)"
            )
        if status == 429:
            retry = waits.retry_after(response.headers.get("Retry-After"), self.clock())
            return RateLimitedError(
                f"LinkedIn rate limit: {said}", retry_after=retry or _midnight(self.clock())
            )
        if status in (401, 403):
            return AuthError(f"LinkedIn refused the token ({status}): {said}")
        duplicate = _DUPLICATE.search(str(body.get("message") or ""))
        if status == 422 and duplicate:
            return _DuplicateError(said, duplicate[1])
        if status >= 500 or status == 408:
            return TransientError(f"LinkedIn is having trouble ({status}): {said}")
        return RejectedError(f"LinkedIn refused the request ({status}): {said}")

    def _scrub(self, text: str) -> str:
        for secret in self._secrets:
            if len(secret) >= SHORT_SECRET:
                text = text.replace(secret, "***")
        return text


class _RetiredVersionError(AuthError):
    """LinkedIn no longer serves the pinned API version."""


class _DuplicateError(RejectedError):
    """LinkedIn refused a repeat of a recent post and named it."""

    def __init__(self, message: str, urn: str) -> None:
        super().__init__(message)
        self.urn = urn


def _social_counts(body: Any) -> Counts:
    """A post's or comment's social metadata: reactions of every kind, and comments."""
    if not isinstance(body, Mapping):
        return Counts()
    reactions = body.get("reactionSummaries") or {}
    likes = sum(int(r.get("count") or 0) for r in reactions.values() if isinstance(r, Mapping))
    comments = (body.get("commentSummary") or {}).get("count")
    return Counts(likes=likes, replies=comments if isinstance(comments, int) else None)


def _image_content(images: list[tuple[str, str]]) -> dict[str, Any] | None:
    if not images:
        return None
    if len(images) == 1:
        urn, alt = images[0]
        return {"media": {"id": urn, "altText": alt}}
    return {"multiImage": {"images": [{"id": urn, "altText": alt} for urn, alt in images]}}


def _find_post(recent: list[Mapping[str, Any]], post: OutgoingPost) -> PublishResult | None:
    since = earliest(post)
    sent = little_text(post.text)
    for item in recent:
        when = _millis(item.get("createdAt"))
        if since is not None and when is not None and when < since:
            continue
        if is_same_text(str(item.get("commentary") or ""), sent):
            return _post_result(str(item["id"]))
    if len(recent) >= RECENT:
        last = _millis(recent[-1].get("createdAt"))
        if since is None or last is None or last >= since:
            raise UnknownOutcomeError(
                "LinkedIn shows too many newer posts to tell whether it went out"
            )
    return None


def _find_comment(
    comments: list[Mapping[str, Any]], post: OutgoingPost, author: str, target: RemoteRef
) -> PublishResult | None:
    since = earliest(post)
    for comment in comments:
        message = comment.get("message") if isinstance(comment.get("message"), Mapping) else {}
        assert isinstance(message, Mapping)
        created = comment.get("created") if isinstance(comment.get("created"), Mapping) else {}
        assert isinstance(created, Mapping)
        when = _millis(created.get("time"))
        if since is not None and when is not None and when < since:
            continue
        if comment.get("actor") == author and is_same_text(
            str(message.get("text") or ""), post.text
        ):
            return _comment_result(str(comment.get("$URN") or comment.get("id")), target)
    return None


def _post_result(urn: str) -> PublishResult:
    return PublishResult(urn, f"https://www.linkedin.com/feed/update/{urn}/", {"kind": "post"})


def _comment_result(urn: str, target: RemoteRef) -> PublishResult:
    top = _top_comment(target) or urn
    return PublishResult(urn, target.url, {"kind": "comment", "top": top, "post": _post_of(target)})


def _top_comment(target: RemoteRef) -> str | None:
    if target.meta.get("kind") != "comment":
        return None
    return target.meta.get("top") or target.remote_id


def _post_of(target: RemoteRef) -> str:
    return target.meta.get("post") or target.remote_id


def _json(response: requests.Response) -> dict[str, Any]:
    try:
        body = response.json()
    except ValueError:
        return {}
    return body if isinstance(body, dict) else {}


def _said(body: Mapping[str, Any], response: requests.Response) -> str:
    text = str(body.get("message") or f"{response.status_code} {response.reason or ''}").strip()
    return text if len(text) <= DETAIL_LIMIT else text[: DETAIL_LIMIT - 3] + "..."


def _millis(value: Any) -> datetime | None:
    if not isinstance(value, int) or isinstance(value, bool):
        return None
    return _epoch(value / 1000)


def _epoch(seconds: float) -> datetime | None:
    """Unix time from LinkedIn's answer; None for a value no calendar holds."""
    try:
        return datetime.fromtimestamp(seconds, UTC)
    except (ValueError, OverflowError, OSError):
        return None


def _midnight(now: datetime) -> datetime:
    """LinkedIn's daily limits start again at midnight UTC."""
    return datetime.combine(now.astimezone(UTC).date() + timedelta(days=1), time(0), UTC)
