"""Percentiles for the benchmarks, the one way every bench reports them."""

from __future__ import annotations

import math
import statistics
from collections.abc import Sequence


def pcts(values: Sequence[float]) -> tuple[float, float, float]:
    """p50, p99 and max (inclusive quantiles: with few values p99 nears the max)."""
    if not values:
        return math.nan, math.nan, math.nan
    if len(values) == 1:
        return values[0], values[0], values[0]
    q = statistics.quantiles(values, n=100, method="inclusive")
    return statistics.median(values), q[98], max(values)
