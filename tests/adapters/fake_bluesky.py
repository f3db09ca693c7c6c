"""A fake Bluesky PDS on 127.0.0.1 (pytest-httpserver) speaking XRPC as a real PDS does.

It serves only the ``com.atproto.*`` methods a poster needs: createSession,
refreshSession, getSession, uploadBlob, createRecord and getRecord. Every
``app.bsky.*`` method answers 501 MethodNotImplemented, as a PDS without an
AppView proxy does; the harness fails a test that called one.

Shapes follow the reference PDS: XRPC errors are ``{"error", "message"}``;
an expired access token is ``400 ExpiredToken``; a missing record is ``400
RecordNotFound``; and a create at a record key already taken answers a plain
``500 InternalServerError`` (bluesky-social/atproto#3718; newer servers say
``409 RecordAlreadyExists``, see ``taken_key_answer``).
"""

from __future__ import annotations

import base64
import functools
import hashlib
import itertools
import json
import re
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
import regex
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from publisher.adapters.bluesky import BlueskyAdapter
from tests.adapters.harness import SentRecord

HANDLE = "dept.example.org"
DID = "did:plc:dept7example7org7abcdefgh"
# Distinctive, so a leak into any message or log line is easy to spot.
APP_PASSWORD = "pw-secret-8d3f-2b7a"
POST_COLLECTION = "app.bsky.feed.post"
TID_RE = re.compile(r"^[234567abcdefghij][234567abcdefghijklmnopqrstuvwxyz]{12}$")

# The reference PDS's answer to a create whose record key is already taken.
TAKEN_KEY_ANSWERS: dict[int, dict[str, str]] = {
    500: {"error": "InternalServerError", "message": "Internal Server Error"},
    409: {"error": "RecordAlreadyExists", "message": "Record already exists"},
    400: {"error": "InvalidRequest", "message": "Record already exists at this key"},
}


@dataclass(frozen=True)
class Call:
    """One XRPC request as the fake received it."""

    nsid: str
    headers: dict[str, str]  # lower-cased names
    args: dict[str, str]
    body: bytes


@dataclass
class Scripted:
    """An answer given instead of the method's own, once."""

    status: int
    body: Any
    headers: dict[str, str] = field(default_factory=dict)
    commit: bool = False  # createRecord: store the record, then answer this anyway


