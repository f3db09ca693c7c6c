"""The Reddit adapter through praw: against praw's own recordings of real reddit.com
traffic (replayed with vcrpy) where they fit, and against the fake Reddit on
127.0.0.1 for the rest; and the text the formatter makes for Reddit."""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl

import pytest

from publisher.adapters.base import (
    AuthError,
    OutgoingPost,
    RateLimitedError,
    RejectedError,
    RemoteRef,
    TransientError,
)
from publisher.adapters.reddit import RedditAdapter
from publisher.adapters.reddit_rules import judge
from publisher.errors import ConfigError
from publisher.render.posts import CaseText, ImageRef, render_case
from tests.adapters.fake_reddit import PASSWORD, SUBREDDIT, USERNAME, RedditHarness
from tests.adapters.test_contract import OBLIQUE, PA

CASSETTES = Path(__file__).resolve().parents[1] / "data" / "praw_cassettes"
CAPS = RedditAdapter.capabilities


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


def _posts_of(harness: RedditHarness, path: str) -> list[Any]:
    return [r for r in harness.fake.received if r.method == "POST" and r.path == path]


# Posting, against the fake Reddit


def test_one_image_is_an_image_post_with_the_case_in_its_body(
    reddit_harness: RedditHarness,
) -> None:
    adapter = reddit_harness.adapter()
    result = adapter.send(
        _post("MSKMonday: Wrist pain\n\nAdult with wrist pain.\n\nImage: PA view.", images=(PA,))
    )
    [lease] = _posts_of(reddit_harness, "/api/media/asset.json")
    assert lease.form["filepath"] == "image-1.png" and lease.form["mimetype"] == "image/png"
    [upload] = _posts_of(reddit_harness, "/s3")
    assert reddit_harness.fake.uploads[upload.form["key"]] == PA.data
    [submit] = _posts_of(reddit_harness, "/api/submit")
    assert submit.form["kind"] == "image" and submit.form["sr"] == SUBREDDIT
    assert submit.form["title"] == "MSKMonday: Wrist pain"
    assert submit.form["text"] == "Adult with wrist pain.\n\nImage: PA view."
    assert submit.form["url"].endswith(upload.form["key"])
    assert submit.form["spoiler"] == "False" and submit.form["sendreplies"] == "False"
    [thing] = reddit_harness.fake.submissions()
    assert result.remote_id == thing.data["name"]  # learnt from the WebSocket's redirect
    assert result.url == f"https://www.reddit.com/comments/{thing.data['id']}/"


def test_several_images_are_a_gallery_captioned_with_their_alt_text(
    reddit_harness: RedditHarness,
) -> None:
    result = reddit_harness.adapter().send(_post("Title\n\nBody", images=(PA, OBLIQUE)))
    [gallery] = _posts_of(reddit_harness, "/api/submit_gallery_post.json")
    assert [item["caption"] for item in gallery.body["items"]] == [PA.alt, OBLIQUE.alt]
    assert gallery.body["text"] == "Body" and gallery.body["title"] == "Title"
    [thing] = reddit_harness.fake.submissions()
    assert thing.media == [PA.data, OBLIQUE.data]
    assert result.url == f"https://www.reddit.com/comments/{thing.data['id']}/"


def test_a_case_without_images_is_a_text_post(reddit_harness: RedditHarness) -> None:
    result = reddit_harness.adapter().send(_post("Title\n\nBody"))
    [submit] = _posts_of(reddit_harness, "/api/submit")
    assert submit.form["kind"] == "self" and submit.form["text"] == "Body"
    assert result.url == f"https://www.reddit.com/comments/{result.remote_id[3:]}/"


@pytest.mark.parametrize(("enabled", "sent"), [(True, "True"), (False, "False")])
def test_spoiler_marks_the_post_only_where_the_subreddit_allows_it(
    reddit_harness: RedditHarness, enabled: bool, sent: str
) -> None:
    reddit_harness.fake.about["spoilers_enabled"] = enabled
    reddit_harness.adapter(spoiler=True).send(_post("Title\n\nBody"))
    [submit] = _posts_of(reddit_harness, "/api/submit")
    assert submit.form["spoiler"] == sent


