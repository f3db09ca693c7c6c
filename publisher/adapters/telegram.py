"""Telegram through python-telegram-bot: a bot posting to a channel or group.

The prompt is a photo, or an album, with its caption in Telegram's HTML; text past
the caption limit follows as a reply. A quiz is a native quiz poll replying to the
image. The answer replies to the prompt, hidden in a ``<tg-spoiler>``.

python-telegram-bot is asynchronous; the engine is not. Each adapter owns one event
loop and runs every call on it in turn (an account's posts go out one at a time), so
the HTTP connections the library pools stay on the loop that made them; ``close``
shuts the bot down and closes the loop.

Telegram has no idempotency key, and a bot cannot read a channel's history, so an
interrupted send cannot be looked up: a request that may have reached Telegram (the
answer was lost or timed out) raises UnknownOutcomeError and the post is parked as
``unknown`` for a person to check, instead of being sent a second time. A request
that never left (the connection could not be made) is retried as usual.

A bot is told no counts of a channel's posts (views and reactions reach it only as
updates it would have to be listening for), so there are no snapshots; the one
thing it can read is its own poll's result: ``stopPoll`` closes the quiz just before
the answer goes out and answers the final votes, which the answer then tells.
"""

from __future__ import annotations

import asyncio
import logging
import threading
import warnings
from collections.abc import Callable, Coroutine, Mapping
from datetime import timedelta
from pathlib import Path
from typing import Any, TypeVar

