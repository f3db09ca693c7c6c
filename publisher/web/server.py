"""`publisher serve`: where to listen, whether that is allowed, and the server itself
(waitress: pure Python, threaded, no C compiler or system package needed)."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass

from publisher.config import Settings
from publisher.errors import MissingExtraError, PublisherError
from publisher.web.security import is_loopback, required_password


@dataclass(frozen=True)
class Listen:
    host: str
    port: int
    password: str | None  # asked at the login page; None: no login

    @property
    def url(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"http://{host}:{self.port}/"

    @property
    def loopback(self) -> bool:
        return is_loopback(self.host)


def listen_for(
    settings: Settings, env: Mapping[str, str], *, host: str | None = None, port: int | None = None
) -> Listen:
    """Where to listen: the options, else [web]; refused beyond loopback without a password."""
    chosen = host or settings.web.host
    password = required_password(chosen, settings.web.secret(env))
    return Listen(chosen, port or settings.web.port, password)


def require_web() -> None:
    """A readable error when the web extra is not installed."""
    try:
        import flask  # noqa: F401
        import jinja2  # noqa: F401
        import waitress  # noqa: F401
    except ImportError:
        raise MissingExtraError("the web view", "web") from None


def serve(app: object, listen: Listen, *, on_ready: Callable[[str], None]) -> None:
    """Serve ``app`` until Ctrl-C or SIGTERM."""
    import signal
    import sys

    from waitress import create_server

    try:
        server = create_server(
            app, host=listen.host, port=listen.port, threads=4, ident="publisher"
        )
    except OSError as exc:
        raise PublisherError(
            f"cannot listen on {listen.host}:{listen.port}: {exc.strerror or exc}",
            hint="choose another --port, or stop what is using this one",
        ) from None
    # SIGTERM (systemd, a container) stops it as Ctrl-C does: requests in flight finish.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
    on_ready(listen.url)
    server.run()
