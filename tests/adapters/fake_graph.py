"""What Meta's Graph API servers have in common, for the Instagram and Facebook fakes:
bearer-token checks, errors in Graph's JSON shape, throttling announced through
``X-Business-Use-Case-Usage``, ``debug_token``, and scripted failures.

Shapes from https://developers.facebook.com/docs/graph-api/guides/error-handling and
https://developers.facebook.com/docs/graph-api/overview/rate-limiting.
"""

from __future__ import annotations

import itertools
import json
import math
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from werkzeug import Request, Response

VERSION = "v24.0"
BAD_GATEWAY = "<html><body><h1>502 Bad Gateway</h1></body></html>"
_NODE_ID = re.compile(r"\d+(_\d+)?")  # a numeric id, or a Page post's PAGEID_POSTID


def graph_error(
    status: int,
    message: str,
    code: int,
    *,
    subcode: int | None = None,
    kind: str = "OAuthException",
    transient: bool = False,
    headers: dict[str, str] | None = None,
) -> Response:
    error: dict[str, Any] = {
        "message": message,
        "type": kind,
        "code": code,
        "is_transient": transient,
        "fbtrace_id": "AbCdEfGhIjK",
    }
    if subcode is not None:
        error["error_subcode"] = subcode
    return json_response({"error": error}, status, headers)


def json_response(body: Any, status: int = 200, headers: dict[str, str] | None = None) -> Response:
    return Response(
        json.dumps(body), status=status, headers=headers, content_type="application/json"
    )


def graph_time(moment: datetime) -> str:
    """Graph's timestamp format: 2026-12-04T14:00:03+0000."""
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S+0000")


def _top_fields(fields: str) -> set[str]:
    """The top-level names of a field list: 'a,b.summary(x).limit(0),c{d,e}' -> a, b, c."""
    names, depth, current = set(), 0, ""
    for char in fields + ",":
        if char in "({":
            depth += 1
        elif char in ")}":
            depth -= 1
        if char == "," and depth == 0:
            names.add(current.split(".", 1)[0].split("{", 1)[0].strip())
            current = ""
        else:
            current += char
    return {n for n in names if n}


def params(request: Request) -> dict[str, str]:
    """A Graph call's parameters: the query string and, for POST, the form body."""
    found = {key: request.args[key] for key in request.args}
    found.update({key: request.form[key] for key in request.form})
    return found


@dataclass
class Scripted:
    """A canned answer for the next request to one endpoint."""

    endpoint: str
    response: Response


