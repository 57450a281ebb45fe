"""Finishing a sale: numbered, priced, paid, points earned, chained, all or nothing."""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from loyalty_core.cart import Discount
from loyalty_core.errors import (
    DiscountNotAllowed,
    EmptyCart,
    InvalidAmount,
    PaymentShort,
    UnknownCustomer,
    UserFacingError,
)
from loyalty_core.ids import uuid7
from loyalty_core.receipt_chain import GENESIS_HASH, receipt_hash
from pos_client.services import customers, sales
from pos_client.services.cart import Cart
from pos_client.services.catalogue import find_product
from pos_client.services.receipts import Receipt
from pos_client.services.sales import PaymentInput
from pos_client.services.staff import StaffMember
from pos_client.store.models import (
    LedgerEntry,
    OutboxEntry,
    Payment,
    ReceiptSeries,
    Sale,
    SaleLine,
)


def scan(s: Session, store, cart: Cart, short: str, quantity: int = 1) -> int:
    return cart.add_product(find_product(s, code=store.products[short]), quantity)


def mixed_cart(s: Session, store, customer: uuid.UUID | None) -> Cart:
    """2 sérums (21 %) at 10 % off, a soap (10 %), a book (4 %), 5 % off the ticket."""
    cart = Cart(customer_id=customer)
    i = scan(s, store, cart, "serum", 2)
    cart.set_line_discount(i, Discount.percent(10))
    scan(s, store, cart, "soap")
    scan(s, store, cart, "book")
    cart.ticket_discount = Discount.percent(5)
    return cart


def finish(
    store, cart: Cart, pay: PaymentInput, now: datetime, staff: StaffMember | None = None
) -> Receipt:
    with store.sessions.begin() as s:
        return sales.finish(s, cart=cart, payment=pay, staff=staff or store.advisor, now=now)


@dataclass(frozen=True)
class Counts:
    sales: int
    lines: int
    payments: int
    ledger: int
    outbox: int
    sale_series: int
    return_series: int
    outbox_seq: int


def counts(store) -> Counts:
    from pos_client.store.models import Device

    with store.sessions() as s:

        def n(model: type) -> int:
            return s.scalar(select(func.count()).select_from(model)) or 0

        return Counts(
            n(Sale),
            n(SaleLine),
            n(Payment),
            n(LedgerEntry),
            n(OutboxEntry),
            s.get(ReceiptSeries, "T").last_number,
            s.get(ReceiptSeries, "R").last_number,
            s.scalars(select(Device.outbox_seq)).one(),
        )


def test_a_sale_with_a_customer(store, now: datetime) -> None:
    with store.sessions() as s:
        cart = mixed_cart(s, store, store.customer_id)
    receipt = finish(store, cart, PaymentInput(card_cents=5000, cash_tendered_cents=3000), now)

    assert receipt.receipt_number == "S001-D01-000001"
    assert receipt.kind == "sale"
    assert receipt.occurred_at == now
    assert (receipt.store_name, receipt.device_code) == ("Bellesa Rambla", "D01")
    assert receipt.staff_name == "Marc Puig"
    assert receipt.customer_name == "María José Núñez Pujol"
    assert receipt.card_number == store.customer_card

    # 2 x 34,95 - 10 % = 62,91; + 5,95 + 12,00 = 80,86; - 5 % = 76,82 €
    assert [(ln.quantity, ln.unit_price_cents, ln.vat_rate) for ln in receipt.lines] == [
        (2, 3495, 21),
        (1, 595, 10),
        (1, 1200, 4),
    ]
    assert [ln.line_discount_cents for ln in receipt.lines] == [699, 0, 0]
    assert [ln.ticket_discount_cents for ln in receipt.lines] == [314, 30, 60]
    assert [ln.net_cents for ln in receipt.lines] == [5977, 565, 1140]
    assert receipt.gross_cents == 8785
    assert receipt.line_discounts_cents == 699
    assert receipt.ticket_discount_cents == 404
    assert receipt.total_cents == 7682
    assert receipt.total_cents == (
        receipt.gross_cents - receipt.line_discounts_cents - receipt.ticket_discount_cents
    )

    assert [(v.rate, v.base_cents, v.vat_cents, v.gross_cents) for v in receipt.vat] == [
        (21, 4940, 1037, 5977),
        (10, 514, 51, 565),
        (4, 1096, 44, 1140),
    ]
    assert sum(v.base_cents + v.vat_cents for v in receipt.vat) == receipt.total_cents

    # 50,00 on card, 30,00 in cash for the 26,82 left: 3,18 change
    assert [
        (p.method, p.amount_cents, p.tendered_cents, p.change_cents) for p in receipt.payments
    ] == [
        ("card", 5000, None, None),
        ("cash", 2682, 3000, 318),
    ]
    assert sum(p.amount_cents for p in receipt.payments) == receipt.total_cents

    # 10 points per sérum + 76 points for 76,82 € spread by line value
    assert [ln.points for ln in receipt.lines] == [20 + 59, 6, 11]
    assert receipt.points_earned == 96
    assert receipt.points_balance == 120 + 96

    with store.sessions() as s:
        sale = s.scalars(select(Sale)).one()
        entry = s.scalars(select(LedgerEntry)).one()
        line_ids = {ln.id: ln.points for ln in s.scalars(select(SaleLine)).all()}
        assert (entry.kind, entry.points, entry.sale_id) == ("earn", 96, sale.id)
        assert entry.customer_id == store.customer_id
        assert entry.confirmed is False
        assert sum(int(ln["points"]) for ln in entry.lines) == sale.points_earned == 96
        for ln in entry.lines:
            assert line_ids[uuid.UUID(str(ln["line_id"]))] == ln["points"]
        assert customers.points_balance(s, store.customer_id) == 216
        assert sale.points_balance_after == 216


