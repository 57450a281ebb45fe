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

from pydantic import AfterValidator, AwareDatetime, BaseModel, BeforeValidator, ConfigDict, Field

from loyalty_core.consent import Purpose
from loyalty_core.habits import HABIT_FIELDS
from loyalty_core.incidents import MAX_ANSWER, MAX_DESCRIPTION, MAX_REFERENCE, Category, Priority
from loyalty_core.receipt_chain import canonical_json, sha256_hex
from loyalty_core.skin import (
    MAX_NOTES,
    MAX_RECOMMENDED,
    Concern,
    FaceArea,
    LevelSource,
    Sensitivity,
    SkinType,
)

PROTOCOL_VERSION = 1


def _iso_text_or_datetime(value: object) -> object:
    # Lax validation would read a number as a Unix time: the wire carries ISO 8601 text.
    if not isinstance(value, str | datetime):
        raise ValueError("a time is ISO 8601 text")
    return value


def _in_utc(moment: datetime) -> datetime:
    try:
        return moment.astimezone(UTC)
    except OverflowError:  # 9999-12-31T23:59-01:00 has no UTC time
        raise ValueError("this time is out of range in UTC") from None


UtcDatetime = Annotated[
    AwareDatetime, BeforeValidator(_iso_text_or_datetime), AfterValidator(_in_utc)
]
"""An aware time, always carried in UTC so hashes recompute from stored rows."""


Int32 = Annotated[int, Field(ge=-(2**31 - 1), le=2**31 - 1)]
"""Cents, quantities and numbers: what a 32-bit column holds on both sides."""
Points = Annotated[int, Field(ge=-10_000_000, le=10_000_000)]
"""Points of one line, sale or ledger entry: far beyond any real one, well inside 32 bits."""


class Entity(StrEnum):
    SALE = "sale"
    LEDGER_ENTRY = "ledger_entry"
    CUSTOMER = "customer"
    CONSENT = "consent"
    MAIL = "mail"
    MEMBER_CARD = "member_card"
    DIAGNOSTIC = "diagnostic"
    HABITS = "habits"
    REDEMPTION = "redemption"
    REDEMPTION_CANCEL = "redemption_cancel"
    GIFT_STOCK = "gift_stock"
    SETTLEMENT = "settlement"
    INCIDENT = "incident"
    INCIDENT_NOTE = "incident_note"
    CAMPAIGN_RESPONSE = "campaign_response"
    STAFF_PIN = "staff_pin"
    TILL_SALE = "till_sale"


LEDGER_ENTITIES = frozenset(
    {"ledger_entry", "redemption", "redemption_cancel", "campaign_response", "till_sale"}
)
"""Changes that move points: each is a ledger entry on both sides, under the change's entity id,
and the server answers it with the balance version that includes it."""


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
    line_no: int = Field(ge=1, le=10_000)
    product_id: uuid.UUID
    code: str = Field(max_length=32)
    name: str = Field(max_length=160)
    quantity: Int32  # negative on a return line
    unit_price_cents: int = Field(ge=0, le=2**31 - 1)
    vat_rate: int = Field(ge=0, le=100)
    line_discount_cents: Int32
    ticket_discount_cents: Int32
    net_cents: Int32
    points: Points
    returns_line_id: uuid.UUID | None = None


