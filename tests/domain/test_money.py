"""Money in cents: parsing what is typed, formatting, VAT, exact splits."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from loyalty_core.errors import InvalidAmount
from loyalty_core.money import (
    VAT_RATES,
    allocate,
    cumulative_share,
    format_euros,
    parse_euros,
    percent_of,
    vat_breakdown,
    vat_of_gross,
)

FAST = settings(max_examples=200, deadline=None)


@pytest.mark.parametrize(
    ("typed", "cents"),
    [
        ("12,50", 1250),
        ("12,5", 1250),
        ("12.50", 1250),
        ("12", 1200),
        ("0,01", 1),
        ("0", 0),
        ("1.234,56", 123456),
        ("1.234.567,89", 123456789),
        ("€ 3", 300),
        ("3 €", 300),
        ("3€", 300),
        (" 12,50\u00a0€ ", 1250),
        ("1 234,56", 123456),
    ],
)
def test_parse_euros(typed: str, cents: int) -> None:
    assert parse_euros(typed) == cents


@pytest.mark.parametrize(
    "typed",
    [
        "",
        "   ",
        "€",
        "abc",
        "12,50 EUR",
        "12,5,0",
        "1e3",  # Decimal would read 1000
        "1_000",  # Decimal would read 1000
        "NaN",
        "Infinity",
        "-3",
        "-0,01",
        "12,505",  # three decimals
        "0,001",
        "1.234",  # three decimals, not a thousand (ambiguous, refused)
        "0x10",
        "½",
        "١٢",  # Arabic-Indic digits
    ],
)
def test_parse_euros_refuses_junk(typed: str) -> None:
    with pytest.raises(InvalidAmount) as err:
        parse_euros(typed)
    assert err.value.params["text"] == typed


@pytest.mark.parametrize(
    ("cents", "text"),
    [
        (0, "0,00 €"),
        (5, "0,05 €"),
        (1250, "12,50 €"),
        (123456, "1.234,56 €"),
        (100000000, "1.000.000,00 €"),
        (-1250, "-12,50 €"),
        (-5, "-0,05 €"),
    ],
)
def test_format_euros(cents: int, text: str) -> None:
    assert format_euros(cents) == text


@FAST
@given(st.integers(0, 10**10))
def test_format_then_parse_gives_the_amount_back(cents: int) -> None:
    assert parse_euros(format_euros(cents)) == cents


@pytest.mark.parametrize(
    ("gross", "rate", "base", "vat"),
    [
        (1210, 21, 1000, 210),
        (110, 10, 100, 10),
        (104, 4, 100, 4),
        (3495, 21, 2888, 607),  # 2888.43 -> 2888
        (595, 10, 541, 54),  # 540.91 -> 541
        (1200, 4, 1154, 46),  # 1153.85 -> 1154
        (13, 4, 13, 0),  # base 12.5 exactly: half up
        (-13, 4, -13, 0),  # a refund rounds the same way, mirrored
        (0, 21, 0, 0),
        (1, 21, 1, 0),
    ],
)
def test_vat_of_gross(gross: int, rate: int, base: int, vat: int) -> None:
    assert vat_of_gross(gross, rate) == (base, vat)


@FAST
@given(st.integers(-(10**9), 10**9), st.sampled_from(VAT_RATES))
def test_base_plus_vat_is_the_gross_and_vat_is_right_to_the_cent(gross: int, rate: int) -> None:
    base, vat = vat_of_gross(gross, rate)
    assert base + vat == gross
    # the base is the nearest cent to gross / (1 + rate)
    assert abs(Decimal(base) - Decimal(gross) * 100 / (100 + rate)) <= Decimal("0.5")


def test_vat_breakdown_is_per_rate_highest_first() -> None:
    lines = vat_breakdown({4: 1200, 21: 3495, 10: 595})
    assert [(v.rate, v.base_cents, v.vat_cents, v.gross_cents) for v in lines] == [
        (21, 2888, 607, 3495),
        (10, 541, 54, 595),
        (4, 1154, 46, 1200),
    ]
    assert vat_breakdown({}) == []


@FAST
@given(st.dictionaries(st.sampled_from(VAT_RATES), st.integers(-(10**8), 10**8)))
def test_vat_breakdown_adds_up_to_what_was_charged(gross_by_rate: dict[int, int]) -> None:
    lines = vat_breakdown(gross_by_rate)
    assert [v.rate for v in lines] == sorted(gross_by_rate, reverse=True)
    for v in lines:
        assert v.base_cents + v.vat_cents == v.gross_cents == gross_by_rate[v.rate]
    assert sum(v.gross_cents for v in lines) == sum(gross_by_rate.values())


@pytest.mark.parametrize(
    ("amount", "percent", "cents"),
    [(1000, "10", 100), (6990, "10", 699), (8086, "5", 404), (15, "10", 2), (1, "50", 1)],
)
def test_percent_of_rounds_half_up(amount: int, percent: str, cents: int) -> None:
    assert percent_of(amount, Decimal(percent)) == cents


@pytest.mark.parametrize(
    ("total", "weights", "parts"),
    [
        (100, [1, 1, 1], [34, 33, 33]),
        (404, [6291, 595, 1200], [314, 30, 60]),
        (10, [0, 5], [0, 10]),
        (0, [3, 4], [0, 0]),
        (7, [], []),
        (1, [1, 1], [1, 0]),  # ties go to the first
        (-10, [1, 2], [-3, -7]),
    ],
)
def test_allocate(total: int, weights: list[int], parts: list[int]) -> None:
    assert allocate(total, weights) == parts


def test_allocate_needs_positive_weights() -> None:
    with pytest.raises(ValueError):
        allocate(10, [0, 0])


@FAST
@given(st.integers(0, 10**8), st.lists(st.integers(0, 10**6), min_size=1, max_size=12))
def test_allocate_sums_to_the_total_and_is_proportional(total: int, weights: list[int]) -> None:
    assume(sum(weights) > 0)
    parts = allocate(total, weights)
    assert sum(parts) == total
    wsum = sum(weights)
    for part, w in zip(parts, weights, strict=True):
        assert part >= 0
        assert abs(part * wsum - total * w) < wsum  # within one cent of the exact share
        if w == 0:
            assert part == 0


@pytest.mark.parametrize(
    ("total", "done", "taking", "of", "share"),
    [
        (100, 0, 1, 3, 33),
        (100, 1, 1, 3, 33),
        (100, 2, 1, 3, 34),
        (100, 0, 3, 3, 100),
        (5977, 0, 1, 2, 2988),
        (5977, 1, 1, 2, 2989),
        (7, 0, 0, 2, 0),
    ],
)
def test_cumulative_share(total: int, done: int, taking: int, of: int, share: int) -> None:
    assert cumulative_share(total, done, taking, of) == share


@pytest.mark.parametrize(("done", "taking", "of"), [(0, 3, 2), (2, 1, 2), (-1, 1, 2), (1, -1, 2)])
def test_cumulative_share_refuses_units_out_of_range(done: int, taking: int, of: int) -> None:
    with pytest.raises(ValueError):
        cumulative_share(100, done, taking, of)


@st.composite
def steps_of(draw: st.DrawFn) -> tuple[int, list[int]]:
    """A number of units and a random way of taking all of them back in steps."""
    of = draw(st.integers(1, 50))
    steps: list[int] = []
    left = of
    while left:
        step = draw(st.integers(1, left))
        steps.append(step)
        left -= step
    return of, steps


@FAST
@given(st.integers(0, 10**7), steps_of())
def test_partial_returns_in_any_steps_add_up_to_the_total(
    total: int, units: tuple[int, list[int]]
) -> None:
    of, steps = units
    done = 0
    shares = []
    for taking in steps:
        share = cumulative_share(total, done, taking, of)
        assert 0 <= share <= -(-total * taking // of)  # never more than the rounded-up share
        shares.append(share)
        done += taking
    assert sum(shares) == total
