"""Offline redemptions: what an assistant may do alone, what needs a manager, what nobody may."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from loyalty_core.offline_caps import (
    Cap,
    Identified,
    OfflineCaps,
    OfflineRedemption,
    Refusal,
    decide_offline,
)

NOW = datetime(2026, 11, 24, 12, 0, tzinfo=UTC)
CAPS = OfflineCaps(
    per_redemption=500, per_customer=800, device_budget=2_000, balance_max_age=timedelta(days=7)
)


def ask(**overrides: object) -> OfflineRedemption:
    values: dict[str, object] = dict(
        points=300,
        balance=1_000,
        confirmed_at=NOW - timedelta(hours=2),
        identified=Identified.CARD,
    )
    values.update(overrides)
    return OfflineRedemption(**values)  # type: ignore[arg-type]


def test_a_card_customer_with_the_points_and_a_fresh_balance_redeems_without_a_manager() -> None:
    decision = decide_offline(CAPS, ask(), now=NOW)
    assert decision.allowed and not decision.needs_manager
    assert decide_offline(CAPS, ask(identified=Identified.ID), now=NOW).allowed


@pytest.mark.parametrize(
    ("overrides", "refusal"),
    [
        ({"points": 1_001}, Refusal.NOT_ENOUGH_POINTS),
        ({"identified": Identified.NAME_SEARCH}, Refusal.IDENTIFIED_BY_NAME),
        ({"overdraft_open": True}, Refusal.BLOCKED_BY_OVERDRAFT),
    ],
)
def test_what_no_approval_can_allow(overrides: dict[str, object], refusal: Refusal) -> None:
    decision = decide_offline(CAPS, ask(**overrides), now=NOW)
    assert decision.refusals == (refusal,)
    assert not decision.allowed and not decision.needs_manager


@pytest.mark.parametrize(
    ("overrides", "cap"),
    [
        ({"points": 501}, Cap.PER_REDEMPTION),
        ({"spent_by_customer": 501}, Cap.PER_CUSTOMER),
        ({"spent_by_device": 1_701}, Cap.DEVICE_BUDGET),
        ({"confirmed_at": NOW - timedelta(days=7, seconds=1)}, Cap.BALANCE_AGE),
        ({"confirmed_at": None}, Cap.BALANCE_AGE),  # never confirmed by the server
    ],
)
def test_over_a_cap_a_manager_may_approve(overrides: dict[str, object], cap: Cap) -> None:
    decision = decide_offline(CAPS, ask(**overrides), now=NOW)
    assert decision.caps == (cap,)
    assert decision.needs_manager and not decision.allowed


@pytest.mark.parametrize(
    "overrides",
    [
        {"points": 500},
        {"spent_by_customer": 500},
        {"spent_by_device": 1_700},
        {"confirmed_at": NOW - timedelta(days=7)},
    ],
)
def test_exactly_at_a_cap_is_within_it(overrides: dict[str, object]) -> None:
    assert decide_offline(CAPS, ask(**overrides), now=NOW).allowed


def test_the_whole_balance_may_be_spent_when_the_caps_allow_it() -> None:
    generous = OfflineCaps(per_redemption=1_000, per_customer=1_000, device_budget=2_000)
    assert decide_offline(generous, ask(points=1_000, balance=1_000), now=NOW).allowed


def test_every_reason_is_given_at_once() -> None:
    decision = decide_offline(
        CAPS,
        ask(points=1_500, identified=Identified.NAME_SEARCH, confirmed_at=None),
        now=NOW,
    )
    assert decision.refusals == (Refusal.IDENTIFIED_BY_NAME, Refusal.NOT_ENOUGH_POINTS)
    assert set(decision.caps) == {
        Cap.PER_REDEMPTION,
        Cap.PER_CUSTOMER,
        Cap.BALANCE_AGE,
    }


@pytest.mark.parametrize("points", [0, -5])
def test_nothing_or_less_is_not_a_redemption(points: int) -> None:
    with pytest.raises(ValueError):
        decide_offline(CAPS, ask(points=points), now=NOW)


@settings(max_examples=200, deadline=None)
@given(
    balance=st.integers(0, 5_000),
    devices=st.integers(1, 6),
    asks=st.lists(st.tuples(st.integers(0, 5), st.integers(1, 900)), max_size=40),
)
def test_offline_spending_of_one_balance_is_bounded_by_the_caps(
    balance: int, devices: int, asks: list[tuple[int, int]]
) -> None:
    """Every tablet offline, the same customer asking again and again, only what the rule
    lets through without a manager: each tablet spends at most min(balance, per customer),
    so the chain loses at most (devices - 1) times that beyond the balance."""
    spent = [0] * devices
    for device, points in asks:
        at = device % devices
        known = balance - spent[at]  # each tablet sees only its own entries
        decision = decide_offline(
            CAPS,
            ask(
                points=points, balance=known, spent_by_customer=spent[at], spent_by_device=spent[at]
            ),
            now=NOW,
        )
        if decision.allowed:
            spent[at] += points
    for total in spent:
        assert total <= min(balance, CAPS.per_customer)
    overdraft = max(0, sum(spent) - balance)
    assert overdraft <= (devices - 1) * min(balance, CAPS.per_customer)
