"""Asking head office to e-mail a document to the customer, offline too.

The tablet holds no mail account: the request is an outbox change with the
document as an attachment, and the server sends it with the chain's mail
server. It needs the address the customer gave, not a marketing consent:
the customer asked for this document. The skin report is the exception: it
carries health data, so it goes only to a customer who agreed to receive
our e-mails.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import datetime
from typing import Literal

from sqlalchemy import select
from sqlalchemy.orm import Session

from loyalty_core.consent import Purpose
from loyalty_core.errors import UnknownCustomer, UserFacingError
from loyalty_core.ids import uuid7
from loyalty_core.wire import MailPayload, Operation
from pos_client.services.staff import StaffMember
from pos_client.store.attachments import PDF, keep
from pos_client.store.models import Customer
from pos_client.store.outbox import NewChange, append_changes

Document = Literal["consent", "member_card", "receipt", "skin_report"]


class NoEmail(UserFacingError):
    """The customer gave no e-mail address."""

    code = "no_email"


class NoEmailConsent(UserFacingError):
    """The customer has not agreed to receive e-mails (asked for the skin report)."""

    code = "no_email_consent"


def email_document(
    session: Session,
    *,
    customer_id: uuid.UUID,
    document: Document,
    pdf: bytes,
    staff: StaffMember,
    now: datetime,
    new_id: Callable[[], uuid.UUID] = uuid7,
) -> str:
    """Queue a PDF for the customer's e-mail address; return that address."""
    customer = session.scalars(select(Customer).where(Customer.id == customer_id)).first()
    if customer is None:
        raise UnknownCustomer("no such customer", id=str(customer_id))
    if not customer.email:
        raise NoEmail("the customer has no e-mail address")
    if document == "skin_report" and not (customer.consent_state or {}).get(Purpose.EMAIL):
        # Health data by e-mail: only to a customer who agreed to receive our e-mails.
        raise NoEmailConsent("the customer has not agreed to receive e-mails")
    payload = MailPayload(
        mail_id=new_id(),
        customer_id=customer_id,
        to=customer.email,
        document=document,
        attachment_sha256=keep(session, pdf, PDF, now),
        language=customer.language,
        requested_at=now,
    )
    append_changes(
        session,
        [NewChange(new_id(), payload, payload.mail_id, Operation.CREATE, now, staff.id)],
    )
    return customer.email
