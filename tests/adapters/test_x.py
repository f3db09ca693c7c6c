"""The X adapter through the real tweepy, against X's wire format at the HTTP transport."""

from __future__ import annotations

import logging
import sys
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from publisher.adapters.base import (
    AdapterError,
    AuthError,
    OutgoingImage,
    OutgoingPost,
    Poll,
    RateLimitedError,
    RejectedError,
    RemoteRef,
    TransientError,
    UnknownOutcomeError,
)
from publisher.adapters.x import XAdapter
from publisher.errors import MissingExtraError
from tests.adapters.fake_x import CREDENTIALS, DUPLICATE, USERNAME, FakeX, x_harness
from tests.support.builders import outgoing_image, outgoing_post

__all__ = ["x_harness"]  # re-exported: pytest finds the fixture here by its name

TEXT = "Wrist pain after a fall. What is the diagnosis? #MSKMonday #FOAMrad"


def _image(kind: str, shade: int, alt: str) -> OutgoingImage:
    return outgoing_image(alt, fmt=kind, shade=shade)


def _post(text: str = TEXT, **fields: Any) -> OutgoingPost:
    return outgoing_post(text, **{"idempotency_key": "", **fields})


PA = _image("PNG", 90, "PA radiograph of the right wrist: lucent line across the scaphoid waist.")
OBLIQUE = _image("JPEG", 160, "Oblique view of the same wrist.")


def _raised(x_harness: FakeX, post: OutgoingPost) -> AdapterError:
    with pytest.raises(AdapterError) as caught:
        x_harness.adapter().send(post)
    return caught.value


# Posting


def test_post_with_two_images_sends_uploads_alt_texts_then_the_post(x_harness: FakeX) -> None:
    result = x_harness.adapter().send(_post(images=(PA, OBLIQUE)))

    [record] = x_harness.sent()
    assert record.text == TEXT
    assert record.media_bytes == [PA.data, OBLIQUE.data]
    assert record.alts == [PA.alt, OBLIQUE.alt]
    assert result.remote_id == record.remote_id
    assert result.url == f"https://x.com/i/web/status/{record.remote_id}"


def test_each_image_goes_to_the_v2_one_shot_upload_as_a_multipart_form(x_harness: FakeX) -> None:
    x_harness.adapter().send(_post(images=(PA, OBLIQUE)))

    forms = [seen.form() for seen in x_harness.requests_of("upload")]
    assert [fields for fields, _ in forms] == [
        {"media_category": "tweet_image", "media_type": "image/png"},
        {"media_category": "tweet_image", "media_type": "image/jpeg"},
    ]
    assert [files["media"][1:] for _, files in forms] == [
        ("image/png", PA.data),
        ("image/jpeg", OBLIQUE.data),
    ]


def test_alt_text_goes_to_media_metadata_for_the_uploaded_id(x_harness: FakeX) -> None:
    x_harness.adapter().send(_post(images=(PA, OBLIQUE)))

    media_ids = x_harness.requests_of("create")[0].json["media"]["media_ids"]
    assert [seen.json for seen in x_harness.requests_of("metadata")] == [
        {"id": media_ids[0], "metadata": {"alt_text": {"text": PA.alt}}},
        {"id": media_ids[1], "metadata": {"alt_text": {"text": OBLIQUE.alt}}},
    ]


def test_every_request_is_signed_with_oauth1_for_the_consumer_key(x_harness: FakeX) -> None:
    x_harness.adapter().send(_post(images=(PA,)))

    headers = [seen.request.headers["Authorization"] for seen in x_harness.seen]
    assert len(headers) == 3  # upload, metadata, create: the fake verified each signature
    for header in headers:
        text = header.decode() if isinstance(header, bytes) else header
        assert text.startswith("OAuth ")
        assert f'oauth_consumer_key="{CREDENTIALS["consumer_key"]}"' in text
        assert 'oauth_signature_method="HMAC-SHA1"' in text


def test_a_wrong_secret_gives_a_bad_signature_which_x_refuses(x_harness: FakeX) -> None:
    adapter = x_harness.adapter(consumer_secret="cs-not-the-right-secret-0000")

    with pytest.raises(AuthError):
        adapter.send(_post())
    assert x_harness.sent() == []


