"""Discord through a channel's webhook, in plain HTTP (requests).

No webhook library fits: the popular one cannot send attachment descriptions, which
carry the alt text. A post is one ``POST {webhook}?wait=true`` (``wait`` makes Discord
answer with the message, so its id comes back): JSON, or multipart with
``payload_json`` and ``files[n]`` when there are images, each listed in
``attachments`` with its ``description``.

Where posts go:

- a forum channel (``forum = true``): each prompt opens a thread, ``thread_name``
  being the prompt's first line; the rest of the case (the poll, the answer) follows
  in that thread with ``thread_id``. A forum thread's id is its first message's id.
- a text channel: in the channel, or in the thread ``thread_id`` names. A webhook
  cannot reply, so the answer follows there with its lead line.

The quiz is a native poll (webhooks may send polls, but not with attachments or
content), in its own message after the images. Discord has no idempotency key and a
webhook cannot list messages. With a ``bot_token`` (a bot in the server with Read
Message History) the adapter reads the channel or thread before every send and after
a crash, so nothing is posted twice. Without one, a request that may have reached
Discord raises UnknownOutcomeError and the post is parked for a person.

Counts need the bot too (a webhook reads nothing): the channel or thread of the
posts is listed from just before the oldest of them, 100 messages a call, and each
message tells its reactions (all emoji together, as "likes") and its poll's votes.
"""

from __future__ import annotations

import json
import logging
import os
from collections.abc import Mapping, Sequence
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import requests
from requests.adapters import HTTPAdapter

from publisher import __version__
from publisher.adapters import waits
from publisher.adapters.base import (
    ASK_LATER,
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
    is_safe_base_url,
)
from publisher.adapters.network import host_of, reason, unreachable
from publisher.errors import ConfigError

TIMEOUT = (10, 60)  # seconds to connect, seconds between bytes of the answer
THREAD_NAME_LIMIT = 100
POLL_HOURS = (1, 768)  # Discord's shortest and longest poll
LOOKBACK = 100  # messages read when looking for one already sent (the API maximum)
CLOCK_SLACK = timedelta(minutes=15)
DISCORD_EPOCH_MS = 1_420_070_400_000
DETAIL_LIMIT = 300
# Discord's JSON error codes that mean the account's settings, not the post, are wrong.
_ACCOUNT_CODES = {10003: "the thread or channel", 10015: "the webhook", 50001: "access"}
_MIME_EXTENSIONS = {"image/png": "png", "image/jpeg": "jpg"}


