"""Instagram through the Graph API's content publishing endpoints (plain HTTP).

Instagram takes no uploads: it fetches each image from a URL, so the fitted
JPEGs go to the media store (``[media]``) first. Then, for an account whose id
is ``ig_user_id``:

1. ``GET /{ig_user_id}/media`` (recent posts): a post already there from an
   earlier try is returned instead of posting again, since Instagram has no
   idempotency key; the same list tells when the 24-hour publishing window frees.
2. ``GET /{ig_user_id}/content_publishing_limit``: refused as rate limited, with
   that time, when the account has used its quota.
3. ``POST /{ig_user_id}/media`` with ``image_url``, ``caption`` and ``alt_text``;
   for 2 to 10 images one container per image (``is_carousel_item=true``) and a
   ``media_type=CAROUSEL`` container holding them and the caption.
4. ``GET /{container}?fields=status_code`` until ``FINISHED``.
5. ``POST /{ig_user_id}/media_publish`` with ``creation_id``; then the permalink.

An answer (any post with a reply target) is a comment: ``POST /{media}/comments``,
or ``POST /{comment}/replies`` under a comment. Objects older than ``[media] keep``
are swept from the store after each post.

Counts: ``GET /?ids=...`` (50 a call) with ``like_count,comments_count`` and the
``insights`` edge (views, reach, saved, shares; the token needs
instagram_manage_insights, else only the first two are read); an answer comment's
``like_count``. Instagram's API has no polls.
"""

from __future__ import annotations

import logging
import re
import time
from collections.abc import Callable, Mapping, Sequence
from datetime import datetime, timedelta
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
    RateLimitedError,
    RejectedError,
    RemoteRef,
    Setting,
    TransientError,
    UnknownOutcomeError,
)
from publisher.adapters.matching import earliest, is_same_text
from publisher.adapters.meta_graph import (
    DEFAULT_BASE,
    DEFAULT_VERSION,
    MULTI_IDS,
    GraphClient,
    earlier_try,
    full_page_check,
    insight,
    object_id,
    timestamp,
    top_comment,
)
from publisher.errors import ConfigError, PublisherError

log = logging.getLogger(__name__)

TITLE = "Instagram"

# https://developers.facebook.com/docs/instagram-platform/instagram-graph-api/reference/ig-user/media
CAPABILITIES = Capabilities(
    text_limit=2200,
    counting=COUNT_CHARS,
    images_per_post=10,
    image_max_bytes=8 * 1024 * 1024,
    image_max_side=1440,  # wider images are scaled down by Instagram anyway
    image_formats=("JPEG",),
    alt_limit=1000,
    replies=True,
    spoiler=False,
    polls=False,
    idempotency=False,
    hashtag_limit=30,
    image_aspect_min=4 / 5,
    image_aspect_max=1.91,
    image_aspect_fit="pad",
)
RECENT_MEDIA = 25  # posts read back when looking for one already made
RECENT_COMMENTS = 50
# Pauses while Instagram fetches and checks an image: about a minute in all.
CONTAINER_WAITS = (1.0, 2.0, 3.0, 5.0, 8.0, 10.0, 15.0, 15.0)
FALLBACK_WAIT = timedelta(hours=1)  # when the quota is used and no post tells when it frees
_HASHTAG = re.compile(r"(?<![\w#])#\w+")
FITS = ("pad", "crop")
MEDIA_FIELDS = "like_count,comments_count"
MEDIA_INSIGHTS = "insights.metric(views,reach,saved,shares)"


