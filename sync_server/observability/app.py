"""Put the observability pieces on the application (called by `create_app`)."""

from __future__ import annotations

import os

from fastapi import FastAPI

from sync_server.observability.logs import configure_json_logging, json_logs_wanted, log_level
from sync_server.observability.middleware import RequestMiddleware
from sync_server.observability.routes import router

METRICS_TOKEN_ENV = "LOYALTY_METRICS_TOKEN"


def install(app: FastAPI) -> None:
    """JSON logs when asked for, the request middleware (outermost: add it last), the routes.

    Logging is set up here, in each worker as it imports the app, and not only by
    `sync-server serve`: `uvicorn sync_server.asgi:app` run by hand logs JSON just the same.
    """
    if json_logs_wanted():
        configure_json_logging(log_level())
    app.state.metrics_token = os.environ.get(METRICS_TOKEN_ENV, "")
    app.include_router(router)
    app.add_middleware(RequestMiddleware)
