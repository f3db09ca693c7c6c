"""Each adapter's counts, read through its real client library from its fake platform:
the requests sent (batches, fields asked for) and the snapshots stored, on SQLite and
on PostgreSQL."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import select

from publisher.adapters.base import Adapter, Counts, Poll, RejectedError, RemoteRef
from publisher.adapters.discord import DiscordAdapter
from publisher.adapters.linkedin import LinkedInAdapter
from publisher.adapters.telegram import TelegramAdapter
from publisher.config import load_settings
from publisher.metrics.collector import Collector, CollectReport
from publisher.store import Store
from publisher.store.models import Account, MetricSnapshot
from tests.adapters.fake_bluesky import BlueskyHarness, FakeAppView, bluesky_appview
from tests.adapters.fake_discord import CHANNEL_ID, DiscordHarness, rate_limited
from tests.adapters.fake_discord import Stored as DiscordStored
from tests.adapters.fake_facebook import FacebookHarness
from tests.adapters.fake_instagram import FakeInstagram, InstagramHarness
from tests.adapters.fake_linkedin import LinkedInHarness
from tests.adapters.fake_mastodon import MastodonHarness
from tests.adapters.fake_reddit import RedditHarness, Thing
from tests.adapters.fake_telegram import TelegramHarness
from tests.adapters.fake_x import FakeX, StoredPost
from tests.support.builders import outgoing_post
from tests.support.sent import sent_posts

# Sent an hour ago by the machine's clock: the fakes stamp posts and rate limits with it.
__all__ = ["bluesky_appview"]  # re-exported: pytest finds the fixture here by its name

SENT = datetime.now(UTC).replace(microsecond=0) - timedelta(hours=1, minutes=1)
OPTIONS = ("Scaphoid fracture", "Perilunate dislocation", "Normal", "Kienbock disease")


def collect(
    store: Store, adapter: Adapter, remote: list[str], *, meta: list[dict[str, str]] | None = None
) -> tuple[CollectReport, dict[str, dict[str, Any]]]:
    """The posts on record as sent an hour and a minute ago, their 1h snapshots taken;
    the report and the snapshots by remote id."""
    ids = sent_posts(
        store, account=adapter.account, adapter=adapter.name, remote_ids=remote, sent_at=SENT,
        meta=meta,
    )  # fmt: skip
    settings = load_settings(None, {})
    now = SENT + timedelta(hours=1, minutes=1)
    adapter.clock = lambda: now
    report = Collector(store, settings, now=lambda: now, adapter=lambda _: adapter).collect()
    by_post = dict(zip(ids, remote, strict=True))
    with store.session() as s:
        rows = s.scalars(select(MetricSnapshot).order_by(MetricSnapshot.id)).all()
        found = {by_post[r.post_id]: _row(r) for r in rows}
        assert all(r.label == "1h" and r.taken_at == now for r in rows)
    return report, found


def _row(row: MetricSnapshot) -> dict[str, Any]:
    names = ("likes", "reposts", "replies", "quotes", "views", "poll", "voters", "extra")
    found = {
        n: getattr(row, n) for n in names if getattr(row, n) is not None and getattr(row, n) != {}
    }
    return found if row.found else {"found": False, **found}


def waiting(store: Store, name: str) -> tuple[datetime | None, str | None]:
    with store.session() as s:
        account = s.scalar(select(Account).where(Account.name == name))
        assert account is not None
        return account.metrics_after, account.metrics_error


# X


def test_x_reads_public_and_private_counts_and_poll_votes_in_one_lookup(
    store: Store, x_harness: FakeX
) -> None:
    adapter = x_harness.adapter()
    first = adapter.send(outgoing_post("Case one #MSKMonday")).remote_id
    poll = adapter.send(outgoing_post("Vote: what is it?", poll=Poll(OPTIONS))).remote_id
    x_harness.set_counts(first, like_count=12, retweet_count=3, reply_count=2, quote_count=1,
                         bookmark_count=4, private={"impression_count": 950, "url_link_clicks": 7})  # fmt: skip
    x_harness.set_counts(poll, like_count=1, votes=[124, 50, 30, 10])
    report, found = collect(store, adapter, [first, poll, "1999999999999999999"])
    [lookup] = x_harness.requests_of("lookup")
    assert lookup.query["ids"] == f"{first},{poll},1999999999999999999"
    assert lookup.query["tweet.fields"].split(",") == [
        "public_metrics", "attachments", "non_public_metrics", "organic_metrics"
    ]  # fmt: skip
    assert lookup.query["expansions"] == "attachments.poll_ids"
    assert lookup.query["poll.fields"] == "options,voting_status"
    assert found[first] == {
        "likes": 12, "reposts": 3, "replies": 2, "quotes": 1, "views": 950,
        "extra": {"bookmarks": 4, "link_clicks": 7, "profile_clicks": 0},
    }  # fmt: skip
    assert found[poll]["poll"] == [124, 50, 30, 10] and found[poll]["likes"] == 1
    assert found["1999999999999999999"] == {"found": False}  # deleted or never there
    assert (report.taken, report.gone, report.calls) == (2, 1, 1)


def test_x_asks_again_with_the_public_counts_where_the_private_ones_are_refused(
    store: Store, x_harness: FakeX
) -> None:
    adapter = x_harness.adapter()
    post = adapter.send(outgoing_post("Case one #MSKMonday")).remote_id
    x_harness.set_counts(post, like_count=5, impression_count=300)
    x_harness.private_metrics = False  # an access level without non_public_metrics
    _, found = collect(store, adapter, [post])
    asked = [seen.query["tweet.fields"] for seen in x_harness.requests_of("lookup")]
    assert asked == [
        "public_metrics,attachments,non_public_metrics,organic_metrics",
        "public_metrics,attachments",
    ]
    assert found[post]["likes"] == 5 and found[post]["views"] == 300


def test_x_takes_100_ids_a_call(store: Store, x_harness: FakeX) -> None:
    now = datetime.now(UTC)
    ids = [str(1500000000000000000 + n) for n in range(230)]
    x_harness.posts += [StoredPost(id=i, text=f"post {i}", created_at=now) for i in ids]
    report, found = collect(store, x_harness.adapter(), ids)
    sizes = [len(seen.query["ids"].split(",")) for seen in x_harness.requests_of("lookup")]
    assert sizes == [100, 100, 30] and report.calls == 3
    assert len(found) == 230 and all(
        f
        == {
            "likes": 0,
            "reposts": 0,
            "replies": 0,
            "quotes": 0,
            "views": 0,
            "extra": {"bookmarks": 0, "link_clicks": 0, "profile_clicks": 0},
        }
        for f in found.values()
    )


def test_x_rate_limit_defers_the_accounts_collection_to_xs_reset(
    store: Store, x_harness: FakeX
) -> None:
    adapter = x_harness.adapter()
    post = adapter.send(outgoing_post("Case one #MSKMonday")).remote_id
    x_harness.fail_next("lookup", 429, retry_after_seconds=600)
    report, found = collect(store, adapter, [post])
    assert found == {} and report.calls == 1
    until, why = waiting(store, adapter.account)
    assert x_harness.last_reset is not None
    assert until == datetime.fromtimestamp(x_harness.last_reset, UTC)
    assert why is not None and why.startswith("rate limited: X rate limit reached")


# Mastodon


def test_mastodon_reads_20_statuses_a_call_on_4_3_and_later(
    store: Store, mastodon_harness: MastodonHarness
) -> None:
    fake = mastodon_harness.fake
    adapter = mastodon_harness.adapter()
    poll = adapter.send(outgoing_post("Vote #FridayQuizDay", poll=Poll(OPTIONS))).remote_id
    others = [fake.add_status(f"post {n}")["id"] for n in range(24)]
    fake.set_counts(poll, favourites=7, reblogs=2, replies=1, votes=[124, 50, 30, 10])
    fake.set_counts(others[0], favourites=3)
    fake.requests.clear()
    report, found = collect(store, adapter, [poll, *others, "1"])
    reads = [path.rstrip("/") for method, path in fake.requests if method == "GET"]
    assert reads == ["/api/v2/instance", "/api/v1/statuses", "/api/v1/statuses"]
    assert fake.status_reads == [[poll, *others[:19]], [*others[19:], "1"]]
    assert report.calls == 2
    assert found[poll] == {
        "likes": 7,
        "reposts": 2,
        "replies": 1,
        "poll": [124, 50, 30, 10],
        "voters": 214,
    }
    assert found[others[0]] == {"likes": 3, "reposts": 0, "replies": 0}
    assert found["1"] == {"found": False}
    assert (report.taken, report.gone) == (25, 1)


def test_mastodon_reads_one_status_at_a_time_before_4_3(
    store: Store, mastodon_harness: MastodonHarness
) -> None:
    fake = mastodon_harness.fake
    fake.version = "4.2.10"
    ids = [fake.add_status(f"post {n}")["id"] for n in range(3)]
    fake.set_counts(ids[1], reblogs=4)
    fake.requests.clear()
    _, found = collect(store, mastodon_harness.adapter(), [*ids, "2"])
    reads = [path.rstrip("/") for method, path in fake.requests if method == "GET"]
    assert reads == ["/api/v2/instance", *[f"/api/v1/statuses/{i}" for i in [*ids, "2"]]]
    assert found[ids[1]]["reposts"] == 4 and found["2"] == {"found": False}


def test_mastodon_rate_limit_defers_collection_to_the_servers_reset(
    store: Store, mastodon_harness: MastodonHarness
) -> None:
    fake = mastodon_harness.fake
    status = fake.add_status("post")["id"]
    reset = fake.rate_limit_next("GET", "/api/v1/statuses", 240)
    report, found = collect(store, mastodon_harness.adapter(), [status])
    assert found == {} and report.waiting
    until, why = waiting(store, "dept-mastodon")
    assert until == reset and why == "rate limited: Mastodon's rate limit is reached"


# Bluesky


def test_bluesky_reads_25_posts_a_call_from_the_public_appview_without_logging_in(
    store: Store, bluesky_harness: BlueskyHarness, bluesky_appview: FakeAppView
) -> None:
    adapter = bluesky_harness.adapter(appview=bluesky_appview.url)
    uris = [
        adapter.send(outgoing_post(f"Case {n} #MSKMonday", post_id=n)).remote_id for n in range(30)
    ]
    bluesky_appview.set_counts(uris[0], likes=40, reposts=6, replies=3, quotes=2)
    logins = bluesky_harness.pds.count("com.atproto.server.createSession")
    missing = uris[0].rsplit("/", 1)[0] + "/3zzzzzzzzzzzz"
    report, found = collect(store, adapter, [*uris, missing])
    assert bluesky_appview.asked == [uris[:25], [*uris[25:], missing]]
    assert all("authorization" not in call.headers for call in bluesky_appview.calls)
    assert bluesky_harness.pds.count("com.atproto.server.createSession") == logins
    assert found[uris[0]] == {"likes": 40, "reposts": 6, "replies": 3, "quotes": 2}
    assert found[uris[1]] == {"likes": 0, "reposts": 0, "replies": 0, "quotes": 0}
    assert found[missing] == {"found": False}
    assert (report.calls, report.taken, report.gone) == (2, 30, 1)


def test_bluesky_rate_limit_defers_collection_to_the_appviews_reset(
    store: Store, bluesky_harness: BlueskyHarness, bluesky_appview: FakeAppView
) -> None:
    adapter = bluesky_harness.adapter(appview=bluesky_appview.url)
    uri = adapter.send(outgoing_post("Case #MSKMonday")).remote_id
    reset = bluesky_appview.rate_limit_next(900)
    report, found = collect(store, adapter, [uri])
    assert found == {} and report.calls == 1
    until, why = waiting(store, "dept-bluesky")
    assert until == datetime.fromtimestamp(reset, UTC)
    assert why == "rate limited: Bluesky rate limit: RateLimitExceeded: Rate Limit Exceeded"


# Reddit

FIRST_TRY = {"first_try": datetime.now(UTC).isoformat()}


def test_reddit_reads_scores_and_comments_100_fullnames_a_call(
    store: Store, reddit_harness: RedditHarness
) -> None:
    fake = reddit_harness.fake
    adapter = reddit_harness.adapter()
    post = adapter.send(outgoing_post("Wrist pain\n\nDiagnosis?", prepared=FIRST_TRY)).remote_id
    answer = adapter.send(outgoing_post(">!Scaphoid fracture!<", post_id=8, kind="answer",
                                        reply_to=RemoteRef(post), prepared=FIRST_TRY)).remote_id  # fmt: skip
    fake.set_counts(post, score=57, comments=9, ratio=0.93)
    fake.set_counts(answer, score=-2)
    more = []
    for n in range(120):
        thing = Thing({"id": f"zz{n}", "name": f"t3_zz{n}", "title": "t", "selftext": ""}, "t3")
        fake.things.append(thing)
        more.append(thing.data["name"])
    fake.received.clear()
    report, found = collect(store, adapter, [post, answer, *more, "t3_gone1"])
    asked = [r.query["id"].split(",") for r in fake.received if r.path == "/api/info"]
    assert [len(ids) for ids in asked] == [100, 23] and asked[0][:2] == [post, answer]
    assert found[post] == {"likes": 57, "replies": 9, "extra": {"score": 57, "upvote_ratio": 0.93}}
    assert found[answer] == {"likes": 0, "extra": {"score": -2}}
    assert found["t3_gone1"] == {"found": False}
    assert (report.calls, report.taken, report.gone) == (2, 122, 1)


def test_reddit_rate_limit_defers_collection_by_the_reset_seconds(
    store: Store, reddit_harness: RedditHarness
) -> None:
    adapter = reddit_harness.adapter()
    post = adapter.send(outgoing_post("Wrist pain\n\nDiagnosis?", prepared=FIRST_TRY)).remote_id
    reddit_harness.fake.fail_next("info", 429, {"message": "Too Many Requests", "error": 429},
                                  {"x-ratelimit-reset": "120", "x-ratelimit-remaining": "0", "x-ratelimit-used": "100"})  # fmt: skip
    report, found = collect(store, adapter, [post])
    until, why = waiting(store, adapter.account)
    assert found == {} and report.calls == 1 and until == SENT + timedelta(hours=1, minutes=3)
    assert why is not None and why.startswith("rate limited: Reddit's rate limit is reached")


# Telegram


def test_telegram_gives_no_counts_so_nothing_is_asked(
    store: Store, telegram_harness: TelegramHarness
) -> None:
    adapter = telegram_harness.adapter()
    message = adapter.send(outgoing_post("Case #MSKMonday")).remote_id
    calls = len(telegram_harness.fake.calls)
    report, found = collect(store, adapter, [message])
    assert found == {} and report.unsupported == ["dept-telegram"] and report.calls == 0
    assert len(telegram_harness.fake.calls) == calls


def test_telegram_reads_its_quiz_by_closing_it(telegram_harness: TelegramHarness) -> None:
    adapter = telegram_harness.adapter()
    quiz = Poll(OPTIONS, correct=0, explanation="A lucent line crosses the waist.")
    sent = adapter.send(outgoing_post("Vote: what is the diagnosis?", poll=quiz))
    telegram_harness.fake.set_votes(int(sent.remote_id), [30, 9, 4, 1])
    counts = adapter.read_poll(RemoteRef(sent.remote_id, sent.url, sent.meta))
    assert counts == Counts(poll=(30, 9, 4, 1), voters=44)
    [stop] = [c for c in telegram_harness.fake.calls if c.method == "stopPoll"]
    assert stop.params == {"chat_id": sent.meta["chat_id"], "message_id": sent.remote_id}
    with pytest.raises(RejectedError, match="Poll has already been closed"):
        adapter.read_poll(RemoteRef(sent.remote_id, sent.url, sent.meta))
    assert TelegramAdapter.reads_polls({}) is True


# Discord


def test_discord_reads_a_threads_reactions_and_poll_in_one_listing(
    store: Store, discord_harness: DiscordHarness
) -> None:
    fake = discord_harness.fake
    adapter = discord_harness.adapter()
    prompt = adapter.send(outgoing_post("#MSKMonday Wrist pain after a fall", prepared=FIRST_TRY))
    poll = adapter.send(outgoing_post("Vote: what is it?", post_id=8, part=2, parts=2, poll=Poll(OPTIONS),
                                      reply_to=RemoteRef(prompt.remote_id, prompt.url, prompt.meta),
                                      prepared=FIRST_TRY))  # fmt: skip
    fake.set_counts(prompt.remote_id, reactions={"👍": 5, "🧠": 2})
    fake.set_counts(poll.remote_id, reactions={}, votes=[3, 1, 0, 0])
    fake.bot_reads.clear()
    fake.bot_queries.clear()
    _, found = collect(
        store,
        adapter,
        [prompt.remote_id, poll.remote_id],
        meta=[dict(prompt.meta), dict(poll.meta)],
    )
    assert fake.bot_reads == [f"/api/channels/{prompt.remote_id}/messages"]  # the case's thread
    assert fake.bot_queries == [{"limit": "100", "after": str(int(prompt.remote_id) - 1)}]
    assert found[prompt.remote_id] == {"likes": 7}
    assert found[poll.remote_id] == {"likes": 0, "poll": [3, 1, 0, 0]}


def test_discord_pages_through_a_busy_channel_100_messages_a_call(
    store: Store, discord_harness: DiscordHarness
) -> None:
    fake = discord_harness.fake
    fake.forum = False
    adapter = discord_harness.adapter(forum=False)
    ours = []
    for n in range(230):  # ours are every tenth message of a busy channel
        message = fake._message(fake._snowflake(), CHANNEL_ID, {"content": f"m{n}"}, [])
        fake.stored.append(DiscordStored(message))
        if n % 10 == 0:
            ours.append(message["id"])
    fake.bot_reads.clear()
    fake.bot_queries.clear()
    report, found = collect(store, adapter, ours)
    assert fake.bot_reads == [f"/api/channels/{CHANNEL_ID}/messages"] * 3
    afters = [int(q["after"]) for q in fake.bot_queries]
    assert afters[0] == int(ours[0]) - 1 and afters == sorted(set(afters))
    assert sorted(found) == sorted(ours) and report.taken == 23


def test_discord_without_a_bot_reads_nothing(store: Store, discord_harness: DiscordHarness) -> None:
    adapter = discord_harness.adapter(bot_token=None)
    prompt = adapter.send(outgoing_post("#MSKMonday Wrist pain after a fall", prepared=FIRST_TRY))
    requests_before = len(discord_harness.fake.bot_reads)
    report, found = collect(store, adapter, [prompt.remote_id], meta=[dict(prompt.meta)])
    assert found == {} and report.unsupported == ["dept-discord"]
    assert len(discord_harness.fake.bot_reads) == requests_before
    assert DiscordAdapter.reads_polls({}) is False and DiscordAdapter.reads_polls(
        {"bot_token": "x"}
    )


def test_discord_rate_limit_defers_collection_by_the_seconds_in_the_body(
    store: Store, discord_harness: DiscordHarness
) -> None:
    adapter = discord_harness.adapter()
    prompt = adapter.send(outgoing_post("#MSKMonday Wrist pain after a fall", prepared=FIRST_TRY))
    discord_harness.fake.fail_next("read", rate_limited(42.5))
    _, found = collect(store, adapter, [prompt.remote_id], meta=[dict(prompt.meta)])
    until, why = waiting(store, "dept-discord")
    assert found == {} and until == SENT + timedelta(hours=1, minutes=1, seconds=42.5)
    assert why == "rate limited: Discord rate limit: You are being rate limited."


# Instagram and Facebook (Meta's Graph API)


def _ig_media(fake: FakeInstagram, count: int) -> list[str]:
    ids = []
    for n in range(count):
        media = {"id": fake.new_id(), "caption": f"case {n}", "media_type": "IMAGE",
                 "timestamp": "2026-12-04T14:00:03+0000", "permalink": f"https://www.instagram.com/p/C{n}/"}  # fmt: skip
        fake.media.append(media)
        ids.append(media["id"])
    return ids


def test_instagram_reads_likes_comments_and_insights_50_ids_a_call(
    store: Store, instagram_harness: InstagramHarness
) -> None:
    fake = instagram_harness.fake
    media = _ig_media(fake, 60)
    comment = {"id": fake.new_id(), "text": "Answer: scaphoid", "timestamp": "2026-12-05T14:00:00+0000",
               "from": {"id": "1", "username": "radcases"}, "parent_id": None}  # fmt: skip
    fake.comments[media[0]] = [comment]
    fake.counts[media[0]] = {"like_count": 31, "comments_count": 4,
                             "insights": {"views": 900, "reach": 610, "saved": 12, "shares": 3}}  # fmt: skip
    fake.counts[comment["id"]] = {"like_count": 2}
    gone = "17999999999999999"
    refs = [*media, gone, comment["id"]]
    metas = [{"kind": "media"}] * 61 + [
        {"kind": "comment", "top": comment["id"], "media": media[0]}
    ]
    report, found = collect(store, instagram_harness.adapter(), refs, meta=metas)
    reads = [(len(ids), fields) for ids, fields in fake.multi_reads]
    full = "like_count,comments_count,insights.metric(views,reach,saved,shares)"
    # The second batch names a post that is gone: Graph refuses it whole; the rest is asked again.
    assert reads == [(50, full), (11, full), (10, full), (1, "like_count")]
    assert found[media[0]] == {"likes": 31, "replies": 4, "views": 900,
                               "extra": {"reach": 610, "saved": 12, "shares": 3}}  # fmt: skip
    assert found[media[1]]["likes"] == 0
    assert found[comment["id"]] == {"likes": 2}
    assert found[gone] == {"found": False}
    assert (report.taken, report.gone) == (61, 1)


def test_instagram_without_the_insights_permission_reads_likes_and_comments(
    store: Store, instagram_harness: InstagramHarness
) -> None:
    fake = instagram_harness.fake
    fake.insights_allowed = False
    [media] = _ig_media(fake, 1)
    fake.counts[media] = {"like_count": 8}
    adapter = instagram_harness.adapter()
    _, found = collect(store, adapter, [media], meta=[{"kind": "media"}])
    assert [fields for _, fields in fake.multi_reads] == [
        "like_count,comments_count,insights.metric(views,reach,saved,shares)",
        "like_count,comments_count",
    ]
    assert found[media] == {"likes": 8, "replies": 0}


def test_facebook_reads_reactions_comments_shares_and_reach(
    store: Store, facebook_harness: FacebookHarness
) -> None:
    fake = facebook_harness.fake
    adapter = facebook_harness.adapter()
    post = adapter.send(outgoing_post("#MSKMonday Wrist pain after a fall")).remote_id
    answer = adapter.send(outgoing_post("Answer: scaphoid", post_id=8, kind="answer",
                                        reply_to=RemoteRef(post, meta={"kind": "post"}))).remote_id  # fmt: skip
    fake.set_counts(post, reactions=44, comments=6, shares=3, reach=1200)
    fake.counts[answer] = {"like_count": 5, "comment_count": 1}
    _, found = collect(
        store, adapter, [post, answer], meta=[{"kind": "post"}, {"kind": "comment", "top": answer}]
    )
    assert [(ids, fields) for ids, fields in fake.multi_reads] == [
        ([post], "reactions.summary(total_count).limit(0),comments.summary(total_count).limit(0),"
                 "shares,insights.metric(post_impressions_unique)"),
        ([answer], "like_count,comment_count"),
    ]  # fmt: skip
    assert found[post] == {"likes": 44, "reposts": 3, "replies": 6, "views": 1200}
    assert found[answer] == {"likes": 5, "replies": 1}


def test_graph_throttling_defers_collection_by_the_usage_headers_minutes(
    store: Store, facebook_harness: FacebookHarness
) -> None:
    adapter = facebook_harness.adapter()
    post = adapter.send(outgoing_post("#MSKMonday Wrist pain after a fall")).remote_id
    facebook_harness.fake.fail_next("GET ", 429, retry_after_seconds=600)
    _, found = collect(store, adapter, [post], meta=[{"kind": "post"}])
    until, why = waiting(store, "dept-facebook")
    assert found == {} and until == SENT + timedelta(hours=1, minutes=11)
    assert why is not None and why.startswith("rate limited: Facebook rate limit")


# LinkedIn


def test_linkedin_reads_an_organizations_reactions_and_comments_in_one_batch_get(
    store: Store, linkedin_harness: LinkedInHarness
) -> None:
    fake = linkedin_harness.fake
    adapter = linkedin_harness.adapter()
    post = adapter.send(outgoing_post("#MSKMonday Wrist pain after a fall"))
    answer = adapter.send(outgoing_post("Answer: scaphoid", post_id=8, kind="answer",
                                        reply_to=RemoteRef(post.remote_id, post.url, post.meta),
                                        created_at=datetime.now(UTC)))  # fmt: skip
    fake.set_counts(post.remote_id, reactions={"LIKE": 20, "PRAISE": 4, "INTEREST": 1}, comments=3)
    fake.set_counts(answer.remote_id, reactions={"LIKE": 2}, comments=0)
    gone = "urn:li:share:7266000000000009999"
    refs = [post.remote_id, answer.remote_id, gone]
    report, found = collect(store, adapter, refs, meta=[dict(post.meta), dict(answer.meta), {}])
    assert fake.batch_reads == [refs]  # the comment's URN, commas and all, survives the List()
    [(_, _, headers, _)] = [r for r in fake.requests if r[1] == "/rest/socialMetadata"]
    assert headers["x-restli-method"] == "BATCH_GET" and headers["linkedin-version"] == "202609"
    assert found[post.remote_id] == {"likes": 25, "replies": 3}
    assert found[answer.remote_id] == {"likes": 2, "replies": 0}
    assert found[gone] == {"found": False}
    assert (report.taken, report.gone) == (2, 1)


def test_linkedin_reads_a_polls_votes_from_the_poll_post(linkedin_harness: LinkedInHarness) -> None:
    adapter = linkedin_harness.adapter()
    poll = adapter.send(outgoing_post("Vote: what is the diagnosis?", poll=Poll(OPTIONS)))
    linkedin_harness.fake.set_votes(poll.remote_id, [21, 8, 2, 1])
    assert adapter.read_poll(RemoteRef(poll.remote_id)) == Counts(poll=(21, 8, 2, 1), voters=32)
    assert LinkedInAdapter.reads_polls({"author": "urn:li:organization:1"})
    assert not LinkedInAdapter.reads_polls({"author": "urn:li:person:abc"})
    assert not LinkedInAdapter.reads_polls({"author": "urn:li:organization:1", "polls": False})


def test_a_linkedin_member_reads_no_counts(store: Store, linkedin_harness: LinkedInHarness) -> None:
    linkedin_harness.fake.author = "urn:li:person:782bbtaQ"
    adapter = linkedin_harness.adapter()
    post = adapter.send(outgoing_post("#MSKMonday Wrist pain after a fall"))
    report, found = collect(store, adapter, [post.remote_id])
    assert found == {} and report.unsupported == ["dept-linkedin"]
    assert not [r for r in linkedin_harness.fake.requests if r[1] == "/rest/socialMetadata"]
