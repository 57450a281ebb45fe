"""Enrolling a new club member at the counter, offline too, with the visit's sale.

The business rule: enrolment only with a purchase in the same visit. The
counter gathers the registration and the signed consent first (either
before the first scan or at payment) into a `PendingEnrolment` that rides
on the cart; nothing is stored until the sale is finished. Then, in the
sale's own transaction, `complete` writes the customer with a new member
card, the consent record with its signed PDF, and their outbox changes,
and the sale's points go to the new member. A cart abandoned takes its
pending enrolment with it: no member is kept.

Card numbers are the device's issuer number and its own sequence, so two
tablets enrolling offline at once never issue the same card.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, datetime

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from loyalty_core.consent import enrolment_choices
from loyalty_core.errors import UnknownCustomer, UserFacingError
from loyalty_core.ids import uuid7
from loyalty_core.member_card import CARD_ISSUERS, STANDALONE_ISSUER, make_card_number
from loyalty_core.registration import Registration, check_may_consent
from loyalty_core.signature import Signature, check_signature
from loyalty_core.store_time import MADRID
from loyalty_core.text import fold
from loyalty_core.wire import CustomerPayload, MemberCardPayload, Operation
from pos_client.services.consents import SignedConsent, record_consent
from pos_client.services.profiles import update_profile
from pos_client.services.staff import StaffMember
from pos_client.store.models import Customer, Device, Setting, SyncFeed
from pos_client.store.outbox import NewChange, append_changes


class AlreadyMember(UserFacingError):
    code = "already_member"


class CardIssuerUnknown(UserFacingError):
    code = "card_issuer_unknown"


class CardsExhausted(UserFacingError):
    """This device has issued every card number of its range."""

    code = "cards_exhausted"


@dataclass(frozen=True)
class PendingEnrolment:
    """A checked registration and signed consent, waiting for the visit's sale.

    `existing`: a customer already known (not a member) who joins; the
    registration then holds their details as checked with them at the counter.
    """

    customer_id: uuid.UUID
    registration: Registration
    consent: SignedConsent
    existing: bool = False

    @property
    def name(self) -> str:
        return self.registration.full_name


@dataclass(frozen=True)
class Enrolled:
    customer_id: uuid.UUID
    card_number: str
    consent_id: uuid.UUID


def prepare(
    registration: Registration,
    consent: SignedConsent,
    *,
    today: date,
    new_id: Callable[[], uuid.UUID] = uuid7,
) -> PendingEnrolment:
    """Check everything a sale cannot fix later: age, club terms accepted, a real signature."""
    check_may_consent(registration.birth_date, today=today)
    enrolment_choices(consent.choices)
    check_signature(consent.signature or Signature(1, 1, ()))
    return PendingEnrolment(new_id(), registration, consent)


def prepare_existing(
    customer_id: uuid.UUID,
    registration: Registration,
    consent: SignedConsent,
    *,
    today: date,
) -> PendingEnrolment:
    """A known customer who is not a member joins: their details checked, the consent signed."""
    checked = prepare(registration, consent, today=today, new_id=lambda: customer_id)
    return replace(checked, existing=True)


def registration_of(session: Session, customer_id: uuid.UUID) -> dict[str, str | None]:
    """A known customer's details as the registration form shows them, to check and complete."""
    row = session.scalars(select(Customer).where(Customer.id == customer_id)).first()
    if row is None:
        raise UnknownCustomer("no such customer", id=str(customer_id))
    if row.club_member:
        raise AlreadyMember("this customer is a club member already")
    return {
        "first_name": row.first_name,
        "last_names": row.last_names,
        "national_id": row.national_id,
        "phone": row.phone,
        "email": row.email,
        "postal_code": row.postal_code,
        "birth_date": row.birth_date.strftime("%d/%m/%Y") if row.birth_date else None,
        "language": row.language,
        "gender": row.gender,
    }


def complete(
    session: Session,
    pending: PendingEnrolment,
    *,
    staff: StaffMember,
    now: datetime,
    new_id: Callable[[], uuid.UUID] = uuid7,
) -> Enrolled:
    """Write the new member, their card and consent, in the caller's (the sale's) transaction."""
    device = session.scalars(select(Device)).one()
    join = _join_known if pending.existing else _register
    # A known customer may have joined on another tablet meanwhile: what they signed
    # today still counts, as a change of their choices.
    already = pending.existing and _is_member(session, pending.customer_id)
    customer, depends_on = join(session, pending, device, staff=staff, now=now, new_id=new_id)
    consent_id = record_consent(
        session,
        customer=customer,
        kind="change" if already else "enrolment",
        consent=pending.consent,
        staff=staff,
        device=device,
        now=now,
        depends_on=depends_on,
        new_id=new_id,
    )
    return Enrolled(customer.id, str(customer.card_number), consent_id)


