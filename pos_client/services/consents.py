"""Consent records at the counter: signing, changing a choice, the history, a reprint.

A consent record is a fact: the purposes stated, the text shown (version,
language, SHA-256), the signature's vectors, who and where. It is written
with its signed PDF and the vectors as attachments, and queued for the
server, in the caller's transaction. The customer's state per purpose is
recomputed from every record known here (latest by HLC wins), so a
withdrawal counts on this tablet at once and on every other after sync.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from loyalty_core.consent import (
    PURPOSES,
    ConsentStatement,
    ConsentText,
    Purpose,
    current_state,
    document_digest,
    needs_signature,
)
from loyalty_core.errors import UnknownCustomer, UserFacingError
from loyalty_core.ids import uuid7
from loyalty_core.receipt_chain import canonical_json
from loyalty_core.signature import Signature, check_signature
from loyalty_core.skin import may_record
from loyalty_core.wire import ConsentCustomer, ConsentPayload, Operation
from pos_client.services.staff import StaffMember
from pos_client.store.attachments import PDF, SIGNATURE_JSON, keep
from pos_client.store.models import Attachment, Consent, Customer, Device, OutboxEntry
from pos_client.store.outbox import NewChange, append_changes
from pos_client.store.skin_data import forget_skin_data


class NothingToChange(UserFacingError):
    code = "nothing_to_change"


@dataclass(frozen=True)
class SignedConsent:
    """What the consent screen gathered: the text shown, each choice, the signature."""

    text: ConsentText
    choices: Mapping[Purpose, bool]
    signature: Signature | None
    signed_at: datetime


@dataclass(frozen=True)
class ConsentRecord:
    """One line of a customer's consent history, as the card shows it."""

    id: uuid.UUID
    kind: str
    signed_at: datetime
    choices: dict[Purpose, bool]
    text_version: str
    language: str
    store_code: str
    staff_name: str
    signed: bool
    document_here: bool
    digest: str


def record_consent(
    session: Session,
    *,
    customer: Customer,
    kind: str,
    consent: SignedConsent,
    staff: StaffMember,
    device: Device,
    now: datetime,
    depends_on: uuid.UUID | None = None,
    new_id: Callable[[], uuid.UUID] = uuid7,
) -> uuid.UUID:
    """Write a consent record, its PDF and vectors, queue them; return the record's id."""
    if consent.signature is not None:
        check_signature(consent.signature)
    elif needs_signature(consent.choices):
        check_signature(Signature(1, 1, ()))  # giving consent is signed: refuse as empty
    consent_id = new_id()
    snapshot = ConsentCustomer(
        name=f"{customer.first_name} {customer.last_names}",
        national_id=customer.national_id,
        phone=customer.phone,
        email=customer.email,
        birth_date=customer.birth_date.isoformat() if customer.birth_date else None,
        postal_code=customer.postal_code,
        card_number=customer.card_number,
    )
    signature_sha = consent.signature.sha256() if consent.signature else None
    unsealed = "0" * 64  # stand-ins: the digest does not cover them
    draft = ConsentPayload.model_validate(
        dict(
            consent_id=consent_id,
            customer_id=customer.id,
            kind=kind,
            text_version=consent.text.version,
            language=consent.text.language,
            text_sha256=consent.text.sha256,
            choices={str(p): given for p, given in consent.choices.items()},
            customer=snapshot,
            signed_at=consent.signed_at,
            store_code=device.store_code,
            device_code=device.device_code,
            staff_id=staff.id,
            staff_name=staff.name,
            signature_sha256=signature_sha,
            digest=unsealed,
            document_sha256=unsealed,
            document_size=1,
        )
    )
    digest = document_digest(draft.sealed_content())
    # Imported here: reportlab is loaded when a consent is signed, not at start-up.
    from pos_client.documents.consent_pdf import ConsentDocument, render_consent_pdf

    pdf = render_consent_pdf(
        ConsentDocument(
            consent_id=consent_id,
            kind=kind,  # type: ignore[arg-type]
            customer_name=snapshot.name,
            national_id=customer.national_id,
            phone=customer.phone,
            email=customer.email,
            birth_date=customer.birth_date,
            postal_code=customer.postal_code,
            card_number=customer.card_number,
            text=consent.text,
            choices=dict(consent.choices),
            signature=consent.signature,
            signed_at=consent.signed_at,
            store_name=device.store_name,
            store_code=device.store_code,
            device_code=device.device_code,
            staff_name=staff.name,
            digest=digest,
        )
    )
    pdf_sha = keep(session, pdf, PDF, now)
    if consent.signature is not None:
        keep(session, canonical_json(consent.signature.to_data()).encode(), SIGNATURE_JSON, now)
    payload = draft.model_copy(
        update={"digest": digest, "document_sha256": pdf_sha, "document_size": len(pdf)}
    )
    change_id = new_id()
    append_changes(
        session,
        [
            NewChange(
                change_id,
                payload,
                consent_id,
                Operation.CREATE,
                now,
                staff.id,
                depends_on=depends_on,
            )
        ],
        device=device,
    )
    hlc = session.scalar(select(OutboxEntry.hlc).where(OutboxEntry.change_id == change_id))
    session.execute(insert(Consent), [_row(payload, hlc=hlc, signature=consent.signature)])
    refresh_state(session, customer)
    return consent_id


