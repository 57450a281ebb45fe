"""The FastAPI application: routers, error handlers, the body limit."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, MutableMapping
from datetime import UTC, datetime
from typing import Any

from fastapi import FastAPI

from loyalty_core.feeds import Feed
from loyalty_core.sync_protocol import (
    MAX_BATCH_BYTES,
    MIN_PROTOCOL_VERSION,
    PROTOCOL_VERSION,
    HealthBody,
    ServerInfo,
)
from sync_server.config import ServerSettings
from sync_server.db import Database
from sync_server.devices.router import router as devices_router
from sync_server.errors import error_response, install_handlers
from sync_server.sync.router import router as sync_router

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]


class BodyLimit:
    """Answer 413 for a body above the limit, declared or streamed, before parsing it."""

    def __init__(self, app: Callable[[Scope, Receive, Send], Awaitable[None]], limit: int) -> None:
        self.app = app
        self.limit = limit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = dict(scope.get("headers") or []).get(b"content-length")
        if declared is not None and declared.isdigit() and int(declared) > self.limit:
            await self._refuse(scope, receive, send)
            return
        seen = 0

        async def counted() -> Message:
            nonlocal seen
            message = await receive()
            seen += len(message.get("body", b""))
            if seen > self.limit:
                raise _TooLarge
            return message

        try:
            await self.app(scope, counted, send)
        except _TooLarge:
            await self._refuse(scope, receive, send)

    async def _refuse(self, scope: Scope, receive: Receive, send: Send) -> None:
        response = error_response(
            413,
            "batch_too_large",
            f"a request body holds at most {self.limit} bytes; send a smaller batch",
            {"max_bytes": self.limit},
        )
        await response(scope, receive, send)


class _TooLarge(Exception):
    pass


def create_app(settings: ServerSettings, database: Database | None = None) -> FastAPI:
    """Build the application on its database (made from the settings if not given)."""
    app = FastAPI(
        title="Loyalty counter sync server",
        version="0.1.0",
        description="Push and pull between the store tablets and head office.",
    )
    app.state.settings = settings
    app.state.database = database or Database(settings.database_url)
    install_handlers(app)
    app.include_router(devices_router)
    app.include_router(sync_router)

    @app.get("/health", response_model=HealthBody, tags=["server"])
    def health() -> HealthBody:
        return HealthBody(status="ok")

    @app.get("/v1/info", response_model=ServerInfo, tags=["server"])
    def info() -> ServerInfo:
        """Versions served and the server's time: what a tablet checks first."""
        return ServerInfo(
            protocol_min=MIN_PROTOCOL_VERSION,
            protocol_max=PROTOCOL_VERSION,
            min_client_version=settings.min_client_version,
            server_time=datetime.now(UTC),
            feeds=[str(f) for f in Feed],
        )

    app.add_middleware(BodyLimit, limit=max(settings.max_body_bytes, MAX_BATCH_BYTES))
    return app
