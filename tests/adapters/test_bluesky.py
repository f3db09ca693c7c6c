"""The Bluesky adapter through the real atproto client, against a fake PDS on 127.0.0.1."""

from __future__ import annotations

import json
import logging
import socket
import stat
import sys
from datetime import UTC, datetime
from typing import Any

import pytest

from publisher.adapters.base import (
    AdapterError,
    AuthError,
    OutgoingImage,
    OutgoingPost,
    RateLimitedError,
    RejectedError,
    RemoteRef,
    TransientError,
    UnknownOutcomeError,
)
from publisher.adapters.bluesky import BlueskyAdapter
from publisher.adapters.bluesky.facets import TidClock, decode_tid, encode_tid, iso_datetime
from publisher.errors import ConfigError, MissingExtraError
from tests.adapters.fake_bluesky import (
    APP_PASSWORD,
    DID,
    HANDLE,
    BlueskyHarness,
    Scripted,
    bluesky_harness,
)
from tests.support.builders import outgoing_image, outgoing_post

__all__ = ["bluesky_harness"]  # the fixture is used by name below

TEXT = "Wrist pain after a fall. What is the diagnosis? #MSKMonday #FOAMrad"
CREATE = "com.atproto.repo.createRecord"
UPLOAD = "com.atproto.repo.uploadBlob"
LOGIN = "com.atproto.server.createSession"
REFRESH = "com.atproto.server.refreshSession"


def _image(kind: str, size: tuple[int, int], alt: str) -> OutgoingImage:
    return outgoing_image(alt, size=size, fmt=kind)


def _post(text: str = TEXT, **fields: Any) -> OutgoingPost:
    return outgoing_post(text, **{"idempotency_key": "", **fields})


def _prepared(adapter: BlueskyAdapter, post: OutgoingPost) -> OutgoingPost:
    """The post as the engine hands it over on every try: with what prepare() chose."""
    return OutgoingPost(**{**vars(post), "prepared": adapter.prepare(post)})


def _ref(result: Any) -> RemoteRef:
    return RemoteRef(remote_id=result.remote_id, url=result.url, meta=dict(result.meta))


def _raised(harness: BlueskyHarness, post: OutgoingPost | None = None) -> AdapterError:
    with pytest.raises(AdapterError) as caught:
        harness.adapter().send(post or _post())
    return caught.value


def _records(harness: BlueskyHarness) -> list[dict[str, Any]]:
    return [record["value"] for record in harness.pds.record_list()]


def _strong_refs(reply: dict[str, Any] | None) -> tuple[tuple[str, str], ...] | None:
    """A record's reply field as ((root uri, cid), (parent uri, cid))."""
    if reply is None:
        return None
    return tuple((reply[end]["uri"], reply[end]["cid"]) for end in ("root", "parent"))


PA = _image("PNG", (64, 48), "PA radiograph of the right wrist: lucent line across the scaphoid.")
LATERAL = _image("JPEG", (30, 60), "Lateral view of the same wrist.")


# Posting


def test_post_with_images_uploads_blobs_and_embeds_alt_and_aspect_ratio(
    bluesky_harness: BlueskyHarness,
) -> None:
    result = bluesky_harness.adapter().send(_post(images=(PA, LATERAL)))

    [sent] = bluesky_harness.sent()
    assert sent.text == TEXT
    assert sent.media_bytes == [PA.data, LATERAL.data]
    assert sent.alts == [PA.alt, LATERAL.alt]
    [record] = _records(bluesky_harness)
    embed = record["embed"]
    assert embed["$type"] == "app.bsky.embed.images"
    assert [(i["aspectRatio"]["width"], i["aspectRatio"]["height"]) for i in embed["images"]] == [
        (64, 48),
        (30, 60),
    ]
    assert [i["image"]["mimeType"] for i in embed["images"]] == ["image/png", "image/jpeg"]
    assert record["langs"] == ["en"]
    assert result.remote_id == sent.remote_id
    assert result.meta["cid"] == bluesky_harness.pds.record_list()[0]["cid"]


def test_uploads_carry_the_image_type_and_the_access_token(bluesky_harness: BlueskyHarness) -> None:
    bluesky_harness.adapter().send(_post(images=(PA, LATERAL)))

    uploads = [c for c in bluesky_harness.pds.calls if c.nsid == UPLOAD]
    assert [c.headers["content-type"] for c in uploads] == ["image/png", "image/jpeg"]
    token = bluesky_harness.pds.tokens_issued[0]
    assert all(c.headers["authorization"] == f"Bearer {token}" for c in uploads)


