"""'Bought together': which products customers take home with which.

Counted on the server over recent sales (a basket is one ticket), then sent
to the tablets, which only look the answer up. A pair must occur in a few
tickets to count (one customer's whim is not a pattern). Partners are
ranked by how many tickets hold both, what customers really take home
together; lift (how much likelier the partner is with this product than
without) breaks ties, so of two equally frequent partners the one that
belongs with this product comes before the one that goes with everything.
"""

from __future__ import annotations

import uuid
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from itertools import combinations

MIN_TICKETS = 3
TOP_PARTNERS = 5


@dataclass(frozen=True, slots=True)
class Partner:
    product_id: uuid.UUID
    tickets: int
    """Tickets that hold both products."""
    lift_per_mille: int
    """Lift × 1000: 1000 means no more often than chance."""


def rank_partners(
    pair_tickets: Mapping[tuple[uuid.UUID, uuid.UUID], int],
    product_tickets: Mapping[uuid.UUID, int],
    total_tickets: int,
    *,
    min_tickets: int = MIN_TICKETS,
    top: int = TOP_PARTNERS,
) -> dict[uuid.UUID, list[Partner]]:
    """Each product's best partners, from counts of tickets (pairs counted once, a < b)."""
    partners: dict[uuid.UUID, list[Partner]] = {}
    for (a, b), together in pair_tickets.items():
        if together < min_tickets or a == b:
            continue
        for this, other in ((a, b), (b, a)):
            expected = product_tickets[this] * product_tickets[other]
            lift = together * total_tickets * 1000 // expected if expected else 0
            partners.setdefault(this, []).append(Partner(other, together, lift))
    for product, found in partners.items():
        found.sort(key=lambda p: (-p.tickets, -p.lift_per_mille, str(p.product_id)))
        partners[product] = found[:top]
    return partners


def count_baskets(
    baskets: Iterable[Iterable[uuid.UUID]],
) -> tuple[Counter[tuple[uuid.UUID, uuid.UUID]], Counter[uuid.UUID], int]:
    """Count pairs, products and tickets over baskets (streamed: only the counts are held)."""
    pairs: Counter[tuple[uuid.UUID, uuid.UUID]] = Counter()
    products: Counter[uuid.UUID] = Counter()
    total = 0
    for basket in baskets:
        items = sorted(set(basket))
        if not items:
            continue
        total += 1
        products.update(items)
        pairs.update(combinations(items, 2))
    return pairs, products, total
