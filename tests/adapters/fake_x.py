"""X's fake platform for the adapter tests: X's wire format at the HTTP transport.

tweepy hard-codes its host, so instead of a local server the fake answers inside
``requests`` through ``responses``: POST /2/tweets, GET /2/tweets (lookup, with
metrics and poll expansions), GET /2/users/me and GET /2/users/:id/tweets on either
of X's API hosts, and POST /2/media/upload and
/2/media/metadata at the adapter's ``api_base_url``. Anything else fails with a
connection error, so a test can never reach the network.

Like X, the fake checks every OAuth 1.0a signature against the test
credentials (401 otherwise), validates what X validates (text length, unknown
media ids, a poll with media, a repeat of a recent post) and gives text back
the way X does (``&`` escaped, URLs and attached media as t.co links).

Answer bodies are shaped after real recorded X traffic (tweepy's cassettes,
``test_client_create_and_delete_tweet.yaml``) and X's v2 API reference.
"""

from __future__ import annotations

import html
import itertools
import json
import re
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from io import BytesIO
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest
import requests
import responses
from oauthlib.common import Request as OAuthRequest
from oauthlib.oauth1.rfc5849 import signature
from twitter_text import parse_tweet
from werkzeug.formparser import MultiPartParser
from werkzeug.http import parse_options_header

from publisher.adapters.x import XAdapter
from tests.adapters.harness import SentRecord

# Distinctive values, so that a leak into any message or log is easy to spot.
USER_ID = "1498765432101234567"
CREDENTIALS = {
    "consumer_key": "ck-test-consumer-7c1e",
    "consumer_secret": "cs-test-consumer-secret-93ab",
    "access_token": f"{USER_ID}-at-test-token-42f0",
    "access_token_secret": "ats-test-token-secret-d5e8",
}
USERNAME = "dept_radiology"
MEDIA_BASE = "https://api.x.com"  # the adapter's default api_base_url
MAX_IMAGE_BYTES = 5_242_880  # X's documented 5 MB for images
DUPLICATE = "You are not allowed to create a Tweet with duplicate content."

_API = r"https://api\.(?:twitter|x)\.com"
Answer = tuple[int, dict[str, str], str]
Callback = Callable[[requests.PreparedRequest], Answer]


@dataclass
class StoredPost:
    """A post the fake accepted, as its JSON body asked for it."""

    id: str
    text: str
    created_at: datetime
    reply_to: str | None = None
    media_ids: list[str] = field(default_factory=list)
    poll_options: list[str] | None = None
    public: dict[str, int] = field(default_factory=dict)  # public_metrics beyond zeros
    private: dict[str, int] = field(default_factory=dict)  # non_public_metrics
    votes: list[int] | None = None


@dataclass
class Seen:
    """One request the adapter sent, as the fake received it."""

    kind: str  # "create", "upload", "metadata", "me", "timeline" or "lookup"
    request: requests.PreparedRequest

    @property
    def json(self) -> Any:
        return json.loads(_text(self.request.body))

    @property
    def query(self) -> dict[str, str]:
        return {k: v[0] for k, v in parse_qs(urlsplit(self.request.url or "").query).items()}

    def form(self) -> tuple[dict[str, str], dict[str, tuple[str, str, bytes]]]:
        """The multipart form: its fields, and its files as (file name, MIME type, bytes)."""
        _, options = parse_options_header(_text(self.request.headers["Content-Type"]))
        body = self.request.body if isinstance(self.request.body, bytes) else b""
        fields, files = MultiPartParser().parse(
            BytesIO(body), options["boundary"].encode(), len(body)
        )
        parts = {name: (f.filename or "", f.mimetype, f.read()) for name, f in files.items()}
        return dict(fields.items()), parts


