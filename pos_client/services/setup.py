"""First-run set-up of this device and its store settings."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from loyalty_core.ids import uuid7
from loyalty_core.points import PointsRule
from loyalty_core.receipt_chain import GENESIS_HASH
from pos_client.store.models import Device, ReceiptSeries, Setting

SALE_SERIES = "T"
RETURN_SERIES = "R"


@dataclass(frozen=True)
class DeviceInfo:
    id: uuid.UUID
    store_code: str
    device_code: str
    store_name: str
    store_address: str
    store_tax_id: str


def ensure_device(
    session: Session,
    *,
    store_code: str,
    device_code: str,
    store_name: str,
    store_address: str = "",
    store_tax_id: str = "",
    device_id: uuid.UUID | None = None,
    card_issuer: int | None = None,
) -> DeviceInfo:
    """Create this device's row and its receipt series, once (the server's id when registered)."""
    device = session.scalars(select(Device)).one_or_none()
    if device is None:
        device = Device(
            id=device_id or uuid7(),
            store_code=store_code,
            device_code=device_code,
            store_name=store_name,
            store_address=store_address,
            store_tax_id=store_tax_id,
            hlc_wall_ms=0,
            hlc_counter=0,
            outbox_seq=0,
            card_issuer=card_issuer,
            card_seq=0,
        )
        session.add(device)
        for series in (SALE_SERIES, RETURN_SERIES):
            session.add(ReceiptSeries(series=series, last_number=0, last_hash=GENESIS_HASH))
        session.flush()
    return device_info(session)


def device_info(session: Session) -> DeviceInfo:
    """Return who this device is (store and device codes, store header)."""
    d = session.scalars(select(Device)).one()
    return DeviceInfo(
        d.id, d.store_code, d.device_code, d.store_name, d.store_address, d.store_tax_id
    )


def is_set_up(session: Session) -> bool:
    return session.scalars(select(Device)).one_or_none() is not None


_POINTS_PER_EURO = select(Setting.value).where(Setting.key == "points_per_euro")
"""Built once: read on the durable path of every sale."""


def points_rule(session: Session) -> PointsRule:
    """Return the points rule head office set for this store (default 1/€)."""
    value = session.connection().execute(_POINTS_PER_EURO).scalar()
    return PointsRule(points_per_euro=int(value) if value is not None else 1)  # type: ignore[call-overload]


def set_points_per_euro(session: Session, value: int) -> None:
    row = session.get(Setting, "points_per_euro")
    if row is None:
        session.add(Setting(key="points_per_euro", value=value))
    else:
        row.value = value
