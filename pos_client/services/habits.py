"""A customer's consumption habits at the tablet: shown, edited offline, resolved per field.

What the screen shows is the server's last copy with this tablet's edits
not yet acknowledged laid over it (from the outbox), so an edit shows at
once and, if another tablet's later edit wins on the server, the field
simply falls back to the winner at the next sync.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from loyalty_core import skin
from loyalty_core.errors import NotAllowed, UnknownCustomer
from loyalty_core.habits import Habits, normalise_habit
from loyalty_core.hlc import Hlc
from loyalty_core.ids import uuid7
from loyalty_core.roles import may_handle_skin_data
from loyalty_core.wire import Entity, HabitsPatchPayload, Operation
from pos_client.services.staff import StaffMember
from pos_client.store.models import Customer, Habit, OutboxEntry
from pos_client.store.outbox import NewChange, append_changes

UNSENT = ("pending", "deferred")


@dataclass(frozen=True)
class HabitChange:
    field: str
    value: str | None
    changed_on: date
    by: str
    """Who changed it, and where: 'Lucía · 0001'."""


@dataclass(frozen=True)
class HabitsView:
    values: dict[str, str | None]
    """Each field's current text (`loyalty_core.habits`), cleared fields left out."""
    changed_on: dict[str, date]
    history: tuple[HabitChange, ...]
    """Every change held, newest first."""

    def habits(self) -> Habits:
        return Habits.from_fields(self.values)


def habits_of(session: Session, customer_id: uuid.UUID) -> HabitsView:
    """The customer's habits as the advisor sees them (empty without skin-data consent)."""
    if not _allowed(session, customer_id):
        return HabitsView({}, {}, ())
    changes: list[tuple[Hlc, HabitChange]] = []
    for h in session.scalars(select(Habit).where(Habit.customer_id == customer_id)):
        by = " · ".join(part for part in (h.staff_name, h.store_code) if part)
        changes.append((Hlc.decode(h.hlc), HabitChange(h.field, h.value, _day(h.changed_at), by)))
    unsent = session.execute(
        select(OutboxEntry.hlc, OutboxEntry.payload, OutboxEntry.occurred_at).where(
            OutboxEntry.entity == str(Entity.HABITS),
            OutboxEntry.entity_id == customer_id,
            OutboxEntry.state.in_(UNSENT),
        )
    )
    for stamp, payload, occurred_at in unsent:
        for name, value in json.loads(payload)["fields"].items():
            changes.append((Hlc.decode(stamp), HabitChange(name, value, _day(occurred_at), "")))
    changes.sort(key=lambda pair: pair[0], reverse=True)
    values: dict[str, str | None] = {}
    changed_on: dict[str, date] = {}
    for _, change in changes:
        if change.field not in changed_on:
            changed_on[change.field] = change.changed_on
            if change.value is not None:
                values[change.field] = change.value
    return HabitsView(values, changed_on, tuple(change for _, change in changes))


def update_habits(
    session: Session,
    *,
    customer_id: uuid.UUID,
    edits: Mapping[str, str | None],
    staff: StaffMember,
    now: datetime,
    new_id: Callable[[], uuid.UUID] = uuid7,
) -> dict[str, str | None]:
    """Queue the fields that changed (normalised); return them. Nothing queued if none did."""
    if not may_handle_skin_data(staff.role):
        raise NotAllowed("only beauty advisors note consumption habits")
    if session.scalar(select(Customer.id).where(Customer.id == customer_id)) is None:
        raise UnknownCustomer("no such customer", id=str(customer_id))
    skin.require_consent(
        session.scalar(select(Customer.consent_state).where(Customer.id == customer_id))
    )
    current = habits_of(session, customer_id).values
    values = {name: normalise_habit(name, value) for name, value in edits.items()}
    changed = {name: value for name, value in values.items() if current.get(name) != value}
    if not changed:
        return {}
    payload = HabitsPatchPayload(customer_id=customer_id, fields=changed)
    append_changes(
        session, [NewChange(new_id(), payload, customer_id, Operation.UPDATE, now, staff.id)]
    )
    return changed


def _allowed(session: Session, customer_id: uuid.UUID) -> bool:
    state = session.scalar(select(Customer.consent_state).where(Customer.id == customer_id))
    return skin.may_record(state)


def _day(moment: datetime) -> date:
    return moment.astimezone().date()
