"""`accounts check` against a fake Mastodon: the instance's limits are read, kept in the
database, and the planner then fits posts to them."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import select

from publisher.accounts.check import check_accounts
from publisher.cases.importing import import_paths
from publisher.cases.review import approve_case
from publisher.config import load_settings
from publisher.schedule.writing import plan
from publisher.store import Store
from publisher.store.models import Account, Post
from tests.adapters import fake_mastodon
from tests.conftest import write_case

NOW = datetime(2026, 11, 30, 13, 0, tzinfo=UTC)


def test_limits_read_at_check_are_kept_and_used_by_the_planner(
    mastodon_harness: fake_mastodon.MastodonHarness,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    fake = mastodon_harness.fake
    fake.configuration["statuses"]["max_characters"] = 140
    config = tmp_path / "config.toml"
    config.write_text(
        f'[accounts.dept]\nadapter = "mastodon"\napi_base_url = "{fake.base_url}"\n'
        'access_token = "${MASTODON_TOKEN}"\n'
    )
    monkeypatch.setenv("MASTODON_TOKEN", fake_mastodon.TOKEN)
    settings = load_settings(config, {})
    store = Store(f"sqlite:///{tmp_path / 'db.sqlite'}")
    [result] = check_accounts(store, settings, now=NOW)
    assert result.ok, result.detail
    assert "140 characters" in result.detail
    with store.session() as s:
        account = s.scalar(select(Account))
        assert account is not None and account.capabilities["text_limit"] == 140
    write_case(tmp_path / "cases", "msk-1")
    import_paths(store, [tmp_path / "cases"], now=NOW, ocr=False)
    with store.session() as s:
        approve_case(s, "msk-1", by="R", now=NOW)
    plan(store, settings, now=NOW, weeks=1)
    with store.session() as s:
        texts = [p.text for p in s.scalars(select(Post))]
    assert len(texts) > 2  # the 140-character limit split the posts into threads
    assert all(len(t) <= 140 for t in texts)
    store.close()


def test_a_refused_token_is_one_line_naming_the_account(
    mastodon_harness: fake_mastodon.MastodonHarness,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    fake = mastodon_harness.fake
    config = tmp_path / "config.toml"
    config.write_text(
        f'[accounts.dept]\nadapter = "mastodon"\napi_base_url = "{fake.base_url}"\n'
        'access_token = "${MASTODON_TOKEN}"\n'
    )
    monkeypatch.setenv("MASTODON_TOKEN", "wrong-token-value")
    settings = load_settings(config, {})
    store = Store(f"sqlite:///{tmp_path / 'db.sqlite'}")
    [result] = check_accounts(store, settings, now=NOW)
    assert not result.ok
    assert "\n" not in result.detail and "wrong-token-value" not in result.detail
    store.close()
