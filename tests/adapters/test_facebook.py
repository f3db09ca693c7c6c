"""The Facebook Page adapter against a fake Graph API: unpublished photos with alt text,
one feed post attaching them, comments, the duplicate refusal, throttling, find_sent
and `accounts check`."""

from __future__ import annotations

import json
import uuid
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from publisher.adapters.base import (
    AuthError,
    OutgoingImage,
    OutgoingPost,
    Poll,
    RateLimitedError,
    RejectedError,
    RemoteRef,
)
from publisher.adapters.facebook import FacebookAdapter
from publisher.errors import ConfigError
from tests.adapters.fake_facebook import PAGE_ID, PAGE_NAME, TOKEN, FacebookHarness
from tests.adapters.fake_graph import graph_error
from tests.adapters.test_contract import OBLIQUE, PA

TEXT = "#MSKMonday Wrist pain after a fall\n\nWhat is the diagnosis?"


def post(text: str = TEXT, **fields: Any) -> OutgoingPost:
    values: dict[str, Any] = {
        "post_id": 1, "case": "msk-1", "kind": "prompt", "part": 1, "parts": 1,
        "idempotency_key": uuid.uuid4().hex, "created_at": datetime.now(UTC),
    }  # fmt: skip
    values.update(fields)
    return OutgoingPost(text=text, **values)


def calls(fb: FacebookHarness, method: str, edge: str) -> list[dict[str, str]]:
    return [args for m, path, args in fb.fake.requests if m == method and path.endswith(edge)]


def test_photos_are_uploaded_unpublished_then_attached_to_one_post(
    facebook_harness: FacebookHarness,
) -> None:
    fb = facebook_harness
    result = fb.adapter().send(post(images=(PA, OBLIQUE)))
    uploads = calls(fb, "POST", f"{PAGE_ID}/photos")
    assert uploads == [
        {"published": "false", "alt_text_custom": PA.alt},
        {"published": "false", "alt_text_custom": OBLIQUE.alt},
    ]
    assert [p.data for p in fb.fake.photos.values()] == [PA.data, OBLIQUE.data]
    [feed] = calls(fb, "POST", f"{PAGE_ID}/feed")
    photo_ids = list(fb.fake.photos)
    assert feed == {
        "message": TEXT,
        "attached_media[0]": json.dumps({"media_fbid": photo_ids[0]}),
        "attached_media[1]": json.dumps({"media_fbid": photo_ids[1]}),
    }
    [sent] = fb.sent()
    assert (sent.remote_id, sent.alts, sent.media_bytes) == (
        result.remote_id,
        [PA.alt, OBLIQUE.alt],
        [PA.data, OBLIQUE.data],
    )
    assert result.url == fb.fake.posts[0]["permalink_url"]


def test_a_text_post_needs_no_photos(facebook_harness: FacebookHarness) -> None:
    facebook_harness.adapter().send(post())
    assert calls(facebook_harness, "POST", "photos") == []
    assert calls(facebook_harness, "POST", "feed") == [{"message": TEXT}]


def test_the_answer_is_a_comment_and_later_parts_reply_under_it(
    facebook_harness: FacebookHarness,
) -> None:
    fb = facebook_harness
    adapter = fb.adapter()
    prompt = adapter.send(post(images=(PA,)))
    root = RemoteRef(prompt.remote_id, prompt.url, prompt.meta)
    first = adapter.send(
        post("Answer (1/2)", post_id=2, kind="answer", reply_to=root, thread_root=root)
    )
    ref = RemoteRef(first.remote_id, first.url, first.meta)
    second = adapter.send(
        post("Teaching (2/2)", post_id=3, kind="answer", part=2, reply_to=ref, thread_root=root)
    )
    assert calls(fb, "POST", f"{prompt.remote_id}/comments") == [{"message": "Answer (1/2)"}]
    assert calls(fb, "POST", f"{first.remote_id}/comments") == [{"message": "Teaching (2/2)"}]
    assert [r.reply_to for r in fb.sent()] == [None, prompt.remote_id, first.remote_id]
    assert second.url == prompt.url


