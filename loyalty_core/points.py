"""Points: earned per unit and per euro, reversed exactly on returns.

Rule (stated so both sides agree):
- each line earns `points_per_unit x quantity` from the catalogue;
- the ticket earns `points_per_euro` for every full euro of its total
  after all discounts (rounded down: 19,99 € earns 19 at 1 point per euro);
- the per-euro points are spread over the lines in proportion to what each
  line cost after discounts (largest remainder, so they add up exactly);
- a campaign multiplier, when given, multiplies each line's points, the
  result rounded down;
- a sale with no customer earns nothing.
A return reverses, for the units returned, the line's earned points by
cumulative share: returning every unit in any number of steps reverses
exactly what the line earned, never more.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import ROUND_FLOOR, Decimal

from loyalty_core.cart import PricedCart
from loyalty_core.money import allocate, cumulative_share


@dataclass(frozen=True)
class PointsRule:
    points_per_euro: int = 1
    multiplier: Decimal = Decimal(1)


@dataclass(frozen=True)
class LinePoints:
    line_index: int
    unit_points: int
    amount_points: int

    @property
    def total(self) -> int:
        return self.unit_points + self.amount_points


def earn(priced: PricedCart, rule: PointsRule, *, has_customer: bool = True) -> list[LinePoints]:
    """Return the points each line of a priced cart earns."""
    if not has_customer:
        return [LinePoints(i, 0, 0) for i in range(len(priced.lines))]
    return earn_by_line(
        total_cents=priced.total_cents,
        nets=[p.net_cents for p in priced.lines],
        unit_points=[p.line.points_per_unit * p.line.quantity for p in priced.lines],
        rule=rule,
    )


def earn_by_line(
    *, total_cents: int, nets: Sequence[int], unit_points: Sequence[int], rule: PointsRule
) -> list[LinePoints]:
    """The rule itself, on what each line cost and earns per unit.

    The counter applies it to a priced cart; the server to the lines of a
    sale it received, to check the points the counter gave.
    """
    euros = max(total_cents, 0) // 100
    amount_points = (
        allocate(euros * rule.points_per_euro, [max(net, 0) for net in nets])
        if total_cents >= 100
        else [0] * len(nets)
    )
    return [
        LinePoints(
            i, multiply_points(unit, rule.multiplier), multiply_points(from_amount, rule.multiplier)
        )
        for i, (unit, from_amount) in enumerate(zip(unit_points, amount_points, strict=True))
    ]


def multiply_points(points: int, multiplier: Decimal) -> int:
    """Points times a multiplier, rounded down (a customer never gets a point in advance)."""
    return int((Decimal(points) * multiplier).to_integral_value(ROUND_FLOOR))


def reversal(line_points: int, *, sold: int, already_returned: int, returning: int) -> int:
    """Return the points to take back when `returning` units of a line come back."""
    return cumulative_share(line_points, already_returned, returning, sold)
