"""Adding and disabling staff; every change is published to the store's tablets."""

from __future__ import annotations

from datetime import datetime

from argon2 import PasswordHasher
from sqlalchemy import select
from sqlalchemy.orm import Session

from loyalty_core.feeds import Feed, StaffRow
from loyalty_core.ids import uuid7
from loyalty_core.roles import Role
from loyalty_core.wire import StaffPinPayload
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
    row.must_change = False
    row.updated_at = now
    session.flush()
    publish_staff(session, row, now=now)
    return row


class StaffChangeRefused(Exception):
    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code


def apply_pin_change(session: Session, payload: StaffPinPayload, *, now: datetime) -> Staff:
    """A manager's PIN change or unlock, from a tablet of the staff member's store.

    Only an argon2id verifier is accepted (the tablet hashed the PIN; the PIN
    never travels). An unlock ends, on every tablet, a lock-out from before it.
    """
    row = session.get(Staff, payload.staff_id)
    if row is None:
        raise StaffChangeRefused("unknown_staff", "no such staff member")
    if row.store_code != payload.store_code:
        raise StaffChangeRefused("wrong_store", "a manager changes their own store's staff only")
    if payload.pin_hash is not None:
        if not payload.pin_hash.startswith("$argon2id$"):
            raise StaffChangeRefused("bad_pin_hash", "a PIN travels as an argon2id verifier")
        row.pin_hash = payload.pin_hash
        row.must_change = payload.must_change
    if payload.unlock:
        row.unlocked_at = payload.changed_at
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
        must_change=row.must_change,
        unlocked_at=row.unlocked_at,
    ).model_dump(mode="json")
    publish(session, Feed.STAFF, row.store_code, str(row.id), data, now=now)
