"""Recording the sales and returns sent by a counter, with what the server noticed.

A pushed batch records its sales together (`SaleBatch`): the products,
staff and sales it refers to are read once, each sale is reviewed in
memory, and the new sales are written in one statement.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from loyalty_core.points import PointsRule
from loyalty_core.roles import Role
from loyalty_core.sale_review import (
    ProductFacts,
    SaleFlag,
    StaffFacts,
    expected_points,
    review_sale,
)
from loyalty_core.wire import SalePayload
from sync_server.bulk import among, insert_rows
from sync_server.catalogue.models import Product
from sync_server.customers.service import serve_in_stores
from sync_server.db import table_of
from sync_server.devices.models import Device
from sync_server.review.service import NewCase, open_many
from sync_server.sales.models import Sale
from sync_server.sales.purchases import publish_purchases, purchase_row
from sync_server.staff.models import Staff
from sync_server.stores.models import Store

_CHUNK = 500


@dataclass(frozen=True)
class RecordedSale:
    """What a points entry needs to know of its sale."""

    store_code: str
    flags: list[str]
    payload: SalePayload | None
    """Parsed only when its points may need recomputing (a points_mismatch flag)."""


class SaleBatch:
    """The sales of one pushed batch: reviewed in memory, written together."""

    def __init__(
        self,
        session: Session,
        store_code: str,
        sales: list[SalePayload],
        referenced: set[uuid.UUID],
    ) -> None:
        self.session = session
        self.known = _recorded(session, referenced | {s.sale_id for s in sales})
        receipts = [s.receipt_number for s in sales]
        self.taken_receipts: set[str] = set()
        for start in range(0, len(receipts), _CHUNK):
            self.taken_receipts.update(
                session.scalars(
                    select(Sale.receipt_number).where(
                        among(session, Sale.receipt_number, receipts[start : start + _CHUNK])
                    )
                )
            )
        codes = {line.code for sale in sales for line in sale.lines}
        codes |= {line.code for r in self.known.values() if r.payload for line in r.payload.lines}
        self.catalogue = _catalogue(session, codes)
        staff_ids = list({sale.staff_id for sale in sales})
        self.staff = {
            row.id: StaffFacts(Role(row.role), row.active)
            for row in session.scalars(select(Staff).where(among(session, Staff.id, staff_ids)))
        }
        self.rules: dict[str, PointsRule] = {}
        store = session.get(Store, store_code)
        self.rules[store_code] = PointsRule(points_per_euro=store.points_per_euro if store else 1)
        self._new: list[dict[str, object]] = []
        self._cases: list[NewCase] = []
        self._served: set[tuple[uuid.UUID, str]] = set()
        self._purchases: list[tuple[uuid.UUID, dict[str, Any]]] = []

    def recorded(self, sale: SalePayload) -> bool:
        """True when this sale (its id or its receipt number) is already on the server."""
        return sale.sale_id in self.known or sale.receipt_number in self.taken_receipts

    def record(
        self,
        device: Device,
        sale: SalePayload,
        payload: str,
        *,
        now: datetime,
        source: str = "counter",
    ) -> list[str]:
        """Review and record one sale (written by `write`); return its flags.

        `payload` is the sale's canonical JSON as the counter sent it (its hash checked).
        """
        flags = [
            str(f)
            for f in review_sale(
                sale,
                catalogue=self.catalogue,
                staff=self.staff.get(sale.staff_id),
                rule=self._rule(sale.store_code),
                discounts_by_role=source == "counter",
            )
        ]
        self._new.append(
            {
                "id": sale.sale_id,
                "kind": sale.kind,
                "store_code": sale.store_code,
                "device_id": device.id,
                "receipt_number": sale.receipt_number,
                "customer_id": sale.customer_id,
                "staff_id": sale.staff_id,
                "occurred_at": sale.occurred_at,
                "total_cents": sale.total_cents,
                "points_earned": sale.points_earned,
                "record_hash": sale.record_hash,
                "payload": payload,
                "flags": flags,
                "received_at": now,
                "source": source,
            }
        )
        mismatch = str(SaleFlag.POINTS_MISMATCH) in flags
        self.known[sale.sale_id] = RecordedSale(sale.store_code, flags, sale if mismatch else None)
        self.taken_receipts.add(sale.receipt_number)
        if flags:
            self._cases.append(
                NewCase(
                    kind="flagged_sale",
                    store_code=sale.store_code,
                    customer_id=sale.customer_id,
                    subject_id=sale.sale_id,
                    detail={"flags": flags, "receipt_number": sale.receipt_number},
                )
            )
        if sale.customer_id is not None:
            self._served.add((sale.customer_id, sale.store_code))
            self._purchases.append((sale.customer_id, purchase_row(sale, sale.customer_id)))
        return flags

    def expected_points(self, sale_id: uuid.UUID) -> int | None:
        """What the points rule gives for a recorded sale, with today's catalogue."""
        recorded = self.known.get(sale_id)
        if recorded is None or recorded.payload is None:
            return None
        return expected_points(
            recorded.payload, self.catalogue, self._rule(recorded.payload.store_code)
        )

    def write(self, *, now: datetime) -> None:
        if self._new:
            insert_rows(self.session, table_of(Sale), self._new)
        open_many(self.session, self._cases, now=now)
        # To the stores already serving each customer first: a store that starts serving
        # them now receives their recent purchases, this batch's included, just after.
        publish_purchases(self.session, self._purchases, now=now)
        serve_in_stores(self.session, self._served, now=now)
        self._new, self._cases, self._served, self._purchases = [], [], set(), []

    def _rule(self, store_code: str) -> PointsRule:
        if store_code not in self.rules:
            store = self.session.get(Store, store_code)
            self.rules[store_code] = PointsRule(
                points_per_euro=store.points_per_euro if store else 1
            )
        return self.rules[store_code]


def _recorded(session: Session, sale_ids: set[uuid.UUID]) -> dict[uuid.UUID, RecordedSale]:
    ids = list(sale_ids)
    found: dict[uuid.UUID, RecordedSale] = {}
    for start in range(0, len(ids), _CHUNK):
        rows = session.execute(
            select(Sale.id, Sale.store_code, Sale.flags, Sale.payload).where(
                among(session, Sale.id, ids[start : start + _CHUNK])
            )
        )
        for sale_id, store_code, flags, payload in rows:
            mismatch = str(SaleFlag.POINTS_MISMATCH) in flags
            parsed = SalePayload.model_validate_json(payload) if mismatch else None
            found[sale_id] = RecordedSale(store_code, list(flags), parsed)
    return found


def _catalogue(session: Session, codes: set[str]) -> dict[str, ProductFacts]:
    ordered = sorted(codes)
    found: dict[str, ProductFacts] = {}
    for start in range(0, len(ordered), _CHUNK):
        query = select(Product.code, Product.price_cents, Product.points_per_unit).where(
            among(session, Product.code, ordered[start : start + _CHUNK])
        )
        found.update(
            {code: ProductFacts(price, points) for code, price, points in session.execute(query)}
        )
    return found
