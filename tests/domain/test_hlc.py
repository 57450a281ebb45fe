"""The hybrid logical clock: stamps never go backwards and sort as text."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from loyalty_core.hlc import Hlc, receive, tick

FAST = settings(max_examples=200, deadline=None)


@pytest.mark.parametrize(
    ("last", "now", "stamp"),
    [
        (Hlc(1000, 5, "D01"), 2000, Hlc(2000, 0, "D01")),  # clock moved on
        (Hlc(1000, 5, "D01"), 1000, Hlc(1000, 6, "D01")),  # same millisecond
        (Hlc(1000, 5, "D01"), 400, Hlc(1000, 6, "D01")),  # wall clock went back
        (Hlc(0, 0, "D01"), 0, Hlc(0, 1, "D01")),
    ],
)
def test_tick(last: Hlc, now: int, stamp: Hlc) -> None:
    assert tick(last, now) == stamp
    assert stamp > last


@pytest.mark.parametrize(
    ("last", "remote", "now", "stamp"),
    [
        (Hlc(1000, 2, "D01"), Hlc(900, 9, "D02"), 1500, Hlc(1500, 0, "D01")),
        (Hlc(1000, 2, "D01"), Hlc(1200, 9, "D02"), 1100, Hlc(1200, 10, "D01")),
        (Hlc(1000, 2, "D01"), Hlc(900, 9, "D02"), 500, Hlc(1000, 3, "D01")),
        (Hlc(1000, 2, "D01"), Hlc(1000, 7, "D02"), 900, Hlc(1000, 8, "D01")),
    ],
)
def test_receive(last: Hlc, remote: Hlc, now: int, stamp: Hlc) -> None:
    assert receive(last, remote, now) == stamp


def test_encode_decode() -> None:
    stamp = Hlc(1_763_634_600_000, 12, "D01")
    assert stamp.encode() == "1763634600000-000012-D01"
    assert Hlc.decode(stamp.encode()) == stamp
    assert Hlc.decode("0000000000001-000000-S001-D01") == Hlc(1, 0, "S001-D01")


walls = st.integers(0, 10**13 - 1)
counters = st.integers(0, 999_999)
devices = st.text("ABCDZ0123456789", min_size=1, max_size=5)
stamps = st.builds(Hlc, walls, counters, devices)


@FAST
@given(st.builds(Hlc, walls, st.integers(0, 1000), st.just("D01")), st.lists(walls, max_size=50))
def test_ticks_always_increase_whatever_the_wall_clock_does(start: Hlc, nows: list[int]) -> None:
    last = start
    for now in nows:
        stamp = tick(last, now)
        assert stamp > last
        assert stamp.wall_ms >= now
        assert stamp.encode() > last.encode()
        last = stamp


@FAST
@given(stamps, stamps, walls)
def test_receive_is_past_both_clocks(last: Hlc, remote: Hlc, now: int) -> None:
    stamp = receive(last, remote, now)
    assert (stamp.wall_ms, stamp.counter) > (last.wall_ms, last.counter)
    assert (stamp.wall_ms, stamp.counter) > (remote.wall_ms, remote.counter)
    assert stamp.wall_ms >= now
    assert stamp.device == last.device


@FAST
@given(stamps, stamps)
def test_encoded_stamps_sort_like_the_clock(a: Hlc, b: Hlc) -> None:
    assert (a < b) == (a.encode() < b.encode())
    assert (a == b) == (a.encode() == b.encode())
    assert Hlc.decode(a.encode()) == a