def test_the_flair_goes_with_the_post(reddit_harness: RedditHarness) -> None:
    reddit_harness.fake.requirements["is_flair_required"] = True
    reddit_harness.adapter(flair_id="6bd28436-1aa7", flair_text="Case").send(_post("Title\n\nBody"))
    [submit] = _posts_of(reddit_harness, "/api/submit")
    assert (submit.form["flair_id"], submit.form["flair_text"]) == ("6bd28436-1aa7", "Case")


def test_a_missing_flair_is_refused_with_reddits_words(reddit_harness: RedditHarness) -> None:
    reddit_harness.fake.requirements["is_flair_required"] = True
    with pytest.raises(
        RejectedError, match="SUBMIT_VALIDATION_FLAIR_REQUIRED: Your post must contain post flair"
    ):
        reddit_harness.adapter().send(_post("Title\n\nBody"))


def test_the_answer_is_a_comment_on_the_post(reddit_harness: RedditHarness) -> None:
    adapter = reddit_harness.adapter()
    prompt = adapter.send(_post("Title\n\nBody", images=(PA,)))
    target = RemoteRef(prompt.remote_id, prompt.url)
    answer = adapter.send(
        _post("Answer: FridayQuizDay\n\n>!Scaphoid fracture!<", kind="answer", reply_to=target)
    )
    [comment] = _posts_of(reddit_harness, "/api/comment")
    assert comment.form["thing_id"] == prompt.remote_id
    assert comment.form["text"] == "Answer: FridayQuizDay\n\n>!Scaphoid fracture!<"
    assert answer.remote_id.startswith("t1_") and "/comments/" in answer.url
    # A second part of the answer replies to the first comment.
    more = adapter.send(_post("More", kind="answer", part=2, reply_to=RemoteRef(answer.remote_id)))
    assert reddit_harness.sent()[-1].reply_to == answer.remote_id and more.remote_id.startswith(
        "t1_"
    )


def test_every_send_first_reads_the_accounts_newest_posts(reddit_harness: RedditHarness) -> None:
    post = _post("Title\n\nBody", images=(PA,))
    first = reddit_harness.adapter().send(post)
    again = reddit_harness.adapter().send(post)
    assert again.remote_id == first.remote_id
    assert len(_posts_of(reddit_harness, "/api/submit")) == 1
    reads = [r for r in reddit_harness.fake.received if r.path == f"/user/{USERNAME}/submitted"]
    assert [r.query["limit"] for r in reads] == ["100", "100"]


def test_an_old_post_with_the_same_text_is_not_taken_for_this_one(
    reddit_harness: RedditHarness,
) -> None:
    adapter = reddit_harness.adapter()
    adapter.send(_post("Title\n\nBody"))
    later = _post("Title\n\nBody", prepared={"first_try": "2099-01-01T00:00:00+00:00"})
    assert adapter.find_sent(later) is None


# Reddit's answers


def test_an_image_reddit_cannot_process_is_refused(reddit_harness: RedditHarness) -> None:
    reddit_harness.fake.websocket = "failed"
    with pytest.raises(RejectedError, match="could not process the image"):
        reddit_harness.adapter().send(_post("Title\n\nBody", images=(PA,)))


def test_an_unconfirmed_image_post_is_retried_and_found_not_posted_twice(
    reddit_harness: RedditHarness,
) -> None:
    fake = reddit_harness.fake
    fake.websocket = "hang up"
    post = _post("Title\n\nBody", images=(PA,))
    with pytest.raises(TransientError, match="looks for it"):
        reddit_harness.adapter().send(post)
    fake.things.extend(fake._pending.values())  # Reddit finished processing after all
    fake.websocket = "success"
    found = reddit_harness.adapter().send(post)
    assert len(_posts_of(reddit_harness, "/api/submit")) == 1
    assert found.remote_id == fake.submissions()[0].data["name"]


def test_reddits_ratelimit_answer_says_how_long(reddit_harness: RedditHarness) -> None:
    adapter = reddit_harness.adapter()
    now = datetime(2026, 12, 4, 14, 0, tzinfo=UTC)
    adapter.clock = lambda: now
    message = (
        "Looks like you've been doing that a lot. Take a break for 7 minutes before trying again."
    )
    reddit_harness.fake.fail_next(
        "create", 200, {"json": {"errors": [["RATELIMIT", message, "ratelimit"]]}}
    )
    with pytest.raises(RateLimitedError) as caught:
        adapter.send(_post("Title\n\nBody"))
    assert caught.value.retry_after == datetime(2026, 12, 4, 14, 7, 1, tzinfo=UTC)


