"""A generic webhook: each post goes out as one JSON request to a configured URL.

It is a real integration point (chat tools, automation services, in-house
portals) and the platform the engine's own tests and benchmarks post to.

The webhook protocol
--------------------
Create a post
    ``POST {url}`` with a JSON body::

        {"idempotency_key": "...", "post_id": 12, "case": "msk-scaphoid-001",
         "kind": "prompt", "part": 1, "parts": 1, "text": "...",
         "spoiler": null, "reply_to": null, "thread_root": null,
         "poll": {"options": ["A", "B"], "duration_hours": 24} | null,
         "images": [{"alt": "...", "mime": "image/png", "width": 800,
                     "height": 600, "data": "<base64>"}]}

    ``reply_to`` and ``thread_root`` are remote ids the receiver gave earlier.
    Headers: ``Idempotency-Key: <key>`` (the same key on every retry of one
    post; a receiver should answer a repeat with the first answer instead of
    creating a second post) and, when a token is configured,
    ``Authorization: Bearer <token>``.

    Success is any 2xx answer whose JSON body carries ``id`` (string or
    integer) and optionally ``url``. A 429 may carry ``Retry-After`` (seconds
    or an HTTP date); 401/403 mean the token was refused; another 4xx refuses
    the post for good, with ``{"error": "..."}`` or ``{"message": "..."}`` as
    the reason; a 5xx is temporary.

Find a post after a crash
    ``GET {url}?idempotency_key=<key>`` answers 200 with ``{"id", "url"}`` if a
    post with that key exists and 404 if not.

Check the account
    ``GET {url}``: any 2xx, 404 or 405 answer means the receiver is reachable.

Read counts (only with ``metrics = true``)
    ``GET {url}?ids=ID,ID,...`` (up to 100 remote ids) answers 200 with
    ``{"posts": {"ID": {"likes": 3, "reposts": 1, "replies": 0, "quotes": 0,
    "views": 120, "poll": [12, 5, 3, 1]}}}``: each key optional (a count the receiver
    does not keep is left out), ``poll`` the votes per option in the options' order.
    A post the receiver no longer has is left out. 429, 401/403 and 5xx mean what
    they mean for a create.
"""

from __future__ import annotations

import base64
import contextlib
import os
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import requests
from requests.adapters import HTTPAdapter

from publisher import __version__
from publisher.adapters import waits
from publisher.adapters.base import (
    AccountInfo,
    Adapter,
    AdapterError,
    AuthError,
    Capabilities,
    Counts,
    OutgoingPost,
    PublishResult,
    RateLimitedError,
    RejectedError,
    RemoteRef,
    Setting,
    TransientError,
    UnknownOutcomeError,
)
from publisher.adapters.network import reason
from publisher.errors import ConfigError

DETAIL_LIMIT = 200  # characters of a receiver's error text kept in our message
REACHABLE = frozenset({404, 405})  # a GET on a POST-only endpoint still proves it is there
POOL_SIZE = 8  # keep-alive connections per adapter; one account sends in order
METRICS_BATCH = 100  # remote ids per counts request
_COUNT_KEYS = ("likes", "reposts", "replies", "quotes", "views")


