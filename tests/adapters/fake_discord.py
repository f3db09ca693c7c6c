"""A small Discord API on pytest-httpserver, for the Discord adapter.

It answers as Discord's documentation describes (discord.com/developers/docs):
Execute Webhook (``POST /api/webhooks/{id}/{token}``, ``?wait=true`` for the
message, ``?thread_id=``, JSON or multipart with ``payload_json`` and ``files[n]``,
``attachments`` with ``description``, ``thread_name`` in forum channels, polls
without attachments or content), Get Webhook with Token, and for a bot token Get
Channel Messages (``after``, ``limit``), Get Channel Message and List Active Guild
Threads. Errors are ``{"message", "code"[, "errors"]}``; a rate limit answers 429
with ``retry_after`` in the body and ``Retry-After`` in the headers.
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

import pytest
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from publisher.adapters.discord import DiscordAdapter
from tests.adapters.harness import SentRecord

WEBHOOK_ID = "1188776655443322110"
WEBHOOK_TOKEN = "whk-test-token-Zq81xR4mB2tL9vKc3nJ7"  # distinctive, to spot any leak
BOT_TOKEN = "bot-test-token-MTE4ODc3NjY1NTQ0.Gx7c1f"
GUILD_ID = "1100000000000000001"
CHANNEL_ID = "1100000000000000002"
CONTENT_LIMIT = 2000
FILE_LIMIT = 10 * 1024 * 1024
DISCORD_EPOCH_MS = 1_420_070_400_000


@dataclass
class Execution:
    """One Execute Webhook request as received."""

    query: dict[str, str]
    payload: dict[str, Any]
    files: dict[str, bytes]


@dataclass
class Stored:
    message: dict[str, Any]
    files: list[bytes] = field(default_factory=list)
    thread_query: str | None = None  # the thread_id the request named


@dataclass
class FakeDiscord:
    base_url: str
    forum: bool = False
    executions: list[Execution] = field(default_factory=list)
    stored: list[Stored] = field(default_factory=list)
    threads: dict[str, dict[str, Any]] = field(default_factory=dict)
    bot_reads: list[str] = field(default_factory=list)
    bot_queries: list[dict[str, str]] = field(default_factory=list)  # beside bot_reads
    _scripted: list[tuple[str, Response]] = field(default_factory=list)
    _counter: Iterator[int] = field(default_factory=itertools.count)

    @property
    def webhook_url(self) -> str:
        return f"{self.base_url}/api/webhooks/{WEBHOOK_ID}/{WEBHOOK_TOKEN}"

    def fail_next(self, kind: str, response: Response) -> None:
        """Answer the next ``kind`` ("execute" or "read") request with ``response``."""
        self._scripted.append((kind, response))

    def handle(self, request: Request) -> Response:
        path = request.path
        kind = "execute" if request.method == "POST" else "read"
        for scripted in self._scripted:
            if scripted[0] == kind:
                self._scripted.remove(scripted)
                if kind == "execute":
                    self.executions.append(_execution(request))
                return scripted[1]
        hook = re.fullmatch(r"/api/webhooks/(\d+)/([^/]+)", path)
        if hook:
            if hook[1] != WEBHOOK_ID or hook[2] != WEBHOOK_TOKEN:
                return _error(401, "Invalid Webhook Token", 50027)
            return self._execute(request) if request.method == "POST" else self._webhook()
        if request.headers.get("Authorization") != f"Bot {BOT_TOKEN}":
            return _error(401, "401: Unauthorized", 0)
        self.bot_reads.append(path)
        self.bot_queries.append(dict(request.args))
        return self._bot_read(request)

    # -- the webhook ---------------------------------------------------------------------

    def _webhook(self) -> Response:
        return _json({
            "application_id": None, "avatar": None, "channel_id": CHANNEL_ID, "guild_id": GUILD_ID,
            "id": WEBHOOK_ID, "name": "Case of the day", "type": 1, "token": WEBHOOK_TOKEN,
        })  # fmt: skip

    def _execute(self, request: Request) -> Response:
        execution = _execution(request)
        self.executions.append(execution)
        payload, query = execution.payload, execution.query
        problem = self._refusal(execution)
        if problem is not None:
            return problem
        channel = query.get("thread_id") or CHANNEL_ID
        message_id = self._snowflake()
        if payload.get("thread_name"):
            channel = message_id  # a forum post: the thread's id is its first message's id
            self.threads[channel] = {
                "id": channel, "parent_id": CHANNEL_ID, "guild_id": GUILD_ID, "type": 11,
                "name": payload["thread_name"], "owner_id": WEBHOOK_ID,
            }  # fmt: skip
        files = [execution.files[f"files[{a['id']}]"] for a in payload.get("attachments", [])]
        message = self._message(message_id, channel, payload, files)
        self.stored.append(Stored(message, files, query.get("thread_id")))
        if query.get("wait") != "true":
            return Response(status=204)
        return _json(message)

    def _refusal(self, execution: Execution) -> Response | None:
        payload, query = execution.payload, execution.query
        content = payload.get("content") or ""
        attachments = payload.get("attachments") or []
        if len(content) > CONTENT_LIMIT:
            return _invalid("content", "BASE_TYPE_MAX_LENGTH", "Must be 2000 or fewer in length.")
        if payload.get("poll") and (attachments or content):
            return _error(400, "Cannot send a poll with attachments or content", 50035)
        if not content and not attachments and not payload.get("poll"):
            return _error(400, "Cannot send an empty message", 50006)
        if any(len(a.get("description") or "") > 1024 for a in attachments):
            return _invalid(
                "attachments.0.description",
                "BASE_TYPE_MAX_LENGTH",
                "Must be 1024 or fewer in length.",
            )
        if any(len(f) > FILE_LIMIT for f in execution.files.values()):
            return _error(413, "Request entity too large", 40005)
        for answer in (payload.get("poll") or {}).get("answers", []):
            if len(answer["poll_media"]["text"]) > 55:
                return _invalid(
                    "poll.answers.0.poll_media.text",
                    "BASE_TYPE_MAX_LENGTH",
                    "Must be 55 or fewer in length.",
                )
        if self.forum and not (payload.get("thread_name") or query.get("thread_id")):
            return _error(
                400,
                "Webhooks posted to forum channels must have a thread_name or thread_id",
                220001,
            )
        if "thread_id" in query and query["thread_id"] not in self.threads:
            return _error(404, "Unknown Channel", 10003)
        return None

    def _message(
        self, message_id: str, channel: str, payload: dict[str, Any], files: list[bytes]
    ) -> dict[str, Any]:
        attachments = [
            {
                "id": self._snowflake(), "filename": a["filename"], "size": len(data),
                "url": f"https://cdn.discordapp.com/attachments/{channel}/{a['filename']}",
                "description": a.get("description"), "content_type": "image/png",
            }
            for a, data in zip(payload.get("attachments", []), files, strict=True)
        ]  # fmt: skip
        message: dict[str, Any] = {
            "id": message_id, "type": 0, "channel_id": channel, "webhook_id": WEBHOOK_ID,
            "author": {"id": WEBHOOK_ID, "username": "Case of the day", "bot": True},
            "content": payload.get("content", ""), "attachments": attachments, "embeds": [],
            "timestamp": datetime.now(UTC).isoformat(), "flags": 0,
        }  # fmt: skip
        if payload.get("poll"):
            message["poll"] = {
                "question": payload["poll"]["question"],
                "answers": [
                    {"answer_id": n + 1, "poll_media": a["poll_media"]}
                    for n, a in enumerate(payload["poll"]["answers"])
                ],
                "allow_multiselect": payload["poll"].get("allow_multiselect", False),
                "layout_type": 1,
            }
        return message

    def set_counts(
        self, message_id: str, *, reactions: dict[str, int], votes: list[int] | None = None
    ) -> None:
        """The message's reactions (emoji -> count) and its poll's votes from now on."""
        message = next(s.message for s in self.stored if s.message["id"] == message_id)
        message["reactions"] = [
            {"count": n, "count_details": {"burst": 0, "normal": n}, "me": False,
             "emoji": {"id": None, "name": emoji}}
            for emoji, n in reactions.items()
        ]  # fmt: skip
        if votes is not None:
            answers = message["poll"]["answers"]
            counts = [
                {"id": a["answer_id"], "count": n, "me_voted": False}
                for a, n in zip(answers, votes, strict=True)
            ]
            message["poll"]["results"] = {"is_finalized": False, "answer_counts": counts}

    def _snowflake(self) -> str:
        millis = int(datetime.now(UTC).timestamp() * 1000) - DISCORD_EPOCH_MS
        return str((millis << 22) + next(self._counter))

    # -- what a bot reads ---------------------------------------------------------------

    def _bot_read(self, request: Request) -> Response:
        path = request.path
        if path == f"/api/guilds/{GUILD_ID}/threads/active":
            return _json({"threads": list(self.threads.values()), "members": []})
        one = re.fullmatch(r"/api/channels/(\d+)/messages/(\d+)", path)
        if one:
            for stored in self.stored:
                if stored.message["id"] == one[2] and stored.message["channel_id"] == one[1]:
                    return _json(stored.message)
            return _error(404, "Unknown Message", 10008)
        listing = re.fullmatch(r"/api/channels/(\d+)/messages", path)
        if listing:
            after = int(request.args.get("after", "0"))
            limit = int(request.args.get("limit", "50"))
            found = [
                s.message for s in self.stored
                if s.message["channel_id"] == listing[1] and int(s.message["id"]) > after
            ]  # fmt: skip
            # The ``limit`` messages right after ``after``, newest first, as Discord lists them.
            return _json(list(reversed(found[:limit])))
        return _error(404, "404: Not Found", 0)

    def records(self) -> list[SentRecord]:
        return [_record(stored) for stored in self.stored]


def _record(stored: Stored) -> SentRecord:
    message = stored.message
    poll = message.get("poll")
    return SentRecord(
        remote_id=message["id"],
        text=poll["question"]["text"] if poll else message["content"],
        # A webhook cannot reply: what an answer follows is the thread it was sent into.
        reply_to=stored.thread_query,
        alts=[a["description"] for a in message["attachments"]],
        media_bytes=list(stored.files),
        poll_options=[a["poll_media"]["text"] for a in poll["answers"]] if poll else None,
    )


def _execution(request: Request) -> Execution:
    query = dict(request.args)
    if request.mimetype == "multipart/form-data":
        payload = json.loads(request.form["payload_json"])
        files = {name: part.read() for name, part in request.files.items()}
    else:
        payload, files = request.get_json(), {}
    return Execution(query, payload, files)


def _invalid(field_path: str, code: str, message: str) -> Response:
    tree: dict[str, Any] = {"_errors": [{"code": code, "message": message}]}
    for key in reversed(field_path.split(".")):
        tree = {key: tree}
    return _json({"message": "Invalid Form Body", "code": 50035, "errors": tree}, 400)


def _error(status: int, message: str, code: int) -> Response:
    return _json({"message": message, "code": code}, status)


def _json(body: Any, status: int = 200, headers: dict[str, str] | None = None) -> Response:
    return Response(
        json.dumps(body), status=status, content_type="application/json", headers=headers
    )


def rate_limited(seconds: float) -> Response:
    """Discord's 429: the wait in the body (float seconds) and in the headers."""
    body = {"message": "You are being rate limited.", "retry_after": seconds, "global": False}
    headers = {
        "Retry-After": str(int(seconds) + 1),
        "X-RateLimit-Limit": "5",
        "X-RateLimit-Remaining": "0",
        "X-RateLimit-Reset-After": f"{seconds:.3f}",
        "X-RateLimit-Scope": "user",
    }
    return _json(body, 429, headers)


