"""Phones and e-mails as typed at the counter, normalised for exact lookup."""

from __future__ import annotations

import pytest

from loyalty_core.contact import (
    format_phone,
    looks_like_phone,
    mask_phone,
    normalise_email,
    normalise_phone,
)
from loyalty_core.errors import InvalidEmail, InvalidPhone


@pytest.mark.parametrize(
    ("typed", "e164"),
    [
        ("612 34 56 78", "+34612345678"),
        ("612345678", "+34612345678"),
        ("612-345-678", "+34612345678"),
        ("+34 612 345 678", "+34612345678"),
        ("+34-612-345-678", "+34612345678"),
        ("0034612345678", "+34612345678"),
        ("0034 612 345 678", "+34612345678"),
        ("(+34) 612345678", "+34612345678"),
        ("  612 34 56 78  ", "+34612345678"),
        ("93 123 45 67", "+34931234567"),  # Barcelona landline
        ("+33 6 12 34 56 78", "+33612345678"),  # French mobile, with its prefix
        ("0033 6 12 34 56 78", "+33612345678"),
    ],
)
def test_phone_spellings_give_one_key(typed: str, e164: str) -> None:
    assert normalise_phone(typed) == e164


@pytest.mark.parametrize(
    "typed",
    [
        "",
        "abc",
        "12345",
        "612 34 56",  # too short
        "+34 612 34 56 7",  # one digit missing
        "612345678901",  # too long
        "+34 112 345 678",  # not a Spanish number range
        "6 12 34 56 78 ext",
    ],
)
def test_invalid_phones_are_refused(typed: str) -> None:
    with pytest.raises(InvalidPhone) as err:
        normalise_phone(typed)
    assert err.value.params == {"text": typed}


@pytest.mark.parametrize(
    ("typed", "looks"),
    [
        ("612 34 56 78", True),
        ("(+34) 612345678", True),
        ("6123", False),  # still being typed
        ("María", False),
        ("12345678Z", False),  # a DNI
        ("1234567890123456", False),  # longer than any phone
    ],
)
def test_looks_like_phone(typed: str, looks: bool) -> None:
    assert looks_like_phone(typed) is looks


def test_phone_display_and_mask() -> None:
    assert format_phone("+34612345678") == "+34 612 34 56 78"
    assert mask_phone("+34612345678") == "•" * 9 + "678"
    assert mask_phone("12") == "12"


@pytest.mark.parametrize(
    ("typed", "email"),
    [
        ("mj.nunez@example.com", "mj.nunez@example.com"),
        ("MJ.Nunez@Example.COM", "mj.nunez@example.com"),
        ("  mj.nunez@example.com \t", "mj.nunez@example.com"),
        ("jordi+club@correu.cat", "jordi+club@correu.cat"),
    ],
)
def test_emails_are_trimmed_and_lower_cased(typed: str, email: str) -> None:
    assert normalise_email(typed) == email


@pytest.mark.parametrize(
    "typed",
    ["", "mj.nunez", "mj.nunez@example", "@example.com", "mj nunez@example.com", "a@@b.com"],
)
def test_invalid_emails_are_refused(typed: str) -> None:
    with pytest.raises(InvalidEmail):
        normalise_email(typed)
