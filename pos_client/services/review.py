"""The manager's review list: what the offline mode could not settle alone, and settling it.

One list of what needs a person at this store: overdrafts, changes the
server rejected (this tablet's own, kept with the server's reason, and the
store's other tablets' from head office), possible duplicate customers,
flagged sales, and incidents head office is waiting on the store for.
Each entry offers the decisions that fit it (`SettleAction`); a decision is
recorded here at once (the entry leaves the list) and sent as a fact: the
first decision on a case wins at head office.

A rejected customer change can be corrected and sent again: a new change
with the corrected values, the old one settled as `resent`.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from loyalty_core.errors import NotAllowed
from loyalty_core.ids import uuid7
from loyalty_core.incidents import Status
from loyalty_core.profile import BadProfileValue, normalise_field
from loyalty_core.roles import Role
from loyalty_core.wire import (
    PAYLOADS,
    PROFILE_FIELDS,
    Entity,
    Operation,
    SettleAction,
    SettlementPayload,
)
from pos_client.services.staff import StaffMember
from pos_client.store.manager_models import Incident, Settlement
from pos_client.store.models import Device, OutboxEntry, ReviewItem
from pos_client.store.outbox import NewChange, append_changes

OVERDRAFT = "overdraft"
REJECTED = "rejected_change"
DUPLICATE = "possible_duplicate"
INCIDENT = "incident_waiting"

ACTIONS: Mapping[str, tuple[SettleAction, ...]] = {
    OVERDRAFT: (SettleAction.RECOVER, SettleAction.WRITE_OFF),
    REJECTED: (SettleAction.VOID,),
    DUPLICATE: (SettleAction.MERGE, SettleAction.NOT_DUPLICATE),
}
"""The decisions each kind takes (as head office's `review.settle`); others are `checked`."""

CORRECTABLE = frozenset({"customer"})
"""Rejected changes a manager may correct and send again: a customer's registration or edit."""


@dataclass(frozen=True)
class ReviewEntry:
    """One line of the review list."""

    key: str
    """The review case's id, the rejected change's id, or the incident's id."""
    kind: str
    when: datetime
    subject: str
    reason: str
    customer_id: uuid.UUID | None
    actions: tuple[SettleAction, ...]
    case_id: uuid.UUID | None = None
    change_id: uuid.UUID | None = None
    detail: Mapping[str, object] = field(default_factory=dict)
    correctable: Mapping[str, str | None] = field(default_factory=dict)
    """For a rejected customer change: the values it carried, to correct and send again."""


def review_list(session: Session) -> list[ReviewEntry]:
    """What waits for a manager at this store, newest first (settled ones left out)."""
    settled = set(session.scalars(select(Settlement.subject)))
    entries: list[ReviewEntry] = []
    own_rejected: set[uuid.UUID] = set()
    for row in session.scalars(select(OutboxEntry).where(OutboxEntry.state == "rejected")):
        own_rejected.add(row.change_id)
        if str(row.change_id) in settled:
            continue
        answer = json.loads(row.server_answer or "{}")
        payload = json.loads(row.payload)
        correctable = _correctable(row.entity, payload)
        actions = ACTIONS[REJECTED] + ((SettleAction.RESENT,) if correctable else ())
        entries.append(
            ReviewEntry(
                key=str(row.change_id),
                kind=REJECTED,
                when=row.occurred_at,
                subject=_subject(row.entity, payload),
                reason=str(answer.get("code", "")),
                customer_id=_uuid(payload.get("customer_id")),
                actions=actions,
                change_id=row.change_id,
                detail={"message": answer.get("message", ""), "entity": row.entity},
                correctable=correctable,
            )
        )
    for case in session.scalars(select(ReviewItem).where(ReviewItem.status == "open")):
        if str(case.id) in settled or (case.kind == REJECTED and case.change_id in own_rejected):
            continue
        detail = dict(case.detail or {})
        entries.append(
            ReviewEntry(
                key=str(case.id),
                kind=case.kind,
                when=case.created_at,
                subject=str(detail.get("receipt_number") or detail.get("entity") or ""),
                reason=_reason(case.kind, detail),
                customer_id=case.customer_id,
                actions=ACTIONS.get(case.kind, (SettleAction.CHECKED,)),
                case_id=case.id,
                change_id=case.change_id,
                detail=detail,
            )
        )
    for incident in session.scalars(
        select(Incident).where(Incident.status == str(Status.WAITING_STORE))
    ):
        question = next(
            (str(e.get("note")) for e in reversed(incident.events) if not e.get("from_store")),
            "",
        )
        entries.append(
            ReviewEntry(
                key=str(incident.id),
                kind=INCIDENT,
                when=incident.updated_at,
                subject=incident.reference,
                reason=question,
                customer_id=incident.customer_id,
                actions=(),
                detail={"incident_id": str(incident.id)},
            )
        )
    return sorted(entries, key=lambda e: e.when, reverse=True)


def settle(
    session: Session,
    entry: ReviewEntry,
    *,
    action: SettleAction,
    note: str,
    staff: StaffMember,
    now: datetime,
    resent_as: uuid.UUID | None = None,
    new_id: Callable[[], uuid.UUID] = uuid7,
) -> None:
    """Record a manager's decision here and send it to head office."""
    if staff.role != Role.MANAGER:
        raise NotAllowed("the review list is settled by a manager")
    if action not in entry.actions:
        raise NotAllowed("this decision does not fit this case", action=str(action))
    if session.get(Settlement, entry.key) is not None:
        raise NotAllowed("already settled here")
    device = session.scalars(select(Device)).one()
    payload = SettlementPayload(
        settlement_id=new_id(),
        case_id=entry.case_id,
        change_id=entry.change_id if entry.case_id is None else None,
        action=action,
        note=note.strip()[:500],
        resent_as=resent_as,
        store_code=device.store_code,
        staff_id=staff.id,
        settled_at=now,
    )
    session.add(
        Settlement(
            subject=entry.key,
            action=str(action),
            note=payload.note,
            staff_id=staff.id,
            settled_at=now,
        )
    )
    append_changes(
        session,
        [NewChange(new_id(), payload, payload.settlement_id, Operation.CREATE, now, staff.id)],
        device=device,
    )


def resend_corrected(
    session: Session,
    entry: ReviewEntry,
    *,
    values: Mapping[str, str | None],
    note: str,
    staff: StaffMember,
    now: datetime,
    new_id: Callable[[], uuid.UUID] = uuid7,
) -> uuid.UUID:
    """Send a rejected customer change again with corrected values; settle the old one.

    Values are checked as the counter checks them (`loyalty_core.profile`):
    a value still wrong raises `BadProfileValue` and nothing is sent.
    """
    if not entry.correctable or entry.change_id is None:
        raise NotAllowed("only a customer's registration or edit can be corrected")
    row = session.scalars(select(OutboxEntry).where(OutboxEntry.change_id == entry.change_id)).one()
    payload = json.loads(row.payload)
    corrected = dict(payload)
    target = corrected["fields"] if row.op == str(Operation.UPDATE) else corrected
    for name, value in values.items():
        if name not in entry.correctable:
            raise BadProfileValue(f"{name} is not a field of this change")
        target[name] = normalise_field(name, value)
    model = PAYLOADS[Entity(row.entity), Operation(row.op)]
    new_payload = model.model_validate(corrected)
    change_id = new_id()
    append_changes(
        session,
        [NewChange(change_id, new_payload, row.entity_id, Operation(row.op), now, staff.id)],
    )
    settle(
        session,
        entry,
        action=SettleAction.RESENT,
        note=note,
        staff=staff,
        now=now,
        resent_as=change_id,
        new_id=new_id,
    )
    return change_id


def _correctable(entity: str, payload: Mapping[str, object]) -> dict[str, str | None]:
    if entity not in CORRECTABLE:
        return {}
    fields = payload.get("fields")
    source = fields if isinstance(fields, dict) else payload
    return {
        name: (None if value is None else str(value))
        for name, value in source.items()
        if name in PROFILE_FIELDS
    }


def _subject(entity: str, payload: Mapping[str, object]) -> str:
    if entity == "sale":
        return str(payload.get("receipt_number", "sale"))
    if entity == "customer":
        name = " ".join(str(payload.get(k) or "") for k in ("first_name", "last_names")).strip()
        return name or entity
    return entity


def _reason(kind: str, detail: Mapping[str, object]) -> str:
    if kind == OVERDRAFT:
        return str(detail.get("balance_after", ""))
    if kind == "flagged_sale":
        flags = detail.get("flags", [])
        return ", ".join(str(f) for f in flags) if isinstance(flags, list) else ""
    if kind == DUPLICATE:
        reasons = detail.get("reasons", [])
        return ", ".join(str(r) for r in reasons) if isinstance(reasons, list) else ""
    return str(detail.get("code", ""))


def _uuid(value: object) -> uuid.UUID | None:
    try:
        return uuid.UUID(str(value)) if value else None
    except ValueError:
        return None
