"""A local test platform speaking the webhook protocol (see publisher.adapters.webhook).

Used in-process by tests (``with PlatformServer() as platform: ...``) and as a
separate process that several daemons post to::

    python -m tests.support.platform_server --port 0 --delay 0.2 [--not-idempotent]

prints ``listening http://127.0.0.1:PORT`` on its first line and serves until
SIGTERM or SIGINT. Any path takes the protocol's requests, so one server can
stand for many accounts. Besides the protocol:

- ``GET ?ids=ID,ID`` answers the counts of stored posts (``set_counts``; zeros
  otherwise), as the protocol's counts request;
- ``GET /p/ID`` returns a stored post;
- ``GET /_stats`` returns the counters of :meth:`PlatformState.stats`;
- ``POST /_reset`` forgets every post, counter and scripted answer.
"""

from __future__ import annotations

import argparse
import json
import signal
import sys
import threading
import time
from collections import Counter, defaultdict, deque
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import FrameType, MappingProxyType, TracebackType
from typing import Any
from urllib.parse import parse_qs, urlsplit

HOST = "127.0.0.1"
# The listen backlog: a burst of 100+ clients connecting at once must not be refused.
REQUEST_QUEUE_SIZE = 1024
# How often the accept loop looks for a stop request: stop() waits up to this long.
POLL_INTERVAL = 0.02
_NOT_JSON = object()  # what a body that fails to parse reads as


@dataclass(frozen=True)
class Answer:
    """A scripted answer to the next create request, given instead of creating a post."""

    status: int
    headers: Mapping[str, str] = field(default_factory=dict)
    body: Any = None  # JSON-able, or str for a non-JSON body; None: {"error": reason}
    lost: bool = False  # create the post, then close the connection without answering


# A success that names no post, which the adapter must treat as a failure.
WITHOUT_ID = Answer(200, body={"ok": True})
# The post is created but the answer never arrives, as when a link drops mid-response.
LOST_ANSWER = Answer(200, lost=True)

ScriptItem = Answer | tuple[int, Mapping[str, str]] | tuple[int, Mapping[str, str], Any]


@dataclass(frozen=True)
class ReceivedRequest:
    """One create request as it arrived, scripted or not."""

    path: str
    headers: Mapping[str, str]  # lower-cased names
    body: Any
    client_port: int = 0  # the same port for requests over one kept-alive connection


@dataclass(frozen=True)
class StoredPost:
    """A post the platform holds, with the request that created it."""

    id: str
    url: str
    request: ReceivedRequest

    def as_dict(self) -> dict[str, Any]:
        """The JSON body received plus the assigned ``id`` and ``url``."""
        body = self.request.body if isinstance(self.request.body, dict) else {}
        return {**body, "id": self.id, "url": self.url}


@dataclass
class Reply:
    """What the handler writes back."""

    status: int
    body: Any = None
    headers: Mapping[str, str] = field(default_factory=dict)
    lost: bool = False


