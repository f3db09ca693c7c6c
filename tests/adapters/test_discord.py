"""The Discord adapter against the fake Discord API: the webhook requests it sent, how
Discord's answers are read, reading back with a bot, and the text made for Discord."""

from __future__ import annotations

import socket
import threading
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from publisher.adapters.base import (
    AuthError,
    OutgoingPost,
    Poll,
    RateLimitedError,
    RejectedError,
    RemoteRef,
    UnknownOutcomeError,
)
from publisher.adapters.discord import DiscordAdapter
from publisher.errors import ConfigError
from publisher.render.posts import CaseText, ImageRef, render_case
from tests.adapters.fake_discord import (
    CHANNEL_ID,
    GUILD_ID,
    WEBHOOK_TOKEN,
    DiscordHarness,
    rate_limited,
)
from tests.adapters.test_contract import OBLIQUE, PA

CAPS = DiscordAdapter.capabilities
NOW = datetime(2026, 12, 4, 14, 0, tzinfo=UTC)


def _post(text: str, **fields: Any) -> OutgoingPost:
    values: dict[str, Any] = {
        "post_id": 1,
        "case": "msk-1",
        "kind": "prompt",
        "part": 1,
        "parts": 1,
        "idempotency_key": uuid.uuid4().hex,
        "prepared": {"first_try": datetime.now(UTC).isoformat()},
        **fields,
    }
    return OutgoingPost(text=text, **values)


def _target(result: Any) -> RemoteRef:
    return RemoteRef(result.remote_id, result.url, result.meta)


# What the adapter sends


def test_a_forum_prompt_opens_a_thread_with_its_images_and_descriptions(
    discord_harness: DiscordHarness,
) -> None:
    adapter = discord_harness.adapter(bot_token=None)
    result = adapter.send(
        _post("MSKMonday: Wrist pain after a fall\n\nWhat is it?", images=(PA, OBLIQUE))
    )
    [execution] = discord_harness.fake.executions
    assert execution.query == {"wait": "true"}
    assert execution.payload["thread_name"] == "MSKMonday: Wrist pain after a fall"
    assert execution.payload["attachments"] == [
        {"id": 0, "filename": "image-1.png", "description": PA.alt},
        {"id": 1, "filename": "image-2.png", "description": OBLIQUE.alt},
    ]
    assert execution.files == {"files[0]": PA.data, "files[1]": OBLIQUE.data}
    assert execution.payload["allowed_mentions"] == {"parse": []}
    assert result.meta["thread_id"] == result.remote_id  # a forum thread is its first message
    assert (
        result.url
        == f"https://discord.com/channels/{GUILD_ID}/{result.remote_id}/{result.remote_id}"
    )


def test_the_answer_follows_in_the_forum_thread(discord_harness: DiscordHarness) -> None:
    adapter = discord_harness.adapter(bot_token=None)
    prompt = adapter.send(_post("Case"))
    answer = adapter.send(_post("Answer: ||scaphoid||", kind="answer", reply_to=_target(prompt)))
    second = discord_harness.fake.executions[1]
    assert second.query == {"wait": "true", "thread_id": prompt.remote_id}
    assert "thread_name" not in second.payload and "attachments" not in second.payload
    assert answer.meta["thread_id"] == prompt.remote_id


def test_a_text_channel_posts_in_its_configured_thread(discord_harness: DiscordHarness) -> None:
    discord_harness.fake.forum = False
    discord_harness.fake.threads["1100000000000000099"] = {"id": "1100000000000000099"}
    adapter = discord_harness.adapter(forum=False, thread_id="1100000000000000099", bot_token=None)
    prompt = adapter.send(_post("Case"))
    adapter.send(_post("Answer", kind="answer", reply_to=_target(prompt)))
    queries = [e.query for e in discord_harness.fake.executions]
    assert queries == [{"wait": "true", "thread_id": "1100000000000000099"}] * 2


def test_a_text_channel_without_a_thread_posts_in_the_channel(
    discord_harness: DiscordHarness,
) -> None:
    discord_harness.fake.forum = False
    adapter = discord_harness.adapter(forum=False, bot_token=None)
    prompt = adapter.send(_post("Case"))
    adapter.send(_post("Answer", kind="answer", reply_to=_target(prompt)))
    assert [e.query for e in discord_harness.fake.executions] == [{"wait": "true"}] * 2
    assert prompt.meta["thread_id"] == CHANNEL_ID