class InstagramAdapter(Adapter):
    """Posts images with a caption to an Instagram professional account."""

    name = "instagram"
    title = "Instagram"
    extra = "instagram"
    client_module = "boto3"  # the media store's client; the Graph API is plain HTTP
    capabilities = CAPABILITIES
    needs_media = True
    metrics_batch = MULTI_IDS
    settings = (
        Setting("ig_user_id", help="the Instagram professional account's id (a number)"),
        Setting("access_token", secret=True, help="a token with instagram_content_publish"),
        Setting(
            "image_fit",
            required=False,
            default="pad",
            help='images outside 4:5..1.91:1: "pad" with black, or "crop" the middle',
        ),
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
        self.user_id = str(self.options.get("ig_user_id") or "").strip()
        if not self.user_id.isdigit():
            raise ConfigError(f"accounts.{account}.ig_user_id: expected the account's numeric id")
        token = str(self.options.get("access_token") or "")
        self.graph = GraphClient(account=account, title=TITLE, options=self.options, token=token)
        self.sleep: Callable[[float], None] = time.sleep  # tests and rehearsals replace it

    @classmethod
    def capabilities_for(
        cls, options: Mapping[str, Any], stored: Mapping[str, Any]
    ) -> Capabilities:
        """The platform's limits, with the account's choice of padding or cropping."""
        capabilities = super().capabilities_for(options, stored)
        fit = options.get("image_fit", "pad")
        if fit not in FITS:
            raise ConfigError(f'image_fit: expected "pad" or "crop", got {fit!r}')
        return capabilities.with_overrides({"image_aspect_fit": fit})

    # The engine's entry points

    def send(self, post: OutgoingPost) -> PublishResult:
        """Publish the images and caption, or comment when the post answers another."""
        self.graph.clock = self.clock
        target = post.reply_to or post.thread_root
        if target is not None:
            return self._comment(post, target)
        self._refuse_unsendable(post)
        recent = self._recent_media()
        # Without a first-try time an older post with the same caption cannot be told apart.
        found = earlier_try(TITLE, lambda: _find_media(recent, post)) if post.created_at else None
        if found is not None:
            log.info(
                "Instagram already has post %s of %s (an earlier try)", post.post_id, post.case
            )
            return found
        self._respect_publishing_limit(recent)
        creation_id = self._container(post)
        self._await(creation_id)
        media_id = object_id(
            TITLE,
            self.graph.post(f"{self.user_id}/media_publish", data={"creation_id": creation_id}),
        )
        result = PublishResult(media_id, self._permalink(media_id), {"kind": "media"})
        self._sweep()
        return result

    def find_sent(self, post: OutgoingPost) -> PublishResult | None:
        """Look for the post among the account's recent posts (or the comments it answers)."""
        self.graph.clock = self.clock
        try:
            target = post.reply_to or post.thread_root
            if target is not None:
                return _find_comment(self._comments(target), post, self.user_id, target)
            return _find_media(self._recent_media(), post)
        except (UnknownOutcomeError, *ASK_LATER):
            raise
        except AdapterError as exc:
            raise UnknownOutcomeError(
                f"cannot read the account's posts on Instagram: {exc}"
            ) from exc

    def read_metrics(self, refs: Sequence[RemoteRef]) -> dict[str, Counts]:
        """Likes, comments and (where the token may) insights of posts; likes of comments."""
        self.graph.clock = self.clock
        comments = [r.remote_id for r in refs if r.meta.get("kind") == "comment"]
        media = [r.remote_id for r in refs if r.meta.get("kind") != "comment"]
        found = {
            key: _media_counts(body)
            for key, body in self.graph.counts(media, MEDIA_FIELDS, MEDIA_INSIGHTS).items()
        }
        if comments:
            liked = self.graph.objects(comments, "like_count")
            found.update({key: Counts(likes=body.get("like_count")) for key, body in liked.items()})
        return found

    def check(self) -> AccountInfo:
        """Who we post as, the publishing quota, the media store, and when the token expires."""
        me = self.graph.get(self.user_id, fields="id,username")
        quota = self._quota()
        token = self.graph.debug_token()
        if not token.valid:
            raise AuthError("Instagram says the access token is no longer valid")
        parts = [f"{quota[0]} of {quota[1]} posts used in the last 24 hours"] if quota else []
        if self.media is not None:
            parts.append(self.media.check())
        parts.append(_expiry_words(token.expires_at))
        return AccountInfo(
            posting_as=f"@{me.get('username') or self.user_id}",
            capabilities=self.capabilities,
            detail="; ".join(parts),
            token_expires_at=token.expires_at,
        )

    def close(self) -> None:
        self.graph.close()
        if self.media is not None:
            self.media.close()

    # Posting

    def _refuse_unsendable(self, post: OutgoingPost) -> None:
        """Refuse, before anything is stored or created, what Instagram would refuse."""
        problems = []
        if not post.images:
            problems.append("an Instagram post needs at least one image")
        if len(post.images) > self.capabilities.images_per_post:
            problems.append(f"Instagram takes at most {self.capabilities.images_per_post} images")
        if post.poll is not None:
            problems.append("Instagram's API has no polls")
        if len(post.text) > self.capabilities.text_limit:
            problems.append(f"the caption is longer than {self.capabilities.text_limit} characters")
        tags = len(_HASHTAG.findall(post.text))
        most = self.capabilities.hashtag_limit
        if most is not None and tags > most:
            problems.append(f"the caption has {tags} hashtags; Instagram allows {most}")
        if problems:
            raise RejectedError("; ".join(problems))

    def _container(self, post: OutgoingPost) -> str:
        """The container to publish: one image, or a carousel of its items."""
        urls = [self._stored(image) for image in post.images]
        if len(urls) == 1:
            return self._create(image_url=urls[0], caption=post.text, alt_text=post.images[0].alt)
        children = [
            self._create(image_url=url, is_carousel_item="true", alt_text=image.alt)
            for url, image in zip(urls, post.images, strict=True)
        ]
        for child in children:
            self._await(child)
        return self._create(media_type="CAROUSEL", children=",".join(children), caption=post.text)

    def _stored(self, image: OutgoingImage) -> str:
        if self.media is None:
            raise ConfigError(f"accounts.{self.account}: Instagram needs the [media] store")
        return self.media.publish(image.data, image.mime)

    def _create(self, **fields: str) -> str:
        return object_id(TITLE, self.graph.post(f"{self.user_id}/media", data=fields))

    def _await(self, container: str) -> None:
        """Wait until Instagram has fetched and checked the container's image(s)."""
        for pause in (*CONTAINER_WAITS, None):
            status = str(self.graph.get(container, fields="status_code").get("status_code") or "")
            if status in ("FINISHED", "PUBLISHED"):
                return
            if status == "ERROR":
                raise RejectedError(
                    f"Instagram could not use the image(s) of container {container}"
                )
            if status == "EXPIRED":
                raise TransientError(f"Instagram's container {container} expired before publishing")
            if pause is not None:
                self.sleep(pause)
        raise TransientError(f"Instagram had not finished container {container} after a minute")

    def _respect_publishing_limit(self, recent: list[Mapping[str, Any]]) -> None:
        quota = self._quota()
        if quota is None or quota[0] < quota[1]:
            return
        _, total, window = quota
        raise RateLimitedError(
            f"the Instagram account has used its {total} posts of the last {window // 3600} hours",
            retry_after=self._window_frees(recent, timedelta(seconds=window)),
        )

    def _quota(self) -> tuple[int, int, int] | None:
        """(posts used, posts allowed, window in seconds) from content_publishing_limit."""
        body = self.graph.get(
            f"{self.user_id}/content_publishing_limit", fields="config,quota_usage"
        )
        data = body.get("data") or []
        if not data or not isinstance(data[0], Mapping):
            return None
        config = data[0].get("config") or {}
        try:
            used = int(data[0].get("quota_usage") or 0)
            total = int(config["quota_total"])
            window = int(config.get("quota_duration") or 86400)
        except (KeyError, TypeError, ValueError):
            return None
        return used, total, window

    def _window_frees(self, recent: list[Mapping[str, Any]], window: timedelta) -> datetime:
        """When the oldest post inside the rolling window leaves it."""
        now = self.clock()
        times = [t for m in recent if (t := timestamp(m.get("timestamp"))) and t > now - window]
        return min(times) + window if times else now + FALLBACK_WAIT

    def _permalink(self, media_id: str) -> str:
        try:
            link = self.graph.get(media_id, fields="permalink").get("permalink")
        except AdapterError:
            link = None  # published all the same: the id is what matters
        return str(link or f"https://www.instagram.com/p/{media_id}/")

    def _sweep(self) -> None:
        """Remove images stored longer than [media] keep; a failure never fails the post."""
        if self.media is None:
            return
        try:
            self.media.sweep(self.clock())
        except (AdapterError, PublisherError) as exc:
            log.warning("media store: old images were not removed: %s", exc)

    # Comments

    def _comment(self, post: OutgoingPost, target: RemoteRef) -> PublishResult:
        if post.images or post.poll is not None:
            raise RejectedError("an Instagram comment carries text only")
        found = (
            _find_comment(self._comments(target), post, self.user_id, target)
            if post.created_at
            else None
        )
        if found is not None:
            return found
        top = top_comment(target)
        path = f"{top}/replies" if top else f"{target.remote_id}/comments"
        comment_id = object_id(TITLE, self.graph.post(path, data={"message": post.text}))
        return _comment_result(comment_id, target)

    def _comments(self, target: RemoteRef) -> list[Mapping[str, Any]]:
        top = top_comment(target)
        path = f"{top}/replies" if top else f"{target.remote_id}/comments"
        body = self.graph.get(path, fields="id,text,timestamp,from", limit=RECENT_COMMENTS)
        return [c for c in body.get("data") or [] if isinstance(c, Mapping)]

    def _recent_media(self) -> list[Mapping[str, Any]]:
        body = self.graph.get(
            f"{self.user_id}/media",
            fields="id,caption,media_type,timestamp,permalink",
            limit=RECENT_MEDIA,
        )
        return [m for m in body.get("data") or [] if isinstance(m, Mapping)]


def _media_counts(body: Mapping[str, Any]) -> Counts:
    reach, saved, shares = (insight(body, name) for name in ("reach", "saved", "shares"))
    extra = {
        k: v for k, v in (("reach", reach), ("saved", saved), ("shares", shares)) if v is not None
    }
    return Counts(
        likes=body.get("like_count"),
        replies=body.get("comments_count"),
        views=insight(body, "views"),
        extra=extra,
    )


def _find_media(recent: list[Mapping[str, Any]], post: OutgoingPost) -> PublishResult | None:
    """Our post among the account's recent ones; None when surely not there."""
    since = earliest(post)
    kind = "CAROUSEL_ALBUM" if len(post.images) > 1 else "IMAGE"
    for media in recent:
        when = timestamp(media.get("timestamp"))
        if since is not None and when is not None and when < since:
            continue
        if is_same_text(str(media.get("caption") or ""), post.text) and media.get("media_type") in (
            kind,
            None,
        ):
            url = str(media.get("permalink") or f"https://www.instagram.com/p/{media['id']}/")
            return PublishResult(str(media["id"]), url, {"kind": "media"})
    full_page_check(TITLE, recent, "timestamp", since, RECENT_MEDIA)
    return None


def _find_comment(
    comments: list[Mapping[str, Any]], post: OutgoingPost, user_id: str, target: RemoteRef
) -> PublishResult | None:
    since = earliest(post)
    for comment in comments:
        author = comment.get("from") if isinstance(comment.get("from"), Mapping) else {}
        assert isinstance(author, Mapping)
        when = timestamp(comment.get("timestamp"))
        if since is not None and when is not None and when < since:
            continue
        if str(author.get("id") or "") == user_id and is_same_text(
            str(comment.get("text") or ""), post.text
        ):
            return _comment_result(str(comment["id"]), target)
    full_page_check(TITLE, comments, "timestamp", since, RECENT_COMMENTS)
    return None


def _comment_result(comment_id: str, target: RemoteRef) -> PublishResult:
    top = top_comment(target) or comment_id
    media = target.meta.get("media") or target.remote_id
    return PublishResult(comment_id, target.url, {"kind": "comment", "top": top, "media": media})


def _expiry_words(moment: datetime | None) -> str:
    return f"token expires {moment:%Y-%m-%d %H:%M} UTC" if moment else "token does not expire"
