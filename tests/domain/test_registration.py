"""Registering a customer: every field says what is wrong with it, in a code the UI words."""

from __future__ import annotations

from datetime import date

import pytest

from loyalty_core.errors import UserFacingError
from loyalty_core.registration import (
    MAX_AGE,
    Registration,
    age_on,
    check_field,
    check_may_consent,
    validate,
)

TODAY = date(2026, 11, 24)
GOOD = {
    "first_name": "María José",
    "last_names": "O'Neill Núñez-Pujol·la",
    "national_id": "",
    "phone": "612 34 56 78",
    "email": "MJ.Oneill@Correo.ES",
    "postal_code": "08001",
    "birth_date": "29/02/1988",
    "language": "ca",
    "gender": "",
}


def problem(field: str, text: str | None) -> UserFacingError:
    with pytest.raises(UserFacingError) as caught:
        check_field(field, text, today=TODAY)
    return caught.value


def test_a_good_form_gives_normalised_values() -> None:
    registration, problems = validate(GOOD, today=TODAY)
    assert problems == {}
    assert registration == Registration(
        first_name="María José",
        last_names="O'Neill Núñez-Pujol·la",
        national_id=None,
        phone="+34612345678",
        email="mj.oneill@correo.es",
        postal_code="08001",
        birth_date=date(1988, 2, 29),
        language="ca",
        gender=None,
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [("12345678A", "Z"), ("X1234567A", "L"), ("Y 1234567-A", "X")],
)
def test_a_wrong_dni_or_nie_letter_names_the_right_one(text: str, expected: str) -> None:
    error = problem("national_id", text)
    assert error.code == "invalid_national_id"
    assert error.params["expected"] == expected


@pytest.mark.parametrize(
    "text",
    ["12", "abc", "+34 612", "612 34 56 78 90 12", "000000000", "+999 123456789", "6123456789999"],
)
def test_phones_of_every_broken_shape_are_refused(text: str) -> None:
    assert problem("phone", text).code == "invalid_phone"


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("ana", "at_sign"),
        ("ana@@correo.es", "at_sign"),
        ("@correo.es", "no_local_part"),
        ("ana@correo", "domain"),
        ("ana@.es", "domain"),
        ("ana@correo.", "domain"),
        ("ana maría@correo.es", "spaces"),
        ("ana..maria@correo.es", "double_dot"),
        ("ana@correo..es", "double_dot"),
        ('"ana"@correo.es', "shape"),
        ("ana@-correo.es", "shape"),
        ("ana@[10.0.0.1]", "shape"),
    ],
)
def test_emails_of_every_broken_shape_say_what_is_wrong(text: str, reason: str) -> None:
    error = problem("email", text)
    assert error.code == "invalid_email"
    assert error.params["reason"] == reason


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("31/02/1990", "invalid_birth_date"),
        ("29/02/1990", "invalid_birth_date"),
        ("00/01/1990", "invalid_birth_date"),
        ("1990/01/31", "invalid_birth_date"),
        ("ayer", "invalid_birth_date"),
        ("25/11/2026", "birth_date_in_future"),
        ("01/01/1890", "birth_date_too_old"),
    ],
)
def test_impossible_birth_dates_are_refused(text: str, code: str) -> None:
    assert problem("birth_date", text).code == code


def test_birth_dates_are_read_as_spanish_day_month_year_or_iso() -> None:
    assert check_field("birth_date", "3/4/1990", today=TODAY) == date(1990, 4, 3)
    assert check_field("birth_date", "03.04.1990", today=TODAY) == date(1990, 4, 3)
    assert check_field("birth_date", "1990-04-03", today=TODAY) == date(1990, 4, 3)


@pytest.mark.parametrize(
    "text", ["Ana 😀", "Ana\x00María", "<script>", 'Ana "la rubia"', "12345", "---"]
)
def test_names_hold_letters_spaces_hyphens_apostrophes_and_dots_only(text: str) -> None:
    assert problem("first_name", text).code == "invalid_name"


def test_names_with_apostrophes_accents_and_middle_dots_are_welcome() -> None:
    for name in ("D'Alòs", "O’Brien", "Pujol·la", "Núñez", "Jean-Luc", "Mª. Ángeles", "Zoë"):
        assert check_field("last_names", name, today=TODAY) == name


def test_a_name_of_ten_thousand_characters_is_too_long_and_says_the_limit() -> None:
    error = problem("first_name", "a" * 10_000)
    assert error.code == "too_long"
    assert error.params == {"field": "first_name", "limit": 80, "length": 10_000}


@pytest.mark.parametrize("text", ["123", "280011", "99001", "00001", "53000", "28 001", "ABCDE"])
def test_postal_codes_are_spanish(text: str) -> None:
    assert problem("postal_code", text).code == "invalid_postal_code"


def test_required_fields_and_a_way_to_reach_the_customer() -> None:
    _, problems = validate({"language": "es"}, today=TODAY)
    assert {f for f, p in problems.items() if p.code == "missing_field"} == {
        "first_name",
        "last_names",
        "postal_code",
        "birth_date",
    }
    _, problems = validate({**GOOD, "phone": "", "email": ""}, today=TODAY)
    assert problems["phone"].code == "contact_required"
    registration, _ = validate({**GOOD, "phone": ""}, today=TODAY)
    assert registration is not None and registration.phone is None


def test_languages_and_genders_come_from_their_lists() -> None:
    assert problem("language", "fr").code == "invalid_choice"
    assert problem("gender", "x").code == "invalid_choice"
    assert check_field("gender", "non_binary", today=TODAY) == "non_binary"


def test_under_fourteen_a_parent_must_consent() -> None:
    with pytest.raises(UserFacingError) as caught:
        check_may_consent(date(2012, 11, 25), today=TODAY)
    assert caught.value.code == "too_young_to_consent"
    check_may_consent(date(2012, 11, 24), today=TODAY)  # fourteen today


def test_age_counts_whole_years_and_leap_days() -> None:
    assert age_on(date(2000, 2, 29), date(2026, 2, 28)) == 25
    assert age_on(date(2000, 2, 29), date(2026, 3, 1)) == 26
    assert age_on(TODAY.replace(year=TODAY.year - MAX_AGE), TODAY) == MAX_AGE
