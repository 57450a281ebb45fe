"""Skin diagnostics: the consent gate, levels as typed or read, choices and corrections."""

from __future__ import annotations

import itertools
import json
import random
import uuid
from datetime import UTC, datetime, timedelta, timezone

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

from loyalty_core.consent import PURPOSES, ConsentStatement, Purpose, current_state
from loyalty_core.errors import UserFacingError
from loyalty_core.hlc import Hlc
from loyalty_core.ids import uuid7
from loyalty_core.skin import (
    LEVELS,
    MAX_APPOINTMENT_AHEAD,
    MAX_NOTES,
    MAX_RECOMMENDED,
    PHOTOTYPES,
    AppointmentInPast,
    AppointmentTooFar,
    Concern,
    FaceArea,
    LevelChange,
    LevelNotANumber,
    LevelOutOfRange,
    NotesTooLong,
    Reading,
    Sensitivity,
    SkinConsentMissing,
    SkinType,
    SkinTypeRequired,
    TooManyProducts,
    check_appointment,
    check_choices,
    check_level,
    check_notes,
    compare_levels,
    in_force,
    may_record,
    parse_level,
    parse_reading,
    require_consent,
)
from loyalty_core.wire import (
    DiagnosticPayload,
    Entity,
    RecommendedProduct,
    decode_payload,
    encode_payload,
)

NOW = datetime(2026, 3, 10, 11, 0, tzinfo=UTC)


def ids(n: int) -> list[uuid.UUID]:
    return [uuid7(1_773_140_400_000 + i, bytes([i + 1]) * 10) for i in range(n)]


DIAGNOSTIC_ID, CORRECTION_ID, CUSTOMER_ID, STAFF_ID, PRODUCT_ID = ids(5)


# --- the consent gate ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("consents", "allowed"),
    [
        (None, False),  # no consent record yet
        ({}, False),
        ({Purpose.CLUB: True}, False),  # the club is not the skin-data purpose
        ({Purpose.SKIN_DATA: True}, False),  # not a member: nothing of theirs is processed
        ({Purpose.CLUB: False, Purpose.SKIN_DATA: True}, False),  # left the club
        ({Purpose.CLUB: True, Purpose.SKIN_DATA: False}, False),  # withdrawn
        ({"club": True, "skin_data": "true"}, False),  # only a real yes counts
        ({"club": True, "skin_data": 1}, False),
        ({Purpose.CLUB: True, Purpose.SKIN_DATA: True}, True),
        ({"club": True, "skin_data": True}, True),
        ({p: True for p in PURPOSES}, True),
        ({**{p: True for p in PURPOSES}, Purpose.SKIN_DATA: False}, False),
        ({**{p: True for p in PURPOSES}, Purpose.CLUB: False}, False),
    ],
)
def test_skin_data_is_recorded_only_for_a_member_with_its_own_consent_given(
    consents: dict[str, object] | None, allowed: bool
) -> None:
    assert may_record(consents) is allowed  # type: ignore[arg-type]
    if allowed:
        require_consent(consents)  # type: ignore[arg-type]
    else:
        with pytest.raises(SkinConsentMissing) as caught:
            require_consent(consents)  # type: ignore[arg-type]
        assert caught.value.code == "skin_consent_missing"
        assert isinstance(caught.value, UserFacingError)


def stamp(ms: int, device: str = "D01") -> str:
    return Hlc(ms, 0, device).encode()


def test_withdrawn_skin_consent_blocks_recording() -> None:
    enrolment = ConsentStatement(stamp(1000), {p: True for p in PURPOSES})
    assert may_record(current_state([enrolment]))
    withdrawal = ConsentStatement(stamp(2000, "D02"), {Purpose.SKIN_DATA: False})
    state = current_state([withdrawal, enrolment])
    assert not may_record(state)
    with pytest.raises(SkinConsentMissing):
        require_consent(state)
    assert state[Purpose.CLUB] is True  # the customer is still a member


def test_leaving_the_club_blocks_recording_even_with_skin_consent_standing() -> None:
    enrolment = ConsentStatement(stamp(1000), {p: True for p in PURPOSES})
    leaving = ConsentStatement(stamp(2000), {Purpose.CLUB: False})
    assert not may_record(current_state([enrolment, leaving]))


def test_consent_given_again_after_a_withdrawal_allows_recording_again() -> None:
    statements = [
        ConsentStatement(stamp(1000), {p: True for p in PURPOSES}),
        ConsentStatement(stamp(2000), {Purpose.SKIN_DATA: False}),
        ConsentStatement(stamp(3000), {Purpose.SKIN_DATA: True}),
    ]
    assert may_record(current_state(statements))