class PlatformState:
    """The platform's memory and rules, shared by every handler thread."""

    def __init__(self, base_url: str = "", *, idempotent: bool = True) -> None:
        self.base_url = base_url
        self.idempotent = idempotent
        # A condition, not a bare lock, so that tests can wait for traffic without sleeping.
        self._lock = threading.Condition()
        self._next_id = 1  # never reset: a real platform does not reuse ids
        self.reset()

    def reset(self) -> None:
        """Forget every post, counter and scripted answer."""
        with self._lock:
            self._posts: dict[str, StoredPost] = {}
            self._id_by_key: dict[str, str] = {}
            self._ids_by_key: defaultdict[str, set[str]] = defaultdict(set)
            self._ids_by_post_id: defaultdict[str, set[str]] = defaultdict(set)
            # Kept as posts arrive, so that reading the counters costs nothing per post.
            self._duplicate_keys: set[str] = set()
            self._duplicate_post_ids: set[str] = set()
            self._requests_by_key: Counter[str] = Counter()
            self._received: list[ReceivedRequest] = []
            self._scripts: dict[str, deque[Answer]] = {"POST": deque(), "GET": deque()}
            self._lookups = 0
            self._counts: dict[str, dict[str, Any]] = {}
            self._count_requests: list[list[str]] = []

    def script(self, answers: Iterable[ScriptItem], *, method: str = "POST") -> None:
        """Queue answers, (status, headers[, body]) or Answer, for the next requests.

        POST scripts the next creates; GET the next lookups and checks.
        """
        items = [a if isinstance(a, Answer) else Answer(*a) for a in answers]
        with self._lock:
            self._scripts[method].extend(items)

    def scripted(self, method: str) -> Reply | None:
        """The next scripted answer for a GET, if one is queued."""
        with self._lock:
            queue = self._scripts[method]
            return _scripted_reply(queue.popleft()) if queue else None

    def create(self, request: ReceivedRequest) -> Reply:
        """Handle one create request: a scripted answer, the earlier post, or a new post."""
        key = request.headers.get("idempotency-key", "")
        with self._lock:
            self._received.append(request)
            if key:
                self._requests_by_key[key] += 1
            queue = self._scripts["POST"]
            scripted = queue.popleft() if queue else None
            if scripted and not scripted.lost:
                return _scripted_reply(scripted)
            post, is_new = self._find_or_add(key, request)
            self._lock.notify_all()
        # 201 for a new post, 200 for a repeat: the adapter must take any 2xx.
        status = 201 if is_new else 200
        return Reply(status, {"id": post.id, "url": post.url}, lost=bool(scripted))

    def _find_or_add(self, key: str, request: ReceivedRequest) -> tuple[StoredPost, bool]:
        if self.idempotent and key in self._id_by_key:
            return self._posts[self._id_by_key[key]], False
        post_id = str(self._next_id)
        self._next_id += 1
        post = StoredPost(post_id, self.url(post_id), request)
        self._posts[post_id] = post
        if key:
            self._id_by_key.setdefault(key, post_id)
            self._ids_by_key[key].add(post_id)
            if len(self._ids_by_key[key]) > 1:
                self._duplicate_keys.add(key)
        if isinstance(request.body, dict) and "post_id" in request.body:
            sender_id = str(request.body["post_id"])
            self._ids_by_post_id[sender_id].add(post_id)
            if len(self._ids_by_post_id[sender_id]) > 1:
                self._duplicate_post_ids.add(sender_id)
        return post, True

    def lookup(self, key: str) -> Reply:
        """The find-sent query: the post made with this idempotency key, or 404."""
        with self._lock:
            self._lookups += 1
            post_id = self._id_by_key.get(key)
        if post_id is None:
            return Reply(404, {"error": "no post with this idempotency key"})
        return Reply(200, {"id": post_id, "url": self.url(post_id)})

    def set_counts(self, post_id: str, counts: Mapping[str, Any]) -> None:
        """What the counts request answers for one post from now on."""
        with self._lock:
            self._counts[post_id] = dict(counts)

    def counts(self, ids: list[str]) -> Reply:
        """The counts request: every stored post among ``ids`` with its counts."""
        with self._lock:
            self._count_requests.append(ids)
            self._lock.notify_all()  # a waiter may be counting these
            known = [i for i in ids if i in self._posts]
            zero = {"likes": 0, "reposts": 0, "replies": 0, "quotes": 0}
            return Reply(200, {"posts": {i: self._counts.get(i, zero) for i in known}})

    def count_requests(self) -> list[list[str]]:
        """The ids of every counts request, in order."""
        with self._lock:
            return [list(ids) for ids in self._count_requests]

    def wait_for(self, predicate: Callable[[dict[str, Any]], bool], timeout: float) -> bool:
        """Block until ``predicate(stats())`` holds (True) or ``timeout`` seconds pass (False)."""
        with self._lock:
            # Every post wakes the waiter: the counters it reads are views, not copies,
            # or a burst would spend its time copying under the lock the handlers need.
            return self._lock.wait_for(
                lambda: predicate(self._stats(snapshot=False)), timeout=timeout
            )

    def post(self, post_id: str) -> Reply:
        """One stored post, as ``GET /p/ID`` shows it."""
        with self._lock:
            found = self._posts.get(post_id)
        return Reply(200, found.as_dict()) if found else Reply(404, {"error": "no such post"})

    def url(self, post_id: str) -> str:
        """The public URL of one post."""
        return f"{self.base_url}/p/{post_id}"

    def stats(self) -> dict[str, Any]:
        """Counts of create requests, posts and lookups, and what was posted twice.

        ``duplicates``: keys that made several posts (only without idempotency);
        ``duplicate_post_ids``: the body's ``post_id`` values that made several posts,
        which also catches a sender that retried one post under a new key.
        """
        with self._lock:
            return self._stats()

    def _stats(self, *, snapshot: bool = True) -> dict[str, Any]:
        by_key: Mapping[str, int] = self._requests_by_key
        return {
            "requests": len(self._received),
            "posts": len(self._posts),
            "lookups": self._lookups,
            "by_key": dict(by_key) if snapshot else MappingProxyType(by_key),
            "duplicates": sorted(self._duplicate_keys),
            "duplicate_post_ids": sorted(self._duplicate_post_ids),
            "count_requests": len(self._count_requests),
        }

    def posts(self) -> list[dict[str, Any]]:
        """Every stored post: the JSON body received plus its ``id`` and ``url``, in order."""
        return [post.as_dict() for post in self.stored()]

    def stored(self) -> list[StoredPost]:
        """Every stored post with the request that created it, in order."""
        with self._lock:
            return list(self._posts.values())

    def received(self) -> list[ReceivedRequest]:
        """Every create request, including repeats and scripted ones, in order."""
        with self._lock:
            return list(self._received)


