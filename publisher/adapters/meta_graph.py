"""Meta's Graph API over plain HTTP, shared by the Instagram and Facebook Page adapters.

Meta maintains no Python client for it, so this is requests with the Graph
conventions: the token as a bearer header (never in a URL we build), JSON
answers, errors as ``{"error": {"message", "type", "code", "error_subcode",
"is_transient", "fbtrace_id"}}``, and rate limits announced through the
``X-Business-Use-Case-Usage`` / ``X-App-Usage`` headers rather than HTTP 429.
Error codes: https://developers.facebook.com/docs/graph-api/guides/error-handling
"""

from __future__ import annotations

import json
import logging
import os
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import urlsplit

import requests
from requests.adapters import HTTPAdapter

from publisher import __version__
from publisher.adapters.base import (
    AdapterError,
    AuthError,
    RateLimitedError,
    RejectedError,
    TransientError,
    is_safe_base_url,
)
from publisher.errors import ConfigError

DEFAULT_BASE = "https://graph.facebook.com"
DEFAULT_VERSION = "v24.0"
TIMEOUT = (10, 60)  # seconds to connect, seconds between bytes of the answer
DETAIL_LIMIT = 300
SHORT_SECRET = 8
# Code families: https://developers.facebook.com/docs/graph-api/overview/rate-limiting
RATE_CODES = frozenset({4, 17, 32, 613, *range(80001, 80015)})
AUTH_CODES = frozenset({102, 190, 10, *range(200, 300)})
TRANSIENT_CODES = frozenset({1, 2})
DUPLICATE_CODE = 506  # "Duplicate status message": a Page post repeating a recent one
# Instagram: "the account reached its publishing limit (posts in 24 hours)".
PUBLISH_LIMIT_SUBCODE = 2207042
_USAGE_HEADERS = ("x-business-use-case-usage", "x-ad-account-usage", "x-app-usage")
MULTI_IDS = 50  # objects per multi-id call
# "(#803) Some of the aliases you requested do not exist: 17895695668004550,1789..."
_MISSING = re.compile(r"do not exist: ([\w,\s]+)")


class GraphDuplicateError(RejectedError):
    """The Page refused a post as a repeat of a recent one (maybe our own earlier try)."""


@dataclass(frozen=True)
class TokenInfo:
    """What debug_token tells about the token (never the token itself)."""

    valid: bool
    expires_at: datetime | None  # None: the token does not expire
    data_access_expires_at: datetime | None
    scopes: tuple[str, ...]
    kind: str  # USER, PAGE, ...


class GraphClient:
    """One account's connection to the Graph API; every failure becomes an AdapterError."""

    def __init__(self, *, account: str, title: str, options: Mapping[str, Any], token: str) -> None:
        self.title = title
        self.base = read_base_url(account, options.get("api_base_url") or DEFAULT_BASE)
        self.version = str(options.get("graph_version") or DEFAULT_VERSION).strip("/")
        self._token = token
        self.clock: Any = lambda: datetime.now(UTC)
        self.session = _session(self.base, token)

    def get(self, path: str, **params: Any) -> dict[str, Any]:
        return self.request("GET", path, params=params)

    def post(self, path: str, **kwargs: Any) -> dict[str, Any]:
        return self.request("POST", path, **kwargs)

    def request(self, method: str, path: str, **kwargs: Any) -> dict[str, Any]:
        """One Graph call; the decoded JSON object of a 2xx answer."""
        url = f"{self.base}/{self.version}/{path.lstrip('/')}"
        try:
            response = self.session.request(
                method, url, timeout=TIMEOUT, allow_redirects=False, **kwargs
            )
        except requests.Timeout as exc:
            raise TransientError(f"{self.title} did not answer in time") from exc
        except requests.RequestException as exc:
            raise TransientError(
                f"{self.title} could not be reached ({type(exc).__name__})"
            ) from exc
        if not 200 <= response.status_code < 300:
            raise self.error(response)
        body = _json_object(response)
        if body is None:
            raise TransientError(f"{self.title} answered with something that is not JSON")
        return body

    def objects(self, ids: Sequence[str], fields: str) -> dict[str, dict[str, Any]]:
        """Several objects in one call (``GET /?ids=...&fields=...``, at most MULTI_IDS).
        Graph refuses the whole call when one id is gone; those are left out and the rest
        asked again."""
        wanted = list(dict.fromkeys(ids))
        while wanted:
            try:
                body = self.get("", ids=",".join(wanted), fields=fields)
            except RejectedError as exc:
                gone = _missing_ids(str(exc))
                if not gone or not gone & set(wanted):
                    raise
                wanted = [i for i in wanted if i not in gone]
                continue
            return {key: value for key, value in body.items() if isinstance(value, dict)}
        return {}

    def debug_token(self) -> TokenInfo:
        """Ask Graph about our own token: valid or not, when it expires, its permissions."""
        data = self.get("debug_token", input_token=self._token).get("data") or {}
        return TokenInfo(
            valid=bool(data.get("is_valid")),
            expires_at=_moment(data.get("expires_at")),
            data_access_expires_at=_moment(data.get("data_access_expires_at")),
            scopes=tuple(str(s) for s in data.get("scopes") or ()),
            kind=str(data.get("type") or ""),
        )

    def error(self, response: requests.Response) -> AdapterError:
        """The engine's error for a Graph answer that is not a success."""
        status = response.status_code
        body = _json_object(response) or {}
        error = body.get("error") if isinstance(body.get("error"), dict) else {}
        assert isinstance(error, dict)
        code = _int(error.get("code"))
        subcode = _int(error.get("error_subcode"))
        said = self.scrub(_said(error, response))
        if status == 429 or code in RATE_CODES or subcode == PUBLISH_LIMIT_SUBCODE:
            retry_after = self.retry_after(response.headers)
            return RateLimitedError(f"{self.title} rate limit: {said}", retry_after=retry_after)
        if status == 401 or code in AUTH_CODES:
            return AuthError(
                f"{self.title} refused the token: {said}",
                hint="make a new token with the permissions config.example.toml lists",
            )
        if code == DUPLICATE_CODE:
            return GraphDuplicateError(f"{self.title} refused a duplicate post: {said}")
        if status >= 500 or status == 408 or code in TRANSIENT_CODES or error.get("is_transient"):
            return TransientError(f"{self.title} is having trouble ({status}): {said}")
        return RejectedError(f"{self.title} refused the request: {said}")

    def retry_after(self, headers: Mapping[str, str]) -> datetime | None:
        """When the usage headers say access comes back (minutes), or Retry-After."""
        minutes = [m for name in _USAGE_HEADERS for m in _regain_minutes(headers.get(name))]
        if minutes:
            return self.clock() + timedelta(minutes=max(minutes))
        value = (headers.get("Retry-After") or "").strip()
        return self.clock() + timedelta(seconds=int(value)) if value.isdigit() else None

    def scrub(self, text: str) -> str:
        """Text with our token masked, in case an answer quotes it."""
        if len(self._token) >= SHORT_SECRET:
            text = text.replace(self._token, "***")
        return text

    def close(self) -> None:
        self.session.close()


