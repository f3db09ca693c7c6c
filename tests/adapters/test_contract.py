"""The adapter contract: one behavioural suite run over every adapter through ``harness``.

Each adapter talks through its real client library to its fake platform (see
``conftest.py``); the assertions read what the platform received. Every error
the suite provokes goes through ``_refused``, which also checks that its message
carries no secret of the account.
"""

from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from publisher.adapters import available
from publisher.adapters.base import (
    Adapter,
    AdapterError,
    AuthError,
    OutgoingPost,
    RateLimitedError,
    RejectedError,
    RemoteRef,
    Setting,
    TransientError,
)
from tests.adapters.harness import Harness
from tests.support.builders import outgoing_image, outgoing_post

TEXT = "Wrist pain after a fall on an outstretched hand. What is the diagnosis? #MSKMonday #FOAMrad"
ANSWER = "Answer: scaphoid waist fracture. Repeat scaphoid views when the first films are normal."
REFUSAL = "Validation failed: the post contains a word this server does not allow"


PA = outgoing_image(
    "PA radiograph of the right wrist: a lucent line crosses the scaphoid waist.", shade=200
)
OBLIQUE = outgoing_image("Oblique view of the same wrist.", shade=90)


def _post(adapter: Adapter, text: str = TEXT, **fields: Any) -> OutgoingPost:
    """A post as the engine hands it over: a fresh idempotency key, then ``prepare``d."""
    post = outgoing_post(text, **{"post_id": 1, "idempotency_key": uuid.uuid4().hex, **fields})
    return replace(post, prepared=adapter.prepare(post))


def _secrets(harness: Harness, adapter: Adapter) -> list[str]:
    """The values an error message must never show: the secret settings, and for Bluesky
    the session tokens its server handed out, which are as good as the password."""
    secret = [str(adapter.options.get(s.name) or "") for s in adapter.settings if s.secret]
    tokens = getattr(getattr(harness, "pds", None), "tokens_issued", [])
    return [value for value in [*secret, *tokens] if value]


def _refused(harness: Harness, expected: type[AdapterError]) -> AdapterError:
    """Send one post the platform refuses; the error is of the expected class, names no
    secret, and nothing was posted."""
    adapter = harness.adapter()
    with pytest.raises(AdapterError) as caught:
        adapter.send(_post(adapter, images=(PA,)))
    error = caught.value
    assert isinstance(error, expected), f"{type(error).__name__}: {error}"
    secrets = _secrets(harness, adapter)
    assert secrets, "the harness' account has no secret, so this check would prove nothing"
    shown = f"{error} {getattr(error, 'hint', '') or ''}"
    assert [s for s in secrets if s in shown] == [], shown
    assert harness.sent() == []
    return error


# Posting


def test_a_post_arrives_with_its_text_images_and_alt_texts(harness: Harness) -> None:
    adapter = harness.adapter()
    result = adapter.send(_post(adapter, images=(PA, OBLIQUE)))
    assert result.remote_id and result.url
    [sent] = harness.sent()
    assert sent.remote_id == result.remote_id
    assert sent.text == TEXT
    # Where images carry no alt text (Telegram), the formatter writes it into the text.
    assert sent.alts == ([PA.alt, OBLIQUE.alt] if getattr(harness, "alt_text", True) else [])
    assert sent.media_bytes == [PA.data, OBLIQUE.data]


def test_a_reply_reaches_the_platform_with_its_target(harness: Harness) -> None:
    adapter = harness.adapter()
    prompt = adapter.send(_post(adapter, images=(PA,)))
    target = RemoteRef(prompt.remote_id, prompt.url, prompt.meta)
    # A fresh adapter, as after a daemon restart between the prompt and its answer.
    later = harness.adapter()
    answer = _post(later, ANSWER, post_id=2, kind="answer", reply_to=target, thread_root=target)
    result = later.send(answer)
    [first, reply] = harness.sent()
    assert first.remote_id == prompt.remote_id
    assert (reply.remote_id, reply.text) == (result.remote_id, ANSWER)
    assert reply.reply_to == target.remote_id


# Limits


def test_the_adapter_declares_its_name_limits_and_settings(harness: Harness) -> None:
    cls = type(harness.adapter())
    assert cls.name == harness.name
    assert available()[harness.name].load() is cls
    capabilities = cls.capabilities
    assert capabilities.text_limit > 0
    assert capabilities.images_per_post >= 1
    assert capabilities.image_max_bytes > 0
    assert cls.settings and all(isinstance(setting, Setting) for setting in cls.settings)


# Errors


@pytest.mark.remote_platform
def test_a_rate_limit_carries_the_platforms_reset_time(harness: Harness) -> None:
    harness.fail_next_create(429, retry_after_seconds=120)
    error = _refused(harness, RateLimitedError)
    assert isinstance(error, RateLimitedError) and error.retry_after is not None
    assert error.retry_after.utcoffset() == timedelta(0)
    expected = datetime.now(UTC) + timedelta(seconds=120)
    assert abs(error.retry_after - expected) < timedelta(seconds=5)


