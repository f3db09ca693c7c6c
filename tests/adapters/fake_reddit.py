"""A small Reddit on 127.0.0.1 for the Reddit adapter, answering through praw.

praw is pointed at it with its ``oauth_url`` and ``reddit_url`` settings. It serves
HTTPS with a certificate from a test authority (``trustme``), because praw uploads
images to the ``https:`` + the host the upload lease names, which the fake names as
itself; ``REQUESTS_CA_BUNDLE`` and ``WEBSOCKET_CLIENT_CA_BUNDLE`` make the clients trust
it. The answers are shaped after praw's recorded cassettes of real reddit.com traffic:

- ``POST /api/v1/access_token`` (password or refresh-token grant, HTTP basic auth);
- ``POST /api/media/asset.json`` leases an upload, ``POST /s3`` takes it (S3's XML);
- ``POST /api/submit/`` (self and image posts; an image post answers with a
  ``websocket_url``, and ``GET /ws/KEY`` upgrades to a WebSocket that sends the new
  post's URL, as Reddit does once the image is processed);
- ``POST /api/submit_gallery_post.json`` (JSON, captions per item);
- ``POST /api/comment/``; ``GET /user/NAME/submitted`` and ``/comments`` (newest first);
- ``GET /api/info?id=FULLNAME,...`` (at most 100; counts set with ``set_counts``);
- ``GET /api/v1/me``, ``/r/NAME/about/``, ``/api/v1/NAME/post_requirements``,
  ``/r/NAME/about/rules``.

Refusals come as Reddit gives them: ``{"json": {"errors": [[TYPE, message, field]]}}``
with status 200, or an HTTP status with Reddit's JSON body.
"""

from __future__ import annotations

import base64
import hashlib
import itertools
import json
import ssl
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from io import BytesIO
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest
from werkzeug.formparser import MultiPartParser
from werkzeug.http import parse_options_header

from publisher.adapters.reddit import RedditAdapter
from tests.adapters.harness import SentRecord

CLIENT_ID = "rd-client-id-4f2a"
CLIENT_SECRET = "rd-client-secret-9b7c31"  # distinctive, to spot any leak
USERNAME = "radcases"
PASSWORD = "rd-password-e5d8a0"
SUBREDDIT = "RadiologyCases"
ACCESS_TOKEN = "rd-access-token-77c1"
_WS_GUID = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11"
_base36 = "0123456789abcdefghijklmnopqrstuvwxyz"


@dataclass
class Thing:
    """A submission or comment Reddit holds, as its listing shows it, and what it was sent."""

    data: dict[str, Any]
    kind: str  # "t3" or "t1"
    media: list[bytes] = field(default_factory=list)
    captions: list[str] = field(default_factory=list)


@dataclass
class Received:
    method: str
    path: str
    query: dict[str, str]
    form: dict[str, str]
    body: Any


@dataclass
class FakeReddit:
    base_url: str = ""
    about: dict[str, Any] = field(default_factory=lambda: dict(_ABOUT))
    requirements: dict[str, Any] = field(default_factory=lambda: dict(_REQUIREMENTS))
    things: list[Thing] = field(default_factory=list)
    received: list[Received] = field(default_factory=list)
    uploads: dict[str, bytes] = field(default_factory=dict)  # S3 key -> bytes
    websocket: str = "success"  # "success", "failed" or "hang up"
    _assets: dict[str, str] = field(default_factory=dict)  # asset id -> S3 key
    _pending: dict[str, Thing] = field(default_factory=dict)  # websocket key -> image post
    _scripted: list[tuple[str, int, Any, dict[str, str]]] = field(default_factory=list)
    _ids: Iterator[int] = field(default_factory=lambda: itertools.count(1_600_000_000))
    lock: threading.Lock = field(default_factory=threading.Lock)

    def fail_next(
        self, kind: str, status: int, body: Any, headers: dict[str, str] | None = None
    ) -> None:
        """Answer the next ``kind`` request ("create": a submit or comment, or "upload")."""
        self._scripted.append((kind, status, body, headers or {}))

    def scripted(self, kind: str) -> tuple[int, Any, dict[str, str]] | None:
        for item in self._scripted:
            if item[0] == kind:
                self._scripted.remove(item)
                return item[1], item[2], item[3]
        return None

    def set_counts(
        self, fullname: str, *, score: int, comments: int = 0, ratio: float = 1.0
    ) -> None:
        """What /api/info answers for a submission or comment from now on."""
        thing = next(t for t in self.things if t.data["name"] == fullname)
        thing.data.update(score=score, ups=max(score, 0))
        if thing.kind == "t3":
            thing.data.update(num_comments=comments, upvote_ratio=ratio)

    def new_id(self) -> str:
        number = next(self._ids)
        digits = ""
        while number:
            number, rest = divmod(number, 36)
            digits = _base36[rest] + digits
        return digits

    def submissions(self) -> list[Thing]:
        return [t for t in self.things if t.kind == "t3"]

    def records(self) -> list[SentRecord]:
        return [_record(thing) for thing in self.things]


