"""The Instagram adapter against a fake Graph API that fetches images from the media
store on moto: the requests it sent, the bytes behind every image URL, carousels,
comments, the publishing limit, refusals, find_sent and `accounts check`."""

from __future__ import annotations

import hashlib
import io
import uuid
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import urlsplit

import pytest
from PIL import Image, ImageDraw

from publisher.adapters.base import (
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
from publisher.adapters.instagram import InstagramAdapter
from publisher.errors import ConfigError, PublisherError
from publisher.media.store import MediaSettings, MediaStore
from tests.adapters.fake_graph import graph_time
from tests.adapters.fake_instagram import TOKEN, USER_ID, InstagramHarness
from tests.support.s3 import MEDIA_ENV, SECRET_KEY

CAPTION = "#MSKMonday Wrist pain after a fall\n\nWhat is the diagnosis?\n\n#MedEd #FOAMrad"


def jpeg(size: tuple[int, int] = (400, 300), shade: int = 180) -> OutgoingImage:
    image = Image.new("L", size, 8)
    ImageDraw.Draw(image).ellipse((10, 10, size[0] - 10, size[1] - 10), fill=shade)
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=90)
    return OutgoingImage(buffer.getvalue(), "image/jpeg", f"Radiograph, shade {shade}.", *size)


def post(text: str = CAPTION, **fields: Any) -> OutgoingPost:
    values: dict[str, Any] = {
        "post_id": 1, "case": "msk-1", "kind": "prompt", "part": 1, "parts": 1,
        "idempotency_key": uuid.uuid4().hex, "created_at": datetime.now(UTC),
    }  # fmt: skip
    values.update(fields)
    return OutgoingPost(text=text, **values)


@pytest.fixture
def ig(instagram_harness: InstagramHarness) -> InstagramHarness:
    instagram_harness.fake.jpeg_only = True  # as Instagram: these tests send JPEGs
    return instagram_harness


def calls(ig: InstagramHarness, method: str, edge: str) -> list[dict[str, str]]:
    return [args for m, path, args in ig.fake.requests if m == method and path.endswith(edge)]


def test_one_image_goes_out_as_a_container_then_media_publish(ig: InstagramHarness) -> None:
    image = jpeg()
    result = ig.adapter().send(post(images=(image,)))
    [container] = calls(ig, "POST", f"{USER_ID}/media")
    assert container["caption"] == CAPTION
    assert container["alt_text"] == image.alt
    assert "is_carousel_item" not in container and "media_type" not in container
    [published] = calls(ig, "POST", "media_publish")
    assert published == {"creation_id": next(iter(ig.fake.containers))}
    [sent] = ig.sent()
    assert (sent.remote_id, sent.text, sent.alts) == (result.remote_id, CAPTION, [image.alt])
    assert result.url == ig.fake.media[0]["permalink"]
    assert result.meta == {"kind": "media"}


def test_every_image_url_serves_the_exact_bytes_from_the_store(ig: InstagramHarness) -> None:
    images = (jpeg(shade=90), jpeg((300, 300), shade=200), jpeg((500, 300), shade=140))
    ig.adapter().send(post(images=images))
    urls = [
        args["image_url"] for args in calls(ig, "POST", f"{USER_ID}/media") if "image_url" in args
    ]
    assert len(urls) == 3
    assert [url for url, _ in ig.fake.fetched] == urls
    for (url, served), image in zip(ig.fake.fetched, images, strict=True):
        assert served == image.data
        where = urlsplit(url)
        assert f"{where.scheme}://{where.netloc}" == ig.s3.endpoint
        assert where.path == f"/{ig.bucket}/ig/{hashlib.sha256(image.data).hexdigest()}.jpg"
        assert "X-Amz-Signature=" in where.query and SECRET_KEY not in url