class FakeX:
    """The Harness protocol for the X adapter, plus X-specific knobs for its own tests."""

    name = "x"

    def __init__(
        self, mock: responses.RequestsMock, state_dir: Path, clock: Callable[[], float]
    ) -> None:
        self.state_dir = state_dir
        self.clock = clock
        self.seen: list[Seen] = []
        self.posts: list[StoredPost] = []
        self.media: dict[str, bytes] = {}
        self.alts: dict[str, str] = {}
        self.last_reset: int | None = None  # the x-rate-limit-reset of the last 429 sent
        self._failures: dict[str, list[Answer | Exception]] = {}
        self._omit_id = False
        self.private_metrics = True  # whether this access level gets non_public_metrics
        self._ids = itertools.count(1456012973835788293)  # the recorded post's id, onwards
        self._media_ids = itertools.count(1880028106020515840)
        self._register(mock)

    # The Harness protocol

    def adapter(self, **settings: Any) -> XAdapter:
        """A fresh adapter with the test credentials; settings override them."""
        return XAdapter("dept-x", {**CREDENTIALS, **settings}, state_dir=self.state_dir)

    def fail_next_create(
        self, status: int, *, retry_after_seconds: int | None = None, message: str = "failure"
    ) -> None:
        """Make the next create answer ``status``; a 429 carries X's reset headers."""
        self.fail_next("create", status, retry_after_seconds=retry_after_seconds, message=message)

    def fail_next_lookup(self, status: int) -> None:
        """Make the next read of the account's recent posts answer ``status``."""
        self.fail_next("me", status)
        self.fail_next("timeline", status)

    def omit_id_next_create(self) -> None:
        """Make the next create answer 201 with a body that has no id."""
        self._omit_id = True

    def sent(self) -> list[SentRecord]:
        """Every post the fake accepted, in order."""
        return [self._record(post) for post in self.posts]

    # Knobs for the X tests

    def fail_next(
        self,
        kind: str,
        status: int,
        *,
        retry_after_seconds: int | None = None,
        message: str = "failure",
        headers: dict[str, str] | None = None,
    ) -> None:
        """Make the next request of ``kind`` answer ``status`` with X's error body."""
        extra = dict(headers or {})
        if status == 429:
            extra = {**self._limit_headers(retry_after_seconds or 900), **extra}
        self._failures.setdefault(kind, []).append(_error(status, message, extra))

    def drop_next(self, kind: str) -> None:
        """Make the next request of ``kind`` fail as if the connection broke."""
        error = requests.ConnectionError("Connection aborted: RemoteDisconnected")
        self._failures.setdefault(kind, []).append(error)

    def set_counts(
        self, post_id: str, *, votes: list[int] | None = None, private: dict[str, int] | None = None,
        **public: int,
    ) -> None:  # fmt: skip
        """What the lookup answers for one post: public_metrics, non_public_metrics, votes."""
        post = next(p for p in self.posts if p.id == post_id)
        post.public.update(public)
        post.private.update(private or {})
        if votes is not None:
            post.votes = votes

    def requests_of(self, kind: str) -> list[Seen]:
        """The requests of one kind the adapter sent, in order."""
        return [seen for seen in self.seen if seen.kind == kind]

    # Routing

    def _register(self, mock: responses.RequestsMock) -> None:
        routes: list[tuple[str, str, str, Callback]] = [
            ("POST", rf"{_API}/2/tweets$", "create", self._create),
            ("GET", rf"{_API}/2/tweets\?.*$", "lookup", self._lookup),
            ("GET", rf"{_API}/2/users/me(\?.*)?$", "me", self._me),
            ("GET", rf"{_API}/2/users/\d+/tweets(\?.*)?$", "timeline", self._timeline),
            ("POST", rf"{re.escape(MEDIA_BASE)}/2/media/upload$", "upload", self._upload),
            ("POST", rf"{re.escape(MEDIA_BASE)}/2/media/metadata$", "metadata", self._metadata),
        ]
        for method, url, kind, answer in routes:
            mock.add_callback(method, re.compile(url), callback=self._endpoint(kind, answer))

    def _endpoint(self, kind: str, answer: Callback) -> Callable[[Any], Answer]:
        def respond(request: requests.PreparedRequest) -> Answer:
            self.seen.append(Seen(kind, request))
            if not _is_signed(request):
                return _error(401, "Unauthorized", {})
            queued = self._failures.get(kind)
            if queued:
                failure = queued.pop(0)
                if isinstance(failure, Exception):
                    raise failure
                return failure
            return answer(request)

        return respond

    # Endpoints

    def _create(self, request: requests.PreparedRequest) -> Answer:
        body = json.loads(_text(request.body))
        refusal = self._refusal(body)
        if refusal is not None:
            return refusal
        if self._omit_id:
            self._omit_id = False
            return 201, _JSON, json.dumps({"data": {"text": body.get("text", "")}})
        post = self._store(body)
        data = {"edit_history_tweet_ids": [post.id], "id": post.id, "text": post.text}
        headers = {**_JSON, "location": f"https://api.twitter.com/2/tweets/{post.id}"}
        return (
            201,
            {**headers, **self._limit_headers(900, remaining=199)},
            json.dumps({"data": data}),
        )

    def _refusal(self, body: dict[str, Any]) -> Answer | None:
        """X's own validation of a create request, in X's words."""
        text = body.get("text", "")
        media_ids = body.get("media", {}).get("media_ids", [])
        reply_to = body.get("reply", {}).get("in_reply_to_tweet_id")
        if not parse_tweet(text).valid:
            return _invalid("text", text, "Your Tweet text is too long.")
        if any(media_id not in self.media for media_id in media_ids):
            return _invalid("media.media_ids", media_ids, "Your media IDs are invalid.")
        if media_ids and "poll" in body:
            return _invalid(
                "poll", body["poll"], "A poll cannot be attached to a Tweet with media."
            )
        if any(p.text == text and p.reply_to == reply_to for p in self.posts):
            return _error(403, DUPLICATE, {})
        return None

    def _store(self, body: dict[str, Any]) -> StoredPost:
        poll = body.get("poll")
        post = StoredPost(
            id=str(next(self._ids)),
            text=body.get("text", ""),
            created_at=datetime.fromtimestamp(int(self.clock()), tz=UTC),
            reply_to=body.get("reply", {}).get("in_reply_to_tweet_id"),
            media_ids=list(body.get("media", {}).get("media_ids", [])),
            poll_options=list(poll["options"]) if poll else None,
        )
        self.posts.append(post)
        return post

    def _me(self, request: requests.PreparedRequest) -> Answer:
        data = {"id": USER_ID, "name": "Dept. of Radiology", "username": USERNAME}
        return 200, _JSON, json.dumps({"data": data})

    def _timeline(self, request: requests.PreparedRequest) -> Answer:
        query = Seen("timeline", request).query
        since = query.get("start_time")
        posts = [p for p in reversed(self.posts) if since is None or p.created_at >= _iso(since)]
        posts = posts[: int(query.get("max_results", "10"))]
        fields = query.get("tweet.fields", "").split(",")
        data = [self._as_read(post, fields) for post in posts]
        meta: dict[str, Any] = {"result_count": len(data)}
        if data:
            meta.update(newest_id=data[0]["id"], oldest_id=data[-1]["id"])
            return 200, _JSON, json.dumps({"data": data, "meta": meta})
        return 200, _JSON, json.dumps({"meta": meta})

    def _as_read(self, post: StoredPost, fields: list[str]) -> dict[str, Any]:
        """A stored post as X's read endpoints give it back."""
        text = re.sub(r"https?://\S+", "https://t.co/Ab12Cd34Ef", html.escape(post.text, False))
        if post.media_ids:
            text += " https://t.co/MediaLink1"
        tweet: dict[str, Any] = {"id": post.id, "text": text, "edit_history_tweet_ids": [post.id]}
        if "created_at" in fields:
            tweet["created_at"] = post.created_at.strftime("%Y-%m-%dT%H:%M:%S.000Z")
        if "referenced_tweets" in fields and post.reply_to:
            tweet["referenced_tweets"] = [{"type": "replied_to", "id": post.reply_to}]
        return tweet

    def _lookup(self, request: requests.PreparedRequest) -> Answer:
        """GET /2/tweets: the posts asked for, with the fields and expansions asked for.
        As X does, a private field this access level (or a post's age) does not allow
        drops the post from ``data`` and names it in ``errors``; an unknown id too."""
        query = Seen("lookup", request).query
        ids = query.get("ids", "").split(",")
        if len(ids) > 100:
            return _invalid("ids", ids, "The number of ids must be at most 100.")
        fields = query.get("tweet.fields", "").split(",")
        polls_wanted = "attachments.poll_ids" in query.get("expansions", "").split(",")
        data, polls, errors = [], [], []
        for tweet_id in ids:
            post = next((p for p in self.posts if p.id == tweet_id), None)
            if post is None:
                errors.append(_not_found(tweet_id))
                continue
            refused = [
                f
                for f in fields
                if f in ("non_public_metrics", "organic_metrics") and not self._may_read(post)
            ]
            if refused:
                errors.extend(_field_refused(tweet_id, f) for f in refused)
                continue
            data.append(self._with_metrics(post, fields))
            if polls_wanted and post.poll_options is not None:
                polls.append(self._poll(post))
        body: dict[str, Any] = {"data": data} if data else {}
        if polls:
            body["includes"] = {"polls": polls}
        if errors:
            body["errors"] = errors
        return 200, {**_JSON, **self._limit_headers(900, remaining=899)}, json.dumps(body)

    def _may_read(self, post: StoredPost) -> bool:
        young = self.clock() - post.created_at.timestamp() < 30 * 86400
        return self.private_metrics and young

    def _with_metrics(self, post: StoredPost, fields: list[str]) -> dict[str, Any]:
        tweet = self._as_read(post, fields)
        if "public_metrics" in fields:
            zeros = {"retweet_count": 0, "reply_count": 0, "like_count": 0, "quote_count": 0,
                     "bookmark_count": 0, "impression_count": 0}  # fmt: skip
            tweet["public_metrics"] = {**zeros, **post.public}
        if "non_public_metrics" in fields:
            zeros = {"impression_count": 0, "url_link_clicks": 0, "user_profile_clicks": 0}
            tweet["non_public_metrics"] = {**zeros, **post.private}
        if "organic_metrics" in fields:
            tweet["organic_metrics"] = {"impression_count": post.private.get("impression_count", 0)}
        if "attachments" in fields and post.poll_options is not None:
            tweet["attachments"] = {"poll_ids": [self._poll_id(post)]}
        return tweet

    def _poll(self, post: StoredPost) -> dict[str, Any]:
        votes = post.votes or [0] * len(post.poll_options or [])
        options = [
            {"position": n, "label": label, "votes": votes[n - 1]}
            for n, label in enumerate(post.poll_options or [], start=1)
        ]
        return {"id": self._poll_id(post), "options": options, "voting_status": "closed"}

    def _poll_id(self, post: StoredPost) -> str:
        return str(int(post.id) + 7)

    def _upload(self, request: requests.PreparedRequest) -> Answer:
        if not _text(request.headers.get("Content-Type")).startswith("multipart/form-data"):
            return _invalid("media", None, "The fake accepts multipart uploads only.")
        fields, files = Seen("upload", request).form()
        if "media" not in files or fields.get("media_category") != "tweet_image":
            return _invalid("media_category", None, "media and media_category are required.")
        data = files["media"][2]
        if len(data) > MAX_IMAGE_BYTES:
            return _error(413, f"File size exceeds {MAX_IMAGE_BYTES} bytes.", {})
        media_id = str(next(self._media_ids))
        self.media[media_id] = data
        answer = {"id": media_id, "media_key": f"3_{media_id}", "size": len(data)}
        return 200, _JSON, json.dumps({"data": {**answer, "expires_after_secs": 86400}})

    def _metadata(self, request: requests.PreparedRequest) -> Answer:
        body = json.loads(_text(request.body))
        media_id = str(body.get("id"))
        alt = body.get("metadata", {}).get("alt_text", {}).get("text")
        if media_id not in self.media:
            return _invalid("id", media_id, "The media id was not found.")
        if not isinstance(alt, str) or len(alt) > 1000:
            return _invalid("metadata.alt_text.text", alt, "Alt text must be 1 to 1000 characters.")
        self.alts[media_id] = alt
        data = {"id": media_id, "associated_metadata": {"alt_text": {"text": alt}}}
        return 200, _JSON, json.dumps({"data": data})

    # Helpers

    def _limit_headers(self, seconds: int, remaining: int = 0) -> dict[str, str]:
        reset = int(self.clock()) + seconds
        if remaining == 0:
            self.last_reset = reset
        return {
            "x-rate-limit-limit": "200",
            "x-rate-limit-remaining": str(remaining),
            "x-rate-limit-reset": str(reset),
        }

    def _record(self, post: StoredPost) -> SentRecord:
        return SentRecord(
            remote_id=post.id,
            text=post.text,
            reply_to=post.reply_to,
            alts=[self.alts.get(media_id, "") for media_id in post.media_ids],
            media_bytes=[self.media[media_id] for media_id in post.media_ids],
            poll_options=post.poll_options,
        )


