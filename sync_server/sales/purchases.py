"""The purchases feed: what each customer took home, for the stores that serve them.

A tablet reminds a customer to replenish from every purchase, whichever
store or tablet rang it up; it holds the sale lines of its own sales only.
So each sale with a customer is published, product ids and quantities
only, to each store serving that customer, and a store that starts serving
a customer receives their purchases of the last `HISTORY_DAYS`.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from loyalty_core.feeds import Feed, PurchaseRow
from loyalty_core.store_time import MADRID
from loyalty_core.wire import SalePayload
from sync_server.bulk import among
from sync_server.customers.models import CustomerStore
from sync_server.sales.models import Sale
from sync_server.sync.feeds import publish_many

HISTORY_DAYS = 400
"""A little over a year: the longest a pack lasts (365 days) and then some."""
STORE_TIME = MADRID


def purchase_row(sale: SalePayload, customer_id: uuid.UUID) -> dict[str, Any]:
    """One sale as the feed carries it (a return's lines are negative, naming its sale)."""
    quantities: dict[uuid.UUID, int] = {}
    for line in sale.lines:
        quantities[line.product_id] = quantities.get(line.product_id, 0) + line.quantity
    return PurchaseRow(
        sale_id=sale.sale_id,
        customer_id=customer_id,
        day=sale.occurred_at.astimezone(STORE_TIME).date(),
        of_sale=sale.original_sale_id,
        lines=[{"product_id": p, "quantity": q} for p, q in sorted(quantities.items())],
    ).model_dump(mode="json")


def publish_purchases(
    session: Session, rows: Iterable[tuple[uuid.UUID, dict[str, Any]]], *, now: datetime
) -> None:
    """Publish (customer, purchase row) pairs to every store serving each customer."""
    by_customer: dict[uuid.UUID, list[dict[str, Any]]] = {}
    for customer_id, row in rows:
        by_customer.setdefault(customer_id, []).append(row)
    if not by_customer:
        return
    stores: dict[str, dict[str, dict[str, Any] | None]] = {}
    served = session.execute(
        select(CustomerStore.customer_id, CustomerStore.store_code).where(
            among(session, CustomerStore.customer_id, sorted(by_customer))
        )
    )
    for customer_id, store in served:
        for row in by_customer[customer_id]:
            stores.setdefault(store, {})[str(row["sale_id"])] = row
    for store, published in sorted(stores.items()):
        publish_many(session, Feed.PURCHASES, store, published, now=now)


def past_purchases(
    session: Session, customer_ids: list[uuid.UUID], *, now: datetime
) -> list[tuple[uuid.UUID, dict[str, Any]]]:
    """Recent purchases of these customers as feed rows (a store starts serving them)."""
    if not customer_ids:
        return []
    since = now - timedelta(days=HISTORY_DAYS)
    rows = session.execute(
        select(Sale.customer_id, Sale.payload).where(
            among(session, Sale.customer_id, customer_ids), Sale.occurred_at >= since
        )
    )
    return [
        (customer_id, purchase_row(SalePayload.model_validate_json(payload), customer_id))
        for customer_id, payload in rows
        if customer_id is not None
    ]


def purchase_store_rows(
    rows: list[tuple[uuid.UUID, dict[str, Any]]], pairs: Iterable[tuple[uuid.UUID, str]]
) -> dict[str, dict[str, dict[str, Any] | None]]:
    """Per store, the purchase rows of the customers it newly serves (`pairs`)."""
    stores_of: dict[uuid.UUID, list[str]] = {}
    for customer_id, store in pairs:
        stores_of.setdefault(customer_id, []).append(store)
    found: dict[str, dict[str, dict[str, Any] | None]] = {}
    for customer_id, row in rows:
        for store in stores_of.get(customer_id, ()):
            found.setdefault(store, {})[str(row["sale_id"])] = row
    return found
