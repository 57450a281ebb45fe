"""What the server checks in a sale it receives, without ever refusing it.

A sale happened at the counter: it is recorded whatever these checks say.
Each problem becomes a flag on the record and a case for a person. The
rules are the counter's own (`loyalty_core.cart`, `points`, `roles`), so
both sides agree on what a correct sale is.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum

from loyalty_core.money import percent_of
from loyalty_core.points import PointsRule, earn_by_line
from loyalty_core.roles import MAX_DISCOUNT_PERCENT, Role
from loyalty_core.wire import SalePayload


class SaleFlag(StrEnum):
    TOTALS_MISMATCH = "totals_mismatch"
    PAYMENTS_MISMATCH = "payments_mismatch"
    UNKNOWN_PRODUCT = "unknown_product"
    PRICE_DIFFERS = "price_differs"
    DISCOUNT_OVER_LIMIT = "discount_over_limit"
    POINTS_MISMATCH = "points_mismatch"
    STAFF_UNKNOWN = "staff_unknown"
    STAFF_DISABLED = "staff_disabled"


@dataclass(frozen=True)
class ProductFacts:
    price_cents: int
    points_per_unit: int


@dataclass(frozen=True)
class StaffFacts:
    role: Role
    active: bool


def expected_points(
    sale: SalePayload, catalogue: Mapping[str, ProductFacts], rule: PointsRule
) -> int | None:
    """Recompute what a sale earns by the points rule; None when it cannot be known."""
    if sale.customer_id is None or sale.kind != "sale":
        return 0 if sale.customer_id is None else None
    facts = [catalogue.get(line.code) for line in sale.lines]
    if any(f is None for f in facts):
        return None
    lines = earn_by_line(
        total_cents=sale.total_cents,
        nets=[line.net_cents for line in sale.lines],
        unit_points=[
            f.points_per_unit * line.quantity
            for f, line in zip(facts, sale.lines, strict=True)
            if f
        ],
        rule=rule,
    )
    return sum(line.total for line in lines)


def review_sale(
    sale: SalePayload,
    *,
    catalogue: Mapping[str, ProductFacts],
    staff: StaffFacts | None,
    rule: PointsRule,
    discounts_by_role: bool = True,
) -> list[SaleFlag]:
    """Return what a person should look at in this sale (empty when all is in order).

    `discounts_by_role` is False for a sale brought in from the store's till:
    its discounts were the till's, not those of whoever imported the file.
    """
    flags: list[SaleFlag] = []
    if staff is None:
        flags.append(SaleFlag.STAFF_UNKNOWN)
    elif not staff.active:
        flags.append(SaleFlag.STAFF_DISABLED)
    gross_total = 0
    for line in sale.lines:
        gross = line.quantity * line.unit_price_cents
        gross_total += gross
        if gross - line.line_discount_cents - line.ticket_discount_cents != line.net_cents:
            flags.append(SaleFlag.TOTALS_MISMATCH)
        facts = catalogue.get(line.code)
        if facts is None:
            flags.append(SaleFlag.UNKNOWN_PRODUCT)
        elif facts.price_cents != line.unit_price_cents:
            flags.append(SaleFlag.PRICE_DIFFERS)
    if sum(line.net_cents for line in sale.lines) != sale.total_cents:
        flags.append(SaleFlag.TOTALS_MISMATCH)
    if sum(p.amount_cents for p in sale.payments) != sale.total_cents:
        flags.append(SaleFlag.PAYMENTS_MISMATCH)
    by_role = discounts_by_role and staff is not None and sale.kind == "sale"
    if by_role and staff is not None and _over_limit(sale, staff.role, gross_total):
        flags.append(SaleFlag.DISCOUNT_OVER_LIMIT)
    expected = expected_points(sale, catalogue, rule)
    if expected is not None and expected != sale.points_earned:
        flags.append(SaleFlag.POINTS_MISMATCH)
    return list(dict.fromkeys(flags))


def _over_limit(sale: SalePayload, role: Role, gross_total: int) -> bool:
    limit = MAX_DISCOUNT_PERCENT[role]
    for line in sale.lines:
        if line.line_discount_cents > percent_of(line.quantity * line.unit_price_cents, limit):
            return True
    off = sum(line.line_discount_cents + line.ticket_discount_cents for line in sale.lines)
    return off > percent_of(gross_total, limit)
