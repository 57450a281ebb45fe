"""Sales and returns as sent by the counters, with the server's flags."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import JSON, Integer, String, Text, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from sync_server.db import Base, UtcDateTime


class Sale(Base):
    __tablename__ = "sale"
    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    kind: Mapped[str] = mapped_column(String(8))
    store_code: Mapped[str] = mapped_column(String(16), index=True)
    device_id: Mapped[uuid.UUID] = mapped_column(Uuid, index=True)
    receipt_number: Mapped[str] = mapped_column(String(40), unique=True)
    customer_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, nullable=True, index=True)
    staff_id: Mapped[uuid.UUID] = mapped_column(Uuid)
    occurred_at: Mapped[datetime] = mapped_column(UtcDateTime, index=True)
    """Indexed for 'bought together', which reads the last months' tickets daily."""
    total_cents: Mapped[int] = mapped_column(Integer)
    points_earned: Mapped[int] = mapped_column(Integer)
    record_hash: Mapped[str] = mapped_column(String(64))
    payload: Mapped[str] = mapped_column(Text)
    flags: Mapped[list[str]] = mapped_column(JSON, default=list)
    source: Mapped[str] = mapped_column(String(8), default="counter", server_default="counter")
    """'counter', or 'till' for a sale brought in from the store's till export."""
    received_at: Mapped[datetime] = mapped_column(UtcDateTime)
