"""Recording a sale or return sent by a counter, with what the server noticed."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from loyalty_core.points import PointsRule
from loyalty_core.receipt_chain import canonical_json
from loyalty_core.roles import Role
from loyalty_core.sale_review import ProductFacts, StaffFacts, review_sale
from loyalty_core.wire import SalePayload
from sync_server.catalogue.models import Product
from sync_server.customers.service import serve_in_store
from sync_server.devices.models import Device
from sync_server.review.service import open_case
from sync_server.sales.models import Sale
from sync_server.staff.models import Staff
from sync_server.stores.models import Store


def record_sale(session: Session, device: Device, sale: SalePayload, *, now: datetime) -> list[str]:
    """Insert the sale as sent (its id is the key) and return the flags it earned."""
    codes = {line.code for line in sale.lines}
    catalogue = {
        p.code: ProductFacts(p.price_cents, p.points_per_unit)
        for p in session.scalars(select(Product).where(Product.code.in_(codes)))
    }
    staff_row = session.get(Staff, sale.staff_id)
    staff = None if staff_row is None else StaffFacts(Role(staff_row.role), staff_row.active)
    store = session.get(Store, device.store_code)
    rule = PointsRule(points_per_euro=store.points_per_euro if store else 1)
    flags = [str(f) for f in review_sale(sale, catalogue=catalogue, staff=staff, rule=rule)]
    session.add(
        Sale(
            id=sale.sale_id,
            kind=sale.kind,
            store_code=sale.store_code,
            device_id=device.id,
            receipt_number=sale.receipt_number,
            customer_id=sale.customer_id,
            staff_id=sale.staff_id,
            occurred_at=sale.occurred_at,
            total_cents=sale.total_cents,
            points_earned=sale.points_earned,
            record_hash=sale.record_hash,
            payload=canonical_json(sale.model_dump(mode="json")),
            flags=flags,
            received_at=now,
        )
    )
    session.flush()
    if flags:
        open_case(
            session,
            kind="flagged_sale",
            store_code=sale.store_code,
            customer_id=sale.customer_id,
            subject_id=sale.sale_id,
            detail={"flags": flags, "receipt_number": sale.receipt_number},
            now=now,
        )
    if sale.customer_id is not None:
        serve_in_store(session, sale.customer_id, sale.store_code, now=now)
    return flags


def expected_points_of(session: Session, sale: Sale) -> int | None:
    """What the points rule gives for a recorded sale, with today's catalogue."""
    from loyalty_core.sale_review import expected_points

    payload = SalePayload.model_validate_json(sale.payload)
    codes = {line.code for line in payload.lines}
    catalogue = {
        p.code: ProductFacts(p.price_cents, p.points_per_unit)
        for p in session.scalars(select(Product).where(Product.code.in_(codes)))
    }
    store = session.get(Store, sale.store_code)
    return expected_points(
        payload, catalogue, PointsRule(points_per_euro=store.points_per_euro if store else 1)
    )