def test_receipts_are_numbered_without_gaps_and_chained(store, now: datetime) -> None:
    with store.sessions() as s:
        first_cart = mixed_cart(s, store, store.customer_id)
        second_cart = Cart()
        scan(s, store, second_cart, "soap")
    first = finish(store, first_cart, PaymentInput(card_cents=7682), now)
    second = finish(
        store, second_cart, PaymentInput(cash_tendered_cents=1000), now + timedelta(minutes=3)
    )

    assert [first.receipt_number, second.receipt_number] == ["S001-D01-000001", "S001-D01-000002"]
    assert first.previous_hash == GENESIS_HASH
    assert second.previous_hash == first.record_hash
    assert first.record_hash != second.record_hash

    with store.sessions() as s:
        assert s.get(ReceiptSeries, "T").last_hash == second.record_hash
        for receipt in (first, second):
            row = s.scalars(
                select(OutboxEntry).where(
                    OutboxEntry.entity == "sale", OutboxEntry.entity_id == receipt.sale_id
                )
            ).one()
            record = json.loads(row.payload)
            previous = record.pop("previous_hash")
            stored = record.pop("record_hash")
            assert previous == receipt.previous_hash
            assert stored == receipt.record_hash
            assert receipt_hash(record, previous) == receipt.record_hash  # an auditor's check
            tampered = {**record, "total_cents": record["total_cents"] - 1}
            assert receipt_hash(tampered, previous) != receipt.record_hash


def test_a_sale_without_customer_earns_nothing(store, now: datetime) -> None:
    with store.sessions() as s:
        cart = mixed_cart(s, store, None)
    receipt = finish(store, cart, PaymentInput(cash_tendered_cents=10000), now)
    assert receipt.total_cents == 7682
    assert receipt.customer_name is None and receipt.card_number is None
    assert receipt.points_earned == 0
    assert [ln.points for ln in receipt.lines] == [0, 0, 0]
    assert receipt.points_balance is None
    assert [(p.method, p.amount_cents, p.change_cents) for p in receipt.payments] == [
        ("cash", 7682, 2318)
    ]
    assert counts(store).ledger == 0
    assert counts(store).outbox == 1
    with store.sessions() as s:
        assert customers.points_balance(s, store.customer_id) == 120


@pytest.mark.parametrize(
    ("pay", "payments"),
    [
        (PaymentInput(card_cents=1795), [("card", 1795, None, None)]),
        (PaymentInput(cash_tendered_cents=1795), [("cash", 1795, 1795, 0)]),
        (PaymentInput(cash_tendered_cents=5000), [("cash", 1795, 5000, 3205)]),
        (
            PaymentInput(card_cents=1000, cash_tendered_cents=800),
            [("card", 1000, None, None), ("cash", 795, 800, 5)],
        ),
    ],
)
def test_payments(store, now: datetime, pay: PaymentInput, payments: list[tuple]) -> None:
    with store.sessions() as s:
        cart = Cart()
        scan(s, store, cart, "soap")
        scan(s, store, cart, "book")
    receipt = finish(store, cart, pay, now)
    assert receipt.total_cents == 1795
    assert [
        (p.method, p.amount_cents, p.tendered_cents, p.change_cents) for p in receipt.payments
    ] == payments


