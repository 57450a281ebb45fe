"""The outbox side of a push: which changes leave next, and what their answers mean."""

from __future__ import annotations

import json
from datetime import datetime

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from loyalty_core.hlc import Hlc, receive
from loyalty_core.sync_protocol import ChangeResult, ChangeStatus
from loyalty_core.wire import Change, Entity, Operation
from pos_client.store.models import Customer, Device, LedgerEntry, OutboxEntry

WAITING = ("pending", "deferred")
_STATE_FOR = {
    ChangeStatus.APPLIED: "acknowledged",
    ChangeStatus.DUPLICATE: "acknowledged",
    ChangeStatus.SUPERSEDED: "acknowledged",
    ChangeStatus.DEFERRED: "deferred",
    ChangeStatus.REJECTED: "rejected",
    ChangeStatus.KEY_REUSE: "rejected",
}


def next_batch(session: Session, *, limit: int, after_seq: int = 0) -> list[Change]:
    """The oldest waiting changes after `after_seq`, in sequence order, as they go on the wire."""
    rows = session.scalars(
        select(OutboxEntry)
        .where(OutboxEntry.state.in_(WAITING), OutboxEntry.seq > after_seq)
        .order_by(OutboxEntry.seq)
        .limit(limit)
    ).all()
    return [
        Change(
            change_id=r.change_id,
            device_seq=r.seq,
            entity=Entity(r.entity),
            entity_id=r.entity_id,
            op=Operation(r.op),
            payload_version=r.payload_version,
            payload=json.loads(r.payload),
            payload_sha256=r.payload_sha256,
            hlc=r.hlc,
            occurred_at=r.occurred_at,
            staff_id=r.staff_id,
            depends_on=r.depends_on,
        )
        for r in rows
    ]


def record_answers(
    session: Session, results: list[ChangeResult], *, server_time: datetime, now: datetime
) -> None:
    """Store each answer on its outbox row and move the clock past the server's."""
    for result in results:
        row = session.scalars(
            select(OutboxEntry).where(OutboxEntry.change_id == result.change_id)
        ).first()
        if row is None:
            continue
        row.state = _STATE_FOR[result.status]
        row.server_answer = result.model_dump_json()
        row.answered_at = now.isoformat()
        row.attempts += 1
        if result.balances and row.entity == str(Entity.LEDGER_ENTRY):
            _cover(session, row, result.balances)
        elif row.state == "rejected" and row.entity == str(Entity.LEDGER_ENTRY):
            # The server will never count it: it leaves the local adjustment too, so the
            # balance shown is the server's; the rejected row stays for a person to see.
            session.execute(
                update(LedgerEntry).where(LedgerEntry.id == row.entity_id).values(confirmed=True)
            )
    advance_clock(session, server_time=server_time, now=now)


def advance_clock(session: Session, *, server_time: datetime, now: datetime) -> None:
    """Move this device's clock past the server's, persisted with what the answer brought.

    A tablet whose clock runs behind then stamps its next edits after every
    edit the server had seen, instead of losing to them all.
    """
    device = session.scalars(select(Device)).one()
    clock = receive(
        Hlc(device.hlc_wall_ms, device.hlc_counter, device.device_code),
        Hlc(int(server_time.timestamp() * 1000), 0, "server"),
        int(now.timestamp() * 1000),
    )
    device.hlc_wall_ms, device.hlc_counter = clock.wall_ms, clock.counter


def _cover(session: Session, row: OutboxEntry, balances: dict[str, int]) -> None:
    """Note the server balance version that includes this entry; confirm it if held."""
    entry = session.get(LedgerEntry, row.entity_id)
    if entry is None:
        return
    version = balances.get(str(entry.customer_id))
    if version is None:
        return
    entry.covered_version = version
    held = session.scalar(select(Customer.balance_version).where(Customer.id == entry.customer_id))
    if held is not None and held >= version:
        entry.confirmed = True


def mark_all_waiting(session: Session) -> None:
    """Send deferred changes again on the next push (after their dependency may have arrived)."""
    session.execute(
        update(OutboxEntry).where(OutboxEntry.state == "deferred").values(state="pending")
    )
