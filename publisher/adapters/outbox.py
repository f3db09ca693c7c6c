"""The dry-run account: each post becomes a folder of files instead of a network call."""

from __future__ import annotations

import json
import os
import re
import tempfile
from pathlib import Path
from typing import Any

from publisher.adapters.base import (
    Adapter,
    Capabilities,
    OutgoingPost,
    PublishResult,
    RejectedError,
    Setting,
)

_EXTENSIONS = {"image/png": "png", "image/jpeg": "jpg"}


class OutboxAdapter(Adapter):
    """Writes ``post.json`` and the image bytes exactly as they would be uploaded."""

    name = "outbox"
    title = "Outbox (dry run)"
    capabilities = Capabilities(
        text_limit=500,
        spoiler=True,
        polls=True,
        poll_with_media=True,
        idempotency=True,
    )
    settings = (
        Setting("path", required=False, default="outbox", help="folder the posts are written to"),
        Setting("text_limit", required=False, help="characters per post (default 500)"),
    )

    def __init__(self, account: str, options: Any, **kwargs: Any) -> None:
        super().__init__(account, options, **kwargs)
        self.root = Path(str(self.options.get("path") or "outbox")).absolute()

    def send(self, post: OutgoingPost) -> PublishResult:
        found = self.find_sent(post)
        if found is not None:
            return found
        folder = self._folder(post)
        if len(post.images) > self.capabilities.images_per_post:
            raise RejectedError(f"{len(post.images)} images; the outbox takes at most 4")
        self.root.mkdir(parents=True, exist_ok=True)
        # Build the folder under a temporary name and rename it, so a crash never
        # leaves a half-written post that a retry would mistake for a sent one.
        staging = Path(tempfile.mkdtemp(prefix=".staging-", dir=self.root))
        for index, image in enumerate(post.images, start=1):
            ext = _EXTENSIONS.get(image.mime, "bin")
            (staging / f"image-{index}.{ext}").write_bytes(image.data)
        (staging / "post.json").write_text(json.dumps(_record(post), indent=2, ensure_ascii=False))
        os.replace(staging, folder)
        return self._result(folder)

    def find_sent(self, post: OutgoingPost) -> PublishResult | None:
        folder = self._folder(post)
        return self._result(folder) if (folder / "post.json").exists() else None

    def _folder(self, post: OutgoingPost) -> Path:
        slug = re.sub(r"[^A-Za-z0-9_.-]", "_", post.case)
        key = re.sub(r"[^A-Za-z0-9]", "", post.idempotency_key)[:12] or str(post.post_id)
        return self.root / f"{slug}-{post.kind}-{post.part}-{key}"

    def _result(self, folder: Path) -> PublishResult:
        return PublishResult(remote_id=folder.name, url=(folder / "post.json").as_uri())


def _record(post: OutgoingPost) -> dict[str, Any]:
    return {
        "post_id": post.post_id,
        "case": post.case,
        "kind": post.kind,
        "part": post.part,
        "parts": post.parts,
        "text": post.text,
        "spoiler": post.spoiler,
        "reply_to": post.reply_to.remote_id if post.reply_to else None,
        "alt": [image.alt for image in post.images],
        "images": [
            f"image-{i}.{_EXTENSIONS.get(im.mime, 'bin')}" for i, im in enumerate(post.images, 1)
        ],
        "poll": {"options": list(post.poll.options), "hours": post.poll.duration_hours}
        if post.poll
        else None,
        "idempotency_key": post.idempotency_key,
    }