class FakePDS:
    """The PDS's state and rules; routes every /xrpc/ request of its server."""

    def __init__(self, server: HTTPServer, *, blob_limit: int = 1_000_000) -> None:
        self.server = server
        self.url = server.url_for("").rstrip("/")
        self.pds_endpoint = self.url  # where the DID document says the account's repo lives
        self.blob_limit = blob_limit
        self.taken_key_answer = 500
        self.calls: list[Call] = []
        self.records: dict[str, dict[str, Any]] = {}  # rkey -> {"uri", "cid", "value"}, in order
        self.blobs: dict[str, bytes] = {}  # cid -> bytes
        self.tokens_issued: list[str] = []
        self._access: dict[str, bool] = {}  # token -> expired?
        self._refresh: set[str] = set()
        self._refuse_credentials = False
        self._script: dict[str, list[Scripted]] = {}
        self._serial = itertools.count(1)
        self._lock = threading.Lock()
        server.expect_request(re.compile(r"^/xrpc/.+")).respond_with_handler(self._handle)

    # -- knobs -------------------------------------------------------------------------------

    def script(self, nsid: str, answer: Scripted) -> None:
        """Answer the next call of ``nsid`` with ``answer`` instead of its own."""
        self._script.setdefault(nsid, []).append(answer)

    def expire_access_tokens(self) -> None:
        """Every access token issued so far now answers 400 ExpiredToken."""
        self._access = dict.fromkeys(self._access, True)

    def revoke_refresh_tokens(self) -> None:
        """Every refresh token issued so far is refused, as after a long absence."""
        self._refresh.clear()

    def refuse_credentials(self) -> None:
        """Refuse the account until its next login attempt, which is refused too.

        Authenticated calls answer 401, refreshSession 400 ExpiredToken and the
        next createSession 401; after that the account works again.
        """
        self._refuse_credentials = True

    # -- views -------------------------------------------------------------------------------

    def count(self, nsid: str) -> int:
        """How many requests of ``nsid`` arrived."""
        return sum(1 for call in self.calls if call.nsid == nsid)

    def app_bsky_calls(self) -> list[str]:
        """The app.bsky.* methods anyone asked for (a PDS-only poster must ask for none)."""
        return [call.nsid for call in self.calls if call.nsid.startswith("app.bsky.")]

    def record_list(self) -> list[dict[str, Any]]:
        """Every stored record, in creation order."""
        return list(self.records.values())

    # -- routing -----------------------------------------------------------------------------

    def _handle(self, request: Request) -> Response:
        nsid = request.path.removeprefix("/xrpc/")
        call = Call(
            nsid,
            {k.lower(): v for k, v in request.headers.items()},
            dict(request.args),
            request.get_data(),
        )
        with self._lock:
            self.calls.append(call)
            scripted = self._next_scripted(nsid)
            if scripted is not None and not scripted.commit:
                return _reply(scripted.status, scripted.body, scripted.headers)
            status, body = self._route(call)
            if scripted is not None:
                return _reply(scripted.status, scripted.body, scripted.headers)
            return _reply(status, body)

    def _next_scripted(self, nsid: str) -> Scripted | None:
        queue = self._script.get(nsid)
        return queue.pop(0) if queue else None

    def _route(self, call: Call) -> tuple[int, Any]:
        routes = {
            "com.atproto.server.createSession": self._create_session,
            "com.atproto.server.refreshSession": self._refresh_session,
            "com.atproto.server.getSession": self._get_session,
            "com.atproto.repo.uploadBlob": self._upload_blob,
            "com.atproto.repo.createRecord": self._create_record,
            "com.atproto.repo.getRecord": self._get_record,
        }
        route = routes.get(call.nsid)
        if route is None:
            return _error(501, "MethodNotImplemented", "Method Not Implemented")
        return route(call)

    # -- sessions ----------------------------------------------------------------------------

    def _create_session(self, call: Call) -> tuple[int, Any]:
        data = json.loads(call.body or b"{}")
        known = data.get("identifier", "").lower() in (HANDLE, DID)
        if self._refuse_credentials or not known or data.get("password") != APP_PASSWORD:
            self._refuse_credentials = False
            return _error(401, "AuthenticationRequired", "Invalid identifier or password")
        return 200, {**self._new_tokens(), **self._who(), "didDoc": self._did_doc()}

    def _refresh_session(self, call: Call) -> tuple[int, Any]:
        token = _bearer(call)
        if self._refuse_credentials or token not in self._refresh:
            return _error(400, "ExpiredToken", "Token has been revoked")
        self._refresh.discard(token)  # refresh tokens rotate: each one works once
        return 200, {**self._new_tokens(), **self._who(), "didDoc": self._did_doc()}

    def _get_session(self, call: Call) -> tuple[int, Any]:
        refused = self._refused(call)
        if refused:
            return refused
        return 200, {**self._who(), "active": True, "emailConfirmed": True}

    def _refused(self, call: Call) -> tuple[int, Any] | None:
        token = _bearer(call)
        if not token:
            return _error(401, "AuthenticationRequired", "Authentication Required")
        if self._refuse_credentials or token not in self._access:
            return _error(401, "AuthenticationRequired", "Token could not be verified")
        if self._access[token]:
            return _error(400, "ExpiredToken", "Token has expired")
        return None

    def _new_tokens(self) -> dict[str, str]:
        access, refresh = self._jwt("access"), self._jwt("refresh")
        self._access[access] = False
        self._refresh.add(refresh)
        self.tokens_issued += [access, refresh]
        return {"accessJwt": access, "refreshJwt": refresh}

    def _jwt(self, scope: str) -> str:
        now = int(time.time())
        claims = {"scope": f"com.atproto.{scope}", "sub": DID, "iat": now, "exp": now + 7200}
        claims["jti"] = f"{scope}-{next(self._serial)}"
        parts = [{"typ": "at+jwt", "alg": "ES256K"}, claims, {"sig": claims["jti"]}]
        return ".".join(_b64(json.dumps(part).encode()) for part in parts)

    def _who(self) -> dict[str, str]:
        return {"did": DID, "handle": HANDLE}

    def _did_doc(self) -> dict[str, Any]:
        service = {"id": "#atproto_pds", "type": "AtprotoPersonalDataServer"}
        return {
            "@context": ["https://www.w3.org/ns/did/v1"],
            "id": DID,
            "alsoKnownAs": [f"at://{HANDLE}"],
            "service": [{**service, "serviceEndpoint": self.pds_endpoint}],
        }

    # -- repository --------------------------------------------------------------------------

    def _upload_blob(self, call: Call) -> tuple[int, Any]:
        refused = self._refused(call)
        if refused:
            return refused
        size = len(call.body)
        if size > self.blob_limit:
            message = (
                f"This file is too large. It is {size} bytes but the maximum is {self.blob_limit}."
            )
            return _error(400, "BlobTooLarge", message)
        cid = _cid(call.body, codec=0x55)
        self.blobs[cid] = call.body
        mime = call.headers.get("content-type", "application/octet-stream")
        return 200, {
            "blob": {"$type": "blob", "ref": {"$link": cid}, "mimeType": mime, "size": size}
        }

    def _create_record(self, call: Call) -> tuple[int, Any]:
        refused = self._refused(call)
        if refused:
            return refused
        data = json.loads(call.body)
        problem = self._invalid(data)
        if problem:
            return _error(400, "InvalidRequest", problem)
        rkey = data["rkey"]
        if rkey in self.records:
            return self.taken_key_answer, TAKEN_KEY_ANSWERS[self.taken_key_answer]
        uri = f"at://{DID}/{POST_COLLECTION}/{rkey}"
        cid = _cid(json.dumps(data["record"], sort_keys=True).encode(), codec=0x71)
        self.records[rkey] = {"uri": uri, "cid": cid, "value": data["record"]}
        commit = {"cid": _cid(cid.encode(), codec=0x71), "rev": rkey}
        return 200, {"uri": uri, "cid": cid, "commit": commit, "validationStatus": "valid"}

    def _invalid(self, data: dict[str, Any]) -> str | None:
        """Why the reference PDS would refuse this create, or None."""
        record = data.get("record") or {}
        if data.get("repo") not in (DID, HANDLE) or data.get("collection") != POST_COLLECTION:
            return "Invalid repo or collection"
        if not TID_RE.match(str(data.get("rkey", ""))):
            return "Invalid record key: an app.bsky.feed.post key must be a TID"
        if record.get("$type") != POST_COLLECTION or "createdAt" not in record:
            return "Invalid app.bsky.feed.post record: Record must have $type and createdAt"
        text = record.get("text", "")
        if len(regex.findall(r"\X", text)) > 300 or len(text.encode()) > 3000:
            return "Invalid app.bsky.feed.post record: Record/text is over 300 graphemes"
        return self._invalid_embed(record.get("embed"))

    def _invalid_embed(self, embed: dict[str, Any] | None) -> str | None:
        for image in (embed or {}).get("images", []):
            if image["image"]["ref"]["$link"] not in self.blobs:
                return "Could not find blob: " + image["image"]["ref"]["$link"]
        return None

    def _get_record(self, call: Call) -> tuple[int, Any]:
        args = call.args
        found = self.records.get(args.get("rkey", ""))
        mine = args.get("repo") in (DID, HANDLE) and args.get("collection") == POST_COLLECTION
        if not found or not mine:
            uri = f"at://{args.get('repo')}/{args.get('collection')}/{args.get('rkey')}"
            return _error(400, "RecordNotFound", f"Could not locate record: {uri}")
        return 200, found


