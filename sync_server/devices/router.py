"""Device registration: a one-time code for a token."""

from __future__ import annotations

from fastapi import APIRouter

from loyalty_core.sync_protocol import ErrorBody, RegisterRequest, RegisterResponse
from sync_server.deps import NowDep, ProtocolDep, SessionDep
from sync_server.devices.service import register
from sync_server.errors import ApiError

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
    # PostgreSQL cannot hold or even compare text with NUL in it (a 500 otherwise). No
    # store or code has one, so such a pair is refused like any code not valid here.
    if "\x00" in body.store_code or "\x00" in body.registration_code:
        raise ApiError(403, "bad_registration_code", "this code is not valid for this store")
    if "\x00" in body.device_name:
        raise ApiError(
            422,
            "invalid_request",
            "The request does not match the protocol.",
            {"errors": [{"at": "body.device_name", "problem": "a NUL character"}]},
        )
    with session.begin():
        return register(
            session,
            store_code=body.store_code,
            code=body.registration_code,
            device_name=body.device_name,
            now=now,
        )
