"""Pricing a cart: discounts, ticket discount spread, VAT per rate, role limits."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from loyalty_core.cart import (
    MAX_QUANTITY,
    CartLine,
    Discount,
    check_discounts,
    check_quantity,
    price_cart,
    with_quantity,
)
from loyalty_core.errors import DiscountNotAllowed, InvalidAmount, InvalidQuantity
from loyalty_core.money import VAT_RATES, vat_of_gross
from loyalty_core.roles import MAX_DISCOUNT_PERCENT, Role


def line(
    price: int,
    vat: int = 21,
    qty: int = 1,
    discount: Discount | None = None,
    name: str = "x",
    points: int = 0,
) -> CartLine:
    return CartLine(
        product_id=f"p-{name}",
        code="0000",
        name=name,
        unit_price_cents=price,
        vat_rate=vat,
        points_per_unit=points,
        quantity=qty,
        discount=discount,
    )


SERUM_X2_LESS_10 = line(3495, 21, 2, Discount.percent(10), "serum", 10)
SOAP = line(595, 10, 1, None, "soap")
BOOK = line(1200, 4, 1, None, "book")


def test_a_mixed_ticket_is_priced_to_the_cent() -> None:
    priced = price_cart([SERUM_X2_LESS_10, SOAP, BOOK], Discount.percent(5))
    assert priced.gross_cents == 6990 + 595 + 1200 == 8785
    assert [p.line_discount_cents for p in priced.lines] == [699, 0, 0]
    assert priced.line_discounts_cents == 699
    # 5 % of 80,86 € = 4,043 -> 4,04 €, spread over the lines by what each costs
    assert priced.ticket_discount_cents == 404
    assert [p.ticket_discount_cents for p in priced.lines] == [314, 30, 60]
    assert [p.net_cents for p in priced.lines] == [5977, 565, 1140]
    assert priced.total_cents == 7682 == 8785 - 699 - 404
    assert [(v.rate, v.base_cents, v.vat_cents, v.gross_cents) for v in priced.vat] == [
        (21, 4940, 1037, 5977),
        (10, 514, 51, 565),
        (4, 1096, 44, 1140),
    ]


@pytest.mark.parametrize(
    ("discount", "off"),
    [
        (Discount.percent(10), 350),  # 10 % of 34,95 = 3,495 -> 3,50 (half up)
        (Discount.percent("12.5"), 437),
        (Discount.percent(0), 0),
        (Discount.percent(100), 3495),
        (Discount.amount(500), 500),
        (Discount.amount(3495), 3495),
        (Discount.amount(5000), 3495),  # more than the line: capped, never negative
    ],
)
def test_line_discounts(discount: Discount, off: int) -> None:
    priced = price_cart([line(3495, discount=discount)])
    assert priced.lines[0].line_discount_cents == off
    assert priced.total_cents == 3495 - off


def test_ticket_discount_above_the_total_is_capped() -> None:
    priced = price_cart([SOAP, BOOK], Discount.amount(100_000))
    assert priced.ticket_discount_cents == 1795
    assert [p.net_cents for p in priced.lines] == [0, 0]
    assert priced.total_cents == 0
    assert [(v.base_cents, v.vat_cents) for v in priced.vat] == [(0, 0), (0, 0)]


def test_ticket_discount_on_fully_discounted_lines_is_zero() -> None:
    priced = price_cart([line(500, discount=Discount.percent(100))], Discount.amount(100))
    assert priced.ticket_discount_cents == 0
    assert priced.total_cents == 0


def test_empty_cart_costs_nothing() -> None:
    priced = price_cart([])
    assert (priced.gross_cents, priced.total_cents, priced.vat) == (0, 0, ())


def test_one_vat_line_per_rate_even_with_several_lines() -> None:
    priced = price_cart([line(1000, 21), line(210, 21), line(595, 10)])
    assert [(v.rate, v.gross_cents) for v in priced.vat] == [(21, 1210), (10, 595)]
    assert priced.vat[0].base_cents == 1000


@pytest.mark.parametrize("value", [-1, 101, "NaN", "Infinity", "-0.01", "100.01"])
def test_impossible_percentages_are_refused(value: object) -> None:
    with pytest.raises(InvalidAmount):
        Discount.percent(value)


def test_negative_amount_discount_is_refused() -> None:
    with pytest.raises(InvalidAmount):
        Discount.amount(-1)


@pytest.mark.parametrize(
    ("role", "percent", "allowed"),
    [
        (Role.ASSISTANT, "10", True),
        (Role.ASSISTANT, "10.5", False),
        (Role.ASSISTANT, "20", False),
        (Role.ADVISOR, "15", True),
        (Role.ADVISOR, "16", False),
        (Role.MANAGER, "20", True),
        (Role.MANAGER, "100", True),
    ],
)
def test_role_limits_on_line_and_ticket_discounts(role: Role, percent: str, allowed: bool) -> None:
    for priced in (
        price_cart([line(6990, discount=Discount.percent(percent))]),
        price_cart([line(6990)], Discount.percent(percent)),
    ):
        if allowed:
            check_discounts(priced, role)
        else:
            with pytest.raises(DiscountNotAllowed) as err:
                check_discounts(priced, role)
            assert err.value.params["role"] == role


@pytest.mark.parametrize(
    ("role", "price", "percent"),
    [
        (Role.ASSISTANT, 3495, 10),  # 3,495 € rounds up to 3,50 €: still "10 %"
        (Role.ASSISTANT, 595, 10),  # 0,595 -> 0,60
        (Role.ADVISOR, 6990, 15),  # 10,485 -> 10,49
        (Role.ADVISOR, 1, 15),
    ],
)
def test_typing_exactly_the_role_limit_is_allowed_whatever_the_rounding(
    role: Role, price: int, percent: int
) -> None:
    check_discounts(price_cart([line(price, discount=Discount.percent(percent))]), role)
    check_discounts(price_cart([line(price)], Discount.percent(percent)), role)


@pytest.mark.parametrize(("cents", "allowed"), [(699, True), (700, False)])
def test_amount_discounts_count_against_the_role_limit(cents: int, allowed: bool) -> None:
    priced = price_cart([line(6990, discount=Discount.amount(cents))])
    if allowed:
        check_discounts(priced, Role.ASSISTANT)
    else:
        with pytest.raises(DiscountNotAllowed):
            check_discounts(priced, Role.ASSISTANT)


def test_role_limit_applies_line_by_line_not_on_average() -> None:
    # 20 % on a cheap line is refused even if the whole ticket is only 2 % off
    priced = price_cart([line(1000, discount=Discount.percent(20)), line(9000)])
    with pytest.raises(DiscountNotAllowed):
        check_discounts(priced, Role.ASSISTANT)


@pytest.mark.parametrize("quantity", [1, 2, MAX_QUANTITY])
def test_sensible_quantities(quantity: int) -> None:
    assert check_quantity(quantity) == quantity
    assert line(100, qty=quantity).gross_cents == 100 * quantity


@pytest.mark.parametrize("quantity", [0, -1, 1000, 10**9, True, False, 1.5, 2.0, "2", None])
def test_absurd_quantities_are_refused(quantity: object) -> None:
    with pytest.raises(InvalidQuantity):
        check_quantity(quantity)
    with pytest.raises(InvalidQuantity):
        line(100, qty=quantity)
    with pytest.raises(InvalidQuantity):
        with_quantity(line(100), quantity)


def test_negative_price_is_refused() -> None:
    with pytest.raises(InvalidAmount):
        line(-1)


discounts = st.one_of(
    st.none(),
    st.integers(0, 100).map(Discount.percent),
    st.decimals(0, 100, places=2).map(Discount.percent),
    st.integers(0, 50_000).map(Discount.amount),
)
lines = st.builds(
    line,
    price=st.integers(0, 50_000),
    vat=st.sampled_from(VAT_RATES),
    qty=st.integers(1, 20),
    discount=discounts,
)


@settings(max_examples=200, deadline=None)
@given(st.lists(lines, min_size=1, max_size=8), discounts)
def test_totals_always_add_up(cart: list[CartLine], ticket: Discount | None) -> None:
    priced = price_cart(cart, ticket)
    assert priced.total_cents == (
        priced.gross_cents - priced.line_discounts_cents - priced.ticket_discount_cents
    )
    assert sum(p.ticket_discount_cents for p in priced.lines) == priced.ticket_discount_cents
    assert sum(p.net_cents for p in priced.lines) == priced.total_cents
    for p in priced.lines:
        assert 0 <= p.net_cents <= p.line.gross_cents
        assert p.ticket_discount_cents >= 0
    assert sum(v.gross_cents for v in priced.vat) == priced.total_cents
    for v in priced.vat:
        assert v.base_cents + v.vat_cents == v.gross_cents
        assert (v.base_cents, v.vat_cents) == vat_of_gross(v.gross_cents, v.rate)
    assert priced.total_cents >= 0
    if ticket is not None and ticket.kind == "percent":
        after_lines = priced.gross_cents - priced.line_discounts_cents
        assert abs(priced.ticket_discount_cents * 100 - after_lines * ticket.value) <= 50


def test_percent_helper_value() -> None:
    assert Discount.percent("12.5").value == Decimal("12.5")
    assert Discount.amount(300).cents_off(200) == 200


@settings(max_examples=200, deadline=None)
@given(
    st.sampled_from(list(Role)),
    st.integers(1, 100_000),
    st.integers(1, 20),
    st.decimals(0, 100, places=2),
)
def test_any_percentage_up_to_the_role_limit_is_allowed_and_above_refused(
    role: Role, price: int, qty: int, percent: Decimal
) -> None:
    limit = MAX_DISCOUNT_PERCENT[role]
    for priced in (
        price_cart([line(price, qty=qty, discount=Discount.percent(percent))]),
        price_cart([line(price, qty=qty)], Discount.percent(percent)),
    ):
        off = priced.line_discounts_cents + priced.ticket_discount_cents
        if percent <= limit:
            check_discounts(priced, role)
        elif off * 100 > price * qty * limit + 50:  # more than the limit, beyond rounding
            with pytest.raises(DiscountNotAllowed):
                check_discounts(priced, role)
