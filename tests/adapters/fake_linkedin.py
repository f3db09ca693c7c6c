"""A small LinkedIn REST API on pytest-httpserver, for the LinkedIn adapter and the
contract suite.

It answers as the versioned Posts, Images and Comments APIs do
(https://learn.microsoft.com/linkedin/marketing/community-management/shares/posts-api):
a ``LinkedIn-Version`` header that must name an active version (426
``NONEXISTENT_VERSION`` otherwise), ``initializeUpload`` then a PUT of the bytes,
posts whose URN comes back in ``x-restli-id``, the duplicate refusal (422, naming
the earlier post), polls without media, comments with ``parentComment``, the
author finder, token introspection, and errors as ``{"status", "code", "message"}``.

The commentary is read as LinkedIn reads "little" text: an escaped character is
itself, ``{hashtag|\\#|tag}`` is a hashtag, ``@[name](urn)`` a mention, and an
unescaped reserved character ends the text there, as LinkedIn silently cuts a
post at the first one.
"""

from __future__ import annotations

import itertools
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import unquote

import pytest
from werkzeug import Request, Response

from publisher.adapters.linkedin import LinkedInAdapter
from tests.adapters.harness import SentRecord
from tests.support.servers import own_server

TOKEN = "linkedin-test-token-c0ffee5e11a7"  # distinctive, so a leak is easy to spot
CLIENT_ID = "86c0ffee42"
CLIENT_SECRET = "linkedin-client-secret-9d8e7f"
ORGANIZATION = "urn:li:organization:2414183"
VERSION = "202609"
# The reserved characters as the little text reference lists them, written out here
# rather than taken from the adapter, so that a wrong list there fails a test.
RESERVED = set("\\|{}@[]()<>#*_~")
NGINX_413 = "<html><head><title>413 Request Entity Too Large</title></head></html>"


def render_little(text: str) -> str:
    """What LinkedIn shows for a little-text commentary."""
    out: list[str] = []
    i = 0
    while i < len(text):
        char = text[i]
        if char == "\\" and i + 1 < len(text):
            out.append(text[i + 1])
            i += 2
        elif text.startswith("{hashtag|", i):
            end, parts = _template(text, i + 1)
            out.append("#" + parts[2] if len(parts) == 3 else "")
            i = end
        elif text.startswith("@[", i) and (
            m := re.match(r"@\[([^\]]*)\]\((urn:li:[^)]+)\)", text[i:])
        ):
            out.append(m[1])
            i += m.end()
        elif char in RESERVED:
            break  # LinkedIn cuts the post here
        else:
            out.append(char)
            i += 1
    return "".join(out)


def _template(text: str, i: int) -> tuple[int, list[str]]:
    """The |-separated, escaped parameters of a {...} template starting at i."""
    parts, current = [], []
    while i < len(text) and text[i] != "}":
        if text[i] == "\\" and i + 1 < len(text):
            current.append(text[i + 1])
            i += 2
            continue
        if text[i] == "|":
            parts.append("".join(current))
            current = []
        else:
            current.append(text[i])
        i += 1
    parts.append("".join(current))
    return i + 1, parts


def error(
    status: int, message: str, code: str = "", headers: dict[str, str] | None = None
) -> Response:
    body: dict[str, Any] = {"status": status, "message": message}
    if code:
        body["code"] = code
    return Response(
        json.dumps(body), status=status, headers=headers, content_type="application/json"
    )


def ok(body: Any = None, status: int = 200, headers: dict[str, str] | None = None) -> Response:
    text = "" if body is None else json.dumps(body)
    return Response(text, status=status, headers=headers, content_type="application/json")