def _reply(status: int, body: Any, headers: dict[str, str] | None = None) -> Response:
    if isinstance(body, str | bytes):
        return Response(body, status=status, headers=headers, content_type="text/html")
    return Response(
        json.dumps(body), status=status, headers=headers, content_type="application/json"
    )


def _error(status: int, name: str, message: str) -> tuple[int, Any]:
    return status, {"error": name, "message": message}


def _bearer(call: Call) -> str:
    return call.headers.get("authorization", "").removeprefix("Bearer ").strip()


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode().rstrip("=")


def _cid(data: bytes, *, codec: int) -> str:
    """A CIDv1 (sha-256, base32) as a PDS prints it: bafkrei... for blobs, bafyrei... records."""
    raw = bytes([0x01, codec, 0x12, 0x20]) + hashlib.sha256(data).digest()
    return "b" + base64.b32encode(raw).decode().lower().rstrip("=")


class BlueskyHarness:
    """The Harness protocol (tests/adapters/harness.py) over a FakePDS."""

    name = "bluesky"

    def __init__(self, pds: FakePDS, state_dir: Path) -> None:
        self.pds = pds
        self.state_dir = state_dir

    def adapter(self, **settings: Any) -> BlueskyAdapter:
        """A fresh adapter for the fake's account, sharing one state folder; settings override."""
        config = {"service": self.pds.url, "handle": HANDLE, "app_password": APP_PASSWORD}
        return BlueskyAdapter("dept-bluesky", {**config, **settings}, state_dir=self.state_dir)

    def fail_next_create(
        self, status: int, *, retry_after_seconds: int | None = None, message: str = "failure"
    ) -> None:
        """Make the next createRecord answer ``status`` as a PDS would.

        401 refuses the credentials for the whole renewal the adapter then tries
        (refresh and login), so the refusal reaches the adapter's caller.
        """
        if status == 401:
            self.pds.refuse_credentials()
            return
        headers: dict[str, str] = {}
        if status == 429:
            reset = int(time.time()) + (retry_after_seconds or 0)
            headers = _rate_limit_headers(reset)
        self.pds.script(
            "com.atproto.repo.createRecord",
            Scripted(status, _status_body(status, message), headers),
        )

    def fail_next_lookup(self, status: int) -> None:
        """Make the next getRecord answer ``status`` as a PDS would."""
        body = {"error": "InternalServerError", "message": "Internal Server Error"}
        self.pds.script("com.atproto.repo.getRecord", Scripted(status, body))

    def omit_id_next_create(self) -> None:
        """Make the next createRecord answer 200 with a cid but no uri, storing nothing."""
        body = {"cid": _cid(b"nothing", codec=0x71)}
        self.pds.script("com.atproto.repo.createRecord", Scripted(200, body))

    def sent(self) -> list[SentRecord]:
        """Every post record the PDS stored, in order."""
        return [self._sent(record) for record in self.pds.record_list()]

    def _sent(self, record: dict[str, Any]) -> SentRecord:
        value = record["value"]
        images = (value.get("embed") or {}).get("images", [])
        reply = value.get("reply")
        return SentRecord(
            remote_id=record["uri"],
            text=value["text"],
            reply_to=reply["parent"]["uri"] if reply else None,
            alts=[image["alt"] for image in images],
            media_bytes=[self.pds.blobs[image["image"]["ref"]["$link"]] for image in images],
            idempotency_key=record["uri"].rsplit("/", 1)[-1],
        )


