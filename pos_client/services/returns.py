"""Returns: bring back units of a sale, refund what was paid, reverse points.

A return is a sale record of its own (series R, chained like every
receipt) with negative lines pointing at the lines they return. Amounts
and points are taken back by cumulative share, so returning a line in any
number of steps refunds exactly what was paid and reverses exactly what
was earned, never more.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Literal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from loyalty_core.errors import EmptyCart, InvalidQuantity, ReturnExceedsSale, UnknownReceipt
from loyalty_core.ids import uuid7
from loyalty_core.money import cumulative_share, vat_breakdown
from loyalty_core.points import reversal
from loyalty_core.receipt_chain import receipt_number
from loyalty_core.wire import (
    PaymentPayload,
    SaleLinePayload,
    VatPayload,
)
from pos_client.services.receipts import Receipt
from pos_client.services.sales import chain, next_number, record
from pos_client.services.setup import RETURN_SERIES
from pos_client.services.staff import StaffMember
from pos_client.store.models import Device, Sale, SaleLine


@dataclass(frozen=True)
class ReturnableLine:
    line_id: uuid.UUID
    name: str
    code: str
    sold: int
    returned: int
    net_cents: int

    @property
    def returnable(self) -> int:
        return self.sold - self.returned


@dataclass(frozen=True)
class ReturnableSale:
    sale_id: uuid.UUID
    receipt_number: str
    occurred_at: datetime
    customer_id: uuid.UUID | None
    lines: tuple[ReturnableLine, ...]


def parse_receipt_reference(text: str) -> str:
    """Accept a typed receipt number or the text of a receipt's QR code."""
    text = text.strip()
    if text.startswith("LC1|"):
        parts = text.split("|")
        return parts[1] if len(parts) > 1 else ""
    return text.upper()


def returnable_sale(session: Session, *, reference: str) -> ReturnableSale:
    """Find a sale by receipt number or QR, with what is left to return per line."""
    number = parse_receipt_reference(reference)
    sale = session.scalars(
        select(Sale).where(Sale.receipt_number == number, Sale.kind == "sale")
    ).one_or_none()
    if sale is None:
        raise UnknownReceipt(f"no sale receipt {number}", number=number)
    lines = session.scalars(
        select(SaleLine).where(SaleLine.sale_id == sale.id).order_by(SaleLine.line_no)
    ).all()
    return ReturnableSale(
        sale_id=sale.id,
        receipt_number=sale.receipt_number,
        occurred_at=sale.occurred_at,
        customer_id=sale.customer_id,
        lines=tuple(
            ReturnableLine(
                ln.id, ln.name, ln.code, ln.quantity, _returned(session, ln.id), ln.net_cents
            )
            for ln in lines
        ),
    )


def _returned(session: Session, line_id: uuid.UUID) -> int:
    total = session.scalar(
        select(func.coalesce(func.sum(SaleLine.quantity), 0)).where(
            SaleLine.returns_line_id == line_id
        )
    )
    return -int(total or 0)


def record_return(
    session: Session,
    *,
    sale_id: uuid.UUID,
    quantities: Mapping[uuid.UUID, int],
    refund_method: Literal["cash", "card"],
    staff: StaffMember,
    now: datetime,
    new_id: Callable[[], uuid.UUID] = uuid7,
) -> Receipt:
    """Refund the chosen units of a sale, reverse their points, queue it for sync."""
    original = session.get(Sale, sale_id)
    if original is None or original.kind != "sale":
        raise UnknownReceipt(f"no sale {sale_id}", number=str(sale_id))
    wanted = {lid: q for lid, q in quantities.items() if q}
    if not wanted:
        raise EmptyCart("nothing to return")
    lines = sorted(
        (
            _return_line(session, original.id, line_id, qty, new_id)
            for line_id, qty in wanted.items()
        ),
        key=lambda ln: ln.line_no,
    )
    refund = sum(ln.net_cents for ln in lines)
    device = session.scalars(select(Device)).one()
    number, previous = next_number(session, RETURN_SERIES)
    gross_by_rate: dict[int, int] = {}
    for ln in lines:
        gross_by_rate[ln.vat_rate] = gross_by_rate.get(ln.vat_rate, 0) + ln.net_cents
    payload = chain(
        session,
        dict(
            sale_id=new_id(),
            kind="return",
            receipt_number=receipt_number(device.store_code, device.device_code, number, "R"),
            series=RETURN_SERIES,
            number=number,
            store_code=device.store_code,
            device_code=device.device_code,
            customer_id=original.customer_id,
            staff_id=staff.id,
            occurred_at=now,
            lines=lines,
            ticket_discount_cents=sum(ln.ticket_discount_cents for ln in lines),
            total_cents=refund,
            vat=[
                VatPayload(
                    rate=v.rate,
                    base_cents=v.base_cents,
                    vat_cents=v.vat_cents,
                    gross_cents=v.gross_cents,
                )
                for v in vat_breakdown(gross_by_rate)
            ],
            payments=[PaymentPayload(method=refund_method, amount_cents=refund)] if refund else [],
            points_earned=sum(ln.points for ln in lines),
            original_sale_id=original.id,
        ),
        previous,
    )
    return record(
        session,
        payload,
        device=device,
        staff=staff,
        now=now,
        new_id=new_id,
        original_receipt_number=original.receipt_number,
    )


def _return_line(
    session: Session,
    sale_id: uuid.UUID,
    line_id: uuid.UUID,
    qty: int,
    new_id: Callable[[], uuid.UUID],
) -> SaleLinePayload:
    line = session.get(SaleLine, line_id)
    if line is None or line.sale_id != sale_id:
        raise UnknownReceipt(f"line {line_id} is not on this sale", number=str(line_id))
    done = _returned(session, line_id)
    if isinstance(qty, bool) or not isinstance(qty, int) or qty < 0:
        raise InvalidQuantity(f"not a whole quantity: {qty!r}", quantity=str(qty))
    if done + qty > line.quantity:
        raise ReturnExceedsSale(
            f"only {line.quantity - done} of {line.name} can be returned",
            name=line.name,
            left=line.quantity - done,
        )

    def share(total: int) -> int:
        return cumulative_share(total, done, qty, line.quantity)

    # Discounts by cumulative share, the net as what is left: the parts of
    # each return line add up, and all returns of a line add up to the sale.
    line_discount = share(line.line_discount_cents)
    ticket_discount = share(line.ticket_discount_cents)
    net = line.unit_price_cents * qty - line_discount - ticket_discount

    return SaleLinePayload(
        line_id=new_id(),
        line_no=line.line_no,
        product_id=line.product_id,
        code=line.code,
        name=line.name,
        quantity=-qty,
        unit_price_cents=line.unit_price_cents,
        vat_rate=line.vat_rate,
        line_discount_cents=-line_discount,
        ticket_discount_cents=-ticket_discount,
        net_cents=-net,
        points=-reversal(line.points, sold=line.quantity, already_returned=done, returning=qty),
        returns_line_id=line.id,
    )
