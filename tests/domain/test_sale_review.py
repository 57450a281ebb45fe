"""What the server notices in a sale it receives (it never refuses one)."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

import pytest

from loyalty_core.barcodes import with_check_digit
from loyalty_core.cart import CartLine, Discount, price_cart
from loyalty_core.points import PointsRule, earn
from loyalty_core.roles import Role
from loyalty_core.sale_review import ProductFacts, SaleFlag, StaffFacts, review_sale
from loyalty_core.wire import PaymentPayload, SaleLinePayload, SalePayload

SERUM = with_check_digit("843700000101")
SOAP = with_check_digit("843700000103")
CATALOGUE = {SERUM: ProductFacts(3495, 10), SOAP: ProductFacts(595, 0)}
ASSISTANT = StaffFacts(Role.ASSISTANT, active=True)
RULE = PointsRule(points_per_euro=1)


def counter_sale(
    *,
    line_discount: Discount | None = None,
    ticket: Discount | None = None,
    customer: bool = True,
    serum_price: int = 3495,
) -> SalePayload:
    """A sale priced exactly as the counter prices it (loyalty_core.cart and points)."""
    lines = [
        CartLine(str(uuid.uuid4()), SERUM, "Sérum", serum_price, 21, 10, 2, line_discount),
        CartLine(str(uuid.uuid4()), SOAP, "Jabón", 595, 10, 0, 1, None),
    ]
    priced = price_cart(lines, ticket)
    points = earn(priced, RULE, has_customer=customer)
    wire_lines = [
        SaleLinePayload(
            line_id=uuid.uuid4(),
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
        for i, (p, lp) in enumerate(zip(priced.lines, points, strict=True))
    ]
    return SalePayload(
        sale_id=uuid.uuid4(),
        kind="sale",
        receipt_number="S001-D01-T000001",
        series="T",
        number=1,
        store_code="S001",
        device_code="D01",
        customer_id=uuid.uuid4() if customer else None,
        staff_id=uuid.uuid4(),
        occurred_at=datetime(2026, 11, 23, 10, tzinfo=UTC),
        lines=wire_lines,
        ticket_discount_cents=priced.ticket_discount_cents,
        total_cents=priced.total_cents,
        vat=[],
        payments=[PaymentPayload(method="card", amount_cents=priced.total_cents)],
        points_earned=sum(lp.total for lp in points),
        previous_hash="0" * 64,
        record_hash="1" * 64,
    )


def flags(sale: SalePayload, staff: StaffFacts | None = ASSISTANT) -> list[SaleFlag]:
    return review_sale(sale, catalogue=CATALOGUE, staff=staff, rule=RULE)


@pytest.mark.parametrize(
    "sale",
    [
        counter_sale(),
        counter_sale(customer=False),
        counter_sale(line_discount=Discount.percent(10)),
        counter_sale(ticket=Discount.percent(5)),
        counter_sale(line_discount=Discount.amount(300), ticket=Discount.amount(100)),
    ],
    ids=["plain", "no customer", "line 10 %", "ticket 5 %", "amounts"],
)
def test_a_sale_priced_by_the_counters_rules_raises_no_flag(sale: SalePayload) -> None:
    assert flags(sale) == []


def test_each_problem_raises_its_own_flag() -> None:
    sale = counter_sale()
    assert flags(sale, StaffFacts(Role.ASSISTANT, active=False)) == [SaleFlag.STAFF_DISABLED]
    assert flags(sale, None) == [SaleFlag.STAFF_UNKNOWN]
    assert flags(sale.model_copy(update={"points_earned": sale.points_earned + 5})) == [
        SaleFlag.POINTS_MISMATCH
    ]
    assert SaleFlag.TOTALS_MISMATCH in flags(
        sale.model_copy(update={"total_cents": sale.total_cents - 1})
    )
    assert SaleFlag.PRICE_DIFFERS in flags(counter_sale(serum_price=2995))
    unknown = sale.model_copy(
        update={"lines": [sale.lines[0].model_copy(update={"code": "INTERNAL-9"}), sale.lines[1]]}
    )
    assert SaleFlag.UNKNOWN_PRODUCT in flags(unknown)


@pytest.mark.parametrize(
    ("discount", "role", "flagged"),
    [
        (Discount.percent(10), Role.ASSISTANT, False),
        (Discount.percent(11), Role.ASSISTANT, True),
        (Discount.percent(15), Role.ADVISOR, False),
        (Discount.percent(16), Role.ADVISOR, True),
        (Discount.percent(60), Role.MANAGER, False),
    ],
)
def test_a_discount_beyond_the_roles_limit_is_flagged_not_refused(
    discount: Discount, role: Role, flagged: bool
) -> None:
    sale = counter_sale(line_discount=discount)
    assert (SaleFlag.DISCOUNT_OVER_LIMIT in flags(sale, StaffFacts(role, True))) is flagged