def _rate_limit_headers(reset: int) -> dict[str, str]:
    return {
        "ratelimit-limit": "5000",
        "ratelimit-remaining": "0",
        "ratelimit-reset": str(reset),
        "ratelimit-policy": "5000;w=3600",
    }


def _status_body(status: int, message: str) -> dict[str, str]:
    names = {400: "InvalidRequest", 413: "PayloadTooLarge", 429: "RateLimitExceeded"}
    name = names.get(status, "InternalServerError" if status >= 500 else "InvalidRequest")
    return {"error": name, "message": message}


@functools.cache
def _server() -> HTTPServer:
    """One server per test process, as pytest-httpserver's own fixture keeps; cleared per test.

    Stopping a server waits out its half-second poll, which per test would dominate the suite.
    """
    server = HTTPServer(host="127.0.0.1", port=0)
    server.start()  # in a daemon thread, which ends with the process
    return server


@pytest.fixture
def bluesky_harness(tmp_path: Path) -> Iterator[BlueskyHarness]:
    """The Bluesky adapter's harness on a fresh fake PDS; fails a test that asked for app.bsky.*."""
    server = _server()
    server.clear()
    try:
        pds = FakePDS(server)
        yield BlueskyHarness(pds, tmp_path)
        assert pds.app_bsky_calls() == [], "the adapter must not need any app.bsky.* method"
    finally:
        server.clear()