@dataclass
class FakeLinkedIn:
    base_url: str
    author: str = ORGANIZATION
    active_versions: set[str] = field(
        default_factory=lambda: {"202512", "202603", "202606", VERSION}
    )
    can_read: bool = True  # False: a member token without r_member_social
    upload_limit: int = 10_000_000
    token_expires_at: datetime | None = None
    clock: Any = field(default=lambda: datetime.now(UTC))
    images: dict[str, bytes | None] = field(default_factory=dict)
    posts: list[dict[str, Any]] = field(default_factory=list)  # oldest first
    comments: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    records: list[SentRecord] = field(default_factory=list)
    requests: list[tuple[str, str, dict[str, str], Any]] = field(default_factory=list)
    social: dict[str, dict[str, Any]] = field(default_factory=dict)  # urn -> socialMetadata
    batch_reads: list[list[str]] = field(default_factory=list)  # the URNs of each batch get
    _scripted: list[tuple[str, Response]] = field(default_factory=list)
    _ids: Iterator[int] = field(default_factory=lambda: itertools.count(7_266_000_000_000_000_001))

    def script(self, endpoint: str, response: Response) -> None:
        self._scripted.append((endpoint, response))

    def set_counts(self, urn: str, *, reactions: dict[str, int], comments: int) -> None:
        """What socialMetadata answers for a post or comment from now on."""
        self.social[urn] = {
            "reactionSummaries": {kind: {"reactionType": kind, "count": n} for kind, n in reactions.items()},
            "commentSummary": {"count": comments, "topLevelCount": comments},
        }  # fmt: skip

    def set_votes(self, urn: str, votes: list[int]) -> None:
        post = next(p for p in self.posts if p["id"] == urn)
        for option, count in zip(post["content"]["poll"]["options"], votes, strict=True):
            option["voteCount"] = count
        post["content"]["poll"]["uniqueVotersCount"] = sum(votes)

    def handle(self, request: Request) -> Response:
        body = request.get_data()
        parsed = _parse(body, request)
        headers = {k.lower(): v for k, v in request.headers.items()}
        self.requests.append((request.method, request.path, headers, parsed))
        endpoint = f"{request.method} {request.path}"
        for scripted in self._scripted:
            if scripted[0] == endpoint:
                self._scripted.remove(scripted)
                return scripted[1]
        if request.path == "/oauth/v2/introspectToken":
            return self._introspect(request.form)
        if request.headers.get("Authorization") != f"Bearer {TOKEN}":
            return error(401, "Invalid access token", "INVALID_ACCESS_TOKEN")
        if request.path.startswith("/dms-uploads/"):
            return self._upload(request.path.rsplit("/", 1)[1], body)
        if (
            request.path.startswith("/rest/")
            and headers.get("linkedin-version") not in self.active_versions
        ):
            version = headers.get("linkedin-version")
            return error(426, f"Requested version {version} is not active", "NONEXISTENT_VERSION")
        return self._route(request, parsed)

    def _route(self, request: Request, body: Any) -> Response:
        path, method = unquote(request.path), request.method
        if (method, path) == ("POST", "/rest/images") and request.args.get(
            "action"
        ) == "initializeUpload":
            return self._initialize(body)
        if (method, path) == ("POST", "/rest/posts"):
            return self._create(body)
        if (method, path) == ("GET", "/rest/posts"):
            return self._find(request)
        if (method, path) == ("GET", "/rest/socialMetadata"):
            return self._social_metadata(request)
        if method == "GET" and (found := re.fullmatch(r"/rest/posts/(urn:li:\w+:\d+)", path)):
            post = next((p for p in self.posts if p["id"] == found[1]), None)
            return ok(post) if post else error(404, f"Post {found[1]} not found", "NOT_FOUND")
        if found := re.fullmatch(r"/rest/socialActions/(.+)/comments", path):
            return self._comment(found[1], body) if method == "POST" else self._comments(found[1])
        if method == "GET" and path.startswith("/rest/organizations/"):
            return ok(
                {"id": int(path.rsplit("/", 1)[1]), "localizedName": "Radiology Teaching Cases"}
            )
        if (method, path) == ("GET", "/v2/userinfo"):
            return ok({"sub": "782bbtaQ", "name": "A. Radiologist"})
        return error(404, f"No resource found at {path}", "NOT_FOUND")

    # Images

    def _initialize(self, body: Any) -> Response:
        owner = (body or {}).get("initializeUploadRequest", {}).get("owner")
        if owner != self.author:
            return error(
                403, f"Not enough permissions to upload images for {owner}", "ACCESS_DENIED"
            )
        image_id = f"D4E10AQ{next(self._ids)}"
        urn = f"urn:li:image:{image_id}"
        self.images[urn] = None
        expires = int(self.clock().timestamp() * 1000) + 86_400_000
        return ok(
            {
                "value": {
                    "uploadUrlExpiresAt": expires,
                    "uploadUrl": f"{self.base_url}/dms-uploads/{image_id}",
                    "image": urn,
                }
            }
        )

    def _upload(self, image_id: str, data: bytes) -> Response:
        urn = f"urn:li:image:{image_id}"
        if urn not in self.images:
            return error(404, "No upload was initialized for this image")
        if len(data) > self.upload_limit:
            return Response(NGINX_413, status=413, content_type="text/html")
        self.images[urn] = data
        return Response("", status=201)

    # Posts

    def _create(self, body: Any) -> Response:
        if not isinstance(body, dict) or body.get("author") != self.author:
            return error(403, "Not enough permissions to post as this author", "ACCESS_DENIED")
        commentary = str(body.get("commentary") or "")
        shown = render_little(commentary)
        content = body.get("content") or {}
        refusal = self._refusal(shown, content)
        if refusal is not None:
            return refusal
        for earlier in self.posts[-20:]:
            if earlier["commentary"] == commentary and commentary:
                return error(422, f"Content is a duplicate of {earlier['id']}", "DUPLICATE_POST")
        urn = f"urn:li:share:{next(self._ids)}"
        created = int(self.clock().timestamp() * 1000)
        self.posts.append({"id": urn, "author": self.author, "commentary": commentary, "content": content,
                           "createdAt": created, "lastModifiedAt": created, "lifecycleState": "PUBLISHED",
                           "visibility": body.get("visibility")})  # fmt: skip
        images = _content_images(content)
        poll = content.get("poll")
        self.records.append(
            SentRecord(
                remote_id=urn,
                text=shown,
                alts=[image.get("altText") or "" for image in images],
                media_bytes=[self.images[image["id"]] or b"" for image in images],
                poll_options=[o["text"] for o in poll["options"]] if poll else None,
            )
        )
        return ok(None, 201, {"x-restli-id": urn})

    def _refusal(self, shown: str, content: dict[str, Any]) -> Response | None:
        if len(shown) > 3000:
            return error(422, "commentary is longer than 3000 characters", "UNPROCESSABLE_ENTITY")
        images = _content_images(content)
        if any(self.images.get(image.get("id")) is None for image in images):
            return error(422, "the image was not uploaded", "UNPROCESSABLE_ENTITY")
        if "multiImage" in content and not 2 <= len(images) <= 20:
            return error(422, "multiImage takes 2 to 20 images", "UNPROCESSABLE_ENTITY")
        poll = content.get("poll")
        if poll is not None:
            if len(content) > 1:
                return error(422, "a poll cannot carry other content", "UNPROCESSABLE_ENTITY")
            options = poll.get("options") or []
            if not 2 <= len(options) <= 4 or any(len(o.get("text", "")) > 30 for o in options):
                return error(
                    422,
                    "a poll takes 2 to 4 options of up to 30 characters",
                    "UNPROCESSABLE_ENTITY",
                )
            if len(poll.get("question", "")) > 140:
                return error(
                    422, "the poll question is longer than 140 characters", "UNPROCESSABLE_ENTITY"
                )
        return None

    def _find(self, request: Request) -> Response:
        if not self.can_read:
            return error(
                403,
                "Not enough permissions to access: partnerApiPostsExternal.FINDER-author",
                "ACCESS_DENIED",
            )
        if request.args.get("q") != "author" or request.headers.get("X-RestLi-Method") != "FINDER":
            return error(400, "a finder needs q=author and X-RestLi-Method: FINDER")
        mine = [p for p in self.posts if p["author"] == request.args.get("author")]
        count = int(request.args.get("count", 10))
        return ok(
            {"elements": list(reversed(mine))[:count], "paging": {"start": 0, "count": count}}
        )

    # Comments

    def _comment(self, target: str, body: Any) -> Response:
        message = ((body or {}).get("message") or {}).get("text", "")
        post = next((p for p in self.posts if p["id"] == body.get("object")), None)
        parent = body.get("parentComment")
        if post is None or (parent and parent != target) or (not parent and target != post["id"]):
            return error(404, "the comment target does not exist", "NOT_FOUND")
        if len(message) > 1250:
            return error(422, "a comment takes at most 1250 characters", "UNPROCESSABLE_ENTITY")
        number = next(self._ids)
        activity = post["id"].rsplit(":", 1)[1]
        comment = {"actor": body.get("actor"), "object": post["id"], "message": {"text": message},
                   "$URN": f"urn:li:comment:(urn:li:activity:{activity},{number})", "id": str(number),
                   "created": {"time": int(self.clock().timestamp() * 1000)}}  # fmt: skip
        if parent:
            comment["parentComment"] = parent
        self.comments.setdefault(target, []).append(comment)
        self.records.append(SentRecord(remote_id=comment["$URN"], text=message, reply_to=target))
        return ok(comment, 201, {"x-restli-id": str(number)})

    def _comments(self, target: str) -> Response:
        if not self.can_read:
            return error(403, "Not enough permissions to access comments", "ACCESS_DENIED")
        return ok({"elements": list(reversed(self.comments.get(target, [])))})

    def _social_metadata(self, request: Request) -> Response:
        """A batch get: ``ids=List(urn,urn)``, each URN encoded (its own commas too)."""
        if request.headers.get("X-RestLi-Method") != "BATCH_GET":
            return error(400, "a batch get needs X-RestLi-Method: BATCH_GET", "BAD_REQUEST")
        raw = request.query_string.decode()
        found = re.fullmatch(r"ids=List\((.*)\)", raw)
        if found is None:
            return error(400, "ids must be a List(...)", "BAD_REQUEST")
        urns = [unquote(part) for part in found[1].split(",")]
        self.batch_reads.append(urns)
        known = {p["id"] for p in self.posts} | {
            c["$URN"] for cs in self.comments.values() for c in cs
        }
        zeros = {"reactionSummaries": {}, "commentSummary": {"count": 0, "topLevelCount": 0}}
        results = {
            u: {**zeros, **self.social.get(u, {}), "commentsState": "OPEN", "entity": u}
            for u in urns if u in known
        }  # fmt: skip
        errors = {u: {"status": 404, "message": "Not Found"} for u in urns if u not in known}
        return ok({"results": results, "statuses": {u: 200 for u in results}, "errors": errors})

    # OAuth

    def _introspect(self, form: Any) -> Response:
        if (form.get("client_id"), form.get("client_secret")) != (CLIENT_ID, CLIENT_SECRET):
            return error(401, "Client authentication failed", "INVALID_CLIENT")
        if form.get("token") != TOKEN:
            return ok({"active": False, "status": "revoked"})
        expires = int(self.token_expires_at.timestamp()) if self.token_expires_at else None
        body = {"active": True, "client_id": CLIENT_ID, "authorized_at": 1_764_000_000,
                "created_at": 1_764_000_000, "status": "active", "expires_at": expires,
                "scope": "w_organization_social,r_organization_social", "auth_type": "3L"}  # fmt: skip
        return ok(body)


