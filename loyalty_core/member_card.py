"""Member card numbers: EAN-13 in the GS1 in-store range, with a check digit.

A card is '29' + 4-digit issuer (device number, 0000 for head office) +
6-digit sequence + check digit. Products never use prefix 29, so a scan
tells a card from a product without asking, and two tablets issuing cards
offline never collide (their issuer numbers differ: the server gives each
registered device its own, 1..9998).
"""

from __future__ import annotations

from loyalty_core.barcodes import is_valid_gtin, with_check_digit

CARD_PREFIX = "29"
HEAD_OFFICE_ISSUER = 0
STANDALONE_ISSUER = 9999
"""A tablet never registered with a server (a stand-alone store) issues as 9999."""
MAX_DEVICE_ISSUER = 9998
CARD_ISSUERS = "card_issuers"
"""The store setting naming each of its devices' issuer number (device code -> number)."""


def make_card_number(issuer: int, sequence: int) -> str:
    """Build the card number for an issuer's n-th card."""
    if not (0 <= issuer <= 9999 and 0 <= sequence <= 999_999):
        raise ValueError("issuer or sequence out of range")
    return with_check_digit(f"{CARD_PREFIX}{issuer:04d}{sequence:06d}")


def is_card_number(code: str) -> bool:
    """True when `code` is a valid member card number."""
    code = code.strip()
    return len(code) == 13 and code.startswith(CARD_PREFIX) and is_valid_gtin(code)
