"""`accounts check`: log in to each account, read who it posts as and its limits."""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from publisher.accounts.sync import sync_accounts
from publisher.adapters import build_adapter
from publisher.config import Settings
from publisher.errors import NotFoundError, PublisherError
from publisher.store import Store
from publisher.store.models import Account
from publisher.store.posts import resume_account
from publisher.store.reports import TOKEN_EXPIRES


@dataclass(frozen=True)
class CheckResult:
    account: str
    ok: bool
    detail: str


def check_accounts(
    store: Store, settings: Settings, *, now: datetime, only: str | None = None
) -> list[CheckResult]:
    """Check every configured account (or one); limits read from the server are kept."""
    if only is not None and only not in settings.accounts:
        raise NotFoundError(
            f"no account named {only!r}; configured: {', '.join(settings.accounts)}"
        )
    with store.session() as session:
        sync_accounts(session, settings, now=now)
    names = [only] if only else list(settings.accounts)
    return [_check(store, settings, name) for name in names]


def _check(store: Store, settings: Settings, name: str) -> CheckResult:
    with store.session() as session:
        row = session.scalar(select(Account).where(Account.name == name))
        assert row is not None
        try:
            adapter = build_adapter(
                settings.accounts[name], source=settings.source, env=os.environ,
                state_dir=settings.state_dir, capabilities=row.capabilities,
            )  # fmt: skip
            info = adapter.check()
            adapter.close()
        except PublisherError as exc:
            detail = f"{exc.message} ({exc.hint})" if exc.hint else exc.message
            return CheckResult(name, False, detail)
        row.capabilities = {
            k: list(v) if isinstance(v, tuple) else v
            for k, v in info.capabilities.as_dict().items()
        }
        if info.token_expires_at is not None:
            # When the token stops working, never the token: `status` warns ahead of it.
            row.capabilities[TOKEN_EXPIRES] = info.token_expires_at.isoformat()
        resume_account(session, row)
    capabilities = info.capabilities
    detail = (
        f"posting as {info.posting_as}; {capabilities.text_limit} characters, "
        f"{capabilities.images_per_post} images"
    )
    return CheckResult(name, True, detail + (f"; {info.detail}" if info.detail else ""))
