"""The FastAPI application: routers, error handlers, the body limit."""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, MutableMapping
from contextlib import asynccontextmanager
from datetime import UTC, datetime
from typing import Any

from apscheduler.schedulers.background import BackgroundScheduler
from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from loyalty_core.feeds import Feed
from loyalty_core.sync_protocol import (
    MAX_BATCH_BYTES,
    MIN_PROTOCOL_VERSION,
    PROTOCOL_VERSION,
    ErrorBody,
    HealthBody,
    ServerInfo,
)
from loyalty_core.version import VERSION
from sync_server.advice.pairings import compute_in_background
from sync_server.config import ServerSettings
from sync_server.consents.router import router as attachments_router
from sync_server.db import Database
from sync_server.devices.router import router as devices_router
from sync_server.errors import error_response, install_handlers
from sync_server.gifts.router import router as redemptions_router
from sync_server.mail.service import send_round
from sync_server.observability.app import install as install_observability
from sync_server.served_versions import ServedVersionHeaders, served_now
from sync_server.sync.router import router as sync_router
from sync_server.sync.snapshot_router import router as snapshot_router
from sync_server.sync.snapshots import write_ahead

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
                raise BodyTooLarge(self.limit)
            return message

        try:
            await self.app(scope, counted, send)
        except BodyTooLarge:
            await self._refuse(scope, receive, send)

    async def _refuse(self, scope: Scope, receive: Receive, send: Send) -> None:
        await too_large_response(self.limit)(scope, receive, send)


class BodyTooLarge(StarletteHTTPException):
    """A streamed body passed the limit while it was read.

    An HTTPException, because FastAPI turns any other exception raised while it reads
    a body into a 400 "error parsing the body"; it lets these through to the handler
    `create_app` installs, which answers the same 413 as a declared length.
    """

    def __init__(self, limit: int) -> None:
        super().__init__(413)
        self.limit = limit


def too_large_response(limit: int) -> JSONResponse:
    return error_response(
        413,
        "batch_too_large",
        f"a request body holds at most {limit} bytes; send a smaller batch",
        {"max_bytes": limit},
    )


@asynccontextmanager
async def _background_jobs(app: FastAPI) -> AsyncIterator[None]:
    """While the server runs, in a background thread of each worker: write first-download
    snapshots ahead (at start, then every `snapshot_minutes`; a lock file keeps it to one
    writer), and send the e-mails counters asked for (every `mail_minutes`, when a mail
    server is set; two workers never send one request twice, see mail.service), and count
    'bought together' again every `pairings_hours`."""
    settings: ServerSettings = app.state.settings
    scheduler = BackgroundScheduler(daemon=True)
    if settings.snapshot_minutes > 0:
        scheduler.add_job(
            write_ahead,
            "interval",
            minutes=settings.snapshot_minutes,
            args=[app.state.database, settings.data_dir],
            next_run_time=datetime.now(UTC),
            max_instances=1,
            coalesce=True,
        )
    if settings.smtp_url and settings.mail_minutes > 0:
        scheduler.add_job(
            send_round,
            "interval",
            minutes=settings.mail_minutes,
            args=[app.state.database, settings],
            next_run_time=datetime.now(UTC),
            max_instances=1,
            coalesce=True,
        )
    if settings.pairings_hours > 0:
        # First run one interval after start, not at once: a restart should not recount.
        scheduler.add_job(
            compute_in_background,
            "interval",
            hours=settings.pairings_hours,
            args=[app.state.database],
            max_instances=1,
            coalesce=True,
        )
    if scheduler.get_jobs():
        scheduler.start()
    try:
        yield
    finally:
        if scheduler.running:
            scheduler.shutdown(wait=False)


def create_app(settings: ServerSettings, database: Database | None = None) -> FastAPI:
    """Build the application on its database (made from the settings if not given)."""
    app = FastAPI(
        lifespan=_background_jobs,
        title="Loyalty counter sync server",
        version=VERSION,
        description="Push and pull between the store tablets and head office.",
    )
    app.state.settings = settings
    app.state.database = database or Database(settings.database_url)
    install_handlers(app)

    @app.exception_handler(BodyTooLarge)
    async def _too_large(_request: Request, exc: BodyTooLarge) -> JSONResponse:
        return too_large_response(exc.limit)

    app.include_router(devices_router)
    app.include_router(sync_router)
    app.include_router(snapshot_router)
    app.include_router(attachments_router)
    app.include_router(redemptions_router)

    # Any request can be refused by the body limit, these two included.
    too_large: dict[int | str, dict[str, Any]] = {413: {"model": ErrorBody}}

    @app.get("/health", response_model=HealthBody, tags=["server"], responses=too_large)
    def health() -> HealthBody:
        """Liveness: the process answers HTTP (the database is not asked; see `/ready`)."""
        return HealthBody(status="ok")

    @app.get("/v1/info", response_model=ServerInfo, tags=["server"], responses=too_large)
    def info() -> ServerInfo:
        """Versions served and the server's time: what a tablet checks first.

        An oldest app announced from a day on comes in the headers, as on every
        /v1 answer: older apps refuse fields they do not know in this body.
        """
        served = served_now(settings)
        return ServerInfo(
            protocol_min=MIN_PROTOCOL_VERSION,
            protocol_max=PROTOCOL_VERSION,
            min_client_version=served.min_client_version,
            server_time=datetime.now(UTC),
            feeds=[str(f) for f in Feed],
        )

    app.add_middleware(BodyLimit, limit=max(settings.max_body_bytes, MAX_BATCH_BYTES))
    app.add_middleware(ServedVersionHeaders, settings=settings)  # on every /v1 answer
    install_observability(app)  # /ready, /metrics, request ids: outermost, so added last
    return app