def _scripted_reply(answer: Answer) -> Reply:
    body = answer.body
    if body is None:
        body = {"error": HTTPStatus(answer.status).phrase} if answer.status >= 400 else {}
    return Reply(answer.status, body, answer.headers)


class PlatformHandler(BaseHTTPRequestHandler):
    """Routes requests to the server's PlatformState."""

    # Keep-alive, as a real platform offers and the adapter's pool expects.
    protocol_version = "HTTP/1.1"
    # Headers and body go out in two writes; with Nagle on, a kept-alive connection
    # waits for the client's delayed ACK, about 40 ms per request.
    disable_nagle_algorithm = True
    server: PlatformHTTPServer

    def do_POST(self) -> None:
        """A create request, or the reset command."""
        body = self._read_body()
        if self.path == "/_reset":
            self.server.state.reset()
            self._write(Reply(200, {"ok": True}))
            return
        if body is _NOT_JSON:
            self._write(Reply(400, {"error": "the body is not JSON"}))
            return
        self._wait()
        headers = {name.lower(): value for name, value in self.headers.items()}
        request = ReceivedRequest(urlsplit(self.path).path, headers, body, self.client_address[1])
        self._write(self.server.state.create(request))

    def do_GET(self) -> None:
        """Stats, one post, a find-sent lookup, or a reachability check."""
        parts = urlsplit(self.path)
        state = self.server.state
        if parts.path == "/_stats":
            self._write(Reply(200, state.stats()))
            return
        self._wait()
        query = parse_qs(parts.query)
        key = query.get("idempotency_key")
        scripted = None if parts.path.startswith("/p/") else state.scripted("GET")
        if scripted:
            self._write(scripted)
        elif query.get("ids"):
            self._write(state.counts(query["ids"][0].split(",")))
        elif key:
            self._write(state.lookup(key[0]))
        elif parts.path.startswith("/p/"):
            self._write(state.post(parts.path[3:]))
        else:
            self._write(Reply(200, {"ok": True}))

    def _wait(self) -> None:
        # The remote's latency, spent in this connection's own thread.
        if self.server.delay > 0:
            time.sleep(self.server.delay)

    def _read_body(self) -> Any:
        length = int(self.headers.get("Content-Length") or 0)
        raw = self.rfile.read(length) if length else b""
        try:
            return json.loads(raw) if raw else None
        except ValueError:
            return _NOT_JSON

    def _write(self, reply: Reply) -> None:
        if reply.lost:
            self.close_connection = True
            return
        is_text = isinstance(reply.body, str)
        data = reply.body.encode() if is_text else json.dumps(reply.body).encode()
        self.send_response(reply.status)
        self.send_header("Content-Type", "text/plain" if is_text else "application/json")
        self.send_header("Content-Length", str(len(data)))
        for name, value in reply.headers.items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, format: str, *args: Any) -> None:
        """Silent: a line per request would flood a benchmark, or fill an unread pipe."""