class DiscordHarness:
    """The Harness protocol over a FakeDiscord forum channel, with a bot that can read it."""

    name = "discord"

    def __init__(self, fake: FakeDiscord, state_dir: Path) -> None:
        self.fake = fake
        self.state_dir = state_dir
        self._adapters: list[DiscordAdapter] = []

    def adapter(self, **settings: Any) -> DiscordAdapter:
        config: dict[str, Any] = {"url": self.fake.webhook_url, "forum": self.fake.forum}
        config["bot_token"] = BOT_TOKEN
        config.update(settings)
        adapter = DiscordAdapter(
            "dept-discord",
            {k: v for k, v in config.items() if v is not None},
            state_dir=self.state_dir,
        )
        self._adapters.append(adapter)
        return adapter

    def close(self) -> None:
        for adapter in self._adapters:
            adapter.close()

    def fail_next_lookup(self, status: int) -> None:
        """Make the next read of the channel's or thread's messages answer ``status``."""
        self.fake.fail_next("read", _error(status, "Server Error", 0))

    def fail_next_create(
        self, status: int, *, retry_after_seconds: int | None = None, message: str = "failure"
    ) -> None:
        if status == 429:
            self.fake.fail_next("execute", rate_limited(float(retry_after_seconds or 5)))
        elif status in (400, 422):  # Discord words every validation refusal as 400
            self.fake.fail_next("execute", _json({"message": message, "code": 50035}, 400))
        else:
            self.fake.fail_next("execute", _error(status, message, 0))

    def omit_id_next_create(self) -> None:
        self.fake.fail_next("execute", _json({"type": 0, "content": "", "channel_id": CHANNEL_ID}))

    def refuse_next_photo_as_too_large(self) -> None:
        self.fake.fail_next("execute", _error(413, "Request entity too large", 40005))

    def sent(self) -> list[SentRecord]:
        return self.fake.records()


@pytest.fixture
def discord_harness(httpserver: HTTPServer, tmp_path: Path) -> Iterator[DiscordHarness]:
    """The Discord adapter's harness: a forum channel on a fresh fake Discord."""
    fake = FakeDiscord(base_url=httpserver.url_for("").rstrip("/"), forum=True)
    httpserver.expect_request(re.compile(".*")).respond_with_handler(fake.handle)
    harness = DiscordHarness(fake, tmp_path)
    yield harness
    harness.close()
    httpserver.check_handler_errors()
