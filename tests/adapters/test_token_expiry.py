"""Tokens that expire: `accounts check` reads when (Meta's debug_token, LinkedIn's
introspection) and keeps the moment, never the token; `status` warns a week ahead."""

from __future__ import annotations

import logging
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select, text

from publisher.accounts.check import check_accounts
from publisher.config import load_settings
from publisher.store import Store
from publisher.store.models import Account
from publisher.store.reports import status
from tests.adapters import fake_facebook, fake_instagram, fake_linkedin
from tests.adapters.fake_facebook import FacebookHarness
from tests.adapters.fake_instagram import InstagramHarness
from tests.adapters.fake_linkedin import LinkedInHarness
from tests.conftest import run
from tests.support.s3 import MEDIA_ENV, SECRET_KEY, media_table

NOW = datetime.now(UTC).replace(microsecond=0)


def _config(tmp_path: Path, ig: InstagramHarness, fb: FacebookHarness, li: LinkedInHarness) -> Path:
    path = tmp_path / "config.toml"
    path.write_text(
        media_table(ig.s3.endpoint, ig.bucket)
        + f"""
[accounts.dept-instagram]
adapter = "instagram"
ig_user_id = "{fake_instagram.USER_ID}"
access_token = "${{IG_TOKEN}}"
api_base_url = "{ig.fake.base_url}"

[accounts.dept-facebook]
adapter = "facebook"
page_id = "{fake_facebook.PAGE_ID}"
access_token = "${{FB_TOKEN}}"
api_base_url = "{fb.fake.base_url}"

[accounts.dept-linkedin]
adapter = "linkedin"
author = "{fake_linkedin.ORGANIZATION}"
access_token = "${{LI_TOKEN}}"
client_id = "{fake_linkedin.CLIENT_ID}"
client_secret = "${{LI_CLIENT_SECRET}}"
api_base_url = "{li.fake.base_url}"
oauth_base_url = "{li.fake.base_url}"
""",
        encoding="utf-8",
    )
    return path


SECRETS = {
    "IG_TOKEN": fake_instagram.TOKEN,
    "FB_TOKEN": fake_facebook.TOKEN,
    "LI_TOKEN": fake_linkedin.TOKEN,
    "LI_CLIENT_SECRET": fake_linkedin.CLIENT_SECRET,
    **MEDIA_ENV,
}


@pytest.fixture
def three(
    instagram_harness: InstagramHarness,
    facebook_harness: FacebookHarness,
    linkedin_harness: LinkedInHarness,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> tuple[Path, InstagramHarness, FacebookHarness, LinkedInHarness]:
    for name, value in SECRETS.items():
        monkeypatch.setenv(name, value)
    instagram_harness.fake.token_expires_at = NOW + timedelta(days=5)
    facebook_harness.fake.token_expires_at = None  # a Page token from a long-lived user token
    linkedin_harness.fake.token_expires_at = NOW + timedelta(days=40)
    return (
        _config(tmp_path, instagram_harness, facebook_harness, linkedin_harness),
        instagram_harness,
        facebook_harness,
        linkedin_harness,
    )


def test_check_says_when_each_token_expires_and_keeps_only_the_moment(
    three: tuple[Path, InstagramHarness, FacebookHarness, LinkedInHarness],
    tmp_path: Path,
    caplog: pytest.LogCaptureFixture,
) -> None:
    config = three[0]
    settings = load_settings(config, {})
    store = Store(f"sqlite:///{tmp_path / 'db.sqlite'}")
    caplog.set_level(logging.DEBUG)
    results = {r.account: r for r in check_accounts(store, settings, now=NOW)}
    assert all(r.ok for r in results.values()), [r.detail for r in results.values()]
    ig_expiry = f"{NOW + timedelta(days=5):%Y-%m-%d %H:%M} UTC"
    assert results["dept-instagram"].detail.endswith(f"token expires {ig_expiry}")
    assert results["dept-facebook"].detail.endswith("token does not expire")
    assert (
        f"token expires {NOW + timedelta(days=40):%Y-%m-%d %H:%M} UTC"
        in results["dept-linkedin"].detail
    )
    with store.session() as session:
        limits = {a.name: a.capabilities for a in session.scalars(select(Account))}
        assert limits["dept-instagram"]["token_expires_at"] == (NOW + timedelta(days=5)).isoformat()
        assert "token_expires_at" not in limits["dept-facebook"]
        dump = " ".join(
            str(row)
            for table in ("accounts", "posts", "workers")
            for row in session.execute(text(f"SELECT * FROM {table}"))
        )
    # Every record made in this process except the fake servers' own access logs
    # (werkzeug), which stand for the platforms' logs, not ours.
    ours = "\n".join(r.getMessage() for r in caplog.records if not r.name.startswith("werkzeug"))
    for name, secret in SECRETS.items():
        assert secret not in dump
        assert all(secret not in r.detail for r in results.values())
        # The S3 key id is an identifier (every pre-signed URL names it), not a secret.
        if name != "MEDIA_ACCESS_KEY":
            assert secret not in ours, name
    store.close()


def test_status_warns_a_week_ahead(
    three: tuple[Path, InstagramHarness, FacebookHarness, LinkedInHarness], tmp_path: Path
) -> None:
    settings = load_settings(three[0], {})
    store = Store(f"sqlite:///{tmp_path / 'db.sqlite'}")
    check_accounts(store, settings, now=NOW)
    with store.session() as session:
        soon = status(session, now=NOW)["expiring_tokens"]
        later = status(session, now=NOW + timedelta(days=34))["expiring_tokens"]
        earlier = status(session, now=NOW - timedelta(days=3))["expiring_tokens"]
    assert soon == [
        {
            "account": "dept-instagram",
            "expires_at": (NOW + timedelta(days=5)).isoformat(),
            "expired": False,
        }
    ]
    assert [(t["account"], t["expired"]) for t in later] == [
        ("dept-instagram", True),
        ("dept-linkedin", False),
    ]
    assert earlier == []
    store.close()


def test_the_status_command_prints_the_warning(
    three: tuple[Path, InstagramHarness, FacebookHarness, LinkedInHarness],
    tmp_path: Path,
    cli_env: dict[str, str],
) -> None:
    env = {**cli_env, **SECRETS, "PUBLISHER_NOW": NOW.isoformat(),
           "PUBLISHER_DATABASE_URL": f"sqlite:///{tmp_path / 'cli.sqlite'}"}  # fmt: skip
    checked = run(["--config", str(three[0]), "accounts", "check"], env=env)
    assert checked.exit_code == 0, checked.output
    assert "dept-instagram       OK" in checked.stdout
    shown = run(["--config", str(three[0]), "status"], env=env)
    # In the schedule's zone, as every time `status` shows.
    expires = (
        f"{(NOW + timedelta(days=5)).astimezone(ZoneInfo('America/New_York')):%a %Y-%m-%d %H:%M %Z}"
    )
    assert (
        f"TOKEN   dept-instagram expires {expires}: renew it, then run `publisher accounts check dept-instagram`"
        in shown.stdout
    )
    assert "dept-linkedin" not in shown.stdout
    assert SECRET_KEY not in checked.output + shown.output
