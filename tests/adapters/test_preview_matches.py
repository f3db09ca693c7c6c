"""Preview equals sent: per platform, the parts `publisher preview` shows are, byte for
byte, what the engine's adapter put on the fake platform.

The real flow end to end: a case folder is imported and approved, ``plan`` renders
its posts for an account pointing at the fake platform (secrets as ``${ENV}``
references), ``preview`` reads them back, and the engine dispatches them at the
slot time and at the answer time on a simulated clock.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from publisher.cases.importing import import_paths
from publisher.cases.review import approve_case
from publisher.clock import SimulatedClock
from publisher.config import Settings, load_settings
from publisher.dispatch.dispatcher import Dispatcher
from publisher.schedule.preview import PreviewPost, preview
from publisher.schedule.writing import plan
from publisher.store import Store
from tests.adapters import (
    fake_bluesky,
    fake_discord,
    fake_facebook,
    fake_instagram,
    fake_linkedin,
    fake_mastodon,
    fake_reddit,
    fake_telegram,
    fake_webhook,
    fake_x,
)
from tests.adapters.harness import SentRecord
from tests.conftest import QUIZ, write_case
from tests.support.s3 import MEDIA_ENV, media_table

# Thursday 3 December 2026, 08:00 in New York; the quiz slot is Friday 09:00 (14:00 UTC)
# and its answer follows 24 hours later.
START = datetime(2026, 12, 3, 13, 0, tzinfo=UTC)
SLOT = datetime(2026, 12, 4, 14, 0, tzinfo=UTC)
ANSWER_AT = SLOT + timedelta(hours=24)

SHORT_HISTORY = "Adult with wrist pain after a fall on an outstretched hand."
# Long enough that X (280) and Bluesky (300) need a thread for the prompt.
LONG_HISTORY = (
    "Adult with wrist pain after a fall on an outstretched hand while playing football. "
    "There is tenderness in the anatomical snuffbox and pain on axial loading of the thumb. "
    "The first radiographs were read as normal and a splint was applied. The pain persisted, "
    "so dedicated scaphoid views were obtained for a second look."
)

CONFIG = """
[schedule]
timezone = "America/New_York"
misfire_grace = "1h"

[[themes]]
weekday = "friday"
hashtag = "#FridayQuizDay"
time = "09:00"
answer_after = "24h"
quiz = true

