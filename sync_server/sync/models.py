"""The inbox of changes seen, and the change log the feeds are read from.

`Inbox.change_id` is the idempotency key (rule 2): the unique key, not a
check, decides which of two concurrent deliveries applies a change.

`FeedRow` is the change log kept at its latest state: each replicated
record has one row per scope that moves to a new log position (`txid`,
`log_id`) whenever the record changes. On PostgreSQL `txid` is the writing
transaction's id and only rows of transactions older than the reader's
snapshot xmin are served, so a row whose transaction commits late is never
skipped; on SQLite writers are serialised and `txid` is 0.
"""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import JSON, BigInteger, Boolean, Index, Integer, Sequence, String, Text, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from sync_server.db import Base, UtcDateTime


class Inbox(Base):
    __tablename__ = "inbox"
    change_id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    device_id: Mapped[uuid.UUID] = mapped_column(Uuid, index=True)
    device_seq: Mapped[int] = mapped_column(BigInteger)
    entity: Mapped[str] = mapped_column(String(24))
    entity_id: Mapped[uuid.UUID] = mapped_column(Uuid)
    payload_sha256: Mapped[str] = mapped_column(String(64))
    status: Mapped[str] = mapped_column(String(12))
    result: Mapped[dict[str, object]] = mapped_column(JSON)
    payload: Mapped[str] = mapped_column(Text)
    """Kept for rejected changes, so head office can see what was sent."""
    received_at: Mapped[datetime] = mapped_column(UtcDateTime)


LOG_ID_SEQUENCE = Sequence("feed_log_id_seq")
"""PostgreSQL hands out log ids from a sequence; SQLite takes max + 1 (one writer)."""


class FeedRow(Base):
    __tablename__ = "feed_row"
    feed: Mapped[str] = mapped_column(String(16), primary_key=True)
    scope: Mapped[str] = mapped_column(String(16), primary_key=True)
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    version: Mapped[int] = mapped_column(Integer)
    deleted: Mapped[bool] = mapped_column(Boolean, default=False)
    data: Mapped[str | None] = mapped_column(Text, nullable=True)
    row_hash: Mapped[int] = mapped_column(BigInteger)
    txid: Mapped[int] = mapped_column(BigInteger)
    log_id: Mapped[int] = mapped_column(BigInteger, unique=True)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime)
    __table_args__ = (Index("ix_feed_row_position", "feed", "scope", "txid", "log_id"),)


class FeedHorizon(Base):
    """Tombstones before this position were compacted: older cursors get 410."""

    __tablename__ = "feed_horizon"
    feed: Mapped[str] = mapped_column(String(16), primary_key=True)
    txid: Mapped[int] = mapped_column(BigInteger)
    log_id: Mapped[int] = mapped_column(BigInteger)
