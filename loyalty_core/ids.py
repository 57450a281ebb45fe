"""UUIDv7 identifiers, made where a record is born."""

from __future__ import annotations

import os
import time
import uuid
from collections.abc import Callable
from typing import NewType

CustomerId = NewType("CustomerId", uuid.UUID)
ProductId = NewType("ProductId", uuid.UUID)
SaleId = NewType("SaleId", uuid.UUID)
StaffId = NewType("StaffId", uuid.UUID)
DeviceId = NewType("DeviceId", uuid.UUID)
ChangeId = NewType("ChangeId", uuid.UUID)

IdFactory = Callable[[], uuid.UUID]


def uuid7(unix_ms: int | None = None, rand: bytes | None = None) -> uuid.UUID:
    """Make a UUIDv7 (RFC 9562): 48-bit Unix milliseconds, then random bits.

    Time-ordered ids keep B-tree inserts local on both SQLite and PostgreSQL.
    """
    ms = time.time_ns() // 1_000_000 if unix_ms is None else unix_ms
    tail = bytearray(rand if rand is not None else os.urandom(10))
    if len(tail) != 10:
        raise ValueError("uuid7 needs exactly 10 random bytes")
    raw = bytearray(ms.to_bytes(6, "big")) + tail
    raw[6] = 0x70 | (raw[6] & 0x0F)  # version 7
    raw[8] = 0x80 | (raw[8] & 0x3F)  # RFC 4122 variant
    return uuid.UUID(bytes=bytes(raw))


def uuid7_time_ms(value: uuid.UUID) -> int:
    """Return the millisecond timestamp carried by a UUIDv7."""
    return int.from_bytes(value.bytes[:6], "big")
