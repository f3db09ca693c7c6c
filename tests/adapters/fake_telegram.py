"""A small Telegram Bot API server on pytest-httpserver, for the Telegram adapter.

python-telegram-bot is pointed at it with ``base_url``. It answers as the Bot API
documents (https://core.telegram.org/bots/api): ``POST /bot<token>/<method>`` with
form or multipart parameters, answers ``{"ok": true, "result": ...}`` or
``{"ok": false, "error_code": ..., "description": ..., "parameters": ...}``. Like
Telegram it parses the HTML a message is sent in (and refuses tags it does not know,
or unescaped ``<``), gives the text back plain with its entities, measures captions
and messages in UTF-16 code units after parsing, checks quiz polls and reply targets,
and numbers messages per chat.
"""

from __future__ import annotations

import itertools
import json
import re
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from publisher.adapters.telegram import TelegramAdapter
from tests.adapters.harness import SentRecord

TOKEN = "7312845521:AAFtest-telegram-token-9c4e1d"  # distinctive, to spot any leak
BOT_ID = 7312845521
CHAT = {"id": -1001987654321, "title": "Radiology Cases", "username": "radcases", "type": "channel"}
CAPTION_LIMIT = 1024
TEXT_LIMIT = 4096
PHOTO_LIMIT = 10_000_000
_TAGS = {"b", "strong", "i", "em", "u", "ins", "s", "strike", "del", "tg-spoiler", "code", "pre"}
_ENTITY = {"b": "bold", "strong": "bold", "i": "italic", "em": "italic", "u": "underline"}
_ENTITY |= {"ins": "underline", "s": "strikethrough", "strike": "strikethrough"}
_ENTITY |= {"del": "strikethrough", "tg-spoiler": "spoiler", "code": "code", "pre": "pre"}


class ParseError(ValueError):
    """The text is not HTML Telegram can read."""


@dataclass
class Call:
    """One Bot API request as the server received it."""

    method: str
    params: dict[str, Any]
    files: dict[str, bytes]


@dataclass
class Stored:
    """A message the chat holds, with the raw text the bot sent for it."""

    message: dict[str, Any]
    raw_text: str
    photos: list[bytes] = field(default_factory=list)
    poll_options: list[str] | None = None