def test_a_carousel_holds_its_items_with_their_alt_texts(ig: InstagramHarness) -> None:
    images = tuple(jpeg(shade=40 + 20 * n) for n in range(4))
    ig.adapter().send(post(images=images))
    creates = calls(ig, "POST", f"{USER_ID}/media")
    items, parent = creates[:4], creates[4]
    assert all(item["is_carousel_item"] == "true" and "caption" not in item for item in items)
    assert [item["alt_text"] for item in items] == [image.alt for image in images]
    assert parent["media_type"] == "CAROUSEL" and parent["caption"] == CAPTION
    assert parent["children"].split(",") == list(ig.fake.containers)[:4]
    [sent] = ig.sent()
    assert sent.media_bytes == [image.data for image in images]
    assert ig.fake.media[0]["media_type"] == "CAROUSEL_ALBUM"


def test_a_container_still_in_progress_is_waited_for(ig: InstagramHarness) -> None:
    ig.fake.slow_containers = 1
    ig.adapter().send(post(images=(jpeg(),)))
    statuses = [args for m, path, args in ig.fake.requests if args.get("fields") == "status_code"]
    assert len(statuses) == 2 and ig.sleeps == [1.0]
    assert len(ig.sent()) == 1


def test_the_answer_is_a_comment_and_a_second_part_replies_under_it(ig: InstagramHarness) -> None:
    adapter = ig.adapter()
    prompt = adapter.send(post(images=(jpeg(),)))
    root = RemoteRef(prompt.remote_id, prompt.url, prompt.meta)
    first = adapter.send(
        post(
            "Answer: scaphoid fracture (1/2)",
            post_id=2,
            kind="answer",
            reply_to=root,
            thread_root=root,
        )
    )
    assert calls(ig, "POST", f"{prompt.remote_id}/comments") == [
        {"message": "Answer: scaphoid fracture (1/2)"}
    ]
    assert first.url == prompt.url and first.meta["kind"] == "comment"
    part = RemoteRef(first.remote_id, first.url, first.meta)
    second = adapter.send(
        post(
            "Teaching points (2/2)",
            post_id=3,
            kind="answer",
            part=2,
            reply_to=part,
            thread_root=root,
        )
    )
    assert calls(ig, "POST", f"{first.remote_id}/replies") == [{"message": "Teaching points (2/2)"}]
    # A third part still goes under the top-level comment: Instagram nests one level.
    third_target = RemoteRef(second.remote_id, second.url, second.meta)
    adapter.send(
        post(
            "More (3/3)", post_id=4, kind="answer", part=3, reply_to=third_target, thread_root=root
        )
    )
    assert len(calls(ig, "POST", f"{first.remote_id}/replies")) == 2
    assert [r.reply_to for r in ig.sent()] == [
        None,
        prompt.remote_id,
        first.remote_id,
        first.remote_id,
    ]


def test_a_comment_is_not_made_twice(ig: InstagramHarness) -> None:
    adapter = ig.adapter()
    prompt = adapter.send(post(images=(jpeg(),)))
    root = RemoteRef(prompt.remote_id, prompt.url, prompt.meta)
    answer = post("Answer: scaphoid fracture", post_id=2, kind="answer", reply_to=root)
    ig.fake.add_comment(prompt.remote_id, "Answer: scaphoid fracture")  # someone else's words
    first = adapter.send(answer)
    again = ig.adapter().send(answer)
    assert again.remote_id == first.remote_id
    assert len(calls(ig, "POST", "comments")) == 1


def test_the_publishing_limit_is_read_and_respected(ig: InstagramHarness) -> None:
    now = datetime.now(UTC)
    ig.fake.quota_total = 2
    for hours in (20, 3):
        ig.fake.media.append({"id": f"9{hours}", "caption": "earlier", "media_type": "IMAGE",
                              "timestamp": graph_time(now - timedelta(hours=hours)), "permalink": ""})  # fmt: skip
    with pytest.raises(RateLimitedError) as caught:
        ig.adapter().send(post(images=(jpeg(),)))
    assert caught.value.retry_after is not None
    expected = now - timedelta(hours=20) + timedelta(hours=24)
    assert abs(caught.value.retry_after - expected) < timedelta(seconds=2)
    assert "used its 2 posts of the last 24 hours" in str(caught.value)
    assert calls(ig, "POST", f"{USER_ID}/media") == [] and ig.fake.fetched == []
    assert calls(ig, "GET", "content_publishing_limit") == [{"fields": "config,quota_usage"}]


