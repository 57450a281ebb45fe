"""Tables of the local store.

Ids that leave the device are UUIDv7 made here. Columns holding personal
data carry `info={"pii": True}` so export and erasure can find every one.
Money is integer cents; times are stored as UTC.
"""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Date,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
    Uuid,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column
from sqlalchemy.sql.elements import TextClause
from sqlalchemy.types import TypeDecorator

PII = {"pii": True}


class UtcDateTime(TypeDecorator[datetime]):
    """A timezone-aware UTC datetime stored as ISO text (SQLite has no tz)."""

    impl = String(32)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: object) -> str | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime")
        return value.astimezone(UTC).isoformat(timespec="microseconds")

    def process_result_value(self, value: str | None, dialect: object) -> datetime | None:
        return None if value is None else datetime.fromisoformat(value)


class Base(DeclarativeBase):
    pass


class Device(Base):
    """This tablet: one row. Holds the clock and the outbox sequence."""

    __tablename__ = "device"
    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    store_code: Mapped[str] = mapped_column(String(16))
    device_code: Mapped[str] = mapped_column(String(16))
    store_name: Mapped[str] = mapped_column(String(120))
    store_address: Mapped[str] = mapped_column(String(200), default="")
    store_tax_id: Mapped[str] = mapped_column(String(20), default="")
    hlc_wall_ms: Mapped[int] = mapped_column(BigInteger, default=0)
    hlc_counter: Mapped[int] = mapped_column(Integer, default=0)
    outbox_seq: Mapped[int] = mapped_column(BigInteger, default=0)
    card_issuer: Mapped[int | None] = mapped_column(Integer, nullable=True)
    """This device's number among the chain's card issuers (from the server at registration)."""
    card_seq: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    """The last member card number this device issued."""


LAST_SYNC_KEY = "last_sync_at"
"""The `setting` holding when this tablet last completed a sync with the server."""
SERVER_EPOCH_KEY = "server_database_epoch"
"""The `setting` holding the server database's epoch last seen (`pos_client.sync.epoch`)."""


class Setting(Base):
    """Store settings pushed by head office (points rule...), key to JSON."""

    __tablename__ = "setting"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[object] = mapped_column(JSON)


class ReceiptSeries(Base):
    """A gapless per-device series and the hash of its last record."""

    __tablename__ = "receipt_series"
    series: Mapped[str] = mapped_column(String(8), primary_key=True)
    last_number: Mapped[int] = mapped_column(Integer, default=0)
    last_hash: Mapped[str] = mapped_column(String(64))


class Staff(Base):
    __tablename__ = "staff"
    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    code: Mapped[str] = mapped_column(String(16), unique=True)
    name: Mapped[str] = mapped_column(String(120), info=PII)
    role: Mapped[str] = mapped_column(String(16))
    pin_hash: Mapped[str] = mapped_column(String(200))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    failed_attempts: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    must_change: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")
    """A manager reset the PIN: the next log-in chooses a new one."""
    unlocked_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    """A manager unlocked the code (here or on another tablet): earlier lock-outs end."""


class Product(Base):
    __tablename__ = "product"
    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    code: Mapped[str] = mapped_column(String(32), unique=True)
    code_kind: Mapped[str] = mapped_column(String(10))
    name: Mapped[str] = mapped_column(String(160))
    brand: Mapped[str] = mapped_column(String(80))
    category: Mapped[str] = mapped_column(String(80))
    size: Mapped[str] = mapped_column(String(40), default="")
    price_cents: Mapped[int] = mapped_column(Integer)
    vat_rate: Mapped[int] = mapped_column(Integer)
    points_per_unit: Mapped[int] = mapped_column(Integer, default=0)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    kind: Mapped[str] = mapped_column(String(32), default="", server_default="", index=True)
    """The care guide's product type ('serum'); '' when none applies."""
    tags: Mapped[list[str]] = mapped_column(JSON, default=list, server_default="[]")
    duration_days: Mapped[int | None] = mapped_column(Integer, nullable=True)


def _held(column: str) -> TextClause:
    return text(f"{column} IS NOT NULL")


