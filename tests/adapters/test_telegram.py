"""The Telegram adapter through python-telegram-bot against the fake Bot API server:
what the library sent, how Telegram's answers are read, and the text the formatter
makes for Telegram (HTML, captions, spoilers, quizzes)."""

from __future__ import annotations

import json
import socket
import threading
import uuid
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from publisher.adapters import telegram as telegram_module
from publisher.adapters.base import (
    AuthError,
    OutgoingPost,
    Poll,
    RateLimitedError,
    RemoteRef,
    TransientError,
    UnknownOutcomeError,
)
from publisher.adapters.telegram import TelegramAdapter, message_url
from publisher.clock import SimulatedClock
from publisher.dispatch.dispatcher import Dispatcher
from publisher.errors import ConfigError
from publisher.render.length import measure, visible
from publisher.render.posts import CaseText, ImageRef, render_case
from publisher.store import Store
from tests.adapters.fake_telegram import CHAT, TOKEN, TelegramHarness
from tests.adapters.test_contract import OBLIQUE, PA

CAPS = TelegramAdapter.capabilities
CASE = CaseText(
    slug="msk-1",
    title="Wrist pain after a fall",
    history="Adult with wrist pain after a fall on an outstretched hand.",
    question="What is the diagnosis?",
    answer="Scaphoid waist fracture",
    explanation="A lucent line crosses the scaphoid waist; the fat stripe is displaced.",
    teaching_points=("Repeat scaphoid views at 10-14 days when the first films are normal.",),
    hashtags=("#MedEd",),
    quiz_options=("Scaphoid fracture", "Perilunate dislocation", "Normal", "Kienbock disease"),
    quiz_correct=0,
    images=(ImageRef("a" * 64, "PA radiograph of the right wrist."),),
)


def _post(text: str, **fields: Any) -> OutgoingPost:
    values: dict[str, Any] = {
        "post_id": 1,
        "case": "msk-1",
        "kind": "prompt",
        "part": 1,
        "parts": 1,
        "idempotency_key": uuid.uuid4().hex,
        **fields,
    }
    return OutgoingPost(text=text, **values)


def _calls(harness: TelegramHarness, method: str) -> list[Any]:
    return [call for call in harness.fake.calls if call.method == method]


# What the library sends


def test_a_photo_goes_with_its_html_caption_and_the_spoiler_blur(
    telegram_harness: TelegramHarness,
) -> None:
    adapter = telegram_harness.adapter(spoiler_images=True)
    result = adapter.send(_post("#MSKMonday <b>Wrist</b> pain &amp; swelling", images=(PA,)))
    [call] = _calls(telegram_harness, "sendPhoto")
    assert call.params["chat_id"] == "@radcases"
    assert call.params["parse_mode"] == "HTML"
    assert call.params["caption"] == "#MSKMonday <b>Wrist</b> pain &amp; swelling"
    assert call.params["has_spoiler"] == "true"
    assert call.files["photo"] == PA.data
    [stored] = telegram_harness.fake.stored
    assert stored.message["caption"] == "#MSKMonday Wrist pain & swelling"
    assert stored.message["caption_entities"] == [{"type": "bold", "offset": 11, "length": 5}]
    assert result.remote_id == str(stored.message["message_id"])
    assert result.url == f"https://t.me/radcases/{result.remote_id}"


def test_a_case_that_asks_for_it_gets_its_images_blurred_on_an_ordinary_account(
    telegram_harness: TelegramHarness,
) -> None:
    adapter = telegram_harness.adapter()  # no spoiler_images on the account
    blurred = replace(PA, spoiler=True)
    adapter.send(_post("One view", images=(blurred,)))
    adapter.send(_post("Two views", images=(blurred, replace(OBLIQUE, spoiler=True))))
    [photo] = _calls(telegram_harness, "sendPhoto")
    assert photo.params["has_spoiler"] == "true"
    [album] = _calls(telegram_harness, "sendMediaGroup")
    assert [item.get("has_spoiler") for item in json.loads(album.params["media"])] == [True, True]


