"""Cases for a person: an overdraft, a flagged sale, a rejected change."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import JSON, String, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from sync_server.db import Base, UtcDateTime


class ReviewCase(Base):
    __tablename__ = "review_case"
    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    kind: Mapped[str] = mapped_column(String(24), index=True)
    store_code: Mapped[str] = mapped_column(String(16), index=True)
    customer_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, nullable=True, index=True)
    change_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, nullable=True)
    subject_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, nullable=True)
    detail: Mapped[dict[str, object]] = mapped_column(JSON, default=dict)
    status: Mapped[str] = mapped_column(String(12), default="open", index=True)
    settlement: Mapped[dict[str, object] | None] = mapped_column(JSON, nullable=True)
    """The decision that settled it: action, note, who, when (the first one wins)."""
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