class WebhookAdapter(Adapter):
    """Posts each post as JSON to a URL and reads the remote id from the answer."""

    name = "webhook"
    title = "Webhook"
    extra = None
    capabilities = Capabilities(
        text_limit=5000,
        images_per_post=4,
        image_max_bytes=10_000_000,
        spoiler=True,
        polls=True,
        poll_with_media=True,
        idempotency=True,
    )
    settings = (
        Setting("url", help="http(s) URL the posts are sent to"),
        Setting("token", required=False, secret=True, help="sent as 'Authorization: Bearer'"),
        Setting("timeout", required=False, default=30, help="seconds to wait for an answer"),
        Setting("text_limit", required=False, help="characters per post, if not 5000"),
        Setting(
            "metrics",
            required=False,
            default=False,
            help="the receiver answers GET url?ids=... with the posts' counts",
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
        self.url = _read_url(account, self.options.get("url"))
        self.host = _display_host(self.url)
        self.token = str(self.options.get("token") or "")
        self.timeout = _read_timeout(account, self.options.get("timeout", 30))
        # Adapter.capabilities_for has already applied text_limit (previews use it too);
        # here it is only checked, and only a whole number is taken, as there.
        text_limit = self.options.get("text_limit")
        if text_limit is not None and not _is_count(text_limit):
            raise ConfigError(
                f"accounts.{account}.text_limit: expected a positive whole number, "
                f"got {text_limit!r}"
            )
        self.metrics_batch = METRICS_BATCH if self.options.get("metrics") is True else 0
        self.session = self._new_session()

    def _new_session(self) -> requests.Session:
        session = requests.Session()
        # No transport-level retries: the engine owns the retry policy.
        pool = HTTPAdapter(pool_connections=1, pool_maxsize=POOL_SIZE, max_retries=0)
        session.mount("http://", pool)
        session.mount("https://", pool)
        session.headers["User-Agent"] = f"publisher/{__version__} (webhook)"
        # requests reads proxy and CA settings from the environment on every request, a
        # scan of the whole environment that costs more CPU than the rest of the
        # request; the environment does not change under a running daemon, so once.
        session.proxies = requests.utils.get_environ_proxies(self.url)
        session.verify = (
            os.environ.get("REQUESTS_CA_BUNDLE") or os.environ.get("CURL_CA_BUNDLE") or True
        )
        session.trust_env = False
        if self.token:
            session.headers["Authorization"] = f"Bearer {self.token}"
        return session

    def send(self, post: OutgoingPost) -> PublishResult:
        """POST the post as JSON and return the id and URL the receiver answered."""
        headers = {"Idempotency-Key": post.idempotency_key} if post.idempotency_key else {}
        response = self._request("POST", json=post_body(post), headers=headers)
        if not _is_success(response):
            raise self._status_error(response)
        result = _read_result(response)
        if result is None:
            raise RejectedError("the webhook answered without an id")
        return result

    def find_sent(self, post: OutgoingPost) -> PublishResult | None:
        """Ask the receiver for the post created with this post's idempotency key."""
        if not post.idempotency_key:
            raise UnknownOutcomeError("the post has no idempotency key to look up")
        # A TransientError here propagates: the receiver is away, ask again later.
        response = self._request("GET", params={"idempotency_key": post.idempotency_key})
        if response.status_code == 404:
            return None
        if response.status_code >= 500:
            raise TransientError(f"the webhook at {self.host} could not answer the lookup now")
        result = _read_result(response) if response.status_code == 200 else None
        if result is None:
            answer = self._redact(_status_line(response))
            raise UnknownOutcomeError(f"the webhook at {self.host} answered {answer} to a lookup")
        return result

    def read_metrics(self, refs: Sequence[RemoteRef]) -> dict[str, Counts]:
        """GET the URL with the posts' ids; the counts the receiver keeps, by id."""
        if not self.metrics_batch:
            return super().read_metrics(refs)
        ids = ",".join(ref.remote_id for ref in refs)
        response = self._request("GET", params={"ids": ids})
        if not _is_success(response):
            raise self._status_error(response)
        posts = _json_object(response).get("posts")
        if not isinstance(posts, dict):
            raise RejectedError(f"the webhook at {self.host} answered the counts without posts")
        wanted = {ref.remote_id for ref in refs}
        return {str(k): _counts(v) for k, v in posts.items() if str(k) in wanted}

    @classmethod
    def reads_polls(cls, options: Mapping[str, Any]) -> bool:
        """With ``metrics = true`` the receiver tells its polls' votes."""
        return options.get("metrics") is True

    def check(self) -> AccountInfo:
        """GET the URL: reachable and not refusing the token means the account works."""
        response = self._request("GET")
        if not (_is_success(response) or response.status_code in REACHABLE):
            raise self._status_error(response)
        return AccountInfo(posting_as=self.host, capabilities=self.capabilities)

    def close(self) -> None:
        """Close the keep-alive connections."""
        self.session.close()

    def _request(self, method: str, **kwargs: Any) -> requests.Response:
        """One HTTP request; network failures become TransientError."""
        try:
            return self.session.request(
                method, self.url, timeout=self.timeout, allow_redirects=False, **kwargs
            )
        except requests.Timeout as exc:
            raise TransientError(
                f"the webhook at {self.host} did not answer within {self.timeout:g} s"
            ) from exc
        except requests.ConnectionError as exc:
            # Refused, reset, or dropped before the answer: the host is all we show,
            # since the URL's path or query may carry a secret.
            raise TransientError(
                f"the connection to the webhook at {self.host} failed: {reason(exc)}"
            ) from exc
        except requests.RequestException as exc:
            raise TransientError(
                f"the request to the webhook at {self.host} failed: {reason(exc)}"
            ) from exc

    def _status_error(self, response: requests.Response) -> AdapterError:
        """The engine error for an answer that is not a success."""
        status = response.status_code
        line = self._redact(_status_line(response))
        if status == 429:
            retry_after = waits.retry_after(response.headers.get("Retry-After"), self.clock())
            return RateLimitedError(
                f"the webhook at {self.host} asked us to wait ({line})", retry_after=retry_after
            )
        if status in (401, 403):
            return AuthError(f"the webhook at {self.host} refused the token ({line})")
        if status >= 500:
            return TransientError(f"the webhook at {self.host} answered {line}")
        if status < 400:
            # Following a redirect would turn the POST into a GET and lose the post.
            return RejectedError(f"the webhook answered {line}; configure the final URL")
        detail = self._redact(_error_detail(response) or line)
        return RejectedError(f"the webhook rejected the post: {detail}")

    def _redact(self, text: str) -> str:
        """Text from the receiver with our token masked, in case it echoes it back."""
        return text.replace(self.token, "***") if self.token else text


def post_body(post: OutgoingPost) -> dict[str, Any]:
    """The JSON body of the create request."""
    return {
        "idempotency_key": post.idempotency_key,
        "post_id": post.post_id,
        "case": post.case,
        "kind": post.kind,
        "part": post.part,
        "parts": post.parts,
        "text": post.text,
        "spoiler": post.spoiler,
        "reply_to": _remote_id(post.reply_to),
        "thread_root": _remote_id(post.thread_root),
        "poll": (
            {"options": list(post.poll.options), "duration_hours": post.poll.duration_hours}
            if post.poll
            else None
        ),
        "images": [
            {
                "alt": image.alt,
                "mime": image.mime,
                "width": image.width,
                "height": image.height,
                "data": base64.b64encode(image.data).decode("ascii"),
            }
            for image in post.images
        ],
    }


def _counts(data: Any) -> Counts:
    """One post's counts from the receiver's JSON; anything not a count is left out."""
    body = data if isinstance(data, dict) else {}
    found = {key: body[key] for key in _COUNT_KEYS if _is_tally(body.get(key))}
    poll = body.get("poll")
    votes = tuple(poll) if isinstance(poll, list) and all(_is_tally(v) for v in poll) else None
    return Counts(**found, poll=votes)


def _is_tally(value: Any) -> bool:
    """A count: a whole number, zero or more (True is an int to Python but not a count)."""
    return isinstance(value, int) and not isinstance(value, bool) and value >= 0


def _is_success(response: requests.Response) -> bool:
    return 200 <= response.status_code < 300


def _remote_id(ref: RemoteRef | None) -> str | None:
    return ref.remote_id if ref else None


def _read_result(response: requests.Response) -> PublishResult | None:
    """The id and URL of a success answer, or None when it carries no usable id."""
    body = _json_object(response)
    remote_id = body.get("id")
    # bool is an int subclass, and neither it nor an empty string names a post.
    if isinstance(remote_id, bool) or not isinstance(remote_id, str | int) or remote_id == "":
        return None
    url = body.get("url")
    return PublishResult(remote_id=str(remote_id), url=url if isinstance(url, str) else "")


def _error_detail(response: requests.Response) -> str:
    """The receiver's own reason (``error`` or ``message``), cut to a readable length."""
    body = _json_object(response)
    for key in ("error", "message"):
        value = body.get(key)
        if isinstance(value, str) and value.strip():
            return _truncate(value.strip())
    return ""


def _json_object(response: requests.Response) -> dict[str, Any]:
    try:
        body = response.json()
    except ValueError:
        return {}
    return body if isinstance(body, dict) else {}


def _status_line(response: requests.Response) -> str:
    return _truncate(f"{response.status_code} {response.reason or ''}".strip())


def _truncate(text: str) -> str:
    return text if len(text) <= DETAIL_LIMIT else text[: DETAIL_LIMIT - 3] + "..."


def _read_url(account: str, value: Any) -> str:
    url = str(value or "").strip()
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ConfigError(f"accounts.{account}.url: expected an http:// or https:// URL")
    return url


def _display_host(url: str) -> str:
    """Host and port only: user, password, path and query may hold secrets."""
    parts = urlsplit(url)
    return f"{parts.hostname}:{parts.port}" if parts.port else str(parts.hostname)


def _is_count(value: Any) -> bool:
    """A positive whole number; True is an int to Python but not a count."""
    return isinstance(value, int) and not isinstance(value, bool) and value > 0


def _read_timeout(account: str, value: Any) -> float:
    """A positive number of seconds; True (which reads as 1) is refused."""
    seconds = 0.0
    if not isinstance(value, bool):
        with contextlib.suppress(TypeError, ValueError):
            seconds = float(value)
    if not seconds > 0:  # also refuses NaN
        raise ConfigError(f"accounts.{account}.timeout: expected a positive number, got {value!r}")
    return seconds
