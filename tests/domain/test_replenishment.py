"""Replenishment: how long a pack lasts, when it is due, and when not to call at all."""

from __future__ import annotations

import random
import uuid
from datetime import date, timedelta
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from loyalty_core.care_guide import parse_care_guide
from loyalty_core.replenishment import (
    MAX_DAYS,
    MIN_DAYS,
    Bought,
    Reminder,
    Status,
    duration_days,
    reminders,
    still_in_use,
)

GUIDE_FILE = Path(__file__).resolve().parents[2] / "resources" / "advice" / "care_guide.toml"
GUIDE = parse_care_guide(GUIDE_FILE.read_text(encoding="utf-8"))
DAY = date(2026, 1, 10)
SERUM, CREAM, OTHER_SERUM, GEL = (uuid.UUID(int=n) for n in (1, 2, 3, 4))


def bought(
    product: uuid.UUID = SERUM,
    day: date = DAY,
    *,
    kind: str = "serum",
    quantity: int = 1,
    duration: int | None = 100,
) -> Bought:
    return Bought(product, kind, day, quantity, duration)


def on(days: int) -> date:
    return DAY + timedelta(days=days)


# --- how long a pack lasts -------------------------------------------------------------


@pytest.mark.parametrize(
    ("kind", "size", "days"),
    [
        ("serum", "50 ml", 100),  # 0.5 ml a day
        ("serum", "30 ml", 60),
        ("serum", "Sérum Hidratante 30ml", 60),
        ("moisturiser", "50 ml", 62),  # 62.5 days: a part day does not count
        ("eye_cream", "15 ml", 75),
        ("sunscreen", "50 ml", 33),
        ("shampoo", "250 ml", 41),
        ("shower_gel", "750 ml", 93),
        ("shower_gel", "1 l", 125),
        ("shower_gel", "1,5 l", 187),
        ("body_lotion", "400 ml", 100),
        ("lip_balm", "4,8 g", 48),
        ("powder", "10 g", 100),
        ("hand_cream", "0,1 kg", 100),
        ("serum", "Sérum 50 ml + loción 75 ml", 100),  # a set lasts as its named product
        ("serum", "3,5 ml", MIN_DAYS),  # exactly a week
        ("serum", "182,5 ml", MAX_DAYS),  # exactly a year
    ],
)
def test_a_pack_lasts_its_size_over_the_daily_use(kind: str, size: str, days: int) -> None:
    assert duration_days(GUIDE, kind=kind, size=size) == days


@pytest.mark.parametrize(
    ("kind", "size", "days"),
    [
        ("serum", "2 ml", MIN_DAYS),  # a sample: 4 days, counted as a week
        ("serum", "3 ml", MIN_DAYS),
        ("serum", "183 ml", MAX_DAYS),  # 366 days: a year at most
        ("hand_cream", "1 kg", MAX_DAYS),
        ("shower_gel", "5 l", MAX_DAYS),
        ("hair_oil", "1 l", MAX_DAYS),
    ],
)
def test_a_pack_life_is_kept_between_a_week_and_a_year(kind: str, size: str, days: int) -> None:
    assert duration_days(GUIDE, kind=kind, size=size) == days


def test_a_product_replaced_by_the_calendar_lasts_its_days_whatever_its_size() -> None:
    assert duration_days(GUIDE, kind="mascara", size="10 ml") == 90
    assert duration_days(GUIDE, kind="mascara", size="1 ud") == 90
    assert duration_days(GUIDE, kind="mascara", size="") == 90


@pytest.mark.parametrize(
    ("kind", "size"),
    [
        ("serum", "1 ud"),  # a size in units says nothing about how long it lasts
        ("serum", ""),
        ("serum", "talla única"),
        ("lipstick", "4 g"),  # a type the guide does not know
        ("", "50 ml"),
    ],
)
def test_without_a_size_in_ml_or_g_or_a_known_type_nothing_is_said(kind: str, size: str) -> None:
    assert duration_days(GUIDE, kind=kind, size=size) is None


