"""One ASGI layer around the whole application: request id, access line, request metrics.

Outermost of the app's middleware (added last), so that a refusal by the body limit is
counted and logged like any answer. Per request it:
- takes the proxy's `X-Request-ID` when sane, else makes one, and answers it in the
  response's `X-Request-ID` header; every log line written meanwhile carries it;
- counts the answer and times it (to the last byte sent) by route template and method;
- counts a push refused whole (`/v1/sync/push` answered 4xx/5xx: nothing applied);
- writes one access line from the request's head only: no body, no token.
"""

from __future__ import annotations

import logging
import re
import time
from collections.abc import Awaitable, Callable, Iterable, Iterator, MutableMapping
from typing import Any

from starlette.routing import Match

from sync_server.observability import metrics
from sync_server.observability.context import RequestContext, begin, request_id_from

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
App = Callable[[Scope, Receive, Send], Awaitable[None]]

PUSH_PATH = "/v1/sync/push"
UNMATCHED = "<unmatched>"
"""The route label of a request no route serves (a 404): never the raw path."""

_CLIENT_VERSION = re.compile(r"[A-Za-z0-9.+_-]{1,32}")

access_log = logging.getLogger("sync_server.access")


class RequestMiddleware:
    """See the module docstring."""

    def __init__(self, app: App) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers: dict[bytes, bytes] = dict(scope.get("headers") or [])
        incoming = headers.get(b"x-request-id", b"").decode("latin-1")
        context = begin(request_id_from(incoming))
        started = time.perf_counter()
        status = 500  # what the client gets if the app fails before answering

        async def send_with_id(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = int(message["status"])
                message = dict(message)
                message["headers"] = [
                    *message.get("headers", []),
                    (b"x-request-id", context.request_id.encode("ascii")),
                ]
            await send(message)

        try:
            await self.app(scope, receive, send_with_id)
        finally:
            _finished(scope, headers, context, status, time.perf_counter() - started)


def _finished(
    scope: Scope,
    headers: dict[bytes, bytes],
    context: RequestContext,
    status: int,
    seconds: float,
) -> None:
    method = str(scope.get("method", ""))
    path = str(scope.get("path", ""))
    route = route_template(scope)
    metrics.record_request(route, method, status, seconds)
    if path == PUSH_PATH and method == "POST" and status >= 400:
        metrics.record_push_refused(status)
    version = headers.get(b"x-loyalty-client", b"").decode("latin-1")
    client = scope.get("client")
    access_log.log(
        logging.WARNING if status >= 500 else logging.INFO,
        "%s %s %d %.1f ms",
        method,
        path[:200],
        status,
        seconds * 1000,
        extra={
            "method": method,
            "path": path[:200],
            "route": route,
            "status": status,
            "duration_ms": round(seconds * 1000, 1),
            "device": context.device or None,
            "client_version": version if _CLIENT_VERSION.fullmatch(version) else None,
            "client": client[0] if client else None,
        },
    )


def route_template(scope: Scope) -> str:
    """The path template of the route that served the request (`/v1/sync/feeds/{feed}`).

    FastAPI leaves the route in the scope; a request refused before routing (the body
    limit) is matched here against the app's routes, and one no route serves is
    `<unmatched>`, so that no raw path (with its ids) ever becomes a label.
    """
    route = scope.get("route")
    if route is not None and hasattr(route, "path"):
        return str(route.path)
    router = getattr(scope.get("app"), "router", None)
    for candidate in _leaves(getattr(router, "routes", ())):
        match, _child = candidate.matches(scope)
        if match is not Match.NONE and hasattr(candidate, "path"):
            return str(candidate.path)
    return UNMATCHED


def _leaves(routes: Iterable[Any]) -> Iterator[Any]:
    """The routes themselves, inside the routers included in the app (FastAPI keeps an
    included router as one entry that matches as a whole)."""
    for route in routes:
        inner = getattr(getattr(route, "original_router", None), "routes", None)
        if inner is not None:
            yield from _leaves(inner)
        else:
            yield route