[accounts.{account}]
{table}
"""

Account = tuple[str, dict[str, str]]  # the account's config table, and its environment


def _webhook(harness: Any) -> Account:
    table = f'adapter = "webhook"\nurl = "{harness.hook_url}"\ntoken = "${{HOOK_TOKEN}}"'
    return table, {"HOOK_TOKEN": fake_webhook.TOKEN}


def _x(harness: Any) -> Account:
    # The default api_base_url is where the X fake answers the media endpoints.
    names = sorted(fake_x.CREDENTIALS)
    table = "\n".join(['adapter = "x"', *(f'{n} = "${{X_{n.upper()}}}"' for n in names)])
    return table, {f"X_{n.upper()}": fake_x.CREDENTIALS[n] for n in names}


def _mastodon(harness: Any) -> Account:
    table = (
        f'adapter = "mastodon"\napi_base_url = "{harness.fake.base_url}"\n'
        'access_token = "${MASTODON_TOKEN}"'
    )
    return table, {"MASTODON_TOKEN": fake_mastodon.TOKEN}


def _bluesky(harness: Any) -> Account:
    table = (
        f'adapter = "bluesky"\nservice = "{harness.pds.url}"\n'
        f'handle = "{fake_bluesky.HANDLE}"\napp_password = "${{BSKY_APP_PASSWORD}}"'
    )
    return table, {"BSKY_APP_PASSWORD": fake_bluesky.APP_PASSWORD}


def _reddit(harness: Any) -> Account:
    table = (
        f'adapter = "reddit"\nsubreddit = "{fake_reddit.SUBREDDIT}"\n'
        f'client_id = "{fake_reddit.CLIENT_ID}"\nclient_secret = "${{REDDIT_CLIENT_SECRET}}"\n'
        f'username = "{fake_reddit.USERNAME}"\npassword = "${{REDDIT_PASSWORD}}"\n'
        f'oauth_url = "{harness.fake.base_url}"\nreddit_url = "{harness.fake.base_url}"\nspoiler = true'
    )
    env = {
        "REDDIT_CLIENT_SECRET": fake_reddit.CLIENT_SECRET,
        "REDDIT_PASSWORD": fake_reddit.PASSWORD,
    }
    return table, env


def _telegram(harness: Any) -> Account:
    table = (
        f'adapter = "telegram"\nbot_token = "${{TELEGRAM_BOT_TOKEN}}"\nchat_id = "@radcases"\n'
        f'api_base_url = "{harness.fake.base_url}"'
    )
    return table, {"TELEGRAM_BOT_TOKEN": fake_telegram.TOKEN}


def _discord(harness: Any) -> Account:
    table = 'adapter = "discord"\nurl = "${DISCORD_WEBHOOK_URL}"\nforum = true\nbot_token = "${DISCORD_BOT_TOKEN}"'
    env = {
        "DISCORD_WEBHOOK_URL": harness.fake.webhook_url,
        "DISCORD_BOT_TOKEN": fake_discord.BOT_TOKEN,
    }
    return table, env


def _instagram(harness: Any) -> Account:
    # Instagram as it is: JPEG only, fetched from the media store on moto.
    harness.fake.jpeg_only = True
    table = (
        f'adapter = "instagram"\nig_user_id = "{fake_instagram.USER_ID}"\n'
        f'access_token = "${{IG_TOKEN}}"\napi_base_url = "{harness.fake.base_url}"\n\n'
        + media_table(harness.s3.endpoint, harness.bucket)
    )
    return table, {"IG_TOKEN": fake_instagram.TOKEN, **MEDIA_ENV}


def _facebook(harness: Any) -> Account:
    table = (
        f'adapter = "facebook"\npage_id = "{fake_facebook.PAGE_ID}"\n'
        f'access_token = "${{FB_TOKEN}}"\napi_base_url = "{harness.fake.base_url}"'
    )
    return table, {"FB_TOKEN": fake_facebook.TOKEN}


def _linkedin(harness: Any) -> Account:
    table = (
        f'adapter = "linkedin"\nauthor = "{harness.fake.author}"\n'
        f'access_token = "${{LI_TOKEN}}"\napi_base_url = "{harness.fake.base_url}"'
    )
    return table, {"LI_TOKEN": fake_linkedin.TOKEN}


ACCOUNTS: dict[str, Callable[[Any], Account]] = {
    "webhook": _webhook,
    "x": _x,
    "mastodon": _mastodon,
    "bluesky": _bluesky,
    "reddit": _reddit,
    "telegram": _telegram,
    "discord": _discord,
    "instagram": _instagram,
    "facebook": _facebook,
    "linkedin": _linkedin,
}


def _settings(tmp_path: Path, platform: str, harness: Any) -> tuple[Settings, dict[str, str]]:
    table, env = ACCOUNTS[platform](harness)
    path = tmp_path / "config.toml"
    path.write_text(CONFIG.format(account=f"dept-{platform}", table=table), encoding="utf-8")
    env = {**env, "PUBLISHER_STATE_DIR": str(tmp_path / "state")}
    return load_settings(path, env), env


def _plan_the_quiz(store: Store, settings: Settings, tmp_path: Path) -> None:
    """Import one quiz case with a long history, approve it, plan the week."""
    folder = write_case(tmp_path / "cases", "msk-quiz-1", tail=QUIZ)
    toml = folder / "case.toml"
    toml.write_text(toml.read_text().replace(SHORT_HISTORY, LONG_HISTORY), encoding="utf-8")
    [result] = import_paths(store, [tmp_path / "cases"], now=START)
    assert result.result == "imported", result.reason
    with store.session() as session:
        approve_case(session, "msk-quiz-1", by="reviewer", now=START)
    report = plan(store, settings, now=START, weeks=1)
    assert report.problems == []


def _dispatch(store: Store, settings: Settings, env: dict[str, str]) -> None:
    """Send at the slot time, then at the answer time; every post must go out."""
    clock = SimulatedClock(START)
    engine = Dispatcher(store, settings, clock=clock, env=env, on_event=lambda event: None)
    try:
        for moment in (SLOT, ANSWER_AT):
            clock.advance_to(moment)
            events = engine.dispatch()
            assert {(e.state, e.error) for e in events} == {("sent", None)}
    finally:
        engine.stop()


# What each platform's posts of this case must show, so that no comparison below is
# vacuous: the image, the poll where there are polls, the content warning where there
# are spoilers, and a prompt thread where one post cannot hold it all (the long history
# on X and Bluesky; on Mastodon a poll that may not ride with the image).
FEATURES = {
    "webhook": {"images", "poll", "spoiler"},
    "x": {"images", "poll", "thread"},
    "mastodon": {"images", "poll", "spoiler", "thread"},
    "bluesky": {"images", "thread"},
    # The community platforms: the answer's spoiler is markup in the text, and the quiz is
    # a poll in its own message (Telegram's a native quiz) or, on Reddit, options in the text.
    "reddit": {"images", "inline spoiler"},
    "telegram": {"images", "poll", "inline spoiler", "thread"},
    "discord": {"images", "poll", "inline spoiler", "thread"},
    "instagram": {"images"},
    "facebook": {"images"},
    "linkedin": {"images", "poll", "thread"},  # the poll is a post of its own after the image
}
# Where a post carries no alt text of its own, the formatter wrote it into the text, which
# is compared byte for byte: Telegram's photos, and Reddit's single-image posts.
NO_ALT_FIELD = {"telegram"}
# A webhook cannot reply: a Discord post follows in its thread, whose id is the first post's.
REPLIES_TO_THREAD = {"discord"}


@pytest.mark.parametrize("platform", sorted(ACCOUNTS))
def test_the_preview_is_what_the_platform_received(
    store: Store, tmp_path: Path, request: pytest.FixtureRequest, platform: str
) -> None:
    harness = request.getfixturevalue(f"{platform}_harness")
    settings, env = _settings(tmp_path, platform, harness)
    _plan_the_quiz(store, settings, tmp_path)
    shown = preview(store, settings, first=SLOT.date(), last=ANSWER_AT.date())
    assert _features(shown) == FEATURES[platform]

    _dispatch(store, settings, env)

    received = harness.sent()
    assert [_as_received(record) for record in received] == [
        _as_shown(part, platform) for part in shown
    ]
    targets = _reply_targets(shown, received, to_thread=platform in REPLIES_TO_THREAD)
    if platform == "linkedin":  # its polls carry no media: the poll is a post, not a reply
        targets = [
            None if part.poll else target for part, target in zip(shown, targets, strict=True)
        ]
    assert [record.reply_to for record in received] == targets
    if platform == "instagram":  # each image URL it was given served the fitted bytes
        fetched = [hashlib.sha256(data).hexdigest() for _, data in harness.fake.fetched]
        assert fetched == [image.sha256 for part in shown for image in part.images]
    if platform == "telegram":  # the caption and the quiz's question have their own limits
        assert [(part.limit, part.fits) for part in shown] == [
            (1024, True),
            (300, True),
            (4096, True),
        ]
    if platform == "telegram":  # the native quiz: its correct option and explanation as shown
        [quiz] = [part.poll for part in shown if part.poll]
        [call] = [call for call in harness.fake.calls if call.method == "sendPoll"]
        assert json.loads(call.params["correct_option_ids"]) == [quiz["correct"]]
        assert call.params["explanation"] == quiz["explanation"] != ""


def _features(shown: list[PreviewPost]) -> set[str]:
    found = {
        "images": any(part.images for part in shown),
        "poll": any(part.poll for part in shown),
        "spoiler": any(part.spoiler for part in shown),
        "thread": any(part.kind == "prompt" and part.parts > 1 for part in shown),
        "inline spoiler": any(
            markup in part.text for part in shown for markup in (">!", "||", "<tg-spoiler>")
        ),
    }
    return {name for name, present in found.items() if present}


def _as_shown(part: PreviewPost, platform: str) -> dict[str, Any]:
    """One preview part in the terms the platform records; text as UTF-8 bytes."""
    no_alt = platform in NO_ALT_FIELD or (platform == "reddit" and len(part.images) == 1)
    return {
        "text": part.text.encode(),
        "spoiler": part.spoiler.encode() if part.spoiler else None,
        "alts": [] if no_alt else [image.alt for image in part.images],
        "images": [image.sha256 for image in part.images],
        "poll": part.poll["options"] if part.poll else None,
    }


def _as_received(record: SentRecord) -> dict[str, Any]:
    """What the platform received, parsed from the requests the client library sent."""
    return {
        "text": record.text.encode(),
        "spoiler": record.spoiler.encode() if record.spoiler else None,
        "alts": record.alts,
        "images": [hashlib.sha256(data).hexdigest() for data in record.media_bytes],
        "poll": record.poll_options,
    }


def _reply_targets(
    shown: list[PreviewPost], received: list[SentRecord], *, to_thread: bool = False
) -> list[str | None]:
    """The remote id each part must reply to: the one the preview's ``reply_to`` became
    (or, ``to_thread``, the first post of its thread)."""
    position = {part.id: n for n, part in enumerate(shown)}
    by_id = {part.id: part for part in shown}
    targets: list[str | None] = []
    for part in shown:
        target = part.reply_to
        while to_thread and target is not None and by_id[target].reply_to is not None:
            target = by_id[target].reply_to
        targets.append(None if target is None else received[position[target]].remote_id)
    return targets