def test_result_names_the_at_uri_and_the_bsky_app_url_under_the_prepared_key(
    bluesky_harness: BlueskyHarness,
) -> None:
    adapter = bluesky_harness.adapter()
    post = _prepared(adapter, _post())

    result = adapter.send(post)

    rkey = post.prepared["rkey"]
    assert result.remote_id == f"at://{DID}/app.bsky.feed.post/{rkey}"
    assert result.url == f"https://bsky.app/profile/{HANDLE}/post/{rkey}"
    assert _records(bluesky_harness)[0]["createdAt"] == result.meta["created_at"]


def test_send_without_prepare_chooses_a_key_itself(bluesky_harness: BlueskyHarness) -> None:
    result = bluesky_harness.adapter().send(_post())

    rkey = result.remote_id.rsplit("/", 1)[-1]
    assert len(rkey) == 13
    assert [s.idempotency_key for s in bluesky_harness.sent()] == [rkey]


def test_hashtags_and_links_become_facets_with_utf8_byte_offsets(
    bluesky_harness: BlueskyHarness,
) -> None:
    text = "Café 🦴 fracture? #MSKMonday #Radiología see https://doi.org/10.1148/rg.2019 $AAPL #1"
    bluesky_harness.adapter().send(_post(text))

    [record] = _records(bluesky_harness)
    encoded = text.encode()
    spans = [
        (encoded[f["index"]["byteStart"] : f["index"]["byteEnd"]].decode(), f["features"][0])
        for f in record["facets"]
    ]
    assert spans == [
        ("#MSKMonday", {"$type": "app.bsky.richtext.facet#tag", "tag": "MSKMonday"}),
        ("#Radiología", {"$type": "app.bsky.richtext.facet#tag", "tag": "Radiología"}),
        (
            "https://doi.org/10.1148/rg.2019",
            {"$type": "app.bsky.richtext.facet#link", "uri": "https://doi.org/10.1148/rg.2019"},
        ),
    ]
    # "é" takes 2 bytes and the emoji 4: the first tag starts at byte 21, not character 17.
    index = record["facets"][0]["index"]
    assert (index["byteStart"], index["byteEnd"]) == (21, 31)


def test_text_without_tags_or_links_has_no_facets(bluesky_harness: BlueskyHarness) -> None:
    bluesky_harness.adapter().send(_post("Plain question, no tags."))

    assert "facets" not in _records(bluesky_harness)[0]


def test_replies_carry_root_and_parent_strong_refs(bluesky_harness: BlueskyHarness) -> None:
    adapter = bluesky_harness.adapter()
    first = adapter.send(_post("Part 1 #MSKMonday"))
    second = adapter.send(_post("Part 2", part=2, reply_to=_ref(first), thread_root=_ref(first)))
    adapter.send(_post("Answer", kind="answer", reply_to=_ref(second), thread_root=_ref(first)))

    replies = [_strong_refs(record.get("reply")) for record in _records(bluesky_harness)]
    root = (first.remote_id, first.meta["cid"])
    parent = (second.remote_id, second.meta["cid"])
    assert replies == [None, (root, root), (root, parent)]


def test_reply_to_a_post_stored_without_cid_reads_the_cid_from_the_repo(
    bluesky_harness: BlueskyHarness,
) -> None:
    adapter = bluesky_harness.adapter()
    first = adapter.send(_post("Part 1"))

    adapter.send(_post("Answer", reply_to=RemoteRef(first.remote_id)))

    ref = (first.remote_id, first.meta["cid"])
    assert _strong_refs(_records(bluesky_harness)[1]["reply"]) == (ref, ref)


def test_created_at_and_keys_strictly_increase_over_a_thread(
    bluesky_harness: BlueskyHarness,
) -> None:
    adapter = bluesky_harness.adapter()
    parts = [_prepared(adapter, _post(f"Part {n}", part=n, parts=5)) for n in range(1, 6)]
    for part in parts:
        adapter.send(part)

    stamps = [record["createdAt"] for record in _records(bluesky_harness)]
    keys = [part.prepared["rkey"] for part in parts]
    assert stamps == sorted(set(stamps)) and len(stamps) == 5
    assert keys == sorted(set(keys))
    assert [datetime.fromisoformat(s).tzinfo for s in stamps] == [UTC] * 5


