"""A small Instagram Graph API on pytest-httpserver, for the Instagram adapter and the
contract suite.

It answers in the shapes of the content publishing reference
(https://developers.facebook.com/docs/instagram-platform/content-publishing):
containers made from an ``image_url`` that the server itself fetches (from the
media store on moto, over HTTP, as Instagram cURLs it), ``status_code`` checks,
``media_publish``, the ``content_publishing_limit`` quota, recent media, comments
and replies, and ``debug_token``. It refuses what Instagram refuses: an image URL
that does not serve an image, a shape outside 4:5..1.91:1, a non-JPEG when
``jpeg_only`` is on, more than 10 carousel items, and a caption over 2,200
characters or 30 hashtags.
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
import requests
from PIL import Image
from werkzeug import Request, Response

from publisher.adapters.instagram import InstagramAdapter
from publisher.media.store import MediaSettings, MediaStore
from tests.adapters.fake_graph import GraphServer, graph_error, graph_time, json_response
from tests.adapters.harness import SentRecord
from tests.support.s3 import MEDIA_ENV, S3Server
from tests.support.servers import own_server

TOKEN = "instagram-test-token-a41c97d03e"  # distinctive, so a leak into any message is easy to spot
USER_ID = "17841400008460056"
USERNAME = "radcases"
_HASHTAG = re.compile(r"(?<![\w#])#\w+")


@dataclass
class Container:
    id: str
    image_url: str = ""
    data: bytes = b""
    alt: str | None = None
    caption: str = ""
    is_item: bool = False
    children: list[str] = field(default_factory=list)
    checks_until_ready: int = 0
    published: bool = False


@dataclass
class FakeInstagram(GraphServer):
    """The server's state; tests read and tweak it directly."""

    jpeg_only: bool = True
    quota_total: int = 100
    slow_containers: int = 0  # how many of the next containers answer IN_PROGRESS once
    image_limit: int = 8 * 1024 * 1024
    clock: Any = field(default=lambda: datetime.now(UTC))
    containers: dict[str, Container] = field(default_factory=dict)
    media: list[dict[str, Any]] = field(default_factory=list)  # oldest first
    comments: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    fetched: list[tuple[str, bytes]] = field(default_factory=list)  # every image_url, and its bytes
    records: list[SentRecord] = field(default_factory=list)

    def route(self, method: str, path: str, args: dict[str, str], request: Request) -> Response:
        parts = path.split("/")
        node, edge = parts[0], (parts[1] if len(parts) > 1 else "")
        if node == USER_ID:
            routes = {
                ("GET", ""): lambda: json_response({"id": USER_ID, "username": USERNAME}),
                ("GET", "media"): lambda: self._recent(args),
                ("POST", "media"): lambda: self._container(args),
                ("POST", "media_publish"): lambda: self._publish(args),
                ("GET", "content_publishing_limit"): self._limit,
            }
            handler = routes.get((method, edge))
            return handler() if handler else self.not_found(path)
        if edge in ("comments", "replies"):
            return self._comment(node, args) if method == "POST" else self._comments(node)
        if method == "GET" and not edge:
            return self._node(node, args)
        return self.not_found(path)

    # Containers and publishing

    def _container(self, args: dict[str, str]) -> Response:
        container = Container(
            id=self.new_id(),
            alt=args.get("alt_text"),
            caption=args.get("caption", ""),
            is_item=args.get("is_carousel_item") == "true",
        )
        if args.get("media_type") == "CAROUSEL":
            children = [c for c in args.get("children", "").split(",") if c]
            if not 2 <= len(children) <= 10 or any(c not in self.containers for c in children):
                return graph_error(
                    400, "The carousel must hold 2 to 10 valid items", 100, subcode=2207014
                )
            container.children = children
        else:
            refused = self._fetch(container, args.get("image_url", ""))
            if refused is not None:
                return refused
        refused = self._caption_refusal(container.caption)
        if refused is not None:
            return refused
        if self.slow_containers > 0:
            self.slow_containers -= 1
            container.checks_until_ready = 1
        self.containers[container.id] = container
        return json_response({"id": container.id})

    def _fetch(self, container: Container, url: str) -> Response | None:
        """Instagram cURLs the image from its URL at container time."""
        try:
            answer = requests.get(url, timeout=10)
        except requests.RequestException:
            answer = None
        if answer is None or answer.status_code != 200:
            return graph_error(
                400,
                "Media download has failed. The media URI doesn't meet our requirements.",
                9004,
                subcode=2207052,
            )
        self.fetched.append((url, answer.content))
        if len(answer.content) > self.image_limit:
            return graph_error(
                400, "The image is too large. It must be 8 MB or less.", 9004, subcode=2207004
            )
        try:
            image = Image.open(io.BytesIO(answer.content))
            image.load()
        except OSError:
            return graph_error(400, "The media could not be processed.", 9004, subcode=2207052)
        if self.jpeg_only and image.format != "JPEG":
            return graph_error(400, "Only JPEG images are supported.", 9004, subcode=2207026)
        if not 0.8 <= image.width / image.height <= 1.91:
            return graph_error(400, "The aspect ratio is not supported.", 36003, subcode=2207009)
        container.image_url, container.data = url, answer.content
        return None

    def _caption_refusal(self, caption: str) -> Response | None:
        if len(caption) > 2200:
            return graph_error(
                400, "The caption is too long (2,200 characters at most).", 100, subcode=2207010
            )
        if len(_HASHTAG.findall(caption)) > 30:
            return graph_error(400, "The caption has more than 30 hashtags.", 100, subcode=2207010)
        return None

    def _publish(self, args: dict[str, str]) -> Response:
        container = self.containers.get(args.get("creation_id", ""))
        if container is None or container.is_item:
            return graph_error(
                400, "The media is not ready to be published.", 9007, subcode=2207027
            )
        if container.published:
            return graph_error(400, "The container has already been published.", 100)
        if self._used() >= self.quota_total:
            return graph_error(
                400, "The account has reached its publishing limit.", 9, subcode=2207042
            )
        items = [self.containers[c] for c in container.children] or [container]
        container.published = True
        media = {
            "id": self.new_id(),
            "caption": container.caption,
            "media_type": "CAROUSEL_ALBUM" if container.children else "IMAGE",
            "timestamp": graph_time(self.clock()),
            "permalink": "",
        }
        media["permalink"] = f"https://www.instagram.com/p/C{media['id'][-9:]}/"
        self.media.append(media)
        self.records.append(
            SentRecord(
                remote_id=media["id"],
                text=container.caption,
                alts=[item.alt or "" for item in items],
                media_bytes=[item.data for item in items],
            )
        )
        return json_response({"id": media["id"]})

    def _node(self, node: str, args: dict[str, str]) -> Response:
        if node in self.containers:
            container = self.containers[node]
            status = "PUBLISHED" if container.published else "FINISHED"
            if container.checks_until_ready > 0:
                container.checks_until_ready -= 1
                status = "IN_PROGRESS"
            return json_response({"status_code": status, "id": node})
        media = self._media(node)
        if media is None:
            return self.not_found(node)
        return json_response({"permalink": media["permalink"], "id": node})

    def has_object(self, object_id: str) -> bool:
        return self._media(object_id) is not None or self._find_comment(object_id) is not None

    def zeros(self, object_id: str) -> dict[str, Any]:
        if self._media(object_id) is not None:
            return {"like_count": 0, "comments_count": 0}
        return {"like_count": 0}  # a comment

    def _media(self, media_id: str) -> dict[str, Any] | None:
        return next((m for m in self.media if m["id"] == media_id), None)

    def _recent(self, args: dict[str, str]) -> Response:
        limit = min(int(args.get("limit", 25)), 100)
        return json_response({"data": list(reversed(self.media))[:limit], "paging": {}})

    def _used(self) -> int:
        since = self.clock() - timedelta(hours=24)
        return sum(
            1
            for m in self.media
            if datetime.strptime(m["timestamp"], "%Y-%m-%dT%H:%M:%S%z") > since
        )

    def _limit(self) -> Response:
        return json_response(
            {
                "data": [
                    {
                        "config": {"quota_total": self.quota_total, "quota_duration": 86400},
                        "quota_usage": self._used(),
                    }
                ]
            }
        )

    # Comments

    def _comment(self, target: str, args: dict[str, str]) -> Response:
        on_media = self._media(target) is not None
        parent = None if on_media else self._find_comment(target)
        if not on_media and (parent is None or parent.get("parent_id")):
            return self.not_found(target)  # replies go under a top-level comment only
        comment = {
            "id": self.new_id(),
            "text": args.get("message", ""),
            "timestamp": graph_time(self.clock()),
            "from": {"id": USER_ID, "username": USERNAME},
            "parent_id": None if on_media else target,
        }
        self.comments.setdefault(target, []).append(comment)
        self.records.append(
            SentRecord(remote_id=comment["id"], text=comment["text"], reply_to=target)
        )
        return json_response({"id": comment["id"]})

    def _find_comment(self, comment_id: str) -> dict[str, Any] | None:
        return next((c for cs in self.comments.values() for c in cs if c["id"] == comment_id), None)

    def _comments(self, target: str) -> Response:
        shown = [
            {k: v for k, v in c.items() if k != "parent_id"} for c in self.comments.get(target, [])
        ]
        return json_response({"data": list(reversed(shown))})

    def add_comment(self, media_id: str, text: str, *, by: str = "17841405309211844") -> None:
        """Someone else's comment on one of our posts."""
        self.comments.setdefault(media_id, []).append(
            {
                "id": self.new_id(),
                "text": text,
                "timestamp": graph_time(self.clock()),
                "from": {"id": by, "username": "someone"},
                "parent_id": None,
            }
        )


