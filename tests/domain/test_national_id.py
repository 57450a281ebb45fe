"""Spanish DNI and NIE numbers: check letters, spellings, refusals."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from loyalty_core.errors import InvalidNationalId
from loyalty_core.national_id import (
    LETTERS,
    check_letter,
    looks_like_national_id,
    make_dni,
    make_nie,
    normalise_national_id,
)


@pytest.mark.parametrize(
    ("typed", "normalised"),
    [
        ("12345678Z", "12345678Z"),
        ("12345678z", "12345678Z"),  # lower case
        ("12.345.678-Z", "12345678Z"),  # dots and dash
        (" 12 345 678 Z ", "12345678Z"),  # spaces
        ("1234567L", "01234567L"),  # an old DNI written without its leading zero
        ("00000000T", "00000000T"),
        ("X1234567L", "X1234567L"),  # NIE X -> 0
        ("x-1234567-l", "X1234567L"),
        ("Y1234567X", "Y1234567X"),  # NIE Y -> 1
        ("Z1234567R", "Z1234567R"),  # NIE Z -> 2
    ],
)
def test_valid_numbers_are_normalised(typed: str, normalised: str) -> None:
    assert looks_like_national_id(typed)
    assert normalise_national_id(typed) == normalised


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("12345678A", "Z"),
        ("12345678T", "Z"),
        ("X1234567A", "L"),
        ("Y1234567L", "X"),  # the letter of the X number is wrong for Y
        ("Z1234567X", "R"),
    ],
)
def test_a_wrong_letter_is_refused_with_the_right_one(typed: str, expected: str) -> None:
    assert looks_like_national_id(typed)  # it has the shape, so it is checked
    with pytest.raises(InvalidNationalId) as err:
        normalise_national_id(typed)
    assert err.value.params["expected"] == expected


@pytest.mark.parametrize(
    "typed",
    [
        "",
        "Z",
        "123Z",  # too short
        "123456Z",  # 6 digits
        "123456789Z",  # 9 digits
        "12345678",  # no letter
        "X12345678Z",  # an NIE has 7 digits
        "A1234567L",  # not an NIE prefix
        "12345678ZZ",
        "ABCDEFGHI",
        "12345678Ñ",
    ],
)
def test_other_shapes_are_refused(typed: str) -> None:
    with pytest.raises(InvalidNationalId):
        normalise_national_id(typed)


def test_check_letter_table() -> None:
    assert [check_letter(n) for n in range(23)] == list(LETTERS)
    assert check_letter(23) == "T"
    assert set(LETTERS).isdisjoint("IÑOU")  # letters never used, as the rule says


@settings(max_examples=200, deadline=None)
@given(st.integers(0, 99_999_999))
def test_every_dni_has_exactly_one_valid_letter(number: int) -> None:
    dni = make_dni(number)
    assert normalise_national_id(dni.lower()) == dni
    for letter in LETTERS:
        if letter != dni[-1]:
            with pytest.raises(InvalidNationalId):
                normalise_national_id(dni[:-1] + letter)


@settings(max_examples=200, deadline=None)
@given(st.sampled_from("XYZ"), st.integers(0, 9_999_999))
def test_every_nie_made_is_valid(prefix: str, number: int) -> None:
    nie = make_nie(prefix, number)
    assert len(nie) == 9
    assert normalise_national_id(nie) == nie
