"""Enrolling at the counter: the member, the card, the consent and the sale, all or nothing."""

from __future__ import annotations

import json
import subprocess
from datetime import UTC, datetime, timedelta

import pytest
from members import TODAY, a_consent, a_registration, a_signature
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from loyalty_core.consent import PURPOSES, ConsentRequired, Purpose, document_digest
from loyalty_core.errors import PaymentShort, UserFacingError
from loyalty_core.member_card import STANDALONE_ISSUER, is_card_number, make_card_number
from loyalty_core.registration import TooYoungToConsent
from loyalty_core.signature import PenPoint, Signature, SignatureTooShort
from loyalty_core.wire import ConsentPayload, CustomerPayload, Entity, decode_payload
from pos_client.documents.consent_texts import load_consent_text
from pos_client.services import enrolment, sales
from pos_client.services.cart import Cart
from pos_client.services.catalogue import find_product
from pos_client.services.consents import (
    NothingToChange,
    SignedConsent,
    change_consent,
    document,
    history,
    state_of,
)
from pos_client.services.customers import identify
from pos_client.services.receipts import customer_on_receipt
from pos_client.services.sales import PaymentInput
from pos_client.store.models import (
    Attachment,
    Consent,
    Customer,
    Device,
    OutboxEntry,
    Setting,
    SyncFeed,
)

NOW = datetime(2026, 11, 24, 11, 30, tzinfo=UTC)


def enrol(s: Session, store, pending: enrolment.PendingEnrolment, *, pay: int | None = None):
    cart = Cart()
    cart.enrol(pending)
    cart.add_product(find_product(s, code=store.products["serum"]), 1)
    total = cart.priced().total_cents
    return sales.finish(
        s,
        cart=cart,
        payment=PaymentInput(card_cents=total if pay is None else pay),
        staff=store.assistant,
        now=NOW,
    )


def count(s: Session, model: type) -> int:
    return s.scalar(select(func.count()).select_from(model)) or 0


def test_a_new_member_gets_a_card_a_signed_consent_and_the_sales_points(store) -> None:
    pending = enrolment.prepare(a_registration(), a_consent(email=True), today=TODAY)
    with store.sessions.begin() as s:
        receipt = enrol(s, store, pending)
    with store.sessions.begin() as s:
        member = s.scalars(select(Customer).where(Customer.id == pending.customer_id)).one()
        assert member.club_member and member.national_id == "12345678Z"
        assert member.card_number == make_card_number(STANDALONE_ISSUER, 1)
        assert is_card_number(member.card_number)
        assert receipt.points_earned == 44 and customer_on_receipt(s, member.id)[1] == 44
        assert state_of(s, member.id) == {p: p in (Purpose.CLUB, Purpose.EMAIL) for p in PURPOSES}
        consent = s.scalars(select(Consent)).one()
        assert consent.signature == a_signature().to_data()
        pdf = s.get(Attachment, consent.document_sha256)
        assert pdf is not None and pdf.data.startswith(b"%PDF") and not pdf.uploaded
        assert s.get(Attachment, a_signature().sha256()) is not None  # the vectors, by hash
        rows = s.scalars(select(OutboxEntry).order_by(OutboxEntry.seq)).all()
        assert [(r.entity, r.op) for r in rows] == [
            ("customer", "create"),
            ("consent", "create"),
            ("sale", "create"),
            ("ledger_entry", "create"),
        ]
        assert rows[1].depends_on == rows[0].change_id
        assert identify(s, query=member.card_number).hits[0].id == member.id
    registered = decode_payload(Entity.CUSTOMER, 1, json.loads(rows[0].payload))
    assert isinstance(registered, CustomerPayload) and registered.card_number == member.card_number
    signed = decode_payload(Entity.CONSENT, 1, json.loads(rows[1].payload))
    assert isinstance(signed, ConsentPayload)
    assert document_digest(signed.sealed_content()) == signed.digest == consent.digest
    assert signed.document_sha256 == consent.document_sha256