def test_a_duplicate_refusal_returns_the_earlier_try(facebook_harness: FacebookHarness) -> None:
    fb = facebook_harness
    first = fb.adapter().send(post(images=(PA,)))
    # Without a first-try time there is no look first: Facebook's own refusal tells.
    again = fb.adapter().send(post(images=(PA,), created_at=None))
    assert again.remote_id == first.remote_id
    assert len(calls(fb, "POST", "feed")) == 2 and len(fb.sent()) == 1


def test_a_duplicate_refusal_that_is_not_ours_is_a_rejection(
    facebook_harness: FacebookHarness,
) -> None:
    fb = facebook_harness
    fb.fake.script("POST feed", graph_error(400, "(#506) Duplicate status message", 506))
    with pytest.raises(RejectedError, match="duplicate"):
        fb.adapter().send(post(created_at=None))


def test_throttling_waits_as_long_as_the_usage_header_says(
    facebook_harness: FacebookHarness,
) -> None:
    facebook_harness.fake.fail_next("POST feed", 429, retry_after_seconds=600)
    adapter = facebook_harness.adapter()
    now = datetime(2026, 12, 4, 14, 0, tzinfo=UTC)
    adapter.clock = lambda: now
    with pytest.raises(RateLimitedError) as caught:
        adapter.send(post())
    assert caught.value.retry_after == now + timedelta(minutes=10)


def test_an_expired_token_is_an_auth_error_without_the_token(
    facebook_harness: FacebookHarness,
) -> None:
    facebook_harness.fake.fail_next("POST feed", 401, message=f"Session has expired {TOKEN}")
    with pytest.raises(AuthError) as caught:
        facebook_harness.adapter().send(post())
    assert TOKEN not in str(caught.value) and "code 190" in str(caught.value)


def test_a_poll_is_refused_before_anything_is_uploaded(facebook_harness: FacebookHarness) -> None:
    with pytest.raises(RejectedError, match="poll"):
        facebook_harness.adapter().send(post(images=(PA,), poll=Poll(("A", "B"))))
    assert facebook_harness.fake.photos == {}


def test_find_sent_matches_only_the_pages_own_comment(facebook_harness: FacebookHarness) -> None:
    fb = facebook_harness
    prompt = fb.adapter().send(post())
    root = RemoteRef(prompt.remote_id, prompt.url, prompt.meta)
    answer = post("Answer: scaphoid", post_id=2, kind="answer", reply_to=root)
    fb.fake.comments[prompt.remote_id] = [
        {"id": "1_2", "message": "Answer: scaphoid", "created_time": "2030-01-01T00:00:00+0000",
         "from": {"id": "999", "name": "A reader"}}
    ]  # fmt: skip
    assert fb.adapter().find_sent(answer) is None
    result = fb.adapter().send(answer)
    assert fb.adapter().find_sent(answer) == result


def test_check_names_the_page_and_the_token_expiry(facebook_harness: FacebookHarness) -> None:
    facebook_harness.fake.token_expires_at = datetime(2027, 2, 1, tzinfo=UTC)
    info = facebook_harness.adapter().check()
    assert info.posting_as == PAGE_NAME
    assert info.token_expires_at == datetime(2027, 2, 1, tzinfo=UTC)
    assert info.detail == "user token; token expires 2027-02-01 00:00 UTC"


def test_the_page_id_must_be_a_number(tmp_path: Any) -> None:
    with pytest.raises(ConfigError, match="page_id: expected the Page's numeric id"):
        FacebookAdapter("a", {"page_id": "radiology", "access_token": TOKEN}, state_dir=tmp_path)


def test_plain_http_only_to_this_machine(tmp_path: Any) -> None:
    settings = {"page_id": PAGE_ID, "access_token": TOKEN, "api_base_url": "http://graph.example"}
    with pytest.raises(ConfigError, match="plain http:// is allowed only on this machine"):
        FacebookAdapter("a", settings, state_dir=tmp_path)


def test_a_png_photo_is_sent_as_png(facebook_harness: FacebookHarness) -> None:
    image = OutgoingImage(PA.data, "image/png", "alt", 64, 48)
    facebook_harness.adapter().send(post(images=(image,)))
    [photo] = facebook_harness.fake.photos.values()
    assert photo.mime == "image/png"
