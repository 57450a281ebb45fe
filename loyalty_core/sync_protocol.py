"""The HTTP sync protocol: what a tablet and the server say to each other.

Both sides import these models, so a change of shape breaks the build on
both at once. The outbox envelope itself (`Change`) and its payloads live
in `loyalty_core.wire`; this module holds the requests and answers around
them: device registration, push with one result per change, pull pages of
a feed with their cursor, and the error body.

Versions: every request carries `PROTOCOL_HEADER`; the server serves the
range `MIN_PROTOCOL_VERSION..PROTOCOL_VERSION` and answers 426 with
`ErrorBody(code="protocol_unsupported")` outside it.
"""

from __future__ import annotations

import uuid
from enum import StrEnum
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from loyalty_core.wire import PROTOCOL_VERSION, Change, GiftRedemptionPayload, UtcDatetime

MIN_PROTOCOL_VERSION = 1
PROTOCOL_HEADER = "X-Loyalty-Protocol"
CLIENT_VERSION_HEADER = "X-Loyalty-Client"
SCHEMA_VERSION_HEADER = "X-Loyalty-Schema"

MAX_BATCH_CHANGES = 500
MAX_BATCH_BYTES = 1 << 20
"""A push above either limit is answered 413 with the limits; the tablet halves its batch."""

MAX_PAGE_ROWS = 5000

__all__ = ["PROTOCOL_VERSION"]


class _Message(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid", defer_build=True)


class ErrorBody(_Message):
    """Every 4xx answer: a stable code for programs, a sentence for people."""

    code: str
    message: str
    detail: dict[str, Any] | None = None


class StoreInfo(_Message):
    code: str
    name: str
    address: str = ""
    tax_id: str = ""


class RegisterRequest(_Message):
    store_code: str = Field(min_length=1, max_length=16)
    registration_code: str = Field(min_length=4, max_length=64)
    device_name: str = Field(default="", max_length=80)


class RegisterResponse(_Message):
    """The device's identity; `token` is shown once and only its hash is kept."""

    device_id: uuid.UUID
    device_code: str
    token: str
    store: StoreInfo
    card_issuer: int | None = None
    """The device's number in the member cards it issues (loyalty_core.member_card)."""


class ChangeStatus(StrEnum):
    APPLIED = "applied"
    DUPLICATE = "duplicate"
    SUPERSEDED = "superseded"
    DEFERRED = "deferred"
    REJECTED = "rejected"
    KEY_REUSE = "key_reuse"


FINAL_STATUSES = frozenset(
    {ChangeStatus.APPLIED, ChangeStatus.DUPLICATE, ChangeStatus.SUPERSEDED, ChangeStatus.REJECTED}
)
"""Answers after which a change never leaves the tablet again."""


class ChangeResult(_Message):
    """The server's answer for one change of a batch."""

    change_id: uuid.UUID
    status: ChangeStatus
    code: str = ""
    message: str = ""
    flags: list[str] = Field(default_factory=list)
    lost_fields: list[str] = Field(default_factory=list)
    """For a profile patch: the fields a later edit elsewhere had already won."""
    balances: dict[str, int] = Field(default_factory=dict)
    """Customer id -> the balance version that includes this change (ledger entries)."""


class PushRequest(_Message):
    changes: list[Change]


class PushResponse(_Message):
    results: list[ChangeResult]
    server_time: UtcDatetime


class FeedRow(_Message):
    """One replicated record at its latest version, or its tombstone."""

    key: str
    version: int
    deleted: bool = False
    data: dict[str, Any] | None = None


class FeedPage(_Message):
    """A page of a feed after a cursor; apply it and `cursor` in one transaction."""

    feed: str
    rows: list[FeedRow]
    cursor: str
    more: bool
    server_time: UtcDatetime
    """Every answer carries the server's time: the tablet's clock moves past it."""


class SnapshotInfo(_Message):
    """A whole feed in one compressed file, consistent with `cursor`."""

    feed: str
    cursor: str
    rows: int
    sha256: str
    size: int
    name: str


class FeedState(_Message):
    """What a fully caught-up tablet should hold for one feed."""

    feed: str
    count: int
    checksum: str


class FeedStates(_Message):
    feeds: list[FeedState]


class ServerInfo(_Message):
    """Public facts a tablet needs before it can talk: versions and time."""

    protocol_min: int
    protocol_max: int
    min_client_version: str
    server_time: UtcDatetime
    feeds: list[str]


class HealthBody(_Message):
    status: Literal["ok"]


class RedemptionRequest(_Message):
    """An online redemption: the server checks it and posts it in one transaction, or refuses."""

    redemption: GiftRedemptionPayload


class RedemptionAnswer(_Message):
    """A redemption posted (or found posted: the same id asked again)."""

    redemption_id: uuid.UUID
    balance: int
    balance_version: int
    """The customer's balance version that includes this redemption."""
    stock: int
    flags: list[str] = Field(default_factory=list)


class UnansweredRedemption(_Message):
    """What became of an online redemption whose answer never came back."""

    redemption_id: uuid.UUID
    recorded: bool
    """False: it was not recorded, and now never will be (a late request is refused)."""