def test_a_free_sale_needs_no_payment(store, now: datetime) -> None:
    with store.sessions() as s:
        cart = Cart(customer_id=store.customer_id)
        scan(s, store, cart, "serum")
        cart.ticket_discount = Discount.percent(100)
    receipt = finish(store, cart, PaymentInput(), now, staff=store.manager)
    assert receipt.total_cents == 0
    assert receipt.payments == ()
    assert receipt.points_earned == 10  # the sérum's own points, nothing per euro
    assert receipt.points_balance == 130


def _refused_cases():
    def empty(s, store):
        return Cart(customer_id=store.customer_id), PaymentInput(cash_tendered_cents=100)

    def short(s, store):
        cart = mixed_cart(s, store, store.customer_id)
        return cart, PaymentInput(card_cents=5000, cash_tendered_cents=2681)

    def too_much_on_card(s, store):
        cart = mixed_cart(s, store, store.customer_id)
        return cart, PaymentInput(card_cents=7683)

    def negative_payment(s, store):
        cart = mixed_cart(s, store, store.customer_id)
        return cart, PaymentInput(card_cents=-1, cash_tendered_cents=10000)

    def discount_above_role(s, store):
        cart = mixed_cart(s, store, store.customer_id)
        cart.set_line_discount(1, Discount.percent(20))
        return cart, PaymentInput(card_cents=10000)

    def unknown_customer(s, store):
        cart = mixed_cart(s, store, uuid7())
        return cart, PaymentInput(card_cents=7682)

    return [
        pytest.param(empty, EmptyCart, id="empty cart"),
        pytest.param(short, PaymentShort, id="short payment"),
        pytest.param(too_much_on_card, InvalidAmount, id="card above total"),
        pytest.param(negative_payment, InvalidAmount, id="negative payment"),
        pytest.param(discount_above_role, DiscountNotAllowed, id="discount above role"),
        pytest.param(unknown_customer, UnknownCustomer, id="unknown customer"),
    ]


@pytest.mark.parametrize(("make", "error"), _refused_cases())
def test_a_refused_sale_writes_nothing(
    store, now: datetime, make, error: type[UserFacingError]
) -> None:
    with store.sessions() as s:
        cart, pay = make(s, store)
    before = counts(store)
    lines_before = list(cart.lines)
    with pytest.raises(error):
        finish(store, cart, pay, now, staff=store.advisor)
    assert counts(store) == before
    assert before.sales == before.outbox == before.sale_series == 0
    assert cart.lines == lines_before  # the sale can be corrected and finished

    # the next sale takes the number the refused one did not use
    with store.sessions() as s:
        good = Cart()
        scan(s, store, good, "soap")
    assert finish(store, good, PaymentInput(card_cents=595), now).receipt_number == (
        "S001-D01-000001"
    )


def test_short_payment_says_how_much_is_missing(store, now: datetime) -> None:
    with store.sessions() as s:
        cart = mixed_cart(s, store, None)
    with pytest.raises(PaymentShort) as err:
        finish(store, cart, PaymentInput(card_cents=5000, cash_tendered_cents=2000), now)
    assert err.value.params == {"missing": 682}


def test_a_sale_rolled_back_after_finishing_leaves_no_trace(store, now: datetime) -> None:
    with store.sessions() as s:
        cart = mixed_cart(s, store, store.customer_id)
    before = counts(store)
    with pytest.raises(RuntimeError), store.sessions.begin() as s:
        sales.finish(
            s, cart=cart, payment=PaymentInput(card_cents=7682), staff=store.advisor, now=now
        )
        raise RuntimeError("printer on fire before commit")
    assert counts(store) == before


def test_line_and_ticket_discounts_together_stay_within_the_role_limit(store, now) -> None:
    """10 % off a line plus 10 % off the ticket is more than an assistant's 10 %."""
    with store.sessions() as s:
        cart = Cart()
        scan(s, store, cart, "serum")
    cart.set_line_discount(0, Discount.percent(10))
    cart.ticket_discount = Discount.percent(10)
    with pytest.raises(DiscountNotAllowed):
        finish(store, cart, PaymentInput(card_cents=10000), now, staff=store.assistant)
    cart.ticket_discount = None
    receipt = finish(store, cart, PaymentInput(card_cents=3145), now, staff=store.assistant)
    assert receipt.total_cents == 3495 - 350


def test_a_reprint_shows_exactly_the_receipt_handed_over(store, now: datetime) -> None:
    from pos_client.services.receipts import load_receipt

    with store.sessions() as s:
        cart = mixed_cart(s, store, store.customer_id)
    handed = finish(
        store,
        cart,
        PaymentInput(card_cents=5000, cash_tendered_cents=3000),
        now.replace(microsecond=123456),
    )
    with store.sessions() as s:
        assert load_receipt(s, sale_id=handed.sale_id) == handed