def test_a_reply_names_the_post_it_answers(x_harness: FakeX) -> None:
    adapter = x_harness.adapter()
    prompt = adapter.send(_post())

    adapter.send(_post("Scaphoid waist fracture.", reply_to=RemoteRef(prompt.remote_id)))

    body = x_harness.requests_of("create")[1].json
    assert body == {
        "text": "Scaphoid waist fracture.",
        "reply": {"in_reply_to_tweet_id": prompt.remote_id},
    }
    assert x_harness.sent()[1].reply_to == prompt.remote_id


def test_a_poll_carries_its_options_and_duration_in_minutes(x_harness: FakeX) -> None:
    options = ("Scaphoid fracture", "Perilunate dislocation", "Normal", "Kienbock disease")

    x_harness.adapter().send(_post("#FridayQuizDay Diagnosis?", poll=Poll(options, 24)))

    poll = x_harness.requests_of("create")[0].json["poll"]
    assert poll == {"options": list(options), "duration_minutes": 1440}
    assert x_harness.sent()[0].poll_options == list(options)


def test_a_poll_with_images_is_refused_before_anything_is_uploaded(x_harness: FakeX) -> None:
    post = _post(images=(PA,), poll=Poll(("A", "B")))

    error = _raised(x_harness, post)

    assert isinstance(error, RejectedError)
    assert "poll" in str(error)
    assert x_harness.seen == []


def test_more_images_than_x_takes_are_refused_before_uploading(x_harness: FakeX) -> None:
    error = _raised(x_harness, _post(images=(PA,) * 5))

    assert isinstance(error, RejectedError)
    assert x_harness.seen == []


# What X answers when it does not post


def test_429_is_rate_limited_until_xs_reset_time(x_harness: FakeX) -> None:
    x_harness.fail_next_create(429, retry_after_seconds=600)

    error = _raised(x_harness, _post())

    assert isinstance(error, RateLimitedError)
    assert x_harness.last_reset is not None
    assert error.retry_after == datetime.fromtimestamp(x_harness.last_reset, tz=UTC)
    assert error.retry_after.tzinfo is not None


def test_an_exhausted_daily_post_limit_wins_over_the_15_minute_window(x_harness: FakeX) -> None:
    reset_at = datetime.now(UTC).replace(microsecond=0) + timedelta(hours=20)
    daily_reset = int(reset_at.timestamp())
    daily = {"x-user-limit-24hour-remaining": "0", "x-user-limit-24hour-reset": str(daily_reset)}
    x_harness.fail_next("create", 429, retry_after_seconds=60, headers=daily)

    error = _raised(x_harness, _post())

    assert isinstance(error, RateLimitedError)
    assert error.retry_after == reset_at


def test_401_is_an_auth_error(x_harness: FakeX) -> None:
    x_harness.fail_next_create(401, message="Unauthorized")

    assert isinstance(_raised(x_harness, _post()), AuthError)


def test_403_for_app_permissions_is_an_auth_error(x_harness: FakeX) -> None:
    message = "Your client app is not configured with the appropriate oauth1 app permissions."
    x_harness.fail_next_create(403, message=message)

    error = _raised(x_harness, _post())

    assert isinstance(error, AuthError)
    assert message in str(error)


def test_403_for_a_reply_x_does_not_allow_is_rejected(x_harness: FakeX) -> None:
    message = "Reply to this conversation is not allowed because you have not been mentioned."
    x_harness.fail_next_create(403, message=message)

    error = _raised(x_harness, _post(reply_to=RemoteRef("1456012973835788000")))

    assert type(error) is RejectedError
    assert message in str(error)


def test_a_duplicate_of_an_older_post_is_rejected_with_xs_words(x_harness: FakeX) -> None:
    x_harness.fail_next_create(403, message=DUPLICATE)

    error = _raised(x_harness, _post())

    assert type(error) is RejectedError
    assert DUPLICATE in str(error)