@dataclass
class FakeTelegram:
    base_url: str
    calls: list[Call] = field(default_factory=list)
    stored: list[Stored] = field(default_factory=list)
    member_status: str = "administrator"
    late: float = 0.0  # seconds a send* waits before answering, after it has posted
    _scripted: list[tuple[str, int, dict[str, Any]]] = field(default_factory=list)
    _ids: Iterator[int] = field(default_factory=lambda: itertools.count(101))

    def fail_next(self, methods: str, status: int, body: dict[str, Any]) -> None:
        """Make the next request to a method matching ``methods`` answer ``status``."""
        self._scripted.append((methods, status, body))

    def handle(self, request: Request) -> Response:
        found = re.fullmatch(r"/bot(?P<token>[^/]+)/(?P<method>\w+)", request.path)
        if found is None:
            return _error(404, "Not Found")
        call = Call(found["method"], _params(request), _files(request))
        self.calls.append(call)
        for scripted in self._scripted:
            if re.fullmatch(scripted[0], call.method):
                self._scripted.remove(scripted)
                return _json(scripted[2], scripted[1])
        if found["token"] != TOKEN:
            return _error(401, "Unauthorized")
        handler = getattr(self, f"_{call.method.lower()}", None)
        if handler is None:
            return _error(404, "Not Found: method not found")
        try:
            answer = _ok(handler(call))
            if self.late and call.method.startswith("send"):
                time.sleep(self.late)  # posted, but the answer comes too late for the client
            return answer
        except ParseError as exc:
            return _error(400, f"Bad Request: can't parse entities: {exc}")
        except _Refused as exc:
            return _error(exc.status, exc.description)

    # -- methods ----------------------------------------------------------------------------

    def _getme(self, call: Call) -> dict[str, Any]:
        return {"id": BOT_ID, "is_bot": True, "first_name": "Cases", "username": "radcases_bot"}

    def _getchat(self, call: Call) -> dict[str, Any]:
        if str(call.params.get("chat_id")) not in (str(CHAT["id"]), f"@{CHAT['username']}"):
            raise _Refused(400, "Bad Request: chat not found")
        return {**CHAT, "accent_color_id": 0, "max_reaction_count": 11}

    def _getchatmember(self, call: Call) -> dict[str, Any]:
        user = {"id": BOT_ID, "is_bot": True, "first_name": "Cases", "username": "radcases_bot"}
        member: dict[str, Any] = {"user": user, "status": self.member_status}
        if self.member_status == "administrator":
            member.update(_ADMIN_RIGHTS)
        return member

    def _sendmessage(self, call: Call) -> dict[str, Any]:
        text, entities = _parsed(call.params, "text")
        if not 1 <= _utf16(text) <= TEXT_LIMIT:
            raise _Refused(400, "Bad Request: message is too long")
        message = self._message(call, text=text, entities=entities)
        self.stored.append(Stored(message, call.params["text"]))
        return message

    def _sendphoto(self, call: Call) -> dict[str, Any]:
        photo = self._photo(call.files.get("photo"))
        caption, entities = _parsed(call.params, "caption")
        message = self._message(call, caption=caption, caption_entities=entities)
        message["photo"] = [_photo_size(photo)]
        if _flag(call.params.get("has_spoiler")):
            message["has_media_spoiler"] = True
        self.stored.append(Stored(message, call.params.get("caption", ""), [photo]))
        return message

    def _sendmediagroup(self, call: Call) -> list[dict[str, Any]]:
        media = json.loads(call.params["media"])
        if not 2 <= len(media) <= 10:
            raise _Refused(400, "Bad Request: wrong number of media items")
        group = str(next(self._ids) * 1000)
        photos = [
            self._photo(call.files.get(item["media"].removeprefix("attach://"))) for item in media
        ]
        messages = []
        for item, photo in zip(media, photos, strict=True):
            caption, entities = _parsed(item, "caption")
            message = self._message(call, caption=caption, caption_entities=entities)
            message.update(photo=[_photo_size(photo)], media_group_id=group)
            if item.get("has_spoiler"):
                message["has_media_spoiler"] = True
            messages.append(message)
        self.stored.append(Stored(messages[0], media[0].get("caption", ""), photos))
        return messages

    def _sendpoll(self, call: Call) -> dict[str, Any]:
        params = call.params
        options = [o["text"] if isinstance(o, dict) else o for o in json.loads(params["options"])]
        question = params["question"]
        if not 1 <= _utf16(question) <= 300 or any(not 1 <= _utf16(o) <= 100 for o in options):
            raise _Refused(400, "Bad Request: poll question or option length is invalid")
        poll: dict[str, Any] = {
            "id": str(next(self._ids) * 7),
            "question": question,
            "options": [
                {"text": o, "voter_count": 0, "persistent_id": str(n)}
                for n, o in enumerate(options)
            ],
            "total_voter_count": 0,
            "is_closed": False,
            "is_anonymous": _flag(params.get("is_anonymous", "true")),
            "type": params.get("type", "regular"),
            "allows_multiple_answers": False,
            "allows_revoting": params.get("type") != "quiz",
            "members_only": False,
        }
        if poll["type"] == "quiz":
            correct = json.loads(params.get("correct_option_ids") or "null")
            if not correct or not all(0 <= c < len(options) for c in correct):
                raise _Refused(400, "Bad Request: wrong correct option ids specified")
            explanation = params.get("explanation", "")
            if _utf16(explanation) > 200 or explanation.count("\n") > 2:
                raise _Refused(400, "Bad Request: poll explanation is too long")
            poll.update(correct_option_ids=correct, explanation=explanation)
        message = self._message(call, poll=poll)
        self.stored.append(Stored(message, question, poll_options=options))
        return message

    def _stoppoll(self, call: Call) -> dict[str, Any]:
        """stopPoll: closes a poll the bot sent and answers the final Poll."""
        message_id = int(call.params.get("message_id") or 0)
        chat_id = str(call.params.get("chat_id"))
        target = self._find(message_id)
        if chat_id not in (str(CHAT["id"]), f"@{CHAT['username']}"):
            raise _Refused(400, "Bad Request: chat not found")
        if target is None:
            raise _Refused(400, "Bad Request: message to stop not found")
        if "poll" not in target:
            raise _Refused(400, "Bad Request: message with poll to stop not found")
        if target["poll"]["is_closed"]:
            raise _Refused(400, "Bad Request: poll has already been closed")
        target["poll"]["is_closed"] = True
        return dict(target["poll"])

    def set_votes(self, message_id: int, votes: list[int]) -> None:
        """The poll's votes per option from now on."""
        target = self._find(message_id)
        assert target is not None and "poll" in target
        for option, count in zip(target["poll"]["options"], votes, strict=True):
            option["voter_count"] = count
        target["poll"]["total_voter_count"] = sum(votes)

    # -- helpers ---------------------------------------------------------------------------

    def _message(self, call: Call, **content: Any) -> dict[str, Any]:
        chat_id = str(call.params.get("chat_id"))
        if chat_id not in (str(CHAT["id"]), f"@{CHAT['username']}"):
            raise _Refused(400, "Bad Request: chat not found")
        message: dict[str, Any] = {
            "message_id": next(self._ids),
            "date": 1796400000,
            "chat": dict(CHAT),
            "sender_chat": dict(CHAT),
            **{k: v for k, v in content.items() if v not in (None, [], "")},
        }
        reply = json.loads(call.params.get("reply_parameters") or "null")
        if reply:
            target = self._find(reply["message_id"])
            if target is None and not reply.get("allow_sending_without_reply"):
                raise _Refused(400, "Bad Request: message to be replied not found")
            if target is not None:
                message["reply_to_message"] = target
        return message

    def _find(self, message_id: int) -> dict[str, Any] | None:
        for stored in self.stored:
            if stored.message["message_id"] == message_id:
                return stored.message
        return None

    def _photo(self, data: bytes | None) -> bytes:
        if not data:
            raise _Refused(400, "Bad Request: there is no photo in the request")
        if len(data) > PHOTO_LIMIT:
            raise _Refused(413, "Request Entity Too Large")
        return data

    def records(self) -> list[SentRecord]:
        return [_record(stored) for stored in self.stored]