def test_a_wrong_password_is_an_auth_error_without_it(reddit_harness: RedditHarness) -> None:
    with pytest.raises(AuthError, match="invalid_grant") as caught:
        reddit_harness.adapter(password="not-the-password-at-all").send(_post("Title\n\nBody"))
    assert "not-the-password" not in f"{caught.value} {caught.value.hint}"
    assert PASSWORD not in str(caught.value)


# accounts check


def test_check_names_the_account_and_what_the_subreddit_allows(
    reddit_harness: RedditHarness,
) -> None:
    info = reddit_harness.adapter().check()
    assert info.posting_as == f"u/{USERNAME}"
    assert info.detail == "spoiler tags allowed; 2 written rules to read on the subreddit"


def test_check_turns_the_rules_into_one_line_of_reasons(reddit_harness: RedditHarness) -> None:
    reddit_harness.fake.about.update(allow_images=False)
    reddit_harness.fake.requirements["is_flair_required"] = True
    with pytest.raises(RejectedError) as caught:
        reddit_harness.adapter().check()
    assert str(caught.value) == (
        f"r/{SUBREDDIT}: image posts are not allowed; "
        "a post flair is required: set flair_id (and flair_text if editable)"
    )


def test_a_shorter_title_limit_is_kept_for_the_planner(reddit_harness: RedditHarness) -> None:
    reddit_harness.fake.requirements["title_text_max_length"] = 120
    info = reddit_harness.adapter().check()
    assert info.capabilities.title_limit == 120
    assert "titles at most 120 characters" in info.detail


@pytest.mark.parametrize(
    ("about", "requirements", "spoiler", "problems", "notes"),
    [
        ({"user_is_banned": True}, {}, False, ["the account is banned here"], []),
        ({"submission_type": "self"}, {}, False, ["image posts are not allowed"], []),
        (
            {"allow_galleries": False},
            {},
            False,
            [],
            ["no galleries: a case with several images is refused"],
        ),
        (
            {},
            {"body_restriction_policy": "notAllowed"},
            False,
            ["posts may have no body text, and the case is in the body"],
            [],
        ),
        (
            {"spoilers_enabled": False},
            {},
            True,
            [],
            ["spoiler tags are off: case posts will not be blurred"],
        ),
    ],
)
def test_each_rule_gives_its_reason(
    about: dict[str, Any],
    requirements: dict[str, Any],
    spoiler: bool,
    problems: list[str],
    notes: list[str],
) -> None:
    rules = judge(about, requirements, 0, {}, spoiler=spoiler)
    assert (rules.problems, rules.notes) == (problems, notes)


def test_the_rules_of_a_real_subreddit_as_reddit_recorded_them() -> None:
    """post_requirements exactly as praw recorded it from reddit.com."""
    [_, interaction] = json.loads(
        (CASSETTES / "TestSubreddit.test_post_requirements.json").read_text()
    )["interactions"]
    requirements = json.loads(interaction["response"]["body"]["string"])
    rules = judge({"spoilers_enabled": True}, requirements, 3, {}, spoiler=False)
    assert rules.problems == []
    assert (
        "titles or bodies must match the moderators' patterns" in rules.notes
        or requirements.get("title_regexes") == []
    )


# Settings


@pytest.mark.parametrize(
    ("overrides", "field"),
    [
        ({"subreddit": "r/"}, "subreddit"),
        ({"username": "no spaces allowed"}, "username"),
        ({"password": None}, "password"),
        ({"oauth_url": "http://reddit.example"}, "oauth_url"),
    ],
)
def test_bad_settings_name_the_field(
    reddit_harness: RedditHarness, tmp_path: Path, overrides: dict[str, Any], field: str
) -> None:
    with pytest.raises(ConfigError, match=rf"accounts\.dept-reddit\.{field}"):
        RedditAdapter("dept-reddit", reddit_harness.settings(**overrides), state_dir=tmp_path)


def test_a_refresh_token_stands_in_for_the_password(
    reddit_harness: RedditHarness, tmp_path: Path
) -> None:
    settings = reddit_harness.settings(password=None, refresh_token="rd-refresh-token-1f0e")
    RedditAdapter("dept-reddit", settings, state_dir=tmp_path).send(_post("Title\n\nBody"))
    token = next(r for r in reddit_harness.fake.received if r.path == "/api/v1/access_token")
    assert token.form == {"grant_type": "refresh_token", "refresh_token": "rd-refresh-token-1f0e"}


