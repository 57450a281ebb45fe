"""What customers took home, as the tablet knows it: its own sales and the purchases feed.

Each sale counts once (this device's own sales are also in the feed once
synced), and a return takes its quantities off the sale it returns,
wherever either was rung up. Read for one customer (the card, the advice)
or for every customer at once (the store's list of who to call).
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from datetime import date, datetime, time

from sqlalchemy import select
from sqlalchemy.orm import Session

from loyalty_core.care_guide import CareGuide
from loyalty_core.replenishment import Bought, duration_days
from pos_client.store.models import Product, Purchase, Sale, SaleLine

Line = tuple[uuid.UUID, uuid.UUID, uuid.UUID | None, date, uuid.UUID, int]
"""(customer, sale, the sale it returns or None, day, product, quantity)."""


def bought(
    session: Session,
    guide: CareGuide,
    *,
    customer_id: uuid.UUID | None = None,
    since: date | None = None,
) -> dict[uuid.UUID, list[Bought]]:
    """Per customer, each product of each sale with what is left after returns."""
    return _net(session, guide, _lines(session, customer_id, since))


def _lines(session: Session, customer_id: uuid.UUID | None, since: date | None) -> list[Line]:
    local = (
        select(
            Sale.customer_id,
            Sale.id,
            Sale.original_sale_id,
            Sale.occurred_at,
            SaleLine.product_id,
            SaleLine.quantity,
        )
        .join(SaleLine, SaleLine.sale_id == Sale.id)
        .where(Sale.customer_id.is_not(None))
    )
    fed = select(
        Purchase.customer_id, Purchase.sale_id, Purchase.of_sale, Purchase.day, Purchase.lines
    )
    if customer_id is not None:
        local = local.where(Sale.customer_id == customer_id)
        fed = fed.where(Purchase.customer_id == customer_id)
    if since is not None:
        local = local.where(Sale.occurred_at >= datetime.combine(since, time()).astimezone())
        fed = fed.where(Purchase.day >= since)
    lines: list[Line] = []
    here: set[uuid.UUID] = set()
    for who, sale_id, original, occurred_at, product_id, quantity in session.execute(local):
        here.add(sale_id)
        if who is not None:  # always: selected so
            day = occurred_at.astimezone().date()
            lines.append((who, sale_id, original, day, product_id, quantity))
    # A store's whole history is hundreds of thousands of lines over a few thousand
    # products: each product's id is made once.
    products: dict[str, uuid.UUID] = {}
    for who, sale_id, original, day, items in session.execute(fed):
        if sale_id in here:
            continue  # rung up on this device: counted from its own lines
        for line in items:
            text = str(line["product_id"])
            made = products.get(text)
            if made is None:
                made = products[text] = uuid.UUID(text)
            lines.append((who, sale_id, original, day, made, int(str(line["quantity"]))))
    return lines


def _net(
    session: Session, guide: CareGuide, lines: Iterable[Line]
) -> dict[uuid.UUID, list[Bought]]:
    net: dict[tuple[uuid.UUID, uuid.UUID], int] = {}
    owner: dict[uuid.UUID, tuple[uuid.UUID, date]] = {}
    returns: list[tuple[uuid.UUID, uuid.UUID, int]] = []
    for who, sale_id, original, day, product_id, quantity in lines:
        if original is not None:
            returns.append((original, product_id, quantity))
            continue
        owner[sale_id] = (who, day)
        net[sale_id, product_id] = net.get((sale_id, product_id), 0) + quantity
    for original, product_id, quantity in returns:
        if (original, product_id) in net:
            net[original, product_id] += quantity  # a return's quantity is negative
    wanted = sorted({product_id for _, product_id in net})
    products: dict[uuid.UUID, tuple[str, int | None]] = {}
    for start in range(0, len(wanted), 500):
        chunk = wanted[start : start + 500]
        for product_id, kind, size, days in session.execute(
            select(Product.id, Product.kind, Product.size, Product.duration_days).where(
                Product.id.in_(chunk)
            )
        ):
            life = duration_days(guide, kind=kind, size=size, explicit_days=days)
            products[product_id] = (kind, life)
    found: dict[uuid.UUID, list[Bought]] = {}
    for (sale_id, product_id), quantity in net.items():
        known = products.get(product_id)
        if known is None or quantity <= 0:
            continue
        who, day = owner[sale_id]
        found.setdefault(who, []).append(Bought(product_id, known[0], day, quantity, known[1]))
    return found