# --- levels typed by the advisor -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("45", 45),
        (" 45 ", 45),
        ("45,0", 45),
        ("45.0", 45),
        ("45.4", 45),
        ("45,5", 46),  # half rounds up, with a decimal comma as typed in Spain
        ("45.5", 46),
        ("45,49", 45),
        ("0", 0),
        ("0,0", 0),
        ("0.4", 0),
        ("100", 100),
        ("100,0", 100),
        ("99.6", 100),
        ("45%", 45),
        ("45 %", 45),
        ("100 %", 100),
    ],
)
def test_a_typed_level_is_read_as_a_whole_number(text: str, level: int) -> None:
    assert parse_level("hydration", text) == level


@pytest.mark.parametrize("text", ["", " ", "\t", "  %  "])
def test_a_blank_level_means_not_measured(text: str) -> None:
    assert parse_level("hydration", text) is None


@pytest.mark.parametrize(
    "text", ["101", "-1", "100.5", "100,1", "-0.1", "-0,5", "1000", "1e3", "nan", "NaN", "inf"]
)
def test_a_level_outside_0_to_100_is_refused_never_clamped(text: str) -> None:
    with pytest.raises(LevelOutOfRange) as caught:
        parse_level("oiliness", text)
    assert caught.value.code == "level_out_of_range"
    assert caught.value.params == {"level": "oiliness", "value": text.strip()}
    assert "0–100" in caught.value.message


@pytest.mark.parametrize("text", ["abc", "cuarenta", "45 50", "4,5,6", "4.5.6", "--1", "45ml"])
def test_a_level_that_is_not_a_number_is_refused(text: str) -> None:
    with pytest.raises(LevelNotANumber) as caught:
        parse_level("hydration", text)
    assert caught.value.code == "level_not_a_number"
    assert caught.value.params == {"level": "hydration"}
    assert repr(text) in caught.value.message


@settings(max_examples=100)
@given(st.decimals(min_value=0, max_value=100, places=2))
def test_any_level_within_range_is_accepted_and_rounded_to_the_nearest(value: object) -> None:
    text = str(value).replace(".", ",")
    level = parse_level("hydration", text)
    assert level is not None and 0 <= level <= 100
    assert abs(level - float(str(value))) <= 0.5


@pytest.mark.parametrize("value", [None, 0, 1, 50, 99, 100])
def test_check_level_accepts_0_to_100_and_unmeasured(value: int | None) -> None:
    check_level("hydration", value)


@pytest.mark.parametrize("value", [-1, 101, -100, 1000])
def test_check_level_refuses_values_outside_0_to_100(value: int) -> None:
    with pytest.raises(LevelOutOfRange) as caught:
        check_level("oiliness", value)
    assert caught.value.params == {"level": "oiliness", "value": str(value)}


def test_the_levels_are_hydration_and_oiliness() -> None:
    assert LEVELS == ("hydration", "oiliness")


# --- readings from a skin analyser ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "reading"),
    [
        ("HYD=45.2;OIL=30", Reading(45, 30)),
        ("HYD=45,2;OIL=30", Reading(45, 30)),  # a Spanish analyser's decimal comma
        ("H:45 O:30", Reading(45, 30)),
        ("h=45 o=30", Reading(45, 30)),
        ("H:45,O:30", Reading(45, 30)),
        ("H=45, O=30", Reading(45, 30)),
        ("H=45,5,O=30,5", Reading(46, 31)),
        ("HYD=45.2;OIL=30;", Reading(45, 30)),
        ("  hydration=61   oiliness=12  ", Reading(61, 12)),
        ("Hidratacion=50;Grasa=20", Reading(50, 20)),
        ("moisture=70;sebum=15", Reading(70, 15)),
        ("OIL=30;HYD=45", Reading(45, 30)),  # any order
        ("HYD=45", Reading(45, None)),
        ("OIL=30", Reading(None, 30)),
        ("H=0;O=100", Reading(0, 100)),
        ("H=45%;O=30%", Reading(45, 30)),
    ],
)
def test_an_analyser_reading_is_read_in_the_usual_formats(text: str, reading: Reading) -> None:
    assert parse_reading(text) == reading


