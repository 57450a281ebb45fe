"""Consumption habits: the customer's routine step by step, and their preferences.

Habits are mutable and shared by every tablet, so each one is a field that
resolves on its own on the server (last writer by HLC wins, losers logged),
exactly as profile fields do: `step.serum` edited in one store and
`pref.vegan` in another both survive. A step's value travels as canonical
JSON text, a preference as plain text; `None` clears the field.
"""

from __future__ import annotations

import json
import re
import uuid
from dataclasses import asdict, dataclass
from datetime import date
from enum import StrEnum

from loyalty_core.receipt_chain import canonical_json


class Step(StrEnum):
    CLEANSING = "cleansing"
    TONER = "toner"
    SERUM = "serum"
    MOISTURISER = "moisturiser"
    EYE_CARE = "eye_care"
    SUN_PROTECTION = "sun_protection"
    MAKE_UP = "make_up"
    MAKE_UP_REMOVAL = "make_up_removal"
    BODY = "body"
    HAIR = "hair"


class Frequency(StrEnum):
    TWICE_DAILY = "twice_daily"
    DAILY = "daily"
    SEVERAL_WEEKLY = "several_weekly"
    WEEKLY = "weekly"
    OCCASIONALLY = "occasionally"


class Preference(StrEnum):
    FRAGRANCE_FREE = "fragrance_free"
    VEGAN = "vegan"
    SENSITIVE_SKIN = "sensitive_skin"
    PRICE_RANGE = "price_range"


PRICE_RANGES = ("low", "mid", "high")
"""Bands whose limits in euros are data (the care guide), so head office can move them."""
STEP_PREFIX = "step."
PREF_PREFIX = "pref."
HABIT_FIELDS = frozenset({STEP_PREFIX + s for s in Step} | {PREF_PREFIX + p for p in Preference})
MAX_PRODUCT_NAME = 160
MAX_BRAND = 80
_MONTH = re.compile(r"^(?P<y>\d{4})-(?P<m>\d{2})$", re.ASCII)


class BadHabitValue(ValueError):
    """A habit field or value no counter sends."""


@dataclass(frozen=True, slots=True)
class RoutineStep:
    """What the customer uses at one step: one of our products, or another brand's."""

    product_name: str
    brand: str = ""
    product_id: uuid.UUID | None = None
    """Set when it is a product of our catalogue."""
    frequency: Frequency | None = None
    since: str | None = None
    """The month they started ('2025-03'); customers rarely know the day."""

    def to_text(self) -> str:
        data = asdict(self)
        data["product_id"] = str(self.product_id) if self.product_id else None
        return canonical_json(data)

    @classmethod
    def from_text(cls, text: str) -> RoutineStep:
        data = json.loads(text)
        product = data.get("product_id")
        frequency = data.get("frequency")
        return cls(
            product_name=data["product_name"],
            brand=data.get("brand", ""),
            product_id=uuid.UUID(product) if product else None,
            frequency=Frequency(frequency) if frequency else None,
            since=data.get("since"),
        )


def check_since(since: str | None, today: date) -> str | None:
    """Validate a 'since' month: real, not ahead of today, not before 1900."""
    if since is None or not since.strip():
        return None
    match = _MONTH.match(since.strip())
    if match is None:
        raise BadHabitValue(f"since {since!r} is not a year and month (YYYY-MM)")
    year, month = int(match["y"]), int(match["m"])
    if not 1 <= month <= 12 or year < 1900:
        raise BadHabitValue(f"since {since!r} is not a real month")
    if (year, month) > (today.year, today.month):
        raise BadHabitValue(f"since {since!r} is ahead of today")
    return f"{year:04d}-{month:02d}"


def normalise_habit(field: str, value: str | None) -> str | None:
    """Return the stored form of a habit value, or raise BadHabitValue.

    Used by the counter before it queues an edit and by the server before it
    applies one, so both hold the same text.
    """
    if field not in HABIT_FIELDS:
        raise BadHabitValue(f"unknown habit field {field!r}")
    if value is None or not value.strip():
        return None
    if field.startswith(STEP_PREFIX):
        try:
            step = RoutineStep.from_text(value)
        except (ValueError, KeyError, TypeError, AttributeError) as exc:
            raise BadHabitValue(f"{field}: {exc}") from None
        if not isinstance(step.product_name, str) or not isinstance(step.brand, str):
            raise BadHabitValue(f"{field}: product_name and brand are text")
        name, brand = step.product_name.strip(), step.brand.strip()
        if not name and not brand:
            raise BadHabitValue(f"{field} names no product or brand")
        if len(name) > MAX_PRODUCT_NAME or len(brand) > MAX_BRAND:
            raise BadHabitValue(f"{field} names a product or brand too long")
        if any(ord(ch) < 32 for ch in name + brand):
            raise BadHabitValue(f"{field} holds control characters")
        if step.since is not None:
            if not isinstance(step.since, str) or _MONTH.match(step.since) is None:
                raise BadHabitValue(f"{field}: since {step.since!r} is not YYYY-MM")
            check_since(step.since, date.max)  # a real month; the counter checks it is past
        cleaned = RoutineStep(name, brand, step.product_id, step.frequency, step.since)
        return cleaned.to_text()
    if field == PREF_PREFIX + Preference.PRICE_RANGE:
        if value not in PRICE_RANGES:
            raise BadHabitValue(f"price range {value!r} is not one of {PRICE_RANGES}")
        return value
    if value not in ("true", "false"):
        raise BadHabitValue(f"{field} is 'true' or 'false', not {value!r}")
    return value


@dataclass(frozen=True, slots=True)
class Habits:
    """A customer's routine and preferences as the advice rules read them."""

    routine: dict[Step, RoutineStep]
    fragrance_free: bool = False
    vegan: bool = False
    sensitive_skin: bool = False
    price_range: str | None = None

    @classmethod
    def from_fields(cls, fields: dict[str, str | None]) -> Habits:
        routine = {
            step: RoutineStep.from_text(text)
            for step in Step
            if (text := fields.get(STEP_PREFIX + step))
        }

        def flag(preference: Preference) -> bool:
            return fields.get(PREF_PREFIX + preference) == "true"

        return cls(
            routine=routine,
            fragrance_free=flag(Preference.FRAGRANCE_FREE),
            vegan=flag(Preference.VEGAN),
            sensitive_skin=flag(Preference.SENSITIVE_SKIN),
            price_range=fields.get(PREF_PREFIX + Preference.PRICE_RANGE),
        )


NO_HABITS = Habits(routine={})
