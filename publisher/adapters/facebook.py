"""A Facebook Page through the Graph API (plain HTTP), with a Page access token.

1. ``GET /{page_id}/posts``: a post already there from an earlier try is returned
   instead of posting again (the Graph API has no idempotency key).
2. ``POST /{page_id}/photos`` for each image, multipart ``source``, with
   ``published=false`` and its alt text as ``alt_text_custom``: uploaded, not shown.
3. ``POST /{page_id}/feed`` with ``message`` and ``attached_media[i]={"media_fbid": id}``:
   one post holding every photo. A refusal as a duplicate of a recent post (code
   506) means an earlier try got through: that post is looked up and returned.

An answer (any post with a reply target) is a comment: ``POST /{post}/comments``;
a later part replies under the first comment, as Facebook nests one level.

Counts: ``GET /?ids=...`` (50 a call): a post's reactions and comments (their
summaries' ``total_count``), its shares and, where the token may read insights, its
``post_impressions_unique``; an answer comment's ``like_count`` and ``comment_count``.
The Graph API creates no polls.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from publisher.adapters.base import (
    ASK_LATER,
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
    RejectedError,
    RemoteRef,
    Setting,
    UnknownOutcomeError,
)
from publisher.adapters.matching import earliest, is_same_text
from publisher.adapters.meta_graph import (
    DEFAULT_BASE,
    DEFAULT_VERSION,
    MULTI_IDS,
    GraphClient,
    GraphDuplicateError,
    earlier_try,
    full_page_check,
    insight,
    object_id,
    timestamp,
    top_comment,
)
from publisher.errors import ConfigError

log = logging.getLogger(__name__)

TITLE = "Facebook"

# A Page post takes 63,206 characters but a comment (the answer) 8,000: one limit for both.
CAPABILITIES = Capabilities(
    text_limit=8000,
    counting=COUNT_CHARS,
    images_per_post=10,
    image_max_bytes=4_000_000,
    image_formats=("PNG", "JPEG"),
    alt_limit=1000,
    replies=True,
    spoiler=False,
    polls=False,  # the Graph API no longer creates polls
    idempotency=False,
)
RECENT_POSTS = 25
RECENT_COMMENTS = 50
_MIME_NAMES = {"image/png": "image.png", "image/jpeg": "image.jpg"}
POST_FIELDS = (
    "reactions.summary(total_count).limit(0),comments.summary(total_count).limit(0),shares"
)
POST_INSIGHTS = "insights.metric(post_impressions_unique)"
COMMENT_FIELDS = "like_count,comment_count"


class FacebookAdapter(Adapter):
    """Posts to one Facebook Page as the Page."""

    name = "facebook"
    title = "Facebook Page"
    extra = "facebook"
    client_module = "requests"
    capabilities = CAPABILITIES
    metrics_batch = MULTI_IDS
    settings = (
        Setting("page_id", help="the Page's numeric id"),
        Setting("access_token", secret=True, help="a Page access token"),
        Setting("api_base_url", required=False, default=DEFAULT_BASE, help="the Graph API host"),
        Setting("graph_version", required=False, default=DEFAULT_VERSION, help="e.g. v24.0"),
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
        self.page_id = str(self.options.get("page_id") or "").strip()
        if not self.page_id.isdigit():
            raise ConfigError(f"accounts.{account}.page_id: expected the Page's numeric id")
        token = str(self.options.get("access_token") or "")
        self.graph = GraphClient(account=account, title=TITLE, options=self.options, token=token)

    def send(self, post: OutgoingPost) -> PublishResult:
        """Upload the photos unpublished, then one Page post attaching them; or comment."""
        self.graph.clock = self.clock
        target = post.reply_to or post.thread_root
        if target is not None:
            return self._comment(post, target)
        self._refuse_unsendable(post)
        found = (
            earlier_try(TITLE, lambda: _find_post(self._recent_posts(), post))
            if post.created_at
            else None
        )
        if found is not None:
            log.info("Facebook already has post %s of %s (an earlier try)", post.post_id, post.case)
            return found
        photos = [self._upload(image) for image in post.images]
        fields = {"message": post.text}
        for index, photo in enumerate(photos):
            fields[f"attached_media[{index}]"] = json.dumps({"media_fbid": photo})
        try:
            post_id = object_id(TITLE, self.graph.post(f"{self.page_id}/feed", data=fields))
        except GraphDuplicateError as exc:
            return self._earlier_try(post, exc)
        return PublishResult(post_id, self._permalink(post_id), {"kind": "post"})

    def find_sent(self, post: OutgoingPost) -> PublishResult | None:
        """Look for the post among the Page's recent posts (or the comments it answers)."""
        self.graph.clock = self.clock
        try:
            target = post.reply_to or post.thread_root
            if target is not None:
                return _find_comment(self._comments(target), post, self.page_id, target)
            return _find_post(self._recent_posts(), post)
        except (UnknownOutcomeError, *ASK_LATER):
            raise
        except AdapterError as exc:
            raise UnknownOutcomeError(f"cannot read the Page's posts on Facebook: {exc}") from exc

    def read_metrics(self, refs: Sequence[RemoteRef]) -> dict[str, Counts]:
        """Reactions, comments, shares (and reach) of Page posts; likes of answer comments."""
        self.graph.clock = self.clock
        comments = [r.remote_id for r in refs if r.meta.get("kind") == "comment"]
        posts = [r.remote_id for r in refs if r.meta.get("kind") != "comment"]
        found = {
            key: _post_counts(body)
            for key, body in self.graph.counts(posts, POST_FIELDS, POST_INSIGHTS).items()
        }
        if comments:
            for key, body in self.graph.objects(comments, COMMENT_FIELDS).items():
                found[key] = Counts(likes=body.get("like_count"), replies=body.get("comment_count"))
        return found

    def check(self) -> AccountInfo:
        """The Page we post as, and when the token expires (debug_token)."""
        page = self.graph.get(self.page_id, fields="id,name")
        token = self.graph.debug_token()
        if not token.valid:
            raise AuthError("Facebook says the access token is no longer valid")
        expiry = (
            f"token expires {token.expires_at:%Y-%m-%d %H:%M} UTC"
            if token.expires_at
            else "token does not expire"
        )
        kind = f"{token.kind.lower()} token; " if token.kind else ""
        return AccountInfo(
            posting_as=str(page.get("name") or self.page_id),
            capabilities=self.capabilities,
            detail=kind + expiry,
            token_expires_at=token.expires_at,
        )

    def close(self) -> None:
        self.graph.close()

    def _refuse_unsendable(self, post: OutgoingPost) -> None:
        if post.poll is not None:
            raise RejectedError("the Graph API cannot create a poll on a Page")
        if len(post.images) > self.capabilities.images_per_post:
            raise RejectedError(
                f"a Page post here takes at most {self.capabilities.images_per_post} photos"
            )

    def _upload(self, image: OutgoingImage) -> str:
        """One photo, uploaded but not shown until a post attaches it."""
        name = _MIME_NAMES.get(image.mime, "image")
        return object_id(
            TITLE,
            self.graph.post(
                f"{self.page_id}/photos",
                data={"published": "false", "alt_text_custom": image.alt},
                files={"source": (name, image.data, image.mime)},
            ),
        )

    def _earlier_try(self, post: OutgoingPost, refusal: GraphDuplicateError) -> PublishResult:
        """Facebook refused a repeat: an earlier try of this post arrived after all, or not."""
        found = self.find_sent(post)
        if found is None:
            raise RejectedError(str(refusal)) from refusal
        log.info("Facebook already has post %s of %s (an earlier try)", post.post_id, post.case)
        return found

    def _permalink(self, post_id: str) -> str:
        try:
            link = self.graph.get(post_id, fields="permalink_url").get("permalink_url")
        except AdapterError:
            link = None  # posted all the same: the id is what matters
        return str(link or f"https://www.facebook.com/{post_id}")

    def _comment(self, post: OutgoingPost, target: RemoteRef) -> PublishResult:
        if post.images or post.poll is not None:
            raise RejectedError("a Facebook comment here carries text only")
        if post.created_at:
            found = _find_comment(self._comments(target), post, self.page_id, target)
            if found is not None:
                return found
        on = top_comment(target) or target.remote_id
        comment_id = object_id(
            TITLE, self.graph.post(f"{on}/comments", data={"message": post.text})
        )
        return _comment_result(comment_id, target)

    def _comments(self, target: RemoteRef) -> list[Mapping[str, Any]]:
        on = top_comment(target) or target.remote_id
        body = self.graph.get(
            f"{on}/comments", fields="id,message,created_time,from", limit=RECENT_COMMENTS,
            order="reverse_chronological",
        )  # fmt: skip
        return [c for c in body.get("data") or [] if isinstance(c, Mapping)]

    def _recent_posts(self) -> list[Mapping[str, Any]]:
        body = self.graph.get(
            f"{self.page_id}/posts",
            fields="id,message,created_time,permalink_url",
            limit=RECENT_POSTS,
        )
        return [p for p in body.get("data") or [] if isinstance(p, Mapping)]


