"""A small Facebook Page Graph API on pytest-httpserver, for the Facebook adapter and the
contract suite: unpublished photo uploads (multipart ``source``, ``alt_text_custom``),
feed posts attaching them (``attached_media``), the duplicate-post refusal (#506),
the Page's recent posts, comments, and ``debug_token``.

Shapes from https://developers.facebook.com/docs/graph-api/reference/page/photos/,
.../page/feed/ and .../object/comments/.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from werkzeug import Request, Response

from publisher.adapters.facebook import FacebookAdapter
from tests.adapters.fake_graph import GraphServer, graph_error, graph_time, json_response
from tests.adapters.harness import SentRecord
from tests.support.servers import own_server

TOKEN = "facebook-page-token-5be27d91c4"  # distinctive, so a leak into any message is easy to spot
PAGE_ID = "104513742299301"
PAGE_NAME = "Radiology Teaching Cases"


@dataclass
class Photo:
    id: str
    data: bytes
    mime: str
    alt: str | None
    published: bool
    attached: bool = False


def _summary(total: int) -> dict[str, Any]:
    """An edge asked for with .summary(total_count).limit(0)."""
    return {"data": [], "summary": {"total_count": total, "can_comment": True}}


@dataclass
class FakeFacebook(GraphServer):
    photo_limit: int = 4_000_000
    clock: Any = field(default=lambda: datetime.now(UTC))
    photos: dict[str, Photo] = field(default_factory=dict)
    posts: list[dict[str, Any]] = field(default_factory=list)  # oldest first
    comments: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    records: list[SentRecord] = field(default_factory=list)

    def route(self, method: str, path: str, args: dict[str, str], request: Request) -> Response:
        parts = path.split("/")
        node, edge = parts[0], (parts[1] if len(parts) > 1 else "")
        if node == PAGE_ID:
            if (method, edge) == ("GET", ""):
                return json_response({"id": PAGE_ID, "name": PAGE_NAME})
            if (method, edge) == ("POST", "photos"):
                return self._photo(args, request)
            if (method, edge) == ("POST", "feed"):
                return self._feed(args)
            if (method, edge) == ("GET", "posts"):
                return json_response(
                    {"data": list(reversed(self.posts))[: int(args.get("limit", 25))]}
                )
            return self.not_found(path)
        if edge == "comments":
            return self._comment(node, args) if method == "POST" else self._comments(node)
        if (method, edge) == ("GET", "") and (found := self._post(node)) is not None:
            return json_response({"id": node, "permalink_url": found["permalink_url"]})
        return self.not_found(path)

    def _photo(self, args: dict[str, str], request: Request) -> Response:
        source = request.files.get("source")
        if source is None and "url" not in args:
            return graph_error(400, "(#324) Requires upload file", 324)
        data = source.read() if source else b""
        if len(data) > self.photo_limit:
            return graph_error(400, "(#100) The photo is larger than 4 MB", 100)
        photo = Photo(self.new_id(), data, source.mimetype if source else "", args.get("alt_text_custom"),
                      published=args.get("published", "true") != "false")  # fmt: skip
        self.photos[photo.id] = photo
        return json_response({"id": photo.id})

    def _feed(self, args: dict[str, str]) -> Response:
        message = args.get("message", "")
        keys = sorted((k for k in args if k.startswith("attached_media[")), key=_index)
        try:
            ids = [str(json.loads(args[k])["media_fbid"]) for k in keys]
        except (ValueError, KeyError, TypeError):
            return graph_error(400, '(#100) attached_media must be {"media_fbid": ID}', 100)
        photos = [self.photos.get(i) for i in ids]
        if any(p is None or p.published or p.attached for p in photos):
            return graph_error(
                400, "(#100) attached_media: photos must be unpublished and unused", 100
            )
        if not message and not photos:
            return graph_error(400, "(#100) The post is empty", 100)
        if any(p["message"] == message for p in self.posts[-25:]) and message:
            return graph_error(400, "(#506) Duplicate status message", 506)
        post_id = f"{PAGE_ID}_{self.new_id()}"
        entry = {"id": post_id, "message": message, "created_time": graph_time(self.clock()),
                 "permalink_url": f"https://www.facebook.com/{PAGE_ID}/posts/{post_id.split('_')[1]}"}  # fmt: skip
        self.posts.append(entry)
        for photo in photos:
            assert photo is not None
            photo.attached = True
        self.records.append(
            SentRecord(
                remote_id=post_id,
                text=message,
                alts=[p.alt or "" for p in photos if p],
                media_bytes=[p.data for p in photos if p],
            )
        )
        return json_response({"id": post_id})

    def has_object(self, object_id: str) -> bool:
        return self._post(object_id) is not None or self._find_comment(object_id) is not None

    def zeros(self, object_id: str) -> dict[str, Any]:
        if self._post(object_id) is not None:  # shares: Graph leaves the field out at none
            return {"reactions": _summary(0), "comments": _summary(0)}
        return {"like_count": 0, "comment_count": 0}

    def set_counts(
        self, post_id: str, *, reactions: int, comments: int, shares: int, reach: int
    ) -> None:
        """A Page post's counts from now on, in Graph's shapes."""
        self.counts[post_id] = {
            "reactions": _summary(reactions), "comments": _summary(comments),
            "shares": {"count": shares}, "insights": {"post_impressions_unique": reach},
        }  # fmt: skip

    def _post(self, post_id: str) -> dict[str, Any] | None:
        return next((p for p in self.posts if p["id"] == post_id), None)

    def _find_comment(self, comment_id: str) -> dict[str, Any] | None:
        return next((c for cs in self.comments.values() for c in cs if c["id"] == comment_id), None)

    def _comment(self, target: str, args: dict[str, str]) -> Response:
        parent = self._find_comment(target)
        if self._post(target) is None and (parent is None or parent.get("parent")):
            return self.not_found(target)
        comment = {"id": f"{target.split('_')[-1]}_{self.new_id()}", "message": args.get("message", ""),
                   "created_time": graph_time(self.clock()), "from": {"id": PAGE_ID, "name": PAGE_NAME},
                   "parent": target if parent else None}  # fmt: skip
        self.comments.setdefault(target, []).append(comment)
        self.records.append(
            SentRecord(remote_id=comment["id"], text=comment["message"], reply_to=target)
        )
        return json_response({"id": comment["id"]})

    def _comments(self, target: str) -> Response:
        shown = [
            {k: v for k, v in c.items() if k != "parent"} for c in self.comments.get(target, [])
        ]
        return json_response({"data": list(reversed(shown))})


def _index(key: str) -> int:
    found = re.search(r"\[(\d+)\]", key)
    return int(found[1]) if found else 0


class FacebookHarness:
    """The Harness protocol over a FakeFacebook."""

    name = "facebook"

    def __init__(self, fake: FakeFacebook, state_dir: Path) -> None:
        self.fake = fake
        self.state_dir = state_dir

    def adapter(self, **settings: Any) -> FacebookAdapter:
        config = {
            "page_id": PAGE_ID,
            "access_token": TOKEN,
            "api_base_url": self.fake.base_url,
            **settings,
        }
        return FacebookAdapter("dept-facebook", config, state_dir=self.state_dir)

    def fail_next_create(
        self, status: int, *, retry_after_seconds: int | None = None, message: str = "failure"
    ) -> None:
        self.fake.fail_next(
            "POST feed", status, retry_after_seconds=retry_after_seconds, message=message
        )

    def fail_next_lookup(self, status: int) -> None:
        """Make the next read of the Page's recent posts fail as Graph does."""
        self.fake.fail_next("GET posts", status)
        self.fake.fail_next("GET comments", status)

    def omit_id_next_create(self) -> None:
        self.fake.script("POST feed", json_response({"success": True}))

    def refuse_next_image(self) -> None:
        self.fake.photo_limit = 10

    def sent(self) -> list[SentRecord]:
        return list(self.fake.records)


@pytest.fixture
def facebook_harness(tmp_path: Path) -> Iterator[FacebookHarness]:
    """The Facebook adapter's harness on a fresh fake Page."""
    with own_server() as httpserver:
        fake = FakeFacebook(
            base_url=httpserver.url_for("").rstrip("/"), token=TOKEN, owner_id=PAGE_ID
        )
        httpserver.expect_request(re.compile(".*")).respond_with_handler(fake.handle)
        yield FacebookHarness(fake, tmp_path)