_ADMIN_RIGHTS = {
    "can_be_edited": False,
    "is_anonymous": False,
    "can_manage_chat": True,
    "can_delete_messages": False,
    "can_manage_video_chats": False,
    "can_restrict_members": False,
    "can_promote_members": False,
    "can_change_info": False,
    "can_invite_users": False,
    "can_post_messages": True,
    "can_edit_messages": False,
    "can_post_stories": False,
    "can_edit_stories": False,
    "can_delete_stories": False,
}


class _Refused(Exception):
    def __init__(self, status: int, description: str) -> None:
        super().__init__(description)
        self.status = status
        self.description = description


def _record(stored: Stored) -> SentRecord:
    reply = stored.message.get("reply_to_message")
    return SentRecord(
        remote_id=str(stored.message["message_id"]),
        text=stored.raw_text,
        reply_to=str(reply["message_id"]) if reply else None,
        alts=[],  # Telegram's photos carry no alt text
        media_bytes=list(stored.photos),
        poll_options=stored.poll_options,
    )


class _EntityParser(HTMLParser):
    """Telegram's HTML: the tags it knows become entities, offsets in UTF-16 units."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.text = ""
        self.open: list[tuple[str, int]] = []
        self.entities: list[dict[str, Any]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in _TAGS:
            raise ParseError(f'unsupported start tag "{tag}"')
        self.open.append((tag, _utf16(self.text)))

    def handle_endtag(self, tag: str) -> None:
        if not self.open or self.open[-1][0] != tag:
            raise ParseError(f'unmatched end tag "{tag}"')
        _, start = self.open.pop()
        length = _utf16(self.text) - start
        self.entities.append({"type": _ENTITY[tag], "offset": start, "length": length})

    def handle_data(self, data: str) -> None:
        self.text += data


def _parsed(params: dict[str, Any], name: str) -> tuple[str, list[dict[str, Any]]]:
    raw = params.get(name) or ""
    if params.get("parse_mode") != "HTML":
        return raw, []
    if re.search(r"<(?![a-zA-Z/])", raw):
        raise ParseError('unexpected "<"; use &lt; instead')
    parser = _EntityParser()
    parser.feed(raw)
    parser.close()
    if parser.open:
        raise ParseError(f'can\'t find end tag corresponding to start tag "{parser.open[-1][0]}"')
    text = parser.text
    if name == "caption" and _utf16(text) > CAPTION_LIMIT:
        raise _Refused(400, "Bad Request: message caption is too long")
    return text, sorted(parser.entities, key=lambda e: e["offset"])


def _utf16(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def _flag(value: Any) -> bool:
    return str(value).lower() == "true"


def _params(request: Request) -> dict[str, Any]:
    if request.is_json:
        return dict(request.get_json())
    return dict(request.form)


def _files(request: Request) -> dict[str, bytes]:
    return {name: part.read() for name, part in request.files.items()}


def _photo_size(data: bytes) -> dict[str, Any]:
    return {"file_id": f"AgAC{len(data)}", "file_unique_id": "AQAD", "width": 64, "height": 48}


def _ok(result: Any) -> Response:
    return _json({"ok": True, "result": result})


def _error(status: int, description: str, **parameters: Any) -> Response:
    body: dict[str, Any] = {"ok": False, "error_code": status, "description": description}
    if parameters:
        body["parameters"] = parameters
    return _json(body, status)


def _json(body: Any, status: int = 200) -> Response:
    return Response(json.dumps(body), status=status, content_type="application/json")


class TelegramHarness:
    """The Harness protocol over a FakeTelegram."""

    name = "telegram"
    # A bot cannot read a chat's history: an interrupted send is parked as unknown.
    reconciles = False
    alt_text = False  # Telegram's photos have no alt text field

    def __init__(self, fake: FakeTelegram, state_dir: Path) -> None:
        self.fake = fake
        self.state_dir = state_dir
        self._adapters: list[TelegramAdapter] = []

    def adapter(self, **settings: Any) -> TelegramAdapter:
        config = {"bot_token": TOKEN, "chat_id": "@radcases", "api_base_url": self.fake.base_url}
        adapter = TelegramAdapter("dept-telegram", {**config, **settings}, state_dir=self.state_dir)
        self._adapters.append(adapter)
        return adapter

    def close(self) -> None:
        for adapter in self._adapters:
            adapter.close()

    def fail_next_create(
        self, status: int, *, retry_after_seconds: int | None = None, message: str = "failure"
    ) -> None:
        """The next send* answers ``status`` the way Telegram words it: every refusal of
        content is a 400 "Bad Request: ...", a flood wait names its seconds."""
        body: dict[str, Any] = {"ok": False, "error_code": status, "description": message}
        if status == 429:
            seconds = retry_after_seconds or 30
            body.update(description=f"Too Many Requests: retry after {seconds}")
            body["parameters"] = {"retry_after": seconds}
        elif status == 422:
            status = 400
            body.update(error_code=400, description=f"Bad Request: {message}")
        self.fake.fail_next("send.*", status, body)

    def omit_id_next_create(self) -> None:
        """The next send* succeeds with a message that has no id."""
        message = {"date": 1796400000, "chat": dict(CHAT)}
        self.fake.fail_next("send.*", 200, {"ok": True, "result": message})

    def refuse_next_photo_as_too_large(self) -> None:
        self.fake.fail_next(
            "send.*",
            413,
            {"ok": False, "error_code": 413, "description": "Request Entity Too Large"},
        )

    def sent(self) -> list[SentRecord]:
        return self.fake.records()


@pytest.fixture
def telegram_harness(httpserver: HTTPServer, tmp_path: Path) -> Iterator[TelegramHarness]:
    """The Telegram adapter's harness on a fresh fake Bot API server."""
    fake = FakeTelegram(base_url=httpserver.url_for("").rstrip("/"))
    httpserver.expect_request(re.compile(".*")).respond_with_handler(fake.handle)
    harness = TelegramHarness(fake, tmp_path)
    yield harness
    harness.close()
    httpserver.check_handler_errors()
