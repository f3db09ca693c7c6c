"""A network failure in words: which host could not be reached, and why, read from the
chain of exceptions the client libraries raise (requests wrapping urllib3 wrapping the
socket error, httpx wrapping httpcore, ...). Their own texts are reprs of pools and
connection objects, which tell a person nothing and may quote request details."""

from __future__ import annotations

import errno
import socket
import ssl
from collections.abc import Iterator
from urllib.parse import urlsplit

_NAME_NOT_FOUND = {
    getattr(socket, name)
    for name in ("EAI_NONAME", "EAI_NODATA", "EAI_ADDRFAMILY")
    if hasattr(socket, name)
}
# Texts of the same failures, for libraries that keep only the message.
_TEXTS = (
    ("name or service not known", "name not found"),
    ("nodename nor servname", "name not found"),
    ("no address associated with hostname", "name not found"),
    ("temporary failure in name resolution", "the name could not be looked up"),
    ("connection refused", "connection refused"),
    ("connection reset", "the connection was reset"),
    ("network is unreachable", "the network is unreachable"),
    ("no route to host", "no route to the host"),
    ("certificate verify failed", "its TLS certificate could not be verified"),
    ("timed out", "no answer in time"),
)


def host_of(url: str) -> str:
    """The host (and a port other than the scheme's) of a base URL, for messages."""
    parts = urlsplit(url if "://" in url else f"https://{url}")
    host = parts.hostname or url
    return f"{host}:{parts.port}" if parts.port else host


def unreachable(host: str, exc: BaseException) -> str:
    """'mastodon.example could not be reached: name not found'."""
    return f"{host} could not be reached: {reason(exc)}"


def reason(exc: BaseException) -> str:
    """Why a connection failed, in a few words; 'the connection failed' when unknown."""
    chain = list(_chain(exc))
    for found in chain:
        said = _known(found)
        if said:
            return said
    text = " ".join(str(e) for e in chain).lower()
    for needle, said in _TEXTS:
        if needle in text:
            return said
    return "the connection failed"


def _known(exc: BaseException) -> str | None:
    name = type(exc).__name__
    if isinstance(exc, socket.gaierror):
        return (
            "name not found" if exc.errno in _NAME_NOT_FOUND else "the name could not be looked up"
        )
    if name == "NameResolutionError":  # urllib3's, around the gaierror
        return None  # the gaierror further down says which
    if isinstance(exc, ConnectionRefusedError):
        return "connection refused"
    if isinstance(exc, ConnectionResetError | ConnectionAbortedError | BrokenPipeError):
        return "the connection was reset"
    if isinstance(exc, ssl.SSLCertVerificationError):
        return "its TLS certificate could not be verified"
    if isinstance(exc, ssl.SSLError):
        return "the TLS handshake failed"
    if isinstance(exc, TimeoutError) or "Timeout" in name:
        return "no answer in time"
    if isinstance(exc, OSError) and exc.errno == errno.ENETUNREACH:
        return "the network is unreachable"
    if isinstance(exc, OSError) and exc.errno == errno.EHOSTUNREACH:
        return "no route to the host"
    if name in ("RemoteDisconnected", "RemoteProtocolError", "IncompleteRead"):
        return "the connection closed before the answer"
    return None


def _chain(exc: BaseException) -> Iterator[BaseException]:
    """The exception and everything it wraps: causes, contexts, urllib3's ``reason``,
    prawcore's ``original_exception``, and exceptions passed as arguments."""
    seen: set[int] = set()
    todo: list[BaseException] = [exc]
    while todo and len(seen) < 20:
        found = todo.pop(0)
        if id(found) in seen:
            continue
        seen.add(id(found))
        yield found
        inner = [
            found.__cause__, found.__context__,
            getattr(found, "reason", None), getattr(found, "original_exception", None),
            *(a for a in found.args if isinstance(a, BaseException)),
        ]  # fmt: skip
        todo += [e for e in inner if isinstance(e, BaseException)]