def test_several_images_are_one_album_captioned_on_its_first_photo(
    telegram_harness: TelegramHarness,
) -> None:
    adapter = telegram_harness.adapter()
    result = adapter.send(_post("Two views", images=(PA, OBLIQUE)))
    [call] = _calls(telegram_harness, "sendMediaGroup")
    media = json.loads(call.params["media"])
    assert [item.get("caption") for item in media] == ["Two views", None]
    assert [call.files[item["media"].removeprefix("attach://")] for item in media] == [
        PA.data,
        OBLIQUE.data,
    ]
    assert not any(item.get("has_spoiler") for item in media)
    first, second = result.meta["message_ids"].split(",")
    assert result.remote_id == first and int(second) == int(first) + 1


def test_the_quiz_is_a_native_quiz_poll_replying_to_the_image(
    telegram_harness: TelegramHarness,
) -> None:
    adapter = telegram_harness.adapter()
    image = adapter.send(_post("Case", images=(PA,)))
    poll = Poll(("Scaphoid fracture", "Normal"), correct=0, explanation="A lucent line.")
    target = RemoteRef(image.remote_id, image.url)
    adapter.send(_post("Vote: What is the diagnosis?", part=2, poll=poll, reply_to=target))
    [call] = _calls(telegram_harness, "sendPoll")
    assert call.params["type"] == "quiz"
    assert json.loads(call.params["correct_option_ids"]) == [0]
    assert call.params["explanation"] == "A lucent line."
    assert call.params["is_anonymous"] == "true"
    assert json.loads(call.params["reply_parameters"])["message_id"] == int(image.remote_id)
    assert [o["text"] for o in json.loads(call.params["options"])] == list(poll.options)
    assert telegram_harness.sent()[1].reply_to == image.remote_id


def test_a_poll_without_a_correct_option_is_a_regular_poll(
    telegram_harness: TelegramHarness,
) -> None:
    telegram_harness.adapter().send(_post("Which?", poll=Poll(("A", "B"))))
    [call] = _calls(telegram_harness, "sendPoll")
    assert call.params.get("type", "regular") == "regular"
    assert "correct_option_ids" not in call.params


def test_the_answer_hides_behind_a_spoiler_entity_counted_in_utf16(
    telegram_harness: TelegramHarness,
) -> None:
    adapter = telegram_harness.adapter()
    text = "Answer 🦴 #FridayQuizDay\n\n<tg-spoiler>Scaphoid fracture</tg-spoiler>"
    adapter.send(_post(text, kind="answer"))
    [stored] = telegram_harness.fake.stored
    assert stored.message["text"] == "Answer 🦴 #FridayQuizDay\n\nScaphoid fracture"
    # The bone is two UTF-16 units, so the spoiler starts at 26, not 25.
    assert stored.message["entities"] == [{"type": "spoiler", "offset": 26, "length": 17}]


def test_the_first_use_proves_the_token_once(telegram_harness: TelegramHarness) -> None:
    adapter = telegram_harness.adapter()
    adapter.send(_post("one"))
    adapter.send(_post("two"))
    assert [call.method for call in telegram_harness.fake.calls] == [
        "getMe",
        "sendMessage",
        "sendMessage",
    ]


# Telegram's answers


def test_flood_control_is_a_rate_limit_with_telegrams_seconds(
    telegram_harness: TelegramHarness,
) -> None:
    adapter = telegram_harness.adapter()
    adapter.clock = lambda: datetime(2026, 12, 4, 14, 0, tzinfo=UTC)
    telegram_harness.fail_next_create(429, retry_after_seconds=37)
    with pytest.raises(RateLimitedError) as caught:
        adapter.send(_post("hello"))
    assert caught.value.retry_after == datetime(2026, 12, 4, 14, 0, 37, tzinfo=UTC)


def test_a_wrong_token_is_an_auth_error_that_does_not_show_it(
    telegram_harness: TelegramHarness,
) -> None:
    adapter = telegram_harness.adapter(bot_token="111:wrong-token-value-for-the-test")
    with pytest.raises(AuthError) as caught:
        adapter.send(_post("hello"))
    assert "wrong-token-value" not in f"{caught.value} {caught.value.hint}"
    assert "@BotFather" in str(caught.value.hint)


def test_an_unknown_chat_pauses_the_account(telegram_harness: TelegramHarness) -> None:
    with pytest.raises(AuthError, match=r"(?i)chat not found"):
        telegram_harness.adapter(chat_id="@nosuchchannel").send(_post("hello"))


def test_html_telegram_cannot_parse_is_refused_with_its_words(
    telegram_harness: TelegramHarness,
) -> None:
    with pytest.raises(Exception, match=r"(?i)can.t parse entities") as caught:
        telegram_harness.adapter().send(_post("3 < 5 mm"))
    assert type(caught.value).__name__ == "RejectedError"


