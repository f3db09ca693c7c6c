"""The configured accounts as rows (a name and an adapter; never a secret), and what each
account can take: its platform's capabilities, then what `accounts check` read from its
server, then the limits its own settings give."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from publisher.adapters import check_account
from publisher.adapters.base import Capabilities
from publisher.config import Settings
from publisher.store.models import Account


def sync_accounts(session: Session, settings: Settings, *, now: datetime) -> dict[str, Account]:
    """One row per configured account (its name and adapter; never its secrets)."""
    rows = {a.name: a for a in session.scalars(select(Account))}
    for name, conf in settings.accounts.items():
        check_account(conf, settings.source)
        row = rows.get(name)
        if row is None:
            row = rows[name] = Account(
                name=name, adapter=conf.adapter, capabilities={}, created_at=now
            )
            session.add(row)
        elif row.adapter != conf.adapter:
            row.adapter, row.capabilities = conf.adapter, {}
    session.flush()
    return {name: rows[name] for name in settings.accounts}


def account_capabilities(settings: Settings, account: Account) -> Capabilities:
    conf = settings.accounts[account.name]
    cls = check_account(conf, settings.source)
    return cls.capabilities_for(conf.options, account.capabilities)


def tally_templates(settings: Settings) -> dict[str, str]:
    """The tally template of each account whose quiz answers tell how the poll went:
    ``[quiz] show_results`` is on and the account can read its polls."""
    if not settings.quiz.show_results:
        return {}
    return {
        name: settings.quiz.results_template
        for name, conf in settings.accounts.items()
        if check_account(conf, settings.source).reads_polls(conf.options)
    }