def _row(
    payload: ConsentPayload, *, hlc: str | None, signature: Signature | None
) -> dict[str, Any]:
    """The local record of a consent, as it was sent (with the vectors it seals)."""
    return dict(
        id=payload.consent_id,
        customer_id=payload.customer_id,
        kind=payload.kind,
        text_version=payload.text_version,
        language=payload.language,
        text_sha256=payload.text_sha256,
        choices={str(p): given for p, given in payload.choices.items()},
        hlc=hlc,
        signed_at=payload.signed_at,
        store_code=payload.store_code,
        device_code=payload.device_code,
        staff_name=payload.staff_name,
        customer_snapshot=payload.customer.model_dump(mode="json"),
        signature=signature.to_data() if signature else None,
        signed=signature is not None,
        digest=payload.digest,
        document_sha256=payload.document_sha256,
    )


def change_consent(
    session: Session,
    *,
    customer_id: uuid.UUID,
    changes: Mapping[Purpose, bool],
    text: ConsentText,
    signature: Signature | None,
    staff: StaffMember,
    now: datetime,
    new_id: Callable[[], uuid.UUID] = uuid7,
) -> uuid.UUID:
    """Give or withdraw some purposes; a withdrawal needs no signature, giving does."""
    customer = session.scalars(select(Customer).where(Customer.id == customer_id)).first()
    if customer is None:
        raise UnknownCustomer("no such customer", id=str(customer_id))
    state = state_of(session, customer_id)
    stated = {p: given for p, given in changes.items() if state[p] != given}
    if not stated:
        raise NothingToChange("every choice is already as asked")
    device = session.scalars(select(Device)).one()
    return record_consent(
        session,
        customer=customer,
        kind="change",
        consent=SignedConsent(text, stated, signature if needs_signature(stated) else None, now),
        staff=staff,
        device=device,
        now=now,
        new_id=new_id,
    )


def state_of(session: Session, customer_id: uuid.UUID) -> dict[Purpose, bool]:
    """Each purpose given or not, from the records known here.

    A purpose no record states keeps the state head office sent (members who
    joined on paper), so one more consent given here does not end membership.
    """
    rows = session.execute(
        select(Consent.hlc, Consent.choices).where(Consent.customer_id == customer_id)
    )
    baseline = session.scalar(select(Customer.consent_state).where(Customer.id == customer_id))
    return current_state((ConsentStatement(hlc, choices) for hlc, choices in rows), baseline)


def language_of(session: Session, customer_id: uuid.UUID) -> str:
    """The language a customer reads their consent texts in: their preferred language."""
    language = session.scalar(select(Customer.language).where(Customer.id == customer_id))
    if language is None:
        raise UnknownCustomer("no such customer", id=str(customer_id))
    return language


def refresh_state(session: Session, customer: Customer) -> None:
    """Recompute a customer's consent state and club membership from their records."""
    session.flush()
    state = state_of(session, customer.id)
    customer.consent_state = {str(p): state[p] for p in PURPOSES}
    customer.club_member = state[Purpose.CLUB]
    session.flush()
    if not may_record(customer.consent_state):
        # The skin-data text promises deletion on withdrawal or on leaving the club.
        forget_skin_data(session, customer.id)


def history(session: Session, customer_id: uuid.UUID) -> list[ConsentRecord]:
    """A customer's consent records, newest first."""
    rows = session.scalars(
        select(Consent).where(Consent.customer_id == customer_id).order_by(Consent.hlc.desc())
    ).all()
    here = set(
        session.scalars(
            select(Attachment.sha256).where(
                Attachment.sha256.in_([r.document_sha256 for r in rows])
            )
        )
    )
    return [
        ConsentRecord(
            id=r.id,
            kind=r.kind,
            signed_at=r.signed_at,
            choices={Purpose(p): bool(g) for p, g in r.choices.items()},
            text_version=r.text_version,
            language=r.language,
            store_code=r.store_code,
            staff_name=r.staff_name,
            signed=r.signed,
            document_here=r.document_sha256 in here,
            digest=r.digest,
        )
        for r in rows
    ]


def document(session: Session, consent_id: uuid.UUID) -> tuple[str, bytes | None]:
    """The signed PDF of a record for a reprint: (its hash, its bytes if held here)."""
    sha = session.scalar(select(Consent.document_sha256).where(Consent.id == consent_id))
    if sha is None:
        raise UnknownCustomer("no such consent record", id=str(consent_id))
    data = session.scalar(select(Attachment.data).where(Attachment.sha256 == sha))
    return sha, data
