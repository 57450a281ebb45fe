"""Editing a customer's profile at the counter, offline too.

The new values are shown at once and queued as one patch; on the server
each field resolves on its own (last writer wins by HLC), and a field that
lost comes back with the server's next version of the record.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Mapping
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from loyalty_core.errors import UnknownCustomer
from loyalty_core.ids import uuid7
from loyalty_core.profile import normalise_field
from loyalty_core.text import fold
from loyalty_core.wire import Operation, ProfilePatchPayload
from pos_client.services.staff import StaffMember
from pos_client.store.models import Customer
from pos_client.store.outbox import NewChange, append_changes


def update_profile(
    session: Session,
    *,
    customer_id: uuid.UUID,
    fields: Mapping[str, str | None],
    staff: StaffMember,
    now: datetime,
    new_id: Callable[[], uuid.UUID] = uuid7,
) -> dict[str, str | None]:
    """Store new profile values and queue them for the server; return them normalised."""
    customer = session.scalars(select(Customer).where(Customer.id == customer_id)).first()
    if customer is None:
        raise UnknownCustomer("no such customer", id=str(customer_id))
    values = {name: normalise_field(name, value) for name, value in fields.items()}
    changed = {
        name: value for name, value in values.items() if _as_text(getattr(customer, name)) != value
    }
    if not changed:
        return {}
    for name, value in changed.items():
        stored = date.fromisoformat(value) if name == "birth_date" and value else value
        setattr(customer, name, stored)
    customer.search_name = fold(f"{customer.first_name} {customer.last_names}")
    session.flush()
    payload = ProfilePatchPayload(customer_id=customer_id, fields=changed)
    append_changes(
        session, [NewChange(new_id(), payload, customer_id, Operation.UPDATE, now, staff.id)]
    )
    return changed


def _as_text(value: object) -> str | None:
    if value is None:
        return None
    return value.isoformat() if isinstance(value, date) else str(value)
