"""Same person or not: merge on a strong key with the same name, a person looks otherwise."""

from __future__ import annotations

from datetime import date

from loyalty_core.duplicates import (
    Decision,
    MatchReason,
    Person,
    decide,
    match_reasons,
    similar_names,
)

LUCIA = Person(
    "Lucía",
    "Fernández Ortega",
    national_id="12345678Z",
    phone="+34655443322",
    email="lucia@example.es",
    birth_date=date(1991, 3, 14),
)


def test_names_are_similar_across_accents_case_order_and_a_typo() -> None:
    assert similar_names("Lucía Fernández Ortega", "LUCIA FERNANDEZ ORTEGA")
    assert similar_names("Lucía Fernández Ortega", "Fernández Ortega Lucía")
    assert similar_names("Lucía Fernández Ortega", "Lucia Fernandez Ortga")
    assert not similar_names("Lucía Fernández Ortega", "Lucas Fernández Ortega de la Vega")
    assert not similar_names("", "Lucía")


def test_the_same_dni_and_name_merges() -> None:
    other = Person("LUCIA", "Fernandez Ortega", national_id="12345678Z")
    assert decide(LUCIA, other) == Decision.MERGE


def test_the_same_phone_and_email_and_name_merges() -> None:
    other = Person("Lucia", "Fernández Ortega", phone=LUCIA.phone, email=LUCIA.email)
    assert decide(LUCIA, other) == Decision.MERGE


def test_a_shared_phone_alone_is_a_family_not_a_merge() -> None:
    mother = Person("Carmen", "Ortega Ruiz", phone=LUCIA.phone)
    assert decide(LUCIA, mother) == Decision.REVIEW
    assert match_reasons(LUCIA, mother) == {MatchReason.PHONE}


def test_a_dni_shared_by_two_different_names_is_a_mistake_a_person_must_see() -> None:
    other = Person("Pedro", "Martín Gil", national_id="12345678Z")
    assert decide(LUCIA, other) == Decision.REVIEW


def test_a_strong_key_with_different_birth_dates_is_reviewed() -> None:
    other = Person(
        "Lucía", "Fernández Ortega", national_id="12345678Z", birth_date=date(1990, 1, 1)
    )
    assert decide(LUCIA, other) == Decision.REVIEW


def test_a_similar_name_and_the_same_birth_date_is_reviewed() -> None:
    other = Person("Lucia", "Fernandez Ortega", birth_date=date(1991, 3, 14))
    assert decide(LUCIA, other) == Decision.REVIEW
    assert match_reasons(LUCIA, other) == {MatchReason.NAME_AND_BIRTH_DATE}


def test_strangers_are_left_alone() -> None:
    assert decide(LUCIA, Person("Ana", "Gil", birth_date=date(1991, 3, 14))) is None
