"""The webhook adapter against the local test platform, over real HTTP on 127.0.0.1."""

from __future__ import annotations

import base64
import re
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from publisher.adapters.base import (
    AdapterError,
    AuthError,
    OutgoingImage,
    OutgoingPost,
    Poll,
    PublishResult,
    RateLimitedError,
    RejectedError,
    RemoteRef,
    TransientError,
    UnknownOutcomeError,
)
from publisher.adapters.webhook import WebhookAdapter
from publisher.errors import ConfigError
from tests.adapters.fake_webhook import TOKEN, WebhookHarness
from tests.support.builders import outgoing_post
from tests.support.platform_server import LOST_ANSWER, WITHOUT_ID, Answer, PlatformServer

NOW = datetime(2026, 3, 2, 14, 0, tzinfo=UTC)
# Every byte value, so a base64 round trip that mangles any of them shows.
IMAGE_BYTES = bytes(range(256)) * 3


@pytest.fixture
def harness(tmp_path: Path) -> Iterator[WebhookHarness]:
    with PlatformServer() as server:
        harness = WebhookHarness(server, tmp_path)
        yield harness
        harness.close()


@pytest.fixture
def platform(harness: WebhookHarness) -> PlatformServer:
    return harness.server


@pytest.fixture
def adapter(harness: WebhookHarness) -> WebhookAdapter:
    adapter = harness.adapter()
    adapter.clock = lambda: NOW
    return adapter


def make_post(**changes: Any) -> OutgoingPost:
    return outgoing_post(**changes)


def closed_port_url() -> str:
    """The URL of a server that has just stopped: nothing listens on its port."""
    server = PlatformServer()
    server.stop()
    return server.url


# --- what goes over the wire ---


def test_body_is_exactly_the_protocol(adapter: WebhookAdapter, platform: PlatformServer) -> None:
    images = (
        OutgoingImage(IMAGE_BYTES, "image/png", "PA radiograph of the wrist", 800, 600),
        OutgoingImage(b"\xff\xd8jpeg", "image/jpeg", "Scaphoid view", 640, 480),
    )
    post = make_post(
        kind="answer",
        part=2,
        parts=3,
        spoiler="Answer",
        images=images,
        poll=Poll(("Scaphoid fracture", "Normal"), duration_hours=12),
        reply_to=RemoteRef("41", "http://x/p/41"),
        thread_root=RemoteRef("40"),
    )

    adapter.send(post)

    (received,) = platform.received()
    assert received.body == {
        "idempotency_key": "key-7",
        "post_id": 7,
        "case": "msk-scaphoid-001",
        "kind": "answer",
        "part": 2,
        "parts": 3,
        "text": post.text,
        "spoiler": "Answer",
        "reply_to": "41",
        "thread_root": "40",
        "poll": {"options": ["Scaphoid fracture", "Normal"], "duration_hours": 12},
        "images": [
            {
                "alt": "PA radiograph of the wrist",
                "mime": "image/png",
                "width": 800,
                "height": 600,
                "data": base64.b64encode(IMAGE_BYTES).decode(),
            },
            {
                "alt": "Scaphoid view",
                "mime": "image/jpeg",
                "width": 640,
                "height": 480,
                "data": base64.b64encode(b"\xff\xd8jpeg").decode(),
            },
        ],
    }
    assert [base64.b64decode(i["data"]) for i in received.body["images"]] == [
        IMAGE_BYTES,
        b"\xff\xd8jpeg",
    ]


def test_plain_post_sends_nulls_and_no_images(
    adapter: WebhookAdapter, platform: PlatformServer
) -> None:
    adapter.send(make_post())

    body = platform.received()[0].body
    assert (body["spoiler"], body["reply_to"], body["thread_root"], body["poll"]) == (None,) * 4
    assert body["images"] == []


