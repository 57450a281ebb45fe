"""A customer's data-protection requests: see everything held (export), or erasure.

Export (GDPR art. 15 and 20): one ZIP archive with `customer.json` (the
profile, consent records, sales with their lines, points entries, balance,
edits that lost, review cases) and every signed consent PDF and signature
held, named by their SHA-256 so each can be checked. Customers merged into
this one are included: they are the same person.

Erasure (art. 17): the personal data is anonymised where accounting needs
the record and deleted where nothing needs it. Sales, their receipts and
the points ledger stay (amounts, products, times, the customer's id, which
no longer leads to a person). Consent records keep what was agreed to and
when (proof that processing was lawful while it lasted) but lose the
customer's data as the document showed it; the signed PDFs and signature
vectors are deleted. Tombstones in the directory and profile feeds take
the customer off every tablet at its next sync; the caller throws away the
first-download snapshots that still hold them (`ERASURE_FEEDS`).
"""

from __future__ import annotations

import io
import json
import uuid
import zipfile
from datetime import datetime
from typing import Any

from sqlalchemy import delete, or_, select, update
from sqlalchemy.orm import Session

from loyalty_core.consent import PURPOSES
from loyalty_core.feeds import CHAIN_SCOPE, Feed
from loyalty_core.wire import PROFILE_FIELDS
from sync_server.advice.models import Diagnostic, HabitChange
from sync_server.advice.service import drop_skin_data
from sync_server.consents.models import Attachment, Consent
from sync_server.customers.models import Balance, Customer, CustomerStore, ProfileLoss
from sync_server.errors import ApiError
from sync_server.ledger.models import LedgerEntry
from sync_server.mail.models import MailRequest
from sync_server.review.models import ReviewCase
from sync_server.sales.models import Sale
from sync_server.sync.feeds import publish_many
from sync_server.sync.models import Inbox

ERASED_FIRST_NAME = "Cliente"
ERASED_LAST_NAMES = "borrado"


def _the_person(session: Session, customer_id: uuid.UUID) -> tuple[Customer, list[uuid.UUID]]:
    """The customer (the survivor if merged) and every id that stands for them."""
    from sync_server.customers.service import live_customer

    customer = live_customer(session, customer_id)
    if customer is None:
        raise ApiError(404, "unknown_customer", f"no customer {customer_id}")
    ids = [customer.id]
    frontier = [customer.id]
    while frontier:
        aliases = list(
            session.scalars(select(Customer.id).where(Customer.merged_into.in_(frontier)))
        )
        ids += aliases
        frontier = aliases
    return customer, ids


def export_customer(session: Session, customer_id: uuid.UUID, *, now: datetime) -> bytes:
    """Everything held on a customer, as one ZIP archive (JSON plus the signed PDFs)."""
    customer, ids = _the_person(session, customer_id)
    consents = list(
        session.scalars(
            select(Consent).where(Consent.customer_id.in_(ids)).order_by(Consent.signed_at)
        )
    )
    files = [c.document_sha256 for c in consents if c.document_sha256] + [
        c.signature_sha256 for c in consents if c.signature_sha256
    ]
    attachments = list(session.scalars(select(Attachment).where(Attachment.sha256.in_(files))))
    sales = list(
        session.scalars(select(Sale).where(Sale.customer_id.in_(ids)).order_by(Sale.occurred_at))
    )
    document: dict[str, Any] = {
        "exported_at": now.isoformat(),
        "customer": _row(customer),
        "also_registered_as": [
            _row(c) for c in session.scalars(select(Customer).where(Customer.id.in_(ids[1:])))
        ],
        "stores": sorted(
            set(
                session.scalars(
                    select(CustomerStore.store_code).where(CustomerStore.customer_id.in_(ids))
                )
            )
        ),
        "consents": [_row(c) for c in consents],
        "sales": [{**_row(s, skip={"payload"}), "record": json.loads(s.payload)} for s in sales],
        "points": {
            "balance": sum(
                session.scalars(select(Balance.points).where(Balance.customer_id.in_(ids)))
            ),
            "entries": [
                _row(e)
                for e in session.scalars(
                    select(LedgerEntry)
                    .where(LedgerEntry.customer_id.in_(ids))
                    .order_by(LedgerEntry.occurred_at)
                )
            ],
        },
        "skin_diagnostics": [
            {**_row(d, skip={"content"}), "record": d.content}
            for d in session.scalars(
                select(Diagnostic)
                .where(Diagnostic.customer_id.in_(ids))
                .order_by(Diagnostic.recorded_at)
            )
        ],
        "habits": [
            _row(h)
            for h in session.scalars(
                select(HabitChange)
                .where(HabitChange.customer_id.in_(ids))
                .order_by(HabitChange.field, HabitChange.hlc)
            )
        ],
        "edits_that_lost": [
            _row(p)
            for p in session.scalars(select(ProfileLoss).where(ProfileLoss.customer_id.in_(ids)))
        ],
        "review_cases": [
            _row(r)
            for r in session.scalars(
                select(ReviewCase).where(
                    or_(ReviewCase.customer_id.in_(ids), ReviewCase.subject_id.in_(ids))
                )
            )
        ],
        "files": [
            {"name": _file_name(a), "sha256": a.sha256, "type": a.content_type, "size": a.size}
            for a in attachments
        ],
    }
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(
            "customer.json", json.dumps(document, ensure_ascii=False, indent=2, default=str)
        )
        for a in attachments:
            archive.writestr(_file_name(a), a.data)
    return out.getvalue()


