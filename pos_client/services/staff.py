"""Staff log-in with a code and a PIN (argon2 hashes), and lock-outs."""

from __future__ import annotations

import contextlib
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import select
from sqlalchemy.orm import Session

from loyalty_core.errors import OfflineTooLong, StaffLocked, WrongPin
from loyalty_core.ids import uuid7
from loyalty_core.roles import Role
from pos_client.store.models import LAST_SYNC_KEY, Setting, Staff

MAX_ATTEMPTS = 5
LOCK_FOR = timedelta(minutes=5)
VERIFIERS_LAST = timedelta(days=7)
"""How long PINs keep working on a tablet that has stopped reaching head office (SYNC.md:
a stolen or forgotten tablet does not keep its staff's verifiers usable for ever)."""

# Argon2id with a modest cost: a PIN check must stay well under a second on
# a store tablet, and the lock-out (not the hash cost) is what stops guessing.
_hasher = PasswordHasher(time_cost=2, memory_cost=19_456, parallelism=1)


@dataclass(frozen=True)
class StaffMember:
    """Who is logged in; services check `role` themselves."""

    id: uuid.UUID
    code: str
    name: str
    role: Role


# What an unknown code is "checked" against, so it costs what a wrong PIN costs.
# A literal, not `_hasher.hash(...)` at import (30-50 ms of every start) nor on
# first use (the first unknown code would then cost a hash more than a wrong
# PIN). It is "not a pin" hashed with `_hasher`'s parameters; a test checks they
# still match, so a change of cost above must come with a new literal.
_DUMMY_HASH = (
    "$argon2id$v=19$m=19456,t=2,p=1$rAOC7vCarT6itMHIBrnGqA"
    "$9MnY3809bQ0ia3sbPPg7E2OXxHpXZCxN4ebNQFWjSdU"
)


def _spend_like_a_check(pin: str) -> None:
    with contextlib.suppress(VerificationError, InvalidHashError):
        _hasher.verify(_DUMMY_HASH, pin)


def hash_pin(pin: str) -> str:
    return _hasher.hash(pin)


def add_staff(session: Session, *, code: str, name: str, role: Role, pin: str) -> StaffMember:
    """Create a staff account with a hashed PIN (demo and tests; the server later)."""
    row = Staff(
        id=uuid7(),
        code=code,
        name=name,
        role=str(role),
        pin_hash=hash_pin(pin),
        active=True,
        failed_attempts=0,
    )
    session.add(row)
    session.flush()
    return StaffMember(row.id, row.code, row.name, Role(row.role))


def login(session: Session, *, code: str, pin: str, now: datetime) -> StaffMember:
    """Check a staff code and PIN; five wrong PINs lock the code for a while.

    The same error is raised for an unknown code and a wrong PIN, so the
    screen does not tell a stranger which codes exist. The caller must
    commit even when this raises, so failed attempts are counted.
    """
    last_sync = session.get(Setting, LAST_SYNC_KEY)
    if (
        last_sync is not None
        and now - datetime.fromisoformat(str(last_sync.value)) > VERIFIERS_LAST
    ):
        # Only a tablet that syncs has verifiers from head office; a stand-alone store never did.
        raise OfflineTooLong("no sync for too long", days=VERIFIERS_LAST.days)
    row = session.scalars(select(Staff).where(Staff.code == code.strip())).one_or_none()
    if row is None or not row.active:
        _spend_like_a_check(pin)  # same time as a real check: no hint that the code exists
        raise WrongPin("wrong code or PIN")
    if row.locked_until is not None and row.locked_until > now:
        minutes = max(1, int((row.locked_until - now).total_seconds() // 60) + 1)
        raise StaffLocked(f"{code} locked", minutes=minutes)
    try:
        _hasher.verify(row.pin_hash, pin)
    except (VerificationError, InvalidHashError):
        row.failed_attempts += 1
        if row.failed_attempts >= MAX_ATTEMPTS:
            row.failed_attempts = 0
            row.locked_until = now + LOCK_FOR
            raise StaffLocked(
                f"{code} locked", minutes=int(LOCK_FOR.total_seconds() // 60)
            ) from None
        raise WrongPin("wrong code or PIN") from None
    row.failed_attempts = 0
    row.locked_until = None
    if _hasher.check_needs_rehash(row.pin_hash):
        row.pin_hash = hash_pin(pin)
    return StaffMember(row.id, row.code, row.name, Role(row.role))