def test_a_text_over_the_limit_is_rejected_with_the_servers_message(
    bluesky_harness: BlueskyHarness,
) -> None:
    error = _raised(bluesky_harness, _post("é" * 301))

    assert isinstance(error, RejectedError)
    assert "300 graphemes" in str(error)


# Record keys (TIDs)


def test_tid_encoding_matches_the_spec_example() -> None:
    # https://atproto.com/specs/tid: 53 bits of microseconds, then a 10-bit clock id.
    assert encode_tid(1724171495793000, 512) == "3l25zusnsfck2"
    assert decode_tid("3l25zusnsfck2") == (1724171495793000, 512)
    assert encode_tid(0, 0) == "2222222222222"


def test_tid_clock_never_repeats_within_one_microsecond_or_steps_back() -> None:
    clock = TidClock(clock_id=7)

    keys = [clock.next(1_700_000_000_000_000)[0] for _ in range(3)]
    keys.append(clock.next(1_600_000_000_000_000)[0])  # the wall clock stepped back

    assert keys == sorted(set(keys))
    assert [decode_tid(k)[0] - 1_700_000_000_000_000 for k in keys] == [0, 1, 2, 3]
    assert {decode_tid(k)[1] for k in keys} == {7}


def test_created_at_is_the_tid_instant_in_atproto_datetime_form() -> None:
    assert iso_datetime(1724171495793001) == "2024-08-20T16:31:35.793001Z"


def test_prepare_chooses_only_the_tid_key(bluesky_harness: BlueskyHarness) -> None:
    prepared = bluesky_harness.adapter().prepare(_post())

    assert list(prepared) == ["rkey"] and decode_tid(prepared["rkey"])[0] > 0


@pytest.fixture
def fresh_stamps(monkeypatch: pytest.MonkeyPatch) -> None:
    """Forget the stamps earlier tests left for the account in this process."""
    from publisher.adapters.bluesky import adapter as module

    monkeypatch.setattr(module, "_LAST_STAMP", {})


def test_created_at_is_taken_at_each_try_under_the_same_key(
    bluesky_harness: BlueskyHarness, fresh_stamps: None
) -> None:
    """A post retried an hour later is stamped with the retry's time, not the first try's,
    so it does not sink below what the account sent meanwhile; the key stays."""
    adapter = bluesky_harness.adapter()
    first_try = datetime(2031, 3, 2, 14, 0, tzinfo=UTC)
    adapter.clock = lambda: first_try
    post = _prepared(adapter, _post())
    bluesky_harness.fail_next_create(503)
    with pytest.raises(TransientError):
        adapter.send(post)
    adapter.clock = lambda: first_try.replace(hour=15)
    result = adapter.send(post)

    [record] = _records(bluesky_harness)
    assert record["createdAt"] == "2031-03-02T15:00:00.000000Z" == result.meta["created_at"]
    assert result.remote_id.endswith("/" + post.prepared["rkey"])


def test_a_reply_is_never_stamped_before_what_it_replies_to(
    bluesky_harness: BlueskyHarness, fresh_stamps: None
) -> None:
    """Even from another process whose clock is behind: the parent's stamp is the floor."""
    parent = RemoteRef(
        "at://x/app.bsky.feed.post/p",
        meta={"cid": "c", "created_at": "2031-03-02T15:00:00.000000Z"},
    )
    adapter = bluesky_harness.adapter()
    adapter.clock = lambda: datetime(2031, 3, 2, 14, 0, tzinfo=UTC)  # behind the parent
    bluesky_harness.pds.records["p"] = {"uri": parent.remote_id, "cid": "c", "value": {}}
    adapter.send(_prepared(adapter, _post("Answer", kind="answer", reply_to=parent)))

    assert _records(bluesky_harness)[-1]["createdAt"] == "2031-03-02T15:00:00.000001Z"


# Sessions


def _session_file(harness: BlueskyHarness) -> Any:
    return harness.state_dir / "bluesky" / "dept-bluesky.json"


def test_session_is_cached_privately_and_reused_by_the_next_adapter(
    bluesky_harness: BlueskyHarness,
) -> None:
    bluesky_harness.adapter().send(_post("one"))
    bluesky_harness.adapter().send(_post("two"))

    assert bluesky_harness.pds.count(LOGIN) == 1
    assert len(bluesky_harness.sent()) == 2
    path = _session_file(bluesky_harness)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    saved = json.loads(path.read_text())
    assert saved["did"] == DID and saved["pds"] == bluesky_harness.pds.url
    assert APP_PASSWORD not in path.read_text()


