"""A network failure reads as a sentence naming the host and the cause, never as a repr
of the client library's pools and connections: through the real clients (requests under
Mastodon.py and the webhook, httpx under atproto), against a port nobody listens on and
a name the resolver does not know (the resolver is told so; nothing leaves the machine)."""

from __future__ import annotations

import socket
from collections.abc import Callable, Iterator
from typing import Any

import pytest

from publisher.adapters.base import Adapter, TransientError
from publisher.adapters.network import reason, unreachable
from publisher.dispatch.policy import Action, decide
from tests.adapters.fake_bluesky import BlueskyHarness, bluesky_harness
from tests.adapters.fake_mastodon import MastodonHarness, mastodon_harness
from tests.adapters.fake_webhook import WebhookHarness, webhook_harness
from tests.support.builders import outgoing_post

__all__ = ["bluesky_harness", "mastodon_harness", "webhook_harness"]

REPRS = ("Pool", "object at 0x", "Max retries", "Errno", "Caused by", "NewConnection")


@pytest.fixture
def closed_port() -> int:
    with socket.socket() as probe:  # bound, then released: nobody listens there
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture
def unknown_names(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The resolver answers 'name not found' for every *.example host, as a real one does."""
    real = socket.getaddrinfo

    def lookup(host: Any, *args: Any, **kwargs: Any) -> Any:
        if str(host).endswith(".example"):
            raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")
        return real(host, *args, **kwargs)

    monkeypatch.setattr(socket, "getaddrinfo", lookup)
    yield


def _error(adapter: Adapter) -> TransientError:
    with pytest.raises(TransientError) as caught:
        adapter.send(outgoing_post())
    return caught.value


AdapterAt = Callable[[str], Adapter]


@pytest.fixture(params=["mastodon", "bluesky", "webhook"])
def adapter_at(request: pytest.FixtureRequest) -> AdapterAt:
    name = request.param
    if name == "mastodon":
        harness: MastodonHarness = request.getfixturevalue("mastodon_harness")
        return lambda base: harness.adapter(api_base_url=base)
    if name == "bluesky":
        bluesky: BlueskyHarness = request.getfixturevalue("bluesky_harness")
        return lambda base: bluesky.adapter(service=base)
    webhook: WebhookHarness = request.getfixturevalue("webhook_harness")
    return lambda base: webhook.adapter(url=f"{base}/hooks/cases")


def test_a_name_the_resolver_does_not_know(adapter_at: AdapterAt, unknown_names: None) -> None:
    message = str(_error(adapter_at("https://mastodon.example")))

    assert "mastodon.example" in message and "name not found" in message
    assert not any(noise in message for noise in REPRS), message


def test_a_port_nobody_listens_on(adapter_at: AdapterAt, closed_port: int) -> None:
    message = str(_error(adapter_at(f"http://127.0.0.1:{closed_port}")))

    assert f"127.0.0.1:{closed_port}" in message and "connection refused" in message
    assert not any(noise in message for noise in REPRS), message


def test_the_mastodon_sentence_word_for_word(
    mastodon_harness: MastodonHarness, unknown_names: None
) -> None:
    error = _error(mastodon_harness.adapter(api_base_url="https://mastodon.example"))

    assert str(error) == "Mastodon at mastodon.example could not be reached: name not found"


def test_an_os_error_that_escaped_an_adapter_is_network_trouble_not_a_bug() -> None:
    import requests

    try:
        try:
            raise ConnectionRefusedError(111, "Connection refused")
        except ConnectionRefusedError as inner:
            raise requests.ConnectionError("HTTPConnectionPool(host='x', port=1): ...") from inner
    except requests.ConnectionError as exc:
        verdict = decide(exc)
    assert verdict.action is Action.RETRY and not verdict.unexpected
    assert verdict.reason == "the platform could not be reached: connection refused"


@pytest.mark.parametrize(
    ("error", "said"),
    [
        (TimeoutError("timed out"), "no answer in time"),
        (ConnectionResetError(104, "Connection reset by peer"), "the connection was reset"),
        (socket.gaierror(socket.EAI_AGAIN, "Temporary failure"), "the name could not be looked up"),
        (OSError("something odd"), "the connection failed"),
    ],
)
def test_reasons(error: BaseException, said: str) -> None:
    assert reason(error) == said
    assert unreachable("h.example", error) == f"h.example could not be reached: {said}"