_JSON = {"content-type": "application/json; charset=utf-8"}


def _error(status: int, message: str, headers: dict[str, str]) -> Answer:
    """X's problem-details body for an error status."""
    if status == 400:
        return _invalid("text", None, message)
    title = {401: "Unauthorized", 403: "Forbidden", 429: "Too Many Requests"}.get(status, "Error")
    body = {"title": title, "detail": message, "type": "about:blank", "status": status}
    return status, {**_JSON, **headers}, json.dumps(body)


def _not_found(tweet_id: str) -> dict[str, Any]:
    return {
        "value": tweet_id, "detail": f"Could not find tweet with ids: [{tweet_id}].",
        "title": "Not Found Error", "resource_type": "tweet", "parameter": "ids",
        "resource_id": tweet_id, "type": "https://api.twitter.com/2/problems/resource-not-found",
    }  # fmt: skip


def _field_refused(tweet_id: str, field_name: str) -> dict[str, Any]:
    return {
        "value": tweet_id,
        "detail": f"Sorry, you are not authorized to access '{field_name}' on the Tweet with ids: {tweet_id}.",
        "title": "Field Authorization Error", "resource_type": "tweet", "parameter": field_name,
        "resource_id": tweet_id, "type": "https://api.twitter.com/2/problems/not-authorized-for-field",
    }  # fmt: skip


