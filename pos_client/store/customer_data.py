"""Where a customer's data lives on the tablet: to move it (a merge) or remove it.

Every table that names a customer is listed here once, so a merge moves
all of it and an erasure (or a customer leaving this tablet's directory)
removes every personal trace. Sales and points entries stay, pointing at
an id only: accounting needs them and they hold no personal data.
"""

from __future__ import annotations

import uuid

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from loyalty_core.receipt_chain import canonical_json, sha256_hex
from pos_client.store.models import (
    Attachment,
    Consent,
    Customer,
    LedgerEntry,
    PurchaseHistory,
    ReviewItem,
    Sale,
)

_POINTING = (Sale, LedgerEntry, Consent, PurchaseHistory, ReviewItem)
"""Tables whose `customer_id` follows a merge."""


def remap_customer(session: Session, from_id: uuid.UUID, to_id: uuid.UUID) -> None:
    """Move everything held about `from_id` to `to_id`, then drop the merged row."""
    for model in _POINTING:
        session.execute(update(model).where(model.customer_id == from_id).values(customer_id=to_id))
    session.execute(delete(Customer).where(Customer.id == from_id))


def forget_customer(session: Session, customer_id: uuid.UUID) -> None:
    """Remove a customer's personal data from this tablet: their row, history, consents, files."""
    documents = list(
        session.scalars(select(Consent.document_sha256).where(Consent.customer_id == customer_id))
    )
    # The vectors' upload copy is named by the hash of their canonical JSON.
    signatures = [
        sha256_hex(canonical_json(vectors))
        for vectors in session.scalars(
            select(Consent.signature).where(
                Consent.customer_id == customer_id, Consent.signature.is_not(None)
            )
        )
    ]
    session.execute(delete(Consent).where(Consent.customer_id == customer_id))
    files = documents + signatures
    if files:
        session.execute(delete(Attachment).where(Attachment.sha256.in_(files)))
    session.execute(delete(PurchaseHistory).where(PurchaseHistory.customer_id == customer_id))
    session.execute(delete(Customer).where(Customer.id == customer_id))
