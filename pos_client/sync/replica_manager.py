"""Applying the feeds of gifts, redemptions, campaigns, targets and incidents.

Same contract as `replica`: each row replaces what is held under its key
(the caller has checked its version is newer), in the page's transaction.
A redemption or incident made here is already held under the same id; the
server's row takes over, keeping what only this tablet knows (the balance
before a redemption, the reference printed).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

from sqlalchemy import delete
from sqlalchemy.orm import Session

from loyalty_core.feeds import (
    CampaignRow,
    Feed,
    GiftRow,
    GiftStockRow,
    IncidentRow,
    RedemptionRow,
    TargetRow,
)
from pos_client.store.customer_data import survivor_id
from pos_client.store.manager_models import (
    Campaign,
    CampaignTarget,
    Gift,
    GiftStock,
    Incident,
    Redemption,
)

RowApplier = Callable[[Session, dict[str, Any]], None]


def _gift(session: Session, data: dict[str, Any]) -> None:
    g = GiftRow.model_validate(data)
    values = g.model_dump(exclude={"id"})
    current = session.get(Gift, g.id)
    if current is None:
        session.add(Gift(id=g.id, **values))
    else:
        for name, value in values.items():
            setattr(current, name, value)


def _stock(session: Session, data: dict[str, Any]) -> None:
    s = GiftStockRow.model_validate(data)
    current = session.get(GiftStock, s.gift_id)
    if current is None:
        session.add(GiftStock(gift_id=s.gift_id, quantity=s.quantity))
    else:
        current.quantity = s.quantity


def _redemption(session: Session, data: dict[str, Any]) -> None:
    r = RedemptionRow.model_validate(data)
    current = session.get(Redemption, r.id)
    customer_id = survivor_id(session, r.customer_id)
    if current is None:
        current = Redemption(
            id=r.id, state="posted", reference="", reason="", caps_exceeded=[], cancelled=False
        )
        session.add(current)
    current.customer_id = customer_id
    current.gift_id, current.gift_name, current.points = r.gift_id, r.gift_name, r.points
    current.device_code, current.staff_id, current.approved_by = (
        r.device_code,
        r.staff_id,
        r.approved_by,
    )
    current.offline, current.redeemed_at = r.offline, r.redeemed_at
    current.state = "posted"
    current.cancelled = current.cancelled or r.cancelled


def _campaign(session: Session, data: dict[str, Any]) -> None:
    c = CampaignRow.model_validate(data)
    values = c.model_dump(mode="json", exclude={"id"})
    values["starts_on"], values["ends_on"] = c.starts_on, c.ends_on
    current = session.get(Campaign, c.id)
    if current is None:
        session.add(Campaign(id=c.id, **values))
    else:
        for name, value in values.items():
            setattr(current, name, value)


def _target(session: Session, data: dict[str, Any]) -> None:
    t = TargetRow.model_validate(data)
    customer_id = survivor_id(session, t.customer_id)
    campaigns = [str(c) for c in t.campaigns]
    current = session.get(CampaignTarget, customer_id)
    if current is None:
        session.add(CampaignTarget(customer_id=customer_id, campaigns=campaigns))
    else:
        current.campaigns = campaigns


def _incident(session: Session, data: dict[str, Any]) -> None:
    i = IncidentRow.model_validate(data)
    values = i.model_dump(mode="json", exclude={"id", "opened_at", "updated_at", "customer_id"})
    values["opened_at"], values["updated_at"] = i.opened_at, i.updated_at
    values["customer_id"] = survivor_id(session, i.customer_id) if i.customer_id else None
    current = session.get(Incident, i.id)
    if current is None:
        session.add(Incident(id=i.id, **values))
    else:
        for name, value in values.items():
            setattr(current, name, value)


ROW_APPLIERS: dict[Feed, RowApplier] = {
    Feed.GIFTS: _gift,
    Feed.GIFT_STOCK: _stock,
    Feed.REDEMPTIONS: _redemption,
    Feed.CAMPAIGNS: _campaign,
    Feed.TARGETS: _target,
    Feed.INCIDENTS: _incident,
}

_TABLES: dict[Feed, Any] = {
    Feed.GIFTS: Gift.id,
    Feed.GIFT_STOCK: GiftStock.gift_id,
    Feed.REDEMPTIONS: Redemption.id,
    Feed.CAMPAIGNS: Campaign.id,
    Feed.TARGETS: CampaignTarget.customer_id,
    Feed.INCIDENTS: Incident.id,
}


def forget(session: Session, feed: Feed, key: str) -> None:
    """A tombstone of one of these feeds: the record left the chain or the store."""
    column = _TABLES[feed]
    session.execute(delete(column.class_).where(column == uuid.UUID(key)))
