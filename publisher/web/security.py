"""What keeps the web view safe: loopback unless a password is set, a login for that
password, a CSRF token on every form, and the Host a loopback server answers to.

Nothing here is stored: the signing key, the login sessions and the count of failed
logins live in the process, so a restart signs everyone out.
"""

from __future__ import annotations

import hashlib
import hmac
import ipaddress
import secrets
from collections import deque
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from publisher.errors import ConfigError, PublisherError

MIN_PASSWORD = 12
SESSION_LENGTH = timedelta(hours=12)
FAILED_LOGINS = 10  # per client address, within FAILED_WINDOW
FAILED_WINDOW = timedelta(minutes=10)
LOOPBACK_NAMES = frozenset({"localhost", "localhost.localdomain", "ip6-localhost"})


class TooManyLoginsError(PublisherError):
    """Too many wrong passwords from one address: it waits before it may try again."""


def is_loopback(host: str) -> bool:
    """Whether ``host`` (a name or an address, IPv6 with or without brackets) is this machine
    only. A name other than localhost may resolve anywhere, so it counts as not loopback."""
    name = host.strip().strip("[]").lower()
    if name in LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(name).is_loopback
    except ValueError:
        return False


def host_name(header: str) -> str:
    """The name in a Host header, without its port: 'localhost:8000' -> 'localhost'."""
    header = header.strip().lower()
    if header.startswith("["):
        return header[1 : header.find("]")] if "]" in header else header
    return header.rsplit(":", 1)[0] if header.count(":") == 1 else header


def required_password(host: str, password: str | None) -> str | None:
    """The password the server asks for; refuses to serve beyond loopback without one."""
    if password is not None and len(password) < MIN_PASSWORD:
        raise ConfigError(
            f"[web] password: must be at least {MIN_PASSWORD} characters long",
            hint="make one: python3 -c 'import secrets; print(secrets.token_urlsafe())'",
        )
    if password is None and not is_loopback(host):
        raise ConfigError(
            f"serving on {host} reaches beyond this machine and needs a password, "
            "and [web] password is not set",
            hint='set [web] password = "${PUBLISHER_WEB_PASSWORD}" in the config and export '
            "PUBLISHER_WEB_PASSWORD, or serve on 127.0.0.1",
        )
    return password


@dataclass
class Guard:
    """CSRF tokens, and login sessions when a password is set."""

    password: str | None
    key: bytes = field(default_factory=lambda: secrets.token_bytes(32))
    sessions: dict[str, datetime] = field(default_factory=dict)  # token -> expiry
    failures: dict[str, deque[datetime]] = field(default_factory=dict)

    # -- CSRF: a random cookie per browser, and forms carry its keyed hash ------------

    @staticmethod
    def new_cookie() -> str:
        return secrets.token_urlsafe(32)

    def csrf_token(self, cookie: str) -> str:
        return hmac.new(self.key, f"csrf:{cookie}".encode(), hashlib.sha256).hexdigest()

    def is_valid_csrf(self, cookie: str | None, token: str | None) -> bool:
        if not cookie or not token:
            return False
        return hmac.compare_digest(self.csrf_token(cookie), token)

    # -- login ------------------------------------------------------------------------

    @property
    def needs_login(self) -> bool:
        return self.password is not None

    def is_signed_in(self, token: str | None, now: datetime) -> bool:
        if not self.needs_login:
            return True
        expires = self.sessions.get(token or "")
        return expires is not None and expires > now

    def sign_in(self, attempt: str, client: str, now: datetime) -> str | None:
        """A new session token for the right password; None for a wrong one."""
        recent = self._recent_failures(client, now)
        if len(recent) >= FAILED_LOGINS:
            wait = max(1, int((recent[0] + FAILED_WINDOW - now).total_seconds() // 60) + 1)
            raise TooManyLoginsError(
                f"too many wrong passwords from this address; try again in {wait} minute(s)"
            )
        assert self.password is not None
        if not hmac.compare_digest(attempt.encode(), self.password.encode()):
            recent.append(now)
            return None
        self.sessions = {t: e for t, e in self.sessions.items() if e > now}
        token = secrets.token_urlsafe(32)
        self.sessions[token] = now + SESSION_LENGTH
        return token

    def sign_out(self, token: str | None) -> None:
        self.sessions.pop(token or "", None)

    def _recent_failures(self, client: str, now: datetime) -> deque[datetime]:
        recent = self.failures.setdefault(client, deque())
        while recent and recent[0] <= now - FAILED_WINDOW:
            recent.popleft()
        return recent
