"""Signatures as vectors (`loyalty_core.signature`): reading, hashing and refusing them."""

from __future__ import annotations

import json
import math
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from loyalty_core.errors import UserFacingError
from loyalty_core.signature import (
    MAX_POINTS,
    PenPoint,
    Signature,
    SignatureTooShort,
    check_signature,
    signature_from_strokes,
)

WIDTH, HEIGHT = 600, 220


def polyline(*xy: tuple[float, float], pressure: float = 1.0) -> tuple[PenPoint, ...]:
    return tuple(PenPoint(x, y, pressure, 10 * i) for i, (x, y) in enumerate(xy))


def handwriting(left: float = 40, right: float = 560, n: int = 240) -> tuple[PenPoint, ...]:
    """A loopy cursive line across the pad, as a hand signs a name."""
    points = []
    for i in range(n):
        s = i / (n - 1)
        x = left + (right - left) * s + 16 * math.cos(10 * math.pi * s)
        y = 120 - 34 * math.sin(10 * math.pi * s) * (0.6 + 0.4 * math.sin(3 * s))
        points.append(PenPoint(x, y, 0.3 + 0.6 * s, 8 * i))
    return tuple(points)


def data(**changes: Any) -> dict[str, Any]:
    base: dict[str, Any] = {
        "width": WIDTH,
        "height": HEIGHT,
        "strokes": [[[10.0, 20.0, 0.5, 0], [30.5, 40.0, 0.75, 12]]],
    }
    base.update(changes)
    return base


# -- to_data / from_data ------------------------------------------------------------
coordinates = st.floats(0, 10_000, allow_nan=False, allow_infinity=False)
pen_points = st.builds(
    PenPoint,
    x=coordinates,
    y=coordinates,
    pressure=st.floats(0, 1, allow_nan=False),
    t_ms=st.integers(0, 10_000_000),
)
signatures = st.builds(
    Signature,
    width=st.integers(1, 10_000),
    height=st.integers(1, 10_000),
    strokes=st.lists(st.lists(pen_points, min_size=1, max_size=30).map(tuple), max_size=8).map(
        tuple
    ),
)


@given(signatures)
def test_what_to_data_writes_from_data_reads_back_within_the_rounding(sig: Signature) -> None:
    stored = json.loads(json.dumps(sig.to_data()))
    back = Signature.from_data(stored)
    assert (back.width, back.height) == (sig.width, sig.height)
    assert [len(s) for s in back.strokes] == [len(s) for s in sig.strokes]
    for stroke, stroke_back in zip(sig.strokes, back.strokes, strict=True):
        for p, q in zip(stroke, stroke_back, strict=True):
            assert abs(p.x - q.x) <= 0.05 + 1e-9
            assert abs(p.y - q.y) <= 0.05 + 1e-9
            assert abs(p.pressure - q.pressure) <= 0.005 + 1e-9
            assert p.t_ms == q.t_ms
    # What is stored is stable: reading it back and writing again changes nothing.
    assert back.to_data() == stored
    assert back.sha256() == sig.sha256()


@pytest.mark.parametrize(
    "bad",
    [
        pytest.param(None, id="not a mapping"),
        pytest.param([WIDTH, HEIGHT, []], id="a list"),
        pytest.param({"height": HEIGHT, "strokes": []}, id="no width"),
        pytest.param({"width": WIDTH, "strokes": []}, id="no height"),
        pytest.param({"width": WIDTH, "height": HEIGHT}, id="no strokes"),
        pytest.param(data(width="600"), id="width as text"),
        pytest.param(data(width=600.5), id="width as float"),
        pytest.param(data(width=True), id="width as bool"),
        pytest.param(data(width=None), id="width None"),
        pytest.param(data(width=float("inf")), id="width infinite"),
        pytest.param(data(strokes=5), id="strokes a number"),
        pytest.param(data(strokes="abcd"), id="strokes a string"),
        pytest.param(data(strokes={"a": []}), id="strokes a mapping"),
        pytest.param(data(strokes=[5]), id="stroke a number"),
        pytest.param(data(strokes=[[[1.0, 2.0, 1.0]]]), id="point of three"),
        pytest.param(data(strokes=[[[1.0, 2.0, 1.0, 0, 9]]]), id="point of five"),
        pytest.param(data(strokes=[["abcd"]]), id="point a string"),
        pytest.param(data(strokes=[[["1", 2.0, 1.0, 0]]]), id="x as text"),
        pytest.param(data(strokes=[[[None, 2.0, 1.0, 0]]]), id="x None"),
        pytest.param(data(strokes=[[[float("nan"), 2.0, 1.0, 0]]]), id="x NaN"),
        pytest.param(data(strokes=[[[1.0, float("inf"), 1.0, 0]]]), id="y infinite"),
        pytest.param(data(strokes=[[[1.0, 2.0, 1.5, 0]]]), id="pressure above 1"),
        pytest.param(data(strokes=[[[1.0, 2.0, -0.1, 0]]]), id="pressure below 0"),
        pytest.param(data(strokes=[[[1.0, 2.0, 1.0, 1.5]]]), id="time as float"),
        pytest.param(data(strokes=[[[1.0, 2.0, 1.0, -3]]]), id="time negative"),
        pytest.param(data(strokes=[[[1.0, 2.0, 1.0, 1e400]]]), id="time infinite"),
        pytest.param(data(width=0), id="width 0"),
        pytest.param(data(height=-1), id="height negative"),
        pytest.param(data(width=10_001), id="width too large"),
        pytest.param(data(height=10**9), id="height absurd"),
    ],
)
def test_from_data_refuses_anything_to_data_does_not_write(bad: Any) -> None:
    with pytest.raises(ValueError):
        Signature.from_data(bad)


