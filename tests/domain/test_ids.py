"""UUIDv7: version, variant, time order, time read back."""

from __future__ import annotations

import time
import uuid

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from loyalty_core.ids import uuid7, uuid7_time_ms

MS = st.integers(0, 2**48 - 1)
TAILS = st.binary(min_size=10, max_size=10)


def test_known_value() -> None:
    u = uuid7(0x0189_1234_5678, bytes(10))
    assert str(u) == "01891234-5678-7000-8000-000000000000"
    assert u.version == 7
    assert u.variant == uuid.RFC_4122
    assert uuid7_time_ms(u) == 0x0189_1234_5678


def test_default_uses_the_current_time() -> None:
    before = time.time_ns() // 1_000_000
    u = uuid7()
    after = time.time_ns() // 1_000_000
    assert before <= uuid7_time_ms(u) <= after
    assert u.version == 7
    assert uuid7() != u  # random bits differ


@pytest.mark.parametrize("size", [0, 9, 11])
def test_random_part_must_be_ten_bytes(size: int) -> None:
    with pytest.raises(ValueError):
        uuid7(1, bytes(size))


@settings(max_examples=200, deadline=None)
@given(MS, TAILS)
def test_version_variant_and_time(ms: int, tail: bytes) -> None:
    u = uuid7(ms, tail)
    assert u.version == 7
    assert u.variant == uuid.RFC_4122
    assert uuid7_time_ms(u) == ms


@settings(max_examples=200, deadline=None)
@given(MS, MS, TAILS, TAILS)
def test_ids_sort_by_time(ms1: int, ms2: int, t1: bytes, t2: bytes) -> None:
    a, b = uuid7(ms1, t1), uuid7(ms2, t2)
    if ms1 < ms2:
        assert a < b and str(a) < str(b) and a.bytes < b.bytes