def test_the_quiz_is_a_native_poll_without_content(discord_harness: DiscordHarness) -> None:
    adapter = discord_harness.adapter(bot_token=None)
    prompt = adapter.send(_post("Case", images=(PA,)))
    poll = Poll(("Scaphoid fracture", "Normal"), duration_hours=2000)
    adapter.send(_post("Vote: What is the diagnosis?", part=2, poll=poll, reply_to=_target(prompt)))
    payload = discord_harness.fake.executions[1].payload
    assert "content" not in payload
    assert payload["poll"] == {
        "question": {"text": "Vote: What is the diagnosis?"},
        "answers": [
            {"poll_media": {"text": "Scaphoid fracture"}},
            {"poll_media": {"text": "Normal"}},
        ],
        "duration": 768,  # Discord's longest
        "allow_multiselect": False,
    }


def test_a_poll_with_images_is_refused_before_any_request(discord_harness: DiscordHarness) -> None:
    with pytest.raises(RejectedError):
        discord_harness.adapter().send(_post("Vote", poll=Poll(("A", "B")), images=(PA,)))
    assert discord_harness.fake.executions == []


# Discord's answers


def test_a_rate_limit_waits_the_seconds_in_the_body(discord_harness: DiscordHarness) -> None:
    adapter = discord_harness.adapter(bot_token=None)
    adapter.clock = lambda: NOW
    discord_harness.fake.fail_next("execute", rate_limited(1.25))
    with pytest.raises(RateLimitedError) as caught:
        adapter.send(_post("Case"))
    assert caught.value.retry_after == datetime(2026, 12, 4, 14, 0, 1, 250000, tzinfo=UTC)


def test_an_invalid_form_names_the_field(discord_harness: DiscordHarness) -> None:
    with pytest.raises(RejectedError) as caught:
        discord_harness.adapter(bot_token=None).send(_post("x" * 2001))
    assert str(caught.value) == (
        "Discord refused the message: Invalid Form Body (content: Must be 2000 or fewer in length.)"
    )


def test_a_deleted_webhook_pauses_the_account(discord_harness: DiscordHarness) -> None:
    url = discord_harness.fake.webhook_url.replace(WEBHOOK_TOKEN, "another-token-value")
    with pytest.raises(AuthError) as caught:
        discord_harness.adapter(url=url, bot_token=None).send(_post("Case"))
    assert "another-token-value" not in str(caught.value)


def test_an_unknown_thread_is_an_account_problem(discord_harness: DiscordHarness) -> None:
    discord_harness.fake.forum = False
    adapter = discord_harness.adapter(forum=False, thread_id="1100000000000000777", bot_token=None)
    with pytest.raises(AuthError, match="the thread or channel"):
        adapter.send(_post("Case"))


# Reading back


def test_without_a_bot_an_interrupted_send_cannot_be_looked_up(
    discord_harness: DiscordHarness,
) -> None:
    with pytest.raises(UnknownOutcomeError, match="bot_token"):
        discord_harness.adapter(bot_token=None).find_sent(_post("Case"))


def test_with_a_bot_every_send_looks_first_so_a_retry_is_not_a_second_post(
    discord_harness: DiscordHarness,
) -> None:
    adapter = discord_harness.adapter()
    post = _post("MSKMonday: Wrist pain\n\nWhat is it?", images=(PA,))
    first = adapter.send(post)
    again = discord_harness.adapter().send(post)
    assert again == first
    assert len(discord_harness.fake.executions) == 1
    assert discord_harness.fake.bot_reads.count(f"/api/guilds/{GUILD_ID}/threads/active") == 2


def test_an_answer_is_found_among_the_threads_messages(discord_harness: DiscordHarness) -> None:
    adapter = discord_harness.adapter()
    prompt = adapter.send(_post("Case"))
    answer = _post("Answer: ||scaphoid||", kind="answer", reply_to=_target(prompt), post_id=2)
    sent = adapter.send(answer)
    found = discord_harness.adapter().find_sent(answer)
    assert found == sent
    assert f"/api/channels/{prompt.remote_id}/messages" in discord_harness.fake.bot_reads
    other = _post("Answer: something else", kind="answer", reply_to=_target(prompt), post_id=3)
    assert discord_harness.adapter().find_sent(other) is None


def test_messages_before_the_first_try_are_not_taken_for_this_post(
    discord_harness: DiscordHarness,
) -> None:
    """The same text posted long ago (an earlier run of the case) is not this post."""
    discord_harness.fake.forum = False
    adapter = discord_harness.adapter(forum=False)
    adapter.send(_post("Case", prepared={"first_try": "2025-01-01T00:00:00+00:00"}))
    later = _post("Case", prepared={"first_try": "2099-01-01T00:00:00+00:00"})
    assert adapter.find_sent(later) is None


@pytest.fixture
def silent_discord() -> Iterator[str]:
    """A Discord that reads each request and hangs up without an answer."""
    listener = socket.create_server(("127.0.0.1", 0))
    stop = threading.Event()

    def serve() -> None:
        listener.settimeout(0.1)
        while not stop.is_set():
            try:
                connection, _ = listener.accept()
            except TimeoutError:
                continue
            with connection:
                connection.recv(65536)

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{listener.getsockname()[1]}/api/webhooks/1/{WEBHOOK_TOKEN}"
    stop.set()
    thread.join()
    listener.close()


