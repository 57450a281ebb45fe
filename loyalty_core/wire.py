"""The sync wire format: what travels in an outbox change, versioned.

Every business change at the counter becomes one `Change` envelope whose
payload is one of the models below. Payloads are serialised as canonical
JSON and hashed, so a re-sent change can be told from a different one with
the same id. Money is integer cents, times are UTC ISO 8601, ids UUIDv7.
Bump a payload's `VERSION` when its shape changes; the server accepts older
versions for a support window.
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from enum import StrEnum
from typing import Annotated, Any, ClassVar, Literal

from pydantic import AfterValidator, AwareDatetime, BaseModel, ConfigDict, Field

from loyalty_core.receipt_chain import canonical_json, sha256_hex

PROTOCOL_VERSION = 1

UtcDatetime = Annotated[AwareDatetime, AfterValidator(lambda moment: moment.astimezone(UTC))]
"""An aware time, always carried in UTC so hashes recompute from stored rows."""


class Entity(StrEnum):
    SALE = "sale"
    LEDGER_ENTRY = "ledger_entry"
    CUSTOMER = "customer"


class Operation(StrEnum):
    CREATE = "create"
    UPDATE = "update"


class _Payload(BaseModel):
    # defer_build, here and below: validators are built at a model's first use,
    # not at import, so the counter's start-up does not pay for them.
    model_config = ConfigDict(frozen=True, extra="forbid", defer_build=True)
    ENTITY: ClassVar[Entity]
    VERSION: ClassVar[int]


class SaleLinePayload(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid", defer_build=True)
    line_id: uuid.UUID
    line_no: int = Field(ge=1)
    product_id: uuid.UUID
    code: str
    name: str
    quantity: int  # negative on a return line
    unit_price_cents: int = Field(ge=0)
    vat_rate: int
    line_discount_cents: int
    ticket_discount_cents: int
    net_cents: int
    points: int
    returns_line_id: uuid.UUID | None = None


class PaymentPayload(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid", defer_build=True)
    method: Literal["cash", "card"]
    amount_cents: int
    tendered_cents: int | None = None
    change_cents: int | None = None


class VatPayload(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid", defer_build=True)
    rate: int
    base_cents: int
    vat_cents: int
    gross_cents: int


class SalePayload(_Payload):
    """A sale or a return as finished at the counter (a fact)."""

    ENTITY: ClassVar[Entity] = Entity.SALE
    VERSION: ClassVar[int] = 1

    sale_id: uuid.UUID
    kind: Literal["sale", "return"]
    receipt_number: str
    series: str
    number: int = Field(ge=1)
    store_code: str
    device_code: str
    customer_id: uuid.UUID | None
    staff_id: uuid.UUID
    occurred_at: UtcDatetime
    lines: list[SaleLinePayload]
    ticket_discount_cents: int
    total_cents: int
    vat: list[VatPayload]
    payments: list[PaymentPayload]
    points_earned: int
    original_sale_id: uuid.UUID | None = None
    previous_hash: str
    record_hash: str


class LedgerKind(StrEnum):
    EARN = "earn"
    REVERSE = "reverse"
    REDEEM = "redeem"
    EXPIRE = "expire"
    ADJUST = "adjust"


class LedgerLinePayload(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid", defer_build=True)
    line_id: uuid.UUID
    points: int


class LedgerEntryPayload(_Payload):
    """A signed points movement pointing at what caused it (a fact)."""

    ENTITY: ClassVar[Entity] = Entity.LEDGER_ENTRY
    VERSION: ClassVar[int] = 1

    entry_id: uuid.UUID
    customer_id: uuid.UUID
    kind: LedgerKind
    points: int
    sale_id: uuid.UUID | None
    lines: list[LedgerLinePayload]
    occurred_at: UtcDatetime


PROFILE_FIELDS = frozenset(
    {
        "first_name",
        "last_names",
        "national_id",
        "phone",
        "email",
        "birth_date",
        "postal_code",
        "language",
    }
)
"""Customer fields edited at the counter; each resolves on its own (last writer wins)."""


class ProfilePatchPayload(_Payload):
    """New values for some profile fields, as typed at the counter (normalised).

    The change's HLC stamps every field in it; the server keeps, per field,
    the value with the greatest (HLC, device), and logs the losers.
    """

    ENTITY: ClassVar[Entity] = Entity.CUSTOMER
    VERSION: ClassVar[int] = 1

    customer_id: uuid.UUID
    fields: dict[str, str | None]


PAYLOADS: dict[Entity, type[_Payload]] = {
    Entity.SALE: SalePayload,
    Entity.LEDGER_ENTRY: LedgerEntryPayload,
    Entity.CUSTOMER: ProfilePatchPayload,
}


class Change(BaseModel):
    """The outbox envelope: one business change, ready to push."""

    model_config = ConfigDict(frozen=True, extra="forbid", defer_build=True)

    change_id: uuid.UUID
    device_seq: int = Field(ge=1)
    entity: Entity
    entity_id: uuid.UUID
    op: Operation
    payload_version: int
    payload: dict[str, Any]
    payload_sha256: str
    hlc: str
    occurred_at: UtcDatetime
    staff_id: uuid.UUID | None
    depends_on: uuid.UUID | None = None


def encode_payload(payload: _Payload) -> tuple[str, str]:
    """Return (canonical JSON, SHA-256) of a payload."""
    text = canonical_json(payload.model_dump(mode="json"))
    return text, sha256_hex(text)


def decode_payload(entity: Entity, version: int, data: dict[str, Any]) -> _Payload:
    """Validate a payload received on the wire against its model."""
    model = PAYLOADS[entity]
    if version != model.VERSION:
        raise ValueError(f"unsupported {entity} payload version {version}")
    return model.model_validate(data)


def utc_iso(moment: datetime) -> str:
    """Format an aware datetime as UTC ISO 8601."""
    if moment.tzinfo is None:
        raise ValueError("naive datetime")
    return moment.astimezone(UTC).isoformat()
