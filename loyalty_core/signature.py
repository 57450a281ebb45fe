"""A hand signature as vectors: strokes of points, with pen pressure.

The pad keeps what the pen did, not a picture: the strokes can be drawn at
any size (screen, PDF, print), hashed as canonical JSON, and checked for a
signature that is really there. Coordinates are in the pad's own units
(pixels of a `width` x `height` box); pressure runs 0..1 (a mouse or a
finger gives 1).
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import pairwise
from typing import Any

from loyalty_core.errors import UserFacingError
from loyalty_core.receipt_chain import canonical_json, sha256_hex

MIN_INK_FRACTION = 0.6
"""The least total stroke length a signature may have, as a fraction of the pad's width."""
MIN_SPAN_FRACTION = 0.15
"""How wide a signature must spread, as a fraction of the pad's width."""
MAX_POINTS = 20_000
"""More points than any hand signature has: a bound on what is stored and synced."""


class SignatureTooShort(UserFacingError):
    """An empty, dotted or scribbled-in-a-corner signature."""

    code = "signature_too_short"


@dataclass(frozen=True, slots=True)
class PenPoint:
    x: float
    y: float
    pressure: float = 1.0
    t_ms: int = 0
    """Milliseconds since the first point of the signature."""


Stroke = tuple[PenPoint, ...]


@dataclass(frozen=True, slots=True)
class Signature:
    width: int
    height: int
    strokes: tuple[Stroke, ...]

    @property
    def point_count(self) -> int:
        return sum(len(s) for s in self.strokes)

    def ink_length(self) -> float:
        """Total length drawn, in pad units."""
        total = 0.0
        for stroke in self.strokes:
            for a, b in pairwise(stroke):
                total += math.hypot(b.x - a.x, b.y - a.y)
        return total

    def bounds(self) -> tuple[float, float, float, float] | None:
        """(left, top, right, bottom) of every point, or None when empty."""
        points = [p for s in self.strokes for p in s]
        if not points:
            return None
        xs = [p.x for p in points]
        ys = [p.y for p in points]
        return min(xs), min(ys), max(xs), max(ys)

    def to_data(self) -> dict[str, Any]:
        """Plain data for JSON: coordinates rounded to 0.1, pressure to 0.01."""
        return {
            "width": self.width,
            "height": self.height,
            "strokes": [
                [[round(p.x, 1), round(p.y, 1), round(p.pressure, 2), p.t_ms] for p in s]
                for s in self.strokes
            ],
        }

    @classmethod
    def from_data(cls, data: dict[str, Any]) -> Signature:
        """Read what `to_data` wrote; raise ValueError on anything else."""
        try:
            width, height = _integer(data["width"]), _integer(data["height"])
            raw_strokes = data["strokes"]
            if not isinstance(raw_strokes, list | tuple):
                raise TypeError("strokes must be a list")
            # Counted before any point is built: a huge payload is refused cheaply.
            if sum(len(stroke) for stroke in raw_strokes) > MAX_POINTS:
                raise ValueError(f"a signature has at most {MAX_POINTS} points")
            strokes = tuple(tuple(_pen_point(raw) for raw in stroke) for stroke in raw_strokes)
        except (KeyError, TypeError, ValueError) as exc:
            raise ValueError(f"not a signature: {exc}") from None
        if not (0 < width <= 10_000 and 0 < height <= 10_000):
            raise ValueError("a signature pad is between 1 and 10,000 units wide and high")
        return cls(width, height, strokes)

    def sha256(self) -> str:
        """Hash of the canonical vectors: what the consent record seals."""
        return sha256_hex(canonical_json(self.to_data()))


def signature_from_strokes(
    width: int, height: int, strokes: Iterable[Sequence[PenPoint]]
) -> Signature:
    """Build a signature, dropping empty strokes."""
    return Signature(width, height, tuple(tuple(s) for s in strokes if s))


def check_signature(signature: Signature) -> None:
    """Refuse a signature that is empty, a dot, or too small to be one.

    A real signature, even a short one, is drawn across a good part of the
    pad; a tap or a tiny tick is not a signature a person could recognise.
    """
    bounds = signature.bounds()
    if bounds is None:
        raise SignatureTooShort("the signature is empty")
    left, _top, right, _bottom = bounds
    # Written as "not enough" so that a NaN coordinate is refused, not waved through.
    if not signature.ink_length() >= MIN_INK_FRACTION * signature.width:
        raise SignatureTooShort("the signature is too short")
    if not right - left >= MIN_SPAN_FRACTION * signature.width:
        raise SignatureTooShort("the signature is too small")
    if signature.point_count > MAX_POINTS:
        raise SignatureTooShort("the signature has too many points")


def _integer(value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"{value!r} is not an integer")
    return value


def _finite(value: Any) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise TypeError(f"{value!r} is not a number")
    if not math.isfinite(value):
        raise ValueError(f"{value!r} is not a finite number")
    return float(value)


def _pen_point(raw: Any) -> PenPoint:
    if not isinstance(raw, list | tuple) or len(raw) != 4:
        raise TypeError(f"{raw!r} is not [x, y, pressure, t_ms]")
    x, y, pressure, t_ms = _finite(raw[0]), _finite(raw[1]), _finite(raw[2]), _integer(raw[3])
    if not 0.0 <= pressure <= 1.0 or t_ms < 0:
        raise ValueError(f"{raw!r}: pressure runs 0..1 and time from 0")
    return PenPoint(x, y, pressure, t_ms)