class Customer(Base):
    """A customer as known on this tablet.

    `seq` is a local row number for the search index only; it never leaves
    the device. `confirmed_points` is the balance last confirmed by the
    server; local ledger entries not yet covered by it are added on top.
    """

    __tablename__ = "customer"
    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    id: Mapped[uuid.UUID] = mapped_column(Uuid, unique=True)
    card_number: Mapped[str | None] = mapped_column(String(20), unique=True, nullable=True)
    first_name: Mapped[str] = mapped_column(String(80), info=PII)
    last_names: Mapped[str] = mapped_column(String(120), info=PII)
    search_name: Mapped[str] = mapped_column(String(200), info=PII)
    """Folded 'first last' for the FTS5 index (accents and case removed)."""
    national_id: Mapped[str | None] = mapped_column(String(12), nullable=True, info=PII)
    phone: Mapped[str | None] = mapped_column(String(20), nullable=True, info=PII)
    email: Mapped[str | None] = mapped_column(String(160), nullable=True, info=PII)
    birth_date: Mapped[date | None] = mapped_column(Date, nullable=True, info=PII)
    postal_code: Mapped[str | None] = mapped_column(String(10), nullable=True, info=PII)
    language: Mapped[str] = mapped_column(String(5), default="es")
    club_member: Mapped[bool] = mapped_column(Boolean, default=False)
    enrolled_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    confirmed_points: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    phone_key: Mapped[str | None] = mapped_column(String(32), nullable=True)
    """Keyed hashes for exact lookup of customers whose values this store does not hold."""
    email_key: Mapped[str | None] = mapped_column(String(32), nullable=True)
    national_id_key: Mapped[str | None] = mapped_column(String(32), nullable=True)
    phone_masked: Mapped[str | None] = mapped_column(String(24), nullable=True)
    balance_version: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    """The server's version of `confirmed_points`; entries it covers are confirmed."""
    gender: Mapped[str | None] = mapped_column(String(16), nullable=True, info=PII)
    consent_state: Mapped[dict[str, bool] | None] = mapped_column(JSON, nullable=True)
    """Each purpose given or not, from the consent records known here (None: not known)."""

    __table_args__ = (
        # Values in clear are held for this store's customers only: partial indexes.
        Index("ix_customer_national_id", "national_id", sqlite_where=_held("national_id")),
        Index("ix_customer_phone", "phone", sqlite_where=_held("phone")),
        Index("ix_customer_email", "email", sqlite_where=_held("email")),
        Index("ix_customer_phone_key", "phone_key"),
        Index("ix_customer_email_key", "email_key"),
        Index("ix_customer_national_id_key", "national_id_key"),
        Index("ix_customer_birth_date", "birth_date", sqlite_where=_held("birth_date")),
    )


class Consent(Base):
    """A consent record: what the customer stated, on which text, signed how.

    Made here (with the signature's vectors and the customer's data as the
    document showed them) or received from the server for a customer this
    store serves (without them). The purposes' state is the latest record
    stating each, by `hlc` (loyalty_core.consent.current_state).
    """

    __tablename__ = "consent"
    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    customer_id: Mapped[uuid.UUID] = mapped_column(Uuid, index=True)
    kind: Mapped[str] = mapped_column(String(12))
    text_version: Mapped[str] = mapped_column(String(16))
    language: Mapped[str] = mapped_column(String(5))
    text_sha256: Mapped[str] = mapped_column(String(64))
    choices: Mapped[dict[str, bool]] = mapped_column(JSON)
    hlc: Mapped[str] = mapped_column(String(64))
    signed_at: Mapped[datetime] = mapped_column(UtcDateTime)
    store_code: Mapped[str] = mapped_column(String(16))
    device_code: Mapped[str] = mapped_column(String(16))
    staff_name: Mapped[str] = mapped_column(String(120), info=PII)
    customer_snapshot: Mapped[dict[str, object] | None] = mapped_column(
        JSON, nullable=True, info=PII
    )
    signature: Mapped[dict[str, object] | None] = mapped_column(JSON, nullable=True, info=PII)
    """The vectors, on the tablet that took the signature only."""
    signed: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")
    digest: Mapped[str] = mapped_column(String(64))
    document_sha256: Mapped[str] = mapped_column(String(64))


class Attachment(Base):
    """A file kept by its content hash (a signed consent PDF, a signature's vectors)."""

    __tablename__ = "attachment"
    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    content_type: Mapped[str] = mapped_column(String(40))
    size: Mapped[int] = mapped_column(Integer)
    data: Mapped[bytes] = mapped_column(LargeBinary, info=PII)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    uploaded: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")


