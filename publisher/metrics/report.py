"""`publisher report`: the portfolio of a period, from the database."""

from __future__ import annotations

from datetime import date

from publisher.errors import NotFoundError, PublisherError
from publisher.metrics import storage as stored
from publisher.metrics.portfolio import Portfolio, build_portfolio
from publisher.store import Store


def portfolio(
    store: Store,
    *,
    first: date | None = None,
    last: date | None = None,
    account: str | None = None,
    top: int = 10,
) -> Portfolio:
    """The sent posts of ``first`` to ``last`` (UTC dates, both included) and their counts."""
    if first is not None and last is not None and first > last:
        raise PublisherError(f"--from {first} is after --to {last}: nothing can fall between")
    with store.session() as session:
        known = stored.account_names(session)
        if account is not None and account not in known:
            listed = ", ".join(known) or "none"
            raise NotFoundError(f"--account: no account named {account!r}; known: {listed}")
        records = stored.sent_posts(session, first=first, last=last, account=account)
    return build_portfolio(records, top=top)


def title(*, first: date | None, last: date | None, account: str | None) -> str:
    """The report's heading: its period and whose posts."""
    period = f"{first or 'the start'} to {last or 'today'}"
    whose = f"account {account}" if account else "all accounts"
    return f"Teaching portfolio, {period} ({whose})"