def _content_images(content: dict[str, Any]) -> list[dict[str, Any]]:
    if "media" in content:
        return [content["media"]]
    return list((content.get("multiImage") or {}).get("images") or [])


def _parse(body: bytes, request: Request) -> Any:
    if request.mimetype == "application/json" and body:
        try:
            return json.loads(body)
        except ValueError:
            return None
    return None


class LinkedInHarness:
    """The Harness protocol over a FakeLinkedIn."""

    name = "linkedin"

    def __init__(self, fake: FakeLinkedIn, state_dir: Path) -> None:
        self.fake = fake
        self.state_dir = state_dir

    def adapter(self, **settings: Any) -> LinkedInAdapter:
        config = {
            "author": self.fake.author,
            "access_token": TOKEN,
            "client_id": CLIENT_ID,
            "client_secret": CLIENT_SECRET,
            "api_base_url": self.fake.base_url,
            "oauth_base_url": self.fake.base_url,
            **settings,
        }
        return LinkedInAdapter("dept-linkedin", config, state_dir=self.state_dir)

    def fail_next_create(
        self, status: int, *, retry_after_seconds: int | None = None, message: str = "failure"
    ) -> None:
        if status == 429:
            answer = error(429, "Resource level throttle APPLICATION DAY limit for calls to this resource is reached.",
                           "TOO_MANY_REQUESTS", {"Retry-After": str(retry_after_seconds or 300)})  # fmt: skip
        elif status in (401, 403):
            answer = error(
                status,
                f"The token used in the request has been revoked: {message}",
                "REVOKED_ACCESS_TOKEN",
            )
        elif status >= 500:
            answer = Response(
                "<html><body>Service Unavailable</body></html>",
                status=status,
                content_type="text/html",
            )
        else:
            answer = error(status, message, "UNPROCESSABLE_ENTITY")
        self.fake.script("POST /rest/posts", answer)

    def fail_next_lookup(self, status: int) -> None:
        """Make the next read of the author's recent posts answer ``status``."""
        self.fake.script(
            "GET /rest/posts",
            Response(
                "<html><body>Unavailable</body></html>", status=status, content_type="text/html"
            ),
        )

    def omit_id_next_create(self) -> None:
        self.fake.script("POST /rest/posts", ok(None, 201))

    def refuse_next_image(self) -> None:
        self.fake.upload_limit = 10

    def sent(self) -> list[SentRecord]:
        return list(self.fake.records)


@pytest.fixture
def linkedin_harness(tmp_path: Path) -> Iterator[LinkedInHarness]:
    """The LinkedIn adapter's harness on a fresh fake API, posting as an organization."""
    with own_server() as httpserver:
        fake = FakeLinkedIn(base_url=httpserver.url_for("").rstrip("/"))
        httpserver.expect_request(re.compile(".*")).respond_with_handler(fake.handle)
        yield LinkedInHarness(fake, tmp_path)