class DiscordAdapter(Adapter):
    """Posts to one Discord channel (or forum) through its webhook."""

    name = "discord"
    title = "Discord"
    extra = None  # plain HTTP through requests, a dependency already
    client_module = None
    capabilities = Capabilities(
        text_limit=2000,
        images_per_post=10,
        image_max_bytes=10 * 1024 * 1024,  # the upload limit of a server without boosts
        image_formats=("PNG", "JPEG"),
        alt_limit=1024,  # an attachment's description
        replies=True,  # in the same thread
        hashtags=False,  # Discord has none: "#" names channels
        spoiler_markup=("||", "||"),
        polls=True,
        poll_with_media=False,
        poll_max_options=10,
        poll_option_limit=55,
        poll_question_limit=300,
        idempotency=False,
    )
    settings = (
        Setting(
            "url",
            secret=True,
            help="the channel's webhook URL (Channel settings > Integrations > Webhooks)",
        ),
        Setting("forum", required=False, default=False, help="true for a forum channel"),
        Setting(
            "thread_id",
            required=False,
            help="a thread of a text channel to post in, instead of the channel",
        ),
        Setting(
            "bot_token",
            required=False,
            secret=True,
            help="a bot that may read the channel, to reconcile interrupted sends",
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
        self.url, self.api, self.webhook_id = _read_webhook_url(account, self.options.get("url"))
        self.forum = self.options.get("forum") is True
        self.thread_id = _read_snowflake(account, "thread_id", self.options.get("thread_id"))
        if self.forum and self.thread_id:
            raise ConfigError(
                f"accounts.{account}.thread_id: a forum opens a thread per case; "
                "leave thread_id out, or set forum = false"
            )
        self.bot_token = str(self.options.get("bot_token") or "")
        self.metrics_batch = LOOKBACK if self.bot_token else 0  # only a bot reads messages
        self.session = _session(self.url)
        self._webhook: Mapping[str, Any] | None = None  # what GET {webhook} said, once

    # -- the Adapter interface ---------------------------------------------------------

    def prepare(self, post: OutgoingPost) -> dict[str, str]:
        """The moment of the first try: lookups read messages from a little before it."""
        return {"first_try": self.clock().isoformat()}

    def send(self, post: OutgoingPost) -> PublishResult:
        """Execute the webhook with the post; with a bot token, look for an earlier try first."""
        if post.poll is not None and post.images:
            raise RejectedError("a Discord poll cannot carry images: send it as a reply")
        if self.bot_token:
            found = self.find_sent(post)
            if found is not None:
                return found
        params = {"wait": "true", **self._thread_param(post)}
        response = self._request(
            "POST", self.url, params=params, **_body(post, self._new_thread(post))
        )
        if not response.ok:
            raise self._status_error(response)
        return self._result(response)

    def find_sent(self, post: OutgoingPost) -> PublishResult | None:
        """Read the channel (or thread) through the bot; None if the post is surely not there."""
        if not self.bot_token:
            raise UnknownOutcomeError(
                "a Discord webhook cannot list messages; set bot_token to let the adapter look"
            )
        try:
            return self._look_for(post)
        except (UnknownOutcomeError, *ASK_LATER):
            raise
        except AdapterError as exc:
            raise UnknownOutcomeError(f"cannot read the Discord channel: {exc}") from exc

    def read_metrics(self, refs: Sequence[RemoteRef]) -> dict[str, Counts]:
        """Reactions and poll votes, read through the bot channel by channel (or thread)."""
        if not self.bot_token:
            return super().read_metrics(refs)
        by_channel: dict[str, set[str]] = {}
        for ref in refs:
            by_channel.setdefault(self._channel_of(ref), set()).add(ref.remote_id)
        found: dict[str, Counts] = {}
        for channel, wanted in by_channel.items():
            found.update(self._read_channel(channel, wanted))
        return found

    @classmethod
    def reads_polls(cls, options: Mapping[str, Any]) -> bool:
        """With a bot, the poll message tells its votes."""
        return bool(options.get("bot_token"))

    def check(self) -> AccountInfo:
        """GET the webhook: it exists, and which server and channel it posts to."""
        info = self._webhook_info()
        kind = "forum" if self.forum else "channel"
        detail = f"{kind} {info.get('channel_id')} of server {info.get('guild_id')}"
        if self.bot_token:
            self._bot_get(
                f"/channels/{self.thread_id or info.get('channel_id')}/messages", limit="1"
            )
            detail += "; the bot can read it"
        return AccountInfo(
            posting_as=f"webhook {info.get('name') or self.webhook_id}",
            capabilities=self.capabilities,
            detail=detail,
        )

    def close(self) -> None:
        self.session.close()

    # -- where a post goes -------------------------------------------------------------

    def _new_thread(self, post: OutgoingPost) -> str | None:
        """The thread name of a forum post that opens a thread, else None."""
        if not self.forum or post.reply_to is not None:
            return None
        first_line = post.text.strip().split("\n", 1)[0] or post.case
        return _cut(first_line, THREAD_NAME_LIMIT)

    def _thread_of(self, post: OutgoingPost) -> str | None:
        """The thread this post goes in (None: the channel, or a new forum thread)."""
        if self.thread_id:
            return self.thread_id
        for ref in (post.reply_to, post.thread_root):
            if self.forum and ref is not None:
                return ref.meta.get("thread_id") or ref.remote_id
        return None

    def _thread_param(self, post: OutgoingPost) -> dict[str, str]:
        thread = self._thread_of(post)
        return {"thread_id": thread} if thread else {}

    def _result(self, response: requests.Response) -> PublishResult:
        message = _json(response)
        message_id = message.get("id")
        if not isinstance(message_id, str) or not message_id:
            raise RejectedError("Discord answered without the new message's id")
        return self._message_result(message)

    def _message_result(self, message: Mapping[str, Any]) -> PublishResult:
        channel = str(message.get("channel_id") or "")
        guild = str(message.get("guild_id") or self._guild_id())
        url = f"https://discord.com/channels/{guild}/{channel}/{message['id']}"
        return PublishResult(remote_id=str(message["id"]), url=url, meta={"thread_id": channel})

    def _guild_id(self) -> str:
        try:
            return str(self._webhook_info().get("guild_id") or "@me")
        except AdapterError:
            return "@me"  # the link still opens the message in Discord's app

    def _webhook_info(self) -> Mapping[str, Any]:
        if self._webhook is None:
            response = self._request("GET", self.url)
            if not response.ok:
                raise self._status_error(response)
            self._webhook = _json(response)
        return self._webhook

    # -- reading counts -------------------------------------------------------------------

    def _channel_of(self, ref: RemoteRef) -> str:
        return (
            ref.meta.get("thread_id") or self.thread_id or str(self._webhook_info()["channel_id"])
        )

    def _read_channel(self, channel: str, wanted: set[str]) -> dict[str, Counts]:
        """The wanted messages of one channel, listed from just before the oldest of them."""
        numbers = [int(i) for i in wanted if i.isdigit()]
        if not numbers:
            return {}
        after, last = min(numbers) - 1, max(numbers)
        found: dict[str, Counts] = {}
        while True:
            page = self._bot_get(
                f"/channels/{channel}/messages", limit=str(LOOKBACK), after=str(after)
            )
            if not isinstance(page, list):
                raise RejectedError(
                    "Discord answered the listing with something that is not a list"
                )
            found.update({m["id"]: _counts(m) for m in page if m.get("id") in wanted})
            ids = [int(m["id"]) for m in page if str(m.get("id", "")).isdigit()]
            if len(page) < LOOKBACK or not ids or max(ids) >= last or wanted <= found.keys():
                return found
            after = max(ids)

    # -- looking for a post ---------------------------------------------------------------

    def _look_for(self, post: OutgoingPost) -> PublishResult | None:
        after = _snowflake(_first_try(post) - CLOCK_SLACK)
        thread_name = self._new_thread(post)
        if thread_name is not None:
            return self._look_in_forum(post, thread_name, after)
        channel = self._thread_of(post) or str(self._webhook_info().get("channel_id"))
        messages = self._bot_get(f"/channels/{channel}/messages", limit=str(LOOKBACK), after=after)
        if not isinstance(messages, list):
            raise UnknownOutcomeError(
                "Discord answered the lookup with something that is not a list"
            )
        if len(messages) >= LOOKBACK:
            raise UnknownOutcomeError(
                "the channel had too many messages since the first try to check"
            )
        for message in messages:
            if self._is_ours(message, post):
                return self._message_result({**message, "channel_id": channel})
        return None

    def _look_in_forum(self, post: OutgoingPost, name: str, after: str) -> PublishResult | None:
        info = self._webhook_info()
        active = self._bot_get(f"/guilds/{info.get('guild_id')}/threads/active")
        threads = active.get("threads", []) if isinstance(active, Mapping) else []
        for thread in threads:
            if (
                thread.get("parent_id") == info.get("channel_id")
                and thread.get("name") == name
                and int(thread.get("id", 0)) > int(after)
            ):
                starter = self._bot_get(f"/channels/{thread['id']}/messages/{thread['id']}")
                if isinstance(starter, Mapping) and self._is_ours(starter, post):
                    return self._message_result({**starter, "channel_id": thread["id"]})
        return None

    def _is_ours(self, message: Mapping[str, Any], post: OutgoingPost) -> bool:
        poll = message.get("poll") or {}
        text = (poll.get("question") or {}).get("text") if poll else message.get("content")
        return (
            str(message.get("webhook_id")) == self.webhook_id
            and text == post.text
            and len(message.get("attachments") or []) == len(post.images)
            and bool(poll) == (post.poll is not None)
        )

    def _bot_get(self, path: str, **params: str) -> Any:
        headers = {"Authorization": f"Bot {self.bot_token}"}
        response = self._request("GET", f"{self.api}{path}", params=params, headers=headers)
        if not response.ok:
            raise self._status_error(response, bot=True)
        return response.json()

    # -- HTTP and errors -----------------------------------------------------------------

    def _request(self, method: str, url: str, **kwargs: Any) -> requests.Response:
        try:
            return self.session.request(
                method, url, timeout=TIMEOUT, allow_redirects=False, **kwargs
            )
        except (requests.ConnectTimeout, requests.exceptions.SSLError) as exc:
            raise TransientError(f"Discord at {unreachable(host_of(url), exc)}") from exc
        except requests.ConnectionError as exc:
            if _never_connected(exc) or method == "GET" or self.bot_token:
                raise TransientError(f"Discord at {unreachable(host_of(url), exc)}") from exc
            raise self._maybe_sent(exc) from exc
        except requests.RequestException as exc:
            if method == "GET" or self.bot_token:
                raise TransientError(f"the request to Discord failed: {reason(exc)}") from exc
            raise self._maybe_sent(exc) from exc

    def _maybe_sent(self, exc: Exception) -> UnknownOutcomeError:
        return UnknownOutcomeError(
            f"the connection to Discord broke before its answer ({type(exc).__name__}); "
            "the message may have been posted"
        )

    def _status_error(self, response: requests.Response, *, bot: bool = False) -> AdapterError:
        status = response.status_code
        body = _json(response)
        said = self._scrub(_detail(body) or f"{status} {response.reason or ''}".strip())
        who = "the bot" if bot else "the webhook"
        if status == 429:
            return RateLimitedError(
                f"Discord rate limit: {said}", retry_after=self._retry_at(response, body)
            )
        if status in (401, 403):
            return AuthError(f"Discord refused {who}: {said}")
        code = body.get("code")
        if status == 404 and code in _ACCOUNT_CODES:
            return AuthError(f"Discord does not know {_ACCOUNT_CODES[code]}: {said}")
        if status >= 500:
            return TransientError(f"Discord is having trouble ({status}): {said}")
        if status == 413:
            return RejectedError(f"Discord refused the upload as too large: {said}")
        if status < 400:
            return RejectedError(f"Discord answered {status}; configure the webhook's final URL")
        return RejectedError(f"Discord refused the message: {said}")

    def _retry_at(self, response: requests.Response, body: Mapping[str, Any]) -> datetime | None:
        seconds = body.get("retry_after")
        now = self.clock()
        if isinstance(seconds, int | float) and not isinstance(seconds, bool):
            return waits.retry_after(str(seconds), now)
        return waits.retry_after(response.headers.get("Retry-After"), now)

    def _scrub(self, text: str) -> str:
        """Discord's words, without the webhook's token or the bot's, if it quotes them."""
        for secret in (self.url.rsplit("/", 1)[-1], self.bot_token):
            if len(secret) >= 8:
                text = text.replace(secret, "***")
        return _cut(text, DETAIL_LIMIT)


def _counts(message: Mapping[str, Any]) -> Counts:
    """A message's reactions (every emoji together) and its poll's votes per answer."""
    reactions = message.get("reactions") or []
    likes = sum(int(r.get("count") or 0) for r in reactions if isinstance(r, Mapping))
    poll = message.get("poll") or None
    votes = None
    if poll:
        counted = {
            c.get("id"): int(c.get("count") or 0)
            for c in (poll.get("results") or {}).get("answer_counts") or []
        }
        answers = sorted(poll.get("answers") or [], key=lambda a: int(a.get("answer_id", 0)))
        votes = tuple(counted.get(a.get("answer_id"), 0) for a in answers)
    return Counts(likes=likes, poll=votes)


def _body(post: OutgoingPost, thread_name: str | None) -> dict[str, Any]:
    """The request body: JSON, or multipart with payload_json and files[n] for images."""
    payload: dict[str, Any] = {"allowed_mentions": {"parse": []}}  # never ping anyone
    if post.poll is not None:
        hours = min(max(post.poll.duration_hours, POLL_HOURS[0]), POLL_HOURS[1])
        payload["poll"] = {
            "question": {"text": post.text},
            "answers": [{"poll_media": {"text": option}} for option in post.poll.options],
            "duration": hours,
            "allow_multiselect": False,
        }
    else:
        payload["content"] = post.text
    if thread_name is not None:
        payload["thread_name"] = thread_name
    if not post.images:
        return {"json": payload}
    payload["attachments"] = [
        {"id": n, "filename": _file_name(n, image.mime), "description": image.alt}
        for n, image in enumerate(post.images)
    ]
    files = {
        f"files[{n}]": (_file_name(n, image.mime), image.data, image.mime)
        for n, image in enumerate(post.images)
    }
    return {"data": {"payload_json": json.dumps(payload)}, "files": files}


def _file_name(index: int, mime: str) -> str:
    return f"image-{index + 1}.{_MIME_EXTENSIONS.get(mime, 'bin')}"


def _first_try(post: OutgoingPost) -> datetime:
    text = post.prepared.get("first_try")
    moment = datetime.fromisoformat(text) if text else post.created_at
    if moment is None:
        raise UnknownOutcomeError("the post has no time of its first try to look from")
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def _snowflake(moment: datetime) -> str:
    """The smallest Discord id made at ``moment``: ``after=`` it lists what came later."""
    millis = int(moment.timestamp() * 1000) - DISCORD_EPOCH_MS
    return str(max(millis, 0) << 22)


def _never_connected(exc: requests.ConnectionError) -> bool:
    """A refused or unresolved connection: the request never left."""
    from urllib3.exceptions import NameResolutionError, NewConnectionError

    seen: BaseException | None = exc
    while seen is not None:
        if isinstance(seen, NewConnectionError | NameResolutionError):
            return True
        reason = getattr(seen, "reason", None)
        seen = reason if isinstance(reason, BaseException) else seen.__context__
    return False


def _detail(body: Mapping[str, Any]) -> str:
    """Discord's message, with the first field error of ``errors`` where there is one."""
    message = str(body.get("message") or "").strip()
    errors = body.get("errors")
    first = _first_field_error(errors) if isinstance(errors, Mapping) else ""
    return f"{message} ({first})" if message and first else message or first


def _first_field_error(tree: Mapping[str, Any], path: str = "") -> str:
    for key, value in tree.items():
        if key == "_errors" and isinstance(value, list) and value:
            return f"{path}: {value[0].get('message', '')}".strip(": ")
        if isinstance(value, Mapping):
            found = _first_field_error(value, f"{path}.{key}" if path else key)
            if found:
                return found
    return ""


def _json(response: requests.Response) -> dict[str, Any]:
    try:
        body = response.json()
    except ValueError:
        return {}
    return body if isinstance(body, dict) else {}


def _cut(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _session(url: str) -> requests.Session:
    # urllib3 logs each request line at DEBUG, and a webhook's path is its token.
    logger = logging.getLogger("urllib3.connectionpool")
    if logger.level == logging.NOTSET:
        logger.setLevel(logging.INFO)
    session = requests.Session()
    pool = HTTPAdapter(pool_connections=1, pool_maxsize=4, max_retries=0)  # the engine retries
    session.mount("http://", pool)
    session.mount("https://", pool)
    session.headers["User-Agent"] = (
        f"DiscordBot (https://pypi.org/project/publisher, {__version__})"
    )
    session.proxies = requests.utils.get_environ_proxies(url)
    session.verify = (
        os.environ.get("REQUESTS_CA_BUNDLE") or os.environ.get("CURL_CA_BUNDLE") or True
    )
    session.trust_env = False
    return session


def _read_webhook_url(account: str, value: Any) -> tuple[str, str, str]:
    """The webhook URL, the API base before ``/webhooks/``, and the webhook's id."""
    where = f"accounts.{account}.url"
    url = str(value or "").strip()
    parts = urlsplit(url)
    head, sep, tail = parts.path.partition("/webhooks/")
    webhook_id, _, token = tail.partition("/")
    if not (sep and webhook_id.isdigit() and token and not token.count("/")):
        raise ConfigError(
            f"{where}: expected a Discord webhook URL, https://discord.com/api/webhooks/ID/TOKEN"
        )
    if parts.query:
        raise ConfigError(f"{where}: leave the query (wait, thread_id) out of the URL")
    if not is_safe_base_url(url):
        raise ConfigError(f"{where}: must be https:// (plain http:// only on this machine)")
    return url, f"{parts.scheme}://{parts.netloc}{head}", webhook_id


def _read_snowflake(account: str, name: str, value: Any) -> str | None:
    if value is None or value == "":
        return None
    text = str(value).strip()
    if not text.isdigit():
        raise ConfigError(
            f"accounts.{account}.{name}: expected a Discord id (digits), got {value!r}"
        )
    return text
