"""Incidents at head office: recorded from the counters, listed, assigned, moved on, answered.

Every change is an event; the incident's status is what the events replay
to (`loyalty_core.incidents.replay`), kept on the row for listing. Each
change is published to the store's incidents feed, so the tablet that
opened it (and the others of its store) show where it stands.
"""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from loyalty_core.feeds import Feed, IncidentEventRow, IncidentRow
from loyalty_core.ids import uuid7
from loyalty_core.incidents import (
    BadIncident,
    Status,
    check_answer,
    check_transition,
    replay,
)
from loyalty_core.incidents import (
    IncidentEvent as Event,
)
from loyalty_core.wire import IncidentNotePayload, IncidentPayload
from sync_server.errors import ApiError
from sync_server.incidents.models import Incident, IncidentEvent
from sync_server.sync.feeds import publish


class AttachmentMissing(Exception):
    """The incident's photo has not been uploaded yet."""


def record(
    session: Session, payload: IncidentPayload, *, customer_id: uuid.UUID | None, now: datetime
) -> bool:
    """Record an incident opened at a counter; False when it is here already."""
    from sync_server.consents import attachments

    if session.get(Incident, payload.incident_id) is not None:
        return False
    if payload.photo_sha256 and not attachments.have(session, {payload.photo_sha256}):
        raise AttachmentMissing(payload.photo_sha256)
    incident = Incident(
        id=payload.incident_id,
        reference=payload.reference,
        customer_id=customer_id,
        category=str(payload.category),
        priority=str(payload.priority),
        status=str(Status.OPEN),
        description=payload.description,
        product_id=payload.product_id,
        product_name=payload.product_name,
        sale_id=payload.sale_id,
        receipt_number=payload.receipt_number,
        photo_sha256=payload.photo_sha256,
        store_code=payload.store_code,
        device_code=payload.device_code,
        staff_name=payload.staff_name,
        opened_at=payload.opened_at,
        updated_at=now,
    )
    session.add(incident)
    session.flush()
    publish_incident(session, incident, now=now)
    return True


def add_store_note(session: Session, payload: IncidentNotePayload, *, now: datetime) -> bool:
    """The store's note; an incident waiting for the store goes back to customer service."""
    incident = session.get(Incident, payload.incident_id)
    if incident is None:
        raise LookupError(str(payload.incident_id))
    if session.get(IncidentEvent, payload.note_id) is not None:
        return False
    if incident.store_code != payload.store_code:
        raise PermissionError("a store writes on its own incidents only")
    text = check_answer(payload.text)
    status = Status.IN_PROGRESS if incident.status == Status.WAITING_STORE else None
    _add_event(
        session,
        incident,
        event_id=payload.note_id,
        at=payload.written_at,
        status=status,
        note=text,
        by=payload.staff_name,
        from_store=True,
        now=now,
    )
    return True


def change(
    session: Session,
    reference: str,
    *,
    by: str,
    now: datetime,
    status: Status | None = None,
    answer: str = "",
    assign_to: str | None = None,
) -> Incident:
    """Customer service moves an incident on: a status, an answer, an assignee (any of them)."""
    incident = by_reference(session, reference)
    try:
        if status is not None:
            check_transition(Status(incident.status), status)
        text = check_answer(answer) if answer else ""
    except BadIncident as exc:
        raise ApiError(400, exc.code, exc.message) from None
    if assign_to is not None:
        incident.assigned_to = assign_to.strip()[:120]
    if status is not None or text or assign_to is not None:
        _add_event(
            session,
            incident,
            event_id=uuid7(),
            at=now,
            status=status,
            note=text or (f"→ {incident.assigned_to}" if assign_to is not None else ""),
            by=by,
            from_store=False,
            now=now,
        )
    return incident


def by_reference(session: Session, reference: str) -> Incident:
    found = session.scalars(
        select(Incident).where(Incident.reference == reference.strip().upper())
    ).first()
    if found is None:
        raise ApiError(404, "unknown_incident", f"no incident {reference}")
    return found


def listed(
    session: Session, *, store_code: str | None = None, open_only: bool = True
) -> list[Incident]:
    query = select(Incident)
    if store_code:
        query = query.where(Incident.store_code == store_code)
    if open_only:
        query = query.where(
            Incident.status.not_in([str(Status.RESOLVED), str(Status.CLOSED), str(Status.REJECTED)])
        )
    return list(session.scalars(query.order_by(Incident.opened_at, Incident.id)))


def events_of(session: Session, incident_id: uuid.UUID) -> list[IncidentEvent]:
    return list(
        session.scalars(
            select(IncidentEvent)
            .where(IncidentEvent.incident_id == incident_id)
            .order_by(IncidentEvent.at, IncidentEvent.id)
        )
    )


def _add_event(
    session: Session,
    incident: Incident,
    *,
    event_id: uuid.UUID,
    at: datetime,
    status: Status | None,
    note: str,
    by: str,
    from_store: bool,
    now: datetime,
) -> None:
    session.add(
        IncidentEvent(
            id=event_id,
            incident_id=incident.id,
            at=at,
            status=str(status) if status else None,
            note=note,
            by=by,
            from_store=from_store,
        )
    )
    session.flush()
    events = events_of(session, incident.id)
    current, ignored = replay(
        [Event(e.at, Status(e.status) if e.status else None, e.note, e.by) for e in events]
    )
    skipped = {(e.at, e.status, e.note, e.by) for e in ignored}
    for event in events:
        event.ignored = (event.at, event.status, event.note, event.by) in skipped
    incident.status = str(current)
    incident.updated_at = now
    session.flush()
    publish_incident(session, incident, now=now)


def publish_incident(session: Session, incident: Incident, *, now: datetime) -> None:
    events = events_of(session, incident.id)
    row = IncidentRow(
        id=incident.id,
        reference=incident.reference,
        customer_id=incident.customer_id,
        category=incident.category,
        priority=incident.priority,
        status=incident.status,
        description=incident.description,
        product_name=incident.product_name,
        receipt_number=incident.receipt_number,
        assigned_to=incident.assigned_to,
        opened_at=incident.opened_at,
        updated_at=incident.updated_at,
        events=[
            IncidentEventRow(
                at=e.at, status=e.status, note=e.note, by=e.by, from_store=e.from_store
            )
            for e in events
            if not e.ignored
        ],
    )
    publish(
        session,
        Feed.INCIDENTS,
        incident.store_code,
        str(incident.id),
        row.model_dump(mode="json"),
        now=now,
    )
