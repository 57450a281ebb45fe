"""The feeds a tablet pulls, the shape of their rows, and their checksum.

A feed is a view of the server's replicated records by scope (the whole
chain or one store). Each record travels at its latest version; a tablet
applies a row only when its version is newer than the one it holds, so a
page that arrives late never brings an older value back.

The checksum is order-independent (a sum of per-row hashes), so the server
and a tablet can compare what they hold without agreeing on an order.
"""

from __future__ import annotations

import hashlib
import hmac
import uuid
from datetime import date
from enum import StrEnum

from pydantic import BaseModel, ConfigDict

from loyalty_core.wire import DiagnosticPayload, UtcDatetime


class Feed(StrEnum):
    CATALOGUE = "catalogue"
    SETTINGS = "settings"
    STAFF = "staff"
    DIRECTORY = "directory"
    PROFILES = "profiles"
    BALANCES = "balances"
    REDIRECTS = "redirects"
    REVIEW = "review"
    PAIRINGS = "pairings"
    PURCHASES = "purchases"
    GIFTS = "gifts"
    GIFT_STOCK = "gift_stock"
    REDEMPTIONS = "redemptions"
    CAMPAIGNS = "campaigns"
    TARGETS = "targets"
    INCIDENTS = "incidents"


CHAIN_SCOPE = "*"
STORE_FEEDS = frozenset(
    {
        Feed.SETTINGS,
        Feed.STAFF,
        Feed.PROFILES,
        Feed.REVIEW,
        Feed.PURCHASES,
        Feed.GIFT_STOCK,
        Feed.REDEMPTIONS,
        Feed.INCIDENTS,
    }
)
"""Feeds whose rows are scoped to one store; the others reach every tablet."""

_HASH_BITS = 40  # a million rows still sum well inside 64 bits
CHECKSUM_MODULUS = 1 << 64


def row_hash(feed: str, key: str, version: int) -> int:
    """Return one row's contribution to its feed's checksum."""
    digest = hashlib.sha256(f"{feed}|{key}|{version}".encode()).digest()
    return int.from_bytes(digest[:8], "big") >> (64 - _HASH_BITS)


def format_checksum(total: int) -> str:
    return f"{total % CHECKSUM_MODULUS:016x}"


def lookup_key(secret: bytes, kind: str, value: str) -> str:
    """Return the keyed hash of a normalised phone, e-mail or national id.

    Every tablet can find a customer by an exact value without holding the
    values of customers from other stores in clear.
    """
    mac = hmac.new(secret, f"{kind}:{value}".encode(), hashlib.sha256)
    return mac.hexdigest()[:32]


class _Row(BaseModel):
    model_config = ConfigDict(frozen=True, extra="ignore", defer_build=True)


class ProductRow(_Row):
    id: uuid.UUID
    code: str
    code_kind: str
    name: str
    brand: str
    category: str
    size: str
    price_cents: int
    vat_rate: int
    points_per_unit: int
    active: bool
    kind: str = ""
    """The product type the care guide knows ('serum', 'sunscreen'); '' when none applies."""
    tags: list[str] = []
    """Attributes the advice rules read ('hydrating', 'fragrance_free', 'vegan'...)."""
    duration_days: int | None = None
    """How long one pack lasts, when the catalogue says; else the guide works it out."""


class StaffRow(_Row):
    """A staff account of this store, with its PIN verifier (argon2id)."""

    id: uuid.UUID
    code: str
    name: str
    role: str
    pin_hash: str
    active: bool
    must_change: bool = False
    """The PIN was reset: a new one is chosen at the next log-in."""
    unlocked_at: UtcDatetime | None = None
    """A manager unlocked the code: a lock-out from before this ends on every tablet."""


class SettingRow(_Row):
    value: object


class DirectoryRow(_Row):
    """The slim record of any customer of the chain, for search and exact lookup."""

    id: uuid.UUID
    first_name: str
    last_names: str
    card_number: str | None
    phone_key: str | None
    email_key: str | None
    national_id_key: str | None
    phone_masked: str | None
    club_member: bool
    enrolled_on: date | None
    language: str
    created_at: UtcDatetime


