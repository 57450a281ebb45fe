"""Computing 'bought together' from recent tickets and sending it to every tablet.

Run by `sync-server compute-pairings` and every `pairings_hours` in the
background. Tickets are read as they were sent (their JSON), streamed, so
memory holds the pair counts, not the sales. Only changed products are
published; a product that lost all its partners is published empty.
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta
from typing import Any

import orjson
from sqlalchemy import select
from sqlalchemy.orm import Session

from loyalty_core.feeds import CHAIN_SCOPE, Feed, PairingRow
from loyalty_core.pairings import count_baskets, rank_partners
from sync_server.advice.models import Pairing
from sync_server.db import Database
from sync_server.sales.models import Sale
from sync_server.sync.feeds import publish_many

WINDOW_DAYS = 180
"""Half a year of tickets: seasons change what goes together (sun care in summer)."""


def _baskets(session: Session, since: datetime) -> Any:
    rows = session.execute(
        select(Sale.payload)
        .where(Sale.kind == "sale", Sale.occurred_at >= since)
        .execution_options(yield_per=5000)
    )
    for (payload,) in rows:
        lines = orjson.loads(payload)["lines"]
        yield [uuid.UUID(line["product_id"]) for line in lines if line["quantity"] > 0]


def compute_pairings(session: Session, *, now: datetime, window_days: int = WINDOW_DAYS) -> int:
    """Count, rank, store and publish; return how many products' partners changed."""
    pairs, products, total = count_baskets(_baskets(session, now - timedelta(days=window_days)))
    ranked = rank_partners(pairs, products, total)
    held = {p.product_id: p for p in session.scalars(select(Pairing))}
    changed: dict[str, dict[str, Any] | None] = {}
    for product_id in set(ranked) | set(held):
        partners = [str(p.product_id) for p in ranked.get(product_id, [])]
        row = held.get(product_id)
        if row is not None and row.partners == partners:
            continue
        tickets = products.get(product_id, 0)
        if row is None:
            session.add(
                Pairing(product_id=product_id, partners=partners, tickets=tickets, computed_at=now)
            )
        else:
            row.partners, row.tickets, row.computed_at = partners, tickets, now
        changed[str(product_id)] = PairingRow(
            product_id=product_id, partners=[uuid.UUID(p) for p in partners]
        ).model_dump(mode="json")
    session.flush()
    publish_many(session, Feed.PAIRINGS, CHAIN_SCOPE, changed, now=now)
    return len(changed)


def compute_in_background(database: Database) -> None:
    """The scheduled job: one transaction, logged on failure by the scheduler."""
    with database.session() as session, session.begin():
        compute_pairings(session, now=datetime.now(UTC))
