"""The Mastodon adapter through the real Mastodon.py against a fake server on 127.0.0.1."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from pytest_httpserver import HTTPServer

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
from publisher.adapters.mastodon import (
    MEDIA_WAITS,
    MastodonAdapter,
    limits_from_instance,
    parse_time,
    plain_text,
)
from publisher.errors import ConfigError, MissingExtraError
from tests.adapters.fake_mastodon import (
    ACCOUNT_ID,
    TOKEN,
    FakeMastodon,
    MastodonHarness,
    render_content,
    serve,
)
from tests.support.builders import image_bytes, outgoing_image, outgoing_post

TEXT = (
    "#MSKMonday Young adult with wrist pain after a fall on an outstretched hand.\n"
    "What is the diagnosis?\n\n"
    "Case courtesy of @dr_lee@rad.example & team <3 "
    "https://doi.org/10.1148/radiol.2021204567 #MedEd"
)
STATUSES = "/api/v1/statuses"
MEDIA = "/api/v2/media"


def png(color: str, size: tuple[int, int] = (64, 48)) -> bytes:
    return image_bytes(size, color=color)


def image(color: str, alt: str) -> OutgoingImage:
    return outgoing_image(alt, color=color)


def make_post(**changes: Any) -> OutgoingPost:
    values: dict[str, Any] = {"post_id": 1, "idempotency_key": "publisher-post-1", **changes}
    return outgoing_post(values.pop("text", TEXT), **values)


@pytest.fixture
def harness(httpserver: HTTPServer, tmp_path: Path) -> Iterator[MastodonHarness]:
    yield serve(httpserver, tmp_path)
    httpserver.check_handler_errors()


@pytest.fixture
def fake(harness: MastodonHarness) -> FakeMastodon:
    return harness.fake


@pytest.fixture
def adapter(harness: MastodonHarness) -> MastodonAdapter:
    return harness.adapter()


# Posting


def test_images_are_uploaded_with_their_alt_text_then_attached(
    adapter: MastodonAdapter, fake: FakeMastodon, harness: MastodonHarness
) -> None:
    images = (image("white", "PA radiograph of the right wrist"), image("gray", "Scaphoid view"))
    result = adapter.send(make_post(images=images))

    assert [u.description for u in fake.uploads] == [i.alt for i in images]
    assert [u.data for u in fake.uploads] == [i.data for i in images]
    assert [u.mime for u in fake.uploads] == ["image/png", "image/png"]
    assert all("msk" not in u.file_name for u in fake.uploads)  # the case slug never leaks
    [create] = fake.creates
    assert create.params["media_ids"] == [u.id for u in fake.uploads]
    assert create.params["status"] == TEXT
    assert create.params["visibility"] == "public"
    assert create.params["language"] == "en"
    [record] = harness.sent()
    assert record.alts == [i.alt for i in images]
    assert record.media_bytes == [i.data for i in images]
    assert result.remote_id == record.remote_id
    assert result.url == f"{fake.base_url}/@radcases/{record.remote_id}"


def test_uploads_go_to_v2_media_without_asking_the_server_its_version(
    adapter: MastodonAdapter, fake: FakeMastodon
) -> None:
    adapter.send(make_post(images=(image("white", "PA view"),)))

    assert fake.requests == [("POST", MEDIA), ("POST", STATUSES)]


def test_waits_while_the_server_processes_an_image(
    adapter: MastodonAdapter, fake: FakeMastodon, harness: MastodonHarness
) -> None:
    fake.slow_uploads = 1
    fake.checks_until_ready = 2  # 202, then 206 twice, then 200

    adapter.send(make_post(images=(image("white", "PA view"), image("gray", "Lateral view"))))

    slow = fake.uploads[0].id
    assert fake.media_checks == [slow, slow, slow]
    assert harness.sleeps == list(MEDIA_WAITS[:3])
    assert len(harness.sent()) == 1  # the fake refuses unprocessed media with a 422


def test_gives_up_with_a_transient_error_when_processing_never_ends(
    adapter: MastodonAdapter, fake: FakeMastodon, harness: MastodonHarness
) -> None:
    fake.slow_uploads = 1
    fake.checks_until_ready = 1000

    with pytest.raises(TransientError, match="processing"):
        adapter.send(make_post(images=(image("white", "PA view"),)))

    assert harness.sleeps == list(MEDIA_WAITS)
    assert fake.creates == []


def test_an_answer_replies_to_its_prompt_behind_a_content_warning(
    adapter: MastodonAdapter, harness: MastodonHarness, fake: FakeMastodon
) -> None:
    prompt = adapter.send(make_post())
    answer = make_post(
        kind="answer",
        text="Scaphoid waist fracture. #MSKMonday",
        spoiler="Answer: MSK Monday case",
        reply_to=RemoteRef(prompt.remote_id, prompt.url),
        idempotency_key="publisher-post-2",
    )

    adapter.send(answer)

    reply = harness.sent()[1]
    assert reply.reply_to == prompt.remote_id
    assert reply.spoiler == "Answer: MSK Monday case"
    assert fake.statuses[1]["sensitive"] is True


def test_a_quiz_goes_out_as_a_native_poll(
    adapter: MastodonAdapter, harness: MastodonHarness, fake: FakeMastodon
) -> None:
    options = ("Scaphoid fracture", "Perilunate dislocation", "Normal", "Kienbock disease")

    adapter.send(make_post(poll=Poll(options, duration_hours=24)))

    [record] = harness.sent()
    assert record.poll_options == list(options)
    poll = fake.creates[0].params["poll"]
    assert poll["expires_in"] == 24 * 3600
    assert poll["multiple"] is False


def test_a_poll_with_images_is_refused_before_upload_where_the_server_forbids_it(
    adapter: MastodonAdapter, fake: FakeMastodon
) -> None:
    post = make_post(images=(image("white", "PA view"),), poll=Poll(("A", "B")))

    with pytest.raises(RejectedError, match="poll"):
        adapter.send(post)

    assert fake.requests == []


def test_a_poll_with_images_goes_out_where_the_server_allows_it(
    harness: MastodonHarness, fake: FakeMastodon
) -> None:
    fake.version = "4.6.0"
    adapter = harness.adapter(capabilities={"poll_with_media": True})

    adapter.send(make_post(images=(image("white", "PA view"),), poll=Poll(("A", "B"))))

    [record] = harness.sent()
    assert record.poll_options == ["A", "B"]
    assert record.alts == ["PA view"]


# Idempotency


def test_every_create_carries_the_idempotency_key_and_a_retry_makes_no_second_status(
    adapter: MastodonAdapter, harness: MastodonHarness, fake: FakeMastodon
) -> None:
    post = make_post(idempotency_key="publisher-post-77")
    harness.fail_next_create(503, message="There was a temporary problem")

    with pytest.raises(TransientError):
        adapter.send(post)
    first = adapter.send(post)
    again = adapter.send(post)

    assert [c.idempotency_key for c in fake.creates] == ["publisher-post-77"] * 3
    assert len(harness.sent()) == 1
    assert again == first


def test_no_idempotency_header_without_a_key(adapter: MastodonAdapter, fake: FakeMastodon) -> None:
    adapter.send(make_post(idempotency_key=""))

    assert fake.creates[0].idempotency_key is None


# Account check and limits


def test_check_reads_who_we_post_as_and_the_instance_limits(
    adapter: MastodonAdapter, fake: FakeMastodon
) -> None:
    fake.configuration["statuses"].update(max_characters=5000, max_media_attachments=6)
    fake.configuration["media_attachments"].update(
        image_size_limit=10485760,
        image_matrix_limit=16777216,
        description_limit=1000,
        supported_mime_types=["image/jpeg", "video/mp4"],
    )
    fake.configuration["polls"].update(max_options=8, max_characters_per_option=100)

    info = adapter.check()

    host = fake.base_url.split("://")[1]
    assert info.posting_as == f"@radcases@{host}"
    capabilities = info.capabilities
    assert (capabilities.text_limit, capabilities.url_length, capabilities.images_per_post) == (
        5000,
        23,
        6,
    )
    assert (capabilities.image_max_bytes, capabilities.image_max_pixels) == (10485759, 16777216)
    assert (
        capabilities.alt_limit,
        capabilities.poll_max_options,
        capabilities.poll_option_limit,
    ) == (1000, 8, 100)
    assert capabilities.image_formats == ("JPEG",)
    assert capabilities.poll_with_media is False
    assert adapter.capabilities == capabilities
    assert "4.3.2" in info.detail


def test_capabilities_kept_from_a_check_are_restored_by_a_new_adapter(
    harness: MastodonHarness, fake: FakeMastodon
) -> None:
    fake.configuration["statuses"]["max_characters"] = 1000
    kept = harness.adapter().check().capabilities.as_dict()

    assert harness.adapter(capabilities=kept).capabilities.text_limit == 1000


def test_check_falls_back_to_the_v1_instance_on_older_servers(
    adapter: MastodonAdapter, fake: FakeMastodon
) -> None:
    fake.has_v2_instance = False
    fake.version = "3.5.3"
    fake.configuration["statuses"]["max_characters"] = 1000

    info = adapter.check()

    assert info.capabilities.text_limit == 1000
    assert ("GET", "/api/v1/instance/") in fake.requests


def test_check_allows_polls_with_media_from_mastodon_4_6(
    adapter: MastodonAdapter, fake: FakeMastodon
) -> None:
    fake.version = "4.6.0+glitch"

    assert adapter.check().capabilities.poll_with_media is True


def test_check_with_a_revoked_token_is_an_auth_error(harness: MastodonHarness) -> None:
    adapter = harness.adapter(access_token="revoked-token-0123456789")

    with pytest.raises(AuthError, match="401"):
        adapter.check()


def test_limits_from_instance_ignore_missing_and_nonsense_values() -> None:
    document = {"configuration": {"statuses": {"max_characters": "lots"}, "polls": None}}

    assert limits_from_instance(document) == {"poll_with_media": False}


# Errors


def test_429_is_rate_limited_until_the_servers_reset_time(
    adapter: MastodonAdapter, harness: MastodonHarness, fake: FakeMastodon
) -> None:
    harness.fail_next_create(429, retry_after_seconds=600)

    with pytest.raises(RateLimitedError) as caught:
        adapter.send(make_post())

    assert caught.value.retry_after == fake.last_reset
    assert caught.value.retry_after is not None
    assert caught.value.retry_after.utcoffset() == timedelta(0)


def test_a_rate_limited_upload_is_rate_limited_too(
    adapter: MastodonAdapter, fake: FakeMastodon
) -> None:
    reset = fake.rate_limit_next("POST", MEDIA, 60)

    with pytest.raises(RateLimitedError) as caught:
        adapter.send(make_post(images=(image("white", "PA view"),)))

    assert caught.value.retry_after == reset


@pytest.mark.parametrize("status", [401, 403])
def test_refused_credentials_are_an_auth_error(
    adapter: MastodonAdapter, harness: MastodonHarness, status: int
) -> None:
    harness.fail_next_create(status, message="This action is outside the authorized scopes")

    with pytest.raises(AuthError, match="outside the authorized scopes"):
        adapter.send(make_post())


@pytest.mark.parametrize("status", [500, 502, 503, 504])
def test_server_trouble_is_transient(
    adapter: MastodonAdapter, harness: MastodonHarness, status: int
) -> None:
    harness.fail_next_create(status)

    with pytest.raises(TransientError, match=str(status)):
        adapter.send(make_post())


def test_an_unreachable_server_is_transient(harness: MastodonHarness) -> None:
    adapter = harness.adapter(api_base_url="http://127.0.0.1:9")  # discard port: nobody listens

    with pytest.raises(TransientError, match="could not be reached"):
        adapter.send(make_post())


def test_a_validation_error_is_rejected_with_the_servers_message(
    adapter: MastodonAdapter, fake: FakeMastodon
) -> None:
    with pytest.raises(RejectedError, match="Text character limit of 500 exceeded"):
        adapter.send(make_post(text="x" * 501))

    assert fake.records == []


def test_a_reply_to_a_vanished_post_is_rejected(adapter: MastodonAdapter) -> None:
    post = make_post(reply_to=RemoteRef("1234"))

    with pytest.raises(RejectedError, match="does not appear to exist"):
        adapter.send(post)


def test_oversize_media_is_rejected(adapter: MastodonAdapter, fake: FakeMastodon) -> None:
    fake.fail_next("POST", MEDIA, 413)

    with pytest.raises(RejectedError, match="413"):
        adapter.send(make_post(images=(image("white", "PA view"),)))

    assert fake.creates == []


def test_success_without_an_id_is_rejected(
    adapter: MastodonAdapter, harness: MastodonHarness
) -> None:
    harness.omit_id_next_create()

    with pytest.raises(RejectedError, match="id"):
        adapter.send(make_post())


def test_the_library_missing_names_the_extra(
    adapter: MastodonAdapter, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "mastodon", None)

    with pytest.raises(MissingExtraError) as caught:
        adapter.send(make_post())

    assert caught.value.hint == "pip install 'publisher[mastodon]'"


@pytest.mark.parametrize("status", [401, 403, 413, 422, 429, 500, 503])
def test_the_token_is_in_no_error_even_when_the_server_echoes_it(
    adapter: MastodonAdapter, harness: MastodonHarness, status: int
) -> None:
    harness.fail_next_create(status, message=f"refused: Authorization: Bearer {TOKEN}")

    with pytest.raises(AdapterError) as caught:
        adapter.send(make_post())

    error = caught.value
    assert TOKEN not in f"{error} {error.hint} {error.args!r}"


# Finding a post after a crash


def test_find_sent_finds_the_post_by_its_text_reply_and_warning(
    adapter: MastodonAdapter, harness: MastodonHarness
) -> None:
    now = datetime.now(UTC)
    prompt = adapter.send(make_post(images=(image("white", "PA view"),)))
    answer = make_post(
        text="Scaphoid waist fracture: see https://radiopaedia.org/articles/scaphoid-fracture",
        spoiler="Answer",
        reply_to=RemoteRef(prompt.remote_id),
        idempotency_key="publisher-post-2",
        created_at=now,
    )
    sent = adapter.send(answer)

    fresh = harness.adapter()
    assert fresh.find_sent(answer) == sent
    assert fresh.find_sent(make_post(images=(image("white", "PA view"),))) == prompt


def test_find_sent_does_not_match_a_different_post(
    adapter: MastodonAdapter, fake: FakeMastodon
) -> None:
    adapter.send(make_post())
    fake.add_status("Another case entirely #MSKMonday")

    assert adapter.find_sent(make_post(text=TEXT + " (part 2)")) is None
    assert adapter.find_sent(make_post(spoiler="Answer")) is None
    assert adapter.find_sent(make_post(reply_to=RemoteRef("555"))) is None
    assert adapter.find_sent(make_post(images=(image("white", "PA view"),))) is None


def test_find_sent_ignores_an_identical_post_from_before_the_first_try(
    adapter: MastodonAdapter, fake: FakeMastodon
) -> None:
    now = datetime.now(UTC)
    fake.add_status(TEXT, created_at=now - timedelta(days=7))

    assert adapter.find_sent(make_post(created_at=now)) is None


def test_find_sent_cannot_tell_when_the_recent_page_does_not_reach_the_first_try(
    adapter: MastodonAdapter, fake: FakeMastodon
) -> None:
    for n in range(40):
        fake.add_status(f"Busy day, post {n}")

    with pytest.raises(UnknownOutcomeError):
        adapter.find_sent(make_post(created_at=datetime.now(UTC) - timedelta(hours=2)))


def test_find_sent_asks_again_later_when_the_server_fails(
    adapter: MastodonAdapter, fake: FakeMastodon
) -> None:
    """A failing server is not an answer: the post stays as it is, looked up later."""
    fake.fail_next("GET", rf"/api/v1/accounts/{ACCOUNT_ID}/statuses", 500)

    with pytest.raises(TransientError, match="500"):
        adapter.find_sent(make_post())


# Configuration and helpers


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://mastodon.example/", "https://mastodon.example"),
        ("mastodon.example", "https://mastodon.example"),
        ("http://localhost:3000", "http://localhost:3000"),
        ("http://127.0.0.1:8080/", "http://127.0.0.1:8080"),
        ("http://[::1]:8080", "http://[::1]:8080"),
    ],
)
def test_base_urls(url: str, expected: str, tmp_path: Path) -> None:
    settings = {"api_base_url": url, "access_token": TOKEN}

    assert MastodonAdapter("a", settings, state_dir=tmp_path).base_url == expected


@pytest.mark.parametrize("url", ["http://mastodon.example", "ftp://mastodon.example", ""])
def test_bad_base_urls_are_config_errors(url: str, tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="api_base_url"):
        MastodonAdapter("a", {"api_base_url": url, "access_token": TOKEN}, state_dir=tmp_path)


def test_the_class_declares_mastodons_defaults() -> None:
    capabilities = MastodonAdapter.capabilities

    assert (capabilities.text_limit, capabilities.url_length, capabilities.alt_limit) == (
        500,
        23,
        1500,
    )
    assert (
        capabilities.spoiler,
        capabilities.polls,
        capabilities.poll_with_media,
        capabilities.idempotency,
    ) == (
        True,
        True,
        False,
        True,
    )
    assert [s.name for s in MastodonAdapter.settings if s.secret] == ["access_token"]


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("2022-12-01T21:00:00.881884Z", datetime(2022, 12, 1, 21, 0, 0, 881884, tzinfo=UTC)),
        ("2022-12-01T22:00:00+01:00", datetime(2022, 12, 1, 21, 0, tzinfo=UTC)),
        ("1669928400", datetime(2022, 12, 1, 21, 0, tzinfo=UTC)),
        ("soon", None),
        (None, None),
    ],
)
def test_parse_time(header: str | None, expected: datetime | None) -> None:
    assert parse_time(header) == expected


def test_plain_text_reads_mastodons_html_back() -> None:
    html = render_content(TEXT, "https://mastodon.example")

    assert "&amp;" in html and "invisible" in html  # the rendering really is HTML
    assert " ".join(plain_text(html).split()) == " ".join(
        TEXT.replace("@dr_lee@rad.example", "@dr_lee").split()
    )