def test_from_data_takes_at_most_max_points_over_all_strokes() -> None:
    point = [1.0, 2.0, 1.0, 0]
    half = MAX_POINTS // 2
    assert Signature.from_data(data(strokes=[[point] * half, [point] * half])).point_count == (
        MAX_POINTS
    )
    with pytest.raises(ValueError, match="at most"):
        Signature.from_data(data(strokes=[[point] * half, [point] * (half + 1)]))


def test_from_data_accepts_integers_where_floats_are_written() -> None:
    sig = Signature.from_data(data(strokes=[[[10, 20, 1, 0]]]))
    assert sig.strokes == ((PenPoint(10.0, 20.0, 1.0, 0),),)


# -- check_signature ----------------------------------------------------------------
NARROW = polyline(*[(300 + 20 * (i % 2), 40 + 7 * i) for i in range(20)])
"""A zigzag down a 20 px column: plenty of ink, no width."""


@pytest.mark.parametrize(
    ("strokes", "reason"),
    [
        pytest.param([], "empty", id="empty"),
        pytest.param([(), ()], "empty", id="only empty strokes"),
        pytest.param([polyline((300, 100))], "short", id="a dot"),
        pytest.param([polyline((100, 100)), polyline((500, 100))], "short", id="two dots"),
        pytest.param([polyline((100, 100), (300, 110))], "short", id="a short dash"),
        pytest.param(
            [polyline(*[(280 + 9 * (i % 3), 100 + 5 * (i % 2)) for i in range(30)])],
            "small",
            id="a tiny scribble",
        ),
        pytest.param([NARROW], "small", id="narrow"),
    ],
)
def test_check_signature_refuses_what_is_no_signature(strokes: list[Any], reason: str) -> None:
    sig = signature_from_strokes(WIDTH, HEIGHT, strokes)
    with pytest.raises(SignatureTooShort, match=reason) as caught:
        check_signature(sig)
    assert isinstance(caught.value, UserFacingError)
    assert caught.value.code == "signature_too_short"


def test_the_narrow_case_has_the_ink_of_a_signature() -> None:
    # Otherwise the "narrow" case above would be refused for the wrong reason.
    assert Signature(WIDTH, HEIGHT, (NARROW,)).ink_length() > 0.6 * WIDTH


@pytest.mark.parametrize(
    "strokes",
    [
        pytest.param([handwriting()], id="one flowing stroke"),
        pytest.param(
            [
                handwriting(40, 300, 140),
                handwriting(330, 560, 120),
                polyline((60, 170), (540, 160)),
            ],
            id="name, surname and an underline",
        ),
    ],
)
def test_check_signature_accepts_a_real_signature(strokes: list[Any]) -> None:
    check_signature(signature_from_strokes(WIDTH, HEIGHT, strokes))


def test_check_signature_refuses_too_many_points() -> None:
    many = tuple(PenPoint(40 + (i % 500), 100 + (i % 7), 1.0, i) for i in range(MAX_POINTS + 1))
    with pytest.raises(SignatureTooShort, match="too many"):
        check_signature(Signature(WIDTH, HEIGHT, (many,)))


def test_check_signature_refuses_a_nan_that_would_make_any_length_pass() -> None:
    forged = polyline((0, 100), (math.nan, 100), (400, 100))
    with pytest.raises(SignatureTooShort):
        check_signature(Signature(WIDTH, HEIGHT, (forged,)))


# -- measures and hashes ------------------------------------------------------------
def test_ink_length_adds_every_segment_of_every_stroke_but_not_the_jumps() -> None:
    sig = Signature(
        WIDTH,
        HEIGHT,
        (polyline((0, 0), (3, 4), (3, 0)), polyline((10, 10), (10, 20)), polyline((90, 90))),
    )
    assert sig.ink_length() == pytest.approx(5 + 4 + 10)
    assert sig.bounds() == (0, 0, 90, 90)
    assert sig.point_count == 6
    assert Signature(WIDTH, HEIGHT, ()).ink_length() == 0
    assert Signature(WIDTH, HEIGHT, ()).bounds() is None


def test_signature_from_strokes_drops_empty_strokes() -> None:
    sig = signature_from_strokes(WIDTH, HEIGHT, [[], list(polyline((1, 2), (3, 4))), []])
    assert sig.strokes == (polyline((1, 2), (3, 4)),)


def test_sha256_is_stable_and_tells_strokes_apart() -> None:
    strokes = (handwriting(),)
    sig = Signature(WIDTH, HEIGHT, strokes)
    digest = sig.sha256()
    assert len(digest) == 64 and int(digest, 16) >= 0
    assert Signature(WIDTH, HEIGHT, strokes).sha256() == digest
    assert Signature.from_data(json.loads(json.dumps(sig.to_data()))).sha256() == digest
    moved = (
        (*strokes[0][:10], PenPoint(strokes[0][10].x + 1, strokes[0][10].y), *strokes[0][11:]),
    )
    lighter = (tuple(PenPoint(p.x, p.y, p.pressure / 2, p.t_ms) for p in strokes[0]),)
    split = (strokes[0][:100], strokes[0][100:])
    others = {
        Signature(WIDTH, HEIGHT, moved).sha256(),
        Signature(WIDTH, HEIGHT, lighter).sha256(),
        Signature(WIDTH, HEIGHT, split).sha256(),
        Signature(WIDTH + 1, HEIGHT, strokes).sha256(),
    }
    assert digest not in others and len(others) == 4
