"""E-mails waiting to be sent, and what became of them."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import Integer, String, Text, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from sync_server.customers.models import PII
from sync_server.db import Base, UtcDateTime


class MailRequest(Base):
    """A document a counter asked head office to e-mail to a customer."""

    __tablename__ = "mail_request"
    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    customer_id: Mapped[uuid.UUID] = mapped_column(Uuid, index=True)
    to: Mapped[str] = mapped_column(String(160), info=PII)
    document: Mapped[str] = mapped_column(String(16))
    attachment_sha256: Mapped[str] = mapped_column(String(64))
    language: Mapped[str] = mapped_column(String(5))
    store_code: Mapped[str] = mapped_column(String(16))
    requested_at: Mapped[datetime] = mapped_column(UtcDateTime)
    status: Mapped[str] = mapped_column(String(12), default="queued", index=True)
    """queued, sending (claimed by a round), sent, failed (given up), or erased."""
    claimed_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_error: Mapped[str] = mapped_column(Text, default="")
    sent_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