def test_the_consent_document_prints_its_digest_and_the_signature(store, tmp_path) -> None:
    pending = enrolment.prepare(a_registration(), a_consent(), today=TODAY)
    with store.sessions.begin() as s:
        enrol(s, store, pending)
        consent_id = s.scalars(select(Consent.id)).one()
        digest = s.scalars(select(Consent.digest)).one()
        _sha, pdf = document(s, consent_id)
    assert pdf is not None
    (tmp_path / "consent.pdf").write_bytes(pdf)
    text = subprocess.run(
        ["pdftotext", "-layout", str(tmp_path / "consent.pdf"), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    squeezed = "".join(text.split())
    assert digest in squeezed and "12345678Z" in text and "Lucía" in text
    images = subprocess.run(
        ["pdfimages", "-list", str(tmp_path / "consent.pdf")],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert len(images.strip().splitlines()) >= 3  # a header, a rule, the signature


def test_cards_issued_on_one_device_follow_its_sequence(store) -> None:
    cards = []
    for n, phone in enumerate(("655443322", "655443323", "655443324")):
        pending = enrolment.prepare(
            a_registration(national_id="", phone=phone, email=f"p{n}@example.es"),
            a_consent(),
            today=TODAY,
        )
        with store.sessions.begin() as s:
            enrol(s, store, pending)
            cards.append(
                s.scalars(
                    select(Customer.card_number).where(Customer.id == pending.customer_id)
                ).one()
            )
    assert cards == [make_card_number(STANDALONE_ISSUER, n) for n in (1, 2, 3)]


def test_a_registered_tablet_issues_with_its_own_number_and_refuses_without_one(store) -> None:
    with store.sessions.begin() as s:
        s.add(SyncFeed(feed="settings", cursor="0", row_count=0, checksum_sum=0))
        device = s.scalars(select(Device)).one()
        with pytest.raises(UserFacingError) as unknown:
            enrolment.card_issuer(s, device)
        assert unknown.value.code == "card_issuer_unknown"
        s.add(Setting(key="card_issuers", value={device.device_code: 42}))
        s.flush()
        assert enrolment.issue_card(s, device) == make_card_number(42, 1)
        assert device.card_issuer == 42


@pytest.mark.parametrize(
    ("registration", "consent", "error"),
    [
        (a_registration(birth_date="01/01/2015"), a_consent(), TooYoungToConsent),
        (a_registration(), a_consent(club=False), ConsentRequired),
    ],
)
def test_what_the_sale_cannot_fix_is_refused_before_it(registration, consent, error) -> None:
    with pytest.raises(error):
        enrolment.prepare(registration, consent, today=TODAY)


@pytest.mark.parametrize(
    "signature",
    [
        None,
        Signature(600, 200, ()),
        Signature(600, 200, ((PenPoint(300, 100),),)),  # one dot
        Signature(600, 200, ((PenPoint(300, 100), PenPoint(305, 102), PenPoint(309, 99)),)),
    ],
)
def test_an_empty_or_trivial_signature_is_refused(signature: Signature | None) -> None:
    consent = SignedConsent(load_consent_text("es"), a_consent().choices, signature, NOW)
    with pytest.raises(SignatureTooShort):
        enrolment.prepare(a_registration(), consent, today=TODAY)


def test_an_abandoned_or_unpaid_visit_keeps_no_member(store) -> None:
    pending = enrolment.prepare(a_registration(), a_consent(), today=TODAY)
    with store.sessions.begin() as s, pytest.raises(PaymentShort):
        enrol(s, store, pending, pay=0)
    cart = Cart()
    cart.enrol(pending)
    cart.clear()  # the customer walked away
    assert cart.enrolment is None and cart.customer_id is None
    cart.enrol(pending)
    cart.set_customer(store.customer_id)  # the assistant found the existing card instead
    assert cart.enrolment is None
    with store.sessions.begin() as s:
        assert s.scalars(select(Customer).where(Customer.id == pending.customer_id)).first() is None
        assert (count(s, Consent), count(s, Attachment), count(s, OutboxEntry)) == (0, 0, 0)


def test_withdrawing_needs_no_signature_and_giving_does(store) -> None:
    pending = enrolment.prepare(a_registration(), a_consent(email=True), today=TODAY)
    with store.sessions.begin() as s:
        enrol(s, store, pending)
    text = load_consent_text("es")
    with store.sessions.begin() as s:
        change_consent(
            s,
            customer_id=pending.customer_id,
            changes={Purpose.EMAIL: False},
            text=text,
            signature=None,
            staff=store.assistant,
            now=NOW + timedelta(minutes=1),
        )
        with pytest.raises(SignatureTooShort):
            change_consent(
                s,
                customer_id=pending.customer_id,
                changes={Purpose.SMS: True},
                text=text,
                signature=None,
                staff=store.assistant,
                now=NOW,
            )
        with pytest.raises(NothingToChange):
            change_consent(
                s,
                customer_id=pending.customer_id,
                changes={Purpose.EMAIL: False},
                text=text,
                signature=None,
                staff=store.assistant,
                now=NOW,
            )
    with store.sessions.begin() as s:
        assert state_of(s, pending.customer_id)[Purpose.EMAIL] is False
        records = history(s, pending.customer_id)
        assert [r.kind for r in records] == ["change", "enrolment"]
        assert records[0].choices == {Purpose.EMAIL: False} and not records[0].signed
        assert all(r.document_here for r in records)
    with store.sessions.begin() as s:  # leaving the club
        change_consent(
            s,
            customer_id=pending.customer_id,
            changes={Purpose.CLUB: False},
            text=text,
            signature=None,
            staff=store.assistant,
            now=NOW + timedelta(minutes=2),
        )
    with store.sessions.begin() as s:
        member = s.scalars(select(Customer).where(Customer.id == pending.customer_id)).one()
        assert member.club_member is False


def test_a_registration_is_not_stored_twice_by_a_retried_finish(store) -> None:
    pending = enrolment.prepare(a_registration(), a_consent(), today=TODAY)
    with store.sessions.begin() as s:
        enrol(s, store, pending)
    with store.sessions.begin() as s, pytest.raises(IntegrityError):  # the customer's own id
        enrol(s, store, pending)
    with store.sessions.begin() as s:
        assert count(s, Consent) == 1
        assert s.scalar(select(func.count()).where(Customer.id == pending.customer_id)) == 1


def test_a_known_customer_who_is_not_a_member_joins_with_a_card_and_their_details(store) -> None:
    with store.sessions.begin() as s:
        known = s.scalars(select(Customer).where(Customer.id == store.customer_id)).one()
        known.club_member, known.card_number = False, None
    with store.sessions.begin() as s:
        form = enrolment.registration_of(s, store.customer_id)
    assert form["first_name"] and form["language"]
    registration = a_registration(
        first_name=form["first_name"],
        last_names=form["last_names"],
        phone=form["phone"],
        national_id=form["national_id"] or "",
        postal_code="08012",
    )
    pending = enrolment.prepare_existing(store.customer_id, registration, a_consent(), today=TODAY)
    with store.sessions.begin() as s:
        enrol(s, store, pending)
    with store.sessions.begin() as s:
        member = s.scalars(select(Customer).where(Customer.id == store.customer_id)).one()
        assert member.club_member and member.postal_code == "08012"
        assert member.card_number == make_card_number(STANDALONE_ISSUER, 1)
        rows = s.scalars(select(OutboxEntry).order_by(OutboxEntry.seq)).all()
        assert [(r.entity, r.op) for r in rows] == [
            ("customer", "update"),
            ("member_card", "create"),
            ("consent", "create"),
            ("sale", "create"),
            ("ledger_entry", "create"),
        ]
        with pytest.raises(UserFacingError) as already:
            enrolment.registration_of(s, store.customer_id)
        assert already.value.code == "already_member"


def test_a_former_member_joins_again_from_today_and_a_double_join_is_a_change(store) -> None:
    with store.sessions.begin() as s:
        known = s.scalars(select(Customer).where(Customer.id == store.customer_id)).one()
        known.club_member, card, known.enrolled_on = False, known.card_number, None
        form = enrolment.registration_of(s, store.customer_id)
    registration = a_registration(
        first_name=form["first_name"],
        last_names=form["last_names"],
        phone=form["phone"],
        national_id=form["national_id"] or "",
    )
    first = enrolment.prepare_existing(store.customer_id, registration, a_consent(), today=TODAY)
    again = enrolment.prepare_existing(store.customer_id, registration, a_consent(), today=TODAY)
    with store.sessions.begin() as s:
        enrol(s, store, first)
    with store.sessions.begin() as s:  # the same visit rung up twice: the second is no join
        enrol(s, store, again)
    with store.sessions.begin() as s:
        member = s.scalars(select(Customer).where(Customer.id == store.customer_id)).one()
        assert member.club_member and member.card_number == card  # the card they hold still works
        assert member.enrolled_on == NOW.astimezone().date()
        assert [r.kind for r in history(s, store.customer_id)] == ["change", "enrolment"]
