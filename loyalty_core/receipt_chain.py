"""The receipt chain: each record carries the hash of the one before it.

Spanish billing rules ask POS software to chain its records so that a
removed or altered receipt shows. The hash covers the canonical JSON of the
record's essential fields plus the previous hash.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

GENESIS_HASH = "0" * 64


def canonical_json(data: Any) -> str:
    """Serialise with sorted keys and no spaces: the same data, the same bytes."""
    return json.dumps(data, sort_keys=True, separators=(",", ":"), ensure_ascii=False, default=str)


def sha256_hex(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def receipt_hash(record: dict[str, Any], previous_hash: str) -> str:
    """Return the hash of a receipt record chained to the previous one."""
    return sha256_hex(canonical_json({"prev": previous_hash, "record": record}))


def receipt_number(store_code: str, device_code: str, number: int, prefix: str = "") -> str:
    """Format a gapless per-device number: '<store>-<device>-<n>'.

    Returns have their own series, told apart by a prefix ('R000001').
    """
    return f"{store_code}-{device_code}-{prefix}{number:06d}"
