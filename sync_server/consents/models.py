"""Consent records, and files kept by content hash (signed PDFs, signature vectors).

A consent record is a fact from a counter; `choices` are the purposes it
states. The customer's current state per purpose is derived from all their
records (loyalty_core.consent.current_state) and kept on the customer row.

Attachments arrive by `PUT` in chunks (`AttachmentPart`, resumable: the
server says how many bytes it holds) and become an `Attachment` only when
all of them are there and their SHA-256 is the one named.
"""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import JSON, Boolean, Integer, LargeBinary, String, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from sync_server.customers.models import PII
from sync_server.db import Base, UtcDateTime


class Consent(Base):
    __tablename__ = "consent"
    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    customer_id: Mapped[uuid.UUID] = mapped_column(Uuid, index=True)
    original_customer_id: Mapped[uuid.UUID] = mapped_column(Uuid)
    """The customer the counter signed for (before any merge)."""
    kind: Mapped[str] = mapped_column(String(12))
    text_version: Mapped[str] = mapped_column(String(16))
    language: Mapped[str] = mapped_column(String(5))
    text_sha256: Mapped[str] = mapped_column(String(64))
    choices: Mapped[dict[str, bool]] = mapped_column(JSON)
    hlc: Mapped[str] = mapped_column(String(64))
    signed_at: Mapped[datetime] = mapped_column(UtcDateTime)
    store_code: Mapped[str] = mapped_column(String(16))
    device_code: Mapped[str] = mapped_column(String(16))
    staff_id: Mapped[uuid.UUID] = mapped_column(Uuid)
    staff_name: Mapped[str] = mapped_column(String(120), info=PII)
    customer_snapshot: Mapped[dict[str, object] | None] = mapped_column(
        JSON, nullable=True, info=PII
    )
    signature_sha256: Mapped[str | None] = mapped_column(String(64), nullable=True)
    document_sha256: Mapped[str | None] = mapped_column(String(64), nullable=True)
    digest: Mapped[str] = mapped_column(String(64))
    flags: Mapped[list[str]] = mapped_column(JSON, default=list)
    recorded_at: Mapped[datetime] = mapped_column(UtcDateTime)
    erased_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)


class Attachment(Base):
    __tablename__ = "attachment"
    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    content_type: Mapped[str] = mapped_column(String(60))
    size: Mapped[int] = mapped_column(Integer)
    data: Mapped[bytes] = mapped_column(LargeBinary, info=PII)
    device_id: Mapped[uuid.UUID] = mapped_column(Uuid)
    stored_at: Mapped[datetime] = mapped_column(UtcDateTime)


class AttachmentPart(Base):
    """A chunk of an attachment still arriving; gone once the whole file is kept."""

    __tablename__ = "attachment_part"
    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    offset: Mapped[int] = mapped_column(Integer, primary_key=True)
    total: Mapped[int] = mapped_column(Integer)
    data: Mapped[bytes] = mapped_column(LargeBinary, info=PII)
    final: Mapped[bool] = mapped_column(Boolean, default=False)
    received_at: Mapped[datetime] = mapped_column(UtcDateTime)
