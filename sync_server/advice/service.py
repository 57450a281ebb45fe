"""Diagnostics and habits arriving from counters, and what tablets receive of them.

Skin and habit data is held only while the customer's skin-data consent
stands (`loyalty_core.skin.may_record`, which also asks for club
membership): a withdrawal drops it here, and the profile that tablets
receive no longer carries it, so every tablet forgets it at its next sync.
A diagnostic or habit edit that arrives after the withdrawal is recorded as
a bare fact, its content dropped and flagged, never kept.
"""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from loyalty_core.habits import normalise_habit
from loyalty_core.profile import arbitration_stamp, wins
from loyalty_core.skin import may_record
from loyalty_core.wire import DiagnosticPayload, HabitsPatchPayload
from sync_server.advice.models import Diagnostic, Habit, HabitChange
from sync_server.bulk import among
from sync_server.customers.models import Customer

NO_CONSENT = "skin_consent_missing"
HABIT_HISTORY = 5
"""Winning edits per habit field that tablets receive (the latest is the value)."""


def record_diagnostic(
    session: Session, payload: DiagnosticPayload, *, customer: Customer, hlc: str, now: datetime
) -> list[str]:
    """Keep a diagnostic for `customer` (the survivor of any merge); return its flags."""
    allowed = may_record(customer.consents)
    session.add(
        Diagnostic(
            id=payload.diagnostic_id,
            customer_id=customer.id,
            original_customer_id=payload.customer_id,
            supersedes=payload.supersedes,
            hlc=hlc,
            recorded_at=payload.recorded_at,
            store_code=payload.store_code,
            content=payload.model_dump(mode="json") if allowed else None,
            dropped_at=None if allowed else now,
            dropped_because=None if allowed else NO_CONSENT,
        )
    )
    session.flush()
    return [] if allowed else [NO_CONSENT]


def apply_habits(
    session: Session,
    payload: HabitsPatchPayload,
    *,
    customer: Customer,
    hlc: str,
    change_id: uuid.UUID,
    store_code: str,
    staff_name: str,
    changed_at: datetime,
    now: datetime,
) -> tuple[list[str], list[str]]:
    """Apply the habit fields that win; return (lost fields, flags).

    Without consent nothing is kept: every field is answered lost, so the
    tablet falls back to what the server holds (nothing).
    """
    values = {name: normalise_habit(name, value) for name, value in payload.fields.items()}
    if not may_record(customer.consents):
        return sorted(values), [NO_CONSENT]
    stamp = arbitration_stamp(hlc, int(now.timestamp() * 1000))
    held = {
        h.field: h
        for h in session.scalars(
            select(Habit).where(
                Habit.customer_id == customer.id, among(session, Habit.field, sorted(values))
            )
        )
    }
    lost = []
    for name, value in sorted(values.items()):
        current = held.get(name)
        won = wins(stamp, current.hlc if current else None)
        if won and current is None:
            session.add(Habit(customer_id=customer.id, field=name, value=value, hlc=stamp))
        elif won and current is not None:
            current.value, current.hlc = value, stamp
        else:
            lost.append(name)
        session.add(
            HabitChange(
                id=uuid.uuid4(),
                customer_id=customer.id,
                field=name,
                value=value,
                hlc=stamp,
                changed_at=changed_at,
                store_code=store_code,
                staff_name=staff_name,
                change_id=change_id,
                won=won,
            )
        )
    session.flush()
    return lost, []


def drop_skin_data(session: Session, customer_id: uuid.UUID, *, because: str, now: datetime) -> int:
    """Drop a customer's diagnostics' content and habits; return the diagnostics dropped."""
    result = session.execute(
        update(Diagnostic)
        .where(Diagnostic.customer_id == customer_id, Diagnostic.content.is_not(None))
        .values(content=None, dropped_at=now, dropped_because=because)
        .execution_options(synchronize_session=False)
    )
    session.execute(delete(Habit).where(Habit.customer_id == customer_id))
    session.execute(delete(HabitChange).where(HabitChange.customer_id == customer_id))
    session.flush()
    return int(getattr(result, "rowcount", 0) or 0)


def move_skin_data(session: Session, loser: uuid.UUID, survivor: uuid.UUID) -> None:
    """A merge: the loser's diagnostics and habit edits become the survivor's.

    Each habit field keeps the edit with the greater stamp of the two.
    """
    session.execute(
        update(Diagnostic)
        .where(Diagnostic.customer_id == loser)
        .values(customer_id=survivor)
        .execution_options(synchronize_session=False)
    )
    session.execute(
        update(HabitChange)
        .where(HabitChange.customer_id == loser)
        .values(customer_id=survivor)
        .execution_options(synchronize_session=False)
    )
    theirs = {h.field: h for h in session.scalars(select(Habit).where(Habit.customer_id == loser))}
    ours = {h.field: h for h in session.scalars(select(Habit).where(Habit.customer_id == survivor))}
    for name, habit in theirs.items():
        mine = ours.get(name)
        if mine is None:
            session.add(Habit(customer_id=survivor, field=name, value=habit.value, hlc=habit.hlc))
        elif wins(habit.hlc, mine.hlc):
            mine.value, mine.hlc = habit.value, habit.hlc
        session.delete(habit)
    session.flush()


def diagnostics_of(
    session: Session, customer_ids: list[uuid.UUID]
) -> dict[uuid.UUID, list[dict[str, object]]]:
    """The diagnostics still held, per customer, oldest first (one read)."""
    found: dict[uuid.UUID, list[dict[str, object]]] = {}
    if not customer_ids:
        return found
    rows = session.execute(
        select(Diagnostic.customer_id, Diagnostic.content)
        .where(among(session, Diagnostic.customer_id, customer_ids))
        .where(Diagnostic.content.is_not(None))
        .order_by(Diagnostic.customer_id, Diagnostic.hlc)
    )
    for customer_id, content in rows:
        found.setdefault(customer_id, []).append(dict(content or {}))
    return found


def habits_of(
    session: Session, customer_ids: list[uuid.UUID]
) -> dict[uuid.UUID, list[dict[str, object]]]:
    """Per customer, the last winning edits of each habit field, oldest first (one read)."""
    found: dict[uuid.UUID, list[dict[str, object]]] = {}
    if not customer_ids:
        return found
    rows = session.scalars(
        select(HabitChange)
        .where(among(session, HabitChange.customer_id, customer_ids), HabitChange.won)
        .order_by(HabitChange.customer_id, HabitChange.field, HabitChange.hlc)
    )
    per_field: dict[tuple[uuid.UUID, str], list[HabitChange]] = {}
    for change in rows:
        per_field.setdefault((change.customer_id, change.field), []).append(change)
    for (customer_id, _), changes in per_field.items():
        found.setdefault(customer_id, []).extend(
            {
                "field": c.field,
                "value": c.value,
                "hlc": c.hlc,
                "changed_at": c.changed_at,
                "store_code": c.store_code,
                "staff_name": c.staff_name,
            }
            for c in changes[-HABIT_HISTORY:]
        )
    return found
