"""A small Mastodon server on pytest-httpserver for the Mastodon adapter and the contract suite.

It answers in Mastodon's own JSON shapes (copied from the cassettes Mastodon.py
recorded against real servers) and keeps the behaviour the adapter relies on:
asynchronous media processing (202 with ``url: null``, then 206 until ready),
refusing to attach unprocessed media, idempotency keys that return the first
status again, validation errors as ``{"error": ...}`` and rate limits with an
ISO 8601 ``X-RateLimit-Reset``.
"""

from __future__ import annotations

import html
import itertools
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from publisher.adapters.mastodon import MastodonAdapter
from tests.adapters.harness import SentRecord

TOKEN = "mastodon-test-token-7f3a9c2e"  # distinctive, so a leak into any message is easy to spot
ACCOUNT_ID = "109440137734600341"
USERNAME = "radcases"
NGINX_413 = (
    "<html>\r\n<head><title>413 Request Entity Too Large</title></head>\r\n<body>\r\n"
    "<center><h1>413 Request Entity Too Large</h1></center>\r\n<hr><center>nginx</center>\r\n"
    "</body>\r\n</html>\r\n"
)


@dataclass
class Upload:
    """One file received on POST /api/v2/media."""

    id: str
    data: bytes
    mime: str
    file_name: str
    description: str | None
    checks_until_ready: int  # GET /api/v1/media/:id answers 206 this many more times
    attached: bool = False

    @property
    def ready(self) -> bool:
        return self.checks_until_ready == 0


@dataclass
class CreateRequest:
    """One POST /api/v1/statuses as the server received it, whatever it answered."""

    params: dict[str, Any]
    idempotency_key: str | None
    content_type: str


@dataclass
class _Scripted:
    method: str
    path: re.Pattern[str]
    response: Response


