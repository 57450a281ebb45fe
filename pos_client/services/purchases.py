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

import orjson
from sqlalchemy import String, select, type_coerce
from sqlalchemy.orm import Session

from loyalty_core.care_guide import CareGuide
from loyalty_core.replenishment import Bought, duration_days
from pos_client.store.models import Product, Purchase, Sale, SaleLine

Line = tuple[str, str, str | None, date, str, int]
"""(customer, sale, the sale it returns or None, day, product, quantity): customer and sale
ids as 32 hex digits, the product's as its canonical text (hashing text is cheap)."""


def bought(
    session: Session,
    guide: CareGuide,
    *,
    customer_id: uuid.UUID | None = None,
    since: date | None = None,
) -> dict[uuid.UUID, list[Bought]]:
    """Per customer, each product of each sale with what is left after returns."""
    found = _net(session, guide, _lines(session, customer_id, since))
    return {uuid.UUID(hex=who): items for who, items in found.items()}


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
    # A store's whole history is hundreds of thousands of lines: the feed's rows are read
    # as the store holds them (ids as hex text, the lines as JSON text), each distinct
    # product id and day is made into an object once.
    fed = select(
        type_coerce(Purchase.customer_id, String),
        type_coerce(Purchase.sale_id, String),
        type_coerce(Purchase.of_sale, String),
        type_coerce(Purchase.day, String),
        type_coerce(Purchase.lines, String),
    )
    if customer_id is not None:
        local = local.where(Sale.customer_id == customer_id)
        fed = fed.where(Purchase.customer_id == customer_id)
    if since is not None:
        local = local.where(Sale.occurred_at >= datetime.combine(since, time()).astimezone())
        fed = fed.where(Purchase.day >= since)
    lines: list[Line] = []
    here: set[str] = set()
    for who, sale_id, original, occurred_at, product_id, quantity in session.execute(local):
        here.add(sale_id.hex)
        if who is not None:  # always: selected so
            day = occurred_at.astimezone().date()
            back = original.hex if original is not None else None
            lines.append((who.hex, sale_id.hex, back, day, str(product_id), quantity))
    days: dict[str, date] = {}
    for buyer, sale_hex, original_hex, day_text, items in session.execute(fed):
        if sale_hex in here:
            continue  # rung up on this device: counted from its own lines
        day = days.get(day_text) or days.setdefault(day_text, date.fromisoformat(day_text))
        for line in orjson.loads(items):
            product = line["product_id"]
            lines.append((buyer, sale_hex, original_hex, day, product, int(line["quantity"])))
    return lines


def _net(session: Session, guide: CareGuide, lines: Iterable[Line]) -> dict[str, list[Bought]]:
    net: dict[tuple[str, str], int] = {}
    owner: dict[str, tuple[str, date]] = {}
    returns: list[tuple[str, str, int]] = []
    for who, sale_id, original, day, product, quantity in lines:
        if original is not None:
            returns.append((original, product, quantity))
            continue
        owner[sale_id] = (who, day)
        net[sale_id, product] = net.get((sale_id, product), 0) + quantity
    for original, product, quantity in returns:
        if (original, product) in net:
            net[original, product] += quantity  # a return's quantity is negative
    wanted = sorted(uuid.UUID(text) for text in {text for _, text in net})
    products: dict[str, tuple[uuid.UUID, str, int | None]] = {}
    for start in range(0, len(wanted), 500):
        chunk = wanted[start : start + 500]
        for made, kind, size, days in session.execute(
            select(Product.id, Product.kind, Product.size, Product.duration_days).where(
                Product.id.in_(chunk)
            )
        ):
            life = duration_days(guide, kind=kind, size=size, explicit_days=days)
            products[str(made)] = (made, kind, life)
    found: dict[str, list[Bought]] = {}
    for (sale_id, product), quantity in net.items():
        known = products.get(product)
        if known is None or quantity <= 0:
            continue
        who, day = owner[sale_id]
        found.setdefault(who, []).append(Bought(known[0], known[1], day, quantity, known[2]))
    return found
