"""Member card numbers: prefix 29, issuer and sequence, a valid check digit."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from loyalty_core.barcodes import CodeKind, classify_code, is_valid_gtin
from loyalty_core.member_card import is_card_number, make_card_number


@pytest.mark.parametrize(
    ("issuer", "sequence", "body"),
    [
        (0, 1, "290000000001"),
        (1, 1, "290001000001"),
        (9999, 999_999, "299999999999"),
        (42, 0, "290042000000"),
    ],
)
def test_card_numbers(issuer: int, sequence: int, body: str) -> None:
    card = make_card_number(issuer, sequence)
    assert card[:12] == body
    assert len(card) == 13
    assert is_valid_gtin(card)
    assert is_card_number(card)
    assert is_card_number(f"  {card} ")
    assert classify_code(card) is CodeKind.EAN13  # scans like any EAN-13


@pytest.mark.parametrize(("issuer", "sequence"), [(-1, 1), (10_000, 1), (1, -1), (1, 1_000_000)])
def test_out_of_range_is_refused(issuer: int, sequence: int) -> None:
    with pytest.raises(ValueError):
        make_card_number(issuer, sequence)


@pytest.mark.parametrize(
    "code",
    [
        "8480010001136",  # a product
        "2900000000010",  # prefix 29, wrong check digit
        "290000000001",  # 12 digits
        "",
        "29ABCDEFGHIJK",
    ],
)
def test_what_is_not_a_card(code: str) -> None:
    assert make_card_number(0, 1) != code
    assert not is_card_number(code)


def test_a_wrong_check_digit_is_not_a_card() -> None:
    card = make_card_number(0, 1)
    for digit in "0123456789":
        if digit != card[-1]:
            assert not is_card_number(card[:-1] + digit)


@settings(max_examples=200, deadline=None)
@given(st.integers(0, 9999), st.integers(0, 999_999), st.integers(0, 9999))
def test_cards_are_valid_and_issuers_never_collide(issuer: int, seq: int, other: int) -> None:
    card = make_card_number(issuer, seq)
    assert is_card_number(card)
    assert card.startswith("29")
    assert int(card[2:6]) == issuer and int(card[6:12]) == seq
    if other != issuer:
        assert make_card_number(other, seq) != card
