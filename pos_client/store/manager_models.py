"""Tables of the local store for gifts, campaigns, incidents, settlements and till imports.

Kept beside `models` (same metadata) so that file stays about the counter.
Rows from head office's feeds are replaced by newer versions; rows made
here (a redemption, an incident) are written at once and the feed's copy
takes over when it arrives, under the same id.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlalchemy import JSON, Boolean, Date, Integer, String, Text, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from pos_client.store.models import PII, Base, UtcDateTime


class Gift(Base):
    __tablename__ = "gift"
    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    code: Mapped[str] = mapped_column(String(32))
    name: Mapped[str] = mapped_column(String(120))
    description: Mapped[str] = mapped_column(Text, default="")
    points: Mapped[int] = mapped_column(Integer)
    starts_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    ends_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    picture_sha256: Mapped[str | None] = mapped_column(String(64), nullable=True)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class GiftStock(Base):
    """The store's count of a gift as head office last confirmed it."""

    __tablename__ = "gift_stock"
    gift_id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    quantity: Mapped[int] = mapped_column(Integer)


class Redemption(Base):
    """A gift redeemed at this store: by this tablet (at once) or another (from the feed)."""

    __tablename__ = "redemption"
    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    customer_id: Mapped[uuid.UUID] = mapped_column(Uuid, index=True)
    gift_id: Mapped[uuid.UUID] = mapped_column(Uuid)
    gift_name: Mapped[str] = mapped_column(String(120))
    points: Mapped[int] = mapped_column(Integer)
    device_code: Mapped[str] = mapped_column(String(16))
    staff_id: Mapped[uuid.UUID] = mapped_column(Uuid)
    approved_by: Mapped[uuid.UUID] = mapped_column(Uuid)
    offline: Mapped[bool] = mapped_column(Boolean)
    redeemed_at: Mapped[datetime] = mapped_column(UtcDateTime, index=True)
    state: Mapped[str] = mapped_column(String(12))
    """'posted' (head office has it), 'waiting' (in the outbox), 'unanswered' (an online
    request whose answer never came: asked about at the next sync), 'void'."""
    reference: Mapped[str] = mapped_column(String(40), default="")
    reason: Mapped[str] = mapped_column(Text, default="")
    caps_exceeded: Mapped[list[str]] = mapped_column(JSON, default=list)
    balance_before: Mapped[int | None] = mapped_column(Integer, nullable=True)
    cancelled: Mapped[bool] = mapped_column(Boolean, default=False)
    cancel_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, nullable=True)
    cancelled_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)


class Campaign(Base):
    __tablename__ = "campaign"
    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    code: Mapped[str] = mapped_column(String(32))
    name: Mapped[str] = mapped_column(String(120))
    starts_on: Mapped[date] = mapped_column(Date)
    ends_on: Mapped[date] = mapped_column(Date)
    channel: Mapped[str] = mapped_column(String(16))
    multiplier: Mapped[str] = mapped_column(String(8))
    bonus_per_unit: Mapped[int] = mapped_column(Integer, default=0)
    products: Mapped[list[str]] = mapped_column(JSON, default=list)
    categories: Mapped[list[str]] = mapped_column(JSON, default=list)
    message: Mapped[str] = mapped_column(Text, default="")


class CampaignTarget(Base):
    """The live campaigns that target one customer (computed at head office)."""

    __tablename__ = "campaign_target"
    customer_id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    campaigns: Mapped[list[str]] = mapped_column(JSON)


class CampaignResponse(Base):
    """A sale rung up here as a response to a campaign (for the store's figures)."""

    __tablename__ = "campaign_response"
    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    campaign_id: Mapped[uuid.UUID] = mapped_column(Uuid, index=True)
    sale_id: Mapped[uuid.UUID] = mapped_column(Uuid, unique=True)
    customer_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, nullable=True)
    amount_cents: Mapped[int] = mapped_column(Integer)
    bonus_points: Mapped[int] = mapped_column(Integer)
    responded_at: Mapped[datetime] = mapped_column(UtcDateTime, index=True)


class Incident(Base):
    """An incident of this store: opened here, or as head office's feed last sent it."""

    __tablename__ = "incident"
    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    reference: Mapped[str] = mapped_column(String(49))
    customer_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, nullable=True, index=True)
    category: Mapped[str] = mapped_column(String(24))
    priority: Mapped[str] = mapped_column(String(12))
    status: Mapped[str] = mapped_column(String(20))
    description: Mapped[str] = mapped_column(Text, info=PII)
    product_name: Mapped[str] = mapped_column(String(160), default="")
    receipt_number: Mapped[str] = mapped_column(String(40), default="")
    assigned_to: Mapped[str] = mapped_column(String(120), default="")
    opened_at: Mapped[datetime] = mapped_column(UtcDateTime)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime)
    events: Mapped[list[dict[str, object]]] = mapped_column(JSON, default=list, info=PII)


class Settlement(Base):
    """A manager's decision on a review case or a rejected change, made on this tablet."""

    __tablename__ = "settlement"
    subject: Mapped[str] = mapped_column(String(40), primary_key=True)
    """The review case's id, or the rejected change's id."""
    action: Mapped[str] = mapped_column(String(16))
    note: Mapped[str] = mapped_column(Text, default="")
    staff_id: Mapped[uuid.UUID] = mapped_column(Uuid)
    settled_at: Mapped[datetime] = mapped_column(UtcDateTime)


class TillImport(Base):
    """A till export file imported here (a second import of it changes nothing)."""

    __tablename__ = "till_import"
    file_sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    file_name: Mapped[str] = mapped_column(String(200))
    imported_at: Mapped[datetime] = mapped_column(UtcDateTime)
    staff_id: Mapped[uuid.UUID] = mapped_column(Uuid)
    tickets: Mapped[int] = mapped_column(Integer)
    rejected_rows: Mapped[int] = mapped_column(Integer)
    report: Mapped[list[dict[str, object]]] = mapped_column(JSON, default=list)
