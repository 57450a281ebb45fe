"""Gifts, their stock per store (the sum of its moves), and the redemptions of them.

A redemption's id is also its points entry's id. An online redemption is
checked and posted by `/v1/redemptions`; one made offline arrives in a push
and is recorded whatever the balance says (the gift was handed over).
A `RedemptionVoid` records that a tablet gave up on an online redemption
whose answer it never got: a late request with that id is then refused.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlalchemy import JSON, Boolean, Date, Integer, String, Text, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from sync_server.db import Base, UtcDateTime


class Gift(Base):
    __tablename__ = "gift"
    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    code: Mapped[str] = mapped_column(String(32), unique=True)
    name: Mapped[str] = mapped_column(String(120))
    description: Mapped[str] = mapped_column(Text, default="")
    points: Mapped[int] = mapped_column(Integer)
    starts_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    ends_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    picture_sha256: Mapped[str | None] = mapped_column(String(64), nullable=True)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime)


class GiftStockMove(Base):
    """Gifts in or out of a store: received, counted, damaged, redeemed, given back."""

    __tablename__ = "gift_stock_move"
    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    gift_id: Mapped[uuid.UUID] = mapped_column(Uuid, index=True)
    store_code: Mapped[str] = mapped_column(String(16), index=True)
    quantity: Mapped[int] = mapped_column(Integer)
    reason: Mapped[str] = mapped_column(String(16))
    note: Mapped[str] = mapped_column(Text, default="")
    staff_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, nullable=True)
    moved_at: Mapped[datetime] = mapped_column(UtcDateTime)
    received_at: Mapped[datetime] = mapped_column(UtcDateTime)


class GiftStock(Base):
    """The running sum of a gift's moves in one store."""

    __tablename__ = "gift_stock"
    store_code: Mapped[str] = mapped_column(String(16), primary_key=True)
    gift_id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    quantity: Mapped[int] = mapped_column(Integer, default=0)


class Redemption(Base):
    __tablename__ = "redemption"
    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    customer_id: Mapped[uuid.UUID] = mapped_column(Uuid, index=True)
    gift_id: Mapped[uuid.UUID] = mapped_column(Uuid, index=True)
    gift_name: Mapped[str] = mapped_column(String(120))
    points: Mapped[int] = mapped_column(Integer)
    store_code: Mapped[str] = mapped_column(String(16), index=True)
    device_code: Mapped[str] = mapped_column(String(16))
    staff_id: Mapped[uuid.UUID] = mapped_column(Uuid)
    approved_by: Mapped[uuid.UUID] = mapped_column(Uuid)
    offline: Mapped[bool] = mapped_column(Boolean)
    caps_exceeded: Mapped[list[str]] = mapped_column(JSON, default=list)
    reason: Mapped[str] = mapped_column(Text, default="")
    flags: Mapped[list[str]] = mapped_column(JSON, default=list)
    redeemed_at: Mapped[datetime] = mapped_column(UtcDateTime, index=True)
    received_at: Mapped[datetime] = mapped_column(UtcDateTime)
    cancel_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, nullable=True)
    cancelled_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    cancel_reason: Mapped[str] = mapped_column(Text, default="")


class RedemptionVoid(Base):
    __tablename__ = "redemption_void"
    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    store_code: Mapped[str] = mapped_column(String(16))
    voided_at: Mapped[datetime] = mapped_column(UtcDateTime)
