"""`/ready` and `/metrics`, beside `/health` (which is in main.py)."""

from __future__ import annotations

import asyncio
import hmac
from typing import Annotated, Any

from fastapi import APIRouter, Header, Request, Response
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import JSONResponse

from loyalty_core.sync_protocol import ErrorBody
from sync_server.errors import error_response
from sync_server.observability import metrics, readiness
from sync_server.observability.readiness import ReadyBody

READY_TIMEOUT_S = 5.0
"""A probe must get an answer; a database that hangs is a database that is not there."""

router = APIRouter(tags=["server"])

_RESPONSES: dict[int | str, dict[str, Any]] = {
    status: {"model": ErrorBody} for status in (413, 503)
}


@router.get("/ready", response_model=ReadyBody, responses=_RESPONSES)
async def ready(request: Request) -> ReadyBody | JSONResponse:
    """Ready to serve: the database answers and its schema is at this server's revision."""
    try:
        state = await asyncio.wait_for(
            run_in_threadpool(readiness.check, request.app.state.database), READY_TIMEOUT_S
        )
    except TimeoutError:
        return error_response(
            503, "not_ready", f"the database did not answer within {READY_TIMEOUT_S:g} s"
        )
    if not state.ready:
        return error_response(
            503, "not_ready", state.reason, {"revision": state.revision, "head": state.head}
        )
    return ReadyBody(status="ready", revision=state.head)


@router.get("/metrics", include_in_schema=False)
def metrics_text(request: Request, authorization: Annotated[str, Header()] = "") -> Response:
    """Prometheus text format; with `LOYALTY_METRICS_TOKEN` set, only for its bearer."""
    token: str = request.app.state.metrics_token
    if token and not hmac.compare_digest(authorization.encode(), f"Bearer {token}".encode()):
        return error_response(401, "unauthorized", "the metrics need the monitoring token")
    return Response(metrics.exposition(request.app.state.database), media_type=metrics.CONTENT_TYPE)
