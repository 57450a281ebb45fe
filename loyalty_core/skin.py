"""A skin diagnostic: what a beauty advisor records, and what it may hold.

A diagnostic is a fact (SYNC.md): recorded once, never edited; a correction
is a new diagnostic that names the one it supersedes. Skin and habit data
reveal health (GDPR art. 9): it is recorded only for a customer whose
consent for it is given (`may_record`), and the counter checks every value
as it is typed, so a record either is complete and valid or is not stored.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Hashable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum
from typing import TypeVar

from loyalty_core.consent import Purpose
from loyalty_core.errors import UserFacingError

Id = TypeVar("Id", bound=Hashable)

MAX_NOTES = 2000
"""A page of notes; longer text is refused with its length, never cut."""
MAX_RECOMMENDED = 12
MAX_APPOINTMENT_AHEAD = timedelta(days=366)
LEVELS = ("hydration", "oiliness")
"""The measured levels, each 0–100 (a skin analyser's reading or the advisor's estimate)."""


class SkinType(StrEnum):
    NORMAL = "normal"
    DRY = "dry"
    OILY = "oily"
    COMBINATION = "combination"


class Sensitivity(StrEnum):
    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"


class Concern(StrEnum):
    FINE_LINES = "fine_lines"
    WRINKLES = "wrinkles"
    SPOTS = "spots"
    ACNE = "acne"
    REDNESS = "redness"
    DARK_CIRCLES = "dark_circles"
    PORES = "pores"
    DULLNESS = "dullness"
    DEHYDRATION = "dehydration"


class FaceArea(StrEnum):
    FOREHEAD = "forehead"
    EYES = "eyes"
    NOSE = "nose"
    CHEEKS = "cheeks"
    MOUTH = "mouth"
    CHIN = "chin"
    NECK = "neck"


class LevelSource(StrEnum):
    TYPED = "typed"
    DEVICE = "device"


PHOTOTYPES = (1, 2, 3, 4, 5, 6)
"""Fitzpatrick I (always burns) to VI (never burns)."""
ROMAN = {1: "I", 2: "II", 3: "III", 4: "IV", 5: "V", 6: "VI"}


class SkinConsentMissing(UserFacingError):
    """Skin data for a customer who has not given (or has withdrawn) consent for it."""

    code = "skin_consent_missing"


class LevelOutOfRange(UserFacingError):
    code = "level_out_of_range"


class LevelNotANumber(UserFacingError):
    code = "level_not_a_number"


class NotesTooLong(UserFacingError):
    code = "notes_too_long"


class AppointmentInPast(UserFacingError):
    code = "appointment_in_past"


class AppointmentTooFar(UserFacingError):
    code = "appointment_too_far"


class SkinTypeRequired(UserFacingError):
    code = "skin_type_required"


class TooManyProducts(UserFacingError):
    code = "too_many_products"


def may_record(consents: Mapping[str, bool] | None) -> bool:
    """True when the customer is a club member whose skin-data consent stands.

    The consent text says leaving the club ends every other processing in
    it, so a member's skin consent lapses with their membership, as
    marketing consents do (`consent.may_market`).
    """
    if not consents:
        return False
    return consents.get(Purpose.CLUB) is True and consents.get(Purpose.SKIN_DATA) is True


def require_consent(consents: Mapping[str, bool] | None) -> None:
    if not may_record(consents):
        raise SkinConsentMissing("the customer has not consented to skin and habit data")


def parse_level(name: str, text: str) -> int | None:
    """Read a typed level: blank is 'not measured'; '45', ' 45 ', '45,0', '45.4' are 45."""
    cleaned = text.strip().replace(",", ".").removesuffix("%").strip()
    if not cleaned:
        return None
    try:
        value = float(cleaned)
    except ValueError:
        raise LevelNotANumber(f"{name} {text!r} is not a number", level=name) from None
    if value != value or not 0 <= value <= 100:  # NaN compares unequal to itself
        raise LevelOutOfRange(f"{name} {text!r} is outside 0–100", level=name, value=text.strip())
    return int(value + 0.5)


def check_level(name: str, value: int | None) -> None:
    if value is not None and not 0 <= value <= 100:
        raise LevelOutOfRange(f"{name} {value} is outside 0–100", level=name, value=str(value))


def check_notes(notes: str) -> None:
    if len(notes) > MAX_NOTES:
        raise NotesTooLong(
            f"notes are {len(notes)} characters, {MAX_NOTES} at most",
            length=len(notes),
            limit=MAX_NOTES,
        )


def check_appointment(moment: datetime | None, now: datetime) -> None:
    """A next appointment lies ahead of now, within a year."""
    if moment is None:
        return
    if moment <= now:
        raise AppointmentInPast(f"the appointment {moment.isoformat()} is not ahead")
    if moment - now > MAX_APPOINTMENT_AHEAD:
        raise AppointmentTooFar(f"the appointment {moment.isoformat()} is over a year ahead")


@dataclass(frozen=True, slots=True)
class Reading:
    """Levels as a skin analyser reports them."""

    hydration: int | None
    oiliness: int | None


_READING_KEYS = {
    "h": "hydration",
    "hyd": "hydration",
    "hydration": "hydration",
    "hidratacion": "hydration",
    "moisture": "hydration",
    "o": "oiliness",
    "oil": "oiliness",
    "oiliness": "oiliness",
    "sebum": "oiliness",
    "grasa": "oiliness",
}


def parse_reading(text: str) -> Reading:
    """Read what a skin analyser types or exports: 'HYD=45.2;OIL=30', 'H:45 O:30'.

    Analysers that act as a keyboard (like the barcode scanner) send one
    line of key=value pairs; the keys differ by maker, so the usual ones are
    accepted in English and Spanish. An unknown key or a value outside
    0–100 refuses the whole reading: half a reading is worse than none.
    """
    found: dict[str, int | None] = {}
    # A comma before a digit is a decimal comma ('HYD=45,2'); before a key it separates pairs.
    for part in re.sub(r",(?!\d)", " ", text.replace(";", " ")).split():
        key, sep, value = part.replace(":", "=").partition("=")
        name = _READING_KEYS.get(key.strip().lower())
        if not sep or name is None:
            raise LevelNotANumber(f"{part!r} is not a reading", level=key)
        found[name] = parse_level(name, value)
    if not found:
        raise LevelNotANumber("the reading is empty", level="")
    return Reading(found.get("hydration"), found.get("oiliness"))


def check_choices(
    *,
    skin_type: str | None,
    sensitivity: str | None,
    phototype: int | None,
    concerns: Collection[str],
    areas: Collection[str],
    recommended: Collection[object],
) -> None:
    """The choices are among the known ones; a skin type is the least a diagnostic says."""
    if skin_type is None:
        raise SkinTypeRequired("a diagnostic names the skin type")
    SkinType(skin_type)
    if sensitivity is not None:
        Sensitivity(sensitivity)
    if phototype is not None and phototype not in PHOTOTYPES:
        raise ValueError(f"phototype {phototype} is not I–VI")
    for concern in concerns:
        Concern(concern)
    for area in areas:
        FaceArea(area)
    if len(recommended) > MAX_RECOMMENDED:
        raise TooManyProducts(
            f"{len(recommended)} products recommended, {MAX_RECOMMENDED} at most",
            count=len(recommended),
            limit=MAX_RECOMMENDED,
        )


@dataclass(frozen=True, slots=True)
class LevelChange:
    """One level now and at the previous visit (either may be unmeasured)."""

    level: str
    now: int | None
    before: int | None

    @property
    def delta(self) -> int | None:
        if self.now is None or self.before is None:
            return None
        return self.now - self.before


def compare_levels(
    latest: Mapping[str, int | None], previous: Mapping[str, int | None] | None
) -> list[LevelChange]:
    """Each level of the latest diagnostic beside the previous one's."""
    before = previous or {}
    return [LevelChange(name, latest.get(name), before.get(name)) for name in LEVELS]


def in_force(diagnostics: Sequence[tuple[Id, Id | None]]) -> list[Id]:
    """The ids of the diagnostics no other supersedes, given (id, supersedes) pairs.

    A correction replaces the diagnostic it names; a correction of a
    correction replaces both. Order does not matter.
    """
    replaced = {supersedes for _, supersedes in diagnostics if supersedes}
    return [diagnostic_id for diagnostic_id, _ in diagnostics if diagnostic_id not in replaced]
