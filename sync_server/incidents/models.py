"""Incidents and their events (status changes, answers, the store's notes).

An incident is a fact from a counter; what happens to it is a list of
events, replayed by `loyalty_core.incidents` into its status, so events
from head office and notes from the store never overwrite each other.
"""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import String, Text, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from loyalty_core.incidents import MAX_REFERENCE
from sync_server.customers.models import PII
from sync_server.db import Base, UtcDateTime


class Incident(Base):
    __tablename__ = "incident"
    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    reference: Mapped[str] = mapped_column(String(MAX_REFERENCE), unique=True)
    customer_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, nullable=True, index=True)
    category: Mapped[str] = mapped_column(String(24), index=True)
    priority: Mapped[str] = mapped_column(String(12))
    status: Mapped[str] = mapped_column(String(20), index=True)
    description: Mapped[str] = mapped_column(Text, info=PII)
    product_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, nullable=True)
    product_name: Mapped[str] = mapped_column(String(160), default="")
    sale_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, nullable=True)
    receipt_number: Mapped[str] = mapped_column(String(40), default="")
    photo_sha256: Mapped[str | None] = mapped_column(String(64), nullable=True)
    store_code: Mapped[str] = mapped_column(String(16), index=True)
    device_code: Mapped[str] = mapped_column(String(16))
    staff_name: Mapped[str] = mapped_column(String(120))
    assigned_to: Mapped[str] = mapped_column(String(120), default="")
    opened_at: Mapped[datetime] = mapped_column(UtcDateTime, index=True)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime)


class IncidentEvent(Base):
    __tablename__ = "incident_event"
    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    incident_id: Mapped[uuid.UUID] = mapped_column(Uuid, index=True)
    at: Mapped[datetime] = mapped_column(UtcDateTime)
    status: Mapped[str | None] = mapped_column(String(20), nullable=True)
    note: Mapped[str] = mapped_column(Text, default="", info=PII)
    by: Mapped[str] = mapped_column(String(120))
    from_store: Mapped[bool] = mapped_column(default=False)
    ignored: Mapped[bool] = mapped_column(default=False)
    """A status change that did not apply in replay order (kept, not shown as current)."""
