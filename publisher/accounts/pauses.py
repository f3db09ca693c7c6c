"""An account at rest: paused by the dispatcher when its credentials were refused, or by
an operator (`accounts pause`), and resumed by a person."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from publisher.errors import InvalidStateError, NotFoundError
from publisher.store import Store, posts
from publisher.store.models import Account
from publisher.store.reports import PAUSED_BY_OPERATOR as BY_OPERATOR
from publisher.store.reports import PAUSED_FOREVER as FOREVER


@dataclass(frozen=True)
class Resumed:
    account: str
    was_paused: bool
    reason: str | None = None  # why it had been paused
    until: datetime | None = None  # when the dispatcher would have tried again

    def as_dict(self) -> dict[str, Any]:
        return {**asdict(self), "until": _shown(self.until)}


@dataclass(frozen=True)
class Paused:
    account: str
    until: datetime | None  # None: until `accounts resume`
    was_paused: bool  # it already rested (that pause is replaced by this one)
    reason: str | None = None  # why it rested before

    def as_dict(self) -> dict[str, Any]:
        return {**asdict(self), "until": _shown(self.until)}


def is_paused_by_operator(reason: str | None) -> bool:
    return reason == BY_OPERATOR


def until_resumed(until: datetime | None) -> datetime | None:
    """None for a pause that lasts until someone resumes the account."""
    return None if until is None or until >= FOREVER else until


def pause(store: Store, name: str, *, until: datetime | None, now: datetime) -> Paused:
    """Stop sending for an account, until ``until`` or until it is resumed; its posts wait
    (a prompt later than the misfire grace is missed, as when nothing runs)."""
    if until is not None and until <= now:
        raise InvalidStateError(f"the pause of {name} must end in the future, not {until}")
    with store.session() as session:
        account = _account(session, name)
        was = _is_paused(account, now)
        result = Paused(name, until, was, account.paused_reason if was else None)
        account.paused_reason = BY_OPERATOR
        account.paused_at = now
        account.paused_until = until or FOREVER
    return result


def resume(store: Store, name: str, *, now: datetime) -> Resumed:
    """End an account's pause; says whether it was paused at all."""
    with store.session() as session:
        account = _account(session, name)
        paused = account.paused_reason is not None or _is_paused(account, now)
        result = Resumed(name, paused, account.paused_reason, until_resumed(account.paused_until))
        posts.resume_account(session, account)
    return result


def _account(session: Session, name: str) -> Account:
    account = session.scalar(select(Account).where(Account.name == name))
    if account is None:
        raise NotFoundError(
            f"no account named {name!r} in the database",
            hint="`publisher accounts check` lists the configured accounts",
        )
    return account


def _is_paused(account: Account, now: datetime) -> bool:
    return account.paused_until is not None and account.paused_until > now


def _shown(moment: datetime | None) -> str | None:
    return moment.isoformat() if moment else None
