"""Product suggestions from the latest diagnostic and the customer's habits.

The guide's rules say which product types and attributes suit which skin;
the customer's preferences are hard limits (a fragrance-free customer is
never offered a perfumed cream); products they still have, or already carry
in the basket, are left out. Each suggestion says in one line why.
"""

from __future__ import annotations

import uuid
from collections.abc import Collection, Iterable
from dataclasses import dataclass, field

from loyalty_core.care_guide import CareGuide, Rule
from loyalty_core.habits import Habits, Preference

MAX_PER_KIND = 2
"""So that six serums do not push the sunscreen off the list."""


@dataclass(frozen=True, slots=True)
class SkinPicture:
    """What a diagnostic says that the rules read."""

    skin_type: str | None = None
    sensitivity: str | None = None
    concerns: frozenset[str] = field(default_factory=frozenset)
    hydration: int | None = None
    oiliness: int | None = None
    phototype: int | None = None


@dataclass(frozen=True, slots=True)
class Candidate:
    """A catalogue product as the rules see it."""

    id: uuid.UUID
    name: str
    brand: str
    kind: str
    tags: frozenset[str]
    price_cents: int
    active: bool = True


@dataclass(frozen=True, slots=True)
class Suggestion:
    product: Candidate
    score: int
    reason: str


def matching_rules(guide: CareGuide, skin: SkinPicture | None, habits: Habits) -> list[Rule]:
    """The rules whose every condition holds for this skin and routine."""
    return [rule for rule in guide.rules if _holds(rule, skin, habits)]


def _holds(rule: Rule, skin: SkinPicture | None, habits: Habits) -> bool:
    for key, wanted in rule.when.items():
        if key == "missing_step":
            # Only a routine the advisor noted can lack a step: with none noted, nothing is known.
            if not habits.routine or wanted in habits.routine:
                return False
            continue
        if skin is None:
            return False
        if key == "skin_type" and skin.skin_type != wanted:
            return False
        if key == "sensitivity" and skin.sensitivity != wanted:
            return False
        if key == "concern" and wanted not in skin.concerns:
            return False
        if key == "hydration_below" and not (
            skin.hydration is not None and skin.hydration < int(wanted)
        ):
            return False
        if key == "oiliness_above" and not (
            skin.oiliness is not None and skin.oiliness > int(wanted)
        ):
            return False
        if key == "phototype_up_to" and not (
            skin.phototype is not None and skin.phototype <= int(wanted)
        ):
            return False
    return True


def wanted_kinds(rules: Iterable[Rule]) -> set[str]:
    """The product types worth reading from the catalogue for these rules."""
    return {kind for rule in rules for kind in rule.kinds}


def suggest(
    guide: CareGuide,
    *,
    skin: SkinPicture | None,
    habits: Habits,
    candidates: Iterable[Candidate],
    exclude: Collection[uuid.UUID] = (),
    language: str = "es",
    limit: int = 8,
) -> list[Suggestion]:
    """Rank the candidates for this customer, best first, each with its reason.

    `exclude` holds the products the customer still has or is buying now.
    Ties go to the cheaper product, then by name, so the list is stable.
    """
    rules = matching_rules(guide, skin, habits)
    if not rules:
        return []
    required = _required_tags(guide, habits)
    band = guide.price_ranges.get(habits.price_range or "")
    scored: list[Suggestion] = []
    for product in candidates:
        if not product.active or product.id in exclude:
            continue
        if not required <= product.tags:
            continue
        if band is not None and not band[0] <= product.price_cents < band[1]:
            continue
        fits = [rule for rule in rules if _fits(rule, product)]
        if not fits:
            continue
        score = sum(rule.weight for rule in fits)
        scored.append(Suggestion(product, score, _reason(guide, fits, habits, language)))
    scored.sort(key=lambda s: (-s.score, s.product.price_cents, s.product.name, s.product.id))
    chosen: list[Suggestion] = []
    per_kind: dict[str, int] = {}
    for suggestion in scored:
        if len(chosen) >= limit:
            break
        kind = suggestion.product.kind
        if per_kind.get(kind, 0) >= MAX_PER_KIND:
            continue
        per_kind[kind] = per_kind.get(kind, 0) + 1
        chosen.append(suggestion)
    return chosen


def _fits(rule: Rule, product: Candidate) -> bool:
    return product.kind in rule.kinds and (not rule.tags or bool(rule.tags & product.tags))


def _required_tags(guide: CareGuide, habits: Habits) -> frozenset[str]:
    return frozenset(guide.preferences[p].tag for p in _preferences_held(guide, habits))


def _preferences_held(guide: CareGuide, habits: Habits) -> list[Preference]:
    held = {
        Preference.FRAGRANCE_FREE: habits.fragrance_free,
        Preference.VEGAN: habits.vegan,
        Preference.SENSITIVE_SKIN: habits.sensitive_skin,
    }
    return [name for name in guide.preferences if held.get(name)]


def _reason(guide: CareGuide, fits: list[Rule], habits: Habits, language: str) -> str:
    """'for dehydration, fragrance-free as preferred': the two weightiest reasons, then wishes."""
    ordered = sorted(fits, key=lambda rule: -rule.weight)
    parts: list[str] = []
    for rule in ordered:
        text = rule.reason.get(language) or rule.reason["es"]
        if text not in parts:
            parts.append(text)
        if len(parts) == 2:
            break
    for name in _preferences_held(guide, habits):
        reason = guide.preferences[name].reason
        parts.append(reason.get(language) or reason["es"])
    return ", ".join(parts)
