"""The HTTP sync protocol: what a tablet and the server say to each other.

Both sides import these models, so a change of shape breaks the build on
both at once. The outbox envelope itself (`Change`) and its payloads live
in `loyalty_core.wire`; this module holds the requests and answers around
them: device registration, push with one result per change, pull pages of
a feed with their cursor, and the error body.

Versions: every request carries `PROTOCOL_HEADER`; the server serves the
range `MIN_PROTOCOL_VERSION..PROTOCOL_VERSION` and answers 426 with
`ErrorBody(code="protocol_unsupported")` outside it. Every answer says what
is served (`ServedVersions`, as response headers): the oldest protocol and
app version served now, and an oldest app version head office has announced
from a date on, so a tablet says "update" on its normal syncs, before it is
refused. Every answer also says the database epoch (`DATABASE_EPOCH_HEADER`),
which a restore of head office's database changes: tablets then send again
what the lost database had acknowledged. Headers, not body fields, because
older apps refuse fields they do not know in some answers (`_Answer`).
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from loyalty_core.wire import PROTOCOL_VERSION, Change, GiftRedemptionPayload, UtcDatetime

MIN_PROTOCOL_VERSION = 1
PROTOCOL_HEADER = "X-Loyalty-Protocol"
CLIENT_VERSION_HEADER = "X-Loyalty-Client"
SCHEMA_VERSION_HEADER = "X-Loyalty-Schema"
# What every answer says is served (`ServedVersions`).
MIN_PROTOCOL_HEADER = "X-Loyalty-Protocol-Min"
MIN_CLIENT_HEADER = "X-Loyalty-Min-Client"
NEXT_MIN_CLIENT_HEADER = "X-Loyalty-Next-Min-Client"
NEXT_MIN_CLIENT_DATE_HEADER = "X-Loyalty-Next-Min-Client-Date"
DATABASE_EPOCH_HEADER = "X-Loyalty-Database-Epoch"
"""Which life of head office's database answers: a random UUID, replaced by every restore.

On every answer, beside the versions. A tablet that sees it change sends again what it
holds as acknowledged: the database that acknowledged it may be the one that was lost."""

MAX_BATCH_CHANGES = 500
MAX_BATCH_BYTES = 1 << 20
"""A push above either limit is answered 413 with the limits; the tablet halves its batch."""

MAX_PAGE_ROWS = 5000

__all__ = ["PROTOCOL_VERSION"]


def version_key(text: str) -> tuple[int, ...]:
    """A dotted version as numbers, to compare ('0.10.0' > '0.9.2'); a part's non-digits are
    ignored ('1.2.0rc1' is 1.2.01), an empty part is 0."""
    parts = []
    for part in text.strip().split("."):
        digits = "".join(ch for ch in part if ch.isascii() and ch.isdigit())
        parts.append(int(digits[:9]) if digits else 0)
    while len(parts) > 1 and parts[-1] == 0:  # '1.0' == '1.0.0'
        parts.pop()
    return tuple(parts)


@dataclass(frozen=True)
class ServedVersions:
    """What the server serves now, and the oldest app it will serve from an announced day.

    Sent as response headers on every API answer and in `ServerInfo`. Once the
    day comes, the server's minimum is the announced version and the
    announcement is no longer sent.
    """

    protocol_min: int
    min_client_version: str
    next_min_client_version: str | None = None
    next_min_client_date: date | None = None
    """The chain's (Madrid) day from which `next_min_client_version` is the minimum."""

    def serves(self, client_version: str) -> bool:
        """Whether an app of `client_version` is fed now."""
        return version_key(client_version) >= version_key(self.min_client_version)

    def update_by(self, client_version: str) -> date | None:
        """The day from which an app of `client_version` is no longer fed, if one is announced."""
        announced = self.next_min_client_version
        if announced is None or self.next_min_client_date is None:
            return None
        if version_key(client_version) >= version_key(announced):
            return None
        return self.next_min_client_date

    def headers(self) -> dict[str, str]:
        said = {
            MIN_PROTOCOL_HEADER: str(self.protocol_min),
            MIN_CLIENT_HEADER: self.min_client_version,
        }
        if self.next_min_client_version and self.next_min_client_date:
            said[NEXT_MIN_CLIENT_HEADER] = self.next_min_client_version
            said[NEXT_MIN_CLIENT_DATE_HEADER] = self.next_min_client_date.isoformat()
        return said

    @classmethod
    def from_headers(cls, headers: Mapping[str, str]) -> ServedVersions | None:
        """Read them from an answer's headers (case-insensitive); None from an older server or
        a garbled answer (a proxy's own error page): nothing is concluded from those."""
        try:
            protocol_min = int(headers[MIN_PROTOCOL_HEADER])
            min_client = headers[MIN_CLIENT_HEADER].strip()
        except (KeyError, ValueError):
            return None
        announced = (headers.get(NEXT_MIN_CLIENT_HEADER) or "").strip() or None
        try:
            day = date.fromisoformat((headers.get(NEXT_MIN_CLIENT_DATE_HEADER) or "").strip())
        except ValueError:
            announced, day = None, None
        return cls(protocol_min, min_client, announced, day if announced else None)


