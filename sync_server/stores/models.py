"""A store of the chain: its header and its own settings."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from sync_server.db import Base, UtcDateTime


class Store(Base):
    __tablename__ = "store"
    code: Mapped[str] = mapped_column(String(16), primary_key=True)
    name: Mapped[str] = mapped_column(String(120))
    address: Mapped[str] = mapped_column(String(200), default="")
    tax_id: Mapped[str] = mapped_column(String(20), default="")
    points_per_euro: Mapped[int] = mapped_column(Integer, default=1)
    offline_caps: Mapped[dict[str, int] | None] = mapped_column(JSON, nullable=True)
    """This store's offline redemption caps (`loyalty_core.offline_caps`); None: the defaults."""
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)


class ChainSetting(Base):
    """Settings of the whole chain (the secret for lookup keys...), key to JSON."""

    __tablename__ = "chain_setting"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[object] = mapped_column(JSON)