def test_a_lost_answer_without_a_bot_is_an_unknown_outcome(
    silent_discord: str, tmp_path: Path
) -> None:
    adapter = DiscordAdapter("d", {"url": silent_discord}, state_dir=tmp_path)
    with pytest.raises(UnknownOutcomeError) as caught:
        adapter.send(_post("Case"))
    assert WEBHOOK_TOKEN not in str(caught.value)
    adapter.close()


# accounts check


def test_check_reads_the_webhook_and_proves_the_bot(discord_harness: DiscordHarness) -> None:
    info = discord_harness.adapter().check()
    assert info.posting_as == "webhook Case of the day"
    assert info.detail == f"forum {CHANNEL_ID} of server {GUILD_ID}; the bot can read it"


def test_check_refuses_a_wrong_bot_token(discord_harness: DiscordHarness) -> None:
    with pytest.raises(AuthError, match="the bot") as caught:
        discord_harness.adapter(bot_token="not-the-bot-token-at-all").check()
    assert "not-the-bot-token-at-all" not in str(caught.value)


# Settings


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("https://discord.com/api/channels/1/messages", "expected a Discord webhook URL"),
        ("https://discord.com/api/webhooks/1/tok?wait=true", "leave the query"),
        ("http://discord.example/api/webhooks/1/tok", "must be https://"),
    ],
)
def test_a_wrong_webhook_url_is_named_without_its_token(
    tmp_path: Path, url: str, message: str
) -> None:
    with pytest.raises(ConfigError, match=message) as caught:
        DiscordAdapter("d", {"url": url}, state_dir=tmp_path)
    assert "tok" not in str(caught.value).replace("token", "")


def test_a_forum_with_a_thread_id_is_refused(tmp_path: Path) -> None:
    url = "https://discord.com/api/webhooks/1/abc"
    with pytest.raises(ConfigError, match="thread_id"):
        DiscordAdapter("d", {"url": url, "forum": True, "thread_id": "5"}, state_dir=tmp_path)


# The text the formatter makes for Discord

CASE = CaseText(
    slug="msk-1",
    title="Wrist pain after a fall",
    history="Adult with wrist pain.",
    question="What is the diagnosis?",
    answer="Scaphoid waist fracture",
    explanation="A lucent line crosses the scaphoid waist.",
    hashtags=("#MedEd", "#FOAMrad"),
    quiz_options=(
        "Scaphoid fracture",
        "A perilunate dislocation with a fracture of the radial styloid",
        "Normal",
    ),
    quiz_correct=0,
    images=(ImageRef("a" * 64, "PA radiograph of the right wrist."),),
)


def test_discord_gets_no_hashtags_and_the_answer_behind_bars() -> None:
    rendered = render_case(
        CASE, hashtag="#FridayQuizDay", quiz=True, capabilities=CAPS, platform="discord"
    )
    prompt, poll = rendered.prompt
    assert prompt.text.startswith("FridayQuizDay: Wrist pain after a fall\n\n")
    assert "#" not in prompt.text
    assert prompt.images[0].alt == "PA radiograph of the right wrist."
    # An option longer than Discord's 55 characters: the options go in the text, letters in the poll.
    assert "B) A perilunate dislocation" in prompt.text
    assert poll.poll is not None and poll.poll.options == ("A", "B", "C")
    assert poll.poll.correct is None  # Discord's polls mark no correct answer
    [answer] = rendered.answer
    assert answer.text == (
        "Answer: FridayQuizDay Wrist pain after a fall\n\n"
        "||Answer: A) Scaphoid fracture: Scaphoid waist fracture\n\n"
        "A lucent line crosses the scaphoid waist.||"
    )


def test_a_long_answer_is_split_with_the_bars_closed_in_every_part() -> None:
    long = CaseText(**{**CASE.__dict__, "explanation": "The scaphoid waist is broken. " * 120})
    answer = render_case(
        long, hashtag="#FridayQuizDay", quiz=False, capabilities=CAPS, platform="discord"
    ).answer
    assert len(answer) > 1
    for part in answer:
        assert len(part.text) <= 2000
        assert part.text.count("||") == 2 and part.text.endswith("||")


def test_the_payload_json_is_valid_json_with_unicode(discord_harness: DiscordHarness) -> None:
    discord_harness.adapter(bot_token=None).send(_post("Fracture — 🦴", images=(PA,)))
    assert discord_harness.fake.stored[0].message["content"] == "Fracture — 🦴"
    assert discord_harness.fake.executions[0].payload["content"] == "Fracture — 🦴"
