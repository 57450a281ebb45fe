"""Applying a pushed batch: in order, each change once, one answer per change.

Contract (SYNC.md, push):
- Changes are applied in the device's sequence order, each in a savepoint,
  after its id is claimed in the inbox under a unique key. A change seen
  before is answered `duplicate` with its original result; the same id
  with another payload is `key_reuse`. Two workers given the same retried
  batch at once are serialised by that key: one applies, one answers
  duplicate.
- A malformed or forbidden change is `rejected`, kept in the inbox with
  its payload and a review case, and the changes behind it go on.
- A change whose dependency has not arrived is `deferred`: nothing is
  recorded, the tablet sends it again later.
- Facts are never refused for a business reason: they are recorded with flags.
- The caller commits once, after the whole batch; only then is it answered.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime

from pydantic import ValidationError
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from loyalty_core.hlc import Hlc
from loyalty_core.profile import MAX_AHEAD_MS, BadProfileValue
from loyalty_core.receipt_chain import canonical_json, sha256_hex
from loyalty_core.sync_protocol import ChangeResult, ChangeStatus
from loyalty_core.wire import (
    Change,
    Entity,
    LedgerEntryPayload,
    LedgerKind,
    ProfilePatchPayload,
    SalePayload,
    decode_payload,
)
from loyalty_core.wire import _Payload as Payload
from sync_server.customers.service import apply_patch, serve_in_store
from sync_server.devices.models import Device
from sync_server.ledger.service import post_entry, server_adjustment
from sync_server.review.service import open_case
from sync_server.sales.models import Sale
from sync_server.sales.service import record_sale
from sync_server.sync.models import Inbox


class Refusal(Exception):
    """A change that is malformed or forbidden: rejected, kept, shown."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