class InstagramHarness:
    """The Harness protocol (tests/adapters/harness.py) over a FakeInstagram and moto."""

    name = "instagram"

    def __init__(self, fake: FakeInstagram, s3: S3Server, bucket: str, state_dir: Path) -> None:
        self.fake = fake
        self.s3 = s3
        self.bucket = bucket
        self.state_dir = state_dir
        self.sleeps: list[float] = []

    def media_settings(self, **options: Any) -> MediaSettings:
        return MediaSettings(
            bucket=self.bucket, endpoint_url=self.s3.endpoint, addressing_style="path",
            access_key_id="${MEDIA_ACCESS_KEY}", secret_access_key="${MEDIA_SECRET_KEY}",
            prefix="ig/", **options,
        )  # fmt: skip

    def adapter(self, **settings: Any) -> InstagramAdapter:
        """A fresh adapter for the fake server, with a media store on moto."""
        config = {
            "ig_user_id": USER_ID,
            "access_token": TOKEN,
            "api_base_url": self.fake.base_url,
            **settings,
        }
        adapter = InstagramAdapter("dept-instagram", config, state_dir=self.state_dir)
        adapter.media = MediaStore(self.media_settings(), MEDIA_ENV)
        adapter.sleep = self.sleeps.append
        return adapter

    def fail_next_create(
        self, status: int, *, retry_after_seconds: int | None = None, message: str = "failure"
    ) -> None:
        """Make the next media_publish answer as Graph does for ``status``."""
        self.fake.fail_next(
            "POST media_publish", status, retry_after_seconds=retry_after_seconds, message=message
        )

    def fail_next_lookup(self, status: int) -> None:
        """Make the next read of the account's recent media fail as Graph does."""
        self.fake.fail_next("GET media", status)
        self.fake.fail_next("GET comments", status)

    def omit_id_next_create(self) -> None:
        self.fake.script("POST media_publish", json_response({"success": True}))

    def refuse_next_image(self) -> None:
        """Instagram fetches the image and finds it larger than it takes."""
        self.fake.image_limit = 10

    def sent(self) -> list[SentRecord]:
        return list(self.fake.records)


@pytest.fixture
def instagram_harness(
    tmp_path: Path, s3_server: S3Server, s3_bucket: str
) -> Iterator[InstagramHarness]:
    """The Instagram adapter's harness on a fresh fake server and bucket. The contract
    suite's images are PNG drawings, so the JPEG rule is off here; it has its own test."""
    with own_server() as httpserver:
        fake = FakeInstagram(
            base_url=httpserver.url_for("").rstrip("/"), token=TOKEN, owner_id=USER_ID
        )
        fake.jpeg_only = False
        httpserver.expect_request(re.compile(".*")).respond_with_handler(fake.handle)
        yield InstagramHarness(fake, s3_server, s3_bucket, tmp_path)
