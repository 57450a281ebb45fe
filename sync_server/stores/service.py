"""Creating stores and publishing what their tablets must know about them."""

from __future__ import annotations

import re
import secrets
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from loyalty_core.feeds import Feed
from loyalty_core.member_card import CARD_ISSUERS
from loyalty_core.offline_caps import OfflineCaps
from loyalty_core.sync_protocol import StoreInfo
from sync_server.errors import ApiError
from sync_server.stores.models import ChainSetting, Store
from sync_server.sync.feeds import publish_many

LOOKUP_SECRET = "lookup_secret"
OFFLINE_CAPS = "offline_caps"


def lookup_secret(session: Session) -> bytes:
    """Return the chain's key for hashing phones, e-mails and ids (made once)."""
    row = session.get(ChainSetting, LOOKUP_SECRET)
    if row is None:
        row = ChainSetting(key=LOOKUP_SECRET, value=secrets.token_hex(32))
        session.add(row)
        session.flush()
    return bytes.fromhex(str(row.value))


def create_store(
    session: Session,
    *,
    code: str,
    name: str,
    address: str = "",
    tax_id: str = "",
    points_per_euro: int = 1,
    now: datetime,
) -> Store:
    """Create a store (its code is permanent) and publish its settings."""
    code = code.strip().upper()
    if not re.fullmatch(r"[A-Z0-9]{1,16}", code):
        # Letters and digits only: it is part of receipt numbers and incident references.
        raise ApiError(400, "bad_store_code", "a store code has 1 to 16 letters or digits")
    if session.get(Store, code) is not None:
        raise ApiError(409, "store_exists", f"store {code} already exists")
    store = Store(
        code=code,
        name=name,
        address=address,
        tax_id=tax_id,
        points_per_euro=points_per_euro,
        created_at=now,
    )
    session.add(store)
    session.flush()
    publish_settings(session, store, now=now)
    return store


def publish_settings(session: Session, store: Store, *, now: datetime) -> None:
    """Publish the settings feed of one store: header, points rule, lookup key."""
    values: dict[str, object] = {
        "store": store_info(store).model_dump(),
        "points_per_euro": store.points_per_euro,
        LOOKUP_SECRET: lookup_secret(session).hex(),
        CARD_ISSUERS: card_issuers(session, store.code),
        OFFLINE_CAPS: caps_of(store),
    }
    rows: dict[str, dict[str, Any] | None] = {k: {"value": v} for k, v in values.items()}
    publish_many(session, Feed.SETTINGS, store.code, rows, now=now)


def caps_of(store: Store) -> dict[str, int]:
    """The store's offline redemption caps, the chain's defaults filling what it does not set."""
    defaults = OfflineCaps()
    values = {
        "per_redemption": defaults.per_redemption,
        "per_customer": defaults.per_customer,
        "device_budget": defaults.device_budget,
        "balance_max_age_hours": int(defaults.balance_max_age.total_seconds() // 3600),
    }
    return {**values, **(store.offline_caps or {})}


def set_offline_caps(session: Session, code: str, caps: dict[str, int], *, now: datetime) -> Store:
    """Change some of a store's offline caps; its tablets apply them at their next sync."""
    store = session.get(Store, code.strip().upper())
    if store is None:
        raise ApiError(404, "unknown_store", f"no store {code}")
    known = set(caps_of(store))
    if unknown := set(caps) - known:
        raise ApiError(400, "bad_cap", f"unknown caps {sorted(unknown)}; known: {sorted(known)}")
    if any(not 0 <= value <= 10_000_000 for value in caps.values()):
        raise ApiError(400, "bad_cap", "a cap is from 0 to 10,000,000")
    store.offline_caps = {**(store.offline_caps or {}), **caps}
    session.flush()
    publish_settings(session, store, now=now)
    return store


def card_issuers(session: Session, store_code: str) -> dict[str, int]:
    """Device code -> its member card issuer number, for one store's tablets."""
    from sync_server.devices.models import Device

    rows = session.execute(
        select(Device.device_code, Device.card_issuer).where(
            Device.store_code == store_code, Device.card_issuer.is_not(None)
        )
    )
    return {code: issuer for code, issuer in rows if issuer is not None}


def store_info(store: Store) -> StoreInfo:
    return StoreInfo(code=store.code, name=store.name, address=store.address, tax_id=store.tax_id)
