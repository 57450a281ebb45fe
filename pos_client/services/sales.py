"""Finishing a sale: the receipt, its lines, payments, points and outbox, at once.

`finish` runs inside the caller's transaction (BEGIN IMMEDIATE): it takes
the next number of the device's gapless series, chains the record hash,
writes the sale, its lines and payments, the points ledger entry and the
outbox changes. The caller commits; with `synchronous=FULL` the commit is
on disk before the receipt is shown. Nothing is written when it refuses.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import bindparam, insert, select, update
from sqlalchemy.orm import Session

from loyalty_core.cart import PricedCart, check_discounts
from loyalty_core.errors import EmptyCart, InvalidAmount, PaymentShort
from loyalty_core.ids import uuid7
from loyalty_core.points import LinePoints
from loyalty_core.receipt_chain import receipt_hash, receipt_number
from loyalty_core.wire import (
    CampaignResponsePayload,
    LedgerEntryPayload,
    LedgerKind,
    LedgerLinePayload,
    Operation,
    PaymentPayload,
    SaleLinePayload,
    SalePayload,
    VatPayload,
)
from pos_client.services import campaigns, enrolment
from pos_client.services.cart import Cart
from pos_client.services.receipts import Receipt, assemble_receipt, customer_on_receipt
from pos_client.services.setup import SALE_SERIES, points_rule
from pos_client.services.staff import StaffMember
from pos_client.store.models import (
    Device,
    LedgerEntry,
    Payment,
    ReceiptSeries,
    Sale,
    SaleLine,
)
from pos_client.store.outbox import NewChange, append_changes


@dataclass(frozen=True)
class PaymentInput:
    """How the customer pays: some on card, the rest in cash (with change)."""

    card_cents: int = 0
    cash_tendered_cents: int = 0


def split_payment(total_cents: int, pay: PaymentInput) -> list[PaymentPayload]:
    """Turn what was handed over into payment records; refuse a short payment."""
    if pay.card_cents < 0 or pay.cash_tendered_cents < 0:
        raise InvalidAmount("negative payment", text="")
    if pay.card_cents > total_cents:
        raise InvalidAmount("card amount above the total", text=str(pay.card_cents))
    cash_due = total_cents - pay.card_cents
    if pay.cash_tendered_cents < cash_due:
        raise PaymentShort("not enough paid", missing=cash_due - pay.cash_tendered_cents)
    payments = []
    if pay.card_cents:
        payments.append(PaymentPayload(method="card", amount_cents=pay.card_cents))
    if cash_due:
        payments.append(
            PaymentPayload(
                method="cash",
                amount_cents=cash_due,
                tendered_cents=pay.cash_tendered_cents,
                change_cents=pay.cash_tendered_cents - cash_due,
            )
        )
    return payments


# Statements on the durable path are built once: building one costs several times
# more than running it (about 0.3 ms against 0.05 ms here).
_SERIES_HEAD = select(ReceiptSeries.last_number, ReceiptSeries.last_hash).where(
    ReceiptSeries.series == bindparam("series")
)
_SEAL = (
    update(ReceiptSeries)
    .where(ReceiptSeries.series == bindparam("b_series"))
    .where(ReceiptSeries.last_number == bindparam("b_previous"))
    .values(last_number=bindparam("b_number"), last_hash=bindparam("b_hash"))
)
_INSERT_SALE = insert(Sale)
_INSERT_LINES = insert(SaleLine)
_INSERT_PAYMENTS = insert(Payment)
_INSERT_LEDGER = insert(LedgerEntry)
_THIS_DEVICE = select(Device)


def next_number(session: Session, series: str) -> tuple[int, str]:
    """Take the next number of a series and return it with the previous hash."""
    last_number, last_hash = session.connection().execute(_SERIES_HEAD, {"series": series}).one()
    return last_number + 1, last_hash


def seal(session: Session, series: str, number: int, record_hash: str) -> None:
    """Advance the series to `number` and remember its hash for the next record."""
    moved = session.connection().execute(
        _SEAL,
        {"b_series": series, "b_previous": number - 1, "b_number": number, "b_hash": record_hash},
    )
    assert moved.rowcount == 1, f"series {series} did not stand at {number - 1}"


def finish(
    session: Session,
    *,
    cart: Cart,
    payment: PaymentInput,
    staff: StaffMember,
    now: datetime,
    new_id: Callable[[], uuid.UUID] = uuid7,
) -> Receipt:
    """Record the sale in the cart, earn its points and queue it for sync."""
    if cart.is_empty:
        raise EmptyCart("nothing to sell")
    priced = cart.priced()
    check_discounts(priced, staff.role)
    payments = split_payment(priced.total_cents, payment)
    line_points = cart.points(points_rule(session))
    if cart.enrolment is not None:
        enrolment.complete(session, cart.enrolment, staff=staff, now=now, new_id=new_id)
    device = session.scalars(_THIS_DEVICE).one()
    payload = _sale_payload(
        session, device, cart, priced, line_points, payments, staff, now, new_id
    )
    response = None
    if cart.campaign_id is not None:
        response = campaigns.response_for(
            session,
            campaign_id=cart.campaign_id,
            sale_id=payload.sale_id,
            customer_id=payload.customer_id,
            lines=payload.lines,
            amount_cents=payload.total_cents,
            store_code=device.store_code,
            staff_id=staff.id,
            now=now,
            response_id=new_id(),
        )
    return record(
        session, payload, device=device, staff=staff, now=now, new_id=new_id, response=response
    )


def record(
    session: Session,
    payload: SalePayload,
    *,
    device: Device,
    staff: StaffMember,
    now: datetime,
    new_id: Callable[[], uuid.UUID] = uuid7,
    original_receipt_number: str | None = None,
    response: CampaignResponsePayload | None = None,
) -> Receipt:
    """Write a sealed sale or return, its points entry and their outbox changes.

    Shared by sales and returns so both write the same rows the same way. A
    campaign response goes with its sale, its extra points as their own entry.
    Rows go in with plain INSERTs (no unit of work): this is the durable
    path a customer waits on. The receipt is assembled from what was
    written, which `load_receipt` reads back the same way for a reprint.
    """
    holder, balance_after = None, None
    bonus = response.bonus_points if response is not None and response.customer_id else 0
    if payload.customer_id is not None:
        holder, balance_before = customer_on_receipt(session, payload.customer_id)
        balance_after = balance_before + payload.points_earned + bonus
    write_sale(session, payload, balance_after=balance_after)
    sale_change = NewChange(new_id(), payload, payload.sale_id, Operation.CREATE, now, staff.id)
    changes = [sale_change]
    if payload.customer_id is not None and payload.points_earned:
        entry = LedgerEntryPayload(
            entry_id=new_id(),
            customer_id=payload.customer_id,
            kind=LedgerKind.EARN if payload.kind == "sale" else LedgerKind.REVERSE,
            points=payload.points_earned,
            sale_id=payload.sale_id,
            lines=[
                LedgerLinePayload(line_id=ln.line_id, points=ln.points)
                for ln in payload.lines
                if ln.points
            ],
            occurred_at=now,
        )
        write_ledger_entry(session, entry)
        changes.append(
            NewChange(
                new_id(),
                entry,
                entry.entry_id,
                Operation.CREATE,
                now,
                staff.id,
                depends_on=sale_change.change_id,
            )
        )
    campaign = None
    if response is not None:
        campaigns.keep_response(session, response)
        if response.customer_id is not None and bonus:
            write_ledger_entry(
                session,
                LedgerEntryPayload(
                    entry_id=response.response_id,
                    customer_id=response.customer_id,
                    kind=LedgerKind.EARN,
                    points=bonus,
                    sale_id=payload.sale_id,
                    lines=[],
                    occurred_at=now,
                ),
            )
        changes.append(
            NewChange(
                new_id(),
                response,
                response.response_id,
                Operation.CREATE,
                now,
                staff.id,
                depends_on=sale_change.change_id,
            )
        )
        campaign = (campaigns.campaign_name(session, response.campaign_id), response.bonus_points)
    append_changes(session, changes, device=device)
    return assemble_receipt(
        sale_id=payload.sale_id,
        sale=payload,
        device=device,
        staff_name=staff.name,
        holder=holder,
        lines=payload.lines,
        payments=payload.payments,
        points_balance=balance_after,
        original_receipt_number=original_receipt_number,
        campaign=campaign,
    )


def _sale_payload(
    session: Session,
    device: Device,
    cart: Cart,
    priced: PricedCart,
    line_points: list[LinePoints],
    payments: list[PaymentPayload],
    staff: StaffMember,
    now: datetime,
    new_id: Callable[[], uuid.UUID],
) -> SalePayload:
    number, previous = next_number(session, SALE_SERIES)
    lines = [
        SaleLinePayload(
            line_id=new_id(),
            line_no=i + 1,
            product_id=uuid.UUID(p.line.product_id),
            code=p.line.code,
            name=p.line.name,
            quantity=p.line.quantity,
            unit_price_cents=p.line.unit_price_cents,
            vat_rate=p.line.vat_rate,
            line_discount_cents=p.line_discount_cents,
            ticket_discount_cents=p.ticket_discount_cents,
            net_cents=p.net_cents,
            points=lp.total,
        )
        for i, (p, lp) in enumerate(zip(priced.lines, line_points, strict=True))
    ]
    fields = dict(
        sale_id=new_id(),
        kind="sale",
        receipt_number=receipt_number(device.store_code, device.device_code, number),
        series=SALE_SERIES,
        number=number,
        store_code=device.store_code,
        device_code=device.device_code,
        customer_id=cart.customer_id,
        staff_id=staff.id,
        occurred_at=now,
        lines=lines,
        ticket_discount_cents=priced.ticket_discount_cents,
        total_cents=priced.total_cents,
        vat=[
            VatPayload(
                rate=v.rate,
                base_cents=v.base_cents,
                vat_cents=v.vat_cents,
                gross_cents=v.gross_cents,
            )
            for v in priced.vat
        ],
        payments=payments,
        points_earned=sum(lp.total for lp in line_points),
    )
    return chain(session, fields, previous)


def chain(session: Session, fields: dict[str, object], previous: str) -> SalePayload:
    """Seal a sale record: hash it with the previous record's hash."""
    unsealed = SalePayload.model_validate({**fields, "previous_hash": previous, "record_hash": ""})
    record = unsealed.model_dump(mode="json", exclude={"previous_hash", "record_hash"})
    sealed = unsealed.model_copy(update={"record_hash": receipt_hash(record, previous)})
    seal(session, sealed.series, sealed.number, sealed.record_hash)
    return sealed