class ProfileRow(_Row):
    """The full record of a customer this store serves."""

    id: uuid.UUID
    first_name: str
    last_names: str
    national_id: str | None
    phone: str | None
    email: str | None
    birth_date: date | None
    postal_code: str | None
    language: str
    gender: str | None = None
    consents: dict[str, bool] | None = None
    """Each purpose given or not (None: no consent record yet)."""
    consent_records: list[ConsentRecordRow] = []
    diagnostics: list[DiagnosticPayload] = []
    """Skin diagnostics, only while the skin-data consent is given (erased on withdrawal)."""
    habits: list[HabitRow] = []
    """Habit edits that won, newest last per field; the latest per field is the value."""


class HabitRow(_Row):
    field: str
    value: str | None
    hlc: str
    changed_at: UtcDatetime
    store_code: str
    staff_name: str


class ConsentRecordRow(_Row):
    """One consent record as a serving store's tablets hold it (no signature vectors)."""

    id: uuid.UUID
    kind: str
    text_version: str
    language: str
    text_sha256: str
    choices: dict[str, bool]
    hlc: str
    signed_at: UtcDatetime
    store_code: str
    device_code: str
    staff_name: str
    digest: str
    document_sha256: str | None
    signed: bool


class BalanceRow(_Row):
    customer_id: uuid.UUID
    points: int


class RedirectRow(_Row):
    """A customer merged into another: tablets remap the old id (and its card)."""

    from_id: uuid.UUID
    to_id: uuid.UUID
    card_number: str | None = None


class ReviewRow(_Row):
    """A case for this store's managers: an overdraft, a flagged sale, a rejected change."""

    id: uuid.UUID
    kind: str
    status: str
    customer_id: uuid.UUID | None
    change_id: uuid.UUID | None
    subject_id: uuid.UUID | None
    detail: dict[str, object]
    created_at: UtcDatetime


class PairingRow(_Row):
    """Products often bought with this one, best first (computed on the server)."""

    product_id: uuid.UUID
    partners: list[uuid.UUID]


class PurchasedLine(_Row):
    product_id: uuid.UUID
    quantity: int


class PurchaseRow(_Row):
    """What a customer this store serves took home in one sale, returns taken off.

    Enough to remind them to replenish, whichever store or tablet sold it.
    """

    sale_id: uuid.UUID
    customer_id: uuid.UUID
    day: date
    of_sale: uuid.UUID | None = None
    """The sale a return takes back (its lines are then negative)."""
    lines: list[PurchasedLine]


class GiftRow(_Row):
    """A gift of the chain's catalogue, for points, between two days (both included)."""

    id: uuid.UUID
    code: str
    name: str
    description: str = ""
    points: int
    starts_on: date | None = None
    ends_on: date | None = None
    picture_sha256: str | None = None
    active: bool = True


class GiftStockRow(_Row):
    """How many of a gift this store holds, as head office counts it (moves received)."""

    gift_id: uuid.UUID
    quantity: int


class RedemptionRow(_Row):
    """A gift redeemed at one of this store's tablets (so any of them can cancel it)."""

    id: uuid.UUID
    customer_id: uuid.UUID
    gift_id: uuid.UUID
    gift_name: str
    points: int
    device_code: str
    staff_id: uuid.UUID
    approved_by: uuid.UUID
    offline: bool
    redeemed_at: UtcDatetime
    cancelled: bool = False


class CampaignRow(_Row):
    """A campaign as every counter applies it (`loyalty_core.campaigns.Campaign`)."""

    id: uuid.UUID
    code: str
    name: str
    starts_on: date
    ends_on: date
    channel: str
    multiplier: str
    """A decimal as text ('1', '1.5'): never a float."""
    bonus_per_unit: int = 0
    products: list[uuid.UUID] = []
    categories: list[str] = []
    message: str = ""
    """What the customer was told, for the assistant to recognise it."""


class TargetRow(_Row):
    """The live campaigns a customer is targeted by (computed at head office)."""

    customer_id: uuid.UUID
    campaigns: list[uuid.UUID]


class IncidentEventRow(_Row):
    at: UtcDatetime
    status: str | None
    note: str
    by: str
    from_store: bool


class IncidentRow(_Row):
    """A customer-service incident opened at this store, with what head office did since."""

    id: uuid.UUID
    reference: str
    customer_id: uuid.UUID | None
    category: str
    priority: str
    status: str
    description: str
    product_name: str = ""
    receipt_number: str = ""
    assigned_to: str = ""
    opened_at: UtcDatetime
    updated_at: UtcDatetime
    events: list[IncidentEventRow] = []
