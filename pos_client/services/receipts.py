"""What a receipt shows, read back from the store for printing and reprint."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Protocol

from sqlalchemy import bindparam, func, select
from sqlalchemy.orm import Session

from loyalty_core.errors import UnknownCustomer, UnknownReceipt
from loyalty_core.money import VatLine, vat_breakdown
from pos_client.services.campaigns import response_of_sale
from pos_client.store.models import (
    Customer,
    Device,
    LedgerEntry,
    Payment,
    Sale,
    SaleLine,
    Staff,
)


@dataclass(frozen=True)
class ReceiptLine:
    code: str
    name: str
    quantity: int  # negative on a return
    unit_price_cents: int
    vat_rate: int
    line_discount_cents: int
    ticket_discount_cents: int
    net_cents: int
    points: int


@dataclass(frozen=True)
class ReceiptPayment:
    method: str  # "cash" or "card"
    amount_cents: int
    tendered_cents: int | None
    change_cents: int | None


@dataclass(frozen=True)
class Receipt:
    """Everything printed on a receipt or a return receipt.

    Amounts are integer cents; on a return they are negative (money and
    points going back). `points_balance` is the balance right after this
    receipt, or None without a customer.
    """

    sale_id: uuid.UUID
    kind: str  # "sale" or "return"
    receipt_number: str
    occurred_at: datetime
    store_name: str
    store_address: str
    store_tax_id: str
    device_code: str
    staff_name: str
    customer_name: str | None
    card_number: str | None
    lines: tuple[ReceiptLine, ...]
    gross_cents: int
    line_discounts_cents: int
    ticket_discount_cents: int
    total_cents: int
    vat: tuple[VatLine, ...]
    payments: tuple[ReceiptPayment, ...]
    points_earned: int
    points_balance: int | None
    record_hash: str
    previous_hash: str
    original_receipt_number: str | None = None
    campaign_name: str = ""
    campaign_points: int = 0
    """A campaign's extra points (already in `points_balance`, not in `points_earned`)."""

    @property
    def qr_text(self) -> str:
        """What the receipt's QR code carries: the id and the chained hash."""
        return f"LC1|{self.receipt_number}|{self.sale_id}|{self.record_hash}"


# What a receipt needs of a sale, its lines and payments: met both by the wire
# payloads just written and by the rows read back for a reprint.
class _SaleFacts(Protocol):
    @property
    def kind(self) -> str: ...
    @property
    def receipt_number(self) -> str: ...
    @property
    def occurred_at(self) -> datetime: ...
    @property
    def ticket_discount_cents(self) -> int: ...
    @property
    def total_cents(self) -> int: ...
    @property
    def points_earned(self) -> int: ...
    @property
    def record_hash(self) -> str: ...
    @property
    def previous_hash(self) -> str: ...


class _LineFacts(Protocol):
    @property
    def code(self) -> str: ...
    @property
    def name(self) -> str: ...
    @property
    def quantity(self) -> int: ...
    @property
    def unit_price_cents(self) -> int: ...
    @property
    def vat_rate(self) -> int: ...
    @property
    def line_discount_cents(self) -> int: ...
    @property
    def ticket_discount_cents(self) -> int: ...
    @property
    def net_cents(self) -> int: ...
    @property
    def points(self) -> int: ...


class _PaymentFacts(Protocol):
    @property
    def method(self) -> str: ...
    @property
    def amount_cents(self) -> int: ...
    @property
    def tendered_cents(self) -> int | None: ...
    @property
    def change_cents(self) -> int | None: ...


@dataclass(frozen=True)
class Holder:
    """The customer a receipt names."""

    name: str
    card_number: str | None


_UNCONFIRMED = (
    select(func.coalesce(func.sum(LedgerEntry.points), 0))
    .where(LedgerEntry.customer_id == bindparam("customer_id"), LedgerEntry.confirmed.is_(False))
    .scalar_subquery()
)
_HOLDER = select(
    Customer.first_name,
    Customer.last_names,
    Customer.card_number,
    Customer.confirmed_points + _UNCONFIRMED,
).where(Customer.id == bindparam("customer_id"))
"""Built once: it runs on the durable path of every sale (building costs more than running)."""


def customer_on_receipt(session: Session, customer_id: uuid.UUID) -> tuple[Holder, int]:
    """Read the customer's name, card and points balance, in one statement.

    The balance is the last one the server confirmed plus this device's newer,
    unconfirmed ledger entries: the one rule for a balance on this tablet.
    """
    row = session.connection().execute(_HOLDER, {"customer_id": customer_id}).one_or_none()
    if row is None:
        raise UnknownCustomer("customer not in this store", id=str(customer_id))
    first, last, card, balance = row
    return Holder(f"{first} {last}", card), int(balance)


