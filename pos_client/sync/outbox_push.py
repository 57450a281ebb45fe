"""The outbox side of a push: which changes leave next, and what their answers mean."""

from __future__ import annotations

import json
import uuid
from datetime import datetime
from typing import cast

from sqlalchemy import Table, bindparam, or_, select, update
from sqlalchemy.orm import Session

from loyalty_core.hlc import Hlc, receive
from loyalty_core.sync_protocol import ChangeResult, ChangeStatus
from loyalty_core.wire import LEDGER_ENTITIES, utc_iso
from pos_client.store.models import Customer, Device, LedgerEntry, OutboxEntry
from pos_client.sync.api import Batch

WAITING = ("pending", "deferred")
_STATE_FOR = {
    ChangeStatus.APPLIED: "acknowledged",
    ChangeStatus.DUPLICATE: "acknowledged",
    ChangeStatus.SUPERSEDED: "acknowledged",
    ChangeStatus.DEFERRED: "deferred",
    ChangeStatus.REJECTED: "rejected",
    ChangeStatus.KEY_REUSE: "rejected",
}


_OUTBOX = cast(Table, OutboxEntry.__table__)
CHANGE_COLUMNS = tuple(
    _OUTBOX.c[name]
    for name in (
        "change_id",
        "seq",
        "entity",
        "entity_id",
        "op",
        "payload_version",
        "payload",
        "payload_sha256",
        "hlc",
        "occurred_at",
        "staff_id",
        "depends_on",
    )
)
"""An outbox row's columns that make up its `Change` on the wire (with `seq` as device_seq)."""
_LEDGER = cast(Table, LedgerEntry.__table__)


def next_batch(session: Session, *, limit: int, after_seq: int = 0) -> Batch | None:
    """The oldest waiting changes after `after_seq`, in sequence order; None when none wait.

    The body is built from the outbox columns as stored: they were checked against
    the wire model when written (with their change, in one transaction), and each
    payload is already its canonical JSON, so it goes out without being parsed
    and encoded again.
    """
    o = _OUTBOX.c
    rows = session.execute(
        select(*CHANGE_COLUMNS)
        .where(o.state.in_(WAITING), o.seq > after_seq)
        .order_by(o.seq)
        .limit(limit)
    ).all()
    if not rows:
        return None
    changes = ",".join(
        f'{{"change_id":"{r.change_id}","device_seq":{int(r.seq)},'
        f'"entity":{json.dumps(r.entity)},"entity_id":"{r.entity_id}",'
        f'"op":{json.dumps(r.op)},"payload_version":{int(r.payload_version)},'
        f'"payload":{r.payload},"payload_sha256":{json.dumps(r.payload_sha256)},'
        f'"hlc":{json.dumps(r.hlc)},"occurred_at":"{utc_iso(r.occurred_at)}",'
        f'"staff_id":{_uuid_or_null(r.staff_id)},"depends_on":{_uuid_or_null(r.depends_on)}}}'
        for r in rows
    )
    return Batch(
        body=f'{{"changes":[{changes}]}}'.encode(),
        change_ids=[r.change_id for r in rows],
        last_seq=int(rows[-1].seq),
    )


def _uuid_or_null(value: uuid.UUID | None) -> str:
    return "null" if value is None else f'"{value}"'


def record_answers(
    session: Session, results: list[ChangeResult], *, server_time: datetime, now: datetime
) -> None:
    """Store each answer on its outbox row and move the clock past the server's.

    A batch's answers are written together: one read of its outbox rows, of
    the ledger entries they cover and of the balance versions held, then one
    executemany per table (a 500-change batch is not 1,500 round trips).
    """
    answers = {result.change_id: result for result in results}
    rows = session.execute(
        select(OutboxEntry.change_id, OutboxEntry.entity, OutboxEntry.entity_id).where(
            OutboxEntry.change_id.in_(list(answers))
        )
    ).all()
    answered_at = now.isoformat()
    outbox_updates = []
    covered: dict[uuid.UUID, dict[str, int]] = {}
    rejected_entries = []
    for change_id, entity, entity_id in rows:
        result = answers[change_id]
        state = _STATE_FOR[result.status]
        outbox_updates.append(
            {
                "b_change_id": change_id,
                "state": state,
                "server_answer": result.model_dump_json(),
                "answered_at": answered_at,
            }
        )
        if entity not in LEDGER_ENTITIES:
            continue
        if result.balances:
            covered[entity_id] = result.balances
        elif state == "rejected":
            # The server will never count it: it leaves the local adjustment too, so the
            # balance shown is the server's; the rejected row stays for a person to see.
            rejected_entries.append(entity_id)
    if outbox_updates:
        session.execute(_ANSWER_OUTBOX, outbox_updates)
    if rejected_entries:
        session.execute(
            update(LedgerEntry).where(LedgerEntry.id.in_(rejected_entries)).values(confirmed=True)
        )
    if covered:
        _cover(session, covered)
    advance_clock(session, server_time=server_time, now=now)


_ANSWER_OUTBOX = (
    update(_OUTBOX)
    .where(_OUTBOX.c.change_id == bindparam("b_change_id"))
    .values(
        state=bindparam("state"),
        server_answer=bindparam("server_answer"),
        answered_at=bindparam("answered_at"),
        attempts=_OUTBOX.c.attempts + 1,
    )
)


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


def _cover(session: Session, covered: dict[uuid.UUID, dict[str, int]]) -> None:
    """Note the server balance version that includes each entry; confirm those already held."""
    entries = session.execute(
        select(LedgerEntry.id, LedgerEntry.customer_id).where(LedgerEntry.id.in_(list(covered)))
    ).all()
    # An entry the server posted to another customer (a merge's survivor) follows it here.
    posted = [
        (entry_id, _posted_to(customer_id, covered[entry_id])) for entry_id, customer_id in entries
    ]
    customers = {customer_id for _, customer_id in posted}
    held = dict(
        session.execute(
            select(Customer.id, Customer.balance_version).where(Customer.id.in_(customers))
        ).all()
    )
    updates = []
    for entry_id, customer_id in posted:
        version = covered[entry_id].get(str(customer_id))
        if version is None:
            continue
        have = held.get(customer_id)
        updates.append(
            {
                "b_id": entry_id,
                "b_customer": customer_id,
                "covered_version": version,
                "confirmed": have is not None and have >= version,
            }
        )
    if updates:
        session.execute(_COVER_ENTRY, updates)


def _posted_to(customer_id: uuid.UUID, balances: dict[str, int]) -> uuid.UUID:
    """The customer whose balance the server posted an entry to (itself, or its survivor)."""
    if str(customer_id) in balances or len(balances) != 1:
        return customer_id
    return uuid.UUID(next(iter(balances)))


_COVER_ENTRY = (
    update(_LEDGER)
    .where(_LEDGER.c.id == bindparam("b_id"))
    .values(
        customer_id=bindparam("b_customer"),
        covered_version=bindparam("covered_version"),
        # Never unconfirm: an entry confirmed before stays confirmed.
        confirmed=or_(_LEDGER.c.confirmed, bindparam("confirmed")),
    )
)


def mark_all_waiting(session: Session) -> None:
    """Send deferred changes again on the next push (after their dependency may have arrived)."""
    session.execute(
        update(OutboxEntry).where(OutboxEntry.state == "deferred").values(state="pending")
    )
