"""Accounts: their rows and capabilities, checking them against their platforms,
pauses, and the resolved settings that `config check` shows."""

from __future__ import annotations

from typing import TYPE_CHECKING

from publisher import lazy_exports

if TYPE_CHECKING:
    from publisher.accounts.check import CheckResult, check_accounts
    from publisher.accounts.pauses import Resumed, resume
    from publisher.accounts.settings import resolved_settings
    from publisher.accounts.sync import account_capabilities, sync_accounts

EXPORTS = {
    "CheckResult": "check",
    "Resumed": "pauses",
    "account_capabilities": "sync",
    "check_accounts": "check",
    "resolved_settings": "settings",
    "resume": "pauses",
    "sync_accounts": "sync",
}
__getattr__ = lazy_exports(__name__, EXPORTS)
__all__ = [
    "CheckResult",
    "Resumed",
    "account_capabilities",
    "check_accounts",
    "resolved_settings",
    "resume",
    "sync_accounts",
]
