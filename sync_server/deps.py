"""Typed dependencies: the database session, the calling device, the protocol check."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Annotated

from fastapi import Depends, Header, Request
from sqlalchemy import update
from sqlalchemy.orm import Session

from loyalty_core.sync_protocol import MIN_PROTOCOL_VERSION, PROTOCOL_VERSION, version_key
from sync_server.db import Database
from sync_server.devices.models import Device
from sync_server.devices.service import authenticate
from sync_server.errors import ApiError
from sync_server.observability.context import note_device
from sync_server.served_versions import served_now


def get_database(request: Request) -> Database:
    database: Database = request.app.state.database
    return database


def get_session(database: Annotated[Database, Depends(get_database)]) -> Iterator[Session]:
    with database.session() as session:
        yield session


def get_read_session(database: Annotated[Database, Depends(get_database)]) -> Iterator[Session]:
    with database.session(read_only=True) as session:
        yield session


def check_protocol(
    # A plain int with a default, not `int | None`: a header cannot be null, and OpenAPI
    # would otherwise offer `null` as a value (sent as the text "null": a 422).
    x_loyalty_protocol: Annotated[int, Header()] = PROTOCOL_VERSION,
) -> int:
    """Refuse a client speaking a protocol this server does not serve (426)."""
    version = x_loyalty_protocol
    if not MIN_PROTOCOL_VERSION <= version <= PROTOCOL_VERSION:
        raise ApiError(
            426,
            "protocol_unsupported",
            f"this server speaks sync protocol {MIN_PROTOCOL_VERSION} to {PROTOCOL_VERSION}; "
            f"the app speaks {version}: update the app",
            {"min": MIN_PROTOCOL_VERSION, "max": PROTOCOL_VERSION, "client": version},
        )
    return version


def bearer_token(authorization: Annotated[str, Header()] = "") -> str | None:
    if not authorization.lower().startswith("bearer "):
        return None
    return authorization[7:].strip()


SEEN_EVERY = timedelta(minutes=1)
"""How stale `device.last_seen_at` may be: it is written at most this often, not per call."""


def current_device(
    reads: Annotated[Session, Depends(get_read_session)],
    writes: Annotated[Session, Depends(get_session)],
    token: Annotated[str | None, Depends(bearer_token)],
    _protocol: Annotated[int, Depends(check_protocol)],
) -> Device:
    """The device the token belongs to; 401 for none, unknown or revoked.

    The token is checked in a read transaction; the time it was last seen is
    written only when it is more than `SEEN_EVERY` old, so a busy tablet's
    calls do not each queue for the database's write lock (SQLite) or commit.
    """
    with reads.begin():
        device = authenticate(reads, token)
    reads.expunge(device)  # a plain record from here on; the routes read their own rows
    note_device(device.store_code, device.device_code)  # for the access log line
    now = datetime.now(UTC)
    if device.last_seen_at is None or now - device.last_seen_at >= SEEN_EVERY:
        with writes.begin():
            writes.execute(update(Device).where(Device.id == device.id).values(last_seen_at=now))
        device.last_seen_at = now
    return device


def check_client_for_pull(
    request: Request,
    x_loyalty_client: Annotated[str, Header(max_length=32)] = "",
) -> None:
    """Refuse feeds to an app older than head office serves (426); its pushes still land.

    Facts must get out of an old tablet, so only pulling waits for the update.
    The oldest served is today's: an announced minimum counts from its day on.
    """
    oldest = served_now(request.app.state.settings).min_client_version
    if x_loyalty_client and version_key(x_loyalty_client) < version_key(oldest):
        raise ApiError(
            426,
            "client_too_old",
            f"this app ({x_loyalty_client}) is older than the oldest served ({oldest}): "
            "update the app; its sales are still received",
            {"min_client_version": oldest, "client": x_loyalty_client},
        )


def utc_now() -> datetime:
    return datetime.now(UTC)


SessionDep = Annotated[Session, Depends(get_session)]
ReadSessionDep = Annotated[Session, Depends(get_read_session)]
DeviceDep = Annotated[Device, Depends(current_device)]
ProtocolDep = Annotated[int, Depends(check_protocol)]
PullAllowedDep = Annotated[None, Depends(check_client_for_pull)]
NowDep = Annotated[datetime, Depends(utc_now)]
