"""Consents: each purpose on its own, the latest statement wins, one rule for marketing."""

from __future__ import annotations

import random

import pytest
from hypothesis import given
from hypothesis import strategies as st

from loyalty_core.consent import (
    PURPOSES,
    BadConsentText,
    ConsentRequired,
    ConsentStatement,
    Purpose,
    current_state,
    document_digest,
    enrolment_choices,
    may_market,
    needs_signature,
    parse_consent_text,
)
from loyalty_core.hlc import Hlc


def stamp(ms: int, counter: int = 0, device: str = "D01") -> str:
    return Hlc(ms, counter, device).encode()


statements = st.lists(
    st.builds(
        ConsentStatement,
        hlc=st.builds(
            stamp,
            st.integers(0, 10_000),
            st.integers(0, 3),
            st.sampled_from(["D01", "D02", "D03"]),
        ),
        choices=st.dictionaries(st.sampled_from([str(p) for p in PURPOSES]), st.booleans()),
    ),
    max_size=12,
)


@given(statements, st.randoms())
def test_the_state_does_not_depend_on_the_order_records_arrive_in(
    records: list[ConsentStatement], rng: random.Random
) -> None:
    shuffled = list(records)
    rng.shuffle(shuffled)
    assert current_state(records) == current_state(shuffled)


@given(statements)
def test_each_purpose_is_what_its_latest_statement_says(records: list[ConsentStatement]) -> None:
    state = current_state(records)
    for purpose in PURPOSES:
        stating = [r for r in records if str(purpose) in r.choices]
        if not stating:
            assert state[purpose] is False  # never asked: not given
        else:
            newest = max(Hlc.decode(r.hlc) for r in stating)
            said = {r.choices[str(purpose)] for r in stating if Hlc.decode(r.hlc) == newest}
            assert state[purpose] is all(said)  # one stamp saying both: not given


def test_a_withdrawal_is_not_undone_by_an_older_record_arriving_late() -> None:
    enrolment = ConsentStatement(stamp(1000), {p: True for p in PURPOSES})
    withdrawal = ConsentStatement(stamp(2000, device="D02"), {"email": False})
    stale_change = ConsentStatement(stamp(1500, device="D03"), {"sms": False})
    state = current_state([withdrawal, stale_change, enrolment])
    assert state[Purpose.EMAIL] is False and state[Purpose.SMS] is False
    assert state[Purpose.CLUB] is True and state[Purpose.PROFILING] is True


def test_marketing_needs_the_club_and_the_channel() -> None:
    everything = {p: True for p in PURPOSES}
    assert may_market(everything, Purpose.EMAIL)
    assert not may_market({**everything, Purpose.CLUB: False}, Purpose.EMAIL)
    assert not may_market({**everything, Purpose.SMS: False}, Purpose.SMS)
    with pytest.raises(ValueError):
        may_market(everything, Purpose.SKIN_DATA)  # not a marketing purpose


def test_an_enrolment_answers_every_purpose_and_accepts_the_club_terms() -> None:
    with pytest.raises(ConsentRequired):
        enrolment_choices({p: p != Purpose.CLUB for p in PURPOSES})
    with pytest.raises(ValueError):
        enrolment_choices({Purpose.CLUB: True})
    assert enrolment_choices({p: p == Purpose.CLUB for p in PURPOSES})[Purpose.SMS] is False


def test_only_giving_consent_needs_a_signature() -> None:
    assert not needs_signature({Purpose.EMAIL: False, Purpose.SMS: False})
    assert needs_signature({Purpose.EMAIL: False, Purpose.SMS: True})


def test_the_digest_changes_with_any_field_and_not_with_key_order() -> None:
    record = {"customer": {"name": "Ana"}, "choices": {"club": True}, "signed_at": "2026"}
    reordered = {"signed_at": "2026", "choices": {"club": True}, "customer": {"name": "Ana"}}
    assert document_digest(record) == document_digest(reordered)
    assert document_digest(record) != document_digest({**record, "choices": {"club": False}})


def test_a_consent_text_missing_a_purpose_is_refused() -> None:
    source = (
        'version = "1"\nlanguage = "es"\ntitle = "T"\ncontroller = "C"\nintro = "I"\n'
        'rights = "R"\n[purposes.club]\nlabel = "L"\ntext = "T"\n'
    )
    with pytest.raises(BadConsentText):
        parse_consent_text(source)
