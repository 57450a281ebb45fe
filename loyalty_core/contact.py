"""Phone numbers and e-mail addresses, normalised for exact lookup."""

from __future__ import annotations

import re

import phonenumbers
from email_validator import EmailNotValidError, validate_email

from loyalty_core.errors import InvalidEmail, InvalidPhone

DEFAULT_REGION = "ES"


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
    """Return a trimmed, lower-cased e-mail address; refuse what is not one.

    The syntax is checked by email-validator (RFC 5321/5322 as mail servers
    accept it: no quoted local parts, no IP domains); `reason` says in one
    word what is wrong, for the sentence the counter shows.
    """
    email = text.strip()
    reason = _email_problem(email)
    if reason is None:
        try:
            email = validate_email(email, check_deliverability=False).normalized
        except EmailNotValidError:
            reason = "shape"
    if reason is not None:
        raise InvalidEmail(f"not an e-mail address: {text!r}", text=text, reason=reason)
    return email.lower()


def _email_problem(email: str) -> str | None:
    """The common mistakes, named so the counter can say which one it is."""
    if email.count("@") != 1:
        return "at_sign"
    local, domain = email.split("@")
    if any(ch.isspace() for ch in email):
        return "spaces"
    if not local:
        return "no_local_part"
    if "." not in domain or domain.startswith(".") or domain.endswith("."):
        return "domain"
    if ".." in email:
        return "double_dot"
    return None
