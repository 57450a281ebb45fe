"""GTIN check digits, code kinds and the catalogue key of a scanned code."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from loyalty_core.barcodes import (
    CodeKind,
    classify_code,
    gtin_check_digit,
    is_valid_gtin,
    normalise_product_code,
    with_check_digit,
)
from loyalty_core.errors import InvalidCheckDigit

REAL_CODES = [
    # code, kind
    ("8480010001136", CodeKind.EAN13),  # Spanish EAN-13 (prefix 84)
    ("4006381333931", CodeKind.EAN13),  # the GS1 textbook example
    ("96385074", CodeKind.EAN8),
    ("036000291452", CodeKind.UPCA),
]


@pytest.mark.parametrize(("code", "kind"), REAL_CODES)
def test_real_codes_are_valid_and_classified(code: str, kind: CodeKind) -> None:
    assert is_valid_gtin(code)
    assert classify_code(code) is kind
    assert gtin_check_digit(code[:-1]) == int(code[-1])
    assert with_check_digit(code[:-1]) == code


@pytest.mark.parametrize("code", [c for c, _ in REAL_CODES])
@pytest.mark.parametrize("wrong", range(1, 10))
def test_a_wrong_check_digit_is_refused(code: str, wrong: int) -> None:
    bad = code[:-1] + str((int(code[-1]) + wrong) % 10)
    assert not is_valid_gtin(bad)
    with pytest.raises(InvalidCheckDigit) as err:
        classify_code(bad)
    assert err.value.code == "invalid_check_digit"
    assert err.value.params == {"code": bad}


@pytest.mark.parametrize("code", [c for c, _ in REAL_CODES])
def test_any_single_mistyped_digit_is_caught(code: str) -> None:
    for pos in range(len(code) - 1):
        for digit in "0123456789":
            if digit == code[pos]:
                continue
            typo = code[:pos] + digit + code[pos + 1 :]
            assert not is_valid_gtin(typo), typo


@pytest.mark.parametrize(
    ("code", "kind"),
    [
        ("  8480010001136 ", CodeKind.EAN13),  # scanner padding
        ("ABC-123", CodeKind.INTERNAL),
        ("12345", CodeKind.INTERNAL),  # not a GTIN length
        ("10012345678902", CodeKind.INTERNAL),  # GTIN-14 (cases) is not checked here
        ("84123450000²", CodeKind.INTERNAL),  # '²' passes str.isdigit but is no digit
        ("٨٤٨٠٠١٠٠٠١١٣٦", CodeKind.INTERNAL),  # Arabic-Indic digits
    ],
)
def test_other_codes_are_internal(code: str, kind: CodeKind) -> None:
    assert classify_code(code) is kind


@pytest.mark.parametrize(
    ("bad", "valid"),
    [
        ("", False),
        ("abcdefgh", False),
        ("1234567", False),  # 7 digits
        ("96385074", True),
        ("036000291452", True),
        ("0036000291452", True),
        ("10012345678902", True),
        ("123456789012345", False),  # 15 digits
        ("8480010001136²", False),
    ],
)
def test_is_valid_gtin(bad: str, valid: bool) -> None:
    assert is_valid_gtin(bad) is valid


@pytest.mark.parametrize(
    ("scanned", "key"),
    [
        ("0036000291452", "036000291452"),  # UPC-A read as EAN-13
        (" 0036000291452 ", "036000291452"),
        ("036000291452", "036000291452"),
        ("8480010001136", "8480010001136"),  # an EAN-13 keeps all its digits
        ("0036000291453", "0036000291453"),  # invalid: left alone, refused elsewhere
        ("ABC-123", "ABC-123"),
    ],
)
def test_normalise_product_code(scanned: str, key: str) -> None:
    assert normalise_product_code(scanned) == key


@pytest.mark.parametrize("body", ["", "12a4", "84123450000²"])
def test_check_digit_needs_digits(body: str) -> None:
    with pytest.raises(ValueError):
        gtin_check_digit(body)


@settings(max_examples=200, deadline=None)
@given(
    st.sampled_from([7, 11, 12]).flatmap(lambda n: st.text("0123456789", min_size=n, max_size=n))
)
def test_with_check_digit_always_makes_a_valid_code(body: str) -> None:
    code = with_check_digit(body)
    assert is_valid_gtin(code)
    assert (
        classify_code(code) is {8: CodeKind.EAN8, 12: CodeKind.UPCA, 13: CodeKind.EAN13}[len(code)]
    )
    if len(code) == 12:  # the same UPC-A read with a leading zero is the same product
        assert normalise_product_code("0" + code) == code
