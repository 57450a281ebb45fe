"""Consumption habits: routine steps as text, preferences, and what a counter may send."""

from __future__ import annotations

import json
import uuid
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

from loyalty_core.habits import (
    HABIT_FIELDS,
    MAX_BRAND,
    MAX_PRODUCT_NAME,
    NO_HABITS,
    PRICE_RANGES,
    BadHabitValue,
    Frequency,
    Habits,
    Preference,
    RoutineStep,
    Step,
    check_since,
    normalise_habit,
)
from loyalty_core.ids import uuid7
from loyalty_core.wire import Entity, HabitsPatchPayload, Operation, decode_payload

TODAY = date(2026, 3, 10)
PRODUCT_ID = uuid7(1_773_140_400_000, b"\x01" * 10)
CUSTOMER_ID = uuid7(1_773_140_400_001, b"\x02" * 10)
SERUM = RoutineStep(
    "Sérum Hidratante",
    "Aurélie",
    PRODUCT_ID,
    Frequency.TWICE_DAILY,
    "2025-03",
)
BOOLEAN_PREFERENCES = [p for p in Preference if p != Preference.PRICE_RANGE]


def step_text(**data: object) -> str:
    return json.dumps(data)


# --- the fields -------------------------------------------------------------------------


def test_every_step_and_preference_is_a_field_and_nothing_else() -> None:
    assert {f"step.{s}" for s in Step} | {f"pref.{p}" for p in Preference} == HABIT_FIELDS
    assert len(HABIT_FIELDS) == len(Step) + len(Preference)


def test_the_price_ranges_are_low_mid_and_high() -> None:
    assert PRICE_RANGES == ("low", "mid", "high")


# --- a routine step as text ------------------------------------------------------------


@pytest.mark.parametrize(
    "step",
    [
        SERUM,
        RoutineStep("Crema de día"),
        RoutineStep("", "La Roche-Posay"),
        RoutineStep("Agua micelar", frequency=Frequency.OCCASIONALLY),
        RoutineStep("Protector 50+", "Isdin", since="2024-06"),
        RoutineStep('Jabón "natural" \\ casero', "Marca ‘x’ 漢字"),
    ],
)
def test_a_routine_step_survives_the_trip_as_text(step: RoutineStep) -> None:
    assert RoutineStep.from_text(step.to_text()) == step


def test_a_routine_step_text_is_canonical_json() -> None:
    text = SERUM.to_text()
    assert json.loads(text) == {
        "brand": "Aurélie",
        "frequency": "twice_daily",
        "product_id": str(PRODUCT_ID),
        "product_name": "Sérum Hidratante",
        "since": "2025-03",
    }
    assert text == json.dumps(
        json.loads(text), sort_keys=True, separators=(",", ":"), ensure_ascii=False
    )
    assert "é" in text  # kept as typed, not escaped


def test_a_routine_step_from_older_text_takes_the_defaults() -> None:
    assert RoutineStep.from_text('{"product_name": "Tónico"}') == RoutineStep("Tónico")


names = st.text(st.characters(blacklist_categories=("Cs", "Cc")), max_size=MAX_PRODUCT_NAME).map(
    str.strip
)
brands = st.text(st.characters(blacklist_categories=("Cs", "Cc")), max_size=MAX_BRAND).map(
    str.strip
)
steps = st.builds(
    RoutineStep,
    product_name=names,
    brand=brands,
    product_id=st.one_of(st.none(), st.uuids()),
    frequency=st.one_of(st.none(), st.sampled_from(Frequency)),
    since=st.one_of(
        st.none(),
        st.builds("{:04d}-{:02d}".format, st.integers(1900, 2026), st.integers(1, 12)),
    ),
).filter(lambda s: bool(s.product_name or s.brand))


