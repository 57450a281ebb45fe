"""Where a customer's data lives on the tablet: to move it (a merge) or remove it.

Every table that names a customer is listed here once, so a merge moves
all of it and an erasure (or a customer leaving this tablet's directory)
removes every personal trace. Sales and points entries stay, pointing at
an id only: accounting needs them and they hold no personal data.
"""

from __future__ import annotations

import uuid

from sqlalchemy import delete, func, or_, select, text, update
from sqlalchemy.orm import Session

from loyalty_core.receipt_chain import canonical_json, sha256_hex
from loyalty_core.wire import Entity
from pos_client.store.models import (
    Attachment,
    Consent,
    Customer,
    CustomerRedirect,
    Diagnostic,
    Habit,
    LedgerEntry,
    OutboxEntry,
    Purchase,
    PurchaseHistory,
    ReviewItem,
    Sale,
)

_POINTING = (Sale, Consent, PurchaseHistory, ReviewItem, Diagnostic, Purchase)
"""Tables whose `customer_id` follows a merge (points entries have their own rule)."""


def survivor_id(session: Session, customer_id: uuid.UUID) -> uuid.UUID:
    """The id a customer goes by now here: their survivor's when merged away."""
    redirect = session.get(CustomerRedirect, customer_id)
    return redirect.to_id if redirect is not None else customer_id


def remap_customer(session: Session, from_id: uuid.UUID, to_id: uuid.UUID) -> None:
    """Move everything held about `from_id` to `to_id`, then drop the merged row.

    Points entries the server already posted to the merged customer are in
    the balance it moved to the survivor (transfer entries, in the same
    transaction as the redirect): they count as confirmed from now on, or
    they would be added twice on top of the survivor's balance.
    """
    session.execute(
        update(LedgerEntry)
        .where(LedgerEntry.customer_id == from_id)
        .values(
            customer_id=to_id,
            confirmed=or_(LedgerEntry.confirmed, LedgerEntry.covered_version.is_not(None)),
        )
    )
    for model in _POINTING:
        session.execute(update(model).where(model.customer_id == from_id).values(customer_id=to_id))
    # Habits resolve per field on the server, which sends the survivor's merged set.
    session.execute(delete(Habit).where(Habit.customer_id == from_id))
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
    for model in (Diagnostic, Habit, Purchase):
        session.execute(delete(model).where(model.customer_id == customer_id))
    session.execute(delete(Customer).where(Customer.id == customer_id))
    # What this tablet sent about them and the server acknowledged: the payload goes
    # (a registration, a consent, a profile edit carry personal data); the row stays.
    session.execute(
        update(OutboxEntry)
        .where(
            OutboxEntry.entity_id == customer_id,
            OutboxEntry.entity.in_([str(Entity.CUSTOMER), str(Entity.CONSENT), str(Entity.HABITS)]),
            OutboxEntry.state == "acknowledged",
        )
        .values(payload="{}")
    )
    # A diagnostic's change is named by the diagnostic: found by the customer in its payload.
    session.execute(
        update(OutboxEntry)
        .where(
            OutboxEntry.entity == str(Entity.DIAGNOSTIC),
            OutboxEntry.state == "acknowledged",
            func.json_extract(OutboxEntry.payload, "$.customer_id") == str(customer_id),
        )
        .values(payload="{}")
    )
    session.execute(
        update(ReviewItem).where(ReviewItem.customer_id == customer_id).values(detail={})
    )
    _scrub_search_index(session)


def _scrub_search_index(session: Session) -> None:
    """Make the name search index forget deleted names now, not at its next merge.

    With FTS5's secure-delete (SQLite 3.42+, set by migration 0005) a delete
    already removes the words; an older SQLite keeps them in old segments
    until they merge, so the index is rewritten ('optimize').
    """
    secure = session.execute(
        text("SELECT v FROM customer_search_config WHERE k = 'secure-delete'")
    ).scalar()
    if not secure:
        session.execute(text("INSERT INTO customer_search(customer_search) VALUES ('optimize')"))