class PurchaseHistory(Base):
    """Past purchases as head office knows them (other stores, older sales)."""

    __tablename__ = "purchase_history"
    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    customer_id: Mapped[uuid.UUID] = mapped_column(Uuid, index=True)
    purchased_on: Mapped[date] = mapped_column(Date)
    store_name: Mapped[str] = mapped_column(String(120))
    receipt_number: Mapped[str] = mapped_column(String(40))
    summary: Mapped[str] = mapped_column(String(300))
    total_cents: Mapped[int] = mapped_column(Integer)
    points: Mapped[int] = mapped_column(Integer)


class Diagnostic(Base):
    """A skin diagnostic: made here, or received with the profile of a customer served here.

    Held only while the customer's skin-data consent stands; the record is the
    wire payload itself (`loyalty_core.wire.DiagnosticPayload`), a fact.
    """

    __tablename__ = "diagnostic"
    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    customer_id: Mapped[uuid.UUID] = mapped_column(Uuid, index=True)
    supersedes: Mapped[uuid.UUID | None] = mapped_column(Uuid, nullable=True)
    recorded_at: Mapped[datetime] = mapped_column(UtcDateTime)
    record: Mapped[dict[str, object]] = mapped_column(JSON, info=PII)


class Habit(Base):
    """A winning habit edit as the server last sent it (the latest per field is the value).

    Edits made here and not yet acknowledged are laid over these from the outbox.
    """

    __tablename__ = "habit"
    customer_id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    field: Mapped[str] = mapped_column(String(32), primary_key=True)
    hlc: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str | None] = mapped_column(Text, nullable=True, info=PII)
    changed_at: Mapped[datetime] = mapped_column(UtcDateTime)
    store_code: Mapped[str] = mapped_column(String(16))
    staff_name: Mapped[str] = mapped_column(String(120), info=PII)


class Pairing(Base):
    """Products often bought with this one, best first (from the server)."""

    __tablename__ = "pairing"
    product_id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    partners: Mapped[list[str]] = mapped_column(JSON)


class Purchase(Base):
    """What a customer served here took home in one sale, from any store (from the server).

    This device's own sales are in `sale_line` from the moment they are rung
    up; a sale in both is counted once, by its id.
    """

    __tablename__ = "purchase"
    sale_id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    customer_id: Mapped[uuid.UUID] = mapped_column(Uuid, index=True)
    day: Mapped[date] = mapped_column(Date)
    of_sale: Mapped[uuid.UUID | None] = mapped_column(Uuid, nullable=True)
    lines: Mapped[list[dict[str, object]]] = mapped_column(JSON)


class Sale(Base):
    """A finished sale or return: a fact, never updated after commit."""

    __tablename__ = "sale"
    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    kind: Mapped[str] = mapped_column(String(8))
    series: Mapped[str] = mapped_column(String(8))
    number: Mapped[int] = mapped_column(Integer)
    receipt_number: Mapped[str] = mapped_column(String(40), unique=True)
    customer_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, nullable=True, index=True)
    staff_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("staff.id"))
    occurred_at: Mapped[datetime] = mapped_column(UtcDateTime, index=True)
    """Indexed for the store's figures, which read a date range."""
    ticket_discount_cents: Mapped[int] = mapped_column(Integer)
    total_cents: Mapped[int] = mapped_column(Integer)
    points_earned: Mapped[int] = mapped_column(Integer)
    points_balance_after: Mapped[int | None] = mapped_column(Integer, nullable=True)
    """The balance printed on the receipt, kept so a reprint shows the same."""
    original_sale_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("sale.id"), nullable=True, index=True
    )
    previous_hash: Mapped[str] = mapped_column(String(64))
    record_hash: Mapped[str] = mapped_column(String(64))
    __table_args__ = (UniqueConstraint("series", "number"),)


class SaleLine(Base):
    __tablename__ = "sale_line"
    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    sale_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("sale.id"), index=True)
    line_no: Mapped[int] = mapped_column(Integer)
    product_id: Mapped[uuid.UUID] = mapped_column(Uuid)
    code: Mapped[str] = mapped_column(String(32))
    name: Mapped[str] = mapped_column(String(160))
    quantity: Mapped[int] = mapped_column(Integer)
    unit_price_cents: Mapped[int] = mapped_column(Integer)
    vat_rate: Mapped[int] = mapped_column(Integer)
    line_discount_cents: Mapped[int] = mapped_column(Integer)
    ticket_discount_cents: Mapped[int] = mapped_column(Integer)
    net_cents: Mapped[int] = mapped_column(Integer)
    points: Mapped[int] = mapped_column(Integer)
    returns_line_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("sale_line.id"), nullable=True, index=True
    )