def test_a_retry_of_a_post_that_did_arrive_returns_the_first_post(x_harness: FakeX) -> None:
    adapter = x_harness.adapter()
    first = adapter.send(_post(images=(PA,)))

    again = adapter.send(_post(images=(PA,)))  # X answers 403 duplicate; the adapter looks

    assert again == first
    assert len(x_harness.sent()) == 1


@pytest.mark.parametrize("status", [500, 502, 503])
def test_5xx_is_transient(x_harness: FakeX, status: int) -> None:
    x_harness.fail_next_create(status, message="Service Unavailable")

    assert isinstance(_raised(x_harness, _post()), TransientError)


def test_a_validation_400_is_rejected_with_xs_message(x_harness: FakeX) -> None:
    error = _raised(x_harness, _post("x" * 281))

    assert type(error) is RejectedError
    assert "Your Tweet text is too long." in str(error)


def test_oversize_media_is_rejected_and_nothing_is_posted(x_harness: FakeX) -> None:
    huge = OutgoingImage(b"\x89PNG" + bytes(5_300_000), "image/png", "too big", 4000, 4000)

    error = _raised(x_harness, _post(images=(huge,)))

    assert type(error) is RejectedError
    assert "413" in str(error)
    assert "File size exceeds" in str(error)
    assert x_harness.requests_of("create") == []


def test_a_rate_limited_upload_is_rate_limited(x_harness: FakeX) -> None:
    x_harness.fail_next("upload", 429, retry_after_seconds=900)

    error = _raised(x_harness, _post(images=(PA,)))

    assert isinstance(error, RateLimitedError)
    assert error.retry_after is not None


def test_a_refused_alt_text_is_rejected(x_harness: FakeX) -> None:
    long_alt = OutgoingImage(PA.data, PA.mime, "a" * 1001, PA.width, PA.height)

    error = _raised(x_harness, _post(images=(long_alt,)))

    assert type(error) is RejectedError
    assert "Alt text" in str(error)
    assert x_harness.requests_of("create") == []


def test_success_without_an_id_is_rejected(x_harness: FakeX) -> None:
    x_harness.omit_id_next_create()

    error = _raised(x_harness, _post())

    assert type(error) is RejectedError
    assert str(error) == "X answered without a post id"


@pytest.mark.parametrize("kind", ["create", "upload", "metadata"])
def test_a_broken_connection_is_transient(x_harness: FakeX, kind: str) -> None:
    x_harness.drop_next(kind)

    error = _raised(x_harness, _post(images=(PA,)))

    assert isinstance(error, TransientError)
    assert x_harness.sent() == []


def test_every_request_has_a_time_limit(x_harness: FakeX) -> None:
    adapter = x_harness.adapter()
    adapter.send(_post(images=(PA,)))
    adapter.check()

    assert {seen.request.req_kwargs["timeout"] for seen in x_harness.seen} == {(10, 60)}  # type: ignore[attr-defined]


# Finding a post after a crash


def test_find_sent_finds_the_post_as_x_gives_it_back(x_harness: FakeX) -> None:
    adapter = x_harness.adapter()
    text = "Q&A: wrist <pain> https://doi.org/10.1000/xyz #MSKMonday"
    sent = adapter.send(_post(text, images=(PA,)))

    found = adapter.find_sent(_post(text, created_at=datetime.now(UTC)))

    assert found == sent
    query = x_harness.requests_of("timeline")[0].query
    assert query["max_results"] == "100"
    assert set(query["tweet.fields"].split(",")) == {"created_at", "referenced_tweets"}


def test_find_sent_matches_a_reply_only_to_the_same_post(x_harness: FakeX) -> None:
    adapter = x_harness.adapter()
    sent = adapter.send(_post("Answer.", reply_to=RemoteRef("1456012973835788000")))

    assert adapter.find_sent(_post("Answer.", reply_to=RemoteRef("1456012973835788000"))) == sent
    assert adapter.find_sent(_post("Answer.", reply_to=RemoteRef("1456012973835788111"))) is None


def test_find_sent_returns_none_when_the_post_is_not_there(x_harness: FakeX) -> None:
    adapter = x_harness.adapter()
    adapter.send(_post("Another case entirely."))

    assert adapter.find_sent(_post()) is None


