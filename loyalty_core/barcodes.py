"""Product and card codes: GTIN check digits (EAN-13, EAN-8, UPC-A)."""

from __future__ import annotations

from enum import StrEnum

from loyalty_core.errors import InvalidCheckDigit


class CodeKind(StrEnum):
    EAN13 = "ean13"
    EAN8 = "ean8"
    UPCA = "upca"
    INTERNAL = "internal"


def _is_digits(text: str) -> bool:
    """True for ASCII digits only ('²' or '٣' pass str.isdigit but are no GTIN)."""
    return text.isascii() and text.isdigit()


def gtin_check_digit(body: str) -> int:
    """Return the GS1 check digit for the digits before it (any GTIN length)."""
    if not _is_digits(body):
        raise ValueError("GTIN body must be digits")
    total = 0
    for i, ch in enumerate(reversed(body)):
        total += int(ch) * (3 if i % 2 == 0 else 1)
    return (10 - total % 10) % 10


def with_check_digit(body: str) -> str:
    """Append the GS1 check digit to a GTIN body."""
    return body + str(gtin_check_digit(body))


def is_valid_gtin(code: str) -> bool:
    """True when `code` is 8, 12, 13 or 14 digits with a correct check digit."""
    if not _is_digits(code) or len(code) not in (8, 12, 13, 14):
        return False
    return gtin_check_digit(code[:-1]) == int(code[-1])


def classify_code(code: str) -> CodeKind:
    """Tell what kind of code was scanned or typed, validating GTINs.

    Numeric codes of GTIN length must carry a valid check digit: a misread
    or mistyped digit is refused rather than matched to the wrong product.
    Anything else is an internal code (letters, or other lengths).
    """
    code = code.strip()
    if _is_digits(code) and len(code) in (8, 12, 13):
        if not is_valid_gtin(code):
            raise InvalidCheckDigit(f"wrong check digit in {code}", code=code)
        return {8: CodeKind.EAN8, 12: CodeKind.UPCA, 13: CodeKind.EAN13}[len(code)]
    return CodeKind.INTERNAL


def normalise_product_code(code: str) -> str:
    """Return the catalogue key for a scanned code.

    A UPC-A read by some scanners as EAN-13 with a leading zero is the same
    product: store and look up UPC-A as its 12 digits.
    """
    code = code.strip()
    if _is_digits(code) and len(code) == 13 and code.startswith("0") and is_valid_gtin(code):
        return code[1:]
    return code
