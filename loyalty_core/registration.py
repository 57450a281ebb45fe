"""Registering a customer: each field checked as it is typed, with the reason.

The counter checks a field on every keystroke and says what is wrong in
plain words; the server checks the same way (a registration that fails
here was never sent by a counter). Problems are `UserFacingError`s with a
stable code per kind of problem and the parameters the sentence needs.

Required: first name, last names, a way to reach the customer (phone or
e-mail), postal code, birth date, language. Optional: DNI/NIE, gender.
A birth date also decides whether the person may consent on their own:
under 14, Spanish law (LOPDGDD art. 7) asks for a parent or guardian.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, fields
from datetime import date

from loyalty_core.contact import normalise_email, normalise_phone
from loyalty_core.errors import UserFacingError
from loyalty_core.national_id import normalise_national_id
from loyalty_core.profile import GENDERS, LANGUAGES, MAX_LENGTH

MIN_CONSENT_AGE = 14
MAX_AGE = 120
_NAME_PUNCTUATION = frozenset(" -'’.·")  # the middle dot of Catalan 'l·l'
_DATE_SHAPES = (
    re.compile(r"^(?P<d>\d{1,2})[/.\-](?P<m>\d{1,2})[/.\-](?P<y>\d{4})$"),  # 31/12/1980
    re.compile(r"^(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})$"),  # 1980-12-31
)


class MissingField(UserFacingError):
    code = "missing_field"


class TooLong(UserFacingError):
    code = "too_long"


class InvalidName(UserFacingError):
    code = "invalid_name"


class InvalidPostalCode(UserFacingError):
    code = "invalid_postal_code"


class InvalidBirthDate(UserFacingError):
    code = "invalid_birth_date"


class BirthDateInFuture(UserFacingError):
    code = "birth_date_in_future"


class BirthDateTooOld(UserFacingError):
    code = "birth_date_too_old"


class TooYoungToConsent(UserFacingError):
    code = "too_young_to_consent"


class ContactRequired(UserFacingError):
    code = "contact_required"


class InvalidChoice(UserFacingError):
    code = "invalid_choice"


@dataclass(frozen=True, slots=True)
class Registration:
    """A registration's values, normalised (phones E.164, e-mails lower case, ids upper)."""

    first_name: str
    last_names: str
    national_id: str | None
    phone: str | None
    email: str | None
    postal_code: str
    birth_date: date
    language: str
    gender: str | None

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_names}"

    def profile_fields(self) -> dict[str, str | None]:
        """As profile fields travel: text, dates in ISO."""
        out: dict[str, str | None] = {}
        for f in fields(self):
            value = getattr(self, f.name)
            out[f.name] = value.isoformat() if isinstance(value, date) else value
        return out


FIELDS = (
    "first_name",
    "last_names",
    "national_id",
    "phone",
    "email",
    "postal_code",
    "birth_date",
    "language",
    "gender",
)
REQUIRED = frozenset({"first_name", "last_names", "postal_code", "birth_date", "language"})


def check_field(name: str, text: str | None, *, today: date) -> str | date | None:
    """Return a field's normalised value, None when empty and optional; raise what is wrong."""
    value = (text or "").strip()
    if not value:
        if name in REQUIRED:
            raise MissingField(f"{name} is required", field=name)
        return None
    limit = MAX_LENGTH[name]
    if len(value) > limit:
        raise TooLong(f"{name} is longer than {limit}", field=name, limit=limit, length=len(value))
    if name in ("first_name", "last_names"):
        return _name(name, value)
    if name == "national_id":
        return normalise_national_id(value)
    if name == "phone":
        return normalise_phone(value)
    if name == "email":
        return normalise_email(value)
    if name == "postal_code":
        return _postal_code(value)
    if name == "birth_date":
        return _birth_date(value, today)
    if name == "language":
        return _choice(name, value, LANGUAGES)
    if name == "gender":
        return _choice(name, value, GENDERS)
    raise ValueError(f"unknown field {name!r}")


def validate(
    form: Mapping[str, str | None], *, today: date
) -> tuple[Registration | None, dict[str, UserFacingError]]:
    """Check every field; return the registration, or None with each field's problem."""
    values: dict[str, object] = {}
    problems: dict[str, UserFacingError] = {}
    for name in FIELDS:
        try:
            values[name] = check_field(name, form.get(name), today=today)
        except UserFacingError as exc:
            problems[name] = exc
    unreachable = values.get("phone") is None and values.get("email") is None
    if unreachable and "phone" not in problems and "email" not in problems:
        problems["phone"] = ContactRequired("a phone or an e-mail is required")
    if problems:
        return None, problems
    return Registration(**values), {}  # type: ignore[arg-type]


def check_may_consent(birth: date, *, today: date) -> None:
    """Refuse a customer too young to give consent on their own."""
    if age_on(birth, today) < MIN_CONSENT_AGE:
        raise TooYoungToConsent(
            f"under {MIN_CONSENT_AGE}: a parent or guardian must consent", age=MIN_CONSENT_AGE
        )


def age_on(birth: date, today: date) -> int:
    return today.year - birth.year - ((today.month, today.day) < (birth.month, birth.day))


def _name(name: str, value: str) -> str:
    value = " ".join(value.split())
    for ch in value:
        if ch in _NAME_PUNCTUATION:
            continue
        if not unicodedata.category(ch).startswith(("L", "M")):
            raise InvalidName(f"{ch!r} cannot be part of a name", field=name, char=ch)
    if not any(unicodedata.category(ch).startswith("L") for ch in value):
        raise InvalidName("a name needs letters", field=name, char=value[0])
    return unicodedata.normalize("NFC", value)


def _postal_code(value: str) -> str:
    # Spanish postal codes: five digits, the first two a province (01-52).
    if not (value.isascii() and value.isdigit() and len(value) == 5):
        raise InvalidPostalCode("a postal code is five digits", text=value)
    if not 1 <= int(value[:2]) <= 52:
        raise InvalidPostalCode("no Spanish province has this postal code", text=value)
    return value


def _birth_date(value: str, today: date) -> date:
    for shape in _DATE_SHAPES:
        match = shape.match(value)
        if match:
            break
    else:
        raise InvalidBirthDate("write a date as day/month/year", text=value)
    try:
        birth = date(int(match["y"]), int(match["m"]), int(match["d"]))
    except ValueError:
        raise InvalidBirthDate("this day does not exist", text=value) from None
    if birth > today:
        raise BirthDateInFuture("a birth date cannot be in the future", text=value)
    if age_on(birth, today) > MAX_AGE:
        raise BirthDateTooOld(f"more than {MAX_AGE} years ago", text=value, years=MAX_AGE)
    return birth


def _choice(name: str, value: str, allowed: tuple[str, ...]) -> str:
    if value not in allowed:
        raise InvalidChoice(f"{name} must be one of {allowed}", field=name, text=value)
    return value