def read_base_url(account: str, value: Any) -> str:
    """The Graph host: https://, or http:// on this machine (a local or test server)."""
    text = str(value).strip().rstrip("/")
    parts = urlsplit(text)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ConfigError(f"accounts.{account}.api_base_url: {value!r} is not an http(s) address")
    if not is_safe_base_url(text):
        raise ConfigError(
            f"accounts.{account}.api_base_url: plain http:// is allowed only on this machine",
            hint="use https:// so that the access token is not sent in the clear",
        )
    return text


def timestamp(value: Any) -> datetime | None:
    """Graph's ISO 8601 times ("2026-12-04T14:00:03+0000") as aware UTC datetimes."""
    text = str(value or "").strip()
    if len(text) > 5 and text[-5] in "+-" and text[-4:].isdigit():
        text = f"{text[:-2]}:{text[-2:]}"  # +0000 -> +00:00, which fromisoformat reads
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        return None
    return moment.replace(tzinfo=moment.tzinfo or UTC).astimezone(UTC)


def _session(base: str, token: str) -> requests.Session:
    session = requests.Session()
    pool = HTTPAdapter(max_retries=0)  # the engine owns the retry policy
    session.mount("https://", pool)
    session.mount("http://", pool)
    session.headers["User-Agent"] = f"publisher/{__version__}"
    session.headers["Authorization"] = f"Bearer {token}"
    session.proxies = requests.utils.get_environ_proxies(base)
    session.verify = (
        os.environ.get("REQUESTS_CA_BUNDLE") or os.environ.get("CURL_CA_BUNDLE") or True
    )
    session.trust_env = False
    _quiet_request_logs()
    return session


def _quiet_request_logs() -> None:
    """urllib3 logs each request line, query included, at DEBUG; debug_token carries the
    token in its query, so keep those records from being made unless someone set the
    logger's level on purpose."""
    logger = logging.getLogger("urllib3.connectionpool")
    if logger.level == logging.NOTSET:
        logger.setLevel(logging.INFO)


def _json_object(response: requests.Response) -> dict[str, Any] | None:
    try:
        body = response.json()
    except ValueError:
        return None
    return body if isinstance(body, dict) else None


def _said(error: Mapping[str, Any], response: requests.Response) -> str:
    message = str(error.get("error_user_msg") or error.get("message") or "").strip()
    if not message:
        message = f"{response.status_code} {response.reason or ''}".strip()
    code = error.get("code")
    text = f"{message} (code {code})" if code is not None else message
    return text if len(text) <= DETAIL_LIMIT else text[: DETAIL_LIMIT - 3] + "..."


def _regain_minutes(header: str | None) -> list[int]:
    """``estimated_time_to_regain_access`` values (minutes) in a usage header."""
    if not header:
        return []
    try:
        data = json.loads(header)
    except ValueError:
        return []
    if not isinstance(data, dict):
        return []
    # X-Business-Use-Case-Usage maps business ids to lists of entries; X-App-Usage is one.
    lists = [value for value in data.values() if isinstance(value, list)]
    entries = [entry for value in lists for entry in value] if lists else [data]
    found = []
    for entry in entries:
        minutes = entry.get("estimated_time_to_regain_access") if isinstance(entry, dict) else None
        if isinstance(minutes, int) and not isinstance(minutes, bool) and minutes > 0:
            found.append(minutes)
    return found


def _missing_ids(message: str) -> set[str]:
    found = _MISSING.search(message)
    if found is None:
        return set()
    return {part.strip() for part in found[1].split(",") if part.strip().isdigit() or "_" in part}


def insight(body: Mapping[str, Any], name: str) -> int | None:
    """One metric's value from an ``insights`` edge expanded in a field list."""
    for item in (body.get("insights") or {}).get("data") or []:
        if isinstance(item, Mapping) and item.get("name") == name:
            values = item.get("values") or [{}]
            value = values[0].get("value") if isinstance(values[0], Mapping) else None
            return value if isinstance(value, int) and not isinstance(value, bool) else None
    return None


def _moment(value: Any) -> datetime | None:
    """A Unix time from debug_token; 0 means never."""
    seconds = _int(value)
    return datetime.fromtimestamp(seconds, UTC) if seconds else None


def _int(value: Any) -> int | None:
    if isinstance(value, bool):
        return None
    try:
        return int(value)
    except (TypeError, ValueError):
        return None