def _register(
    session: Session,
    pending: PendingEnrolment,
    device: Device,
    *,
    staff: StaffMember,
    now: datetime,
    new_id: Callable[[], uuid.UUID],
) -> tuple[Customer, uuid.UUID | None]:
    """A new customer with a new card; the consent depends on their registration."""
    card = issue_card(session, device)
    reg = pending.registration
    session.execute(
        insert(Customer),
        [
            dict(
                id=pending.customer_id,
                card_number=card,
                first_name=reg.first_name,
                last_names=reg.last_names,
                search_name=fold(reg.full_name),
                national_id=reg.national_id,
                phone=reg.phone,
                email=reg.email,
                birth_date=reg.birth_date,
                postal_code=reg.postal_code,
                language=reg.language,
                gender=reg.gender,
                club_member=True,
                enrolled_on=now.astimezone(MADRID).date(),  # the store's day, not the machine's
                confirmed_points=0,
                created_at=now,
            )
        ],
    )
    registered = CustomerPayload(
        customer_id=pending.customer_id,
        card_number=card,
        store_code=device.store_code,
        registered_at=now,
        **reg.profile_fields(),
    )
    change_id = new_id()
    append_changes(
        session,
        [NewChange(change_id, registered, pending.customer_id, Operation.CREATE, now, staff.id)],
        device=device,
    )
    customer = session.scalars(select(Customer).where(Customer.id == pending.customer_id)).one()
    return customer, change_id


def _join_known(
    session: Session,
    pending: PendingEnrolment,
    device: Device,
    *,
    staff: StaffMember,
    now: datetime,
    new_id: Callable[[], uuid.UUID],
) -> tuple[Customer, uuid.UUID | None]:
    """A known customer joins: their corrected details, and a card if they have none."""
    customer = session.scalars(select(Customer).where(Customer.id == pending.customer_id)).first()
    if customer is None:
        raise UnknownCustomer("no such customer", id=str(pending.customer_id))
    update_profile(
        session,
        customer_id=customer.id,
        fields=pending.registration.profile_fields(),
        staff=staff,
        now=now,
        new_id=new_id,
    )
    if not customer.club_member:  # joining (again): a member from today
        customer.enrolled_on = now.astimezone().date()
    if customer.card_number is None:
        customer.card_number = issue_card(session, device)
        issued = MemberCardPayload(
            card_id=new_id(),
            customer_id=customer.id,
            card_number=customer.card_number,
            store_code=device.store_code,
            issued_at=now,
        )
        append_changes(
            session,
            [NewChange(new_id(), issued, issued.card_id, Operation.CREATE, now, staff.id)],
            device=device,
        )
    return customer, None


def _is_member(session: Session, customer_id: uuid.UUID) -> bool:
    return bool(session.scalar(select(Customer.club_member).where(Customer.id == customer_id)))


def issue_card(session: Session, device: Device) -> str:
    """Take this device's next card number (the caller's transaction keeps it)."""
    issuer = card_issuer(session, device)
    sequence = device.card_seq + 1
    try:
        card = make_card_number(issuer, sequence)
    except ValueError:
        raise CardsExhausted("this device has issued all its card numbers") from None
    device.card_seq = sequence
    return card


def card_issuer(session: Session, device: Device) -> int:
    """This device's issuer: from its registration, else from the store's settings.

    A tablet that has never talked to a server is a stand-alone store and
    issues as `STANDALONE_ISSUER`; a registered one without a number yet
    (registered before numbers existed) must sync first, or it could issue
    a card another tablet issues too.
    """
    if device.card_issuer is not None:
        return device.card_issuer
    issuers = session.scalar(select(Setting.value).where(Setting.key == CARD_ISSUERS))
    if isinstance(issuers, dict) and isinstance(issuers.get(device.device_code), int):
        device.card_issuer = int(issuers[device.device_code])
        return device.card_issuer
    if session.scalar(select(SyncFeed.feed).limit(1)) is None:
        return STANDALONE_ISSUER
    raise CardIssuerUnknown("this tablet must sync once before it issues member cards")
