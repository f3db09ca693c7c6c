"""A pytest-httpserver of its own for each fake platform, so that several fakes can
answer in one test (the shared ``httpserver`` fixture is one server)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from pytest_httpserver import HTTPServer


@contextmanager
def own_server() -> Iterator[HTTPServer]:
    """A fresh server on a free port of 127.0.0.1; a crash inside a handler fails the test."""
    server = HTTPServer(host="127.0.0.1", port=0)
    server.start()
    try:
        yield server
        server.check_handler_errors()
    finally:
        server.clear()
        server.stop()