_ABOUT = {
    "display_name": SUBREDDIT, "submission_type": "any", "allow_images": True,
    "allow_galleries": True, "spoilers_enabled": True, "user_is_banned": False,
    "subreddit_type": "public", "title": "Radiology teaching cases", "name": "t5_2qh7f",
}  # fmt: skip
_REQUIREMENTS = {
    "title_regexes": [], "body_blacklisted_strings": [], "title_blacklisted_strings": [],
    "body_text_max_length": None, "title_required_strings": [], "guidelines_text": None,
    "gallery_min_items": None, "domain_blacklist": [], "domain_whitelist": [],
    "title_text_max_length": None, "body_restriction_policy": "none", "link_restriction_policy": "none",
    "guidelines_display_policy": None, "body_required_strings": [], "title_text_min_length": None,
    "gallery_captions_requirement": "none", "is_flair_required": False, "gallery_max_items": None,
    "gallery_urls_requirement": "none", "body_regexes": [], "link_repost_age": None,
    "body_text_min_length": None,
}  # fmt: skip
_RULES = {
    "rules": [
        {"kind": "link", "description": "De-identify every image.", "short_name": "No patient identifiers",
         "violation_reason": "Identifiers", "created_utc": 1587949210.0, "priority": 0},
        {"kind": "all", "description": "Answers in spoilers.", "short_name": "Spoiler the answer",
         "violation_reason": "Spoilers", "created_utc": 1587949225.0, "priority": 1},
    ],
    "site_rules": ["Spam", "Personal and confidential information"],
    "site_rules_flow": [],
}  # fmt: skip


def _record(thing: Thing) -> SentRecord:
    data = thing.data
    if thing.kind == "t3":
        text = data["title"] + (f"\n\n{data['selftext']}" if data["selftext"] else "")
        reply_to = None
    else:
        text, reply_to = data["body"], data["parent_id"]
    return SentRecord(
        remote_id=data["name"], text=text, reply_to=reply_to,
        alts=list(thing.captions), media_bytes=list(thing.media),
    )  # fmt: skip