# praw's recordings of real reddit.com traffic


@contextmanager
def _replay(tmp_path: Path, name: str, *added: dict[str, Any]) -> Iterator[list[Any]]:
    """Replay praw's cassette ``name``, with ``added`` interactions first (the listing the
    adapter reads before it posts, which praw's test did not make); yields the requests
    the adapter sent, as vcrpy matched them against the recording."""
    vcr = pytest.importorskip("vcr", reason="vcrpy replays praw's recorded reddit.com traffic")
    cassette = json.loads((CASSETTES / f"{name}.json").read_text())
    cassette["interactions"] = [*added, *cassette["interactions"]]
    path = tmp_path / f"{name}.json"
    path.write_text(json.dumps(cassette))
    sent: list[Any] = []

    def keep(request: Any) -> Any:
        sent.append(request)
        return request

    recorder = vcr.VCR(
        record_mode="none",
        match_on=["method", "scheme", "host", "port", "path", "query"],
        decode_compressed_response=True,
        before_record_request=keep,
    )
    with recorder.use_cassette(str(path), serializer="json"):
        sent.clear()  # vcrpy passed the recording's own requests through ``keep`` as it loaded
        yield sent


def _distinct(requests: list[Any]) -> list[Any]:
    """vcrpy passes a copy of each request through ``keep`` more than once as it matches
    it: one of each run of equal copies."""
    seen: list[Any] = []
    for request in requests:
        key = (request.method, request.uri, request.body)
        if not seen or key != (seen[-1].method, seen[-1].uri, seen[-1].body):
            seen.append(request)
    return seen


def _empty_listing(path: str) -> dict[str, Any]:
    listing = {
        "kind": "Listing",
        "data": {
            "after": None,
            "dist": 0,
            "modhash": None,
            "geo_filter": "",
            "children": [],
            "before": None,
        },
    }
    return {
        "request": {
            "body": None,
            "headers": {},
            "method": "GET",
            "uri": f"https://oauth.reddit.com{path}?limit=100&raw_json=1&sort=new",
        },
        "response": {
            "body": {"string": json.dumps(listing)},
            "headers": {"Content-Type": ["application/json; charset=UTF-8"]},
            "status": {"code": 200, "message": "OK"},
        },
    }


def _recorded_adapter(tmp_path: Path, username: str = "placeholder_username") -> RedditAdapter:
    settings = {
        "subreddit": "placeholder_test_subreddit",
        "client_id": "placeholder_client_id",
        "client_secret": "placeholder_client_secret",
        "username": username,
        "password": "placeholder_password",
    }
    return RedditAdapter("dept-reddit", settings, state_dir=tmp_path)


def test_a_gallery_as_reddit_answered_it(tmp_path: Path) -> None:
    adapter = _recorded_adapter(tmp_path)
    images = (PA, OBLIQUE, PA, OBLIQUE)  # the recording uploaded four
    post = _post(
        "Testing PRAW Gallery with Selftext\n\nTesting **PRAW** gallery submission *with markdown selftext*.",
        images=images,
    )
    with _replay(
        tmp_path,
        "TestSubreddit.test_submit_gallery__selftext",
        _empty_listing("/user/placeholder_username/submitted"),
    ) as played:
        result = adapter.send(post)
    assert result.remote_id == "t3_1khu9tf"
    assert result.url == "https://www.reddit.com/comments/1khu9tf/"
    played = _distinct(played)
    requests = [(r.method, r.path) for r in played]
    assert requests == [
        ("POST", "/api/v1/access_token"),
        ("GET", "/user/placeholder_username/submitted"),
        *[("POST", "/api/media/asset.json"), ("POST", "/")] * 4,
        ("POST", "/api/submit_gallery_post.json"),
    ]
    sent = json.loads(played[-1].body)
    assert [item["caption"] for item in sent["items"]] == [im.alt for im in images]
    assert sent["text"] == "Testing **PRAW** gallery submission *with markdown selftext*."
    adapter.close()