@pytest.mark.parametrize(
    ("fields", "reason"),
    [
        ({"images": ()}, "needs at least one image"),
        ({"images": (jpeg(),) * 11}, "at most 10 images"),
        ({"images": (jpeg(),), "poll": Poll(("A", "B"))}, "no polls"),
        ({"images": (jpeg(),), "text": "x" * 2201}, "longer than 2200 characters"),
        ({"images": (jpeg(),), "text": " ".join(f"#tag{n}" for n in range(31))}, "31 hashtags; Instagram allows 30"),
    ],
)  # fmt: skip
def test_what_instagram_would_refuse_is_refused_before_anything_is_stored(
    ig: InstagramHarness, fields: dict[str, Any], reason: str
) -> None:
    text = fields.pop("text", CAPTION)
    with pytest.raises(RejectedError, match=reason):
        ig.adapter().send(post(text, **fields))
    assert (
        ig.fake.containers == {}
        and ig.s3.client().list_objects_v2(Bucket=ig.bucket).get("KeyCount") == 0
    )  # type: ignore[attr-defined]


def test_instagram_refuses_a_png_and_a_wrong_shape(ig: InstagramHarness) -> None:
    png = io.BytesIO()
    Image.new("L", (300, 300), 90).save(png, "PNG")
    with pytest.raises(RejectedError, match="Only JPEG images are supported"):
        ig.adapter().send(
            post(images=(OutgoingImage(png.getvalue(), "image/png", "alt", 300, 300),))
        )
    with pytest.raises(RejectedError, match="aspect ratio is not supported"):
        ig.adapter().send(post(images=(jpeg((200, 400)),)))
    assert ig.sent() == []


def test_find_sent_matches_our_post_and_only_ours(ig: InstagramHarness) -> None:
    adapter = ig.adapter()
    sent = post(images=(jpeg(),))
    result = adapter.send(sent)
    assert ig.adapter().find_sent(sent) == result
    assert ig.adapter().find_sent(post("another caption", images=(jpeg(),))) is None
    later = replace(sent, created_at=datetime.now(UTC) + timedelta(hours=3))
    assert ig.adapter().find_sent(later) is None  # the same caption, posted before this first try


def test_find_sent_cannot_tell_past_a_full_page_of_newer_posts(ig: InstagramHarness) -> None:
    now = datetime.now(UTC)
    ig.fake.media = [
        {"id": str(n), "caption": f"post {n}", "media_type": "IMAGE", "timestamp": graph_time(now), "permalink": ""}
        for n in range(30)
    ]  # fmt: skip
    with pytest.raises(UnknownOutcomeError):
        ig.adapter().find_sent(post(images=(jpeg(),), created_at=now - timedelta(hours=1)))


def test_find_sent_when_instagram_is_away_asks_again_later(ig: InstagramHarness) -> None:
    ig.fake.fail_next("GET media", 503)
    with pytest.raises(TransientError):
        ig.adapter().find_sent(post(images=(jpeg(),)))


def test_find_sent_that_instagram_refuses_cannot_tell(ig: InstagramHarness) -> None:
    ig.fake.fail_next("GET media", 400, message="Unsupported get request")
    with pytest.raises(UnknownOutcomeError, match="cannot read"):
        ig.adapter().find_sent(post(images=(jpeg(),)))


def test_objects_older_than_keep_are_swept_after_a_post(ig: InstagramHarness) -> None:
    client = ig.s3.client()
    client.put_object(Bucket=ig.bucket, Key="ig/old-image.jpg", Body=b"old")  # type: ignore[attr-defined]
    adapter = ig.adapter()
    adapter.send(post(images=(jpeg(),)))
    keys = {o["Key"] for o in client.list_objects_v2(Bucket=ig.bucket)["Contents"]}  # type: ignore[attr-defined]
    assert "ig/old-image.jpg" in keys and len(keys) == 2  # both younger than keep (2 days)
    adapter.clock = lambda: datetime.now(UTC) + timedelta(days=2, minutes=5)
    adapter.send(post("a later post", images=(jpeg(shade=60),)))
    assert client.list_objects_v2(Bucket=ig.bucket).get("KeyCount") == 0  # type: ignore[attr-defined]