class PaymentPayload(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid", defer_build=True)
    method: Literal["cash", "card"]
    amount_cents: Int32
    tendered_cents: Int32 | None = None
    change_cents: Int32 | None = None


class VatPayload(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid", defer_build=True)
    rate: int = Field(ge=0, le=100)
    base_cents: Int32
    vat_cents: Int32
    gross_cents: Int32


class SalePayload(_Payload):
    """A sale or a return as finished at the counter (a fact)."""

    ENTITY: ClassVar[Entity] = Entity.SALE
    VERSION: ClassVar[int] = 1

    sale_id: uuid.UUID
    kind: Literal["sale", "return"]
    receipt_number: str = Field(max_length=40)
    series: str = Field(max_length=8)
    number: int = Field(ge=1, le=2**31 - 1)
    store_code: str = Field(max_length=16)
    device_code: str = Field(max_length=16)
    customer_id: uuid.UUID | None
    staff_id: uuid.UUID
    occurred_at: UtcDatetime
    lines: list[SaleLinePayload]
    ticket_discount_cents: Int32
    total_cents: Int32
    vat: list[VatPayload]
    payments: list[PaymentPayload]
    points_earned: Points
    original_sale_id: uuid.UUID | None = None
    previous_hash: str = Field(max_length=64)
    record_hash: str = Field(max_length=64)


class LedgerKind(StrEnum):
    EARN = "earn"
    REVERSE = "reverse"
    REDEEM = "redeem"
    EXPIRE = "expire"
    ADJUST = "adjust"


class LedgerLinePayload(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid", defer_build=True)
    line_id: uuid.UUID
    points: Points


class LedgerEntryPayload(_Payload):
    """A signed points movement pointing at what caused it (a fact)."""

    ENTITY: ClassVar[Entity] = Entity.LEDGER_ENTRY
    VERSION: ClassVar[int] = 1

    entry_id: uuid.UUID
    customer_id: uuid.UUID
    kind: LedgerKind
    points: Points
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
        "gender",
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


class CustomerPayload(_Payload):
    """A customer registered at a counter (a fact that creates an entity).

    Values are normalised as `loyalty_core.profile` does; each field then
    resolves like a profile field, stamped with this change's HLC. Two
    registrations of one person are merged on the server, never refused.
    """

    ENTITY: ClassVar[Entity] = Entity.CUSTOMER
    VERSION: ClassVar[int] = 1

    customer_id: uuid.UUID
    card_number: str | None = Field(default=None, max_length=20)
    first_name: str = Field(max_length=80)
    last_names: str = Field(max_length=120)
    national_id: str | None = Field(default=None, max_length=12)
    phone: str | None = Field(default=None, max_length=20)
    email: str | None = Field(default=None, max_length=160)
    birth_date: str | None = Field(default=None, max_length=10)
    postal_code: str | None = Field(default=None, max_length=10)
    language: str = Field(max_length=5)
    gender: str | None = Field(default=None, max_length=16)
    store_code: str = Field(max_length=16)
    registered_at: UtcDatetime

    def profile_fields(self) -> dict[str, str | None]:
        return {name: getattr(self, name) for name in sorted(PROFILE_FIELDS)}


MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024
"""A signed consent PDF is ~100 KB; photos (a later issue) stay well under this."""


class ConsentCustomer(BaseModel):
    """Who signed, as the document shows them (kept for the inspector, erased on request)."""

    model_config = ConfigDict(frozen=True, extra="forbid", defer_build=True)
    name: str = Field(max_length=201)
    national_id: str | None = Field(default=None, max_length=12)
    phone: str | None = Field(default=None, max_length=20)
    email: str | None = Field(default=None, max_length=160)
    birth_date: str | None = Field(default=None, max_length=10)
    postal_code: str | None = Field(default=None, max_length=10)
    card_number: str | None = Field(default=None, max_length=20)


class ConsentPayload(_Payload):
    """A signed consent record: choices stated, the text shown, the document's hashes.

    The signature's vectors (JSON) and the PDF travel as attachments by
    content hash; the change is `deferred` until both are on the server.
    `digest` is `consent.document_digest(sealed_content())`, printed on the PDF.
    """

    ENTITY: ClassVar[Entity] = Entity.CONSENT
    VERSION: ClassVar[int] = 1

    consent_id: uuid.UUID
    customer_id: uuid.UUID
    kind: Literal["enrolment", "change"]
    text_version: str = Field(max_length=16)
    language: str = Field(max_length=5)
    text_sha256: str = Field(min_length=64, max_length=64)
    choices: dict[Purpose, bool] = Field(min_length=1)
    customer: ConsentCustomer
    signed_at: UtcDatetime
    store_code: str = Field(max_length=16)
    device_code: str = Field(max_length=16)
    staff_id: uuid.UUID
    staff_name: str = Field(max_length=120)
    signature_sha256: str | None = Field(default=None, min_length=64, max_length=64)
    document_sha256: str = Field(min_length=64, max_length=64)
    document_size: int = Field(ge=1, le=MAX_ATTACHMENT_BYTES)
    digest: str = Field(min_length=64, max_length=64)

    def sealed_content(self) -> dict[str, Any]:
        """What the digest covers: the record without its document and the digest itself."""
        return self.model_dump(mode="json", exclude={"digest", "document_sha256", "document_size"})


class MemberCardPayload(_Payload):
    """A member card issued at a counter to a customer who had none (a customer
    already known who joins the club). Registrations carry their card themselves."""

    ENTITY: ClassVar[Entity] = Entity.MEMBER_CARD
    VERSION: ClassVar[int] = 1

    card_id: uuid.UUID
    customer_id: uuid.UUID
    card_number: str = Field(max_length=20)
    store_code: str = Field(max_length=16)
    issued_at: UtcDatetime


class MailPayload(_Payload):
    """Please e-mail this document to the customer (head office sends it; tablets hold no
    mail account). The document travels as an attachment, by its hash."""

    ENTITY: ClassVar[Entity] = Entity.MAIL
    VERSION: ClassVar[int] = 1

    mail_id: uuid.UUID
    customer_id: uuid.UUID
    to: str = Field(max_length=160)
    document: Literal["consent", "member_card", "receipt", "skin_report"]
    attachment_sha256: str = Field(min_length=64, max_length=64)
    language: str = Field(max_length=5)
    requested_at: UtcDatetime


class RecommendedProduct(BaseModel):
    """A product an advisor recommended, as the catalogue named and priced it that day."""

    model_config = ConfigDict(frozen=True, extra="forbid", defer_build=True)
    product_id: uuid.UUID
    code: str = Field(max_length=32)
    name: str = Field(max_length=160)
    price_cents: int = Field(ge=0, le=2**31 - 1)


Level = Annotated[int, Field(ge=0, le=100)]


class DiagnosticPayload(_Payload):
    """A skin diagnostic recorded during a treatment (a fact; sensitive data, art. 9 GDPR).

    A correction is a new diagnostic whose `supersedes` names the one it
    replaces. Recorded only with the customer's skin-data consent given.
    """

    ENTITY: ClassVar[Entity] = Entity.DIAGNOSTIC
    VERSION: ClassVar[int] = 1

    diagnostic_id: uuid.UUID
    customer_id: uuid.UUID
    supersedes: uuid.UUID | None = None
    skin_type: SkinType
    sensitivity: Sensitivity | None = None
    hydration: Level | None = None
    hydration_source: LevelSource | None = None
    oiliness: Level | None = None
    oiliness_source: LevelSource | None = None
    phototype: int | None = Field(default=None, ge=1, le=6)
    concerns: list[Concern] = Field(default_factory=list, max_length=len(Concern))
    areas: list[FaceArea] = Field(default_factory=list, max_length=len(FaceArea))
    notes: str = Field(default="", max_length=MAX_NOTES)
    recommended: list[RecommendedProduct] = Field(default_factory=list, max_length=MAX_RECOMMENDED)
    next_appointment: UtcDatetime | None = None
    store_code: str = Field(max_length=16)
    device_code: str = Field(max_length=16)
    staff_id: uuid.UUID
    staff_name: str = Field(max_length=120)
    recorded_at: UtcDatetime


def _habit_fields(fields: dict[str, str | None]) -> dict[str, str | None]:
    unknown = set(fields) - HABIT_FIELDS
    if unknown:
        raise ValueError(f"unknown habit fields {sorted(unknown)}")
    return fields


class HabitsPatchPayload(_Payload):
    """New values for some habit fields (`loyalty_core.habits`), each resolving on its own.

    Like a profile patch: the change's HLC stamps every field in it, and the
    server keeps per field the greatest (HLC, device), logging the losers.
    """

    ENTITY: ClassVar[Entity] = Entity.HABITS
    VERSION: ClassVar[int] = 1

    customer_id: uuid.UUID
    fields: Annotated[
        dict[str, Annotated[str, Field(max_length=600)] | None],
        Field(min_length=1, max_length=len(HABIT_FIELDS)),
        AfterValidator(_habit_fields),
    ]


class GiftRedemptionPayload(_Payload):
    """A gift handed over for points (a fact): the points leave the balance, the gift the stock.

    `redemption_id` is also the ledger entry's id. An online redemption was
    checked and posted by the server already (`/v1/redemptions`); one made
    offline travels in the outbox and carries how it was allowed: the caps it
    went over and the manager's reason.
    """

    ENTITY: ClassVar[Entity] = Entity.REDEMPTION
    VERSION: ClassVar[int] = 1

    redemption_id: uuid.UUID
    customer_id: uuid.UUID
    gift_id: uuid.UUID
    gift_code: str = Field(max_length=32)
    gift_name: str = Field(max_length=120)
    points: int = Field(ge=1, le=10_000_000)
    store_code: str = Field(max_length=16)
    device_code: str = Field(max_length=16)
    staff_id: uuid.UUID
    approved_by: uuid.UUID
    """The manager who approved it (the staff member themselves when a manager)."""
    identified: Literal["card", "id", "name_search"]
    offline: bool
    known_balance: Points
    """The balance the tablet knew when it was asked."""
    caps_exceeded: list[str] = Field(default_factory=list, max_length=8)
    reason: str = Field(default="", max_length=300)
    redeemed_at: UtcDatetime


class RedemptionCancelPayload(_Payload):
    """A redemption undone: the gift came back, the points go back (a compensating entry).

    `cancel_id` is the compensating ledger entry's id; a redemption is
    cancelled once, a second cancellation is recorded and changes nothing.
    """

    ENTITY: ClassVar[Entity] = Entity.REDEMPTION_CANCEL
    VERSION: ClassVar[int] = 1

    cancel_id: uuid.UUID
    redemption_id: uuid.UUID
    customer_id: uuid.UUID
    gift_id: uuid.UUID
    points: int = Field(ge=1, le=10_000_000)
    store_code: str = Field(max_length=16)
    staff_id: uuid.UUID
    approved_by: uuid.UUID
    reason: str = Field(max_length=300)
    gift_returned: bool
    """Whether the gift went back to the stock (an opened one does not)."""
    cancelled_at: UtcDatetime


class StockMovePayload(_Payload):
    """Gifts in or out of a store's stock (a fact): moves add up, so tablets never conflict.

    A count is sent as the difference from the stock the tablet knew.
    """

    ENTITY: ClassVar[Entity] = Entity.GIFT_STOCK
    VERSION: ClassVar[int] = 1

    move_id: uuid.UUID
    gift_id: uuid.UUID
    store_code: str = Field(max_length=16)
    quantity: int = Field(ge=-100_000, le=100_000)
    reason: Literal["received", "counted", "damaged", "sent_back"]
    note: str = Field(default="", max_length=300)
    staff_id: uuid.UUID
    moved_at: UtcDatetime


class SettleAction(StrEnum):
    """What a manager decided for a review case."""

    RECOVER = "recover"
    """An overdraft: recovered from future earnings (redemptions stay blocked until then)."""
    WRITE_OFF = "write_off"
    """An overdraft: the chain absorbs the deficit; the balance goes back to zero."""
    VOID = "void"
    """A rejected change: it will never apply; nothing else happens."""
    RESENT = "resent"
    """A rejected change: corrected and sent again as a new change."""
    MERGE = "merge"
    """Possible duplicates: they are one person; merge them."""
    NOT_DUPLICATE = "not_duplicate"
    """Possible duplicates: two people."""
    CHECKED = "checked"
    """Anything else: seen and dealt with."""


class SettlementPayload(_Payload):
    """A manager's decision on a review case (a fact). The first decision on a case wins."""

    ENTITY: ClassVar[Entity] = Entity.SETTLEMENT
    VERSION: ClassVar[int] = 1

    settlement_id: uuid.UUID
    case_id: uuid.UUID | None = None
    """The server's case; None for a change this tablet holds as rejected (see `change_id`)."""
    change_id: uuid.UUID | None = None
    action: SettleAction
    note: str = Field(default="", max_length=500)
    resent_as: uuid.UUID | None = None
    """The new change that carries the correction (action `resent`)."""
    store_code: str = Field(max_length=16)
    staff_id: uuid.UUID
    settled_at: UtcDatetime


class CampaignResponsePayload(_Payload):
    """A sale made because of a campaign (a fact), with its amount and the points it adds.

    `response_id` is the ledger entry of the campaign's extra points (none
    when `bonus_points` is 0); the server recomputes them by the campaign's
    rule (`loyalty_core.campaigns`) and adjusts a difference.
    """

    ENTITY: ClassVar[Entity] = Entity.CAMPAIGN_RESPONSE
    VERSION: ClassVar[int] = 1

    response_id: uuid.UUID
    campaign_id: uuid.UUID
    sale_id: uuid.UUID
    customer_id: uuid.UUID | None
    amount_cents: Int32
    bonus_points: int = Field(ge=0, le=10_000_000)
    targeted: bool
    store_code: str = Field(max_length=16)
    staff_id: uuid.UUID
    responded_at: UtcDatetime


class StaffPinPayload(_Payload):
    """A manager set or reset a staff member's PIN, or unlocked their code.

    Only the argon2id verifier travels, never the PIN. `must_change` asks for
    a new PIN at the next log-in (a reset gives a temporary one).
    """

    ENTITY: ClassVar[Entity] = Entity.STAFF_PIN
    VERSION: ClassVar[int] = 1

    staff_id: uuid.UUID
    pin_hash: str | None = Field(default=None, max_length=200)
    must_change: bool = False
    unlock: bool = False
    store_code: str = Field(max_length=16)
    changed_at: UtcDatetime


class TillLinePayload(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid", defer_build=True)
    line_id: uuid.UUID
    line_no: int = Field(ge=1, le=10_000)
    product_id: uuid.UUID
    code: str = Field(max_length=32)
    quantity: int = Field(ge=1, le=100_000)
    unit_price_cents: int = Field(ge=0, le=2**31 - 1)
    discount_cents: int = Field(ge=0, le=2**31 - 1)
    net_cents: Int32
    points: Points


class TillSalePayload(_Payload):
    """A sale rung up on the store's own till, brought in from its export file (a fact).

    Its id comes from the till's ticket (`loyalty_core.till_import.till_sale_id`),
    so importing the same file again sends nothing new. When a member is
    named, `sale_id` is also the points entry's id.
    """

    ENTITY: ClassVar[Entity] = Entity.TILL_SALE
    VERSION: ClassVar[int] = 1

    sale_id: uuid.UUID
    ticket: str = Field(max_length=40)
    till: str = Field(max_length=16)
    store_code: str = Field(max_length=16)
    customer_id: uuid.UUID | None
    occurred_at: UtcDatetime
    lines: list[TillLinePayload] = Field(min_length=1, max_length=500)
    total_cents: Int32
    payment: Literal["cash", "card"]
    points_earned: Points
    file_sha256: str = Field(min_length=64, max_length=64)
    imported_by: uuid.UUID
    imported_at: UtcDatetime


class IncidentPayload(_Payload):
    """A customer-service incident opened at a counter (a fact; head office handles it).

    `reference` is `loyalty_core.incidents.reference(store, device, number)`:
    unique without asking the server, so the customer gets it at once.
    The photo, when taken, travels as an attachment by its hash.
    """

    ENTITY: ClassVar[Entity] = Entity.INCIDENT
    VERSION: ClassVar[int] = 1

    incident_id: uuid.UUID
    reference: str = Field(max_length=MAX_REFERENCE)
    customer_id: uuid.UUID | None
    category: Category
    priority: Priority
    description: str = Field(max_length=MAX_DESCRIPTION)
    product_id: uuid.UUID | None = None
    product_name: str = Field(default="", max_length=160)
    sale_id: uuid.UUID | None = None
    line_id: uuid.UUID | None = None
    receipt_number: str = Field(default="", max_length=40)
    photo_sha256: str | None = Field(default=None, min_length=64, max_length=64)
    photo_size: int | None = Field(default=None, ge=1, le=MAX_ATTACHMENT_BYTES)
    store_code: str = Field(max_length=16)
    device_code: str = Field(max_length=16)
    staff_id: uuid.UUID
    staff_name: str = Field(max_length=120)
    opened_at: UtcDatetime


class IncidentNotePayload(_Payload):
    """The store's note on one of its incidents (an answer to head office's question)."""

    ENTITY: ClassVar[Entity] = Entity.INCIDENT_NOTE
    VERSION: ClassVar[int] = 1

    note_id: uuid.UUID
    incident_id: uuid.UUID
    text: str = Field(max_length=MAX_ANSWER)
    store_code: str = Field(max_length=16)
    staff_id: uuid.UUID
    staff_name: str = Field(max_length=120)
    written_at: UtcDatetime


PAYLOADS: dict[tuple[Entity, Operation], type[_Payload]] = {
    (Entity.SALE, Operation.CREATE): SalePayload,
    (Entity.LEDGER_ENTRY, Operation.CREATE): LedgerEntryPayload,
    (Entity.CUSTOMER, Operation.CREATE): CustomerPayload,
    (Entity.CUSTOMER, Operation.UPDATE): ProfilePatchPayload,
    (Entity.CONSENT, Operation.CREATE): ConsentPayload,
    (Entity.MAIL, Operation.CREATE): MailPayload,
    (Entity.MEMBER_CARD, Operation.CREATE): MemberCardPayload,
    (Entity.DIAGNOSTIC, Operation.CREATE): DiagnosticPayload,
    (Entity.HABITS, Operation.UPDATE): HabitsPatchPayload,
    (Entity.REDEMPTION, Operation.CREATE): GiftRedemptionPayload,
    (Entity.REDEMPTION_CANCEL, Operation.CREATE): RedemptionCancelPayload,
    (Entity.GIFT_STOCK, Operation.CREATE): StockMovePayload,
    (Entity.SETTLEMENT, Operation.CREATE): SettlementPayload,
    (Entity.CAMPAIGN_RESPONSE, Operation.CREATE): CampaignResponsePayload,
    (Entity.STAFF_PIN, Operation.UPDATE): StaffPinPayload,
    (Entity.TILL_SALE, Operation.CREATE): TillSalePayload,
    (Entity.INCIDENT, Operation.CREATE): IncidentPayload,
    (Entity.INCIDENT_NOTE, Operation.CREATE): IncidentNotePayload,
}
"""The payload model of each (entity, operation) a change may carry."""


def _json_integer(value: object) -> object:
    # Lax validation would take true and "1" for integers.
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ValueError("a JSON integer is required")
    return value


JsonInt = Annotated[int, BeforeValidator(_json_integer)]


class Change(BaseModel):
    """The outbox envelope: one business change, ready to push."""

    model_config = ConfigDict(frozen=True, extra="forbid", defer_build=True)

    change_id: uuid.UUID
    device_seq: JsonInt = Field(ge=1, le=2**31 - 1)
    entity: Entity
    entity_id: uuid.UUID
    op: Operation
    payload_version: JsonInt
    payload: dict[str, Any]
    payload_sha256: str = Field(max_length=64)
    hlc: str = Field(max_length=64)
    occurred_at: UtcDatetime
    staff_id: uuid.UUID | None
    depends_on: uuid.UUID | None = None


def encode_payload(payload: _Payload) -> tuple[str, str]:
    """Return (canonical JSON, SHA-256) of a payload."""
    text = canonical_json(payload.model_dump(mode="json"))
    return text, sha256_hex(text)


def decode_payload(
    entity: Entity, version: int, data: dict[str, Any], *, op: Operation = Operation.CREATE
) -> _Payload:
    """Validate a payload received on the wire against its model."""
    model = PAYLOADS.get((entity, op))
    if model is None:
        raise ValueError(f"no {op} of {entity} is known")
    if version != model.VERSION:
        raise ValueError(f"unsupported {entity} payload version {version}")
    return model.model_validate(data)


def utc_iso(moment: datetime) -> str:
    """Format an aware datetime as UTC ISO 8601."""
    if moment.tzinfo is None:
        raise ValueError("naive datetime")
    return moment.astimezone(UTC).isoformat()
