"""Diagnostics, habits and product pairings on the server.

A diagnostic's content is sensitive (GDPR art. 9) and kept only while the
customer's skin-data consent stands: on withdrawal, on leaving the club or
on erasure the content is dropped and the row stays as a bare fact (id,
customer, when), so a tablet that sends it again is answered `duplicate`.
Habits resolve per field like profile fields; every edit is kept in
`habit_change` with whether it won, and deleted with the skin data.
"""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import JSON, Boolean, Integer, String, Text, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from sync_server.customers.models import PII
from sync_server.db import Base, UtcDateTime


class Diagnostic(Base):
    __tablename__ = "diagnostic"
    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    customer_id: Mapped[uuid.UUID] = mapped_column(Uuid, index=True)
    original_customer_id: Mapped[uuid.UUID] = mapped_column(Uuid)
    """The customer the advisor recorded it for (before any merge)."""
    supersedes: Mapped[uuid.UUID | None] = mapped_column(Uuid, nullable=True)
    hlc: Mapped[str] = mapped_column(String(64))
    recorded_at: Mapped[datetime] = mapped_column(UtcDateTime)
    store_code: Mapped[str] = mapped_column(String(16))
    content: Mapped[dict[str, object] | None] = mapped_column(
        JSON(none_as_null=True), nullable=True, info=PII
    )
    """The payload as recorded; None once dropped (consent withdrawn, erasure)."""
    dropped_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    dropped_because: Mapped[str | None] = mapped_column(String(24), nullable=True)


class Habit(Base):
    """A habit field's current value and the stamp of the edit that set it."""

    __tablename__ = "habit"
    customer_id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    field: Mapped[str] = mapped_column(String(32), primary_key=True)
    value: Mapped[str | None] = mapped_column(Text, nullable=True, info=PII)
    hlc: Mapped[str] = mapped_column(String(64))


class HabitChange(Base):
    """Every habit edit received, won or lost (rule 9: nothing typed vanishes unseen)."""

    __tablename__ = "habit_change"
    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    customer_id: Mapped[uuid.UUID] = mapped_column(Uuid, index=True)
    field: Mapped[str] = mapped_column(String(32))
    value: Mapped[str | None] = mapped_column(Text, nullable=True, info=PII)
    hlc: Mapped[str] = mapped_column(String(64))
    changed_at: Mapped[datetime] = mapped_column(UtcDateTime)
    store_code: Mapped[str] = mapped_column(String(16))
    staff_name: Mapped[str] = mapped_column(String(120), info=PII)
    change_id: Mapped[uuid.UUID] = mapped_column(Uuid)
    won: Mapped[bool] = mapped_column(Boolean)


class Pairing(Base):
    """A product's best partners in recent tickets, as last computed."""

    __tablename__ = "pairing"
    product_id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    partners: Mapped[list[str]] = mapped_column(JSON)
    tickets: Mapped[int] = mapped_column(Integer)
    computed_at: Mapped[datetime] = mapped_column(UtcDateTime)