@dataclass
class FakeMastodon:
    """The server's state; tests read and tweak it directly."""

    base_url: str
    version: str = "4.3.2"
    has_v2_instance: bool = True
    slow_uploads: int = 0  # how many of the next uploads answer 202 and need checking
    checks_until_ready: int = 1  # how many 206 answers a slow upload gives before 200
    configuration: dict[str, Any] = field(default_factory=lambda: instance_configuration())
    uploads: list[Upload] = field(default_factory=list)
    media_checks: list[str] = field(default_factory=list)
    creates: list[CreateRequest] = field(default_factory=list)
    statuses: list[dict[str, Any]] = field(default_factory=list)  # oldest first
    records: list[SentRecord] = field(default_factory=list)
    requests: list[tuple[str, str]] = field(default_factory=list)
    status_reads: list[list[str]] = field(default_factory=list)  # ids of each several-read
    last_reset: datetime | None = None  # the X-RateLimit-Reset of the last scripted 429
    _scripted: list[_Scripted] = field(default_factory=list)
    _by_key: dict[str, dict[str, Any]] = field(default_factory=dict)
    _ids: Iterator[int] = field(default_factory=lambda: itertools.count(109440144104244553))

    def fail_next(self, method: str, path: str, status: int, message: str = "failure") -> None:
        """Make the next request matching ``method`` and the ``path`` regex answer ``status``."""
        if status == 413:  # nginx refuses oversized bodies itself, in HTML
            response = Response(NGINX_413, status=413, content_type="text/html")
        else:
            response = _json({"error": message}, status)
        self._scripted.append(_Scripted(method, re.compile(path), response))

    def rate_limit_next(self, method: str, path: str, seconds: int) -> datetime:
        """Make the next matching request answer 429 with Mastodon's rate-limit headers."""
        reset = datetime.now(UTC).replace(microsecond=123456) + timedelta(seconds=seconds)
        headers = {
            "X-RateLimit-Limit": "300",
            "X-RateLimit-Remaining": "0",
            "X-RateLimit-Reset": reset.strftime("%Y-%m-%dT%H:%M:%S.%fZ"),
        }
        response = _json({"error": "Too many requests"}, 429, headers)
        self._scripted.append(_Scripted(method, re.compile(path), response))
        self.last_reset = reset
        return reset

    def omit_id_next_create(self) -> None:
        """Make the next create answer 200 with a whole status except its id (and store nothing)."""
        params = {"status": "stored nowhere", "media_ids": []}
        status = self._status_json(params, [], datetime.now(UTC))
        del status["id"]
        self._scripted.append(_Scripted("POST", re.compile("/api/v1/statuses"), _json(status)))

    def set_counts(
        self, status_id: str, *, favourites: int = 0, reblogs: int = 0, replies: int = 0,
        votes: list[int] | None = None,
    ) -> None:  # fmt: skip
        """What reading the status answers from now on."""
        status = next(s for s in self.statuses if s["id"] == status_id)
        status.update(favourites_count=favourites, reblogs_count=reblogs, replies_count=replies)
        if votes is not None and status["poll"]:
            for option, count in zip(status["poll"]["options"], votes, strict=True):
                option["votes_count"] = count
            status["poll"].update(votes_count=sum(votes), voters_count=sum(votes), expired=True)

    def add_status(self, text: str, *, created_at: datetime | None = None) -> dict[str, Any]:
        """A status the account posted some other way (for find_sent)."""
        params = {"status": text, "media_ids": [], "visibility": "public"}
        return self._create(params, None, created_at or datetime.now(UTC))

    def handle(self, request: Request) -> Response:
        """Route one request, as the real server would."""
        self.requests.append((request.method, request.path))
        for scripted in self._scripted:
            if scripted.method == request.method and scripted.path.fullmatch(request.path):
                self._scripted.remove(scripted)
                if request.path == "/api/v1/statuses":
                    self.creates.append(_create_request(request))
                return scripted.response
        if request.headers.get("Authorization") != f"Bearer {TOKEN}":
            return _json({"error": "The access token is invalid"}, 401)
        return self._route(request)

    def _route(self, request: Request) -> Response:
        path = request.path.rstrip("/")
        routes = {
            ("GET", "/api/v1/instance"): self._instance_v1,
            ("GET", "/api/v2/instance"): self._instance_v2,
            ("GET", "/api/v1/accounts/verify_credentials"): self._verify_credentials,
            ("POST", "/api/v2/media"): self._upload,
            ("POST", "/api/v1/statuses"): self._post_status,
        }
        handler = routes.get((request.method, path))
        if handler is not None:
            return handler(request)
        if request.method == "GET" and (found := re.fullmatch(r"/api/v1/media/(\d+)", path)):
            return self._media(found[1])
        if request.method == "GET" and path == "/api/v1/statuses":
            return self._several_statuses(request)
        if request.method == "GET" and (found := re.fullmatch(r"/api/v1/statuses/(\d+)", path)):
            return self._one_status(found[1])
        if request.method == "GET" and (
            found := re.fullmatch(r"/api/v1/accounts/(\d+)/statuses", path)
        ):
            return self._account_statuses(found[1], request)
        return _json({"error": "Record not found"}, 404)

    def _instance_v1(self, request: Request) -> Response:
        return _json(self._instance_document(v1=True))

    def _instance_v2(self, request: Request) -> Response:
        if not self.has_v2_instance:
            return _json({"error": "Record not found"}, 404)
        return _json(self._instance_document(v1=False))

    def _instance_document(self, *, v1: bool) -> dict[str, Any]:
        host = self.base_url.split("://", 1)[1]
        common = {"title": "Radiology Teaching", "version": self.version, "languages": ["en"]}
        if v1:
            return {"uri": host, **common, "configuration": self.configuration, "rules": []}
        return {
            "domain": host,
            **common,
            "source_url": "https://github.com/mastodon/mastodon",
            "configuration": self.configuration,
            "registrations": {"enabled": False, "approval_required": False, "message": None},
            "api_versions": {"mastodon": 2},
            "rules": [],
        }

    def _verify_credentials(self, request: Request) -> Response:
        source = {"privacy": "public", "sensitive": False, "language": "en", "note": ""}
        return _json({**self._account(), "source": source})

    def _account(self) -> dict[str, Any]:
        return {
            "id": ACCOUNT_ID,
            "username": USERNAME,
            "acct": USERNAME,
            "display_name": "Radiology Teaching Cases",
            "locked": False,
            "bot": True,
            "group": False,
            "created_at": "2026-01-05T00:00:00.000Z",
            "note": "<p>Daily teaching cases.</p>",
            "url": f"{self.base_url}/@{USERNAME}",
            "avatar": f"{self.base_url}/avatars/original/missing.png",
            "followers_count": 12,
            "following_count": 0,
            "statuses_count": len(self.statuses),
            "emojis": [],
            "fields": [],
        }

    def _upload(self, request: Request) -> Response:
        file = request.files.get("file")
        if file is None:
            return _json({"error": "Validation failed: File can't be blank"}, 422)
        slow = self.slow_uploads > 0
        self.slow_uploads -= 1 if slow else 0
        upload = Upload(
            id=str(next(self._ids)),
            data=file.read(),
            mime=file.mimetype,
            file_name=file.filename or "",
            description=request.form.get("description"),
            checks_until_ready=self.checks_until_ready if slow else 0,
        )
        self.uploads.append(upload)
        return _json(self._attachment(upload), 202 if slow else 200)

    def _media(self, media_id: str) -> Response:
        self.media_checks.append(media_id)
        upload = self._find_upload(media_id)
        if upload is None:
            return _json({"error": "Record not found"}, 404)
        if not upload.ready:
            upload.checks_until_ready -= 1
            return _json(self._attachment(upload, processing=True), 206)
        return _json(self._attachment(upload))

    def _attachment(self, upload: Upload, *, processing: bool = False) -> dict[str, Any]:
        files = f"{self.base_url}/system/media_attachments/files/{upload.id}"
        return {
            "id": upload.id,
            "type": "image",
            "url": None if processing or not upload.ready else f"{files}/original/image.png",
            "preview_url": f"{files}/small/image.png",
            "remote_url": None,
            "preview_remote_url": None,
            "text_url": None,
            "meta": {"original": {"width": 64, "height": 48, "size": "64x48", "aspect": 1.33}},
            "description": upload.description,
            "blurhash": "UPNKI$xbloIA9ZoI.8RjK-oy%NkD%hW?i^t6",
        }

    def _find_upload(self, media_id: str) -> Upload | None:
        return next((u for u in self.uploads if u.id == media_id), None)

    def _post_status(self, request: Request) -> Response:
        create = _create_request(request)
        self.creates.append(create)
        key = create.idempotency_key
        if key and key in self._by_key:  # PostStatusService#with_idempotency
            return _json(self._by_key[key])
        refusal = self._refusal(create.params)
        if refusal is not None:
            return refusal
        status = self._create(create.params, key, datetime.now(UTC))
        if key:
            self._by_key[key] = status
        return _json(status)

    def _refusal(self, params: dict[str, Any]) -> Response | None:
        text, media_ids, poll = params["status"], params["media_ids"], params.get("poll")
        reply_to = params.get("in_reply_to_id")
        if reply_to and not any(s["id"] == reply_to for s in self.statuses):
            message = "The post you are trying to reply to does not appear to exist."
            return _json({"error": message}, 404)
        limit = self.configuration["statuses"]["max_characters"]
        error = None
        if not text and not media_ids and not poll:
            error = "Validation failed: Text can't be blank"
        elif len(text) > limit:
            error = f"Validation failed: Text character limit of {limit} exceeded"
        elif poll and media_ids and _version(self.version) < (4, 6):
            error = "Cannot attach more than 4 files"  # what servers before 4.6 say to both
        elif any(self._find_upload(m) is None for m in media_ids):
            error = f"Media {', '.join(media_ids)} not found or already attached to another post"
        elif not all(u.ready for u in map(self._find_upload, media_ids) if u):
            error = "Cannot attach files that have not finished processing. Try again in a moment!"
        return None if error is None else _json({"error": error}, 422)

    def _create(
        self, params: dict[str, Any], key: str | None, created_at: datetime
    ) -> dict[str, Any]:
        uploads = [u for u in map(self._find_upload, params["media_ids"]) if u]
        status = self._status_json(params, uploads, created_at)
        for upload in uploads:
            upload.attached = True
        self.statuses.append(status)
        poll = params.get("poll")
        self.records.append(
            SentRecord(
                remote_id=status["id"],
                text=params["status"],
                reply_to=params.get("in_reply_to_id"),
                alts=[u.description or "" for u in uploads],
                media_bytes=[u.data for u in uploads],
                spoiler=params.get("spoiler_text") or None,
                poll_options=list(poll["options"]) if poll else None,
                idempotency_key=key,
            )
        )
        return status

    def _status_json(
        self, params: dict[str, Any], uploads: list[Upload], created_at: datetime
    ) -> dict[str, Any]:
        status_id = str(next(self._ids))
        reply_to = params.get("in_reply_to_id")
        spoiler = params.get("spoiler_text") or ""
        return {
            "id": status_id,
            "created_at": created_at.strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z",
            "in_reply_to_id": reply_to,
            "in_reply_to_account_id": ACCOUNT_ID if reply_to else None,
            "sensitive": bool(spoiler),
            "spoiler_text": spoiler,
            "visibility": params.get("visibility") or "public",
            "language": params.get("language") or "en",
            "uri": f"{self.base_url}/users/{USERNAME}/statuses/{status_id}",
            "url": f"{self.base_url}/@{USERNAME}/{status_id}",
            "replies_count": 0,
            "reblogs_count": 0,
            "favourites_count": 0,
            "edited_at": None,
            "content": render_content(params["status"], self.base_url),
            "reblog": None,
            "application": {"name": "publisher", "website": None},
            "account": self._account(),
            "media_attachments": [self._attachment(u) for u in uploads],
            "mentions": [],
            "tags": [],
            "emojis": [],
            "card": None,
            "poll": _poll_json(status_id, params.get("poll"), created_at),
        }

    def _several_statuses(self, request: Request) -> Response:
        """GET /api/v1/statuses?id[]=...: Mastodon 4.3 and later; at most 20 ids; the
        statuses the server has, in no promised order."""
        if _version(self.version) < (4, 3):
            return _json({"error": "Record not found"}, 404)
        ids = request.args.getlist("id[]")
        self.status_reads.append(ids)
        if len(ids) > 20:
            return _json({"error": "Validation failed: too many ids"}, 422)
        return _json([s for s in reversed(self.statuses) if s["id"] in ids])

    def _one_status(self, status_id: str) -> Response:
        found = next((s for s in self.statuses if s["id"] == status_id), None)
        return _json(found) if found else _json({"error": "Record not found"}, 404)

    def _account_statuses(self, account_id: str, request: Request) -> Response:
        if account_id != ACCOUNT_ID:
            return _json({"error": "Record not found"}, 404)
        limit = min(int(request.args.get("limit", 20)), 40)
        return _json(list(reversed(self.statuses))[:limit])