def test_a_media_store_that_refuses_us_stops_the_account_not_just_the_post(
    ig: InstagramHarness,
) -> None:
    adapter = ig.adapter()
    adapter.media = MediaStore(
        ig.media_settings().model_copy(update={"bucket": "nobody-has-this-bucket"}), MEDIA_ENV
    )
    with pytest.raises(PublisherError, match="nobody-has-this-bucket") as caught:
        adapter.send(post(images=(jpeg(),)))
    assert not isinstance(caught.value, RejectedError)  # the engine pauses the account on these
    assert ig.sent() == []


def test_check_reports_the_account_quota_store_and_token_expiry(ig: InstagramHarness) -> None:
    expires = datetime(2027, 1, 30, 12, 0, tzinfo=UTC)
    ig.fake.token_expires_at = expires
    info = ig.adapter().check()
    assert info.posting_as == "@radcases"
    assert info.token_expires_at == expires
    assert info.detail == (
        f"0 of 100 posts used in the last 24 hours; bucket {ig.bucket}, pre-signed URLs, "
        "images kept 2d; token expires 2027-01-30 12:00 UTC"
    )
    [debug] = calls(ig, "GET", "debug_token")
    assert debug == {"input_token": TOKEN}  # the token in debug_token's own query, nowhere else


def test_check_with_a_token_that_never_expires(ig: InstagramHarness) -> None:
    info = ig.adapter().check()
    assert info.token_expires_at is None and info.detail.endswith("token does not expire")


def test_check_with_a_token_instagram_calls_invalid(ig: InstagramHarness) -> None:
    ig.fake.token_valid = False
    with pytest.raises(AuthError, match="no longer valid"):
        ig.adapter().check()


def test_the_token_travels_in_a_header_not_in_urls(ig: InstagramHarness) -> None:
    ig.adapter().send(post(images=(jpeg(),)))
    assert all(args.get("access_token") is None for _, _, args in ig.fake.requests)


def test_image_fit_is_a_setting_of_the_account() -> None:
    assert InstagramAdapter.capabilities_for({"image_fit": "crop"}, {}).image_aspect_fit == "crop"
    assert InstagramAdapter.capabilities_for({}, {}).image_aspect_fit == "pad"
    with pytest.raises(ConfigError, match='image_fit: expected "pad" or "crop"'):
        InstagramAdapter.capabilities_for({"image_fit": "stretch"}, {})


def test_a_non_numeric_account_id_is_a_config_error(tmp_path: Any) -> None:
    with pytest.raises(ConfigError, match="ig_user_id: expected the account's numeric id"):
        InstagramAdapter(
            "a", {"ig_user_id": "@radcases", "access_token": TOKEN}, state_dir=tmp_path
        )


def test_the_media_settings_are_frozen() -> None:
    with pytest.raises(ValueError):
        MediaSettings.model_validate({"bucket": "b", "urls": "listed"})


def test_an_instagram_account_without_a_media_table_is_a_config_error(tmp_path: Any) -> None:
    from publisher.adapters import check_account
    from publisher.config import load_settings

    path = tmp_path / "config.toml"
    path.write_text(
        f'[accounts.ig]\nadapter = "instagram"\nig_user_id = "{USER_ID}"\n'
        'access_token = "${IG_TOKEN}"\n'
    )
    settings = load_settings(path, {})
    with pytest.raises(ConfigError) as caught:
        check_account(settings.accounts["ig"], settings.source)
    assert str(caught.value) == (
        f"{path}: accounts.ig: the Instagram adapter needs a [media] table: "
        "Instagram fetches each image from a URL"
    )


def test_a_busy_account_is_still_posted_to_when_the_look_first_cannot_settle(
    ig: InstagramHarness, caplog: pytest.LogCaptureFixture
) -> None:
    now = datetime.now(UTC)
    ig.fake.media = [
        {"id": str(n), "caption": f"post {n}", "media_type": "IMAGE", "timestamp": graph_time(now), "permalink": ""}
        for n in range(30)
    ]  # fmt: skip
    result = ig.adapter().send(post(images=(jpeg(),)))
    assert [r.remote_id for r in ig.sent()] == [result.remote_id]
    assert "posting without that check" in caplog.text