@dataclass
class GraphServer:
    """Routing, auth and scripts shared by both fakes; subclasses add their endpoints."""

    base_url: str
    token: str
    owner_id: str  # the business (Page or Instagram account) throttling is counted for
    token_expires_at: datetime | None = None
    token_valid: bool = True
    scopes: tuple[str, ...] = ()
    requests: list[tuple[str, str, dict[str, str]]] = field(default_factory=list)
    # What a multi-id read (GET /?ids=...&fields=...) answers per object beyond zeros: the
    # fields' values, insights by metric name under "insights".
    counts: dict[str, dict[str, Any]] = field(default_factory=dict)
    insights_allowed: bool = True  # the token has the insights permission
    multi_reads: list[tuple[list[str], str]] = field(default_factory=list)
    _scripted: list[Scripted] = field(default_factory=list)
    _ids: Iterator[int] = field(default_factory=lambda: itertools.count(17_900_000_000_000_001))

    def new_id(self) -> str:
        return str(next(self._ids))

    def script(self, endpoint: str, response: Response) -> None:
        self._scripted.append(Scripted(endpoint, response))

    def fail_next(
        self,
        endpoint: str,
        status: int,
        *,
        retry_after_seconds: int | None = None,
        message: str = "failure",
    ) -> None:
        """The next call to ``endpoint`` fails the way Graph fails for that HTTP status."""
        self.script(endpoint, self.failure(status, retry_after_seconds, message))

    def failure(self, status: int, retry_after_seconds: int | None, message: str) -> Response:
        if (
            status == 429
        ):  # Graph throttles with a 400, error code 80001/80002, and the usage header
            minutes = math.ceil((retry_after_seconds or 300) / 60)
            usage = {self.owner_id: [{"type": "pages", "call_count": 100, "total_cputime": 12,
                                      "total_time": 15, "estimated_time_to_regain_access": minutes}]}  # fmt: skip
            return graph_error(
                400, "There have been too many calls for this account.", 80001,
                headers={"X-Business-Use-Case-Usage": json.dumps(usage)},
            )  # fmt: skip
        if status in (401, 403):
            return graph_error(400, f"Error validating access token: {message}", 190, subcode=463)
        if status >= 500:
            return Response(BAD_GATEWAY, status=status, content_type="text/html")
        return graph_error(400, message, 100, kind="GraphMethodException")

    def handle(self, request: Request) -> Response:
        """Auth, scripts, then the subclass's route."""
        path = request.path.removeprefix(f"/{VERSION}/").strip("/")
        self.requests.append((request.method, path, params(request)))
        endpoint = self.endpoint(request.method, path)
        for scripted in self._scripted:
            if scripted.endpoint == endpoint:
                self._scripted.remove(scripted)
                return scripted.response
        if request.headers.get("Authorization") != f"Bearer {self.token}":
            return graph_error(400, "Invalid OAuth access token - Cannot parse access token", 190)
        if path == "debug_token":
            return self.debug_token(params(request))
        if request.method == "GET" and path == "" and "ids" in request.args:
            return self.objects(params(request))
        return self.route(request.method, path, params(request), request)

    def endpoint(self, method: str, path: str) -> str:
        """A name for scripting: e.g. 'POST media_publish', 'POST comments'."""
        last = path.rsplit("/", 1)[-1]
        return f"{method} {'node' if _NODE_ID.fullmatch(last) else last}"

    def route(self, method: str, path: str, args: dict[str, str], request: Request) -> Response:
        raise NotImplementedError

    def has_object(self, object_id: str) -> bool:
        raise NotImplementedError

    def zeros(self, object_id: str) -> dict[str, Any]:
        """An object's readable counts before any were set (its fields at zero)."""
        raise NotImplementedError

    def objects(self, args: dict[str, str]) -> Response:
        """GET /?ids=...&fields=...: every object or none (Graph refuses the whole call
        when one alias does not exist, naming it); the fields asked for, insights expanded."""
        ids, fields = args["ids"].split(","), args.get("fields", "")
        self.multi_reads.append((ids, fields))
        if len(ids) > 50:
            return graph_error(400, "(#100) Too many IDs. Maximum: 50", 100)
        missing = [i for i in ids if not self.has_object(i)]
        if missing:
            message = f"(#803) Some of the aliases you requested do not exist: {','.join(missing)}"
            return graph_error(404, message, 803)
        asked = _top_fields(fields)
        if "insights" in asked and not self.insights_allowed:
            return graph_error(
                403, "(#10) Application does not have permission for this action", 10
            )
        return json_response({i: self._fields(i, asked, fields) for i in ids})

    def _fields(self, object_id: str, asked: set[str], fields: str) -> dict[str, Any]:
        values = {**self.zeros(object_id), **self.counts.get(object_id, {})}
        found: dict[str, Any] = {"id": object_id}
        for name in asked - {"insights"}:
            if name in values and values[name] is not None:
                found[name] = values[name]
        if "insights" in asked:
            metrics = re.search(r"insights\.metric\(([^)]*)\)", fields)
            names = metrics[1].split(",") if metrics else []
            stored = values.get("insights") or {}
            found["insights"] = {"data": [
                {"name": n, "period": "lifetime", "values": [{"value": stored.get(n, 0)}],
                 "id": f"{object_id}/insights/{n}/lifetime"}
                for n in names
            ]}  # fmt: skip
        return found

    def debug_token(self, args: dict[str, str]) -> Response:
        if args.get("input_token") != self.token:
            return graph_error(400, "Invalid OAuth access token.", 190)
        expires = int(self.token_expires_at.timestamp()) if self.token_expires_at else 0
        return json_response(
            {
                "data": {
                    "app_id": "138483919580948",
                    "type": "USER",
                    "application": "Radiology teaching",
                    "data_access_expires_at": expires + 7_776_000 if expires else 0,
                    "expires_at": expires,
                    "is_valid": self.token_valid,
                    "issued_at": 1_764_000_000,
                    "scopes": list(self.scopes),
                    "user_id": "10215966355271217",
                }
            }
        )

    def not_found(self, path: str) -> Response:
        return graph_error(
            400,
            f"Unsupported get request. Object with ID '{path}' does not exist",
            100,
            subcode=33,
            kind="GraphMethodException",
        )
