"""Adding and disabling staff; every change is published to the store's tablets."""

from __future__ import annotations

from datetime import datetime

from argon2 import PasswordHasher
from sqlalchemy import select
from sqlalchemy.orm import Session

from loyalty_core.feeds import Feed, StaffRow
from loyalty_core.ids import uuid7
from loyalty_core.roles import Role
from sync_server.errors import ApiError
from sync_server.staff.models import Staff
from sync_server.stores.models import Store
from sync_server.sync.feeds import publish

# The tablets verify with these parameters; they must stay cheap enough for a
# store tablet (see pos_client.services.staff) while the lock-out stops guessing.
_hasher = PasswordHasher(time_cost=2, memory_cost=19_456, parallelism=1)


def _check_pin(pin: str) -> None:
    if not (pin.isascii() and pin.isdigit() and 4 <= len(pin) <= 8):
        raise ApiError(400, "bad_pin", "a PIN has 4 to 8 digits")


def add_staff(
    session: Session, *, store_code: str, code: str, name: str, role: Role, pin: str, now: datetime
) -> Staff:
    """Create a staff account in a store with an argon2id PIN verifier."""
    _check_pin(pin)
    if session.get(Store, store_code) is None:
        raise ApiError(404, "unknown_store", f"no store {store_code}")
    if session.scalars(select(Staff).where(Staff.code == code)).first() is not None:
        raise ApiError(409, "staff_exists", f"staff code {code} is taken")
    row = Staff(
        id=uuid7(),
        store_code=store_code,
        code=code,
        name=name,
        role=str(role),
        pin_hash=_hasher.hash(pin),
        active=True,
        updated_at=now,
    )
    session.add(row)
    session.flush()
    publish_staff(session, row, now=now)
    return row


def set_active(session: Session, *, code: str, active: bool, now: datetime) -> Staff:
    """Disable (or enable again) a staff account on every tablet of its store."""
    row = session.scalars(select(Staff).where(Staff.code == code)).first()
    if row is None:
        raise ApiError(404, "unknown_staff", f"no staff member {code}")
    if row.active != active:
        row.active = active
        row.updated_at = now
        session.flush()
        publish_staff(session, row, now=now)
    return row


def set_pin(session: Session, *, code: str, pin: str, now: datetime) -> Staff:
    _check_pin(pin)
    row = session.scalars(select(Staff).where(Staff.code == code)).first()
    if row is None:
        raise ApiError(404, "unknown_staff", f"no staff member {code}")
    row.pin_hash = _hasher.hash(pin)
    row.updated_at = now
    session.flush()
    publish_staff(session, row, now=now)
    return row


def publish_staff(session: Session, row: Staff, *, now: datetime) -> None:
    data = StaffRow(
        id=row.id,
        code=row.code,
        name=row.name,
        role=row.role,
        pin_hash=row.pin_hash,
        active=row.active,
    ).model_dump(mode="json")
    publish(session, Feed.STAFF, row.store_code, str(row.id), data, now=now)