class RedditHandler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: RedditServer

    # -- routing ---------------------------------------------------------------------------

    def do_GET(self) -> None:
        fake = self.server.fake
        parts = urlsplit(self.path)
        path = parts.path.rstrip("/")
        if path.startswith("/ws/"):
            self._websocket(path[4:])
            return
        fake.received.append(Received("GET", path, _query(parts.query), {}, None))
        if not self._authorized():
            return
        if path == "/api/v1/me":
            self._json(
                {"name": USERNAME, "id": "1w72", "created_utc": 1262304000.0, "is_suspended": False}
            )
        elif path == f"/r/{SUBREDDIT}/about":
            self._json({"kind": "t5", "data": fake.about})
        elif path == f"/api/v1/{SUBREDDIT}/post_requirements":
            self._json(fake.requirements)
        elif path == f"/r/{SUBREDDIT}/about/rules":
            self._json(_RULES)
        elif path == f"/user/{USERNAME}/submitted":
            self._listing("t3", int(_query(parts.query).get("limit", "25")))
        elif path == f"/user/{USERNAME}/comments":
            self._listing("t1", int(_query(parts.query).get("limit", "25")))
        elif path == "/api/info":
            self._info(_query(parts.query).get("id", "").split(","))
        else:
            self._json({"message": "Not Found", "error": 404}, 404)

    def do_POST(self) -> None:
        fake = self.server.fake
        parts = urlsplit(self.path)
        path = parts.path.rstrip("/")
        raw = self.rfile.read(int(self.headers.get("Content-Length") or 0))
        content_type = self.headers.get("Content-Type", "")
        form: dict[str, str] = {}
        body: Any = None
        files: dict[str, bytes] = {}
        if content_type.startswith("application/json"):
            body = json.loads(raw)
        elif content_type.startswith("multipart/form-data"):
            _, options = parse_options_header(content_type)
            fields, parsed = MultiPartParser().parse(
                BytesIO(raw), options["boundary"].encode(), len(raw)
            )
            form = dict(fields.items())
            files = {name: f.read() for name, f in parsed.items()}
        else:
            form = {k: v[0] for k, v in parse_qs(raw.decode(), keep_blank_values=True).items()}
        fake.received.append(Received("POST", path, _query(parts.query), form, body))
        if path == "/api/v1/access_token":
            self._token(form)
            return
        if path == "/s3":
            self._upload(form, files)
            return
        if not self._authorized():
            return
        if path in ("/api/submit", "/api/submit_gallery_post.json", "/api/comment"):
            scripted = fake.scripted("create")
            if scripted:
                self._json(scripted[1], scripted[0], scripted[2])
                return
        if path == "/api/media/asset.json":
            self._lease(form)
        elif path == "/api/submit":
            self._submit(form)
        elif path == "/api/submit_gallery_post.json":
            self._gallery(body)
        elif path == "/api/comment":
            self._comment(form)
        else:
            self._json({"message": "Not Found", "error": 404}, 404)

    # -- endpoints -------------------------------------------------------------------------

    def _token(self, form: dict[str, str]) -> None:
        expected = base64.b64encode(f"{CLIENT_ID}:{CLIENT_SECRET}".encode()).decode()
        if self.headers.get("Authorization") != f"Basic {expected}":
            self._json({"message": "Unauthorized", "error": 401}, 401)
        elif form.get("grant_type") == "password" and (
            form.get("username") != USERNAME or form.get("password") != PASSWORD
        ):
            self._json({"error": "invalid_grant"})  # Reddit says so with a 200
        else:
            self._json(
                {
                    "access_token": ACCESS_TOKEN,
                    "token_type": "bearer",
                    "expires_in": 86400,
                    "scope": "*",
                }
            )

    def _authorized(self) -> bool:
        if self.headers.get("Authorization") == f"bearer {ACCESS_TOKEN}":
            return True
        self.send_response(401)
        self.send_header("www-authenticate", 'Bearer realm="reddit", error="invalid_token"')
        self._body({"message": "Unauthorized", "error": 401})
        return False

    def _lease(self, form: dict[str, str]) -> None:
        fake = self.server.fake
        key = fake.new_id() + "ab1cd"
        asset = fake.new_id()
        fake._assets[asset] = key
        host = urlsplit(fake.base_url).netloc
        self._json({
            "args": {
                "action": f"//{host}/s3",
                "fields": [
                    {"name": "x-amz-algorithm", "value": "AWS4-HMAC-SHA256"},
                    {"name": "key", "value": key},
                    {"name": "success_action_status", "value": "201"},
                    {"name": "Content-Type", "value": form.get("mimetype", "")},
                ],
            },
            "asset": {"asset_id": asset, "processing_state": "incomplete", "websocket_url": f"wss://{host}/ws/{asset}",
                      "payload": {"filepath": form.get("filepath", "")}},
        })  # fmt: skip

    def _upload(self, form: dict[str, str], files: dict[str, bytes]) -> None:
        fake = self.server.fake
        scripted = fake.scripted("upload")
        if scripted:
            self.send_response(scripted[0])
            self._xml(scripted[1])
            return
        fake.uploads[form["key"]] = files["file"]
        self.send_response(201)
        host = urlsplit(fake.base_url).netloc
        self._xml(
            f'<?xml version="1.0" encoding="UTF-8"?>\n<PostResponse><Location>https://{host}/s3/{form["key"]}'
            f"</Location><Bucket>reddit-uploaded-media</Bucket><Key>{form['key']}</Key></PostResponse>"
        )

    def _submit(self, form: dict[str, str]) -> None:
        fake = self.server.fake
        refusal = self._refusal(
            form.get("sr"), form.get("title", ""), form.get("text", ""), form.get("flair_id")
        )
        if refusal:
            self._json({"json": {"errors": [refusal]}})
            return
        thing = self._new_submission(form, form.get("text", ""))
        if form.get("kind") == "image":
            key = form["url"].rsplit("/", 1)[-1]
            thing.media = [fake.uploads[key]]
            fake._pending[key] = thing
            host = urlsplit(fake.base_url).netloc
            self._json({"json": {"errors": [], "data": {
                "user_submitted_page": f"https://www.reddit.com/user/{USERNAME}/submitted/",
                "websocket_url": f"wss://{host}/ws/{key}"}}})  # fmt: skip
            return
        with fake.lock:
            fake.things.append(thing)
        data = thing.data
        self._json(
            {
                "json": {
                    "errors": [],
                    "data": {
                        "url": data["url"],
                        "drafts_count": 0,
                        "id": data["id"],
                        "name": data["name"],
                    },
                }
            }
        )

    def _gallery(self, body: dict[str, Any]) -> None:
        fake = self.server.fake
        refusal = self._refusal(
            body.get("sr"), body.get("title", ""), body.get("text", ""), body.get("flair_id")
        )
        if refusal:
            self._json({"json": {"errors": [refusal]}})
            return
        items = body["items"]
        if any(len(item["caption"]) > 180 for item in items):
            self._json({"json": {"errors": [["BAD_CAPTION", "caption is too long", "items"]]}})
            return
        thing = self._new_submission(body, body.get("text", ""))
        thing.media = [fake.uploads[fake._assets[item["media_id"]]] for item in items]
        thing.captions = [item["caption"] for item in items]
        thing.data["is_gallery"] = True
        with fake.lock:
            fake.things.append(thing)
        self._json(
            {"json": {"errors": [], "data": {"url": thing.data["url"], "id": thing.data["name"]}}}
        )

    def _comment(self, form: dict[str, str]) -> None:
        fake = self.server.fake
        parent = form["thing_id"]
        link = (
            parent
            if parent.startswith("t3_")
            else next((t.data["link_id"] for t in fake.things if t.data["name"] == parent), None)
        )
        if link is None or not any(t.data["name"] == link for t in fake.things):
            self._json(
                {
                    "json": {
                        "errors": [
                            [
                                "DELETED_LINK",
                                "the link you are commenting on has been deleted",
                                "thing_id",
                            ]
                        ]
                    }
                }
            )
            return
        if len(form.get("text", "")) > 10_000:
            self._json(
                {"json": {"errors": [["TOO_LONG", "this is too long (max: 10000)", "text"]]}}
            )
            return
        comment_id = fake.new_id()
        data = {
            "id": comment_id, "name": f"t1_{comment_id}", "body": form["text"], "parent_id": parent,
            "link_id": link, "author": USERNAME, "subreddit": SUBREDDIT, "created_utc": time.time(),
            "permalink": f"/r/{SUBREDDIT}/comments/{link[3:]}/x/{comment_id}/", "replies": "",
            "score": 1, "body_html": "", "subreddit_id": "t5_2qh7f",
        }  # fmt: skip
        with fake.lock:
            fake.things.append(Thing(data, "t1"))
        self._json({"json": {"errors": [], "data": {"things": [{"kind": "t1", "data": data}]}}})

    def _refusal(self, sr: Any, title: str, text: str, flair: Any) -> list[str] | None:
        fake = self.server.fake
        if sr != SUBREDDIT:
            return ["SUBREDDIT_NOEXIST", "that subreddit doesn't exist", "sr"]
        if not title or len(title) > 300:
            return ["TOO_LONG", "this is too long (max: 300)", "title"]
        if len(text) > 40_000:
            return ["TOO_LONG", "this is too long (max: 40000)", "text"]
        if fake.requirements.get("is_flair_required") and not flair:
            return [
                "SUBMIT_VALIDATION_FLAIR_REQUIRED",
                "Your post must contain post flair.",
                "flair",
            ]
        return None

    def _new_submission(self, params: dict[str, Any], text: str) -> Thing:
        fake = self.server.fake
        post_id = fake.new_id()
        spoiler = str(params.get("spoiler")).lower() == "true"
        data = {
            "id": post_id, "name": f"t3_{post_id}", "title": params["title"], "selftext": text,
            "subreddit": SUBREDDIT, "author": USERNAME, "created_utc": time.time(),
            "spoiler": spoiler and bool(fake.about.get("spoilers_enabled")),
            "link_flair_template_id": params.get("flair_id"), "link_flair_text": params.get("flair_text"),
            "permalink": f"/r/{SUBREDDIT}/comments/{post_id}/case/",
            "url": f"https://www.reddit.com/r/{SUBREDDIT}/comments/{post_id}/case/",
            "send_replies": str(params.get("sendreplies")).lower() == "true", "is_self": params.get("kind") == "self",
        }  # fmt: skip
        return Thing(data, "t3")

    def _listing(self, kind: str, limit: int) -> None:
        fake = self.server.fake
        scripted = fake.scripted("listing")
        if scripted:
            self._json(scripted[1], scripted[0], scripted[2])
            return
        with fake.lock:
            items = [t for t in reversed(fake.things) if t.kind == kind][:limit]
        children = [{"kind": kind, "data": t.data} for t in items]
        self._json({"kind": "Listing", "data": {"after": None, "dist": len(children), "modhash": None,
                                                "geo_filter": "", "children": children, "before": None}})  # fmt: skip

    def _info(self, names: list[str]) -> None:
        fake = self.server.fake
        scripted = fake.scripted("info")
        if scripted:
            self._json(scripted[1], scripted[0], scripted[2])
            return
        if len(names) > 100:
            self._json({"message": "Bad Request", "error": 400}, 400)
            return
        with fake.lock:
            found = {t.data["name"]: t for t in fake.things}
        # A submission has an upvote ratio and comments; a comment only its score.
        defaults = {
            "t3": {"score": 1, "ups": 1, "upvote_ratio": 1.0, "num_comments": 0},
            "t1": {"score": 1, "ups": 1},
        }
        children = [
            {"kind": found[n].kind, "data": {**defaults[found[n].kind], **found[n].data}}
            for n in names
            if n in found
        ]
        self._json({"kind": "Listing", "data": {"after": None, "dist": len(children), "modhash": None,
                                                "geo_filter": "", "children": children, "before": None}})  # fmt: skip

    # -- the WebSocket an image post is confirmed on ------------------------------------

    def _websocket(self, key: str) -> None:
        fake = self.server.fake
        accept = base64.b64encode(
            hashlib.sha1((self.headers["Sec-WebSocket-Key"] + _WS_GUID).encode()).digest()
        )
        if fake.websocket == "hang up":
            self.close_connection = True
            return
        self.send_response(101, "Switching Protocols")
        self.send_header("Upgrade", "websocket")
        self.send_header("Connection", "Upgrade")
        self.send_header("Sec-WebSocket-Accept", accept.decode())
        self.end_headers()
        thing = fake._pending.pop(key, None)
        if fake.websocket == "success" and thing is not None:
            with fake.lock:
                fake.things.append(thing)
            message = {"type": "success", "payload": {"redirect": thing.data["url"]}}
        else:
            message = {"type": "failed", "payload": {"reason": "media processing failed"}}
        self.wfile.write(_frame(0x1, json.dumps(message).encode()))
        self.wfile.flush()
        self.connection.settimeout(5)
        try:
            self.rfile.read(2)  # the client's close frame (its first bytes are enough)
            self.wfile.write(_frame(0x8, b"\x03\xe8"))
        except OSError:
            pass
        self.close_connection = True

    # -- writing ---------------------------------------------------------------------------

    def _json(self, body: Any, status: int = 200, headers: dict[str, str] | None = None) -> None:
        self.send_response(status)
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self._body(body)

    def _body(self, body: Any) -> None:
        data = json.dumps(body).encode()
        self.send_header("Content-Type", "application/json; charset=UTF-8")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def _xml(self, text: str) -> None:
        data = text.encode()
        self.send_header("Content-Type", "application/xml")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, format: str, *args: Any) -> None:
        """Silent."""