class PlatformHTTPServer(ThreadingHTTPServer):
    """A thread per connection; daemon threads so a stop never waits for idle clients."""

    daemon_threads = True
    request_queue_size = REQUEST_QUEUE_SIZE

    def __init__(self, port: int, state: PlatformState, delay: float) -> None:
        super().__init__((HOST, port), PlatformHandler)
        self.state = state
        self.delay = delay

    def handle_error(self, request: Any, client_address: Any) -> None:
        """Ignore clients that hung up (a timed-out test, a lost answer); report the rest."""
        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)


class PlatformServer:
    """The test platform on 127.0.0.1, served from a background thread."""

    def __init__(self, *, port: int = 0, delay: float = 0.0, idempotent: bool = True) -> None:
        self.state = PlatformState(idempotent=idempotent)
        self._httpd = PlatformHTTPServer(port, self.state, delay)
        self.port = self._httpd.server_address[1]
        self.state.base_url = self.url
        self._thread: threading.Thread | None = None

    @property
    def url(self) -> str:
        """The base URL, e.g. ``http://127.0.0.1:40123``."""
        return f"http://{HOST}:{self.port}"

    @property
    def delay(self) -> float:
        """Seconds every protocol request waits before it is answered."""
        return self._httpd.delay

    @delay.setter
    def delay(self, seconds: float) -> None:
        self._httpd.delay = seconds

    def start(self) -> PlatformServer:
        """Serve from a daemon thread; returns self."""
        self._thread = threading.Thread(
            target=self._httpd.serve_forever,
            args=(POLL_INTERVAL,),
            name=f"platform-{self.port}",
            daemon=True,
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        """Stop serving and close the listening socket."""
        if self._thread is not None:
            self._httpd.shutdown()
            self._thread.join()
            self._thread = None
        self._httpd.server_close()

    def script(self, answers: Iterable[ScriptItem], *, method: str = "POST") -> None:
        """Queue answers for the next creates (POST) or lookups and checks (GET)."""
        self.state.script(answers, method=method)

    def stats(self) -> dict[str, Any]:
        """The same counters ``GET /_stats`` returns."""
        return self.state.stats()

    def set_counts(self, post_id: str, counts: Mapping[str, Any]) -> None:
        """What the counts request answers for one post from now on."""
        self.state.set_counts(post_id, counts)

    def count_requests(self) -> list[list[str]]:
        """The ids of every counts request, in order."""
        return self.state.count_requests()

    def wait_for(self, predicate: Callable[[dict[str, Any]], bool], timeout: float) -> bool:
        """Block until ``predicate(stats())`` holds, or ``timeout`` seconds pass."""
        return self.state.wait_for(predicate, timeout)

    def posts(self) -> list[dict[str, Any]]:
        """Every stored post: the JSON body received plus its ``id`` and ``url``."""
        return self.state.posts()

    def stored(self) -> list[StoredPost]:
        """Every stored post with the request (and headers) that created it."""
        return self.state.stored()

    def received(self) -> list[ReceivedRequest]:
        """Every create request with its headers, including repeats and scripted ones."""
        return self.state.received()

    def reset(self) -> None:
        """Forget every post, counter and scripted answer."""
        self.state.reset()

    def __enter__(self) -> PlatformServer:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()


def main(argv: list[str] | None = None) -> int:
    """Serve until SIGTERM or SIGINT, then exit 0."""
    parser = argparse.ArgumentParser(prog="python -m tests.support.platform_server")
    parser.add_argument("--port", type=int, default=0, help="0 picks a free port")
    parser.add_argument("--delay", type=float, default=0.0, help="seconds before each answer")
    parser.add_argument("--not-idempotent", action="store_true", help="a new post per request")
    args = parser.parse_args(argv)
    stopping = threading.Event()

    def request_stop(signum: int, frame: FrameType | None) -> None:
        stopping.set()

    signal.signal(signal.SIGTERM, request_stop)
    signal.signal(signal.SIGINT, request_stop)
    server = PlatformServer(port=args.port, delay=args.delay, idempotent=not args.not_idempotent)
    with server:
        print(f"listening {server.url}", flush=True)
        stopping.wait()
    return 0


if __name__ == "__main__":
    sys.exit(main())
