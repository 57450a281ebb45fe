"""Is this the same person? The rules the counter warns with and the server merges by.

SYNC.md: strong keys (national id, or phone and e-mail together) with the
same name merge automatically; weaker matches (one of phone or e-mail, or a
very similar name with the same birth date) go to a person for review. The
counter shows every match while a registration is typed, so the assistant
opens the existing card instead of creating a second one.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from loyalty_core.text import tokens

SIMILAR_NAME = 0.85
"""SequenceMatcher ratio of folded full names at or above which two names are 'very similar'."""


class MatchReason(StrEnum):
    NATIONAL_ID = "national_id"
    PHONE = "phone"
    EMAIL = "email"
    NAME_AND_BIRTH_DATE = "name_and_birth_date"


class Decision(StrEnum):
    MERGE = "merge"
    REVIEW = "review"


@dataclass(frozen=True, slots=True)
class Person:
    """What the rules compare: normalised values, None when not known."""

    first_name: str
    last_names: str
    national_id: str | None = None
    phone: str | None = None
    email: str | None = None
    birth_date: date | None = None


def similar_names(a: str, b: str) -> bool:
    """Very similar full names: accents, case, word order and a typo or two aside."""
    ta, tb = tokens(a), tokens(b)
    if not ta or not tb:
        return False
    if sorted(ta) == sorted(tb):
        return True
    return difflib.SequenceMatcher(None, " ".join(ta), " ".join(tb)).ratio() >= SIMILAR_NAME


def match_reasons(a: Person, b: Person) -> set[MatchReason]:
    """Every reason to think a and b are one person."""
    reasons = set()
    if a.national_id and a.national_id == b.national_id:
        reasons.add(MatchReason.NATIONAL_ID)
    if a.phone and a.phone == b.phone:
        reasons.add(MatchReason.PHONE)
    if a.email and a.email == b.email:
        reasons.add(MatchReason.EMAIL)
    if (
        a.birth_date
        and a.birth_date == b.birth_date
        and similar_names(f"{a.first_name} {a.last_names}", f"{b.first_name} {b.last_names}")
    ):
        reasons.add(MatchReason.NAME_AND_BIRTH_DATE)
    return reasons


def decide(a: Person, b: Person) -> Decision | None:
    """Merge on a strong key with a similar name; review on any weaker match; else None.

    Two people may share a phone or an e-mail (a couple, a parent and child):
    that alone is never merged. A national id shared by two different names
    is a typing mistake somewhere: a person must look.
    """
    reasons = match_reasons(a, b)
    if not reasons:
        return None
    same_name = similar_names(f"{a.first_name} {a.last_names}", f"{b.first_name} {b.last_names}")
    strong = MatchReason.NATIONAL_ID in reasons or {MatchReason.PHONE, MatchReason.EMAIL} <= reasons
    if strong and same_name and not _different_birth_dates(a, b):
        return Decision.MERGE
    return Decision.REVIEW


def _different_birth_dates(a: Person, b: Person) -> bool:
    return a.birth_date is not None and b.birth_date is not None and a.birth_date != b.birth_date