class MastodonHarness:
    """The Harness protocol (tests/adapters/harness.py) over a FakeMastodon."""

    name = "mastodon"

    def __init__(self, fake: FakeMastodon, state_dir: Path) -> None:
        self.fake = fake
        self.state_dir = state_dir
        self.sleeps: list[float] = []  # the adapter's pauses while media processes, never slept

    def adapter(self, **settings: Any) -> MastodonAdapter:
        """A fresh adapter for the fake server with the test token; settings override."""
        stored = settings.pop("capabilities", None)
        config = {"api_base_url": self.fake.base_url + "/", "access_token": TOKEN, **settings}
        adapter = MastodonAdapter(
            "dept-mastodon", config, state_dir=self.state_dir, capabilities=stored
        )
        adapter.sleep = self.sleeps.append
        return adapter

    def fail_next_create(
        self, status: int, *, retry_after_seconds: int | None = None, message: str = "failure"
    ) -> None:
        """Make the next POST /api/v1/statuses answer ``status``; a 429 carries the reset time."""
        if status == 429:
            self.fake.rate_limit_next("POST", "/api/v1/statuses", retry_after_seconds or 300)
        else:
            self.fake.fail_next("POST", "/api/v1/statuses", status, message)

    def fail_next_lookup(self, status: int) -> None:
        """Make the next read of the account's recent statuses answer ``status``."""
        self.fake.fail_next("GET", r"/api/v1/accounts/[^/]+/statuses", status)

    def omit_id_next_create(self) -> None:
        """Make the next POST /api/v1/statuses answer 200 with a status that has no id."""
        self.fake.omit_id_next_create()

    def sent(self) -> list[SentRecord]:
        """Every status the server created, in order."""
        return list(self.fake.records)


