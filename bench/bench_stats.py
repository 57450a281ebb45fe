"""Percentiles and tables for the benchmarks, the one way every bench reports them."""

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


def print_cells(cells: Sequence[tuple[str, ...]], left: tuple[int, ...] = (0,)) -> None:
    """Print a table: the first row is the head, columns in `left` flush left."""
    widths = [max(len(c[i]) for c in cells) for i in range(len(cells[0]))]
    for i, line in enumerate(cells):
        print(
            "  ".join(
                c.ljust(w) if j in left else c.rjust(w)
                for j, (c, w) in enumerate(zip(line, widths, strict=True))
            ).rstrip()
        )
        if i == 0:
            print("  ".join("-" * w for w in widths))
