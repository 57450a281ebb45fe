"""Files by content hash: a resumable, idempotent upload, verified on arrival.

A tablet sends a file in chunks with `Content-Range`; the server keeps each
chunk and says how far it has got, so an upload cut by a dropped line goes
on from there. When the last byte is in, the whole file is hashed: only a
file whose SHA-256 is its name is kept; anything else is thrown away and
refused. Sending a file the server holds already is answered at once.
"""

from __future__ import annotations

import hashlib
import re
import uuid
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from loyalty_core.wire import MAX_ATTACHMENT_BYTES
from sync_server.consents.models import Attachment, AttachmentPart, Consent
from sync_server.customers.models import CustomerStore
from sync_server.devices.models import Device
from sync_server.errors import ApiError

MAX_CHUNK_BYTES = 1 << 19
"""Half the server's request body limit: a chunk and its headers always fit."""
_RANGE = re.compile(r"^bytes (\d+)-(\d+)/(\d+)$")


@dataclass(frozen=True)
class UploadState:
    complete: bool
    received: int
    size: int | None = None


def state(session: Session, sha256: str) -> UploadState:
    """How much of a file the server holds."""
    size = session.scalar(select(Attachment.size).where(Attachment.sha256 == sha256))
    if size is not None:
        return UploadState(True, size, size)
    received = session.scalar(
        select(func.coalesce(func.sum(func.length(AttachmentPart.data)), 0)).where(
            AttachmentPart.sha256 == sha256
        )
    )
    return UploadState(False, int(received or 0))


def parse_range(header: str | None, length: int) -> tuple[int, int]:
    """(start, total) from `Content-Range: bytes start-end/total`, checked against the body."""
    match = _RANGE.match((header or "").strip())
    if not match:
        raise ApiError(400, "bad_content_range", "send Content-Range: bytes start-end/total")
    start, end, total = (int(g) for g in match.groups())
    if end < start or end - start + 1 != length or end >= total:
        raise ApiError(400, "bad_content_range", "Content-Range does not match the body")
    if total > MAX_ATTACHMENT_BYTES:
        raise ApiError(
            413,
            "attachment_too_large",
            f"an attachment holds at most {MAX_ATTACHMENT_BYTES} bytes",
            {"max_bytes": MAX_ATTACHMENT_BYTES},
        )
    if length > MAX_CHUNK_BYTES:
        raise ApiError(
            413,
            "chunk_too_large",
            f"send at most {MAX_CHUNK_BYTES} bytes per request",
            {"max_bytes": MAX_CHUNK_BYTES},
        )
    return start, total


def put_chunk(
    session: Session,
    device: Device,
    *,
    sha256: str,
    start: int,
    total: int,
    data: bytes,
    content_type: str,
    now: datetime,
) -> UploadState:
    """Keep one chunk; on the last one, verify and keep the whole file."""
    held = state(session, sha256)
    if held.complete:
        return held
    if start != held.received:
        raise ApiError(
            409,
            "upload_offset",
            f"the server holds {held.received} bytes of this file: send from there",
            {"offset": held.received},
        )
    session.add(
        AttachmentPart(
            sha256=sha256, offset=start, total=total, data=data, final=False, received_at=now
        )
    )
    session.flush()
    if start + len(data) < total:
        return UploadState(False, start + len(data))
    parts = session.scalars(
        select(AttachmentPart.data)
        .where(AttachmentPart.sha256 == sha256)
        .order_by(AttachmentPart.offset)
    ).all()
    whole = b"".join(parts)
    session.execute(delete(AttachmentPart).where(AttachmentPart.sha256 == sha256))
    if len(whole) != total or hashlib.sha256(whole).hexdigest() != sha256:
        session.commit()  # the broken parts go: the tablet starts again from 0
        raise ApiError(
            422, "attachment_hash_mismatch", "the file received does not have the SHA-256 named"
        )
    session.add(
        Attachment(
            sha256=sha256,
            content_type=content_type[:60],
            size=total,
            data=whole,
            device_id=device.id,
            stored_at=now,
        )
    )
    session.flush()
    return UploadState(True, total, total)


HEAD_OFFICE = uuid.UUID(int=0)
"""The 'device' of files head office adds itself (gift pictures)."""


def store_whole(session: Session, data: bytes, content_type: str, *, now: datetime) -> str:
    """Keep a whole file head office provides; return its SHA-256 (its name)."""
    if not data or len(data) > MAX_ATTACHMENT_BYTES:
        raise ApiError(400, "bad_attachment", "a file has 1 byte to 10 MB")
    sha256 = hashlib.sha256(data).hexdigest()
    if session.get(Attachment, sha256) is None:
        session.add(
            Attachment(
                sha256=sha256,
                content_type=content_type[:60],
                size=len(data),
                data=data,
                device_id=HEAD_OFFICE,
                stored_at=now,
            )
        )
        session.flush()
    return sha256


def have(session: Session, hashes: set[str]) -> set[str]:
    """Which of these files the server holds whole."""
    if not hashes:
        return set()
    return set(session.scalars(select(Attachment.sha256).where(Attachment.sha256.in_(hashes))))


def fetch(session: Session, device: Device, sha256: str) -> Attachment:
    """A file for a tablet: its own, a gift's picture, or a document of a customer its store
    serves."""
    from sync_server.gifts.models import Gift

    found = session.get(Attachment, sha256)
    if found is not None and found.device_id == device.id:
        return found
    gift = select(Gift.id).where(Gift.picture_sha256 == sha256).limit(1)
    if found is not None and found.device_id == HEAD_OFFICE and session.scalar(gift):
        return found
    allowed = session.scalar(
        select(Consent.id)
        .join(CustomerStore, CustomerStore.customer_id == Consent.customer_id)
        .where(
            (Consent.document_sha256 == sha256) | (Consent.signature_sha256 == sha256),
            CustomerStore.store_code == device.store_code,
        )
        .limit(1)
    )
    if found is None or allowed is None:
        raise ApiError(404, "unknown_attachment", "no such file for this store")
    return found