@settings(max_examples=80)
@given(steps)
def test_any_routine_step_round_trips_and_is_stored_as_sent(step: RoutineStep) -> None:
    assert RoutineStep.from_text(step.to_text()) == step
    stored = normalise_habit("step.serum", step.to_text())
    assert stored == step.to_text()
    assert normalise_habit("step.serum", stored) == stored  # normalising twice changes nothing


# --- 'since' months ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "month"),
    [
        ("2025-03", "2025-03"),
        (" 2025-03 ", "2025-03"),
        ("1900-01", "1900-01"),
        ("2026-03", "2026-03"),  # this month
        ("2026-02", "2026-02"),
        (None, None),
        ("", None),
        ("   ", None),
    ],
)
def test_a_since_month_is_a_real_month_not_ahead_of_today(
    text: str | None, month: str | None
) -> None:
    assert check_since(text, TODAY) == month


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("2026-04", "ahead of today"),  # next month
        ("2027-01", "ahead of today"),
        ("2025-13", "not a real month"),
        ("2025-00", "not a real month"),
        ("1899-12", "not a real month"),
        ("2025-3", "YYYY-MM"),
        ("03-2025", "YYYY-MM"),
        ("2025/03", "YYYY-MM"),
        ("2025-03-01", "YYYY-MM"),
        ("marzo 2025", "YYYY-MM"),
        ("２０２５-03", "YYYY-MM"),
    ],
)
def test_a_since_month_that_is_not_real_or_ahead_is_refused(text: str, problem: str) -> None:
    with pytest.raises(BadHabitValue, match=problem):
        check_since(text, TODAY)


# --- normalising what a counter sends ---------------------------------------------------


@pytest.mark.parametrize("field", ["step.lipstick", "pref.halal", "serum", "", "STEP.SERUM"])
def test_an_unknown_habit_field_is_refused(field: str) -> None:
    with pytest.raises(BadHabitValue, match="unknown habit field"):
        normalise_habit(field, "true")


@pytest.mark.parametrize("field", sorted(HABIT_FIELDS))
@pytest.mark.parametrize("value", [None, "", "  "])
def test_a_blank_value_clears_any_field(field: str, value: str | None) -> None:
    assert normalise_habit(field, value) is None


def test_a_step_is_stored_trimmed_and_canonical() -> None:
    sent = json.dumps(
        {"since": "2025-03", "product_name": "  Sérum  ", "brand": " Aurélie ", "extra": 1}
    )
    stored = normalise_habit("step.serum", sent)
    assert stored == RoutineStep("Sérum", "Aurélie", since="2025-03").to_text()


@pytest.mark.parametrize(
    "step", [RoutineStep("Crema sin marca"), RoutineStep("", "Nivea"), RoutineStep("x", "y")]
)
def test_a_step_names_a_product_or_a_brand_or_both(step: RoutineStep) -> None:
    assert normalise_habit("step.moisturiser", step.to_text()) == step.to_text()


def test_names_at_their_limits_are_accepted() -> None:
    step = RoutineStep("n" * MAX_PRODUCT_NAME, "b" * MAX_BRAND)
    assert normalise_habit("step.body", step.to_text()) == step.to_text()