@pytest.mark.parametrize(
    ("text", "error", "level"),
    [
        ("", LevelNotANumber, ""),
        ("   ", LevelNotANumber, ""),
        (";;", LevelNotANumber, ""),
        ("TEMP=30", LevelNotANumber, "TEMP"),
        ("HYD=45;TEMP=30", LevelNotANumber, "TEMP"),  # an unknown key refuses the whole reading
        ("HYD=45;OIL=130", LevelOutOfRange, "oiliness"),  # so does one value out of range
        ("HYD=-1;OIL=30", LevelOutOfRange, "hydration"),
        ("HYD=101", LevelOutOfRange, "hydration"),
        ("HYD=abc;OIL=30", LevelNotANumber, "hydration"),
        ("45", LevelNotANumber, "45"),  # a value without its key
        ("HYD 45", LevelNotANumber, "HYD"),
        ("HYD=45 30", LevelNotANumber, "30"),
    ],
)
def test_a_reading_with_one_bad_part_is_refused_whole(
    text: str, error: type[UserFacingError], level: str
) -> None:
    with pytest.raises(error) as caught:
        parse_reading(text)
    assert caught.value.params["level"] == level


@settings(max_examples=60)
@given(
    st.integers(0, 100),
    st.integers(0, 100),
    st.sampled_from(["HYD={h};OIL={o}", "H:{h} O:{o}", "oil={o},hyd={h}", "Grasa={o}; H={h}"]),
)
def test_any_reading_in_range_comes_back_as_sent(h: int, o: int, template: str) -> None:
    assert parse_reading(template.format(h=h, o=o)) == Reading(h, o)


# --- notes, appointments and choices -------------------------------------------------


def test_notes_up_to_a_page_are_accepted() -> None:
    check_notes("")
    check_notes("x" * MAX_NOTES)


@pytest.mark.parametrize("length", [MAX_NOTES + 1, 10_000])
def test_longer_notes_are_refused_with_their_length_never_cut(length: int) -> None:
    with pytest.raises(NotesTooLong) as caught:
        check_notes("é" * length)
    assert caught.value.code == "notes_too_long"
    assert caught.value.params == {"length": length, "limit": MAX_NOTES}
    assert str(length) in caught.value.message


def test_no_appointment_is_fine() -> None:
    check_appointment(None, NOW)


@pytest.mark.parametrize(
    "ahead",
    [timedelta(seconds=1), timedelta(days=1), timedelta(days=365), MAX_APPOINTMENT_AHEAD],
)
def test_an_appointment_ahead_within_a_year_is_accepted(ahead: timedelta) -> None:
    check_appointment(NOW + ahead, NOW)


@pytest.mark.parametrize("before", [timedelta(0), timedelta(seconds=1), timedelta(days=30)])
def test_an_appointment_now_or_in_the_past_is_refused(before: timedelta) -> None:
    with pytest.raises(AppointmentInPast) as caught:
        check_appointment(NOW - before, NOW)
    assert caught.value.code == "appointment_in_past"


@pytest.mark.parametrize(
    "ahead",
    [MAX_APPOINTMENT_AHEAD + timedelta(seconds=1), timedelta(days=367), timedelta(days=800)],
)
def test_an_appointment_over_a_year_ahead_is_refused(ahead: timedelta) -> None:
    with pytest.raises(AppointmentTooFar) as caught:
        check_appointment(NOW + ahead, NOW)
    assert caught.value.code == "appointment_too_far"


def choices(**changes: object) -> dict[str, object]:
    data: dict[str, object] = dict(
        skin_type="dry",
        sensitivity=None,
        phototype=None,
        concerns=[],
        areas=[],
        recommended=[],
    )
    data.update(changes)
    return data


@pytest.mark.parametrize("skin_type", list(SkinType))
@pytest.mark.parametrize("sensitivity", [None, *Sensitivity])
def test_every_known_skin_type_and_sensitivity_is_accepted(
    skin_type: SkinType, sensitivity: Sensitivity | None
) -> None:
    check_choices(**choices(skin_type=skin_type, sensitivity=sensitivity))  # type: ignore[arg-type]


def test_every_known_concern_area_and_phototype_is_accepted() -> None:
    for phototype in PHOTOTYPES:
        check_choices(
            **choices(  # type: ignore[arg-type]
                phototype=phototype,
                concerns=list(Concern),
                areas=list(FaceArea),
                recommended=[object()] * MAX_RECOMMENDED,
            )
        )


def test_a_diagnostic_without_a_skin_type_is_refused() -> None:
    with pytest.raises(SkinTypeRequired) as caught:
        check_choices(**choices(skin_type=None))  # type: ignore[arg-type]
    assert caught.value.code == "skin_type_required"