from publisher.adapters import waits
from publisher.adapters.base import (
    COUNT_UTF16,
    MARKUP_HTML,
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
from publisher.errors import ConfigError, MissingExtraError

DEFAULT_API = "https://api.telegram.org"
PARSE_MODE = "HTML"
CONNECT_TIMEOUT = 10.0  # seconds
READ_TIMEOUT = 30.0
MEDIA_WRITE_TIMEOUT = 120.0  # a 10 MB photo on a slow uplink
SHORT_SECRET = 8  # shorter values are not scrubbed from messages: they would mangle words
# The Bot API's own answers that mean the account, not the post, is wrong.
_ACCOUNT_PROBLEMS = ("chat not found", "not enough rights", "need administrator rights")

T = TypeVar("T")


class TelegramAdapter(Adapter):
    """Posts to one Telegram channel or group through a bot."""

    name = "telegram"
    title = "Telegram"
    extra = "telegram"
    client_module = "telegram"
    capabilities = Capabilities(
        text_limit=4096,  # a message, after entities parsing
        counting=COUNT_UTF16,  # Telegram measures text in UTF-16 code units
        caption_limit=1024,
        images_per_post=10,  # an album
        image_max_bytes=10_000_000,  # sendPhoto's limit
        image_max_side=5000,  # width + height may not pass 10000
        image_formats=("JPEG", "PNG"),
        alt_limit=1024,
        alt_in_text=True,  # photos carry no alt text
        replies=True,
        markup=MARKUP_HTML,
        spoiler_markup=("<tg-spoiler>", "</tg-spoiler>"),
        polls=True,
        poll_with_media=False,
        poll_max_options=12,
        poll_option_limit=100,
        poll_question_limit=300,
        quiz=True,
        quiz_explanation_limit=200,
        idempotency=False,
    )
    settings = (
        Setting("bot_token", secret=True, help="the bot's token from @BotFather"),
        Setting("chat_id", help="the channel or group: @username or its numeric id"),
        Setting(
            "spoiler_images",
            required=False,
            default=False,
            help="blur the prompt's images until a reader taps them",
        ),
        Setting(
            "api_base_url",
            required=False,
            default=DEFAULT_API,
            help="a self-hosted Bot API server; change only for one or for a test server",
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
        self._token = str(self.options.get("bot_token") or "")
        if not self._token:
            raise ConfigError(f"accounts.{account}.bot_token: required field is missing")
        self.chat_id = _read_chat_id(account, self.options.get("chat_id"))
        self.api = str(self.options.get("api_base_url") or DEFAULT_API).rstrip("/")
        if not is_safe_base_url(self.api):
            raise ConfigError(
                f"accounts.{account}.api_base_url must be an https:// URL "
                f"(plain http:// only on this machine), not {self.api!r}"
            )
        self.spoiler_images = self.options.get("spoiler_images") is True
        self._loop: asyncio.AbstractEventLoop | None = None
        self._lock = threading.Lock()  # one call on the loop at a time
        self._bot: Any = None

    # -- the Adapter interface ---------------------------------------------------------

    def send(self, post: OutgoingPost) -> PublishResult:
        """Send the post as a poll, a photo, an album or a message, as its content asks."""
        if post.poll is not None and post.images:
            raise RejectedError("a Telegram poll cannot carry images: send it as a reply")
        return self._run(lambda: self._send(post))

    def find_sent(self, post: OutgoingPost) -> PublishResult | None:
        """A bot cannot read a channel's history, so there is nothing to look in."""
        raise UnknownOutcomeError(
            "Telegram gives a bot no way to read the chat's history to look for the post"
        )

    @classmethod
    def reads_polls(cls, options: Mapping[str, Any]) -> bool:
        """The bot closes its own poll and reads the final votes."""
        return True

    def read_poll(self, ref: RemoteRef) -> Counts | None:
        """Close the quiz (the answer is about to tell it) and read its final votes."""
        chat = ref.meta.get("chat_id") or self.chat_id
        poll = self._run(lambda: self._stop_poll(chat, int(ref.remote_id)))
        votes = tuple(int(option.voter_count) for option in poll.options)
        return Counts(poll=votes, voters=int(poll.total_voter_count))

    def check(self) -> AccountInfo:
        """Log in as the bot, find the chat and whether the bot may post there."""
        return self._run(self._check)

    def close(self) -> None:
        """Shut the bot's HTTP clients down and close the event loop."""
        with self._lock:
            if self._loop is None:
                return
            if self._bot is not None:
                self._loop.run_until_complete(self._bot.shutdown())
                self._bot = None
            self._loop.close()
            self._loop = None

    # -- running coroutines --------------------------------------------------------------

    def _run(self, work: Callable[[], Coroutine[Any, Any, T]]) -> T:
        telegram = _library()
        with self._lock:
            if self._loop is None:
                self._loop = asyncio.new_event_loop()
            try:
                return self._loop.run_until_complete(work())
            except telegram.error.TelegramError as exc:
                raise self._scrubbed(self._translate(exc, telegram)) from exc
            except (KeyError, TypeError) as exc:  # the library could not read the answer
                raise RejectedError(
                    "Telegram answered with something that is not a message"
                ) from exc

    async def _connected(self) -> Any:
        """The bot, initialized once: the first call also proves the token (getMe)."""
        if self._bot is None:
            telegram = _library()
            from telegram.request import HTTPXRequest

            def request() -> Any:
                return HTTPXRequest(
                    connection_pool_size=2,
                    connect_timeout=CONNECT_TIMEOUT,
                    read_timeout=READ_TIMEOUT,
                    write_timeout=READ_TIMEOUT,
                    media_write_timeout=MEDIA_WRITE_TIMEOUT,
                )

            bot = telegram.Bot(
                self._token,
                base_url=f"{self.api}/bot",
                base_file_url=f"{self.api}/file/bot",
                request=request(),
                get_updates_request=request(),
            )
            _quiet_token_logs()
            try:
                await bot.initialize()
            except telegram.error.NetworkError as exc:
                if isinstance(exc, telegram.error.BadRequest):
                    raise
                # getMe only reads: whatever happened to it, nothing was posted.
                raise TransientError(f"Telegram at {unreachable(host_of(self.api), exc)}") from exc
            self._bot = bot
        return self._bot

    # -- posting ---------------------------------------------------------------------------

    async def _send(self, post: OutgoingPost) -> PublishResult:
        bot = await self._connected()
        reply = _reply_parameters(post)
        if post.poll is not None:
            message = await bot.send_poll(self.chat_id, **_poll_arguments(post), **reply)
            return self._result([message])
        if len(post.images) == 1:
            message = await bot.send_photo(
                self.chat_id,
                post.images[0].data,
                caption=post.text or None,
                parse_mode=PARSE_MODE,
                has_spoiler=self.spoiler_images or post.images[0].spoiler or None,
                **reply,
            )
            return self._result([message])
        if post.images:
            messages = await bot.send_media_group(self.chat_id, self._album(post), **reply)
            return self._result(list(messages))
        message = await bot.send_message(self.chat_id, post.text, parse_mode=PARSE_MODE, **reply)
        return self._result([message])

    def _album(self, post: OutgoingPost) -> list[Any]:
        """The images as one album; the first one carries the caption, as Telegram shows it."""
        telegram = _library()
        return [
            telegram.InputMediaPhoto(
                image.data,
                caption=post.text if index == 0 and post.text else None,
                parse_mode=PARSE_MODE if index == 0 else None,
                has_spoiler=self.spoiler_images or image.spoiler or None,
            )
            for index, image in enumerate(post.images)
        ]

    def _result(self, messages: list[Any]) -> PublishResult:
        if not messages or not getattr(messages[0], "message_id", None):
            raise RejectedError("Telegram answered without the new message's id")
        first = messages[0]
        ids = ",".join(str(m.message_id) for m in messages)
        return PublishResult(
            remote_id=str(first.message_id),
            url=message_url(first.chat, first.message_id),
            meta={"chat_id": str(first.chat.id), "message_ids": ids},
        )

    async def _stop_poll(self, chat: int | str, message_id: int) -> Any:
        bot = await self._connected()
        return await bot.stop_poll(chat, message_id)

    async def _check(self) -> AccountInfo:
        bot = await self._connected()
        chat = await bot.get_chat(self.chat_id)
        member = await bot.get_chat_member(chat.id, bot.id)
        problem = _posting_problem(chat, member)
        if problem:
            raise AuthError(f"@{bot.username} in {_chat_name(chat)}: {problem}")
        detail = f"{chat.type} {_chat_name(chat)}, the bot is {member.status}"
        return AccountInfo(
            posting_as=f"@{bot.username}", capabilities=self.capabilities, detail=detail
        )

    # -- errors --------------------------------------------------------------------------

    def _translate(self, exc: Exception, telegram: Any) -> AdapterError:
        errors = telegram.error
        said = str(exc)
        if isinstance(exc, errors.RetryAfter):
            seconds = _retry_seconds(exc)
            retry_after = waits.retry_after(str(seconds), self.clock())
            return RateLimitedError(
                f"Telegram asked to wait {seconds:g} s (flood control)", retry_after=retry_after
            )
        if isinstance(exc, errors.InvalidToken):
            return AuthError(
                "Telegram refused the bot token", hint="check the token @BotFather gave"
            )
        if isinstance(exc, errors.Forbidden):
            return AuthError(f"Telegram refused the bot: {said}")
        if isinstance(exc, errors.ChatMigrated):
            return AuthError(
                "the group became a supergroup",
                hint=f"set chat_id = {exc.new_chat_id} for account {self.account!r}",
            )
        if isinstance(exc, errors.BadRequest):
            if any(problem in said.lower() for problem in _ACCOUNT_PROBLEMS):
                return AuthError(f"Telegram: {said}")
            return RejectedError(f"Telegram refused the post: {said}")
        if isinstance(exc, errors.TimedOut | errors.NetworkError):
            return _network_error(exc, said, host_of(self.api))
        return RejectedError(f"Telegram: {said}")

    def _scrubbed(self, error: AdapterError) -> AdapterError:
        """The bot token is part of every URL the library requests: keep it out of messages."""
        if len(self._token) >= SHORT_SECRET:
            error.message = error.message.replace(self._token, "***")
            error.args = (error.message,)
            if error.hint:
                error.hint = error.hint.replace(self._token, "***")
        return error


def message_url(chat: Any, message_id: int) -> str:
    """The t.me link of a message: by the chat's username, or by its internal id for
    private channels and supergroups (their ids start with -100); "" for basic groups."""
    if getattr(chat, "username", None):
        return f"https://t.me/{chat.username}/{message_id}"
    text = str(chat.id)
    if text.startswith("-100"):
        return f"https://t.me/c/{text[4:]}/{message_id}"
    return ""


def _poll_arguments(post: OutgoingPost) -> dict[str, Any]:
    assert post.poll is not None
    poll = post.poll
    arguments: dict[str, Any] = {
        "question": post.text,
        "options": list(poll.options),
        "is_anonymous": True,  # channels take anonymous polls only
    }
    if poll.correct is not None:
        arguments.update(type="quiz", correct_option_ids=[poll.correct])
        if poll.explanation:
            arguments["explanation"] = poll.explanation
    return arguments


def _reply_parameters(post: OutgoingPost) -> dict[str, Any]:
    if post.reply_to is None:
        return {}
    telegram = _library()
    target = int(post.reply_to.remote_id)
    return {"reply_parameters": telegram.ReplyParameters(target, allow_sending_without_reply=True)}


def _network_error(exc: Exception, said: str, host: str) -> AdapterError:
    """Whether a failed request may have reached Telegram decides between a retry and
    a person: nothing left when the connection was never made."""
    import httpx  # python-telegram-bot's own HTTP library

    cause = exc.__cause__
    never_sent = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout, httpx.WriteTimeout)
    if isinstance(cause, never_sent):
        return TransientError(f"Telegram at {unreachable(host, exc)}")
    if isinstance(cause, httpx.HTTPError):
        return UnknownOutcomeError(
            f"the connection to Telegram broke before its answer ({reason(exc)}); "
            "the post may have gone out"
        )
    if "Request Entity Too Large" in said or "(413)" in said:
        return RejectedError(f"Telegram refused the upload as too large: {said}")
    return TransientError(f"Telegram is having trouble: {said}")  # it answered with a 5xx


def _posting_problem(chat: Any, member: Any) -> str:
    """Why the bot cannot post in the chat, in a line; "" when it can."""
    if member.status in ("left", "kicked"):
        return "the bot is not a member of the chat"
    if chat.type == "channel":
        if member.status != "administrator":
            return "the bot must be an administrator of the channel to post"
        if getattr(member, "can_post_messages", None) is False:
            return "the bot is an administrator without the right to post messages"
    if member.status == "restricted" and getattr(member, "can_send_messages", True) is False:
        return "the bot may not send messages in this group"
    return ""


def _chat_name(chat: Any) -> str:
    return f"@{chat.username}" if getattr(chat, "username", None) else repr(chat.title or chat.id)


def _retry_seconds(exc: Any) -> float:
    """RetryAfter's wait; read quietly, as the library warns that its type will change."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        value = exc.retry_after
    return value.total_seconds() if isinstance(value, timedelta) else float(value)


def _read_chat_id(account: str, value: Any) -> int | str:
    text = str(value or "").strip()
    if text.lstrip("-").isdigit():
        return int(text)
    if text.startswith("@") and len(text) > 1:
        return text
    raise ConfigError(
        f"accounts.{account}.chat_id: expected @channelusername or a numeric chat id, got {value!r}"
    )


def _quiet_token_logs() -> None:
    """The bot token is part of every request URL: httpx logs each URL at INFO, and
    python-telegram-bot logs its base URL at DEBUG. Keep those records from ever being
    made, unless someone has set these loggers' levels on purpose."""
    for name, level in (("httpx", logging.WARNING), ("telegram", logging.INFO)):
        logger = logging.getLogger(name)
        if logger.level == logging.NOTSET:
            logger.setLevel(level)


def _library() -> Any:
    try:
        import telegram
        import telegram.error
    except ImportError as exc:
        raise MissingExtraError("The Telegram adapter", "telegram") from exc
    return telegram