@pytest.mark.parametrize(
    ("value", "problem"),
    [
        ("not json", "step.serum"),
        ("{", "step.serum"),
        ("[]", "step.serum"),
        ('"Sérum"', "step.serum"),
        ("42", "step.serum"),
        ("null", "step.serum"),
        ("{}", "product_name"),
        (step_text(brand="Nivea"), "product_name"),
        (step_text(product_name="", brand=""), "names no product or brand"),
        (step_text(product_name="   ", brand="  "), "names no product or brand"),
        (step_text(product_name="x" * (MAX_PRODUCT_NAME + 1)), "too long"),
        (step_text(product_name="x", brand="b" * (MAX_BRAND + 1)), "too long"),
        (step_text(product_name="Sérum\nHidratante"), "control characters"),
        (step_text(product_name="Sérum\x00"), "control characters"),
        (step_text(product_name="Sérum", brand="A\tB"), "control characters"),
        (step_text(product_name="Sérum", brand="\x1b[31m"), "control characters"),
        (step_text(product_name="Sérum", product_id="not-a-uuid"), "step.serum"),
        (step_text(product_name="Sérum", product_id=5), "step.serum"),
        (step_text(product_name="Sérum", frequency="hourly"), "hourly"),
        (step_text(product_name="Sérum", frequency=["daily"]), "step.serum"),
        (step_text(product_name="Sérum", since="2025-3"), "YYYY-MM"),
        (step_text(product_name="Sérum", since="2025"), "YYYY-MM"),
        (step_text(product_name="Sérum", since=""), "YYYY-MM"),
        (step_text(product_name="Sérum", since="2025-13"), "not a real month"),
        (step_text(product_name="Sérum", since="1850-01"), "not a real month"),
        (step_text(product_name="Sérum", since=202503), "YYYY-MM"),
        (step_text(product_name=5), "text"),
        (step_text(product_name=["Sérum"]), "text"),
        (step_text(product_name="Sérum", brand=None), "text"),
        (step_text(product_name="Sérum", brand=7), "text"),
    ],
)
def test_a_step_that_no_counter_sends_is_refused_with_the_problem(value: str, problem: str) -> None:
    with pytest.raises(BadHabitValue, match=problem):
        normalise_habit("step.serum", value)


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner),
    max_leaves=6,
)
step_like = st.dictionaries(
    st.sampled_from(["product_name", "brand", "product_id", "frequency", "since", "x"]),
    json_values | st.sampled_from(["2025-03", "daily", str(PRODUCT_ID), "Sérum"]),
).map(json.dumps)


@settings(max_examples=150)
@given(st.one_of(step_like, st.text(max_size=40)), st.sampled_from(sorted(HABIT_FIELDS)))
def test_any_value_is_stored_or_refused_never_crashes(value: str, field: str) -> None:
    try:
        stored = normalise_habit(field, value)
    except BadHabitValue:
        return
    assert stored is None or normalise_habit(field, stored) == stored
    if stored is not None and field.startswith("step."):
        RoutineStep.from_text(stored)


@pytest.mark.parametrize("value", PRICE_RANGES)
def test_a_price_range_is_one_of_the_bands(value: str) -> None:
    assert normalise_habit("pref.price_range", value) == value


@pytest.mark.parametrize("value", ["cheap", "Mid", " mid", "medium", "true", "20-50"])
def test_another_price_range_is_refused(value: str) -> None:
    with pytest.raises(BadHabitValue, match="price range"):
        normalise_habit("pref.price_range", value)


@pytest.mark.parametrize("preference", BOOLEAN_PREFERENCES)
@pytest.mark.parametrize("value", ["true", "false"])
def test_a_wish_is_true_or_false(preference: Preference, value: str) -> None:
    assert normalise_habit(f"pref.{preference}", value) == value


@pytest.mark.parametrize("preference", BOOLEAN_PREFERENCES)
@pytest.mark.parametrize("value", ["True", "FALSE", "1", "0", "yes", "sí", " true", "mid"])
def test_a_wish_is_nothing_but_true_or_false(preference: Preference, value: str) -> None:
    with pytest.raises(BadHabitValue, match="'true' or 'false'"):
        normalise_habit(f"pref.{preference}", value)


# --- habits as the rules read them ----------------------------------------------------


def test_no_fields_is_no_habits() -> None:
    assert Habits.from_fields({}) == NO_HABITS
    assert (
        NO_HABITS.routine == {} and not NO_HABITS.fragrance_free and NO_HABITS.price_range is None
    )


