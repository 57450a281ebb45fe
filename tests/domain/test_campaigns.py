"""Campaigns: on which days, on which products, how many points, and the response rate."""

from __future__ import annotations

import uuid
from datetime import date
from decimal import Decimal
from types import SimpleNamespace

import pytest
from hypothesis import given
from hypothesis import strategies as st

from loyalty_core.campaigns import BadCampaign, Campaign, Line, response_rate, with_campaign

SERUM, CREAM = uuid.UUID(int=1), uuid.UUID(int=2)
START, END = date(2026, 12, 1), date(2026, 12, 24)


def campaign(**overrides: object) -> Campaign:
    values: dict[str, object] = dict(
        id=uuid.UUID(int=99),
        name="Navidad doble puntos",
        starts_on=START,
        ends_on=END,
        channel="email",
        multiplier=Decimal(2),
    )
    values.update(overrides)
    return Campaign(**values)  # type: ignore[arg-type]


LINES = [Line(SERUM, "skincare", 1, 45), Line(CREAM, "makeup", 2, 31)]


@pytest.mark.parametrize(
    ("day", "on"),
    [
        (date(2026, 11, 30), False),
        (START, True),
        (date(2026, 12, 12), True),
        (END, True),  # the last day counts whole
        (date(2026, 12, 25), False),
    ],
)
def test_a_campaign_runs_from_its_first_to_its_last_day(day: date, on: bool) -> None:
    assert campaign().on(day) is on
    expected = [90, 62] if on else [45, 31]
    assert with_campaign(LINES, campaign(), day) == expected


def test_named_products_or_categories_only_are_multiplied() -> None:
    by_product = campaign(products=frozenset({SERUM}))
    assert with_campaign(LINES, by_product, START) == [90, 31]
    by_category = campaign(categories=frozenset({"makeup"}))
    assert with_campaign(LINES, by_category, START) == [45, 62]


def test_a_multiplier_rounds_down_and_a_bonus_is_per_unit() -> None:
    half_more = campaign(multiplier=Decimal("1.5"), bonus_per_unit=10)
    assert with_campaign(LINES, half_more, START) == [67 + 10, 46 + 20]


def test_a_return_line_gets_no_campaign_points() -> None:
    returned = [Line(SERUM, "skincare", -1, -45)]
    assert with_campaign(returned, campaign(bonus_per_unit=5), START) == [-45]


def test_no_campaign_changes_nothing() -> None:
    assert with_campaign(LINES, None, START) == [45, 31]


@pytest.mark.parametrize(
    "overrides",
    [
        {"ends_on": date(2026, 11, 30)},
        {"multiplier": Decimal("0.5")},
        {"multiplier": Decimal(11)},
        {"bonus_per_unit": -1},
        {"bonus_per_unit": 10_001},
    ],
)
def test_a_campaign_no_counter_can_apply_is_refused(overrides: dict[str, object]) -> None:
    with pytest.raises(BadCampaign):
        campaign(**overrides)


@given(
    points=st.lists(st.integers(0, 5_000), min_size=1, max_size=10),
    multiplier=st.decimals(min_value=1, max_value=10, places=2),
    bonus=st.integers(0, 100),
)
def test_a_campaign_never_takes_points_away(
    points: list[int], multiplier: Decimal, bonus: int
) -> None:
    lines = [Line(uuid.UUID(int=i), "skincare", 1, p) for i, p in enumerate(points)]
    given_points = with_campaign(
        lines, campaign(multiplier=multiplier, bonus_per_unit=bonus), START
    )
    assert all(after >= before for after, before in zip(given_points, points, strict=True))


@pytest.mark.parametrize(
    ("responded", "targeted", "rate"),
    [(0, 0, "0"), (0, 10, "0.0000"), (1, 3, "0.3333"), (2, 3, "0.6667"), (5, 5, "1.0000")],
)
def test_the_response_rate(responded: int, targeted: int, rate: str) -> None:
    assert response_rate(responded, targeted) == Decimal(rate)


def stored(**overrides: object) -> SimpleNamespace:
    """A campaign as both sides store it: multiplier as text, products as id strings."""
    values: dict[str, object] = dict(
        id=uuid.UUID(int=7),
        name="Sérums x1,5",
        starts_on=START,
        ends_on=END,
        channel="sms",
        multiplier="1.5",
        bonus_per_unit=20,
        products=[str(SERUM)],
        categories=["skincare"],
    )
    values.update(overrides)
    return SimpleNamespace(**values)


def test_a_stored_campaign_gives_the_rule_the_counter_and_the_server_apply() -> None:
    rule = Campaign.from_row(stored())  # type: ignore[arg-type]

    assert rule.multiplier == Decimal("1.5")
    assert rule.products == frozenset({SERUM})
    assert rule.covers(SERUM, "makeup") and rule.covers(CREAM, "skincare")
    assert not rule.covers(CREAM, "makeup")
    # 10 points of serum, 2 units: 15 by the multiplier, plus 2 x 20 bonus.
    assert with_campaign([Line(SERUM, "makeup", 2, 10)], rule, START) == [55]


def test_a_stored_campaign_out_of_bounds_is_refused_as_any_other() -> None:
    with pytest.raises(BadCampaign):
        Campaign.from_row(stored(multiplier="11"))  # type: ignore[arg-type]
