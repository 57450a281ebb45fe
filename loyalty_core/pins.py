"""What a staff PIN may be: 4 to 8 digits, not one anybody would guess first.

The lock-out after five wrong tries is what stops guessing; refusing the
handful of PINs people pick first (all one digit, a straight run, the
year-like 19xx/20xx) keeps those five tries from being enough.
"""

from __future__ import annotations

import secrets

from loyalty_core.errors import UserFacingError

MIN_LENGTH = 4
MAX_LENGTH = 8
_DIGITS = "0123456789"


class WeakPin(UserFacingError):
    code = "weak_pin"


class BadPin(UserFacingError):
    code = "bad_pin"


def check_new_pin(pin: str) -> str:
    """Return the PIN if it may be chosen; raise `BadPin` or `WeakPin` (with why)."""
    if not (pin.isascii() and pin.isdigit() and MIN_LENGTH <= len(pin) <= MAX_LENGTH):
        raise BadPin("a PIN has 4 to 8 digits", minimum=MIN_LENGTH, maximum=MAX_LENGTH)
    if len(set(pin)) == 1:
        raise WeakPin("one digit repeated", reason="repeated")
    if pin in _DIGITS or pin in _DIGITS[::-1] or pin in "1234567890" or pin in "0987654321":
        raise WeakPin("a straight run of digits", reason="run")
    if len(pin) == 4 and pin[:2] in ("19", "20"):
        raise WeakPin("looks like a year", reason="year")
    return pin


def temporary_pin(length: int = 6) -> str:
    """A random PIN a manager reads out once; it must be changed at the next log-in."""
    while True:
        pin = "".join(secrets.choice(_DIGITS) for _ in range(length))
        try:
            return check_new_pin(pin)
        except WeakPin:
            continue