def write_sale(session: Session, p: SalePayload, *, balance_after: int | None) -> None:
    """Insert a sealed sale or return with its lines and payments."""
    session.connection().execute(
        _INSERT_SALE,
        [
            dict(
                id=p.sale_id,
                kind=p.kind,
                series=p.series,
                number=p.number,
                receipt_number=p.receipt_number,
                customer_id=p.customer_id,
                staff_id=p.staff_id,
                occurred_at=p.occurred_at,
                ticket_discount_cents=p.ticket_discount_cents,
                total_cents=p.total_cents,
                points_earned=p.points_earned,
                points_balance_after=balance_after,
                original_sale_id=p.original_sale_id,
                previous_hash=p.previous_hash,
                record_hash=p.record_hash,
            )
        ],
    )
    session.connection().execute(
        _INSERT_LINES,
        [
            dict(
                id=ln.line_id,
                sale_id=p.sale_id,
                line_no=ln.line_no,
                product_id=ln.product_id,
                code=ln.code,
                name=ln.name,
                quantity=ln.quantity,
                unit_price_cents=ln.unit_price_cents,
                vat_rate=ln.vat_rate,
                line_discount_cents=ln.line_discount_cents,
                ticket_discount_cents=ln.ticket_discount_cents,
                net_cents=ln.net_cents,
                points=ln.points,
                returns_line_id=ln.returns_line_id,
            )
            for ln in p.lines
        ],
    )
    if p.payments:
        session.connection().execute(
            _INSERT_PAYMENTS,
            [
                dict(
                    id=uuid7(),
                    sale_id=p.sale_id,
                    method=pay.method,
                    amount_cents=pay.amount_cents,
                    tendered_cents=pay.tendered_cents,
                    change_cents=pay.change_cents,
                )
                for pay in p.payments
            ],
        )


def write_ledger_entry(session: Session, entry: LedgerEntryPayload) -> None:
    """Insert a points ledger entry, unconfirmed until the server acknowledges it."""
    session.connection().execute(
        _INSERT_LEDGER,
        [
            dict(
                id=entry.entry_id,
                customer_id=entry.customer_id,
                kind=str(entry.kind),
                points=entry.points,
                sale_id=entry.sale_id,
                lines=[{"line_id": str(ln.line_id), "points": ln.points} for ln in entry.lines],
                occurred_at=entry.occurred_at,
                confirmed=False,
            )
        ],
    )
