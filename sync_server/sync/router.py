"""Push and pull over HTTP; the routes only translate, the services decide."""

from __future__ import annotations

import logging
import time

from fastapi import APIRouter, Query, Response
from sqlalchemy.exc import DBAPIError

from loyalty_core.feeds import Feed
from loyalty_core.sync_protocol import (
    MAX_BATCH_CHANGES,
    MAX_PAGE_ROWS,
    ErrorBody,
    FeedPage,
    FeedStates,
    PushRequest,
    PushResponse,
)
from loyalty_core.wire import Change
from sync_server.deps import DeviceDep, NowDep, PullAllowedDep, ReadSessionDep, SessionDep
from sync_server.devices.models import Device
from sync_server.errors import ApiError
from sync_server.observability.metrics import record_pull_page, record_push
from sync_server.sync import feeds
from sync_server.sync.push import push_batch

ERRORS: dict[int | str, dict[str, object]] = {
    status: {"model": ErrorBody} for status in (400, 401, 403, 404, 410, 413, 415, 422, 426, 503)
}

log = logging.getLogger(__name__)

router = APIRouter(prefix="/v1/sync", tags=["sync"], responses=ERRORS)


MAX_DEVICE_SEQ = 2**31 - 1
"""The greatest sequence number the server can keep (`device.last_device_seq` is an INTEGER)."""

MAX_HASH_LENGTH = 64
"""`inbox.payload_sha256` is a VARCHAR(64): a longer "hash" could not even be kept as rejected."""


def _unstorable(changes: list[Change]) -> list[dict[str, str]]:
    """Envelope values the protocol model lets through but no column can hold (a 5xx otherwise)."""
    problems = []
    for i, change in enumerate(changes):
        if change.device_seq > MAX_DEVICE_SEQ:
            problems.append(
                {"at": f"body.changes.{i}.device_seq", "problem": f"at most {MAX_DEVICE_SEQ}"}
            )
        if len(change.payload_sha256) > MAX_HASH_LENGTH:
            problems.append(
                {
                    "at": f"body.changes.{i}.payload_sha256",
                    "problem": f"at most {MAX_HASH_LENGTH} characters",
                }
            )
    return problems


@router.post("/push", response_model=PushResponse)
def push(body: PushRequest, device: DeviceDep, session: SessionDep, now: NowDep) -> Response:
    """Apply a batch of outbox changes; answer one result per change, after commit."""
    if len(body.changes) > MAX_BATCH_CHANGES:
        raise ApiError(
            413,
            "batch_too_large",
            f"a batch holds at most {MAX_BATCH_CHANGES} changes; send fewer",
            {"max_changes": MAX_BATCH_CHANGES},
        )
    if problems := _unstorable(list(body.changes)):
        raise ApiError(
            422,
            "invalid_request",
            "The request does not match the protocol.",
            {"errors": problems[:20]},
        )
    for attempt in range(1, PUSH_ATTEMPTS + 1):
        try:
            with session.begin():
                # The device as it is now (authenticated in a read transaction before).
                current = session.get(Device, device.id, populate_existing=True)
                assert current is not None
                results = push_batch(session, current, list(body.changes), now=now)
            record_push(body.changes, results)
            answer = PushResponse(results=results, server_time=now)
            # Built and checked here; encoded once by pydantic-core (FastAPI would validate
            # the model again and encode it through dicts).
            return Response(answer.model_dump_json(), media_type="application/json")
        except DBAPIError as exc:
            # Two batches touching the same balances in another order: PostgreSQL breaks
            # the deadlock by failing one. Nothing of it was committed; apply it again.
            session.rollback()
            if not _transient(exc):
                raise
            log.info("push attempt %d hit %s; retrying", attempt, type(exc.orig).__name__)
            time.sleep(0.05 * attempt)
    raise ApiError(
        503,
        "busy",
        "the server is busy; nothing of this batch was applied, send it again",
        {"retry_after": 1},
    )


PUSH_ATTEMPTS = 4
_TRANSIENT_STATES = frozenset({"40P01", "40001", "55P03"})  # deadlock, serialization, lock


def _transient(exc: DBAPIError) -> bool:
    """A failure of the moment (deadlock, busy SQLite file), not of the batch itself."""
    state = getattr(exc.orig, "sqlstate", None)
    if state in _TRANSIENT_STATES:
        return True
    return "database is locked" in str(exc.orig)


@router.get("/feeds/{feed}", response_model=FeedPage)
def pull(
    feed: Feed,
    device: DeviceDep,
    session: ReadSessionDep,
    _allowed: PullAllowedDep,
    cursor: str = Query(default="", max_length=64),
    limit: int = Query(default=1000, ge=1, le=MAX_PAGE_ROWS),
) -> FeedPage:
    """Return a page of a feed after the tablet's cursor."""
    cursor_value = feeds.Cursor.decode(cursor)
    with session.begin():
        page = feeds.read_page(
            session, feed, feeds.scope_of(feed, device.store_code), cursor_value, limit=limit
        )
    record_pull_page(str(feed))
    return page


@router.get("/feeds", response_model=FeedStates)
def feed_states(device: DeviceDep, session: ReadSessionDep, _allowed: PullAllowedDep) -> FeedStates:
    """Count and checksum of every feed, to compare with what the tablet holds."""
    with session.begin():
        return FeedStates(
            feeds=[
                feeds.feed_state(session, feed, feeds.scope_of(feed, device.store_code))
                for feed in Feed
            ]
        )