def test_a_comment_as_reddit_answered_it(tmp_path: Path) -> None:
    adapter = _recorded_adapter(tmp_path)
    post = _post("Test reply", kind="answer", reply_to=RemoteRef("t3_4b1tfm"))
    with _replay(
        tmp_path, "TestSubmission.test_reply", _empty_listing("/user/placeholder_username/comments")
    ) as played:
        result = adapter.send(post)
    assert result.remote_id == "t1_d162ara"
    assert "/comments/4b1tfm/" in result.url and result.url.endswith("/d162ara/")
    *_, comment = _distinct(played)
    assert (comment.method, comment.path) == ("POST", "/api/comment/")
    assert dict(parse_qsl(comment.body.decode())) == {
        "text": "Test reply",
        "thing_id": "t3_4b1tfm",
        "api_type": "json",
    }
    adapter.close()


def test_find_sent_reads_a_real_accounts_submissions(tmp_path: Path) -> None:
    """u/spez's newest submissions as reddit.com listed them: the newest is found by its
    title and body, and a post that is not among them is not."""
    recorded = json.loads(
        (CASSETTES / "TestRedditorListings.test_submissions__new.json").read_text()
    )
    listing = json.loads(recorded["interactions"][1]["response"]["body"]["string"])
    newest = listing["data"]["children"][0]["data"]
    adapter = _recorded_adapter(tmp_path, username="spez")
    adapter.subreddit_name = newest["subreddit"]
    first_try = datetime.fromtimestamp(newest["created_utc"], UTC).isoformat()
    post = _post(f"{newest['title']}\n\n{newest['selftext']}", prepared={"first_try": first_try})
    with _replay(tmp_path, "TestRedditorListings.test_submissions__new"):
        found = adapter.find_sent(post)
    assert found is not None and found.remote_id == newest["name"]
    assert found.url == f"https://www.reddit.com{newest['permalink']}"
    other = _post(f"{newest['title']}\n\nAnother body", prepared={"first_try": first_try})
    with _replay(tmp_path, "TestRedditorListings.test_submissions__new"):
        assert _recorded_adapter(tmp_path, username="spez").find_sent(other) is None


# The text the formatter makes for Reddit

CASE = CaseText(
    slug="msk-1",
    title="Wrist pain after a fall",
    history="Adult with wrist pain.",
    question="What is the diagnosis?",
    answer="Scaphoid waist fracture",
    explanation="A lucent line crosses the scaphoid waist.",
    teaching_points=("Repeat scaphoid views.", "MRI when in doubt."),
    hashtags=("#MedEd",),
    quiz_options=("Scaphoid fracture", "Normal"),
    quiz_correct=0,
    images=(ImageRef("a" * 64, "PA radiograph of the right wrist."),),
)


def test_the_reddit_prompt_has_a_title_markdown_paragraphs_and_options_in_the_text() -> None:
    [prompt] = render_case(
        CASE, hashtag="#FridayQuizDay", quiz=True, capabilities=CAPS, platform="reddit"
    ).prompt
    assert prompt.text == (
        "FridayQuizDay: Wrist pain after a fall\n\n"
        "Adult with wrist pain.\n\n"
        "What is the diagnosis?\n\n"
        "A) Scaphoid fracture\n\n"
        "B) Normal\n\n"
        "Image: PA radiograph of the right wrist."
    )
    assert prompt.poll is None and prompt.images[0].alt == "PA radiograph of the right wrist."


def test_the_reddit_answer_is_spoilered_paragraph_by_paragraph() -> None:
    [answer] = render_case(
        CASE, hashtag="#FridayQuizDay", quiz=True, capabilities=CAPS, platform="reddit"
    ).answer
    assert answer.text == (
        "Answer: FridayQuizDay Wrist pain after a fall\n\n"
        ">!Answer: A) Scaphoid fracture: Scaphoid waist fracture!<\n\n"
        ">!A lucent line crosses the scaphoid waist.!<\n\n"
        ">!Teaching points:!<\n\n"
        "• >!Repeat scaphoid views.!<\n\n"
        "• >!MRI when in doubt.!<"
    )


def test_a_long_title_is_cut_to_reddits_limit() -> None:
    case = CaseText(**{**CASE.__dict__, "title": "Wrist " * 80})
    [prompt] = render_case(
        case, hashtag="#MSKMonday", quiz=False, capabilities=CAPS, platform="reddit"
    ).prompt
    title = prompt.text.split("\n\n", 1)[0]
    assert len(title) <= 300 and title.endswith("…")
