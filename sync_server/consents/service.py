"""Consent records from the counters, the state they give, and who may be marketed to.

A record is a fact: kept as sent, flagged when something does not add up
(the digest printed on the document does not match the record, the
signature's vectors are not the ones named), never refused. It waits
(`deferred`) until its signed PDF and signature have been uploaded.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from loyalty_core.consent import (
    PURPOSES,
    ConsentStatement,
    Purpose,
    current_state,
    document_digest,
    may_market,
)
from loyalty_core.receipt_chain import canonical_json
from loyalty_core.signature import Signature
from loyalty_core.skin import may_record
from loyalty_core.wire import ConsentPayload
from sync_server.advice.service import drop_skin_data
from sync_server.bulk import among
from sync_server.consents.attachments import have
from sync_server.consents.models import Attachment, Consent
from sync_server.customers.models import Customer


class AttachmentsMissing(Exception):
    """The record's PDF or signature has not been uploaded yet."""


def record(
    session: Session,
    payload: ConsentPayload,
    *,
    customer: Customer,
    hlc: str,
    now: datetime,
) -> list[str]:
    """Keep a consent record for `customer` (the survivor, if merged); return its flags."""
    needed = {payload.document_sha256} | (
        {payload.signature_sha256} if payload.signature_sha256 else set()
    )
    if needed - have(session, needed):
        raise AttachmentsMissing(", ".join(sorted(needed - have(session, needed))))
    flags = []
    if document_digest(payload.sealed_content()) != payload.digest:
        flags.append("digest_mismatch")
    if payload.signature_sha256 and not _signature_ok(session, payload.signature_sha256):
        flags.append("bad_signature")
    if payload.kind == "enrolment" and not payload.choices.get(Purpose.CLUB):
        flags.append("enrolment_without_club_terms")
    session.add(
        Consent(
            id=payload.consent_id,
            customer_id=customer.id,
            original_customer_id=payload.customer_id,
            kind=payload.kind,
            text_version=payload.text_version,
            language=payload.language,
            text_sha256=payload.text_sha256,
            choices={str(p): given for p, given in payload.choices.items()},
            hlc=hlc,
            signed_at=payload.signed_at,
            store_code=payload.store_code,
            device_code=payload.device_code,
            staff_id=payload.staff_id,
            staff_name=payload.staff_name,
            customer_snapshot=payload.customer.model_dump(mode="json"),
            signature_sha256=payload.signature_sha256,
            document_sha256=payload.document_sha256,
            digest=payload.digest,
            flags=flags,
            recorded_at=now,
        )
    )
    session.flush()
    refresh_state(session, customer, now=now)
    return flags


def _signature_ok(session: Session, sha256: str) -> bool:
    data = session.scalar(select(Attachment.data).where(Attachment.sha256 == sha256))
    try:
        signature = Signature.from_data(json.loads(data or b""))
    except ValueError:
        return False
    return canonical_json(signature.to_data()).encode() == data


def state_of(session: Session, customer_id: uuid.UUID) -> dict[Purpose, bool]:
    """Each purpose from the records; one no record states keeps the state held before
    (members who joined on paper: see `loyalty_core.consent.current_state`)."""
    rows = session.execute(
        select(Consent.hlc, Consent.choices).where(Consent.customer_id == customer_id)
    )
    baseline = session.scalar(select(Customer.consents).where(Customer.id == customer_id))
    return current_state((ConsentStatement(hlc, choices) for hlc, choices in rows), baseline)


def refresh_state(session: Session, customer: Customer, *, now: datetime) -> None:
    """The customer's state per purpose and club membership, from all their records."""
    state = state_of(session, customer.id)
    customer.consents = {str(p): state[p] for p in PURPOSES}
    member = state[Purpose.CLUB]
    if member and not customer.club_member:  # joined, or joined again: a member since then
        latest = session.scalar(
            select(Consent.signed_at)
            .where(Consent.customer_id == customer.id, Consent.kind == "enrolment")
            .order_by(Consent.signed_at.desc())
            .limit(1)
        )
        customer.enrolled_on = (latest or now).date()
    customer.club_member = member
    session.flush()
    if not may_record(customer.consents):
        # The text promises skin and habit data are deleted when the consent is withdrawn
        # or the customer leaves the club.
        drop_skin_data(session, customer.id, because="consent_withdrawn", now=now)


def histories(
    session: Session, customer_ids: list[uuid.UUID]
) -> dict[uuid.UUID, list[dict[str, object]]]:
    """Customers' records as their serving stores' tablets hold them (no vectors), one read."""
    found: dict[uuid.UUID, list[dict[str, object]]] = {}
    if not customer_ids:
        return found
    rows = session.scalars(
        select(Consent)
        .where(among(session, Consent.customer_id, customer_ids))
        .order_by(Consent.customer_id, Consent.hlc)
    )
    for c in rows:
        found.setdefault(c.customer_id, []).append(_record(c))
    return found


def _record(c: Consent) -> dict[str, object]:
    return {
        "id": str(c.id),
        "kind": c.kind,
        "text_version": c.text_version,
        "language": c.language,
        "text_sha256": c.text_sha256,
        "choices": c.choices,
        "hlc": c.hlc,
        "signed_at": c.signed_at.isoformat(),
        "store_code": c.store_code,
        "device_code": c.device_code,
        "staff_name": c.staff_name,
        "digest": c.digest,
        "document_sha256": c.document_sha256,
        "signed": c.signature_sha256 is not None,
    }


def marketing_targets(session: Session, channel: Purpose) -> Iterator[Customer]:
    """Every customer who may be sent marketing on `channel`: the one rule all campaigns use.

    A member of the club (valid club consent), not merged away, not erased,
    whose latest statement for the channel gives it (`may_market`).
    """
    query = select(Customer).where(
        Customer.club_member.is_(True),
        Customer.merged_into.is_(None),
        Customer.erased_at.is_(None),
    )
    for customer in session.scalars(query.execution_options(yield_per=1000)):
        state = {Purpose(p): bool(g) for p, g in (customer.consents or {}).items()}
        if may_market(state, channel):
            yield customer