class FakeAppView:
    """The public AppView's ``app.bsky.feed.getPosts`` over the fake PDS's records, on a
    server of its own (the PDS serves no app.bsky.* method). No login: none is asked for."""

    def __init__(self, server: HTTPServer, pds: FakePDS) -> None:
        self.url = server.url_for("").rstrip("/")
        self.pds = pds
        self.counts: dict[str, dict[str, int]] = {}  # uri -> likeCount, repostCount ...
        self.calls: list[Call] = []
        self.asked: list[list[str]] = []  # the URIs of every getPosts, in order
        self._script: list[Scripted] = []
        server.expect_request("/xrpc/app.bsky.feed.getPosts").respond_with_handler(self._get_posts)

    def set_counts(
        self, uri: str, *, likes: int = 0, reposts: int = 0, replies: int = 0, quotes: int = 0
    ) -> None:
        self.counts[uri] = {
            "likeCount": likes,
            "repostCount": reposts,
            "replyCount": replies,
            "quoteCount": quotes,
        }

    def rate_limit_next(self, seconds: int) -> int:
        """Make the next getPosts answer 429 with the AppView's rate-limit headers."""
        reset = int(time.time()) + seconds
        body = {"error": "RateLimitExceeded", "message": "Rate Limit Exceeded"}
        self._script.append(Scripted(429, body, _rate_limit_headers(reset)))
        return reset

    def _get_posts(self, request: Request) -> Response:
        call = Call(
            "app.bsky.feed.getPosts",
            {k.lower(): v for k, v in request.headers.items()},
            dict(request.args),
            b"",
        )
        self.calls.append(call)
        uris = request.args.getlist("uris")
        self.asked.append(uris)
        if self._script:
            answer = self._script.pop(0)
            return _reply(answer.status, answer.body, answer.headers)
        if len(uris) > 25:
            return _reply(
                *_error(400, "InvalidRequest", "uris must not have more than 25 elements")
            )
        by_uri = {record["uri"]: record for record in self.pds.record_list()}
        return _reply(200, {"posts": [self._view(by_uri[uri]) for uri in uris if uri in by_uri]})

    def _view(self, record: dict[str, Any]) -> dict[str, Any]:
        zeros = {"likeCount": 0, "repostCount": 0, "replyCount": 0, "quoteCount": 0}
        return {
            "uri": record["uri"], "cid": record["cid"],
            "author": {"did": DID, "handle": HANDLE, "displayName": "Dept. of Radiology"},
            "record": record["value"], "indexedAt": record["value"]["createdAt"],
            **zeros, **self.counts.get(record["uri"], {}), "labels": [],
        }  # fmt: skip


@functools.cache
def _appview_server() -> HTTPServer:
    server = HTTPServer(host="127.0.0.1", port=0)
    server.start()
    return server


@pytest.fixture
def bluesky_appview(bluesky_harness: BlueskyHarness) -> Iterator[FakeAppView]:
    """The public AppView beside the fake PDS: pass ``appview=bluesky_appview.url``."""
    server = _appview_server()
    server.clear()
    try:
        yield FakeAppView(server, bluesky_harness.pds)
    finally:
        server.clear()