def test_headers_carry_key_json_and_token(
    adapter: WebhookAdapter, platform: PlatformServer
) -> None:
    adapter.send(make_post())

    headers = platform.received()[0].headers
    assert headers["idempotency-key"] == "key-7"
    assert headers["content-type"] == "application/json"
    assert headers["authorization"] == f"Bearer {TOKEN}"


def test_no_authorization_header_without_token(
    harness: WebhookHarness, platform: PlatformServer
) -> None:
    adapter = harness.adapter(token=None)

    adapter.send(make_post())

    assert "authorization" not in platform.received()[0].headers


def test_no_idempotency_key_header_when_the_post_has_none(
    adapter: WebhookAdapter, platform: PlatformServer
) -> None:
    adapter.send(make_post(idempotency_key=""))

    assert "idempotency-key" not in platform.received()[0].headers


def test_send_returns_the_platform_id_and_url(
    adapter: WebhookAdapter, platform: PlatformServer
) -> None:
    result = adapter.send(make_post())

    (stored,) = platform.posts()
    assert result == PublishResult(remote_id=stored["id"], url=f"{platform.url}/p/{stored['id']}")


def test_answer_replies_to_the_prompt_remote_id(
    adapter: WebhookAdapter, harness: WebhookHarness
) -> None:
    prompt = adapter.send(make_post())
    adapter.send(
        make_post(
            post_id=8, kind="answer", idempotency_key="key-8", reply_to=RemoteRef(prompt.remote_id)
        )
    )

    assert [r.reply_to for r in harness.sent()] == [None, prompt.remote_id]


def test_retry_with_same_key_makes_one_post(
    adapter: WebhookAdapter, platform: PlatformServer
) -> None:
    first = adapter.send(make_post())
    again = adapter.send(make_post())

    assert again == first
    assert platform.stats()["requests"] == 2
    assert platform.stats()["posts"] == 1


def test_lost_answer_then_retry_finds_the_same_post(
    adapter: WebhookAdapter, platform: PlatformServer
) -> None:
    platform.script([LOST_ANSWER])

    with pytest.raises(TransientError):
        adapter.send(make_post())
    result = adapter.send(make_post())

    assert [p["id"] for p in platform.posts()] == [result.remote_id]


def test_integer_id_becomes_a_string(adapter: WebhookAdapter, platform: PlatformServer) -> None:
    platform.script([Answer(200, body={"id": 42})])

    assert adapter.send(make_post()) == PublishResult(remote_id="42", url="")


def test_keeps_the_connection_alive_until_closed(
    adapter: WebhookAdapter, platform: PlatformServer
) -> None:
    adapter.send(make_post(post_id=1, idempotency_key="a"))
    adapter.send(make_post(post_id=2, idempotency_key="b"))
    adapter.close()
    adapter.send(make_post(post_id=3, idempotency_key="c"))

    ports = [r.client_port for r in platform.received()]
    assert ports[0] == ports[1] != ports[2]


# --- error mapping ---


def test_429_with_retry_after_seconds(adapter: WebhookAdapter, platform: PlatformServer) -> None:
    platform.script([(429, {"Retry-After": "30"})])

    with pytest.raises(RateLimitedError) as caught:
        adapter.send(make_post())

    assert caught.value.retry_after == NOW + timedelta(seconds=30)


def test_429_with_retry_after_http_date(adapter: WebhookAdapter, platform: PlatformServer) -> None:
    platform.script([(429, {"Retry-After": "Mon, 02 Mar 2026 15:30:00 GMT"})])

    with pytest.raises(RateLimitedError) as caught:
        adapter.send(make_post())

    assert caught.value.retry_after == datetime(2026, 3, 2, 15, 30, tzinfo=UTC)


@pytest.mark.parametrize("header", [{}, {"Retry-After": "soon"}])
def test_429_without_a_usable_retry_after(
    adapter: WebhookAdapter, platform: PlatformServer, header: dict[str, str]
) -> None:
    platform.script([(429, header)])

    with pytest.raises(RateLimitedError) as caught:
        adapter.send(make_post())

    assert caught.value.retry_after is None