def database_epoch(headers: Mapping[str, str]) -> str | None:
    """The database epoch an answer's headers say (case-insensitive), as a UUID's text;
    None from an older server or a garbled answer (a proxy's own error page)."""
    said = (headers.get(DATABASE_EPOCH_HEADER) or "").strip()
    try:
        return str(uuid.UUID(said)) if said else None
    except ValueError:
        return None


class _Message(BaseModel):
    """A request the server reads: an unknown field is refused."""

    model_config = ConfigDict(frozen=True, extra="forbid", defer_build=True)


class _Answer(BaseModel):
    """An answer the tablet reads: a field a later server adds must not make an older app fail.

    (Apps up to 0.7.0 read answers with unknown fields refused, so a field
    added to an answer they read would break them: add headers instead.)
    """

    model_config = ConfigDict(frozen=True, extra="ignore", defer_build=True)


class ErrorBody(_Answer):
    """Every 4xx answer: a stable code for programs, a sentence for people."""

    code: str
    message: str
    detail: dict[str, Any] | None = None


class StoreInfo(_Answer):
    code: str
    name: str
    address: str = ""
    tax_id: str = ""


class RegisterRequest(_Message):
    store_code: str = Field(min_length=1, max_length=16)
    registration_code: str = Field(min_length=4, max_length=64)
    device_name: str = Field(default="", max_length=80)


class RegisterResponse(_Answer):
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


class ChangeResult(_Answer):
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


class PushResponse(_Answer):
    results: list[ChangeResult]
    server_time: UtcDatetime


class FeedRow(_Answer):
    """One replicated record at its latest version, or its tombstone."""

    key: str
    version: int
    deleted: bool = False
    data: dict[str, Any] | None = None


class FeedPage(_Answer):
    """A page of a feed after a cursor; apply it and `cursor` in one transaction."""

    feed: str
    rows: list[FeedRow]
    cursor: str
    more: bool
    server_time: UtcDatetime
    """Every answer carries the server's time: the tablet's clock moves past it."""


class SnapshotInfo(_Answer):
    """A whole feed in one compressed file, consistent with `cursor`."""

    feed: str
    cursor: str
    rows: int
    sha256: str
    size: int
    name: str


class FeedState(_Answer):
    """What a fully caught-up tablet should hold for one feed."""

    feed: str
    count: int
    checksum: str


class FeedStates(_Answer):
    feeds: list[FeedState]


class ServerInfo(_Answer):
    """Public facts a tablet needs before it can talk: versions and time.

    `min_client_version` is the oldest app served today; an announced minimum
    and its day come as headers (`ServedVersions`), on this answer as on every
    other: apps up to 0.7.0 refuse an answer with fields they do not know.
    """

    protocol_min: int
    protocol_max: int
    min_client_version: str
    server_time: UtcDatetime
    feeds: list[str]


class HealthBody(_Answer):
    status: Literal["ok"]


class RedemptionRequest(_Message):
    """An online redemption: the server checks it and posts it in one transaction, or refuses."""

    redemption: GiftRedemptionPayload


class RedemptionAnswer(_Answer):
    """A redemption posted (or found posted: the same id asked again)."""

    redemption_id: uuid.UUID
    balance: int
    balance_version: int
    """The customer's balance version that includes this redemption."""
    stock: int
    flags: list[str] = Field(default_factory=list)


class UnansweredRedemption(_Answer):
    """What became of an online redemption whose answer never came back."""

    redemption_id: uuid.UUID
    recorded: bool
    """False: it was not recorded, and now never will be (a late request is refused)."""