@pytest.mark.remote_platform
def test_refused_credentials_are_an_auth_error(harness: Harness) -> None:
    harness.fail_next_create(401, message="Unauthorized")
    _refused(harness, AuthError)


@pytest.mark.remote_platform
@pytest.mark.parametrize("status", [502, 503])
def test_server_trouble_is_transient(harness: Harness, status: int) -> None:
    harness.fail_next_create(status, message="Service Unavailable")
    _refused(harness, TransientError)


@pytest.mark.remote_platform
@pytest.mark.parametrize("status", [400, 422])
def test_a_validation_refusal_is_rejected_with_the_platforms_words(
    harness: Harness, status: int
) -> None:
    harness.fail_next_create(status, message=REFUSAL)
    error = _refused(harness, RejectedError)
    assert REFUSAL in str(error)


@pytest.mark.remote_platform
def test_a_secret_the_platform_echoes_back_is_not_shown(harness: Harness) -> None:
    # Servers and proxies have been known to quote request headers in their errors.
    secrets = _secrets(harness, harness.adapter())
    harness.fail_next_create(422, message=f"{REFUSAL}: {' '.join(secrets)}")
    _refused(harness, RejectedError)


@pytest.mark.remote_platform
def test_oversize_media_is_rejected(harness: Harness) -> None:
    _refuse_the_image_as_too_large(harness)
    _refused(harness, RejectedError)


def _refuse_the_image_as_too_large(harness: Any) -> None:
    """Make the platform refuse the next image for its size, the way that platform does."""
    if harness.name == "webhook":  # the images travel inside the create request
        harness.fail_next_create(413, message="Request Entity Too Large")
    elif harness.name == "x":
        harness.fail_next("upload", 413, message="File size exceeds 5242880 bytes.")
    elif harness.name == "mastodon":  # nginx in front of Mastodon answers in HTML
        harness.fake.fail_next("POST", "/api/v2/media", 413)
    elif harness.name == "bluesky":  # the PDS's own rule, with a limit this image exceeds
        harness.pds.blob_limit = len(PA.data) - 1
    elif harness.name in ("telegram", "discord", "reddit"):
        harness.refuse_next_photo_as_too_large()
    elif harness.name in ("instagram", "facebook", "linkedin"):
        harness.refuse_next_image()  # each in its own way: see its fake
    else:
        pytest.fail(f"no way to refuse an oversize image on {harness.name}")


@pytest.mark.remote_platform
def test_success_without_an_id_is_rejected(harness: Harness) -> None:
    harness.omit_id_next_create()
    _refused(harness, RejectedError)


# Idempotency


@pytest.mark.finds_sent
def test_the_same_post_sent_twice_is_one_post(harness: Harness) -> None:
    """A retry of a post whose answer was lost. Platforms with idempotency keys (and our
    chosen Bluesky record key) make it safe; X refuses a repeat as a duplicate, and its
    adapter then finds the first one."""
    adapter = harness.adapter()
    post = _post(adapter, images=(PA,), created_at=datetime.now(UTC))
    first = adapter.send(post)
    again = harness.adapter().send(post)
    assert again.remote_id == first.remote_id
    assert [sent.remote_id for sent in harness.sent()] == [first.remote_id]


@pytest.mark.finds_sent
def test_find_sent_finds_a_post_that_was_sent(harness: Harness) -> None:
    adapter = harness.adapter()
    post = _post(adapter, images=(PA,), created_at=datetime.now(UTC))
    result = adapter.send(post)
    found = harness.adapter().find_sent(post)
    assert found is not None and found.remote_id == result.remote_id


@pytest.mark.finds_sent
def test_find_sent_returns_none_for_a_post_never_sent(harness: Harness) -> None:
    adapter = harness.adapter()
    adapter.send(_post(adapter, images=(PA,), created_at=datetime.now(UTC)))
    other = _post(adapter, ANSWER, post_id=2, created_at=datetime.now(UTC))
    assert harness.adapter().find_sent(other) is None


@pytest.mark.finds_sent
@pytest.mark.remote_platform
@pytest.mark.parametrize("status", [500, 503])
def test_find_sent_asks_again_later_when_the_platform_fails(harness: Harness, status: int) -> None:
    """A failing platform is not an answer: the post is looked up again later, never
    parked for a person after one blip."""
    adapter = harness.adapter()
    post = _post(adapter, images=(PA,), created_at=datetime.now(UTC))
    adapter.send(post)
    harness.fail_next_lookup(status)
    with pytest.raises(TransientError):
        harness.adapter().find_sent(post)