def _frame(opcode: int, payload: bytes) -> bytes:
    """One unmasked WebSocket frame from the server (RFC 6455, section 5.2)."""
    head = bytes([0x80 | opcode])
    if len(payload) < 126:
        return head + bytes([len(payload)]) + payload
    return head + bytes([126]) + len(payload).to_bytes(2, "big") + payload


def _query(text: str) -> dict[str, str]:
    return {k: v[0] for k, v in parse_qs(text).items()}


class RedditServer(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, fake: FakeReddit, context: ssl.SSLContext) -> None:
        super().__init__(("127.0.0.1", 0), RedditHandler)
        self.socket = context.wrap_socket(self.socket, server_side=True)
        self.fake = fake
        fake.base_url = f"https://127.0.0.1:{self.server_address[1]}"


class RedditHarness:
    """The Harness protocol over a FakeReddit."""

    name = "reddit"

    def __init__(self, fake: FakeReddit, state_dir: Path) -> None:
        self.fake = fake
        self.state_dir = state_dir
        self._adapters: list[RedditAdapter] = []

    def settings(self, **overrides: Any) -> dict[str, Any]:
        config: dict[str, Any] = {
            "subreddit": SUBREDDIT, "client_id": CLIENT_ID, "client_secret": CLIENT_SECRET,
            "username": USERNAME, "password": PASSWORD,
            "oauth_url": self.fake.base_url, "reddit_url": self.fake.base_url,
        }  # fmt: skip
        config.update(overrides)
        return {k: v for k, v in config.items() if v is not None}

    def adapter(self, **settings: Any) -> RedditAdapter:
        adapter = RedditAdapter("dept-reddit", self.settings(**settings), state_dir=self.state_dir)
        self._adapters.append(adapter)
        return adapter

    def close(self) -> None:
        for adapter in self._adapters:
            adapter.close()

    def fail_next_lookup(self, status: int) -> None:
        """Make the next read of the account's submissions or comments answer ``status``."""
        self.fake.fail_next("listing", status, {"message": "Server Error", "error": status})

    def fail_next_create(
        self, status: int, *, retry_after_seconds: int | None = None, message: str = "failure"
    ) -> None:
        if status == 429:
            headers = {"x-ratelimit-remaining": "0", "x-ratelimit-used": "100",
                       "x-ratelimit-reset": str(retry_after_seconds or 60)}  # fmt: skip
            self.fake.fail_next(
                "create", 429, {"message": "Too Many Requests", "error": 429}, headers
            )
        elif status == 422:  # Reddit refuses content with a 200 naming the error
            self.fake.fail_next(
                "create",
                200,
                {
                    "json": {
                        "errors": [["SUBMIT_VALIDATION_BODY_BLACKLISTED_STRING", message, "text"]]
                    }
                },
            )
        elif status == 401:  # Reddit names the token's fault in the header prawcore reads
            header = {"www-authenticate": 'Bearer realm="reddit", error="invalid_token"'}
            self.fake.fail_next("create", 401, {"message": message, "error": 401}, header)
        else:
            self.fake.fail_next("create", status, {"message": message, "error": status})

    def omit_id_next_create(self) -> None:
        """An image post Reddit accepted without a way to learn its id (no websocket)."""
        self.fake.fail_next("create", 200, {"json": {"errors": [], "data": {
            "user_submitted_page": "https://www.reddit.com/user/x/submitted/", "websocket_url": None}}})  # fmt: skip

    def refuse_next_photo_as_too_large(self) -> None:
        xml = ('<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>EntityTooLarge</Code><Message>Your proposed '
               "upload exceeds the maximum allowed size</Message><ProposedSize>30000000</ProposedSize>"
               "<MaxSizeAllowed>20971520</MaxSizeAllowed></Error>")  # fmt: skip
        self.fake.fail_next("upload", 400, xml)

    def sent(self) -> list[SentRecord]:
        return self.fake.records()


