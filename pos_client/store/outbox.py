"""Writing outbox entries, in the caller's transaction.

Every business change calls `append_change` inside the same transaction
as the rows it describes (SYNC.md rule 1): the sequence, the clock and the
entry are committed together or not at all.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from loyalty_core.hlc import Hlc, tick
from loyalty_core.ids import uuid7
from loyalty_core.wire import Operation, encode_payload
from loyalty_core.wire import _Payload as Payload
from pos_client.store.models import Device, OutboxEntry


def append_change(
    session: Session,
    *,
    payload: Payload,
    entity_id: uuid.UUID,
    op: Operation,
    occurred_at: datetime,
    staff_id: uuid.UUID | None,
    depends_on: uuid.UUID | None = None,
    new_id: Callable[[], uuid.UUID] = uuid7,
) -> OutboxEntry:
    """Queue one change for the server, stamped with the device's next HLC."""
    device = session.scalars(select(Device)).one()
    stamp = tick(
        Hlc(device.hlc_wall_ms, device.hlc_counter, device.device_code),
        int(occurred_at.timestamp() * 1000),
    )
    device.hlc_wall_ms, device.hlc_counter = stamp.wall_ms, stamp.counter
    device.outbox_seq += 1
    text, digest = encode_payload(payload)
    entry = OutboxEntry(
        seq=device.outbox_seq,
        change_id=new_id(),
        entity=str(payload.ENTITY),
        entity_id=entity_id,
        op=str(op),
        payload_version=payload.VERSION,
        payload=text,
        payload_sha256=digest,
        hlc=stamp.encode(),
        occurred_at=occurred_at,
        staff_id=staff_id,
        depends_on=depends_on,
        state="pending",
    )
    session.add(entry)
    return entry


def pending_count(session: Session) -> int:
    """Return how many changes are waiting to reach the server."""
    from sqlalchemy import func

    return (
        session.scalar(
            select(func.count()).select_from(OutboxEntry).where(OutboxEntry.state != "acknowledged")
        )
        or 0
    )
