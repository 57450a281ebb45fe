"""Phone numbers and e-mail addresses, normalised for exact lookup."""

from __future__ import annotations

import re

import phonenumbers

from loyalty_core.errors import InvalidEmail, InvalidPhone

DEFAULT_REGION = "ES"
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


def normalise_phone(text: str, region: str = DEFAULT_REGION) -> str:
    """Return a phone in E.164 ('+34612345678') from any common spelling.

    '612 34 56 78', '0034 612345678', '+34-612-345-678' all give the same
    key. Spanish numbers are the default; a foreign one needs its prefix.
    """
    raw = text.strip()
    if raw.startswith("00"):
        raw = "+" + raw[2:]
    try:
        number = phonenumbers.parse(raw, region)
    except phonenumbers.NumberParseException:
        raise InvalidPhone(f"not a phone number: {text!r}", text=text) from None
    if not phonenumbers.is_valid_number(number):
        raise InvalidPhone(f"not a valid phone number: {text!r}", text=text)
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def looks_like_phone(text: str) -> bool:
    """True when text is mostly digits with phone punctuation."""
    stripped = re.sub(r"[\s()+.\-]", "", text)
    return stripped.isdigit() and 6 <= len(stripped) <= 15


def format_phone(e164: str) -> str:
    """Format an E.164 phone for display ('+34 612 34 56 78')."""
    number = phonenumbers.parse(e164, None)
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)


def mask_phone(e164: str) -> str:
    """Show only the last three digits, for confirming with the customer."""
    return "•" * max(0, len(e164) - 3) + e164[-3:]


def normalise_email(text: str) -> str:
    """Return a trimmed, lower-cased e-mail address; refuse what is not one."""
    email = text.strip().lower()
    if not _EMAIL.match(email):
        raise InvalidEmail(f"not an e-mail address: {text!r}", text=text)
    return email