def _post_counts(body: Mapping[str, Any]) -> Counts:
    def total(edge: str) -> int | None:
        value = ((body.get(edge) or {}).get("summary") or {}).get("total_count")
        return value if isinstance(value, int) else None

    shares = (body.get("shares") or {}).get("count", 0)  # Graph leaves it out at none
    return Counts(
        likes=total("reactions"),
        reposts=shares if isinstance(shares, int) else None,
        replies=total("comments"),
        views=insight(body, "post_impressions_unique"),
    )


def _find_post(recent: list[Mapping[str, Any]], post: OutgoingPost) -> PublishResult | None:
    since = earliest(post)
    for item in recent:
        when = timestamp(item.get("created_time"))
        if since is not None and when is not None and when < since:
            continue
        if is_same_text(str(item.get("message") or ""), post.text):
            url = str(item.get("permalink_url") or f"https://www.facebook.com/{item['id']}")
            return PublishResult(str(item["id"]), url, {"kind": "post"})
    full_page_check(TITLE, recent, "created_time", since, RECENT_POSTS)
    return None


def _find_comment(
    comments: list[Mapping[str, Any]], post: OutgoingPost, page_id: str, target: RemoteRef
) -> PublishResult | None:
    since = earliest(post)
    for comment in comments:
        author = comment.get("from")
        author_id = str(author.get("id") or "") if isinstance(author, Mapping) else ""
        when = timestamp(comment.get("created_time"))
        if since is not None and when is not None and when < since:
            continue
        if author_id == page_id and is_same_text(str(comment.get("message") or ""), post.text):
            return _comment_result(str(comment["id"]), target)
    full_page_check(TITLE, comments, "created_time", since, RECENT_COMMENTS)
    return None


def _comment_result(comment_id: str, target: RemoteRef) -> PublishResult:
    top = top_comment(target) or comment_id
    return PublishResult(comment_id, target.url, {"kind": "comment", "top": top})