@pytest.mark.parametrize("status", [401, 403])
def test_refused_token_is_an_auth_error(
    adapter: WebhookAdapter, platform: PlatformServer, status: int
) -> None:
    platform.script([(status, {})])

    with pytest.raises(AuthError, match=str(status)):
        adapter.send(make_post())


@pytest.mark.parametrize("key", ["error", "message"])
def test_422_is_rejected_with_the_platform_reason(
    adapter: WebhookAdapter, platform: PlatformServer, key: str
) -> None:
    platform.script([(422, {}, {key: "text too long for this channel"})])

    with pytest.raises(RejectedError, match="text too long for this channel"):
        adapter.send(make_post())


def test_rejection_without_json_shows_the_status_line(
    adapter: WebhookAdapter, platform: PlatformServer
) -> None:
    platform.script([(400, {}, "<html>bad</html>")])

    with pytest.raises(RejectedError, match="400 Bad Request"):
        adapter.send(make_post())


def test_long_reason_is_cut_to_200_characters(
    adapter: WebhookAdapter, platform: PlatformServer
) -> None:
    platform.script([(422, {}, {"error": "x" * 5000})])

    with pytest.raises(RejectedError) as caught:
        adapter.send(make_post())

    assert "x" * 197 + "..." in str(caught.value)
    assert "x" * 198 not in str(caught.value)


@pytest.mark.parametrize("status", [500, 502, 503])
def test_5xx_is_transient(adapter: WebhookAdapter, platform: PlatformServer, status: int) -> None:
    platform.script([(status, {})])

    with pytest.raises(TransientError, match=str(status)):
        adapter.send(make_post())


def test_redirect_is_rejected_not_followed(
    adapter: WebhookAdapter, platform: PlatformServer
) -> None:
    platform.script([(302, {"Location": f"{platform.url}/elsewhere"})])

    with pytest.raises(RejectedError, match="302 Found; configure the final URL"):
        adapter.send(make_post())
    assert platform.stats()["requests"] == 1


def test_connection_refused_is_transient(tmp_path: Path) -> None:
    adapter = WebhookAdapter("w", {"url": closed_port_url()}, state_dir=tmp_path)

    with pytest.raises(
        TransientError, match=r"the connection to the webhook at 127\.0\.0\.1:\d+ failed"
    ):
        adapter.send(make_post())