@pytest.mark.parametrize(
    ("kind", "explicit", "days"),
    [
        ("serum", 45, 45),  # the catalogue's days win over the arithmetic
        ("mascara", 120, 120),
        ("lipstick", 200, 200),  # even for a type the guide does not know
        ("serum", 3, MIN_DAYS),
        ("serum", 1000, MAX_DAYS),
        ("serum", MIN_DAYS, MIN_DAYS),
        ("serum", MAX_DAYS, MAX_DAYS),
        ("serum", 0, 100),  # zero or less means not given: the guide's arithmetic
        ("serum", -5, 100),
        ("serum", None, 100),
        ("lipstick", 0, None),
    ],
)
def test_explicit_days_from_the_catalogue_win(kind: str, explicit: int | None, days: int) -> None:
    assert duration_days(GUIDE, kind=kind, size="50 ml", explicit_days=explicit) == days


@settings(max_examples=100)
@given(
    st.sampled_from([*sorted(GUIDE.kinds), "lipstick"]),
    st.decimals(min_value=0, max_value=10_000, places=1),
    st.sampled_from(["ml", "g", "l", "kg", "ud"]),
    st.one_of(st.none(), st.integers(-10, 2000)),
)
def test_a_duration_is_always_a_week_to_a_year_or_nothing(
    kind: str, amount: object, unit: str, explicit: int | None
) -> None:
    days = duration_days(GUIDE, kind=kind, size=f"{amount} {unit}", explicit_days=explicit)
    assert days is None or MIN_DAYS <= days <= MAX_DAYS
    if explicit is not None and explicit > 0:
        assert days == min(max(explicit, MIN_DAYS), MAX_DAYS)


# --- reminders ------------------------------------------------------------------------


def test_the_guide_calls_a_week_ahead_and_gives_up_after_90_days() -> None:
    assert GUIDE.reminder_window_days == 7
    assert GUIDE.lapsed_after_days == 90


@pytest.mark.parametrize(
    ("today", "status"),
    [
        (on(0), None),  # just bought
        (on(50), None),
        (on(92), None),  # runs out in 8 days: not yet
        (on(93), Status.DUE),  # a week ahead
        (on(99), Status.DUE),
        (on(100), Status.DUE),  # runs out today: still due, not late
        (on(101), Status.OVERDUE),
        (on(150), Status.OVERDUE),
        (on(190), Status.OVERDUE),  # 90 days late: still worth a call
        (on(191), None),  # lapsed: no longer worth a call
        (on(400), None),
    ],
)
def test_a_serum_of_100_days_is_due_a_week_before_it_runs_out(
    today: date, status: Status | None
) -> None:
    found = reminders(GUIDE, [bought()], today=today)
    if status is None:
        assert found == []
    else:
        assert found == [Reminder(SERUM, DAY, on(100), status)]


def test_a_50_ml_serum_at_half_a_ml_a_day_lasts_100_days() -> None:
    days = duration_days(GUIDE, kind="serum", size="50 ml")
    found = reminders(GUIDE, [bought(duration=days)], today=on(100))
    assert [r.runs_out for r in found] == [on(100)]


def test_two_packs_last_twice_as_long() -> None:
    purchase = bought(quantity=2)
    assert reminders(GUIDE, [purchase], today=on(100)) == []
    assert reminders(GUIDE, [purchase], today=on(200)) == [
        Reminder(SERUM, DAY, on(200), Status.DUE)
    ]


def test_purchases_of_one_product_on_one_day_add_up() -> None:
    two_tickets = [bought(), bought(quantity=2)]
    assert reminders(GUIDE, two_tickets, today=on(300)) == [
        Reminder(SERUM, DAY, on(300), Status.DUE)
    ]


def test_a_product_bought_again_is_not_due() -> None:
    history = [bought(), bought(day=on(95))]
    assert reminders(GUIDE, history, today=on(100)) == []
    assert reminders(GUIDE, history, today=on(195)) == [
        Reminder(SERUM, on(95), on(195), Status.DUE)
    ]


