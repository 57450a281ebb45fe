"""Returns: refund what was paid for the units, reverse their points, exactly."""

from __future__ import annotations

import json
import uuid
from datetime import datetime, timedelta

import pytest
from sqlalchemy import func, select

from loyalty_core.cart import Discount
from loyalty_core.errors import EmptyCart, InvalidQuantity, ReturnExceedsSale, UnknownReceipt
from loyalty_core.receipt_chain import GENESIS_HASH, receipt_hash
from pos_client.services import customers, returns, sales
from pos_client.services.cart import Cart
from pos_client.services.catalogue import find_product
from pos_client.services.receipts import Receipt
from pos_client.services.sales import PaymentInput
from pos_client.store.models import LedgerEntry, OutboxEntry, ReceiptSeries, Sale, SaleLine


def sell(store, now: datetime, *, customer: bool = True) -> Receipt:
    """2 sérums at 10 % off, a soap, a book, 5 % off the ticket: 76,82 €, 96 points."""
    with store.sessions.begin() as s:
        cart = Cart(customer_id=store.customer_id if customer else None)
        for short, qty in (("serum", 2), ("soap", 1), ("book", 1)):
            cart.add_product(find_product(s, code=store.products[short]), qty)
        cart.set_line_discount(0, Discount.percent(10))
        cart.ticket_discount = Discount.percent(5)
        return sales.finish(
            s, cart=cart, payment=PaymentInput(card_cents=7682), staff=store.advisor, now=now
        )


def give_back(
    store, receipt: Receipt, wanted: dict[int, int], when: datetime, method: str = "cash"
) -> Receipt:
    """Return `wanted` units by line number of a receipt, as the counter does."""
    with store.sessions.begin() as s:
        sale = returns.returnable_sale(s, reference=receipt.receipt_number)
        return returns.record_return(
            s,
            sale_id=sale.sale_id,
            quantities={sale.lines[i].line_id: q for i, q in wanted.items()},
            refund_method=method,
            staff=store.assistant,
            now=when,
        )


def balance(store) -> int:
    with store.sessions() as s:
        return customers.points_balance(s, store.customer_id)


def rows(store) -> tuple[int, ...]:
    with store.sessions() as s:
        return (
            *(
                s.scalar(select(func.count()).select_from(m))
                for m in (Sale, SaleLine, LedgerEntry, OutboxEntry)
            ),
            s.get(ReceiptSeries, "R").last_number,
        )


def assert_adds_up(r: Receipt) -> None:
    """What an auditor checks on any receipt: the columns add up."""
    for ln in r.lines:
        assert (
            ln.unit_price_cents * ln.quantity - ln.line_discount_cents - ln.ticket_discount_cents
            == ln.net_cents
        )
    assert r.gross_cents - r.line_discounts_cents - r.ticket_discount_cents == r.total_cents
    assert sum(ln.net_cents for ln in r.lines) == r.total_cents
    assert sum(v.base_cents + v.vat_cents for v in r.vat) == r.total_cents
    assert sum(p.amount_cents for p in r.payments) == r.total_cents
    assert sum(ln.points for ln in r.lines) == r.points_earned


def test_returning_a_line_in_two_steps(store, now: datetime) -> None:
    sale = sell(store, now)
    serum = sale.lines[0]
    assert (serum.quantity, serum.net_cents, serum.points) == (2, 5977, 79)
    assert balance(store) == 216

    first = give_back(store, sale, {0: 1}, now + timedelta(days=1))
    assert first.kind == "return"
    assert first.receipt_number == "S001-D01-R000001"
    assert first.original_receipt_number == "S001-D01-000001"
    assert [(ln.code, ln.quantity) for ln in first.lines] == [(serum.code, -1)]
    assert abs(-first.total_cents * 2 - 5977) <= 2  # half the line, to the cent
    assert first.points_earned == -39
    assert [(p.method, p.amount_cents) for p in first.payments] == [("cash", first.total_cents)]
    assert first.points_balance == balance(store) == 216 - 39
    assert_adds_up(first)

    with store.sessions() as s:
        left = returns.returnable_sale(s, reference=sale.receipt_number)
    assert [(ln.sold, ln.returned, ln.returnable) for ln in left.lines] == [
        (2, 1, 1),
        (1, 0, 1),
        (1, 0, 1),
    ]

    second = give_back(store, sale, {0: 1}, now + timedelta(days=2), method="card")
    assert second.receipt_number == "S001-D01-R000002"
    assert first.total_cents + second.total_cents == -5977  # exactly what the line cost
    assert first.points_earned + second.points_earned == -79  # exactly what it earned
    assert second.points_balance == balance(store) == 216 - 79
    assert [(p.method, p.amount_cents) for p in second.payments] == [("card", second.total_cents)]
    assert_adds_up(second)
    assert first.previous_hash == GENESIS_HASH  # returns have their own chain
    assert second.previous_hash == first.record_hash


def test_returning_more_than_is_left_writes_nothing(store, now: datetime) -> None:
    sale = sell(store, now)
    give_back(store, sale, {0: 2}, now)
    before = rows(store)
    with pytest.raises(ReturnExceedsSale) as err:
        give_back(store, sale, {0: 1}, now)
    assert err.value.params["left"] == 0
    with pytest.raises(ReturnExceedsSale) as err:
        give_back(store, sale, {1: 2}, now)  # one soap sold
    assert err.value.params["left"] == 1
    with pytest.raises(ReturnExceedsSale):
        give_back(store, sale, {1: 1, 0: 1}, now)  # a good line does not save a bad one
    with pytest.raises(InvalidQuantity):
        give_back(store, sale, {1: -1}, now)
    with pytest.raises(InvalidQuantity):
        give_back(store, sale, {1: 1.5}, now)
    with pytest.raises(EmptyCart):
        give_back(store, sale, {1: 0}, now)
    assert rows(store) == before
    assert balance(store) == 216 - 79
    assert give_back(store, sale, {1: 1}, now).receipt_number == "S001-D01-R000002"


