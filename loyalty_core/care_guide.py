"""The care guide: advice rules and product durations, read from data.

Head office's trainers own which products suit which skin, and how long a
pot lasts; the guide (`resources/advice/care_guide.toml`) holds both, and
this module turns its text into checked structures. A guide that names an
unknown condition, step or language fails here, at start-up and in the
tests, not in front of a customer.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any

from loyalty_core.habits import PRICE_RANGES, Preference, Step
from loyalty_core.skin import Concern, Sensitivity, SkinType

LANGUAGES = ("es", "ca", "en")
CONDITIONS = frozenset(
    {
        "skin_type",
        "sensitivity",
        "concern",
        "hydration_below",
        "oiliness_above",
        "phototype_up_to",
        "missing_step",
    }
)
_AMOUNT = re.compile(r"^\s*(?P<n>\d+(?:[.,]\d+)?)\s*(?P<unit>ml|g)\s*$")


class CareGuideError(ValueError):
    """The guide's text is not a guide this program can follow."""


@dataclass(frozen=True, slots=True)
class Kind:
    """A product type: the routine step it covers and how fast it is used."""

    name: str
    step: Step | None
    daily_use: Decimal | None
    """Millilitres or grams a day (treated alike: creams weigh about 1 g/ml)."""
    days: int | None
    """Days per unit, for products replaced by the calendar (mascara)."""


@dataclass(frozen=True, slots=True)
class Rule:
    when: dict[str, str | int]
    kinds: frozenset[str]
    tags: frozenset[str]
    weight: int
    reason: dict[str, str]


@dataclass(frozen=True, slots=True)
class PreferenceRule:
    tag: str
    reason: dict[str, str]


@dataclass(frozen=True, slots=True)
class CareGuide:
    version: str
    kinds: dict[str, Kind]
    rules: tuple[Rule, ...]
    preferences: dict[Preference, PreferenceRule]
    price_ranges: dict[str, tuple[int, int]]
    reminder_window_days: int
    lapsed_after_days: int
    still_in_use_share: int


def parse_care_guide(text: str) -> CareGuide:
    """Read and check a guide; raise CareGuideError saying what is wrong and where."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise CareGuideError(f"not TOML: {exc}") from None
    try:
        kinds = {name: _kind(name, spec) for name, spec in data["kinds"].items()}
        rules = tuple(_rule(i, spec, kinds) for i, spec in enumerate(data["rules"], start=1))
        preferences = {
            Preference(name): PreferenceRule(str(spec["tag"]), _reason(spec["reason"], name))
            for name, spec in data["preferences"].items()
        }
        ranges = {name: _band(name, band) for name, band in data["price_ranges"].items()}
        guide = CareGuide(
            version=str(data["version"]),
            kinds=kinds,
            rules=rules,
            preferences=preferences,
            price_ranges=ranges,
            reminder_window_days=_positive(data, "reminder_window_days"),
            lapsed_after_days=_positive(data, "lapsed_after_days"),
            still_in_use_share=_positive(data, "still_in_use_share"),
        )
    except KeyError as exc:
        raise CareGuideError(f"missing {exc}") from None
    except (TypeError, ValueError, AttributeError) as exc:
        if isinstance(exc, CareGuideError):
            raise
        raise CareGuideError(str(exc)) from None
    if set(guide.price_ranges) != set(PRICE_RANGES):
        raise CareGuideError(f"price_ranges must name {PRICE_RANGES}")
    if Preference.PRICE_RANGE in guide.preferences:
        raise CareGuideError("the price range is a band, not a tag preference")
    return guide


def _positive(data: dict[str, Any], key: str) -> int:
    value = data[key]
    if not isinstance(value, int) or isinstance(value, bool) or value <= 0:
        raise CareGuideError(f"{key} must be a positive whole number")
    return value


def _kind(name: str, spec: dict[str, Any]) -> Kind:
    step = Step(spec["step"]) if "step" in spec else None
    daily_use = None
    if "daily_use" in spec:
        match = _AMOUNT.match(str(spec["daily_use"]))
        if match is None:
            raise CareGuideError(f"kind {name}: daily_use {spec['daily_use']!r} is not '4 ml'")
        daily_use = Decimal(match["n"].replace(",", "."))
        if daily_use <= 0:
            raise CareGuideError(f"kind {name}: daily_use must be above zero")
    days = spec.get("days")
    if days is not None and (not isinstance(days, int) or isinstance(days, bool) or days <= 0):
        raise CareGuideError(f"kind {name}: days must be a positive whole number")
    if daily_use is not None and days is not None:
        raise CareGuideError(f"kind {name}: daily_use or days, not both")
    return Kind(name, step, daily_use, days)


def _rule(number: int, spec: dict[str, Any], kinds: dict[str, Kind]) -> Rule:
    when = dict(spec["when"])
    if not when or not set(when) <= CONDITIONS:
        raise CareGuideError(f"rule {number}: conditions {sorted(when)} are not {CONDITIONS}")
    checks = {
        "skin_type": SkinType,
        "sensitivity": Sensitivity,
        "concern": Concern,
        "missing_step": Step,
    }
    for key, value in when.items():
        if key in checks:
            checks[key](value)
        elif not isinstance(value, int) or isinstance(value, bool):
            raise CareGuideError(f"rule {number}: {key} must be a whole number")
    unknown = set(spec["kinds"]) - set(kinds)
    if unknown:
        raise CareGuideError(f"rule {number}: unknown kinds {sorted(unknown)}")
    weight = spec["weight"]
    if not isinstance(weight, int) or isinstance(weight, bool) or weight <= 0:
        raise CareGuideError(f"rule {number}: weight must be a positive whole number")
    tags = spec.get("tags", [])
    if not isinstance(tags, list) or not all(isinstance(tag, str) for tag in tags):
        raise CareGuideError(f"rule {number}: tags must be a list of names")
    return Rule(
        when=when,
        kinds=frozenset(spec["kinds"]),
        tags=frozenset(tags),
        weight=weight,
        reason=_reason(spec["reason"], f"rule {number}"),
    )


def _reason(spec: dict[str, Any], where: str) -> dict[str, str]:
    missing = [lang for lang in LANGUAGES if not str(spec.get(lang, "")).strip()]
    if missing:
        raise CareGuideError(f"{where}: reason missing in {missing}")
    return {lang: str(spec[lang]).strip() for lang in LANGUAGES}


def _band(name: str, band: list[int]) -> tuple[int, int]:
    whole = isinstance(band, list) and all(
        isinstance(n, int) and not isinstance(n, bool) for n in band
    )
    if not whole or len(band) != 2 or not 0 <= band[0] < band[1]:
        raise CareGuideError(f"price range {name}: [from, up_to) in cents, from below up_to")
    return (band[0], band[1])


def amount_of(size: str) -> Decimal | None:
    """The quantity of a pack in ml or g: '50 ml' is 50, '4,8 g' is 4.8, '1 l' is 1000.

    A set ('50 ml + loción 75 ml') counts its first item, the product the
    set is named after; a size in units or without one is None.
    """
    match = re.search(r"(\d+(?:[.,]\d+)?)\s*(ml|l|g|kg)\b", size.lower())
    if match is None:
        return None
    try:
        number = Decimal(match[1].replace(",", "."))
    except InvalidOperation:  # pragma: no cover - the pattern admits only numbers
        return None
    return number * 1000 if match[2] in ("l", "kg") else number