def serve(httpserver: HTTPServer, state_dir: Path) -> MastodonHarness:
    """A fresh fake server answering every request that reaches ``httpserver``."""
    fake = FakeMastodon(base_url=httpserver.url_for("").rstrip("/"))
    httpserver.expect_request(re.compile(".*")).respond_with_handler(fake.handle)
    return MastodonHarness(fake, state_dir)


@pytest.fixture
def mastodon_harness(httpserver: HTTPServer, tmp_path: Path) -> Iterator[MastodonHarness]:
    """The Mastodon adapter's harness on a fresh fake server."""
    yield serve(httpserver, tmp_path)
    httpserver.check_handler_errors()  # a crash inside the fake fails the test


def instance_configuration() -> dict[str, Any]:
    """The ``configuration`` of a stock Mastodon 4.3 server (REST::InstanceSerializer)."""
    return {
        "urls": {"streaming": "wss://mastodon.example"},
        "accounts": {"max_featured_tags": 10, "max_pinned_statuses": 5},
        "statuses": {
            "max_characters": 500,
            "max_media_attachments": 4,
            "characters_reserved_per_url": 23,
        },
        "media_attachments": {
            "supported_mime_types": ["image/jpeg", "image/png", "image/gif", "image/webp"],
            "description_limit": 1500,
            "image_size_limit": 16777216,
            "image_matrix_limit": 33177600,
            "video_size_limit": 103809024,
            "video_frame_rate_limit": 120,
            "video_matrix_limit": 8294400,
        },
        "polls": {
            "max_options": 4,
            "max_characters_per_option": 50,
            "min_expiration": 300,
            "max_expiration": 2629746,
        },
        "translation": {"enabled": False},
    }