class Payment(Base):
    __tablename__ = "payment"
    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    sale_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("sale.id"), index=True)
    method: Mapped[str] = mapped_column(String(8))
    amount_cents: Mapped[int] = mapped_column(Integer)
    tendered_cents: Mapped[int | None] = mapped_column(Integer, nullable=True)
    change_cents: Mapped[int | None] = mapped_column(Integer, nullable=True)


class LedgerEntry(Base):
    """A signed points movement. Balances are sums of these, never stored."""

    __tablename__ = "ledger_entry"
    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    customer_id: Mapped[uuid.UUID] = mapped_column(Uuid, index=True)
    kind: Mapped[str] = mapped_column(String(10))
    points: Mapped[int] = mapped_column(Integer)
    sale_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("sale.id"), nullable=True, index=True
    )
    lines: Mapped[list[dict[str, object]]] = mapped_column(JSON)
    occurred_at: Mapped[datetime] = mapped_column(UtcDateTime, index=True)
    confirmed: Mapped[bool] = mapped_column(Boolean, default=False)
    covered_version: Mapped[int | None] = mapped_column(Integer, nullable=True)
    """The server's balance version that includes this entry (known once pushed)."""


class OutboxEntry(Base):
    """One change waiting to be pushed, in the wire format of loyalty_core.

    Written in the same transaction as the change it describes. The outbox
    is sacred: rows leave only when the server has acknowledged them.
    """

    __tablename__ = "outbox"
    seq: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    change_id: Mapped[uuid.UUID] = mapped_column(Uuid, unique=True)
    entity: Mapped[str] = mapped_column(String(24))
    entity_id: Mapped[uuid.UUID] = mapped_column(Uuid)
    op: Mapped[str] = mapped_column(String(10))
    payload_version: Mapped[int] = mapped_column(Integer)
    payload: Mapped[str] = mapped_column(Text)
    payload_sha256: Mapped[str] = mapped_column(String(64))
    hlc: Mapped[str] = mapped_column(String(64))
    occurred_at: Mapped[datetime] = mapped_column(UtcDateTime)
    staff_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, nullable=True)
    depends_on: Mapped[uuid.UUID | None] = mapped_column(Uuid, nullable=True)
    state: Mapped[str] = mapped_column(String(12), default="pending", index=True)
    server_answer: Mapped[str | None] = mapped_column(Text, nullable=True)
    attempts: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    answered_at: Mapped[str | None] = mapped_column(String(32), nullable=True)


class SyncFeed(Base):
    """Where this tablet stands in one feed: cursor, row count, checksum sum."""

    __tablename__ = "sync_feed"
    feed: Mapped[str] = mapped_column(String(16), primary_key=True)
    cursor: Mapped[str] = mapped_column(String(64))
    row_count: Mapped[int] = mapped_column(Integer)
    checksum_sum: Mapped[int] = mapped_column(BigInteger)


class ReplicaRow(Base):
    """The server version of each replicated record held here (feed, key)."""

    __tablename__ = "replica_row"
    feed: Mapped[str] = mapped_column(String(16), primary_key=True)
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    version: Mapped[int] = mapped_column(Integer)
    __table_args__ = ({"sqlite_with_rowid": False},)


class SyncLease(Base):
    """One sync worker per device, across processes: whoever holds the lease."""

    __tablename__ = "sync_lease"
    name: Mapped[str] = mapped_column(String(16), primary_key=True)
    holder: Mapped[str] = mapped_column(String(64))
    expires_at: Mapped[float] = mapped_column(Float)


class CustomerRedirect(Base):
    """A customer merged into another on the server: later references map over."""

    __tablename__ = "customer_redirect"
    from_id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    to_id: Mapped[uuid.UUID] = mapped_column(Uuid)
    card_number: Mapped[str | None] = mapped_column(String(20), nullable=True, index=True)
    """The merged customer's card: it keeps working, for the survivor."""


class ReviewItem(Base):
    """A case head office opened for this store; a manager settles it (`Settlement`)."""

    __tablename__ = "review_item"
    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    kind: Mapped[str] = mapped_column(String(24))
    status: Mapped[str] = mapped_column(String(12))
    customer_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, nullable=True)
    change_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, nullable=True)
    subject_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, nullable=True)
    detail: Mapped[dict[str, object]] = mapped_column(JSON)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