@pytest.mark.parametrize(
    "changes",
    [
        {"skin_type": "shiny"},
        {"skin_type": ""},
        {"sensitivity": "extreme"},
        {"phototype": 0},
        {"phototype": 7},
        {"phototype": -1},
        {"concerns": ["acne", "freckles"]},
        {"areas": ["knees"]},
    ],
)
def test_unknown_choices_are_refused(changes: dict[str, object]) -> None:
    with pytest.raises(ValueError):
        check_choices(**choices(**changes))  # type: ignore[arg-type]


def test_more_than_twelve_recommended_products_are_refused() -> None:
    with pytest.raises(TooManyProducts) as caught:
        check_choices(**choices(recommended=list(range(MAX_RECOMMENDED + 1))))  # type: ignore[arg-type]
    assert caught.value.params == {"count": MAX_RECOMMENDED + 1, "limit": MAX_RECOMMENDED}


# --- comparing visits -----------------------------------------------------------------


def test_levels_are_compared_with_the_previous_visit() -> None:
    changes = compare_levels({"hydration": 52, "oiliness": 30}, {"hydration": 38, "oiliness": 41})
    assert changes == [LevelChange("hydration", 52, 38), LevelChange("oiliness", 30, 41)]
    assert [c.delta for c in changes] == [14, -11]


def test_a_first_visit_has_nothing_to_compare_with() -> None:
    changes = compare_levels({"hydration": 52, "oiliness": None}, None)
    assert changes == [LevelChange("hydration", 52, None), LevelChange("oiliness", None, None)]
    assert [c.delta for c in changes] == [None, None]


def test_a_level_unmeasured_at_either_visit_has_no_change() -> None:
    changes = compare_levels({"hydration": None, "oiliness": 30}, {"hydration": 40})
    assert [c.delta for c in changes] == [None, None]
    assert compare_levels({}, {})[0] == LevelChange("hydration", None, None)


def test_an_unchanged_level_has_a_zero_change() -> None:
    assert compare_levels({"hydration": 0}, {"hydration": 0})[0].delta == 0


# --- corrections ----------------------------------------------------------------------


def test_a_diagnostic_without_corrections_is_in_force() -> None:
    assert in_force([("a", None)]) == ["a"]
    assert in_force([]) == []


def test_a_correction_replaces_the_diagnostic_it_names() -> None:
    assert in_force([("a", None), ("b", "a")]) == ["b"]


def test_diagnostics_of_different_visits_stay_in_force_together() -> None:
    assert in_force([("a", None), ("b", None), ("c", "a")]) == ["b", "c"]


@pytest.mark.parametrize(
    "order", list(itertools.permutations([("a", None), ("b", "a"), ("c", "b"), ("d", "c")]))
)
def test_a_chain_of_corrections_leaves_only_the_last_in_any_order(
    order: tuple[tuple[str, str | None], ...],
) -> None:
    assert in_force(list(order)) == ["d"]


def test_a_correction_that_arrives_before_the_diagnostic_it_names_still_replaces_it() -> None:
    assert in_force([("b", "a")]) == ["b"]
    assert in_force([("b", "a"), ("a", None)]) == ["b"]


def test_two_corrections_of_the_same_diagnostic_are_both_in_force() -> None:
    assert sorted(in_force([("a", None), ("b", "a"), ("c", "a")])) == ["b", "c"]


@st.composite
def histories(draw: st.DrawFn) -> list[tuple[str, str | None]]:
    """Diagnostics where each one corrects an earlier one or none."""
    count = draw(st.integers(0, 12))
    records: list[tuple[str, str | None]] = []
    for i in range(count):
        target = draw(st.one_of(st.none(), st.integers(0, i - 1))) if i else None
        records.append((f"d{i}", None if target is None else f"d{target}"))
    return records


@settings(max_examples=80)
@given(histories(), st.randoms())
def test_what_is_in_force_is_what_nothing_corrects_whatever_the_order(
    records: list[tuple[str, str | None]], rng: random.Random
) -> None:
    corrected = {target for _, target in records if target}
    expected = {i for i, _ in records if i not in corrected}
    shuffled = list(records)
    rng.shuffle(shuffled)
    assert set(in_force(records)) == expected
    assert set(in_force(shuffled)) == expected
    if records:
        assert expected  # a history always keeps at least one diagnostic in force


def test_error_codes_are_stable() -> None:
    codes = {
        SkinConsentMissing: "skin_consent_missing",
        LevelOutOfRange: "level_out_of_range",
        LevelNotANumber: "level_not_a_number",
        NotesTooLong: "notes_too_long",
        AppointmentInPast: "appointment_in_past",
        AppointmentTooFar: "appointment_too_far",
        SkinTypeRequired: "skin_type_required",
        TooManyProducts: "too_many_products",
    }
    for error, code in codes.items():
        assert error.code == code
        assert issubclass(error, UserFacingError)


