"""Customer-service incidents at the counter: opening one, the store's notes, where each stands.

An incident is opened here (maybe offline) with a reference the customer
can be given at once (`loyalty_core.incidents.reference`: store, device and
this tablet's own number, with a check character). Head office's answers
and status changes come back through the store's incidents feed; a note
from the store answers an incident waiting for it.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from loyalty_core.ids import uuid7
from loyalty_core.incidents import (
    Category,
    Priority,
    Status,
    check_answer,
    check_description,
    check_priority,
    is_open,
    reference,
)
from loyalty_core.store_time import MADRID
from loyalty_core.wire import IncidentNotePayload, IncidentPayload, Operation
from pos_client.services.staff import StaffMember
from pos_client.store import attachments
from pos_client.store.counters import next_number
from pos_client.store.manager_models import Incident
from pos_client.store.models import Customer, Device, Product, Sale, SaleLine
from pos_client.store.outbox import NewChange, append_changes

SEQ_KEY = "incident_seq"
PHOTO = "image/jpeg"


@dataclass(frozen=True)
class IncidentView:
    id: uuid.UUID
    reference: str
    category: Category
    priority: Priority
    status: Status
    description: str
    product_name: str
    receipt_number: str
    opened_at: datetime
    updated_at: datetime
    assigned_to: str
    events: tuple[dict[str, object], ...]
    """Head office's answers and status changes and the store's notes, oldest first."""

    @property
    def open(self) -> bool:
        return is_open(self.status)

    @property
    def last_answer(self) -> str:
        """Head office's latest words to the store, the one line the card shows."""
        for event in reversed(self.events):
            if event.get("note") and not event.get("from_store"):
                return str(event["note"])
        return ""


def open_incident(
    session: Session,
    *,
    customer_id: uuid.UUID | None,
    category: Category,
    priority: Priority,
    description: str,
    staff: StaffMember,
    now: datetime,
    product_id: uuid.UUID | None = None,
    sale_id: uuid.UUID | None = None,
    line_id: uuid.UUID | None = None,
    photo: bytes | None = None,
    new_id: Callable[[], uuid.UUID] = uuid7,
) -> IncidentView:
    """Record an incident and queue it for head office; its reference is known at once."""
    text = check_description(description)
    check_priority(category, priority)
    device = session.scalars(select(Device)).one()
    product_name, receipt_number = "", ""
    if line_id is not None:
        line = session.get(SaleLine, line_id)
        if line is not None:
            product_id, product_name, sale_id = line.product_id, line.name, line.sale_id
    if product_id is not None and not product_name:
        product = session.scalars(select(Product).where(Product.id == product_id)).first()
        product_name = product.name if product else ""
    if sale_id is not None:
        sale = session.get(Sale, sale_id)
        receipt_number = sale.receipt_number if sale else ""
        if customer_id is None and sale is not None:
            customer_id = sale.customer_id
    photo_sha = attachments.keep(session, photo, PHOTO, now) if photo else None
    payload = IncidentPayload(
        incident_id=new_id(),
        reference=reference(device.store_code, device.device_code, next_number(session, SEQ_KEY)),
        customer_id=customer_id,
        category=category,
        priority=priority,
        description=text,
        product_id=product_id,
        product_name=product_name[:160],
        sale_id=sale_id,
        line_id=line_id,
        receipt_number=receipt_number,
        photo_sha256=photo_sha,
        photo_size=len(photo) if photo else None,
        store_code=device.store_code,
        device_code=device.device_code,
        staff_id=staff.id,
        staff_name=staff.name,
        opened_at=now,
    )
    row = Incident(
        id=payload.incident_id,
        reference=payload.reference,
        customer_id=customer_id,
        category=str(category),
        priority=str(priority),
        status=str(Status.OPEN),
        description=text,
        product_name=payload.product_name,
        receipt_number=receipt_number,
        assigned_to="",
        opened_at=now,
        updated_at=now,
        events=[],
    )
    session.add(row)
    append_changes(
        session,
        [NewChange(new_id(), payload, payload.incident_id, Operation.CREATE, now, staff.id)],
        device=device,
    )
    return _view(row)