def test_expired_access_token_is_refreshed_without_a_new_login(
    bluesky_harness: BlueskyHarness,
) -> None:
    bluesky_harness.adapter().send(_post("one"))
    bluesky_harness.pds.expire_access_tokens()

    bluesky_harness.adapter().send(_post("two"))

    assert (bluesky_harness.pds.count(LOGIN), bluesky_harness.pds.count(REFRESH)) == (1, 1)
    assert len(bluesky_harness.sent()) == 2
    saved = json.loads(_session_file(bluesky_harness).read_text())
    assert saved["access_jwt"] == bluesky_harness.pds.tokens_issued[-2]  # the refreshed one


def test_a_refused_refresh_falls_back_to_one_new_login(bluesky_harness: BlueskyHarness) -> None:
    bluesky_harness.adapter().send(_post("one"))
    bluesky_harness.pds.expire_access_tokens()
    bluesky_harness.pds.revoke_refresh_tokens()

    bluesky_harness.adapter().send(_post("two"))

    assert (bluesky_harness.pds.count(LOGIN), bluesky_harness.pds.count(REFRESH)) == (2, 1)
    assert len(bluesky_harness.sent()) == 2


def test_a_cached_session_for_another_handle_is_not_used(bluesky_harness: BlueskyHarness) -> None:
    bluesky_harness.adapter().send(_post("one"))
    saved = json.loads(_session_file(bluesky_harness).read_text())
    _session_file(bluesky_harness).write_text(json.dumps({**saved, "identifier": "other.example"}))

    bluesky_harness.adapter().send(_post("two"))

    assert bluesky_harness.pds.count(LOGIN) == 2


def test_an_unreadable_session_file_means_a_new_login(bluesky_harness: BlueskyHarness) -> None:
    _session_file(bluesky_harness).parent.mkdir(parents=True)
    _session_file(bluesky_harness).write_text("{not json")

    bluesky_harness.adapter().send(_post())

    assert bluesky_harness.pds.count(LOGIN) == 1


def test_check_reports_the_handle_through_get_session_only(
    bluesky_harness: BlueskyHarness,
) -> None:
    adapter = bluesky_harness.adapter()

    info = adapter.check()

    assert info.posting_as == f"@{HANDLE}"
    assert info.capabilities.text_limit == 300
    assert info.capabilities.idempotency is True
    assert [c.nsid for c in bluesky_harness.pds.calls] == [
        LOGIN,
        "com.atproto.server.getSession",
    ]


def test_login_at_an_entryway_moves_to_the_pds_its_did_document_names(
    bluesky_harness: BlueskyHarness,
) -> None:
    port = bluesky_harness.pds.url.rsplit(":", 1)[1]
    bluesky_harness.pds.pds_endpoint = f"http://localhost:{port}"  # same server, another name

    bluesky_harness.adapter().send(_post())

    hosts = {c.nsid: c.headers["host"] for c in bluesky_harness.pds.calls}
    assert hosts == {LOGIN: f"127.0.0.1:{port}", CREATE: f"localhost:{port}"}
    saved = json.loads(_session_file(bluesky_harness).read_text())
    assert saved["pds"] == f"http://localhost:{port}"


@pytest.mark.parametrize(
    "service", ["http://pds.example.org", "ftp://127.0.0.1", "https://", "http://10.0.0.8:2583"]
)
def test_service_must_be_https_unless_on_loopback(tmp_path: Any, service: str) -> None:
    settings = {"service": service, "handle": HANDLE, "app_password": APP_PASSWORD}
    with pytest.raises(ConfigError, match="service must be an https:// URL"):
        BlueskyAdapter("dept-bluesky", settings, state_dir=tmp_path)


def test_wrong_app_password_is_an_auth_error_naming_no_secret(
    bluesky_harness: BlueskyHarness,
) -> None:
    with pytest.raises(AuthError) as caught:
        bluesky_harness.adapter(app_password="wrong-secret-31c9").check()

    assert "Invalid identifier or password" in str(caught.value)
    assert "wrong-secret-31c9" not in str(caught.value)
    assert not _session_file(bluesky_harness).exists()


def test_missing_app_password_is_an_auth_error_without_a_request(
    bluesky_harness: BlueskyHarness,
) -> None:
    with pytest.raises(AuthError, match="app_password"):
        bluesky_harness.adapter(app_password="").send(_post())

    assert bluesky_harness.pds.calls == []