class Deferral(Exception):
    """A change that cannot be applied yet; sent again later."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


@dataclass
class Outcome:
    status: ChangeStatus = ChangeStatus.APPLIED
    flags: list[str] = field(default_factory=list)
    lost_fields: list[str] = field(default_factory=list)
    balances: dict[str, int] = field(default_factory=dict)


Applier = Callable[[Session, Device, Payload, Change, datetime], Outcome]


def _apply_sale(
    session: Session, device: Device, payload: Payload, change: Change, now: datetime
) -> Outcome:
    assert isinstance(payload, SalePayload)
    if payload.store_code != device.store_code or payload.device_code != device.device_code:
        raise Refusal(
            "wrong_store",
            f"device {device.store_code}-{device.device_code} may not write "
            f"a sale of {payload.store_code}-{payload.device_code}",
        )
    return Outcome(flags=record_sale(session, device, payload, now=now))


def _apply_ledger(
    session: Session, device: Device, payload: Payload, change: Change, now: datetime
) -> Outcome:
    assert isinstance(payload, LedgerEntryPayload)
    sale = session.get(Sale, payload.sale_id) if payload.sale_id is not None else None
    if payload.sale_id is not None and sale is None:
        raise Deferral("sale_not_arrived", "the sale of this entry has not arrived yet")
    if sale is not None and sale.store_code != device.store_code:
        raise Refusal("wrong_store", "this entry points at another store's sale")
    posted = post_entry(
        session,
        entry_id=payload.entry_id,
        customer_id=payload.customer_id,
        kind=str(payload.kind),
        points=payload.points,
        sale_id=payload.sale_id,
        store_code=device.store_code,
        device_id=device.id,
        occurred_at=payload.occurred_at,
        now=now,
    )
    outcome = Outcome(flags=posted.flags, balances={str(payload.customer_id): posted.version})
    if sale is not None and payload.kind == LedgerKind.EARN and "points_mismatch" in sale.flags:
        _adjust_points(session, sale, payload, outcome, now)
    return outcome


def _adjust_points(
    session: Session, sale: Sale, entry: LedgerEntryPayload, outcome: Outcome, now: datetime
) -> None:
    """Bring an earn entry to what the rule gives (the rule is the server's)."""
    from sync_server.sales.service import expected_points_of

    expected = expected_points_of(session, sale)
    if expected is None or expected == entry.points:
        return
    posted = server_adjustment(
        session,
        customer_id=entry.customer_id,
        points=expected - entry.points,
        sale_id=sale.id,
        store_code=sale.store_code,
        now=now,
        reason="points_recomputed",
    )
    outcome.flags.append("points_adjusted")
    outcome.balances[str(entry.customer_id)] = posted.version


def _apply_profile(
    session: Session, device: Device, payload: Payload, change: Change, now: datetime
) -> Outcome:
    assert isinstance(payload, ProfilePatchPayload)
    # A store that edits a customer serves them: it receives the full profile from now on,
    # so its tablets see the value that won.
    serve_in_store(session, payload.customer_id, device.store_code, now=now)
    try:
        result = apply_patch(session, payload, hlc=change.hlc, change_id=change.change_id, now=now)
    except BadProfileValue as exc:
        raise Refusal("bad_value", str(exc)) from None
    if not result.found:
        raise Deferral("customer_not_arrived", "this customer has not reached the server yet")
    status = ChangeStatus.SUPERSEDED if result.lost_fields else ChangeStatus.APPLIED
    return Outcome(status=status, lost_fields=result.lost_fields)


APPLIERS: dict[Entity, Applier] = {
    Entity.SALE: _apply_sale,
    Entity.LEDGER_ENTRY: _apply_ledger,
    Entity.CUSTOMER: _apply_profile,
}


def _result(change_id: uuid.UUID, status: ChangeStatus, **extra: object) -> ChangeResult:
    return ChangeResult(change_id=change_id, status=status, **extra)


def _answer_seen(inbox: Inbox, change: Change) -> ChangeResult:
    if inbox.payload_sha256 != change.payload_sha256:
        return _result(
            change.change_id,
            ChangeStatus.KEY_REUSE,
            code="key_reuse",
            message="this change id was used before for another payload",
        )
    original = ChangeResult.model_validate(inbox.result)
    return original.model_copy(update={"status": ChangeStatus.DUPLICATE, "code": original.status})


def push_batch(
    session: Session, device: Device, changes: list[Change], *, now: datetime
) -> list[ChangeResult]:
    """Apply a device's batch in sequence order; return one result per change, as sent."""
    by_id: dict[uuid.UUID, ChangeResult] = {}
    now_ms = int(now.timestamp() * 1000)
    if any(Hlc.decode(c.hlc).wall_ms > now_ms + MAX_AHEAD_MS for c in changes if _hlc_ok(c.hlc)):
        device.clock_flagged = True  # its stamps are clamped; head office should look
    for change in sorted(changes, key=lambda c: c.device_seq):
        by_id[change.change_id] = apply_change(session, device, change, now=now)
    device.last_push_at = now
    device.last_device_seq = max([device.last_device_seq, *(c.device_seq for c in changes)])
    return [by_id[c.change_id] for c in changes]


def _hlc_ok(text: str) -> bool:
    try:
        stamp = Hlc.decode(text)
    except ValueError:
        return False
    return (
        0 <= stamp.wall_ms < 10**13 and 0 <= stamp.counter < 10**6 and 0 < len(stamp.device) <= 16
    )


def apply_change(
    session: Session, device: Device, change: Change, *, now: datetime
) -> ChangeResult:
    """Apply one change idempotently and say what became of it."""
    seen = session.get(Inbox, change.change_id)
    if seen is not None:
        return _answer_seen(seen, change)
    if change.depends_on is not None:
        dependency = session.get(Inbox, change.depends_on)
        if dependency is None:
            return _result(
                change.change_id,
                ChangeStatus.DEFERRED,
                code="dependency_not_arrived",
                message="a change this one depends on has not arrived yet",
            )
        if dependency.status == ChangeStatus.REJECTED:
            return _record_rejection(
                session,
                device,
                change,
                "dependency_rejected",
                "the change it depends on was rejected",
                now,
            )
    try:
        payload = _checked_payload(change)
    except Refusal as refusal:
        return _record_rejection(session, device, change, refusal.code, refusal.message, now)
    try:
        with session.begin_nested():
            claim = _claim(change, device, now)
            session.add(claim)
            session.flush()
            outcome = APPLIERS[change.entity](session, device, payload, change, now)
            result = _result(
                change.change_id,
                outcome.status,
                flags=outcome.flags,
                lost_fields=outcome.lost_fields,
                balances=outcome.balances,
            )
            claim.status = str(result.status)
            claim.result = result.model_dump(mode="json")
            session.flush()
        return result
    except Deferral as deferral:
        return _result(
            change.change_id, ChangeStatus.DEFERRED, code=deferral.code, message=deferral.message
        )
    except Refusal as refusal:
        return _record_rejection(session, device, change, refusal.code, refusal.message, now)
    except IntegrityError:
        return _after_conflict(session, device, change, now)


def _after_conflict(
    session: Session, device: Device, change: Change, now: datetime
) -> ChangeResult:
    """Another delivery of this change, or of its record, got there first."""
    seen = session.get(Inbox, change.change_id, populate_existing=True)
    if seen is not None:
        return _answer_seen(seen, change)
    # The record's own key was taken under another change id: the fact is already here.
    with session.begin_nested():
        claim = _claim(change, device, now)
        result = _result(
            change.change_id,
            ChangeStatus.DUPLICATE,
            code="already_recorded",
            message="this record is already on the server",
        )
        claim.status = str(ChangeStatus.DUPLICATE)
        claim.result = result.model_dump(mode="json")
        session.add(claim)
    return result


def _checked_payload(change: Change) -> Payload:
    if not _hlc_ok(change.hlc):
        raise Refusal("bad_clock", f"{change.hlc!r} is not a hybrid logical clock stamp")
    if sha256_hex(canonical_json(change.payload)) != change.payload_sha256:
        raise Refusal("hash_mismatch", "the payload does not match its hash")
    try:
        payload = decode_payload(change.entity, change.payload_version, change.payload)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first.get("loc", ()))
        raise Refusal(
            "malformed", f"{change.entity} payload: {where}: {first.get('msg')}"
        ) from None
    except ValueError as exc:
        raise Refusal("unsupported_version", str(exc)) from None
    ids = {
        Entity.SALE: "sale_id",
        Entity.LEDGER_ENTRY: "entry_id",
        Entity.CUSTOMER: "customer_id",
    }
    if getattr(payload, ids[change.entity]) != change.entity_id:
        raise Refusal("entity_mismatch", "the change's entity id is not its payload's")
    return payload


def _claim(change: Change, device: Device, now: datetime) -> Inbox:
    return Inbox(
        change_id=change.change_id,
        device_id=device.id,
        device_seq=change.device_seq,
        entity=str(change.entity),
        entity_id=change.entity_id,
        payload_sha256=change.payload_sha256,
        status="claimed",
        result={},
        payload="",
        received_at=now,
    )


def _record_rejection(
    session: Session, device: Device, change: Change, code: str, message: str, now: datetime
) -> ChangeResult:
    result = _result(change.change_id, ChangeStatus.REJECTED, code=code, message=message)
    try:
        with session.begin_nested():
            claim = _claim(change, device, now)
            claim.status = str(ChangeStatus.REJECTED)
            claim.result = result.model_dump(mode="json")
            claim.payload = canonical_json(change.payload)
            session.add(claim)
            session.flush()
            open_case(
                session,
                kind="rejected_change",
                store_code=device.store_code,
                change_id=change.change_id,
                detail={"code": code, "message": message, "entity": str(change.entity)},
                now=now,
            )
    except IntegrityError:
        seen = session.get(Inbox, change.change_id, populate_existing=True)
        if seen is not None:
            return _answer_seen(seen, change)
        raise
    return result
