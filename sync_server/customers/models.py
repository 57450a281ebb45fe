"""Customers as head office knows them, their field clocks and balances.

`field_clocks` holds, per profile field, the HLC of the edit that set it:
a patch wins a field only with a greater (HLC, device). Every losing edit
is kept in `profile_loss`, so nothing typed at a counter vanishes unseen.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlalchemy import JSON, BigInteger, Boolean, Date, Integer, String, Text, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from sync_server.db import Base, UtcDateTime

PII = {"pii": True}


class Customer(Base):
    __tablename__ = "customer"
    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    card_number: Mapped[str | None] = mapped_column(String(20), unique=True, nullable=True)
    first_name: Mapped[str] = mapped_column(String(80), info=PII)
    last_names: Mapped[str] = mapped_column(String(120), info=PII)
    national_id: Mapped[str | None] = mapped_column(String(12), nullable=True, info=PII)
    phone: Mapped[str | None] = mapped_column(String(20), nullable=True, info=PII)
    email: Mapped[str | None] = mapped_column(String(160), nullable=True, info=PII)
    birth_date: Mapped[date | None] = mapped_column(Date, nullable=True, info=PII)
    postal_code: Mapped[str | None] = mapped_column(String(10), nullable=True, info=PII)
    language: Mapped[str] = mapped_column(String(5), default="es")
    club_member: Mapped[bool] = mapped_column(Boolean, default=False)
    enrolled_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    home_store: Mapped[str] = mapped_column(String(16), index=True)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    field_clocks: Mapped[dict[str, str]] = mapped_column(JSON, default=dict)
    merged_into: Mapped[uuid.UUID | None] = mapped_column(Uuid, nullable=True)
    gender: Mapped[str | None] = mapped_column(String(16), nullable=True, info=PII)
    consents: Mapped[dict[str, bool] | None] = mapped_column(JSON, nullable=True)
    """Each purpose given or not: the latest consent record stating it (derived)."""
    erased_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    """When the customer's personal data was erased on request (GDPR art. 17)."""


class CustomerStore(Base):
    """A store that serves a customer: it receives the full profile."""

    __tablename__ = "customer_store"
    customer_id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    store_code: Mapped[str] = mapped_column(String(16), primary_key=True)


class ProfileLoss(Base):
    """An edit that lost to a later one on the same field (rule 9)."""

    __tablename__ = "profile_loss"
    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    customer_id: Mapped[uuid.UUID] = mapped_column(Uuid, index=True)
    field: Mapped[str] = mapped_column(String(32))
    value: Mapped[str | None] = mapped_column(Text, nullable=True, info=PII)
    hlc: Mapped[str] = mapped_column(String(64))
    winner_hlc: Mapped[str] = mapped_column(String(64))
    change_id: Mapped[uuid.UUID] = mapped_column(Uuid)
    recorded_at: Mapped[datetime] = mapped_column(UtcDateTime)


class Balance(Base):
    """The sum of a customer's ledger, kept with a version that only grows."""

    __tablename__ = "balance"
    customer_id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    points: Mapped[int] = mapped_column(BigInteger, default=0)
    version: Mapped[int] = mapped_column(Integer, default=0)
