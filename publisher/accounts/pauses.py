"""An account at rest: paused by the dispatcher when its credentials were refused, and
resumed by a person once they are fixed."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from publisher.errors import NotFoundError
from publisher.store import Store, posts
from publisher.store.models import Account


@dataclass(frozen=True)
class Resumed:
    account: str
    was_paused: bool
    reason: str | None = None  # why it had been paused
    until: datetime | None = None  # when the dispatcher would have tried again


def resume(store: Store, name: str, *, now: datetime) -> Resumed:
    """End an account's pause; says whether it was paused at all."""
    with store.session() as session:
        account = session.scalar(select(Account).where(Account.name == name))
        if account is None:
            raise NotFoundError(
                f"no account named {name!r} in the database",
                hint="`publisher accounts check` lists the configured accounts",
            )
        paused = account.paused_reason is not None or (
            account.paused_until is not None and account.paused_until > now
        )
        result = Resumed(name, paused, account.paused_reason, account.paused_until)
        posts.resume_account(session, account)
    return result
