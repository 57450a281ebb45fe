"""Pricing a cart: lines, discounts, VAT and totals, exact to the cent.

The same function prices a sale at the counter and re-checks it on the
server, so both always agree on every cent.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field, replace
from decimal import Decimal
from enum import StrEnum

from loyalty_core.errors import DiscountNotAllowed, InvalidAmount, InvalidQuantity
from loyalty_core.money import VatLine, allocate, percent_of, vat_breakdown
from loyalty_core.roles import MAX_DISCOUNT_PERCENT, Role

MAX_QUANTITY = 999
"""More units than this on one line is a typo, not a sale."""


class DiscountKind(StrEnum):
    PERCENT = "percent"
    AMOUNT = "amount"


@dataclass(frozen=True)
class Discount:
    """A discount as the assistant typed it: a percentage or an amount."""

    kind: DiscountKind
    value: Decimal  # percent (0-100) or cents

    @staticmethod
    def percent(value: Decimal | int | str) -> Discount:
        pct = Decimal(value)
        if not pct.is_finite() or pct < 0 or pct > 100:
            raise InvalidAmount(f"a percentage is between 0 and 100: {value}", text=str(value))
        return Discount(DiscountKind.PERCENT, pct)

    @staticmethod
    def amount(cents: int) -> Discount:
        if cents < 0:
            raise InvalidAmount(f"a discount cannot be negative: {cents}", text=str(cents))
        return Discount(DiscountKind.AMOUNT, Decimal(cents))

    def cents_off(self, amount_cents: int) -> int:
        """Return the cents this discount takes off an amount (never more than it)."""
        if self.kind is DiscountKind.PERCENT:
            return min(amount_cents, percent_of(amount_cents, self.value))
        return min(amount_cents, int(self.value))


@dataclass(frozen=True)
class CartLine:
    """One product line as rung up (catalogue data copied at scan time)."""

    product_id: str
    code: str
    name: str
    unit_price_cents: int
    vat_rate: int
    points_per_unit: int
    quantity: int = 1
    discount: Discount | None = None

    def __post_init__(self) -> None:
        check_quantity(self.quantity)
        if self.unit_price_cents < 0:
            raise InvalidAmount("a price cannot be negative", text=str(self.unit_price_cents))

    @property
    def gross_cents(self) -> int:
        return self.unit_price_cents * self.quantity


def check_quantity(quantity: int) -> int:
    """Refuse blank, zero, negative or absurd quantities."""
    if isinstance(quantity, bool) or not isinstance(quantity, int):
        raise InvalidQuantity(f"not a whole quantity: {quantity!r}", quantity=str(quantity))
    if not 1 <= quantity <= MAX_QUANTITY:
        raise InvalidQuantity(
            f"quantity must be 1 to {MAX_QUANTITY}: {quantity}",
            quantity=str(quantity),
            maximum=MAX_QUANTITY,
        )
    return quantity


@dataclass(frozen=True)
class PricedLine:
    """A line after discounts: what the customer pays for it."""

    line: CartLine
    line_discount_cents: int
    ticket_discount_cents: int

    @property
    def net_cents(self) -> int:
        return self.line.gross_cents - self.line_discount_cents - self.ticket_discount_cents


@dataclass(frozen=True)
class PricedCart:
    lines: tuple[PricedLine, ...]
    gross_cents: int
    line_discounts_cents: int
    ticket_discount_cents: int
    total_cents: int
    vat: tuple[VatLine, ...] = field(default_factory=tuple)


def price_cart(lines: list[CartLine], ticket_discount: Discount | None = None) -> PricedCart:
    """Apply line discounts, then the ticket discount spread over lines by value.

    Spreading the ticket discount line by line keeps the VAT of each rate
    exact and lets a return refund exactly what was paid for the line.
    """
    after_line = []
    for line in lines:
        off = line.discount.cents_off(line.gross_cents) if line.discount else 0
        after_line.append((line, off, line.gross_cents - off))
    subtotal = sum(net for _, _, net in after_line)
    ticket_off = ticket_discount.cents_off(subtotal) if ticket_discount else 0
    shares = (
        allocate(ticket_off, [net for _, _, net in after_line])
        if subtotal
        else [0] * len(after_line)
    )
    priced = tuple(
        PricedLine(line=line, line_discount_cents=off, ticket_discount_cents=share)
        for (line, off, _), share in zip(after_line, shares, strict=True)
    )
    gross_by_rate: dict[int, int] = defaultdict(int)
    for p in priced:
        gross_by_rate[p.line.vat_rate] += p.net_cents
    return PricedCart(
        lines=priced,
        gross_cents=sum(line.gross_cents for line in lines),
        line_discounts_cents=sum(p.line_discount_cents for p in priced),
        ticket_discount_cents=ticket_off,
        total_cents=sum(p.net_cents for p in priced),
        vat=tuple(vat_breakdown(gross_by_rate)),
    )


def check_discounts(priced: PricedCart, role: Role) -> None:
    """Refuse discounts beyond what the role may give, line by line and overall."""
    limit = MAX_DISCOUNT_PERCENT[role]
    # The limit is rounded like a typed percentage, so typing the limit itself is allowed.
    for p in priced.lines:
        if p.line_discount_cents > percent_of(p.line.gross_cents, limit):
            raise DiscountNotAllowed(
                f"line discount above {limit}% for {role}", limit=str(limit), role=str(role)
            )
    # Line and ticket discounts together: 10 % + 10 % is not within a 10 % limit.
    total_off = priced.line_discounts_cents + priced.ticket_discount_cents
    if total_off > percent_of(priced.gross_cents, limit):
        raise DiscountNotAllowed(
            f"discounts above {limit}% for {role}", limit=str(limit), role=str(role)
        )


def with_quantity(line: CartLine, quantity: int) -> CartLine:
    """Return the line with a new quantity, validated."""
    return replace(line, quantity=check_quantity(quantity))