def test_a_later_purchase_of_another_product_of_the_same_type_means_the_customer_moved_on() -> None:
    history = [bought(SERUM), bought(OTHER_SERUM, on(60), duration=60)]
    assert reminders(GUIDE, history, today=on(100)) == []
    assert reminders(GUIDE, history, today=on(120)) == [
        Reminder(OTHER_SERUM, on(60), on(120), Status.DUE)
    ]


def test_an_earlier_or_same_day_purchase_of_the_same_type_does_not_hide_a_product() -> None:
    history = [bought(SERUM), bought(OTHER_SERUM, on(-30)), bought(GEL, DAY, duration=100)]
    found = reminders(GUIDE, history, today=on(100))
    assert [r.product_id for r in found] == [SERUM, GEL]


def test_two_products_of_one_type_bought_the_same_day_are_both_reminded() -> None:
    history = [bought(SERUM), bought(OTHER_SERUM, duration=95)]
    found = reminders(GUIDE, history, today=on(100))
    assert [(r.product_id, r.status) for r in found] == [
        (OTHER_SERUM, Status.OVERDUE),
        (SERUM, Status.DUE),
    ]


def test_a_later_purchase_of_another_type_changes_nothing() -> None:
    history = [bought(SERUM), bought(CREAM, on(60), kind="moisturiser", duration=300)]
    assert [r.product_id for r in reminders(GUIDE, history, today=on(100))] == [SERUM]


def test_products_without_a_type_are_reminded_on_their_own() -> None:
    history = [bought(SERUM, kind=""), bought(OTHER_SERUM, on(50), kind="")]
    assert [r.product_id for r in reminders(GUIDE, history, today=on(100))] == [SERUM]


@pytest.mark.parametrize("quantity", [0, -1, -2])
def test_returns_are_ignored(quantity: int) -> None:
    assert reminders(GUIDE, [bought(quantity=quantity)], today=on(100)) == []
    # A return later does not restart the clock, nor end the pack's life...
    history = [bought(), bought(day=on(20), quantity=quantity)]
    assert reminders(GUIDE, history, today=on(100)) == [Reminder(SERUM, DAY, on(100), Status.DUE)]
    # ...nor means the customer moved on from the type.
    history = [bought(), bought(OTHER_SERUM, on(20), quantity=quantity)]
    assert [r.product_id for r in reminders(GUIDE, history, today=on(100))] == [SERUM]
    # A return on the same day does not take a pack off the sum either (returns are netted).
    history = [bought(quantity=2), bought(quantity=quantity)]
    assert reminders(GUIDE, history, today=on(200))[0].runs_out == on(200)


def test_a_product_whose_duration_is_unknown_is_never_reminded() -> None:
    assert reminders(GUIDE, [bought(duration=None)], today=on(100)) == []


@pytest.mark.parametrize(
    ("horizon", "today", "listed"),
    [
        (30, on(69), False),
        (30, on(70), True),
        (0, on(99), False),
        (0, on(100), True),
        (0, on(101), True),
        (None, on(93), True),
        (None, on(92), False),
    ],
)
def test_a_horizon_looks_further_ahead_than_the_week(
    horizon: int | None, today: date, listed: bool
) -> None:
    assert bool(reminders(GUIDE, [bought()], today=today, horizon_days=horizon)) is listed


def test_reminders_come_soonest_first() -> None:
    history = [
        bought(SERUM, duration=100),
        bought(CREAM, kind="moisturiser", duration=95),
        bought(GEL, kind="shower_gel", duration=100),
        bought(OTHER_SERUM, kind="toner", duration=103),
    ]
    found = reminders(GUIDE, history, today=on(100))
    assert [r.product_id for r in found] == [CREAM, SERUM, GEL, OTHER_SERUM]
    assert [r.status for r in found] == [Status.OVERDUE, Status.DUE, Status.DUE, Status.DUE]


