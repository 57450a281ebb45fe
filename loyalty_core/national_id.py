"""Spanish DNI and NIE numbers and their check letter."""

from __future__ import annotations

import re

from loyalty_core.errors import InvalidNationalId

LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE"
_NIE_PREFIX = {"X": "0", "Y": "1", "Z": "2"}
_SHAPE = re.compile(r"^([XYZ]?)(\d{7,8})([A-Z])$")


def check_letter(number: int) -> str:
    """Return the check letter of a DNI number (NIE after prefix mapping)."""
    return LETTERS[number % 23]


def looks_like_national_id(text: str) -> bool:
    """True when text has the shape of a DNI/NIE, whatever its letter."""
    return bool(_SHAPE.match(_clean(text)))


def _clean(text: str) -> str:
    return re.sub(r"[\s.\-]", "", text).upper()


def normalise_national_id(text: str) -> str:
    """Return a DNI/NIE as 'NNNNNNNNL' or 'XNNNNNNNL'; refuse a wrong letter."""
    cleaned = _clean(text)
    match = _SHAPE.match(cleaned)
    if not match:
        raise InvalidNationalId(f"not a DNI/NIE: {text!r}", text=text)
    prefix, digits, letter = match.groups()
    if prefix:
        if len(digits) != 7:
            raise InvalidNationalId(f"an NIE has 7 digits: {text!r}", text=text)
        number = int(_NIE_PREFIX[prefix] + digits)
    else:
        digits = digits.zfill(8)
        number = int(digits)
    expected = check_letter(number)
    if letter != expected:
        raise InvalidNationalId(f"wrong check letter in {text!r}", text=text, expected=expected)
    return f"{prefix}{digits}{letter}"


def make_dni(number: int) -> str:
    """Build a valid DNI from its number (demo data and tests)."""
    return f"{number:08d}{check_letter(number)}"


def make_nie(prefix: str, number: int) -> str:
    """Build a valid NIE from its prefix letter and 7-digit number."""
    return f"{prefix}{number:07d}{check_letter(int(_NIE_PREFIX[prefix] + f'{number:07d}'))}"