@pytest.fixture
def silent_server() -> Iterator[str]:
    """A Bot API that reads each request and hangs up without an answer."""
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
    yield f"http://127.0.0.1:{listener.getsockname()[1]}"
    stop.set()
    thread.join()
    listener.close()


def test_a_bot_api_that_hangs_up_on_the_login_is_worth_a_retry(
    silent_server: str, tmp_path: Path
) -> None:
    """getMe only reads: a lost answer to it posted nothing."""
    adapter = _adapter(tmp_path, api_base_url=silent_server)
    with pytest.raises(TransientError) as caught:
        adapter.send(_post("hello"))
    assert TOKEN not in str(caught.value)
    adapter.close()


def test_a_post_whose_answer_comes_too_late_is_an_unknown_outcome(
    telegram_harness: TelegramHarness, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(telegram_module, "READ_TIMEOUT", 1.0)
    telegram_harness.fake.late = 2.0
    with pytest.raises(UnknownOutcomeError, match="may have gone out") as caught:
        telegram_harness.adapter().send(_post("hello"))
    assert TOKEN not in str(caught.value)
    assert len(telegram_harness.sent()) == 1  # Telegram did post it


def test_the_engine_parks_a_post_of_unknown_outcome_and_never_resends_it(
    telegram_harness: TelegramHarness,
    store: Store,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from tests.adapters import test_preview_matches as flow

    monkeypatch.setattr(telegram_module, "READ_TIMEOUT", 1.0)
    settings, env = flow._settings(tmp_path, "telegram", telegram_harness)
    flow._plan_the_quiz(store, settings, tmp_path)
    telegram_harness.fake.late = 2.0
    clock = SimulatedClock(flow.START)
    engine = Dispatcher(store, settings, clock=clock, env=env, on_event=lambda event: None)
    try:
        clock.advance_to(flow.SLOT)
        [event] = engine.dispatch()
        assert event.state == "unknown" and "may have gone out" in (event.error or "")
        telegram_harness.fake.late = 0.0
        clock.advance_to(flow.SLOT + timedelta(hours=1))
        assert engine.dispatch() == []  # nothing goes out after a post of unknown fate
    finally:
        engine.stop()
    assert len(telegram_harness.sent()) == 1


def test_a_connection_never_made_is_worth_a_retry(tmp_path: Path) -> None:
    closed = socket.create_server(("127.0.0.1", 0))
    port = closed.getsockname()[1]
    closed.close()
    adapter = _adapter(tmp_path, api_base_url=f"http://127.0.0.1:{port}")
    with pytest.raises(TransientError) as caught:
        adapter.send(_post("hello"))
    assert TOKEN not in str(caught.value)
    adapter.close()


def test_find_sent_says_why_it_cannot_tell(telegram_harness: TelegramHarness) -> None:
    with pytest.raises(UnknownOutcomeError, match="history"):
        telegram_harness.adapter().find_sent(_post("hello"))
    assert telegram_harness.fake.calls == []


# accounts check


def test_check_names_the_bot_and_the_channel(telegram_harness: TelegramHarness) -> None:
    info = telegram_harness.adapter().check()
    assert info.posting_as == "@radcases_bot"
    assert info.detail == "channel @radcases, the bot is administrator"


def test_check_says_in_one_line_when_the_bot_may_not_post(
    telegram_harness: TelegramHarness,
) -> None:
    telegram_harness.fake.member_status = "member"
    with pytest.raises(AuthError) as caught:
        telegram_harness.adapter().check()
    assert str(caught.value) == (
        "@radcases_bot in @radcases: the bot must be an administrator of the channel to post"
    )


# Settings


@pytest.mark.parametrize(
    ("settings", "field"),
    [
        ({"chat_id": "radcases"}, "chat_id"),
        ({"bot_token": ""}, "bot_token"),
        ({"api_base_url": "http://bots.example.org"}, "api_base_url"),
    ],
)
def test_bad_settings_name_the_field(tmp_path: Path, settings: dict[str, Any], field: str) -> None:
    with pytest.raises(ConfigError, match=rf"accounts\.dept-telegram\.{field}"):
        _adapter(tmp_path, **settings)


def _adapter(tmp_path: Path, **settings: Any) -> TelegramAdapter:
    config = {"bot_token": TOKEN, "chat_id": str(CHAT["id"]), **settings}
    return TelegramAdapter("dept-telegram", config, state_dir=tmp_path)


def test_links_to_private_channels_use_their_internal_id() -> None:
    class Chat:
        username = None
        id = -1001987654321

    assert message_url(Chat(), 42) == "https://t.me/c/1987654321/42"


def test_close_shuts_the_loop_down(telegram_harness: TelegramHarness) -> None:
    adapter = telegram_harness.adapter()
    adapter.send(_post("hello"))
    loop = adapter._loop
    adapter.close()
    assert loop is not None and loop.is_closed() and adapter._loop is None
    adapter.close()  # twice is harmless


# The text the formatter makes for Telegram


def test_the_prompt_is_html_with_hashtags_and_the_alt_text_in_the_caption() -> None:
    case = CaseText(**{**CASE.__dict__, "history": "Pain 3 < 5 days & swelling."})
    [photo, poll] = render_case(
        case, hashtag="#FridayQuizDay", quiz=True, capabilities=CAPS, platform="telegram"
    ).prompt
    assert photo.text.startswith(
        "#FridayQuizDay Wrist pain after a fall\n\nPain 3 &lt; 5 days &amp; swelling."
    )
    assert "Image: PA radiograph of the right wrist." in photo.text
    assert photo.text.endswith("#MedEd")
    assert poll.text == "Vote: What is the diagnosis?" and not poll.images
    assert poll.poll is not None and poll.poll.correct == 0
    assert poll.poll.explanation == CASE.explanation


def test_a_long_explanation_is_cut_to_the_quiz_limit_on_one_line() -> None:
    case = CaseText(**{**CASE.__dict__, "explanation": "A lucent line.\n" + "word " * 80})
    rendered = render_case(
        case, hashtag="#FridayQuizDay", quiz=True, capabilities=CAPS, platform="telegram"
    )
    poll = rendered.prompt[-1].poll
    assert poll is not None and len(poll.explanation) <= 200
    assert "\n" not in poll.explanation and poll.explanation.endswith("…")


def test_a_prompt_past_the_caption_limit_continues_in_a_message() -> None:
    history = " ".join(f"Sentence {n} of a long history of the patient's wrist." for n in range(40))
    case = CaseText(**{**CASE.__dict__, "history": history})
    prompt = render_case(
        case, hashtag="#MSKMonday", quiz=False, capabilities=CAPS, platform="telegram"
    ).prompt
    assert len(prompt) == 2
    assert prompt[0].images and not prompt[1].images
    assert measure(prompt[0].text, CAPS) <= 1024 < measure(prompt[0].text + prompt[1].text, CAPS)
    assert prompt[0].text.endswith(".")  # cut at a sentence
    assert f"{prompt[0].text} {prompt[1].text}".replace("\n\n", " ").count("Sentence") == 40


def test_the_answer_is_a_visible_line_then_the_spoiler() -> None:
    answer = render_case(
        CASE, hashtag="#FridayQuizDay", quiz=True, capabilities=CAPS, platform="telegram"
    ).answer
    [part] = answer
    lead, hidden = part.text.split("\n\n", 1)
    assert lead == "Answer: #FridayQuizDay Wrist pain after a fall"
    assert hidden.startswith("<tg-spoiler>Answer: A) Scaphoid fracture: Scaphoid waist fracture")
    assert hidden.endswith("</tg-spoiler>") and part.spoiler is None
    assert "Teaching points:\n• Repeat" in visible(hidden)


def test_a_message_sent_at_the_limit_fits_telegram(telegram_harness: TelegramHarness) -> None:
    """The formatter's count and the server's agree: 4096 UTF-16 units after parsing."""
    text = "<b>" + "🦴" * 2047 + "x&amp;" + "</b>"
    assert measure(text, CAPS) == 4096
    telegram_harness.adapter().send(_post(text))
    assert len(telegram_harness.sent()) == 1


def test_retry_after_is_counted_from_the_engines_clock(telegram_harness: TelegramHarness) -> None:
    adapter = telegram_harness.adapter()
    start = datetime(2027, 1, 1, tzinfo=UTC)
    adapter.clock = lambda: start
    telegram_harness.fail_next_create(429, retry_after_seconds=5)
    with pytest.raises(RateLimitedError) as caught:
        adapter.send(_post("x"))
    assert caught.value.retry_after == start + timedelta(seconds=5)
