"""Writing outbox entries, in the caller's transaction.

Every business change calls `append_changes` inside the same transaction
as the rows it describes (SYNC.md rule 1): the sequence, the clock and the
entry are committed together or not at all.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import bindparam, insert, select, update
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import set_committed_value

from loyalty_core.hlc import Hlc, tick
from loyalty_core.wire import Operation, encode_payload
from loyalty_core.wire import _Payload as Payload
from pos_client.store.models import Device, OutboxEntry

# Built once: building a statement costs more than running it (the durable path).
_THIS_DEVICE = select(Device)
_ADVANCE = (
    update(Device)
    .where(Device.id == bindparam("device_id"))
    .values(
        hlc_wall_ms=bindparam("wall_ms"),
        hlc_counter=bindparam("counter"),
        outbox_seq=bindparam("b_seq"),
    )
)
_INSERT = insert(OutboxEntry)


@dataclass(frozen=True)
class NewChange:
    """One business change to queue; its id is known before it is written."""

    change_id: uuid.UUID
    payload: Payload
    entity_id: uuid.UUID
    op: Operation
    occurred_at: datetime
    staff_id: uuid.UUID | None
    depends_on: uuid.UUID | None = None


def append_changes(
    session: Session, changes: Sequence[NewChange], *, device: Device | None = None
) -> None:
    """Queue changes for the server in order, each stamped with the device's next HLC.

    One counter update and one INSERT for them all. `device` is this device's
    row when the caller already holds it (saves a read).
    """
    if device is None:
        device = session.scalars(_THIS_DEVICE).one()
    clock = Hlc(device.hlc_wall_ms, device.hlc_counter, device.device_code)
    seq = device.outbox_seq
    rows = []
    for change in changes:
        clock = tick(clock, int(change.occurred_at.timestamp() * 1000))
        seq += 1
        text, digest = encode_payload(change.payload)
        rows.append(
            dict(
                seq=seq,
                change_id=change.change_id,
                entity=str(change.payload.ENTITY),
                entity_id=change.entity_id,
                op=str(change.op),
                payload_version=change.payload.VERSION,
                payload=text,
                payload_sha256=digest,
                hlc=clock.encode(),
                occurred_at=change.occurred_at,
                staff_id=change.staff_id,
                depends_on=change.depends_on,
                state="pending",
            )
        )
    conn = session.connection()
    conn.execute(
        _ADVANCE,
        {"device_id": device.id, "wall_ms": clock.wall_ms, "counter": clock.counter, "b_seq": seq},
    )
    conn.execute(_INSERT, rows)
    # Keep the row the caller holds in step without making the session flush it again.
    set_committed_value(device, "hlc_wall_ms", clock.wall_ms)
    set_committed_value(device, "hlc_counter", clock.counter)
    set_committed_value(device, "outbox_seq", seq)


def pending_count(session: Session) -> int:
    """Return how many changes are waiting to reach the server."""
    from sqlalchemy import func

    return (
        session.scalar(
            select(func.count()).select_from(OutboxEntry).where(OutboxEntry.state != "acknowledged")
        )
        or 0
    )
