"""The manager's staff tasks: set or reset a PIN, unlock a locked code; each syncs.

Only the argon2id verifier leaves the tablet (`StaffPinPayload`): head
office keeps it and sends it to the store's other tablets, so a new PIN
works everywhere after their next sync. A reset gives a temporary PIN,
shown once, that must be changed at the next log-in; a staff member may
change their own PIN then. An unlock ends the lock-out here at once and on
the store's other tablets when they sync.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from loyalty_core.errors import NotAllowed
from loyalty_core.ids import uuid7
from loyalty_core.pins import check_new_pin, temporary_pin
from loyalty_core.roles import Role
from loyalty_core.wire import Operation, StaffPinPayload
from pos_client.services.staff import StaffMember, hash_pin
from pos_client.store.models import Device, Staff
from pos_client.store.outbox import NewChange, append_changes


@dataclass(frozen=True)
class StaffView:
    id: uuid.UUID
    code: str
    name: str
    role: Role
    active: bool
    locked_until: datetime | None
    must_change: bool

    def locked(self, now: datetime) -> bool:
        return self.locked_until is not None and self.locked_until > now


def store_staff(session: Session) -> list[StaffView]:
    """The store's staff as this tablet knows them, by code."""
    return [
        StaffView(s.id, s.code, s.name, Role(s.role), s.active, s.locked_until, bool(s.must_change))
        for s in session.scalars(select(Staff).order_by(Staff.code))
    ]


def set_pin(
    session: Session,
    *,
    staff_id: uuid.UUID,
    pin: str,
    by: StaffMember,
    now: datetime,
    must_change: bool = False,
    new_id: Callable[[], uuid.UUID] = uuid7,
) -> None:
    """A manager sets someone's PIN (or a staff member their own, e.g. after a reset)."""
    row = _staff(session, staff_id)
    if by.role != Role.MANAGER and by.id != staff_id:
        raise NotAllowed("a manager sets other people's PINs")
    check_new_pin(pin)
    row.pin_hash = hash_pin(pin)
    row.must_change = must_change
    row.failed_attempts, row.locked_until = 0, None
    _send(session, row, by=by, now=now, pin_hash=row.pin_hash, new_id=new_id)


def reset_pin(
    session: Session,
    *,
    staff_id: uuid.UUID,
    by: StaffMember,
    now: datetime,
    new_id: Callable[[], uuid.UUID] = uuid7,
) -> str:
    """Give a temporary PIN (returned, to be read out once) that must be changed at log-in."""
    if by.role != Role.MANAGER:
        raise NotAllowed("a manager resets PINs")
    pin = temporary_pin()
    set_pin(session, staff_id=staff_id, pin=pin, by=by, now=now, must_change=True, new_id=new_id)
    return pin


def unlock(
    session: Session,
    *,
    staff_id: uuid.UUID,
    by: StaffMember,
    now: datetime,
    new_id: Callable[[], uuid.UUID] = uuid7,
) -> None:
    """End a lock-out after too many wrong PINs, here and on the store's other tablets."""
    if by.role != Role.MANAGER:
        raise NotAllowed("a manager unlocks codes")
    row = _staff(session, staff_id)
    row.failed_attempts, row.locked_until, row.unlocked_at = 0, None, now
    _send(session, row, by=by, now=now, unlock=True, new_id=new_id)


def must_change(session: Session, staff_id: uuid.UUID) -> bool:
    row = session.get(Staff, staff_id)
    return bool(row and row.must_change)


def _staff(session: Session, staff_id: uuid.UUID) -> Staff:
    row = session.get(Staff, staff_id)
    if row is None or not row.active:
        raise NotAllowed("no such active staff member in this store")
    return row


def _send(
    session: Session,
    row: Staff,
    *,
    by: StaffMember,
    now: datetime,
    new_id: Callable[[], uuid.UUID],
    pin_hash: str | None = None,
    unlock: bool = False,
) -> None:
    device = session.scalars(select(Device)).one()
    payload = StaffPinPayload(
        staff_id=row.id,
        pin_hash=pin_hash,
        must_change=bool(row.must_change),
        unlock=unlock,
        store_code=device.store_code,
        changed_at=now,
    )
    append_changes(
        session,
        [NewChange(new_id(), payload, row.id, Operation.UPDATE, now, by.id)],
        device=device,
    )