# Idempotency


@pytest.mark.parametrize("taken_answer", [500, 409, 400])
def test_a_retry_with_the_same_key_reads_the_record_back(
    bluesky_harness: BlueskyHarness, taken_answer: int
) -> None:
    bluesky_harness.pds.taken_key_answer = taken_answer
    adapter = bluesky_harness.adapter()
    post = _prepared(adapter, _post())
    first = adapter.send(post)

    again = bluesky_harness.adapter().send(post)

    assert again == first
    assert len(bluesky_harness.sent()) == 1
    assert bluesky_harness.pds.count(CREATE) == 2


def test_a_create_that_committed_but_answered_500_is_read_back(
    bluesky_harness: BlueskyHarness,
) -> None:
    error = {"error": "InternalServerError", "message": "Internal Server Error"}
    bluesky_harness.pds.script(CREATE, Scripted(500, error, commit=True))
    adapter = bluesky_harness.adapter()
    post = _prepared(adapter, _post())

    result = adapter.send(post)

    [sent] = bluesky_harness.sent()
    assert result.remote_id == sent.remote_id
    assert sent.idempotency_key == post.prepared["rkey"]


def test_a_key_taken_by_a_different_post_is_rejected(bluesky_harness: BlueskyHarness) -> None:
    adapter = bluesky_harness.adapter()
    post = _prepared(adapter, _post("first text"))
    adapter.send(post)

    with pytest.raises(RejectedError, match="different post"):
        adapter.send(OutgoingPost(**{**vars(post), "text": "other text"}))

    assert len(bluesky_harness.sent()) == 1


def test_find_sent_reads_the_prepared_key(bluesky_harness: BlueskyHarness) -> None:
    adapter = bluesky_harness.adapter()
    post = _prepared(adapter, _post())
    assert adapter.find_sent(post) is None

    result = adapter.send(post)

    assert bluesky_harness.adapter().find_sent(post) == result


def test_find_sent_without_a_key_cannot_tell_and_with_a_failing_server_asks_later(
    bluesky_harness: BlueskyHarness,
) -> None:
    adapter = bluesky_harness.adapter()
    with pytest.raises(UnknownOutcomeError):
        adapter.find_sent(_post())

    error = {"error": "InternalServerError", "message": "Internal Server Error"}
    bluesky_harness.pds.script("com.atproto.repo.getRecord", Scripted(503, error))
    with pytest.raises(TransientError, match="HTTP 503"):
        adapter.find_sent(_prepared(adapter, _post()))


# Errors


def test_429_is_rate_limited_until_the_ratelimit_reset(bluesky_harness: BlueskyHarness) -> None:
    bluesky_harness.fail_next_create(429, retry_after_seconds=120)

    error = _raised(bluesky_harness)

    assert isinstance(error, RateLimitedError)
    log = bluesky_harness.pds.server.log
    [answer] = [response for request, response in log if request.path.endswith(CREATE)]
    reset = int(answer.headers["ratelimit-reset"])
    assert error.retry_after == datetime.fromtimestamp(reset, UTC)
    assert 100 < (error.retry_after - datetime.now(UTC)).total_seconds() <= 120
    assert bluesky_harness.sent() == []


def test_401_is_an_auth_error_after_refresh_and_login_are_refused(
    bluesky_harness: BlueskyHarness,
) -> None:
    bluesky_harness.adapter().send(_post("one"))
    bluesky_harness.fail_next_create(401)

    error = _raised(bluesky_harness)

    assert isinstance(error, AuthError)
    assert (bluesky_harness.pds.count(REFRESH), bluesky_harness.pds.count(LOGIN)) == (1, 2)


@pytest.mark.parametrize("status", [500, 502, 503])
def test_5xx_is_transient(bluesky_harness: BlueskyHarness, status: int) -> None:
    bluesky_harness.fail_next_create(status, message="upstream trouble")

    error = _raised(bluesky_harness)

    assert isinstance(error, TransientError)
    assert bluesky_harness.sent() == []


def test_400_is_rejected_with_the_servers_message(bluesky_harness: BlueskyHarness) -> None:
    bluesky_harness.fail_next_create(400, message="Invalid app.bsky.feed.post record: bad langs")

    error = _raised(bluesky_harness)

    assert isinstance(error, RejectedError)
    assert "InvalidRequest: Invalid app.bsky.feed.post record: bad langs" in str(error)


