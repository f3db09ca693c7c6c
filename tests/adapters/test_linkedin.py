"""The LinkedIn adapter against a fake REST API: the pinned version header, images with
alt text, little-text escaping (one test per reserved character), the quiz poll, comments,
duplicates, a retired version, rate limits, find_sent and token introspection."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta
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
from publisher.adapters.linkedin import LinkedInAdapter
from publisher.adapters.linkedin_text import little_text
from publisher.errors import ConfigError
from publisher.render.posts import CaseText, ImageRef, render_case
from tests.adapters.fake_linkedin import (
    CLIENT_SECRET,
    TOKEN,
    VERSION,
    LinkedInHarness,
    render_little,
)
from tests.adapters.test_contract import OBLIQUE, PA

TEXT = "#MSKMonday Wrist pain after a fall\n\nWhat is the diagnosis?\n\n#MedEd #FOAMrad"
# The reserved characters of the little text format, one by one, as its reference lists them.
RESERVED = ["\\", "|", "{", "}", "@", "[", "]", "(", ")", "<", ">", "#", "*", "_", "~"]


def post(text: str = TEXT, **fields: Any) -> OutgoingPost:
    values: dict[str, Any] = {
        "post_id": 1, "case": "msk-1", "kind": "prompt", "part": 1, "parts": 1,
        "idempotency_key": uuid.uuid4().hex, "created_at": datetime.now(UTC),
    }  # fmt: skip
    values.update(fields)
    return OutgoingPost(text=text, **values)


def requests_to(li: LinkedInHarness, method: str, path: str) -> list[tuple[dict[str, str], Any]]:
    return [(h, body) for m, p, h, body in li.fake.requests if m == method and p == path]


@pytest.mark.parametrize("char", RESERVED)
def test_each_reserved_character_is_escaped_and_shows_as_written(
    linkedin_harness: LinkedInHarness, char: str
) -> None:
    text = f"Grade {char} finding, see above {char}"
    linkedin_harness.adapter().send(post(text))
    [(_, body)] = requests_to(linkedin_harness, "POST", "/rest/posts")
    assert body["commentary"] == f"Grade \\{char} finding, see above \\{char}"
    [sent] = linkedin_harness.sent()
    assert sent.text == text  # what a reader sees: nothing cut, no backslash


def test_hashtags_go_out_as_hashtag_templates(linkedin_harness: LinkedInHarness) -> None:
    linkedin_harness.adapter().send(post("Case of the week #MSKMonday #FOAM_rad C# (no tag)"))
    [(_, body)] = requests_to(linkedin_harness, "POST", "/rest/posts")
    assert body["commentary"] == (
        "Case of the week {hashtag|\\#|MSKMonday} {hashtag|\\#|FOAM\\_rad} C\\# \\(no tag\\)"
    )
    assert linkedin_harness.sent()[0].text == "Case of the week #MSKMonday #FOAM_rad C# (no tag)"


def test_an_unescaped_character_would_cut_the_post() -> None:
    """The fake reads little text as LinkedIn does, so the escaping tests can fail."""
    assert render_little("Before (after") == "Before "
    assert render_little(little_text("Before (after")) == "Before (after"


def test_the_version_header_is_pinned_on_every_rest_call(linkedin_harness: LinkedInHarness) -> None:
    li = linkedin_harness
    li.adapter().send(post(images=(PA,)))
    rest = [h for m, p, h, _ in li.fake.requests if p.startswith("/rest/")]
    assert len(rest) == 2  # initializeUpload, then the post
    assert all(
        h["linkedin-version"] == VERSION and h["x-restli-protocol-version"] == "2.0.0" for h in rest
    )
    assert all(h["authorization"] == f"Bearer {TOKEN}" for h in rest)


def test_one_image_goes_through_the_images_api_with_its_alt_text(
    linkedin_harness: LinkedInHarness,
) -> None:
    li = linkedin_harness
    result = li.adapter().send(post(images=(PA,)))
    [(_, init)] = requests_to(li, "POST", "/rest/images")
    assert init == {"initializeUploadRequest": {"owner": li.fake.author}}
    [urn] = li.fake.images
    assert li.fake.images[urn] == PA.data
    [(_, body)] = requests_to(li, "POST", "/rest/posts")
    assert body == {
        "author": li.fake.author,
        "commentary": little_text(TEXT),
        "visibility": "PUBLIC",
        "distribution": {
            "feedDistribution": "MAIN_FEED",
            "targetEntities": [],
            "thirdPartyDistributionChannels": [],
        },
        "lifecycleState": "PUBLISHED",
        "isReshareDisabledByAuthor": False,
        "content": {"media": {"id": urn, "altText": PA.alt}},
    }
    assert result.remote_id.startswith("urn:li:share:")
    assert result.url == f"https://www.linkedin.com/feed/update/{result.remote_id}/"


def test_several_images_are_one_multi_image_post(linkedin_harness: LinkedInHarness) -> None:
    li = linkedin_harness
    li.adapter().send(post(images=(PA, OBLIQUE)))
    [(_, body)] = requests_to(li, "POST", "/rest/posts")
    urns = list(li.fake.images)
    assert body["content"] == {"multiImage": {"images": [
        {"id": urns[0], "altText": PA.alt}, {"id": urns[1], "altText": OBLIQUE.alt}]}}  # fmt: skip
    assert li.sent()[0].media_bytes == [PA.data, OBLIQUE.data]


def test_the_quiz_poll_is_a_post_of_its_own(linkedin_harness: LinkedInHarness) -> None:
    li = linkedin_harness
    adapter = li.adapter()
    image_post = adapter.send(post(images=(PA,)))
    ref = RemoteRef(image_post.remote_id, image_post.url, image_post.meta)
    options = ("Scaphoid fracture", "Perilunate dislocation", "Normal", "Kienbock disease")
    poll_post = adapter.send(post("Vote: What is the diagnosis?", part=2, parts=2, reply_to=ref,
                                  thread_root=ref, poll=Poll(options, 24)))  # fmt: skip
    [_, (_, body)] = requests_to(li, "POST", "/rest/posts")
    assert body["commentary"] == "Vote: What is the diagnosis?"
    assert body["content"] == {"poll": {
        "question": "What is the diagnosis?",
        "options": [{"text": option} for option in options],
        "settings": {"duration": "ONE_DAY"}}}  # fmt: skip
    assert poll_post.remote_id != image_post.remote_id
    assert [r.poll_options for r in li.sent()] == [None, list(options)]


def test_a_poll_with_images_is_refused(linkedin_harness: LinkedInHarness) -> None:
    with pytest.raises(RejectedError, match="poll carries no images"):
        linkedin_harness.adapter().send(post(images=(PA,), poll=Poll(("A", "B"))))


def test_the_formatter_joins_image_and_poll_as_two_posts_and_fits_the_answer() -> None:
    capabilities = LinkedInAdapter.capabilities_for({}, {})
    case = CaseText(
        slug="q", title="Wrist pain", history="Fall on the hand.", question="What is the diagnosis?",
        answer="Scaphoid fracture", explanation="A lucent line. " * 120,
        quiz_options=("Scaphoid fracture", "Normal"), quiz_correct=0,
        images=(ImageRef("abc", "PA view"),),
    )  # fmt: skip
    rendered = render_case(
        case, hashtag="#FridayQuizDay", quiz=True, capabilities=capabilities, platform="linkedin"
    )
    image_part, poll_part = rendered.prompt
    assert image_part.images and image_part.poll is None
    assert poll_part.poll is not None and not poll_part.images
    assert poll_part.text == "Vote: What is the diagnosis?"
    assert len(rendered.answer) > 1 and all(len(p.text) <= 1250 for p in rendered.answer)
    no_polls = LinkedInAdapter.capabilities_for({"polls": False}, {})
    listed = render_case(
        case, hashtag="#FridayQuizDay", quiz=True, capabilities=no_polls, platform="linkedin"
    )
    assert len(listed.prompt) == 1 and "A) Scaphoid fracture" in listed.prompt[0].text


def test_the_answer_is_a_comment_and_a_second_part_replies_under_it(
    linkedin_harness: LinkedInHarness,
) -> None:
    li = linkedin_harness
    adapter = li.adapter()
    prompt = adapter.send(post(images=(PA,)))
    root = RemoteRef(prompt.remote_id, prompt.url, prompt.meta)
    first = adapter.send(
        post(
            "Answer: (A) scaphoid (1/2)", post_id=2, kind="answer", reply_to=root, thread_root=root
        )
    )
    [(_, body)] = requests_to(li, "POST", f"/rest/socialActions/{prompt.remote_id}/comments")
    assert body == {
        "actor": li.fake.author,
        "object": prompt.remote_id,
        "message": {"text": "Answer: (A) scaphoid (1/2)"},
    }
    ref = RemoteRef(first.remote_id, first.url, first.meta)
    adapter.send(
        post(
            "Teaching points (2/2)",
            post_id=3,
            kind="answer",
            part=2,
            reply_to=ref,
            thread_root=root,
        )
    )
    [(_, nested)] = requests_to(li, "POST", f"/rest/socialActions/{first.remote_id}/comments")
    assert nested["parentComment"] == first.remote_id and nested["object"] == prompt.remote_id
    assert [r.reply_to for r in li.sent()] == [None, prompt.remote_id, first.remote_id]


def test_a_comment_is_not_made_twice_when_comments_can_be_read(
    linkedin_harness: LinkedInHarness,
) -> None:
    li = linkedin_harness
    prompt = li.adapter().send(post())
    root = RemoteRef(prompt.remote_id, prompt.url, prompt.meta)
    answer = post("Answer: scaphoid", post_id=2, kind="answer", reply_to=root)
    first = li.adapter().send(answer)
    assert li.adapter().send(answer).remote_id == first.remote_id
    assert len(li.fake.comments[prompt.remote_id]) == 1


def test_a_member_who_cannot_read_still_comments(linkedin_harness: LinkedInHarness) -> None:
    li = linkedin_harness
    prompt = li.adapter().send(post())
    li.fake.can_read = False
    root = RemoteRef(prompt.remote_id, prompt.url, prompt.meta)
    result = li.adapter().send(post("Answer: scaphoid", post_id=2, kind="answer", reply_to=root))
    assert result.meta["kind"] == "comment"
    with pytest.raises(UnknownOutcomeError, match="cannot read the author's posts"):
        li.adapter().find_sent(post())


def test_a_duplicate_refusal_names_the_earlier_post(linkedin_harness: LinkedInHarness) -> None:
    li = linkedin_harness
    li.fake.can_read = False  # a member: nothing to look up, LinkedIn's refusal tells
    first = li.adapter().send(post(images=(PA,)))
    again = li.adapter().send(post(images=(PA,)))
    assert again == first and len(li.sent()) == 1


def test_a_retired_version_is_an_auth_error_naming_the_setting(
    linkedin_harness: LinkedInHarness,
) -> None:
    adapter = linkedin_harness.adapter(linkedin_version="202409")
    for attempt in (lambda: adapter.send(post()), adapter.check):
        with pytest.raises(AuthError) as caught:
            attempt()
        message = str(caught.value)
        assert message == (
            "LinkedIn no longer serves API version 202409: set "
            "accounts.dept-linkedin.linkedin_version to a current version (YYYYMM)"
        )
    assert linkedin_harness.sent() == []


def test_a_daily_limit_without_retry_after_waits_until_midnight_utc(
    linkedin_harness: LinkedInHarness,
) -> None:
    from tests.adapters.fake_linkedin import error

    linkedin_harness.fake.script(
        "POST /rest/posts", error(429, "Daily limit reached", "TOO_MANY_REQUESTS")
    )
    adapter = linkedin_harness.adapter()
    adapter.clock = lambda: datetime(2026, 12, 4, 14, 30, tzinfo=UTC)
    with pytest.raises(RateLimitedError) as caught:
        adapter.send(post())
    assert caught.value.retry_after == datetime(2026, 12, 5, tzinfo=UTC)


def test_find_sent_reads_the_authors_posts(linkedin_harness: LinkedInHarness) -> None:
    li = linkedin_harness
    sent = post(images=(PA,))
    result = li.adapter().send(sent)
    assert li.adapter().find_sent(sent) == result
    assert li.adapter().find_sent(post("never posted")) is None
    [(headers, _)] = [
        (h, b) for m, p, h, b in li.fake.requests if m == "GET" and p == "/rest/posts"
    ][:1]
    assert headers["x-restli-method"] == "FINDER"


def test_check_reads_the_name_and_the_token_expiry(linkedin_harness: LinkedInHarness) -> None:
    li = linkedin_harness
    li.fake.token_expires_at = datetime(2027, 1, 20, 8, 0, tzinfo=UTC)
    info = li.adapter().check()
    assert info.posting_as == f"Radiology Teaching Cases ({li.fake.author})"
    assert info.token_expires_at == datetime(2027, 1, 20, 8, 0, tzinfo=UTC)
    assert info.detail == f"API version {VERSION}; token expires 2027-01-20 08:00 UTC"
    [(headers, _)] = requests_to(li, "POST", "/oauth/v2/introspectToken")
    assert "authorization" not in headers  # the app's credentials go in the form, the token too


def test_check_without_the_apps_credentials_says_the_expiry_is_unknown(
    linkedin_harness: LinkedInHarness,
) -> None:
    info = linkedin_harness.adapter(client_id="", client_secret="").check()
    assert info.token_expires_at is None
    assert info.detail.endswith("token expiry unknown (set client_id and client_secret to read it)")


def test_a_revoked_token_fails_the_check(linkedin_harness: LinkedInHarness) -> None:
    adapter = linkedin_harness.adapter(access_token="another-token-entirely")
    with pytest.raises(AuthError) as caught:
        adapter.check()
    assert "another-token-entirely" not in str(caught.value)
    assert CLIENT_SECRET not in str(caught.value)


@pytest.mark.parametrize(
    ("settings", "message"),
    [
        ({"author": "urn:li:company:1"}, "author: expected urn:li:organization:ID or urn:li:person:ID"),
        ({"linkedin_version": "2024-09"}, "linkedin_version: expected YYYYMM"),
        ({"api_base_url": "http://api.linkedin.example"}, "plain http:// is allowed only on this machine"),
    ],
)  # fmt: skip
def test_bad_settings_are_config_errors(
    tmp_path: Any, settings: dict[str, str], message: str
) -> None:
    config = {"author": "urn:li:organization:1", "access_token": TOKEN, **settings}
    with pytest.raises(ConfigError, match=message):
        LinkedInAdapter("dept-linkedin", config, state_dir=tmp_path)


def test_the_poll_setting_must_be_true_or_false() -> None:
    with pytest.raises(ConfigError, match="polls: expected true or false"):
        LinkedInAdapter.capabilities_for({"polls": "sometimes"}, {})


def test_an_upload_address_that_is_not_https_is_refused(linkedin_harness: LinkedInHarness) -> None:
    from tests.adapters.fake_linkedin import ok

    answer = {"value": {"uploadUrl": "http://uploads.example/x", "image": "urn:li:image:X"}}
    linkedin_harness.fake.script("POST /rest/images", ok(answer))
    with pytest.raises(RejectedError, match="not https"):
        linkedin_harness.adapter().send(post(images=(PA,)))
    assert not [1 for m, *_ in linkedin_harness.fake.requests if m == "PUT"]


def test_the_retry_after_of_a_rate_limit_is_kept(linkedin_harness: LinkedInHarness) -> None:
    linkedin_harness.fail_next_create(429, retry_after_seconds=90)
    adapter = linkedin_harness.adapter()
    now = datetime(2026, 12, 4, 14, 30, tzinfo=UTC)
    adapter.clock = lambda: now
    with pytest.raises(RateLimitedError) as caught:
        adapter.send(post())
    assert caught.value.retry_after == now + timedelta(seconds=90)