def _file_name(a: Attachment) -> str:
    suffix = ".pdf" if a.content_type == "application/pdf" else ".json"
    return f"files/{a.sha256}{suffix}"


def _row(obj: object, *, skip: frozenset[str] | set[str] = frozenset()) -> dict[str, Any]:
    table = obj.__table__  # type: ignore[attr-defined]
    return {
        c.key: _plain(getattr(obj, c.key))
        for c in table.columns
        if c.key not in skip and c.key != "data"
    }


def _plain(value: object) -> object:
    if isinstance(value, uuid.UUID | datetime):
        return str(value) if isinstance(value, uuid.UUID) else value.isoformat()
    return value


def erase_customer(session: Session, customer_id: uuid.UUID, *, now: datetime) -> list[uuid.UUID]:
    """Anonymise a customer everywhere (see the module docstring); return the ids erased."""
    _survivor, ids = _the_person(session, customer_id)
    people = list(session.scalars(select(Customer).where(Customer.id.in_(ids))))
    stores = set(
        session.scalars(select(CustomerStore.store_code).where(CustomerStore.customer_id.in_(ids)))
    )
    for person in people:
        for name in PROFILE_FIELDS:
            if name not in ("first_name", "last_names", "language"):
                setattr(person, name, None)
        person.first_name, person.last_names = ERASED_FIRST_NAME, ERASED_LAST_NAMES
        person.card_number = None
        person.club_member = False
        person.consents = {str(p): False for p in PURPOSES}
        person.field_clocks = {}
        person.erased_at = now
    consents = list(session.scalars(select(Consent).where(Consent.customer_id.in_(ids))))
    files = {c.document_sha256 for c in consents if c.document_sha256} | {
        c.signature_sha256 for c in consents if c.signature_sha256
    }
    for consent in consents:
        consent.customer_snapshot = None
        consent.erased_at = now
    if files:
        session.execute(delete(Attachment).where(Attachment.sha256.in_(files)))
    session.execute(delete(ProfileLoss).where(ProfileLoss.customer_id.in_(ids)))
    for person_id in ids:
        drop_skin_data(session, person_id, because="erased", now=now)
    session.execute(
        update(MailRequest)
        .where(MailRequest.customer_id.in_(ids), MailRequest.status.in_(["queued", "sending"]))
        .values(status="erased")
    )
    session.execute(update(MailRequest).where(MailRequest.customer_id.in_(ids)).values(to=""))
    # Rejected registrations and patches keep their payload for review: not this one's.
    session.execute(update(Inbox).where(Inbox.entity_id.in_(ids)).values(payload=""))
    for case in session.scalars(
        select(ReviewCase).where(
            or_(ReviewCase.customer_id.in_(ids), ReviewCase.subject_id.in_(ids))
        )
    ):
        case.detail = {k: v for k, v in (case.detail or {}).items() if k != "names"}
    session.flush()
    gone: dict[str, dict[str, Any] | None] = {str(i): None for i in ids}
    publish_many(session, Feed.DIRECTORY, CHAIN_SCOPE, gone, now=now)
    publish_many(session, Feed.REDIRECTS, CHAIN_SCOPE, gone, now=now)
    for store in sorted(stores):
        publish_many(session, Feed.PROFILES, store, gone, now=now)
    return ids


ERASURE_FEEDS = (Feed.DIRECTORY, Feed.PROFILES)
"""Feeds whose first-download snapshots must be thrown away after an erasure."""