# --- the diagnostic on the wire -------------------------------------------------------


def diagnostic(**changes: object) -> DiagnosticPayload:
    data: dict[str, object] = dict(
        diagnostic_id=DIAGNOSTIC_ID,
        customer_id=CUSTOMER_ID,
        skin_type="combination",
        sensitivity="high",
        hydration=38,
        hydration_source="device",
        oiliness=66,
        oiliness_source="typed",
        phototype=2,
        concerns=["dehydration", "pores"],
        areas=["nose", "chin"],
        notes="Tirantez tras la limpieza.",
        recommended=[
            RecommendedProduct(
                product_id=PRODUCT_ID, code="8412345000013", name="Sérum 50 ml", price_cents=3495
            )
        ],
        next_appointment=NOW + timedelta(days=28),
        store_code="S001",
        device_code="D01",
        staff_id=STAFF_ID,
        staff_name="Marta",
        recorded_at=NOW,
    )
    data.update(changes)
    return DiagnosticPayload.model_validate(data)


def test_a_diagnostic_survives_the_trip_and_hashes_the_same() -> None:
    sent = diagnostic()
    text, digest = encode_payload(sent)
    received = decode_payload(Entity.DIAGNOSTIC, 1, json.loads(text))
    assert received == sent
    assert encode_payload(received) == (text, digest)


def test_a_correction_names_the_diagnostic_it_supersedes() -> None:
    correction = diagnostic(diagnostic_id=CORRECTION_ID, supersedes=DIAGNOSTIC_ID)
    assert correction.supersedes == DIAGNOSTIC_ID


@pytest.mark.parametrize("level", [0, 100, None])
@pytest.mark.parametrize("name", LEVELS)
def test_a_diagnostic_holds_levels_from_0_to_100_or_none(name: str, level: int | None) -> None:
    assert getattr(diagnostic(**{name: level}), name) == level


@pytest.mark.parametrize("level", [-1, 101, 1000, 45.5, "abc"])
@pytest.mark.parametrize("name", LEVELS)
def test_a_diagnostic_with_a_level_outside_0_to_100_is_rejected(name: str, level: object) -> None:
    with pytest.raises(ValidationError):
        diagnostic(**{name: level})


def test_a_diagnostic_with_notes_of_a_page_is_accepted_and_longer_ones_rejected() -> None:
    assert len(diagnostic(notes="x" * MAX_NOTES).notes) == MAX_NOTES
    for length in (MAX_NOTES + 1, 10_000):
        with pytest.raises(ValidationError):
            diagnostic(notes="x" * length)


@pytest.mark.parametrize(
    "changes",
    [
        {"skin_type": None},
        {"skin_type": "shiny"},
        {"sensitivity": "extreme"},
        {"phototype": 0},
        {"phototype": 7},
        {"concerns": ["freckles"]},
        {"areas": ["knees"]},
        {"hydration_source": "guess"},
        {
            "recommended": [
                {"product_id": str(PRODUCT_ID), "code": "1", "name": "X", "price_cents": 1}
            ]
            * (MAX_RECOMMENDED + 1)
        },
        {"next_appointment": datetime(2026, 4, 1, 10, 0)},  # naive: whose ten o'clock?
        {"recorded_at": 1_773_140_400},  # a number is not a time on the wire
        {"store_code": "S" * 17},
        {"blood_type": "A+"},  # unknown fields are refused, not dropped
    ],
)
def test_a_diagnostic_with_an_invalid_field_is_rejected(changes: dict[str, object]) -> None:
    with pytest.raises(ValidationError):
        diagnostic(**changes)


def test_a_diagnostic_needs_only_a_skin_type_beyond_who_where_and_when() -> None:
    minimal = DiagnosticPayload.model_validate(
        dict(
            diagnostic_id=DIAGNOSTIC_ID,
            customer_id=CUSTOMER_ID,
            skin_type="normal",
            store_code="S001",
            device_code="D01",
            staff_id=STAFF_ID,
            staff_name="Marta",
            recorded_at=NOW,
        )
    )
    assert minimal.hydration is None and minimal.concerns == [] and minimal.notes == ""


def test_a_diagnostic_time_is_carried_in_utc() -> None:
    madrid = datetime(2026, 3, 10, 12, 0, tzinfo=timezone(timedelta(hours=1)))
    assert diagnostic(recorded_at=madrid).recorded_at.tzinfo == UTC
