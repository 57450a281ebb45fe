"""The skin and habit data a tablet holds, kept in step with what the server holds.

The server keeps it only while the customer's skin-data consent stands, and
sends it with the customer's profile; what the profile no longer carries is
forgotten here too, except diagnostics recorded here and not yet sent (the
server decides about those when they arrive).
"""

from __future__ import annotations

import uuid
from collections.abc import Collection, Sequence

from sqlalchemy import delete, or_, select
from sqlalchemy.orm import Session

from loyalty_core.feeds import HabitRow
from loyalty_core.wire import DiagnosticPayload
from pos_client.store.models import Diagnostic, Habit


def hold_skin_data(
    session: Session,
    customer_id: uuid.UUID,
    diagnostics: Sequence[DiagnosticPayload],
    habits: Sequence[HabitRow],
    *,
    unsent: Collection[uuid.UUID],
) -> None:
    """Make this customer's diagnostics and habits those the server sent (plus unsent ones)."""
    session.execute(delete(Habit).where(Habit.customer_id == customer_id))
    seen: set[tuple[str, str]] = set()
    for h in habits:
        if (h.field, h.hlc) in seen:
            continue
        seen.add((h.field, h.hlc))
        session.add(
            Habit(
                customer_id=customer_id,
                field=h.field,
                hlc=h.hlc,
                value=h.value,
                changed_at=h.changed_at,
                store_code=h.store_code,
                staff_name=h.staff_name,
            )
        )
    received = {d.diagnostic_id: d for d in diagnostics}
    # A diagnostic may be held here under another id of the same person, merged on the
    # server and not yet remapped here (redirects come after profiles): it moves over.
    held = {
        row.id: row
        for row in session.scalars(
            select(Diagnostic).where(
                or_(Diagnostic.customer_id == customer_id, Diagnostic.id.in_(list(received)))
            )
        )
    }
    gone = [
        i
        for i, row in held.items()
        if row.customer_id == customer_id and i not in received and i not in unsent
    ]
    if gone:
        session.execute(delete(Diagnostic).where(Diagnostic.id.in_(gone)))
    for diagnostic_id, d in received.items():
        row = held.get(diagnostic_id)
        if row is None:
            session.add(diagnostic_row(d, customer_id))
        elif row.customer_id != customer_id:
            row.customer_id = customer_id
    session.flush()


def diagnostic_row(d: DiagnosticPayload, customer_id: uuid.UUID) -> Diagnostic:
    return Diagnostic(
        id=d.diagnostic_id,
        customer_id=customer_id,
        supersedes=d.supersedes,
        recorded_at=d.recorded_at,
        record=d.model_dump(mode="json"),
    )


def forget_skin_data(session: Session, customer_id: uuid.UUID) -> None:
    """Drop everything held here of a customer's skin and habits (consent withdrawn here)."""
    session.execute(delete(Diagnostic).where(Diagnostic.customer_id == customer_id))
    session.execute(delete(Habit).where(Habit.customer_id == customer_id))
    session.flush()