def test_the_whole_sale_back_refunds_it_all(store, now: datetime) -> None:
    sale = sell(store, now)
    back = give_back(store, sale, {0: 2, 1: 1, 2: 1}, now)
    assert back.total_cents == -7682
    assert back.points_earned == -96
    assert back.ticket_discount_cents == -404
    assert [(v.rate, v.base_cents, v.vat_cents) for v in back.vat] == [
        (v.rate, -v.base_cents, -v.vat_cents) for v in sale.vat
    ]
    assert back.points_balance == 120
    assert_adds_up(back)


@pytest.mark.parametrize("steps", [[1, 1, 1], [2, 1], [1, 2], [3]])
def test_any_steps_refund_and_reverse_exactly_the_line(
    store, now: datetime, steps: list[int]
) -> None:
    with store.sessions.begin() as s:
        cart = Cart(customer_id=store.customer_id)
        cart.add_product(find_product(s, code=store.products["serum"]), 3)
        cart.set_line_discount(0, Discount.amount(500))
        cart.ticket_discount = Discount.percent(10)
        sale = sales.finish(
            s, cart=cart, payment=PaymentInput(card_cents=8986), staff=store.manager, now=now
        )
    assert (sale.total_cents, sale.points_earned) == (8986, 30 + 89)
    refunds, reversed_ = [], []
    for i, qty in enumerate(steps):
        back = give_back(store, sale, {0: qty}, now + timedelta(hours=i + 1))
        assert_adds_up(back)
        assert back.total_cents < 0 and back.points_earned <= 0
        assert abs(-back.total_cents * 3 - 8986 * qty) <= 3 * 2  # its share, within a cent or two
        refunds.append(-back.total_cents)
        reversed_.append(-back.points_earned)
    assert sum(refunds) == 8986
    assert sum(reversed_) == 119
    assert balance(store) == 120


def test_return_by_qr_code_or_typed_number(store, now: datetime) -> None:
    sale = sell(store, now)
    assert sale.qr_text.startswith("LC1|S001-D01-000001|")
    with store.sessions() as s:
        for reference in (sale.qr_text, "S001-D01-000001", " s001-d01-000001 "):
            found = returns.returnable_sale(s, reference=reference)
            assert found.sale_id == sale.sale_id
            assert found.customer_id == store.customer_id
            assert [ln.net_cents for ln in found.lines] == [5977, 565, 1140]
        with pytest.raises(UnknownReceipt):
            returns.returnable_sale(s, reference="S001-D01-000002")
        with pytest.raises(UnknownReceipt):
            returns.returnable_sale(s, reference="LC1|")
    with store.sessions.begin() as s:
        found = returns.returnable_sale(s, reference=sale.qr_text)
        back = returns.record_return(
            s,
            sale_id=found.sale_id,
            quantities={found.lines[2].line_id: 1},
            refund_method="cash",
            staff=store.assistant,
            now=now,
        )
    assert back.total_cents == -1140
    # a return receipt cannot itself be returned
    with store.sessions() as s, pytest.raises(UnknownReceipt):
        returns.returnable_sale(s, reference=back.receipt_number)


def test_a_line_of_another_sale_is_refused(store, now: datetime) -> None:
    first, second = sell(store, now), sell(store, now)
    with store.sessions() as s:
        other_line = returns.returnable_sale(s, reference=second.receipt_number).lines[0]
    before = rows(store)
    with pytest.raises(UnknownReceipt), store.sessions.begin() as s:
        returns.record_return(
            s,
            sale_id=first.sale_id,
            quantities={other_line.line_id: 1},
            refund_method="cash",
            staff=store.assistant,
            now=now,
        )
    with pytest.raises(UnknownReceipt), store.sessions.begin() as s:
        returns.record_return(
            s,
            sale_id=uuid.uuid4(),
            quantities={other_line.line_id: 1},
            refund_method="cash",
            staff=store.assistant,
            now=now,
        )
    assert rows(store) == before


def test_a_return_without_customer_moves_no_points(store, now: datetime) -> None:
    sale = sell(store, now, customer=False)
    back = give_back(store, sale, {0: 1}, now)
    assert back.points_earned == 0
    assert back.points_balance is None
    assert back.customer_name is None
    with store.sessions() as s:
        assert s.scalar(select(func.count()).select_from(LedgerEntry)) == 0
    assert balance(store) == 120


def test_the_return_record_hash_can_be_checked_from_the_outbox(store, now: datetime) -> None:
    sale = sell(store, now)
    back = give_back(store, sale, {0: 1, 2: 1}, now)
    with store.sessions() as s:
        row = s.scalars(select(OutboxEntry).where(OutboxEntry.entity_id == back.sale_id)).one()
    record = json.loads(row.payload)
    previous, stored = record.pop("previous_hash"), record.pop("record_hash")
    assert stored == back.record_hash
    assert receipt_hash(record, previous) == back.record_hash
    assert record["original_sale_id"] == str(sale.sale_id)
    assert [ln["returns_line_id"] is not None for ln in record["lines"]] == [True, True]


def test_a_return_receipt_reprints_as_handed_over(store, now: datetime) -> None:
    from pos_client.services.receipts import load_receipt

    sold = sell(store, now)
    handed = give_back(store, sold, {0: 1, 2: 1}, now + timedelta(days=2))
    assert handed.original_receipt_number == sold.receipt_number
    with store.sessions() as s:
        assert load_receipt(s, sale_id=handed.sale_id) == handed
