"""Files kept on the tablet by their content hash, until the server holds them too."""

from __future__ import annotations

import hashlib
from datetime import datetime

from sqlalchemy.orm import Session

from pos_client.store.models import Attachment

PDF = "application/pdf"
SIGNATURE_JSON = "application/vnd.loyalty.signature+json"


def keep(
    session: Session, data: bytes, content_type: str, now: datetime, *, uploaded: bool = False
) -> str:
    """Store a file once, by its SHA-256, to be uploaded at the next sync; return the hash.

    `uploaded`: the file came from the server (a gift's picture): nothing to send.
    """
    sha = hashlib.sha256(data).hexdigest()
    if session.get(Attachment, sha) is None:
        session.add(
            Attachment(
                sha256=sha,
                content_type=content_type,
                size=len(data),
                data=data,
                created_at=now,
                uploaded=uploaded,
            )
        )
        session.flush()
    return sha