@pytest.fixture(scope="session")
def reddit_tls(tmp_path_factory: pytest.TempPathFactory) -> tuple[ssl.SSLContext, str]:
    """A test authority's certificate for 127.0.0.1, and the authority's file to trust."""
    trustme = pytest.importorskip("trustme", reason="trustme makes the fake Reddit's certificate")
    authority = trustme.CA()
    certificate = authority.issue_cert("127.0.0.1")
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    certificate.configure_cert(context)
    path = tmp_path_factory.mktemp("reddit-ca") / "ca.pem"
    authority.cert_pem.write_to_path(str(path))
    return context, str(path)


@pytest.fixture
def reddit_harness(
    reddit_tls: tuple[ssl.SSLContext, str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[RedditHarness]:
    """The Reddit adapter's harness on a fresh fake Reddit over HTTPS."""
    context, authority = reddit_tls
    monkeypatch.setenv("REQUESTS_CA_BUNDLE", authority)
    monkeypatch.setenv("WEBSOCKET_CLIENT_CA_BUNDLE", authority)
    fake = FakeReddit()
    server = RedditServer(fake, context)
    thread = threading.Thread(target=server.serve_forever, args=(0.02,), daemon=True)
    thread.start()
    harness = RedditHarness(fake, tmp_path)
    try:
        yield harness
    finally:
        harness.close()
        server.shutdown()
        thread.join()
        server.server_close()
