"""Campaigns, the customers each targets, and the sales made in response.

Targets are computed at head office from a segment (kept with the campaign
so it can be computed again) and sent to every tablet, so a counter knows
them offline. A response is a fact from a counter: the sale, its amount and
the campaign's extra points as the server recomputed them.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlalchemy import JSON, Boolean, Date, Integer, String, Text, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from sync_server.db import Base, UtcDateTime


class Campaign(Base):
    __tablename__ = "campaign"
    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    code: Mapped[str] = mapped_column(String(32), unique=True)
    name: Mapped[str] = mapped_column(String(120))
    starts_on: Mapped[date] = mapped_column(Date)
    ends_on: Mapped[date] = mapped_column(Date)
    channel: Mapped[str] = mapped_column(String(16))
    multiplier: Mapped[str] = mapped_column(String(8), default="1")
    """A decimal as text: never a float."""
    bonus_per_unit: Mapped[int] = mapped_column(Integer, default=0)
    products: Mapped[list[str]] = mapped_column(JSON, default=list)
    categories: Mapped[list[str]] = mapped_column(JSON, default=list)
    message: Mapped[str] = mapped_column(Text, default="")
    segment: Mapped[dict[str, object]] = mapped_column(JSON, default=dict)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    targets_computed_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)


class CampaignTarget(Base):
    __tablename__ = "campaign_target"
    campaign_id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    customer_id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, index=True)


class CampaignResponse(Base):
    __tablename__ = "campaign_response"
    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    campaign_id: Mapped[uuid.UUID] = mapped_column(Uuid, index=True)
    sale_id: Mapped[uuid.UUID] = mapped_column(Uuid, unique=True)
    customer_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, nullable=True, index=True)
    amount_cents: Mapped[int] = mapped_column(Integer)
    bonus_points: Mapped[int] = mapped_column(Integer)
    """The campaign's extra points as the server's rule gives them."""
    claimed_points: Mapped[int] = mapped_column(Integer)
    targeted: Mapped[bool] = mapped_column(Boolean)
    """Whether the customer was in the campaign's targets when the server received it."""
    store_code: Mapped[str] = mapped_column(String(16), index=True)
    staff_id: Mapped[uuid.UUID] = mapped_column(Uuid)
    flags: Mapped[list[str]] = mapped_column(JSON, default=list)
    responded_at: Mapped[datetime] = mapped_column(UtcDateTime)
    received_at: Mapped[datetime] = mapped_column(UtcDateTime)