_TOKENS = re.compile(
    r"(?P<url>https?://[^\s<>\"]+)"
    r"|(?<![\w@])@(?P<user>\w+)@(?P<domain>[\w-]+(?:\.[\w-]+)+)"
    r"|(?<![\w#])#(?P<tag>\w+)"
)


def render_content(text: str, base_url: str) -> str:
    """Plain text as Mastodon renders it: paragraphs, <br />, links, hashtags and mentions."""
    paragraphs = re.split(r"\n{2,}", text.strip())
    return "".join(
        "<p>" + "<br />".join(_linkify(line, base_url) for line in p.split("\n")) + "</p>"
        for p in paragraphs
    )


def _linkify(line: str, base_url: str) -> str:
    out, last = [], 0
    for found in _TOKENS.finditer(line):
        out.append(html.escape(line[last : found.start()]))
        out.append(_anchor(found, base_url))
        last = found.end()
    out.append(html.escape(line[last:]))
    return "".join(out)


def _anchor(found: re.Match[str], base_url: str) -> str:
    if found["url"]:
        url = found["url"]
        scheme, rest = url.split("://", 1)
        shown, hidden = html.escape(rest[:30]), html.escape(rest[30:])
        return (
            f'<a href="{html.escape(url)}" target="_blank" rel="nofollow noopener" translate="no">'
            f'<span class="invisible">{scheme}://</span><span class="ellipsis">{shown}</span>'
            f'<span class="invisible">{hidden}</span></a>'
        )
    if found["user"]:
        user, domain = found["user"], found["domain"]
        return (
            f'<span class="h-card" translate="no"><a href="https://{domain}/@{user}" '
            f'class="u-url mention">@<span>{user}</span></a></span>'
        )
    tag = found["tag"]
    return (
        f'<a href="{base_url}/tags/{tag}" class="mention hashtag" rel="tag">#<span>{tag}</span></a>'
    )


def _poll_json(status_id: str, poll: dict[str, Any] | None, now: datetime) -> Any:
    if not poll:
        return None
    expires = now + timedelta(seconds=int(poll["expires_in"]))
    return {
        "id": str(int(status_id) % 100000),
        "expires_at": expires.strftime("%Y-%m-%dT%H:%M:%S.000Z"),
        "expired": False,
        "multiple": bool(poll.get("multiple")),
        "votes_count": 0,
        "voters_count": 0,
        "voted": False,
        "own_votes": [],
        "options": [{"title": option, "votes_count": 0} for option in poll["options"]],
        "emojis": [],
    }


def _create_request(request: Request) -> CreateRequest:
    """The parameters of a status create, sent as a form or (with a poll) as JSON."""
    if request.is_json:
        body = request.get_json()
        poll = body.get("poll")
        params = {**body, "media_ids": [str(m) for m in body.get("media_ids") or []]}
    else:
        form = request.form
        params = {key: form[key] for key in form if not key.endswith("[]")}
        params["media_ids"] = form.getlist("media_ids[]")
        options = form.getlist("poll[options][]")
        poll = {"options": options, "expires_in": form.get("poll[expires_in]")} if options else None
    params["poll"] = poll
    params.setdefault("status", "")
    key = request.headers.get("Idempotency-Key")
    return CreateRequest(params, key, request.content_type or "")


def _json(body: Any, status: int = 200, headers: dict[str, str] | None = None) -> Response:
    return Response(
        json.dumps(body),
        status=status,
        headers=headers,
        content_type="application/json; charset=utf-8",
    )


def _version(value: str) -> tuple[int, int]:
    found = re.match(r"(\d+)\.(\d+)", value)
    return (int(found[1]), int(found[2])) if found else (0, 0)