def add_note(
    session: Session,
    incident_id: uuid.UUID,
    *,
    text: str,
    staff: StaffMember,
    now: datetime,
    new_id: Callable[[], uuid.UUID] = uuid7,
) -> IncidentView:
    """The store's note on an incident (an answer when head office waits for the store)."""
    note = check_answer(text)
    row = session.get(Incident, incident_id)
    if row is None:
        raise LookupError(f"no incident {incident_id} here")
    device = session.scalars(select(Device)).one()
    payload = IncidentNotePayload(
        note_id=new_id(),
        incident_id=incident_id,
        text=note,
        store_code=device.store_code,
        staff_id=staff.id,
        staff_name=staff.name,
        written_at=now,
    )
    event: dict[str, object] = {
        "at": now.isoformat(),
        "status": None,
        "note": note,
        "by": staff.name,
        "from_store": True,
    }
    row.events = [*row.events, event]
    if row.status == Status.WAITING_STORE:
        row.status = str(Status.IN_PROGRESS)  # as head office will replay it
    row.updated_at = now
    append_changes(
        session,
        [NewChange(new_id(), payload, payload.note_id, Operation.CREATE, now, staff.id)],
        device=device,
    )
    return _view(row)


def incidents_of(session: Session, customer_id: uuid.UUID) -> list[IncidentView]:
    """A customer's incidents at this store, open ones first, newest first."""
    rows = session.scalars(select(Incident).where(Incident.customer_id == customer_id))
    views = [_view(r) for r in rows]
    return sorted(views, key=lambda v: (not v.open, -v.opened_at.timestamp()))


def store_incidents(session: Session, *, open_only: bool = True) -> list[IncidentView]:
    views = [_view(r) for r in session.scalars(select(Incident))]
    if open_only:
        views = [v for v in views if v.open]
    return sorted(views, key=lambda v: v.opened_at, reverse=True)


@dataclass(frozen=True)
class BoughtLine:
    """A line of a sale made here: what an incident about a product points at."""

    line_id: uuid.UUID
    sale_id: uuid.UUID
    product_name: str
    receipt_number: str
    day: date
    quantity: int


def bought_lines(session: Session, customer_id: uuid.UUID, *, sales: int) -> list[BoughtLine]:
    """The lines of the customer's latest `sales` sales at this tablet, newest first."""
    latest = (
        select(Sale.id)
        .where(Sale.customer_id == customer_id, Sale.kind == "sale")
        .order_by(Sale.occurred_at.desc())
        .limit(sales)
    )
    rows = session.execute(
        select(SaleLine, Sale.receipt_number, Sale.occurred_at)
        .join(Sale, Sale.id == SaleLine.sale_id)
        .where(SaleLine.sale_id.in_(latest))
        .order_by(Sale.occurred_at.desc(), SaleLine.line_no)
    )
    return [
        BoughtLine(
            line.id, line.sale_id, line.name, receipt, at.astimezone(MADRID).date(), line.quantity
        )
        for line, receipt, at in rows
    ]


@dataclass(frozen=True)
class StoreIncident:
    view: IncidentView
    customer_id: uuid.UUID | None
    customer_name: str


def store_incidents_named(session: Session) -> list[StoreIncident]:
    """The store's open incidents, newest first, with their customers' names."""
    views = store_incidents(session, open_only=True)
    people = {
        row.id: (row.customer_id, f"{row.first_name} {row.last_names}")
        for row in session.execute(
            select(
                Incident.id, Incident.customer_id, Customer.first_name, Customer.last_names
            ).join(Customer, Customer.id == Incident.customer_id)
        )
    }
    return [StoreIncident(v, *people.get(v.id, (None, ""))) for v in views]


def _view(row: Incident) -> IncidentView:
    return IncidentView(
        id=row.id,
        reference=row.reference,
        category=Category(row.category),
        priority=Priority(row.priority),
        status=Status(row.status),
        description=row.description,
        product_name=row.product_name,
        receipt_number=row.receipt_number,
        opened_at=row.opened_at,
        updated_at=row.updated_at,
        assigned_to=row.assigned_to,
        events=tuple(row.events),
    )
