"""Applying the store's own changes: gifts, settlements, incidents, campaign responses, PINs,
till sales.

Each applier records one change (idempotent on its record's id) and says
what became of it; those that move points answer with the balance version
that includes them, as points entries do, so the tablet counts each once.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session

from loyalty_core.incidents import BadIncident
from loyalty_core.receipt_chain import canonical_json
from loyalty_core.roles import Role
from loyalty_core.sync_protocol import ChangeStatus
from loyalty_core.wire import (
    CampaignResponsePayload,
    Change,
    Entity,
    GiftRedemptionPayload,
    IncidentNotePayload,
    IncidentPayload,
    LedgerKind,
    Operation,
    PaymentPayload,
    RedemptionCancelPayload,
    SaleLinePayload,
    SalePayload,
    SettlementPayload,
    StaffPinPayload,
    StockMovePayload,
    TillSalePayload,
)
from loyalty_core.wire import _Payload as Payload
from sync_server.campaigns import service as campaigns
from sync_server.campaigns.models import CampaignResponse
from sync_server.catalogue.models import Product
from sync_server.customers.models import Balance, Customer
from sync_server.customers.service import live_customer
from sync_server.devices.models import Device
from sync_server.gifts import service as gifts
from sync_server.gifts.models import Gift, GiftStockMove, Redemption
from sync_server.incidents import service as incidents
from sync_server.incidents.models import Incident, IncidentEvent
from sync_server.ledger.models import LedgerEntry
from sync_server.ledger.service import LedgerBatch, NewEntry
from sync_server.review.settle import BadSettlement, settle
from sync_server.sales.models import Sale
from sync_server.sales.service import SaleBatch
from sync_server.staff import service as staff_service
from sync_server.staff.models import Staff
from sync_server.sync.outcomes import Deferral, Outcome, Refusal

Applier = Callable[[Session, Device, Payload, Change, datetime], Outcome]
_SAME = "already_recorded"


def _own_store(device: Device, store_code: str, what: str) -> None:
    if store_code != device.store_code:
        raise Refusal("wrong_store", f"a device records {what} of its own store only")


def customer_here(session: Session, customer_id: uuid.UUID) -> Customer:
    """The customer a change names (the survivor if merged), or wait for their registration."""
    customer = live_customer(session, customer_id)
    if customer is None:
        raise Deferral("customer_not_arrived", "this customer has not reached the server yet")
    return customer


def _duplicate(session: Session | None = None, customer_id: uuid.UUID | None = None) -> Outcome:
    """Already recorded (under another change: an online redemption sent again offline).

    A change that moves points still gets the balance version that covers it,
    so the tablet's entry stops counting once that balance reaches it.
    """
    balances = {}
    if session is not None and customer_id is not None:
        balance = session.get(Balance, customer_id)
        balances = {str(customer_id): balance.version if balance else 0}
    return Outcome(status=ChangeStatus.DUPLICATE, flags=[_SAME], balances=balances)


def _staff(session: Session, change: Change) -> Staff | None:
    return session.get(Staff, change.staff_id) if change.staff_id else None


def _apply_redemption(
    session: Session, device: Device, payload: Payload, change: Change, now: datetime
) -> Outcome:
    assert isinstance(payload, GiftRedemptionPayload)
    _own_store(device, payload.store_code, "redemptions")
    customer = customer_here(session, payload.customer_id)
    payload = payload.model_copy(update={"customer_id": customer.id})
    posted = gifts.record_redemption(session, payload, device_id=device.id, now=now)
    if posted is None:
        return _duplicate(session, customer.id)
    approver = session.get(Staff, payload.approved_by)
    flags = list(posted.flags)
    if approver is None or Role(approver.role) != Role.MANAGER:
        flags.append("approver_not_manager")
    return Outcome(flags=flags, balances={str(customer.id): posted.balance_version})


def _apply_cancel(
    session: Session, device: Device, payload: Payload, change: Change, now: datetime
) -> Outcome:
    assert isinstance(payload, RedemptionCancelPayload)
    _own_store(device, payload.store_code, "cancellations")
    try:
        posted = gifts.cancel_redemption(session, payload, device_id=device.id, now=now)
    except gifts.RedemptionUnknown:
        raise Deferral("redemption_not_arrived", "the redemption has not arrived yet") from None
    customer = customer_here(session, payload.customer_id)
    if posted is None:
        return _duplicate(session, customer.id)
    return Outcome(flags=posted.flags, balances={str(customer.id): posted.balance_version})


def _apply_stock(
    session: Session, device: Device, payload: Payload, change: Change, now: datetime
) -> Outcome:
    assert isinstance(payload, StockMovePayload)
    _own_store(device, payload.store_code, "stock moves")
    if session.get(Gift, payload.gift_id) is None:
        raise Refusal("unknown_gift", "no such gift")
    stock = gifts.move_stock(
        session,
        store_code=payload.store_code,
        gift_id=payload.gift_id,
        quantity=payload.quantity,
        reason=payload.reason,
        note=payload.note,
        staff_id=payload.staff_id,
        moved_at=payload.moved_at,
        move_id=payload.move_id,
        now=now,
    )
    if stock is None:
        return _duplicate()
    return Outcome(flags=["negative_stock"] if stock < 0 else [])


def _apply_settlement(
    session: Session, device: Device, payload: Payload, change: Change, now: datetime
) -> Outcome:
    assert isinstance(payload, SettlementPayload)
    _own_store(device, payload.store_code, "settlements")
    staff = _staff(session, change)
    if staff is None or Role(staff.role) != Role.MANAGER:
        raise Refusal("not_allowed", "review cases are settled by a manager")
    try:
        settled = settle(
            session,
            payload,
            store_code=device.store_code,
            staff_name=staff.name,
            device_id=device.id,
            now=now,
        )
    except BadSettlement as exc:
        raise Refusal(exc.code, exc.message) from None
    return Outcome(flags=settled.flags, balances=settled.balances)


def _apply_response(
    session: Session, device: Device, payload: Payload, change: Change, now: datetime
) -> Outcome:
    assert isinstance(payload, CampaignResponsePayload)
    _own_store(device, payload.store_code, "campaign responses")
    customer = customer_here(session, payload.customer_id) if payload.customer_id else None
    try:
        recorded = campaigns.record_response(
            session,
            payload,
            customer_id=customer.id if customer else None,
            device_id=device.id,
            now=now,
        )
    except campaigns.SaleNotArrived:
        raise Deferral("sale_not_arrived", "the sale of this response has not arrived") from None
    except campaigns.UnknownCampaign:
        raise Refusal("unknown_campaign", "no such campaign") from None
    if recorded is None:
        return _duplicate(session, customer.id if customer else None)
    return Outcome(flags=recorded.flags, balances=recorded.balances)


def _apply_pin(
    session: Session, device: Device, payload: Payload, change: Change, now: datetime
) -> Outcome:
    assert isinstance(payload, StaffPinPayload)
    _own_store(device, payload.store_code, "staff changes")
    by = _staff(session, change)
    own = by is not None and by.id == payload.staff_id and payload.pin_hash and not payload.unlock
    manager = by is not None and Role(by.role) == Role.MANAGER
    if by is None or not by.active or not (manager or own):
        raise Refusal("not_allowed", "staff PINs are set by an active manager (or by their owner)")
    try:
        staff_service.apply_pin_change(session, payload, now=now)
    except staff_service.StaffChangeRefused as exc:
        raise Refusal(exc.code, str(exc)) from None
    return Outcome()


def _apply_incident(
    session: Session, device: Device, payload: Payload, change: Change, now: datetime
) -> Outcome:
    assert isinstance(payload, IncidentPayload)
    _own_store(device, payload.store_code, "incidents")
    if payload.device_code != device.device_code:
        raise Refusal("wrong_device", "a device records the incidents opened on it only")
    customer = customer_here(session, payload.customer_id) if payload.customer_id else None
    try:
        new = incidents.record(
            session, payload, customer_id=customer.id if customer else None, now=now
        )
    except incidents.AttachmentMissing:
        raise Deferral("attachment_missing", "waiting for the upload of the photo") from None
    return Outcome() if new else _duplicate()


def _apply_incident_note(
    session: Session, device: Device, payload: Payload, change: Change, now: datetime
) -> Outcome:
    assert isinstance(payload, IncidentNotePayload)
    _own_store(device, payload.store_code, "incident notes")
    try:
        new = incidents.add_store_note(session, payload, now=now)
    except LookupError:
        raise Deferral("incident_not_arrived", "the incident has not arrived yet") from None
    except PermissionError as exc:
        raise Refusal("wrong_store", str(exc)) from None
    except BadIncident as exc:
        raise Refusal(exc.code, exc.message) from None
    return Outcome() if new else _duplicate()


def _apply_till_sale(
    session: Session, device: Device, payload: Payload, change: Change, now: datetime
) -> Outcome:
    """A till's sale is recorded as a sale (checked like one) and earns by the server's rule."""
    assert isinstance(payload, TillSalePayload)
    _own_store(device, payload.store_code, "till sales")
    if session.get(Sale, payload.sale_id) is not None:
        known = live_customer(session, payload.customer_id) if payload.customer_id else None
        return _duplicate(session, known.id if known else None)
    customer = customer_here(session, payload.customer_id) if payload.customer_id else None
    sale = as_sale(session, payload, device, customer.id if customer else None)
    batch = SaleBatch(session, device.store_code, [sale], set())
    text = canonical_json(sale.model_dump(mode="json"))
    flags = batch.record(device, sale, text, now=now, source="till")
    expected = batch.expected_points(sale.sale_id)
    batch.write(now=now)
    if customer is None:
        return Outcome(flags=flags)
    ledger = LedgerBatch(session, {customer.id})
    points = payload.points_earned if expected is None else expected
    flags += ledger.post(
        NewEntry(
            entry_id=payload.sale_id,
            customer_id=customer.id,
            kind=str(LedgerKind.EARN),
            points=points,
            store_code=payload.store_code,
            sale_id=payload.sale_id,
            device_id=device.id,
            occurred_at=payload.occurred_at,
            flags=("till",),
        ),
        now=now,
    )
    versions = ledger.write(now=now)
    if points != payload.points_earned:
        flags.append("points_adjusted")
    return Outcome(flags=flags, balances={str(customer.id): versions[customer.id]})


def as_sale(
    session: Session, till: TillSalePayload, device: Device, customer_id: uuid.UUID | None
) -> SalePayload:
    """A till's ticket in the shape of a counter's sale, so every reader of sales reads it."""
    codes = {line.code for line in till.lines}
    products = {
        p.code: p for p in session.query(Product).filter(Product.code.in_(sorted(codes))).all()
    }
    lines = [
        SaleLinePayload(
            line_id=line.line_id,
            line_no=line.line_no,
            product_id=line.product_id,
            code=line.code,
            name=products[line.code].name[:160] if line.code in products else line.code,
            quantity=line.quantity,
            unit_price_cents=line.unit_price_cents,
            vat_rate=products[line.code].vat_rate if line.code in products else 21,
            line_discount_cents=line.discount_cents,
            ticket_discount_cents=0,
            net_cents=line.net_cents,
            points=line.points,
        )
        for line in till.lines
    ]
    return SalePayload(
        sale_id=till.sale_id,
        kind="sale",
        receipt_number=f"T{till.sale_id.hex}",
        series="TPV",
        number=1,
        store_code=till.store_code,
        device_code=device.device_code,
        customer_id=customer_id,
        staff_id=till.imported_by,
        occurred_at=till.occurred_at,
        lines=lines,
        ticket_discount_cents=0,
        total_cents=till.total_cents,
        vat=[],
        payments=[PaymentPayload(method=till.payment, amount_cents=till.total_cents)],
        points_earned=till.points_earned,
        previous_hash="",
        record_hash="",
    )


STORE_APPLIERS: dict[tuple[Entity, Operation], Applier] = {
    (Entity.REDEMPTION, Operation.CREATE): _apply_redemption,
    (Entity.REDEMPTION_CANCEL, Operation.CREATE): _apply_cancel,
    (Entity.GIFT_STOCK, Operation.CREATE): _apply_stock,
    (Entity.SETTLEMENT, Operation.CREATE): _apply_settlement,
    (Entity.CAMPAIGN_RESPONSE, Operation.CREATE): _apply_response,
    (Entity.STAFF_PIN, Operation.UPDATE): _apply_pin,
    (Entity.INCIDENT, Operation.CREATE): _apply_incident,
    (Entity.INCIDENT_NOTE, Operation.CREATE): _apply_incident_note,
    (Entity.TILL_SALE, Operation.CREATE): _apply_till_sale,
}

ENTITY_IDS: dict[Entity, str] = {
    Entity.REDEMPTION: "redemption_id",
    Entity.REDEMPTION_CANCEL: "cancel_id",
    Entity.GIFT_STOCK: "move_id",
    Entity.SETTLEMENT: "settlement_id",
    Entity.CAMPAIGN_RESPONSE: "response_id",
    Entity.STAFF_PIN: "staff_id",
    Entity.INCIDENT: "incident_id",
    Entity.INCIDENT_NOTE: "note_id",
    Entity.TILL_SALE: "sale_id",
}
"""The payload field each change's entity id must equal."""

RECORDS: dict[Entity, Any] = {
    Entity.REDEMPTION: Redemption.id,
    Entity.REDEMPTION_CANCEL: LedgerEntry.id,
    Entity.GIFT_STOCK: GiftStockMove.id,
    Entity.SETTLEMENT: None,
    Entity.CAMPAIGN_RESPONSE: CampaignResponse.id,
    Entity.STAFF_PIN: None,
    Entity.INCIDENT: Incident.id,
    Entity.INCIDENT_NOTE: IncidentEvent.id,
    Entity.TILL_SALE: Sale.id,
}
"""The column holding each record's own key (None: it conflicts only on its change id)."""
