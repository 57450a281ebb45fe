"""The cart being rung up: plain Python state, priced by loyalty_core.

Nothing here touches the store; the cart becomes a sale only in
`sales.finish`. Every change validates first and leaves the cart unchanged
when it refuses.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from loyalty_core.cart import (
    CartLine,
    Discount,
    PricedCart,
    check_discounts,
    check_quantity,
    price_cart,
)
from loyalty_core.points import LinePoints, PointsRule, earn
from loyalty_core.roles import Role
from pos_client.services.catalogue import ProductInfo

if TYPE_CHECKING:
    from pos_client.services.enrolment import PendingEnrolment


@dataclass
class Cart:
    """The lines, discounts and customer of the sale in progress."""

    lines: list[CartLine] = field(default_factory=list)
    ticket_discount: Discount | None = None
    customer_id: uuid.UUID | None = None
    enrolment: PendingEnrolment | None = None
    """A new member waiting for this sale: stored only when the sale is finished."""
    campaign_id: uuid.UUID | None = None
    """The campaign this visit responds to (recorded with the sale, its points added)."""

    def set_customer(self, customer_id: uuid.UUID | None) -> None:
        """Sell to a known customer (or to nobody): a pending enrolment is dropped."""
        self.customer_id = customer_id
        self.enrolment = None

    def enrol(self, pending: PendingEnrolment) -> None:
        """Sell to a new member who is enrolled when this sale is finished."""
        self.enrolment = pending
        self.customer_id = pending.customer_id

    def add_product(self, product: ProductInfo, quantity: int = 1) -> int:
        """Add units of a product; a repeat scan adds to its undiscounted line.

        Returns the index of the line that changed.
        """
        check_quantity(quantity)
        i = self.line_for(product)
        if i is not None:
            line = self.lines[i]
            self.lines[i] = replace(line, quantity=check_quantity(line.quantity + quantity))
            return i
        self.lines.append(new_line(product, quantity))
        return len(self.lines) - 1

    def line_for(self, product: ProductInfo) -> int | None:
        """Return the line a scan of `product` adds to (its undiscounted one), if any."""
        for i, line in enumerate(self.lines):
            if line.product_id == str(product.id) and line.discount is None:
                return i
        return None

    def set_quantity(self, index: int, quantity: int) -> None:
        self.lines[index] = replace(self.lines[index], quantity=check_quantity(quantity))

    def remove(self, index: int) -> None:
        del self.lines[index]

    def set_line_discount(
        self, index: int, discount: Discount | None, *, role: Role | None = None
    ) -> None:
        """Discount a line; with `role`, refused (cart unchanged) beyond its limit."""
        lines = list(self.lines)
        lines[index] = replace(lines[index], discount=discount)
        self._accept(lines, self.ticket_discount, role)

    def set_ticket_discount(self, discount: Discount | None, *, role: Role | None = None) -> None:
        """Discount the whole ticket; with `role`, refused (cart unchanged) beyond its limit."""
        self._accept(list(self.lines), discount, role)

    def _accept(self, lines: list[CartLine], ticket: Discount | None, role: Role | None) -> None:
        if role is not None:
            check_discounts(price_cart(lines, ticket), role)
        self.lines[:] = lines
        self.ticket_discount = ticket

    def clear(self) -> None:
        self.lines.clear()
        self.ticket_discount = None
        self.customer_id = None
        self.enrolment = None
        self.campaign_id = None

    def priced(self) -> PricedCart:
        return price_cart(self.lines, self.ticket_discount)

    def points(self, rule: PointsRule) -> list[LinePoints]:
        return earn(self.priced(), rule, has_customer=self.customer_id is not None)

    @property
    def is_empty(self) -> bool:
        return not self.lines


def new_line(product: ProductInfo, quantity: int = 1) -> CartLine:
    """Return a validated cart line for units of a product (the cart is not touched)."""
    return CartLine(
        product_id=str(product.id),
        code=product.code,
        name=product.display_name,
        unit_price_cents=product.price_cents,
        vat_rate=product.vat_rate,
        points_per_unit=product.points_per_unit,
        quantity=quantity,
    )
