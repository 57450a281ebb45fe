"""Registered tablets and the one-time codes that register them.

Tokens and codes are random and long, so a SHA-256 of them is what is kept:
a stolen database does not let anyone speak as a device.
"""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import ForeignKey, Integer, String, UniqueConstraint, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from sync_server.db import Base, UtcDateTime


class Device(Base):
    __tablename__ = "device"
    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    store_code: Mapped[str] = mapped_column(ForeignKey("store.code"), index=True)
    device_code: Mapped[str] = mapped_column(String(16))
    name: Mapped[str] = mapped_column(String(80), default="")
    token_sha256: Mapped[str] = mapped_column(String(64), unique=True)
    registered_at: Mapped[datetime] = mapped_column(UtcDateTime)
    revoked_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    last_seen_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    last_push_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    last_pull_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    client_version: Mapped[str] = mapped_column(String(32), default="")
    last_device_seq: Mapped[int] = mapped_column(Integer, default=0)
    clock_flagged: Mapped[bool] = mapped_column(default=False)
    card_issuer: Mapped[int | None] = mapped_column(Integer, unique=True, nullable=True)
    """The device's number in member card numbers (loyalty_core.member_card), chain-wide."""
    __table_args__ = (UniqueConstraint("store_code", "device_code"),)


class RegistrationCode(Base):
    __tablename__ = "registration_code"
    code_sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    store_code: Mapped[str] = mapped_column(ForeignKey("store.code"))
    issued_at: Mapped[datetime] = mapped_column(UtcDateTime)
    expires_at: Mapped[datetime] = mapped_column(UtcDateTime)
    used_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    device_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, nullable=True)