def test_proxy_from_the_environment_is_used(
    tmp_path: Path, platform: PlatformServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The environment is read once per adapter, not per request: the proxy it names
    still carries the requests (here the local platform stands in as the proxy)."""
    for name in ("NO_PROXY", "no_proxy"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("HTTP_PROXY", platform.url)
    adapter = WebhookAdapter("w", {"url": "http://hooks.invalid/in"}, state_dir=tmp_path)
    try:
        adapter.send(make_post())
    finally:
        adapter.close()
    # hooks.invalid resolves nowhere: only the proxy could have taken the request.
    [request] = platform.received()
    assert (request.headers["host"], request.path) == ("hooks.invalid", "/in")


def test_timeout_is_transient(harness: WebhookHarness, platform: PlatformServer) -> None:
    platform.delay = 1.0  # the platform's latency, longer than the adapter waits
    adapter = harness.adapter(timeout=0.2)

    with pytest.raises(TransientError, match=r"did not answer within 0\.2 s"):
        adapter.send(make_post())


def test_success_without_id_is_rejected(adapter: WebhookAdapter, platform: PlatformServer) -> None:
    platform.script([WITHOUT_ID])

    with pytest.raises(RejectedError, match="the webhook answered without an id"):
        adapter.send(make_post())


@pytest.mark.parametrize("body", ["plain text", {"id": ""}, {"id": None}, {"id": True}, [1]])
def test_success_with_unusable_id_is_rejected(
    adapter: WebhookAdapter, platform: PlatformServer, body: object
) -> None:
    platform.script([Answer(201, body=body)])

    with pytest.raises(RejectedError, match="without an id"):
        adapter.send(make_post())


@pytest.mark.parametrize(
    "answer",
    [
        Answer(401, body={"error": f"token {TOKEN} is revoked"}),
        Answer(422, body={"message": f"bad request from {TOKEN}"}),
        Answer(400, body=f"plain {TOKEN}"),
        Answer(429, {"Retry-After": "5"}),
        Answer(500, body={"error": TOKEN}),
    ],
)
def test_token_never_appears_in_errors(
    adapter: WebhookAdapter, platform: PlatformServer, answer: Answer
) -> None:
    platform.script([answer])

    with pytest.raises(AdapterError) as caught:
        adapter.send(make_post())

    assert TOKEN not in f"{caught.value} {caught.value!r} {caught.value.hint}"


def test_echoed_token_is_masked(adapter: WebhookAdapter, platform: PlatformServer) -> None:
    platform.script([(422, {}, {"error": f"token {TOKEN} may not post here"})])

    with pytest.raises(RejectedError, match=r"token \*\*\* may not post here"):
        adapter.send(make_post())


def test_url_credentials_stay_out_of_errors(tmp_path: Path) -> None:
    url = closed_port_url().replace("http://", "http://user:hunter2@") + "/hook?secret=s3cr3t"
    adapter = WebhookAdapter("w", {"url": url}, state_dir=tmp_path)

    with pytest.raises(TransientError) as caught:
        adapter.send(make_post())

    assert "hunter2" not in str(caught.value)
    assert "s3cr3t" not in str(caught.value)


# --- find_sent ---


def test_find_sent_finds_a_post_by_its_key(adapter: WebhookAdapter) -> None:
    sent = adapter.send(make_post())

    assert adapter.find_sent(make_post()) == sent


def test_find_sent_returns_none_for_an_unknown_key(
    adapter: WebhookAdapter, platform: PlatformServer
) -> None:
    adapter.send(make_post())

    assert adapter.find_sent(make_post(idempotency_key="never-sent")) is None
    assert platform.stats()["lookups"] == 1


def test_find_sent_asks_again_later_when_the_receiver_fails(
    adapter: WebhookAdapter, platform: PlatformServer
) -> None:
    platform.script([Answer(500)], method="GET")

    with pytest.raises(TransientError, match="could not answer the lookup"):
        adapter.find_sent(make_post())


@pytest.mark.parametrize("answer", [Answer(401), Answer(200, body={"ok": True})])
def test_find_sent_cannot_tell_on_other_answers(
    adapter: WebhookAdapter, platform: PlatformServer, answer: Answer
) -> None:
    platform.script([answer], method="GET")

    with pytest.raises(UnknownOutcomeError, match=str(answer.status)):
        adapter.find_sent(make_post())


def test_find_sent_cannot_tell_without_a_key(
    adapter: WebhookAdapter, platform: PlatformServer
) -> None:
    with pytest.raises(UnknownOutcomeError, match="no idempotency key"):
        adapter.find_sent(make_post(idempotency_key=""))
    assert platform.stats()["lookups"] == 0


def test_find_sent_asks_again_later_when_unreachable(tmp_path: Path) -> None:
    adapter = WebhookAdapter("w", {"url": closed_port_url()}, state_dir=tmp_path)

    with pytest.raises(TransientError, match="connection to the webhook"):
        adapter.find_sent(make_post())


# --- check ---


@pytest.mark.parametrize("status", [200, 204, 404, 405])
def test_check_reports_a_reachable_webhook(
    adapter: WebhookAdapter, platform: PlatformServer, status: int
) -> None:
    platform.script([Answer(status, body="")], method="GET")

    info = adapter.check()

    assert info.posting_as == f"127.0.0.1:{platform.port}"
    assert info.capabilities == adapter.capabilities


@pytest.mark.parametrize("status", [401, 403])
def test_check_refused_token(
    adapter: WebhookAdapter, platform: PlatformServer, status: int
) -> None:
    platform.script([(status, {})], method="GET")

    with pytest.raises(AuthError):
        adapter.check()


def test_check_unreachable_is_transient(tmp_path: Path) -> None:
    adapter = WebhookAdapter("w", {"url": closed_port_url()}, state_dir=tmp_path)

    with pytest.raises(TransientError):
        adapter.check()


def test_posting_as_hides_credentials_path_and_query(tmp_path: Path) -> None:
    url = "https://user:pw@hooks.example.org/T000/B000/XXXX?key=abc"
    adapter = WebhookAdapter("w", {"url": url}, state_dir=tmp_path)

    assert adapter.host == "hooks.example.org"


# --- settings ---


def test_text_limit_setting_overrides_the_default(harness: WebhookHarness) -> None:
    assert harness.adapter().capabilities.text_limit == 5000
    assert harness.adapter(text_limit=280).capabilities.text_limit == 280
    assert WebhookAdapter.capabilities.text_limit == 5000


def test_limits_match_what_previews_compute(harness: WebhookHarness) -> None:
    adapter = harness.adapter(text_limit=280)

    assert adapter.capabilities == WebhookAdapter.capabilities_for({"text_limit": 280}, {})


def test_timeout_read_from_a_string(harness: WebhookHarness) -> None:
    assert harness.adapter(timeout="2.5").timeout == 2.5


@pytest.mark.parametrize(
    ("key", "value"),
    [
        ("text_limit", 0),
        ("text_limit", "500"),
        ("text_limit", 2.5),
        ("text_limit", True),
        ("timeout", -1),
        ("timeout", "slow"),
        ("timeout", float("nan")),
        ("timeout", True),
    ],
)
def test_bad_numbers_are_config_errors(harness: WebhookHarness, key: str, value: object) -> None:
    with pytest.raises(ConfigError, match=re.escape(f"accounts.test-webhook.{key}")):
        harness.adapter(**{key: value})


@pytest.mark.parametrize("url", ["", "ftp://example.org/hook", "example.org/hook", "http://"])
def test_url_must_be_http(tmp_path: Path, url: str) -> None:
    with pytest.raises(ConfigError, match=r"accounts\.w\.url"):
        WebhookAdapter("w", {"url": url}, state_dir=tmp_path)


def test_plain_http_is_allowed(tmp_path: Path) -> None:
    adapter = WebhookAdapter("w", {"url": "http://intranet.local/hook"}, state_dir=tmp_path)

    assert adapter.url == "http://intranet.local/hook"


def test_declared_settings() -> None:
    settings = {s.name: s for s in WebhookAdapter.settings}

    assert settings["url"].required
    assert settings["token"].secret and not settings["token"].required
    assert settings["timeout"].default == 30
    assert not settings["text_limit"].required


# --- the contract harness itself ---


def test_harness_records_what_the_platform_stored(
    adapter: WebhookAdapter, harness: WebhookHarness
) -> None:
    image = OutgoingImage(IMAGE_BYTES, "image/png", "alt text", 10, 10)
    adapter.send(make_post(images=(image,), spoiler="Answer", poll=Poll(("A", "B"))))

    (record,) = harness.sent()
    assert (record.alts, record.media_bytes, record.spoiler) == (
        ["alt text"],
        [IMAGE_BYTES],
        "Answer",
    )
    assert (record.poll_options, record.idempotency_key) == (["A", "B"], "key-7")


def test_harness_failures_reach_the_adapter(
    adapter: WebhookAdapter, harness: WebhookHarness
) -> None:
    harness.fail_next_create(429, retry_after_seconds=60)
    harness.omit_id_next_create()

    with pytest.raises(RateLimitedError) as caught:
        adapter.send(make_post())
    assert caught.value.retry_after == NOW + timedelta(seconds=60)
    with pytest.raises(RejectedError):
        adapter.send(make_post())
    assert harness.sent() == []
