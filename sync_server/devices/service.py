"""Registering tablets with one-time codes, authenticating them, revoking them."""

from __future__ import annotations

import hashlib
import secrets
from datetime import datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from loyalty_core.ids import uuid7
from loyalty_core.member_card import HEAD_OFFICE_ISSUER, MAX_DEVICE_ISSUER
from loyalty_core.sync_protocol import RegisterResponse
from sync_server.devices.models import Device, RegistrationCode
from sync_server.errors import ApiError
from sync_server.stores.models import Store
from sync_server.stores.service import publish_settings, store_info

_CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I: read aloud over the phone
REGISTRATION_LOCK_KEY = 0x4C4F59414C  # PostgreSQL advisory lock of `register` ("LOYAL")


def _sha256(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


def _normalise_code(code: str) -> str:
    return "".join(ch for ch in code.upper() if ch.isalnum())


def issue_code(
    session: Session, *, store_code: str, now: datetime, valid_for: timedelta = timedelta(hours=72)
) -> str:
    """Return a new one-time registration code for a store (only its hash is kept)."""
    if session.get(Store, store_code) is None:
        raise ApiError(404, "unknown_store", f"no store {store_code}")
    raw = "".join(secrets.choice(_CODE_ALPHABET) for _ in range(12))
    session.add(
        RegistrationCode(
            code_sha256=_sha256(raw),
            store_code=store_code,
            issued_at=now,
            expires_at=now + valid_for,
        )
    )
    return "-".join(raw[i : i + 4] for i in range(0, 12, 4))


def register(
    session: Session, *, store_code: str, code: str, device_name: str, now: datetime
) -> RegisterResponse:
    """Spend a registration code: a new device of its store, with its own token."""
    if session.get_bind().dialect.name == "postgresql":
        # One registration at a time, chain-wide, until commit: the code's single use,
        # the store's next device code and the next card issuer are each read, then
        # written (two tablets registering at once got the same issuer: a 500).
        session.execute(select(func.pg_advisory_xact_lock(REGISTRATION_LOCK_KEY)))
    store = session.get(Store, store_code.strip().upper())
    row = session.get(RegistrationCode, _sha256(_normalise_code(code)))
    if store is None or row is None or row.store_code != store.code:
        raise ApiError(403, "bad_registration_code", "this code is not valid for this store")
    if row.used_at is not None:
        raise ApiError(403, "registration_code_used", "this code has been used already")
    if row.expires_at <= now:
        raise ApiError(403, "registration_code_expired", "this code has expired")
    taken = session.scalar(
        select(func.count()).select_from(Device).where(Device.store_code == store.code)
    )
    token = secrets.token_urlsafe(32)
    issuer = next_card_issuer(session)
    device = Device(
        id=uuid7(),
        store_code=store.code,
        device_code=f"D{(taken or 0) + 1:02d}",
        name=device_name,
        token_sha256=_sha256(token),
        registered_at=now,
        card_issuer=issuer,
    )
    session.add(device)
    row.used_at = now
    row.device_id = device.id
    session.flush()
    publish_settings(session, store, now=now)  # the store's tablets learn the new issuer
    return RegisterResponse(
        device_id=device.id,
        device_code=device.device_code,
        token=token,
        store=store_info(store),
        card_issuer=issuer,
    )


def next_card_issuer(session: Session) -> int:
    """The next free issuer number for member cards (unique across the chain)."""
    taken = session.scalar(select(func.max(Device.card_issuer))) or HEAD_OFFICE_ISSUER
    if taken >= MAX_DEVICE_ISSUER:
        raise ApiError(409, "no_card_issuer_left", "every card issuer number is taken")
    return taken + 1


def authenticate(session: Session, token: str | None) -> Device:
    """Return the device a bearer token belongs to; refuse unknown and revoked ones."""
    if not token:
        raise ApiError(401, "no_token", "this request needs the device's token")
    device = session.scalars(select(Device).where(Device.token_sha256 == _sha256(token))).first()
    if device is None:
        raise ApiError(401, "bad_token", "this device is not registered here")
    if device.revoked_at is not None:
        raise ApiError(
            401,
            "device_revoked",
            "this device was revoked by head office; register it again to sync",
        )
    return device


def revoke(session: Session, *, store_code: str, device_code: str, now: datetime) -> Device:
    device = session.scalars(
        select(Device).where(Device.store_code == store_code, Device.device_code == device_code)
    ).first()
    if device is None:
        raise ApiError(404, "unknown_device", f"no device {store_code}-{device_code}")
    if device.revoked_at is None:
        device.revoked_at = now
    return device