def test_the_purchases_may_arrive_in_any_order() -> None:
    history = [
        bought(SERUM, on(-100)),
        bought(SERUM),
        bought(SERUM, quantity=1),
        bought(CREAM, on(-10), kind="moisturiser"),
        bought(OTHER_SERUM, on(-50)),
    ]
    expected = reminders(GUIDE, history, today=on(200))
    assert expected == [Reminder(SERUM, DAY, on(200), Status.DUE)]
    for permutation in (history[::-1], history[2:] + history[:2]):
        assert reminders(GUIDE, permutation, today=on(200)) == expected


# The same kind and duration for a product in every purchase, as the catalogue gives them.
PRODUCTS = {
    uuid.UUID(int=n): (kind, duration)
    for n, (kind, duration) in enumerate(
        [("serum", 100), ("serum", 60), ("moisturiser", 62), ("", 30), ("toner", None)], start=1
    )
}
histories = st.lists(
    st.tuples(st.sampled_from(sorted(PRODUCTS)), st.integers(-400, 0), st.integers(-1, 3)),
    max_size=12,
)


def reference(history: list[Bought], today: date, window: int) -> list[Reminder]:
    """The rules read literally, one product at a time."""
    found = []
    for product, (kind, duration) in PRODUCTS.items():
        own = [b for b in history if b.product_id == product and b.quantity > 0]
        if not own or duration is None:
            continue
        last = max(b.day for b in own)
        packs = sum(b.quantity for b in own if b.day == last)
        if kind and any(b.kind == kind and b.quantity > 0 and b.day > last for b in history):
            continue
        runs_out = last + timedelta(days=duration * packs)
        if runs_out > today + timedelta(days=window) or (today - runs_out).days > 90:
            continue
        status = Status.OVERDUE if runs_out < today else Status.DUE
        found.append(Reminder(product, last, runs_out, status))
    return sorted(found, key=lambda r: (r.runs_out, str(r.product_id)))


@settings(max_examples=150)
@given(histories, st.sampled_from([None, 0, 30]), st.randoms())
def test_reminders_match_the_rules_read_literally(
    rows: list[tuple[uuid.UUID, int, int]], horizon: int | None, rng: random.Random
) -> None:
    today = DAY
    history = [
        Bought(product, PRODUCTS[product][0], on(offset), quantity, PRODUCTS[product][1])
        for product, offset, quantity in rows
    ]
    found = reminders(GUIDE, history, today=today, horizon_days=horizon)
    assert found == reference(history, today, 7 if horizon is None else horizon)
    shuffled = list(history)
    rng.shuffle(shuffled)
    assert reminders(GUIDE, shuffled, today=today, horizon_days=horizon) == found


@settings(max_examples=100)
@given(st.integers(0, 400), st.integers(1, 5), st.integers(MIN_DAYS, MAX_DAYS))
def test_a_single_purchase_runs_out_after_its_duration_times_its_quantity(
    age: int, quantity: int, duration: int
) -> None:
    today = on(age)
    found = reminders(GUIDE, [bought(quantity=quantity, duration=duration)], today=today)
    runs_out = DAY + timedelta(days=duration * quantity)
    listed = -90 <= (runs_out - today).days <= 7
    assert found == (
        [Reminder(SERUM, DAY, runs_out, reminder_status(runs_out, today))] if listed else []
    )


def reminder_status(runs_out: date, today: date) -> Status:
    return Status.OVERDUE if runs_out < today else Status.DUE


# --- still in use ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("age", "quantity", "in_use"),
    [
        (0, 1, True),
        (79, 1, True),  # before 80 % of its 100 days
        (80, 1, False),
        (100, 1, False),
        (159, 2, True),  # two packs: 80 % of 200 days
        (160, 2, False),
    ],
)
def test_a_pack_is_still_in_use_for_most_of_its_life(age: int, quantity: int, in_use: bool) -> None:
    assert GUIDE.still_in_use_share == 80
    assert still_in_use(GUIDE, bought(quantity=quantity), on(age)) is in_use


@pytest.mark.parametrize(
    "purchase", [bought(duration=None), bought(quantity=0), bought(quantity=-1)]
)
def test_a_pack_of_unknown_life_or_a_return_is_not_in_use(purchase: Bought) -> None:
    assert still_in_use(GUIDE, purchase, DAY) is False