def test_habits_are_read_from_their_stored_fields() -> None:
    habits = Habits.from_fields(
        {
            "step.serum": SERUM.to_text(),
            "step.cleansing": RoutineStep("Gel limpiador").to_text(),
            "step.toner": None,  # cleared
            "step.hair": "",
            "pref.fragrance_free": "true",
            "pref.vegan": "false",
            "pref.sensitive_skin": None,
            "pref.price_range": "mid",
        }
    )
    assert habits.routine == {Step.SERUM: SERUM, Step.CLEANSING: RoutineStep("Gel limpiador")}
    assert habits.fragrance_free is True
    assert habits.vegan is False
    assert habits.sensitive_skin is False
    assert habits.price_range == "mid"


@pytest.mark.parametrize("preference", BOOLEAN_PREFERENCES)
def test_each_wish_is_read_on_its_own(preference: Preference) -> None:
    habits = Habits.from_fields({f"pref.{preference}": "true"})
    held = {p: getattr(habits, str(p)) for p in BOOLEAN_PREFERENCES}
    assert held == {p: p == preference for p in BOOLEAN_PREFERENCES}


def test_the_routine_is_keyed_by_step_and_found_by_its_name() -> None:
    habits = Habits.from_fields({"step.sun_protection": RoutineStep("SPF 50").to_text()})
    assert Step.SUN_PROTECTION in habits.routine
    assert "sun_protection" in habits.routine  # the guide's rules name steps as text


# --- the patch on the wire ------------------------------------------------------------


def patch(fields: dict[str, str | None]) -> HabitsPatchPayload:
    return HabitsPatchPayload.model_validate({"customer_id": CUSTOMER_ID, "fields": fields})


def test_a_patch_carries_some_fields_and_clears_with_none() -> None:
    sent = patch({"step.serum": SERUM.to_text(), "pref.vegan": "true", "step.toner": None})
    received = decode_payload(
        Entity.HABITS, 1, json.loads(sent.model_dump_json()), op=Operation.UPDATE
    )
    assert received == sent


def test_a_patch_may_carry_every_field() -> None:
    assert len(patch(dict.fromkeys(HABIT_FIELDS, "true")).fields) == len(HABIT_FIELDS)


@pytest.mark.parametrize(
    "fields",
    [
        {},
        {"step.lipstick": "x"},
        {"pref.halal": "true"},
        {"vegan": "true"},
        {"pref.vegan": "true", "pref.gluten_free": "true"},
        {"pref.vegan": True},
        {"step.serum": "x" * 601},
    ],
)
def test_a_patch_with_no_field_an_unknown_one_or_a_long_value_is_rejected(
    fields: dict[str, object],
) -> None:
    with pytest.raises(ValidationError):
        patch(fields)  # type: ignore[arg-type]


def test_a_patch_value_of_600_characters_is_accepted() -> None:
    assert patch({"step.serum": "x" * 600}).fields["step.serum"] == "x" * 600


def test_the_longest_real_step_fits_in_a_patch() -> None:
    step = RoutineStep(
        "é" * MAX_PRODUCT_NAME, "ñ" * MAX_BRAND, PRODUCT_ID, Frequency.SEVERAL_WEEKLY, "2025-03"
    )
    stored = normalise_habit("step.serum", step.to_text())
    assert stored is not None
    patch({"step.serum": stored})


def test_a_patch_leaves_value_checks_to_normalise_habit() -> None:
    # The payload checks field names and sizes; the server normalises each value.
    received = patch({"pref.vegan": "maybe"})
    with pytest.raises(BadHabitValue):
        normalise_habit("pref.vegan", received.fields["pref.vegan"])


def test_a_patch_needs_a_customer_and_nothing_more() -> None:
    with pytest.raises(ValidationError):
        HabitsPatchPayload.model_validate({"fields": {"pref.vegan": "true"}})
    with pytest.raises(ValidationError):
        HabitsPatchPayload.model_validate(
            {"customer_id": str(CUSTOMER_ID), "fields": {"pref.vegan": "true"}, "x": 1}
        )
    assert patch({"pref.vegan": "true"}).customer_id == CUSTOMER_ID
    assert isinstance(patch({"pref.vegan": "true"}).customer_id, uuid.UUID)