def _invalid(parameter: str, value: Any, message: str) -> Answer:
    """X's 400 body: one error per invalid parameter, with its message."""
    body = {
        "errors": [{"parameters": {parameter: [value]}, "message": message}],
        "title": "Invalid Request",
        "detail": "One or more parameters to your request was invalid.",
        "type": "https://api.twitter.com/2/problems/invalid-request",
    }
    return 400, _JSON, json.dumps(body)


def _is_signed(request: requests.PreparedRequest) -> bool:
    """Whether the OAuth 1.0a HMAC-SHA1 signature verifies with the test credentials."""
    headers = {k: _text(v) for k, v in request.headers.items()}
    if not headers.get("Authorization", "").startswith("OAuth "):
        return False
    query = urlsplit(request.url or "").query
    params = signature.collect_parameters(uri_query=query, headers=headers)
    oauth = dict(signature.collect_parameters(headers=headers, exclude_oauth_signature=False))
    if oauth.get("oauth_consumer_key") != CREDENTIALS["consumer_key"]:
        return False
    if oauth.get("oauth_token") != CREDENTIALS["access_token"]:
        return False
    signed = OAuthRequest(request.url, request.method, None, headers)
    signed.params, signed.signature = params, oauth.get("oauth_signature", "")
    return bool(
        signature.verify_hmac_sha1(
            signed, CREDENTIALS["consumer_secret"], CREDENTIALS["access_token_secret"]
        )
    )


def _text(value: object) -> str:
    """A body or header value as text, whichever of str and bytes requests left it in."""
    if isinstance(value, bytes):
        return value.decode()
    return value if isinstance(value, str) else ""


def _iso(value: str) -> datetime:
    return datetime.strptime(value, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC)


@pytest.fixture
def x_harness(tmp_path: Path) -> Iterator[FakeX]:
    """The X adapter's harness; every request stays inside the process."""
    with responses.RequestsMock(assert_all_requests_are_fired=False) as mock:
        yield FakeX(mock, tmp_path, clock=time.time)
