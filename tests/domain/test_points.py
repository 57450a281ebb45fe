"""Points earned per unit and per euro, and reversed exactly on returns."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from loyalty_core.cart import CartLine, Discount, price_cart
from loyalty_core.money import VAT_RATES
from loyalty_core.points import PointsRule, earn, reversal


def line(price: int, qty: int = 1, per_unit: int = 0, discount: Discount | None = None) -> CartLine:
    return CartLine(
        product_id="p",
        code="0000",
        name="x",
        unit_price_cents=price,
        vat_rate=21,
        points_per_unit=per_unit,
        quantity=qty,
        discount=discount,
    )


def total(points: list) -> int:
    return sum(p.total for p in points)


@pytest.mark.parametrize(
    ("price", "earned"),
    [(1999, 19), (2000, 20), (100, 1), (99, 0), (1, 0), (0, 0), (123456, 1234)],
)
def test_one_point_per_full_euro_rounded_down(price: int, earned: int) -> None:
    assert total(earn(price_cart([line(price)]), PointsRule())) == earned


def test_per_euro_points_count_after_discounts() -> None:
    # 25,00 € less 20 % = 20,00 €, less a 0,01 € ticket discount = 19,99 € -> 19
    priced = price_cart([line(2500, discount=Discount.percent(20))], Discount.amount(1))
    assert priced.total_cents == 1999
    assert total(earn(priced, PointsRule())) == 19


def test_per_unit_points_come_on_top_of_per_euro_points() -> None:
    priced = price_cart([line(3495, qty=2, per_unit=10), line(595)])
    points = earn(priced, PointsRule())
    assert [p.unit_points for p in points] == [20, 0]
    # 75,85 € -> 75 points, spread 6990 : 595
    assert [p.amount_points for p in points] == [69, 6]
    assert total(points) == 95


def test_points_per_euro_setting() -> None:
    assert total(earn(price_cart([line(1999)]), PointsRule(points_per_euro=3))) == 57
    assert total(earn(price_cart([line(1999)]), PointsRule(points_per_euro=0))) == 0


@pytest.mark.parametrize(
    ("multiplier", "earned"),
    [("1", 29), ("2", 58), ("1.5", 43), ("0", 0)],
)
def test_campaign_multiplier_rounds_down_line_by_line(multiplier: str, earned: int) -> None:
    # one line earning 10 per unit + 19 per euro = 29; x1,5 = 15 + 28 (28,5 down)
    priced = price_cart([line(1999, per_unit=10)])
    assert total(earn(priced, PointsRule(multiplier=Decimal(multiplier)))) == earned


def test_a_sale_without_customer_earns_nothing() -> None:
    priced = price_cart([line(3495, qty=3, per_unit=10), line(595)])
    points = earn(priced, PointsRule(multiplier=Decimal(2)), has_customer=False)
    assert [(p.unit_points, p.amount_points) for p in points] == [(0, 0), (0, 0)]


def test_free_lines_earn_only_their_unit_points() -> None:
    priced = price_cart([line(3495, per_unit=10, discount=Discount.percent(100)), line(1000)])
    points = earn(priced, PointsRule())
    assert [(p.unit_points, p.amount_points) for p in points] == [(10, 0), (0, 10)]


@pytest.mark.parametrize(
    ("points", "sold", "done", "returning", "reversed_"),
    [
        (79, 2, 0, 1, 39),
        (79, 2, 1, 1, 40),
        (79, 2, 0, 2, 79),
        (10, 3, 0, 1, 3),
        (10, 3, 1, 1, 3),
        (10, 3, 2, 1, 4),
        (0, 5, 0, 5, 0),
    ],
)
def test_reversal(points: int, sold: int, done: int, returning: int, reversed_: int) -> None:
    assert reversal(points, sold=sold, already_returned=done, returning=returning) == reversed_


def test_returning_more_than_sold_is_refused() -> None:
    with pytest.raises(ValueError):
        reversal(10, sold=2, already_returned=1, returning=2)


discounts = st.one_of(
    st.none(),
    st.integers(0, 100).map(Discount.percent),
    st.integers(0, 20_000).map(Discount.amount),
)
cart_lines = st.builds(
    CartLine,
    product_id=st.just("p"),
    code=st.just("0000"),
    name=st.just("x"),
    unit_price_cents=st.integers(0, 20_000),
    vat_rate=st.sampled_from(VAT_RATES),
    points_per_unit=st.integers(0, 50),
    quantity=st.integers(1, 12),
    discount=discounts,
)
rules = st.builds(
    PointsRule,
    points_per_euro=st.integers(0, 5),
    multiplier=st.sampled_from([Decimal(1), Decimal(2), Decimal("1.5"), Decimal("0.5")]),
)


@settings(max_examples=200, deadline=None)
@given(st.lists(cart_lines, min_size=1, max_size=6), discounts, st.integers(0, 5))
def test_per_euro_points_spread_over_lines_add_up(
    cart: list[CartLine], ticket: Discount | None, per_euro: int
) -> None:
    priced = price_cart(cart, ticket)
    points = earn(priced, PointsRule(points_per_euro=per_euro))
    assert sum(p.amount_points for p in points) == priced.total_cents // 100 * per_euro
    assert [p.unit_points for p in points] == [ln.points_per_unit * ln.quantity for ln in cart]
    assert [p.line_index for p in points] == list(range(len(cart)))


@st.composite
def return_plan(draw: st.DrawFn, quantity: int) -> list[int]:
    """Random steps returning every unit of a line of `quantity` units."""
    steps: list[int] = []
    left = quantity
    while left:
        steps.append(draw(st.integers(1, left)))
        left -= steps[-1]
    return steps


@settings(max_examples=200, deadline=None)
@given(st.lists(cart_lines, min_size=1, max_size=5), discounts, rules, st.data())
def test_returning_everything_in_random_steps_reverses_exactly_what_was_earned(
    cart: list[CartLine], ticket: Discount | None, rule: PointsRule, data: st.DataObject
) -> None:
    points = earn(price_cart(cart, ticket), rule)
    for ln, earned in zip(cart, points, strict=True):
        assert earned.unit_points >= 0 and earned.amount_points >= 0
        done = 0
        taken_back = 0
        for returning in data.draw(return_plan(ln.quantity)):
            step = reversal(
                earned.total, sold=ln.quantity, already_returned=done, returning=returning
            )
            assert step >= 0
            taken_back += step
            assert taken_back <= earned.total  # never more than the line earned
            done += returning
        assert taken_back == earned.total
