"""Profile fields: how a typed value is normalised and which edit wins.

Both the counter and the server normalise with the same rules, so the
value that wins on the server is the value the counter showed.
"""

from __future__ import annotations

from datetime import date

from loyalty_core.contact import normalise_email, normalise_phone
from loyalty_core.errors import UserFacingError
from loyalty_core.hlc import Hlc
from loyalty_core.national_id import normalise_national_id
from loyalty_core.wire import PROFILE_FIELDS

LANGUAGES = ("es", "ca", "en")
GENDERS = ("female", "male", "non_binary")
"""Gender is optional; None means not stated."""
MAX_LENGTH = {
    "first_name": 80,
    "last_names": 120,
    "national_id": 12,
    "phone": 20,
    "email": 160,
    "postal_code": 10,
    "language": 5,
    "birth_date": 10,
    "gender": 16,
}
"""What each field's column holds, on the tablet and on the server."""
MAX_AHEAD_MS = 5 * 60 * 1000
"""A stamp further ahead of the server's clock than this is clamped for arbitration."""


class BadProfileValue(ValueError):
    """A field or value a profile cannot hold."""


def normalise_field(field: str, value: str | None) -> str | None:
    """Return the stored form of a profile value, or raise BadProfileValue."""
    if field not in PROFILE_FIELDS:
        raise BadProfileValue(f"unknown profile field {field!r}")
    if value is None or not value.strip():
        if field in ("first_name", "last_names", "language"):
            raise BadProfileValue(f"{field} cannot be empty")
        return None
    value = value.strip()
    if any(ord(ch) < 32 or ord(ch) == 127 for ch in value):
        raise BadProfileValue(f"{field} holds control characters")
    if len(value) > MAX_LENGTH[field]:
        raise BadProfileValue(f"{field} is longer than {MAX_LENGTH[field]} characters")
    try:
        if field == "phone":
            return normalise_phone(value)
        if field == "email":
            return normalise_email(value)
        if field == "national_id":
            return normalise_national_id(value)
        if field == "birth_date":
            return date.fromisoformat(value).isoformat()
    except (UserFacingError, ValueError) as exc:
        raise BadProfileValue(f"{field}: {exc}") from None
    if field == "gender" and value not in GENDERS:
        raise BadProfileValue(f"gender {value!r} is not one of {GENDERS}")
    if field == "language" and value not in LANGUAGES:
        raise BadProfileValue(f"language {value!r} is not one of {LANGUAGES}")
    if field == "postal_code" and not (value.isascii() and value.isdigit() and len(value) == 5):
        raise BadProfileValue(f"postal code {value!r} is not five digits")
    return value


def arbitration_stamp(hlc: str, server_now_ms: int) -> str:
    """Return the stamp an edit competes with: the server's time if its clock runs far ahead.

    A tablet whose clock is a day ahead would otherwise win every field for
    a day; clamped to the moment its edit arrived, it wins only over edits
    made before then. A clock a little ahead (within the tolerance) is
    taken as it is: tablets' clocks drift by seconds, not hours.
    """
    stamp = Hlc.decode(hlc)
    if stamp.wall_ms > server_now_ms + MAX_AHEAD_MS:
        stamp = Hlc(server_now_ms, stamp.counter, stamp.device)
    return stamp.encode()


def wins(candidate: str, holder: str | None) -> bool:
    """True when an edit stamped `candidate` beats the field's current stamp."""
    if holder is None:
        return True
    return Hlc.decode(candidate) > Hlc.decode(holder)