def assemble_receipt(
    *,
    sale_id: uuid.UUID,
    sale: _SaleFacts,
    device: Device,
    staff_name: str,
    holder: Holder | None,
    lines: Sequence[_LineFacts],
    payments: Sequence[_PaymentFacts],
    points_balance: int | None,
    original_receipt_number: str | None,
    campaign: tuple[str, int] | None = None,
) -> Receipt:
    """Put a receipt together from a sale's facts, as written or as read back."""
    gross_by_rate: dict[int, int] = {}
    for line in lines:
        gross_by_rate[line.vat_rate] = gross_by_rate.get(line.vat_rate, 0) + line.net_cents
    return Receipt(
        sale_id=sale_id,
        kind=sale.kind,
        receipt_number=sale.receipt_number,
        occurred_at=sale.occurred_at,
        store_name=device.store_name,
        store_address=device.store_address,
        store_tax_id=device.store_tax_id,
        device_code=device.device_code,
        staff_name=staff_name,
        customer_name=holder.name if holder else None,
        card_number=holder.card_number if holder else None,
        lines=tuple(
            ReceiptLine(
                code=line.code,
                name=line.name,
                quantity=line.quantity,
                unit_price_cents=line.unit_price_cents,
                vat_rate=line.vat_rate,
                line_discount_cents=line.line_discount_cents,
                ticket_discount_cents=line.ticket_discount_cents,
                net_cents=line.net_cents,
                points=line.points,
            )
            for line in lines
        ),
        gross_cents=sum(line.unit_price_cents * line.quantity for line in lines),
        line_discounts_cents=sum(line.line_discount_cents for line in lines),
        ticket_discount_cents=sale.ticket_discount_cents,
        total_cents=sale.total_cents,
        vat=tuple(vat_breakdown(gross_by_rate)),
        payments=tuple(
            ReceiptPayment(p.method, p.amount_cents, p.tendered_cents, p.change_cents)
            for p in payments
        ),
        points_earned=sale.points_earned,
        points_balance=points_balance,
        record_hash=sale.record_hash,
        previous_hash=sale.previous_hash,
        original_receipt_number=original_receipt_number,
        campaign_name=campaign[0] if campaign else "",
        campaign_points=campaign[1] if campaign else 0,
    )


def load_receipt(session: Session, *, sale_id: uuid.UUID) -> Receipt:
    """Read a finished sale or return back as a printable receipt."""
    sale = session.get(Sale, sale_id)
    if sale is None:
        raise UnknownReceipt(f"no sale {sale_id}", number=str(sale_id))
    staff = session.get(Staff, sale.staff_id)
    customer = (
        session.scalars(select(Customer).where(Customer.id == sale.customer_id)).one_or_none()
        if sale.customer_id
        else None
    )
    original = session.get(Sale, sale.original_sale_id) if sale.original_sale_id else None
    return assemble_receipt(
        sale_id=sale.id,
        sale=sale,
        device=session.scalars(select(Device)).one(),
        staff_name=staff.name if staff else "",
        holder=(
            Holder(f"{customer.first_name} {customer.last_names}", customer.card_number)
            if customer
            else None
        ),
        lines=session.scalars(
            select(SaleLine).where(SaleLine.sale_id == sale.id).order_by(SaleLine.line_no)
        ).all(),
        payments=session.scalars(select(Payment).where(Payment.sale_id == sale.id)).all(),
        points_balance=sale.points_balance_after,
        original_receipt_number=original.receipt_number if original else None,
        campaign=response_of_sale(session, sale.id),
    )


@dataclass(frozen=True)
class ReceiptSummary:
    sale_id: uuid.UUID
    receipt_number: str
    kind: str
    occurred_at: datetime
    total_cents: int
    customer_name: str | None


def recent_receipts(session: Session, *, limit: int = 100) -> list[ReceiptSummary]:
    """List this device's latest receipts, newest first, for reprint."""
    rows = session.execute(
        select(Sale, Customer.first_name, Customer.last_names)
        .outerjoin(Customer, Customer.id == Sale.customer_id)
        .order_by(Sale.occurred_at.desc(), Sale.receipt_number.desc())
        .limit(limit)
    ).all()
    return [
        ReceiptSummary(
            sale.id,
            sale.receipt_number,
            sale.kind,
            sale.occurred_at,
            sale.total_cents,
            f"{first} {last}" if first else None,
        )
        for sale, first, last in rows
    ]
