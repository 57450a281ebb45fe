"""The file that carries a tablet's waiting changes to head office by hand.

A broken tablet whose store file can still be read gives its changes not yet
acknowledged to `pos-client export-pending`; head office applies them with
`sync-server import-pending`, through the same push path as if the device
had pushed them itself. Both sides agree on this format, so it lives here.

The file is JSON: the device and store the changes came from, the changes
in their wire envelope (`wire.Change`), the files they refer to (signed
consent PDFs, signatures) and a SHA-256 over all of it, so a file cut short
or edited is refused whole rather than applied in part. It holds personal
data in clear (customer names in registrations, signed documents): it is
handled like the store file itself and deleted once imported.
"""

from __future__ import annotations

import base64
import hashlib
import json
import uuid
from typing import Any, Final, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from loyalty_core.receipt_chain import canonical_json, sha256_hex
from loyalty_core.wire import Change, UtcDatetime

FORMAT: Final = "loyalty-pending-changes"
FORMAT_VERSION = 1


class BadPendingFile(ValueError):
    """The file is not a pending-changes file, of another version, or damaged."""


class PendingAttachment(BaseModel):
    """A file a change refers to, by its SHA-256 (its name on the server too)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    sha256: str = Field(min_length=64, max_length=64)
    content_type: str = Field(max_length=60)
    data_base64: str

    def data(self) -> bytes:
        return base64.b64decode(self.data_base64, validate=True)

    @staticmethod
    def of(sha256: str, content_type: str, data: bytes) -> PendingAttachment:
        return PendingAttachment(
            sha256=sha256,
            content_type=content_type,
            data_base64=base64.b64encode(data).decode("ascii"),
        )


class PendingChanges(BaseModel):
    """What one device had not handed over, and where it came from."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    format: Literal["loyalty-pending-changes"] = FORMAT
    version: int = FORMAT_VERSION
    device_id: uuid.UUID
    store_code: str = Field(max_length=16)
    device_code: str = Field(max_length=16)
    exported_at: UtcDatetime
    since: UtcDatetime | None = None
    """Set when changes acknowledged since then were included (after a server restore)."""
    changes: list[Change]
    attachments: list[PendingAttachment] = Field(default_factory=list)

    @property
    def device_label(self) -> str:
        return f"{self.store_code}-{self.device_code}"


def _body(pending: PendingChanges) -> dict[str, Any]:
    return pending.model_dump(mode="json")


def encode(pending: PendingChanges) -> bytes:
    """The file's bytes: the body and its checksum, as UTF-8 JSON."""
    body = _body(pending)
    document = {**body, "checksum_sha256": sha256_hex(canonical_json(body))}
    return json.dumps(document, ensure_ascii=False, indent=1).encode("utf-8")


def decode(data: bytes) -> PendingChanges:
    """Read a file written by `encode`; refuse it whole if anything in it does not hold."""
    try:
        document = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise BadPendingFile(f"not a pending-changes file: {exc}") from None
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise BadPendingFile("not a pending-changes file (no 'format' of ours)")
    if document.get("version") != FORMAT_VERSION:
        raise BadPendingFile(
            f"pending-changes file version {document.get('version')!r}; "
            f"this program reads version {FORMAT_VERSION}"
        )
    checksum = document.pop("checksum_sha256", None)
    if checksum != sha256_hex(canonical_json(document)):
        raise BadPendingFile("the file's checksum does not match: it is damaged or was edited")
    try:
        pending = PendingChanges.model_validate(document)
    except ValidationError as exc:
        raise BadPendingFile(f"the file does not hold what it should: {exc}") from None
    for attachment in pending.attachments:
        try:
            data_ok = hashlib.sha256(attachment.data()).hexdigest() == attachment.sha256
        except ValueError:
            data_ok = False
        if not data_ok:
            raise BadPendingFile(f"the attached file {attachment.sha256[:12]}… is damaged")
    return pending
