"""Enrolment across real processes: a member signed up offline reaches head office whole,
and one person registered on two tablets offline becomes one customer everywhere."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from datetime import UTC, datetime

import pytest
from chain import CODES, JORDI, ServerProcess, Tablet
from members import TODAY, a_consent, a_registration, enrol_with_sale
from sqlalchemy import select

from loyalty_core.consent import Purpose
from loyalty_core.member_card import is_card_number
from pos_client.services import enrolment, sales
from pos_client.services.cart import Cart
from pos_client.services.catalogue import find_product
from pos_client.services.consents import history, state_of
from pos_client.services.customers import identify
from pos_client.services.receipts import customer_on_receipt
from pos_client.services.sales import PaymentInput
from pos_client.store.models import Customer, LedgerEntry, OutboxEntry, Sale
from sync_server.consents.models import Attachment
from sync_server.consents.models import Consent as ServerConsent
from sync_server.customers.models import Balance
from sync_server.customers.models import Customer as ServerCustomer
from sync_server.sales.models import Sale as ServerSale


@pytest.mark.sqlite_only
def test_a_member_enrolled_offline_with_a_sale_reaches_head_office_whole(
    server: ServerProcess, new_tablet: Callable[..., Tablet]
) -> None:
    tablet = new_tablet("S001")
    tablet.sync()
    customer_id, receipt = enrol_with_sale(tablet, {"cream": 2}, email=True)

    assert receipt.points_earned > 0  # the first sale's points go to the new member
    report = tablet.sync()

    assert report.uploaded == 2  # the signed PDF and the signature's vectors
    with tablet.sessions.begin() as s:
        assert set(s.scalars(select(OutboxEntry.state))) == {"acknowledged"}
        card = s.scalars(select(Customer.card_number).where(Customer.id == customer_id)).one()
    assert card is not None and is_card_number(card)
    with server.admin() as s:
        customer = s.get(ServerCustomer, customer_id)
        assert customer is not None
        assert customer.card_number == card
        assert customer.club_member and customer.national_id == "12345678Z"
        assert customer.consents == {
            "club": True,
            "email": True,
            "sms": False,
            "profiling": False,
            "skin_data": False,
        }
        consent = s.scalars(
            select(ServerConsent).where(ServerConsent.customer_id == customer_id)
        ).one()
        assert consent.flags == []  # digest and signature verified on arrival
        pdf = s.get(Attachment, consent.document_sha256)
        assert pdf is not None and pdf.data.startswith(b"%PDF")
        assert hashlib.sha256(pdf.data).hexdigest() == consent.document_sha256
        sale = s.scalars(select(ServerSale).where(ServerSale.customer_id == customer_id)).one()
        assert sale.receipt_number == receipt.receipt_number
        balance = s.get(Balance, customer_id)
        assert balance is not None and balance.points == receipt.points_earned
    # In another store, once synced, the new card identifies the new member.
    elsewhere = new_tablet("S002")
    elsewhere.sync()
    with elsewhere.sessions.begin() as s:
        hits = identify(s, query=card).hits
        assert [(h.id, h.club_member) for h in hits] == [(customer_id, True)]
        assert customer_on_receipt(s, customer_id)[1] == receipt.points_earned


def test_one_person_registered_on_two_tablets_offline_becomes_one_customer_everywhere(
    server: ServerProcess, new_tablet: Callable[..., Tablet]
) -> None:
    first, second = new_tablet("S001"), new_tablet("S002")
    first.sync()
    second.sync()
    # Both offline: the same person signs up in two stores, each with a purchase.
    one, receipt_one = enrol_with_sale(first, {"cream": 1})
    two, receipt_two = enrol_with_sale(
        second,
        {"serum": 1},
        a_registration(first_name="LUCIA", phone="+34 655 44 33 22"),
        staff="2001",
    )
    with second.sessions.begin() as s:
        second_card = s.scalars(select(Customer.card_number).where(Customer.id == two)).one()
    first.sync()
    second.sync()
    first.sync()  # picks up the merge the second tablet's registration caused

    with server.admin() as s:
        older, newer = s.get(ServerCustomer, one), s.get(ServerCustomer, two)
        assert older is not None and newer is not None
        assert older.merged_into is None and newer.merged_into == one
        total = receipt_one.points_earned + receipt_two.points_earned
        assert s.get(Balance, one).points == total  # type: ignore[union-attr]
        merged = s.get(Balance, two)
        assert merged is None or merged.points == 0
        assert {sale.customer_id for sale in s.scalars(select(ServerSale))} == {one}
        assert set(s.scalars(select(ServerConsent.customer_id))) == {one}
        assert older.consents is not None and older.consents[Purpose.CLUB] is True
    for tablet in (first, second):
        with tablet.sessions.begin() as s:
            assert s.scalars(select(Customer.id).where(Customer.id == two)).first() is None
            assert set(s.scalars(select(Sale.customer_id))) <= {one}
            assert set(s.scalars(select(LedgerEntry.customer_id))) <= {one}
            assert customer_on_receipt(s, one)[1] == total
            # The card the second tablet printed still finds the one customer.
            hits = identify(s, query=second_card).hits
            assert [h.id for h in hits] == [one]


@pytest.mark.sqlite_only
def test_a_known_customer_joins_the_club_in_another_store_and_their_card_works_everywhere(
    server: ServerProcess, new_tablet: Callable[..., Tablet]
) -> None:
    counter, home = new_tablet("S001"), new_tablet("S002")
    counter.sync()
    home.sync()
    # Jordi is known (registered at S002, no club); at S001 he joins with a purchase.
    with counter.sessions.begin() as s:
        form = enrolment.registration_of(s, JORDI)
    assert form["phone"] is None  # S001 holds only his slim record: the form is completed
    registration = a_registration(
        first_name="Jordi",
        last_names="Ferrer i Castellà",
        national_id="",
        phone="699 111 222",
        email="jordi.ferrer@example.cat",
        language="ca",
        gender="",
    )
    pending = enrolment.prepare_existing(JORDI, registration, a_consent(), today=TODAY)
    member = counter.staff("1001")
    with counter.sessions.begin() as s:
        cart = Cart()
        cart.enrol(pending)
        cart.add_product(find_product(s, code=CODES["cream"]), 1)
        receipt = sales.finish(
            s,
            cart=cart,
            payment=PaymentInput(card_cents=cart.priced().total_cents),
            staff=member,
            now=datetime.now(UTC),
        )
        card = s.scalars(select(Customer.card_number).where(Customer.id == JORDI)).one()
    counter.sync()
    home.sync()

    with server.admin() as s:
        jordi = s.get(ServerCustomer, JORDI)
        assert jordi is not None and jordi.card_number == card and jordi.club_member
        assert jordi.email == "jordi.ferrer@example.cat" and jordi.language == "ca"
        assert s.scalars(select(ServerConsent).where(ServerConsent.customer_id == JORDI)).one()
    with home.sessions.begin() as s:
        hits = identify(s, query=card).hits
        assert [(h.id, h.club_member) for h in hits] == [(JORDI, True)]
        assert customer_on_receipt(s, JORDI)[1] == receipt.points_earned


@pytest.mark.sqlite_only
def test_a_new_tablet_of_the_store_gets_the_consents_in_its_first_download(
    server: ServerProcess, new_tablet: Callable[..., Tablet]
) -> None:
    counter = new_tablet("S001")
    counter.sync()
    customer_id, _ = enrol_with_sale(counter, {"cream": 1}, email=True, skin_data=True)
    counter.sync()
    newcomer = new_tablet("S001")  # its first download comes from the snapshot files
    report = newcomer.sync()
    assert report.pulled["profiles"] >= 1
    with newcomer.sessions.begin() as s:
        held = s.scalars(select(Customer).where(Customer.id == customer_id)).one()
        assert held.gender == "female" and held.club_member
        assert held.consent_state == {
            "club": True,
            "email": True,
            "sms": False,
            "profiling": False,
            "skin_data": True,
        }
        records = history(s, customer_id)
        assert [(r.kind, r.store_code, r.signed) for r in records] == [("enrolment", "S001", True)]
        assert records[0].choices[Purpose.SKIN_DATA] is True
        assert state_of(s, customer_id) == {Purpose(k): v for k, v in held.consent_state.items()}
