"""Device registration: a one-time code for a token."""

from __future__ import annotations

from fastapi import APIRouter

from loyalty_core.sync_protocol import ErrorBody, RegisterRequest, RegisterResponse
from sync_server.deps import NowDep, ProtocolDep, SessionDep
from sync_server.devices.service import register

router = APIRouter(
    prefix="/v1/devices",
    tags=["devices"],
    responses={s: {"model": ErrorBody} for s in (400, 403, 413, 415, 422, 426)},
)


@router.post("/register", response_model=RegisterResponse)
def register_device(
    body: RegisterRequest, session: SessionDep, now: NowDep, _protocol: ProtocolDep
) -> RegisterResponse:
    """Register this tablet with a store's one-time code; the token is shown once."""
    with session.begin():
        return register(
            session,
            store_code=body.store_code,
            code=body.registration_code,
            device_name=body.device_name,
            now=now,
        )
