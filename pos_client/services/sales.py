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

from sqlalchemy import select
from sqlalchemy.orm import Session

from loyalty_core.cart import PricedCart, check_discounts
from loyalty_core.errors import EmptyCart, InvalidAmount, PaymentShort, UnknownCustomer
from loyalty_core.ids import uuid7
from loyalty_core.points import LinePoints
from loyalty_core.receipt_chain import receipt_hash, receipt_number
from loyalty_core.wire import (
    LedgerEntryPayload,
    LedgerKind,
    LedgerLinePayload,
    Operation,
    PaymentPayload,
    SaleLinePayload,
    SalePayload,
    VatPayload,
)
from pos_client.services.cart import Cart
from pos_client.services.customers import points_balance
from pos_client.services.receipts import Receipt, load_receipt
from pos_client.services.setup import SALE_SERIES, points_rule
from pos_client.services.staff import StaffMember
from pos_client.store.models import (
    Customer,
    Device,
    LedgerEntry,
    Payment,
    ReceiptSeries,
    Sale,
    SaleLine,
)
from pos_client.store.outbox import append_change


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


def next_number(session: Session, series: str) -> tuple[int, str]:
    """Take the next number of a series and return it with the previous hash."""
    row = session.get(ReceiptSeries, series)
    assert row is not None, "device not set up"
    return row.last_number + 1, row.last_hash


def seal(session: Session, series: str, number: int, record_hash: str) -> None:
    """Advance the series to `number` and remember its hash for the next record."""
    row = session.get(ReceiptSeries, series)
    assert row is not None and row.last_number + 1 == number
    row.last_number = number
    row.last_hash = record_hash


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
    if (
        cart.customer_id is not None
        and session.scalar(select(Customer.id).where(Customer.id == cart.customer_id)) is None
    ):
        raise UnknownCustomer("customer not in this store", id=str(cart.customer_id))
    line_points = cart.points(points_rule(session))
    payload = _sale_payload(session, cart, priced, line_points, payments, staff, now, new_id)
    write_sale(session, payload)
    sale_change = append_change(
        session,
        payload=payload,
        entity_id=payload.sale_id,
        op=Operation.CREATE,
        occurred_at=now,
        staff_id=staff.id,
        new_id=new_id,
    )
    if payload.customer_id is not None and payload.points_earned:
        entry = LedgerEntryPayload(
            entry_id=new_id(),
            customer_id=payload.customer_id,
            kind=LedgerKind.EARN,
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
        append_change(
            session,
            payload=entry,
            entity_id=entry.entry_id,
            op=Operation.CREATE,
            occurred_at=now,
            staff_id=staff.id,
            depends_on=sale_change.change_id,
            new_id=new_id,
        )
    record_balance_after(session, payload.sale_id, payload.customer_id)
    session.flush()
    return load_receipt(session, sale_id=payload.sale_id)


def _sale_payload(
    session: Session,
    cart: Cart,
    priced: PricedCart,
    line_points: list[LinePoints],
    payments: list[PaymentPayload],
    staff: StaffMember,
    now: datetime,
    new_id: Callable[[], uuid.UUID],
) -> SalePayload:
    device = session.scalars(select(Device)).one()
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


def write_sale(session: Session, p: SalePayload) -> None:
    session.add(
        Sale(
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
            original_sale_id=p.original_sale_id,
            previous_hash=p.previous_hash,
            record_hash=p.record_hash,
        )
    )
    session.flush()
    for ln in p.lines:
        session.add(
            SaleLine(
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
        )
    for pay in p.payments:
        session.add(
            Payment(
                id=uuid7(),
                sale_id=p.sale_id,
                method=pay.method,
                amount_cents=pay.amount_cents,
                tendered_cents=pay.tendered_cents,
                change_cents=pay.change_cents,
            )
        )
    session.flush()


def write_ledger_entry(session: Session, entry: LedgerEntryPayload) -> None:
    session.add(
        LedgerEntry(
            id=entry.entry_id,
            customer_id=entry.customer_id,
            kind=str(entry.kind),
            points=entry.points,
            sale_id=entry.sale_id,
            lines=[{"line_id": str(ln.line_id), "points": ln.points} for ln in entry.lines],
            occurred_at=entry.occurred_at,
            confirmed=False,
        )
    )
    session.flush()


def record_balance_after(
    session: Session, sale_id: uuid.UUID, customer_id: uuid.UUID | None
) -> None:
    """Keep the balance printed on the receipt with the sale, for reprints."""
    if customer_id is None:
        return
    sale = session.get(Sale, sale_id)
    assert sale is not None
    sale.points_balance_after = points_balance(session, customer_id)