def test_an_image_over_the_blob_limit_is_rejected(bluesky_harness: BlueskyHarness) -> None:
    bluesky_harness.pds.blob_limit = len(PA.data) - 1

    error = _raised(bluesky_harness, _post(images=(PA,)))

    assert isinstance(error, RejectedError)
    assert "BlobTooLarge" in str(error)
    assert bluesky_harness.pds.count(CREATE) == 0


def test_a_413_from_a_proxy_in_front_of_the_pds_is_rejected(
    bluesky_harness: BlueskyHarness,
) -> None:
    page = "<html><body>413 Request Entity Too Large</body></html>"
    bluesky_harness.pds.script(UPLOAD, Scripted(413, page))

    error = _raised(bluesky_harness, _post(images=(PA,)))

    assert isinstance(error, RejectedError)
    assert "HTTP 413" in str(error)


def test_success_without_a_uri_is_rejected(bluesky_harness: BlueskyHarness) -> None:
    bluesky_harness.omit_id_next_create()

    error = _raised(bluesky_harness)

    assert isinstance(error, RejectedError)
    assert bluesky_harness.sent() == []


def test_an_unreachable_pds_is_transient(bluesky_harness: BlueskyHarness) -> None:
    with socket.socket() as probe:  # a port nobody listens on: bound, then released
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]

    with pytest.raises(TransientError, match="could not be reached"):
        bluesky_harness.adapter(service=f"http://127.0.0.1:{port}").send(_post())


def test_missing_atproto_is_a_missing_extra_error(
    bluesky_harness: BlueskyHarness, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "atproto", None)
    adapter = bluesky_harness.adapter()

    with pytest.raises(MissingExtraError) as caught:
        adapter.send(_post())

    assert caught.value.hint == "pip install 'publisher[bluesky]'"
    assert bluesky_harness.pds.calls == []


def test_no_secret_reaches_errors_or_logs(
    bluesky_harness: BlueskyHarness, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    adapter = bluesky_harness.adapter()
    adapter.send(_post("one"))
    bluesky_harness.pds.expire_access_tokens()
    adapter.send(_post("two"))
    errors: list[str] = []
    for status in (400, 401, 429, 500):
        bluesky_harness.fail_next_create(status)
        error = _raised(bluesky_harness)
        errors += [str(error), repr(error), str(error.__cause__)]

    secrets = [APP_PASSWORD, *bluesky_harness.pds.tokens_issued]
    assert len(secrets) > 3
    leaks = [s for s in secrets for text in [caplog.text, *errors] if s in text]
    assert leaks == []
    assert "logging in" in caplog.text  # the log did record the session's life


# The formatter's parts, sent


def test_the_rendered_thread_is_sent_byte_for_byte(bluesky_harness: BlueskyHarness) -> None:
    from publisher.render.posts import CaseText, ImageRef, render_case

    history = " ".join(
        f"Day {n}: the café worker (45 años) 🦴 still has snuffbox tenderness." for n in range(9)
    )
    case = CaseText(
        slug="msk-scaphoid-001",
        title="Wrist pain after a fall",
        history=history,
        question="What is the diagnosis? See https://radiopaedia.org/articles/scaphoid-fracture",
        answer="Scaphoid waist fracture",
        hashtags=("#MedEd", "#FOAMrad"),
        images=(ImageRef("0" * 64, PA.alt),),
    )
    capabilities = BlueskyAdapter.capabilities
    rendered = render_case(
        case, hashtag="#MSKMonday", quiz=False, capabilities=capabilities, platform="bluesky"
    )
    assert len(rendered.prompt) > 1  # the case really needed a thread

    adapter = bluesky_harness.adapter()
    root = previous = None
    for number, part in enumerate(rendered.prompt, start=1):
        images = (PA,) if part.images else ()
        post = _post(part.text, part=number, images=images, reply_to=previous, thread_root=root)
        previous = _ref(adapter.send(post))
        root = root or previous

    sent = bluesky_harness.sent()
    assert [s.text.encode() for s in sent] == [p.text.encode() for p in rendered.prompt]
    features = [f["features"][0] for r in _records(bluesky_harness) for f in r.get("facets", [])]
    assert {"MSKMonday", "MedEd", "FOAMrad"} <= {f.get("tag") for f in features}
    assert "https://radiopaedia.org/articles/scaphoid-fracture" in {f.get("uri") for f in features}
