"""The receipt chain: any change to a record or its predecessor shows."""

from __future__ import annotations

import hashlib
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from loyalty_core.receipt_chain import (
    GENESIS_HASH,
    canonical_json,
    receipt_hash,
    receipt_number,
    sha256_hex,
)

RECORD: dict[str, Any] = {
    "receipt_number": "S001-D01-000001",
    "total_cents": 7682,
    "customer": "María José Núñez",
    "lines": [{"code": "8412345000013", "quantity": 2, "net_cents": 5977}],
    "points_earned": 96,
}
PREV = "a" * 64


def test_hash_is_sha256_of_canonical_json() -> None:
    text = canonical_json({"prev": PREV, "record": RECORD})
    assert receipt_hash(RECORD, PREV) == hashlib.sha256(text.encode()).hexdigest()
    assert len(receipt_hash(RECORD, PREV)) == 64


def test_canonical_json_is_key_order_independent_and_compact() -> None:
    assert canonical_json({"b": 1, "a": [1, {"d": 2, "c": "Ñ"}]}) == (
        '{"a":[1,{"c":"Ñ","d":2}],"b":1}'
    )
    shuffled = dict(reversed(list(RECORD.items())))
    assert canonical_json(shuffled) == canonical_json(RECORD)
    assert receipt_hash(shuffled, PREV) == receipt_hash(RECORD, PREV)


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("receipt_number", "S001-D01-000002"),
        ("total_cents", 7681),
        ("total_cents", "7682"),  # same digits, different type
        ("customer", "Maria Jose Nunez"),
        ("lines", [{"code": "8412345000013", "quantity": 1, "net_cents": 5977}]),
        ("points_earned", 960),
        ("extra", None),
    ],
)
def test_changing_any_field_changes_the_hash(field: str, value: Any) -> None:
    assert receipt_hash({**RECORD, field: value}, PREV) != receipt_hash(RECORD, PREV)


def test_removing_a_field_changes_the_hash() -> None:
    for field in RECORD:
        smaller = {k: v for k, v in RECORD.items() if k != field}
        assert receipt_hash(smaller, PREV) != receipt_hash(RECORD, PREV)


def test_changing_the_previous_hash_changes_the_hash() -> None:
    assert receipt_hash(RECORD, GENESIS_HASH) != receipt_hash(RECORD, PREV)
    assert receipt_hash(RECORD, PREV[:-1] + "b") != receipt_hash(RECORD, PREV)


def test_a_chain_shows_a_removed_record() -> None:
    records = [{**RECORD, "receipt_number": f"S001-D01-{n:06d}"} for n in (1, 2, 3)]
    hashes = []
    prev = GENESIS_HASH
    for r in records:
        prev = receipt_hash(r, prev)
        hashes.append(prev)
    # dropping record 2: record 3 no longer verifies against record 1
    assert receipt_hash(records[2], hashes[0]) != hashes[2]


@settings(max_examples=200, deadline=None)
@given(st.dictionaries(st.text(max_size=8), st.integers() | st.text(max_size=8), max_size=6))
def test_canonical_json_hash_is_stable_under_reordering(data: dict[str, Any]) -> None:
    shuffled = dict(reversed(list(data.items())))
    assert sha256_hex(canonical_json(shuffled)) == sha256_hex(canonical_json(data))


@pytest.mark.parametrize(
    ("args", "number"),
    [
        (("S001", "D01", 1), "S001-D01-000001"),
        (("S001", "D01", 2), "S001-D01-000002"),
        (("S001", "D01", 123456), "S001-D01-123456"),
        (("S001", "D01", 1, "R"), "S001-D01-R000001"),
    ],
)
def test_receipt_number(args: tuple, number: str) -> None:
    assert receipt_number(*args) == number