def test_find_sent_reads_only_since_the_first_try(x_harness: FakeX) -> None:
    first_try = datetime(2031, 3, 3, 14, 0, 7, tzinfo=UTC)

    x_harness.adapter().find_sent(_post(created_at=first_try))

    start = x_harness.requests_of("timeline")[0].query["start_time"]
    assert start == (first_try - timedelta(minutes=5)).strftime("%Y-%m-%dT%H:%M:%SZ")


@pytest.mark.parametrize(
    ("status", "expected"),
    [(429, RateLimitedError), (403, AuthError), (503, TransientError)],
)
def test_find_sent_that_cannot_read_now_asks_again_later(
    x_harness: FakeX, status: int, expected: type[AdapterError]
) -> None:
    x_harness.fail_next("timeline", status, message="Client Forbidden")

    with pytest.raises(expected):
        x_harness.adapter().find_sent(_post())


def test_find_sent_that_x_refuses_cannot_tell(x_harness: FakeX) -> None:
    x_harness.fail_next("timeline", 400, message="Invalid Request")

    with pytest.raises(UnknownOutcomeError):
        x_harness.adapter().find_sent(_post())


def test_find_sent_without_a_connection_asks_again_later(x_harness: FakeX) -> None:
    x_harness.drop_next("timeline")

    with pytest.raises(TransientError):
        x_harness.adapter().find_sent(_post())


# Checking the account


def test_check_reports_the_username_and_xs_limits(x_harness: FakeX) -> None:
    info = x_harness.adapter().check()

    assert info.posting_as == f"@{USERNAME}"
    assert info.capabilities == XAdapter.capabilities
    assert info.capabilities.text_limit == 280


def test_check_with_refused_credentials_is_an_auth_error(x_harness: FakeX) -> None:
    x_harness.fail_next("me", 401, message="Unauthorized")

    with pytest.raises(AuthError):
        x_harness.adapter().check()


# Installation and secrets


def test_without_tweepy_the_error_names_the_extra(
    x_harness: FakeX, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "tweepy", None)
    adapter = x_harness.adapter()  # constructing needs no tweepy: listing adapters must work

    for call in (lambda: adapter.send(_post()), adapter.check, lambda: adapter.find_sent(_post())):
        with pytest.raises(MissingExtraError) as caught:
            call()
        assert caught.value.hint == "pip install 'publisher[x]'"


def test_the_credentials_are_secret_settings() -> None:
    secret = {setting.name for setting in XAdapter.settings if setting.secret}

    assert secret == set(CREDENTIALS)


def _failures(x_harness: FakeX) -> list[AdapterError]:
    echo = f"Invalid token {CREDENTIALS['access_token']} for key {CREDENTIALS['consumer_key']}"
    x_harness.fail_next_create(401, message=echo)
    x_harness.fail_next_create(400, message=echo)
    x_harness.fail_next_create(429, message=echo)
    x_harness.fail_next_create(503)
    x_harness.drop_next("create")
    errors = [_raised(x_harness, _post()) for _ in range(5)]
    x_harness.fail_next("upload", 413, message=echo)
    errors.append(_raised(x_harness, _post(images=(PA,))))
    x_harness.fail_next("timeline", 403, message=echo)
    with pytest.raises(AuthError) as caught:
        x_harness.adapter().find_sent(_post())
    return [*errors, caught.value]


def test_no_error_message_contains_a_secret(x_harness: FakeX) -> None:
    errors = _failures(x_harness)

    assert len(errors) == 7
    for error in errors:
        for secret in CREDENTIALS.values():
            assert secret not in str(error)
    assert "***" in str(errors[0])  # X echoed the token; the adapter masked it


def test_no_log_record_contains_a_secret(
    x_harness: FakeX, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)

    x_harness.adapter().send(_post(images=(PA,)))

    logged = "\n".join(record.getMessage() for record in caplog.records)
    assert "api.twitter.com" in logged  # debug logging was on: tweepy did log
    for secret in CREDENTIALS.values():
        assert secret not in logged
