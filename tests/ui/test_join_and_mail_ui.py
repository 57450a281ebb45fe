"""A known customer joins the club from their card; documents go to the customer's e-mail.

Real widgets offscreen, a real store file, ops inline (one test on the real
threads). Joining: the form opens with the details the store holds, asks for
what is missing, never lists the customer as their own duplicate, and the
sale makes them a member with a card and the signed consent. E-mail: the
consent and the card are queued in the outbox with their PDF, and the
assistant is told where they go and when; no address, nothing queued.
"""

from __future__ import annotations

import io
import json
from dataclasses import dataclass
from datetime import date

import pytest
from pen import a_stylus, sign
from pypdf import PdfReader
from PySide6.QtGui import QPointingDevice
from sqlalchemy import func, select

from loyalty_core.consent import Purpose
from loyalty_core.member_card import is_card_number
from pos_client.services.consents import state_of
from pos_client.services.duplicates import possible_duplicates
from pos_client.store.models import Attachment, Consent, Customer, OutboxEntry
from pos_client.sync.scheduler import Phase, SyncState
from pos_client.ui.main_window import MainWindow
from ui.test_enrolment_ui import (
    LUCIA,
    NOW,
    close_counter,
    consent_dialog,
    enrol_lucia,
    fill,
    open_counter,
    open_history,
    open_registration,
    pay_by_card,
    the_member,
    type_text,
)

JORDI_NIE = "X1234567L"  # tests/conftest.py: known here, not a member, no card, no e-mail


@pytest.fixture
def counter(store, qtbot):
    window = open_counter(store, qtbot, inline=True)
    yield window.counter
    close_counter(window)


@pytest.fixture
def threaded_counter(store, qtbot):
    window = open_counter(store, qtbot, inline=False)
    yield window.counter
    close_counter(window)


@pytest.fixture
def pen() -> QPointingDevice:
    return a_stylus(system_id=4243)


@dataclass
class FakeScheduler:
    """Only what the counter reads of the sync scheduler: its state, and a poke."""

    state: SyncState
    pokes: int = 0

    def poke(self) -> None:
        self.pokes += 1

    def shutdown(self) -> bool:
        return True


@pytest.fixture
def sync_phase(counter, monkeypatch):
    """Set the phase the status bar last heard; the counter is stand-alone again after."""
    ctx = counter._ctx
    # pytest-qt closes the window before fixtures end: with a scheduler and mails waiting,
    # closing asks first, and nobody is there to answer.
    monkeypatch.setattr(MainWindow, "_confirm_close", lambda _self, _waiting: True)

    def set_phase(phase: Phase) -> FakeScheduler:
        ctx.sync = FakeScheduler(SyncState(phase))
        return ctx.sync

    yield set_phase
    ctx.sync = None


def mails(store) -> list[dict]:
    with store.sessions() as s:
        rows = s.scalars(
            select(OutboxEntry).where(OutboxEntry.entity == "mail").order_by(OutboxEntry.seq)
        ).all()
        return [json.loads(row.payload) for row in rows]


def attachment(store, sha: str) -> bytes:
    with store.sessions() as s:
        return s.scalars(select(Attachment.data).where(Attachment.sha256 == sha)).one()


def sell_to_lucia(qtbot, counter, store, pen, **registration) -> None:
    """Enrol Lucía (with `registration` changed), sell her a soap: the receipt is open."""
    if registration:
        dialog = open_registration(qtbot, counter)
        fill(qtbot, dialog, LUCIA | registration)
        dialog.continue_button.click()
        consent = consent_dialog(qtbot, counter)
        consent.choices[Purpose.CLUB].box.click()
        sign(consent.pad, pen)
        consent.sign_button.click()
        qtbot.waitUntil(lambda: counter.cart_panel.cart.enrolment is not None)
    else:
        enrol_lucia(qtbot, counter, pen)
    counter.handle_scan(store.products["soap"])
    pay_by_card(qtbot, counter)


# -- joining ----------------------------------------------------------------------
def test_a_known_customer_who_is_not_a_member_joins_from_their_card(counter, store, qtbot, pen):
    with store.sessions() as s:
        customers = s.scalar(select(func.count()).select_from(Customer))
        jordi_id = s.scalars(select(Customer.id).where(Customer.national_id == JORDI_NIE)).one()
    identify = counter.identify
    identify.find(JORDI_NIE)
    qtbot.waitUntil(lambda: identify.card is not None)
    assert identify.status.text() == "No socia"
    assert identify.join_button.isVisible()
    assert not identify.print_card_button.isVisible()
    assert not identify.email_card_button.isVisible()

    identify.join_button.click()
    dialog = counter.enrolment_flow.registration_dialog
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.windowTitle() == "Hacerse socio/a"
    assert dialog.heading.text() == "Hacerse socio/a: Jordi Ferrer i Castellà"
    form = dialog.form()
    assert form["first_name"] == "Jordi" and form["last_names"] == "Ferrer i Castellà"
    assert form["national_id"] == JORDI_NIE and form["postal_code"] == "08001"
    assert dialog.fields["phone"].text() == "+34 699 11 12 22"
    assert form["language"] == "ca" and form["email"] == ""
    # What the store does not hold is asked for at once, not after it is touched.
    assert dialog.errors["birth_date"].text() == "Este dato es obligatorio."
    assert "Fecha de nacimiento" in dialog.missing.text()
    assert not dialog.continue_button.isEnabled()
    # His NIE and phone are his own record's: he is not listed as his own duplicate.
    qtbot.waitUntil(lambda: dialog._query_no > 0 and not dialog._debounce.isActive())
    with store.sessions() as s:  # the store's answer names him; the form leaves him out
        found = possible_duplicates(s, dialog.form(), today=NOW.date())
    assert [hit.id for hit in found] == [jordi_id]
    assert dialog.duplicates.found == []
    assert "Ningún cliente conocido coincide" in dialog.duplicates.hint.text()

    type_text(qtbot, dialog.fields["birth_date"], "02/05/1979")
    type_text(qtbot, dialog.fields["email"], "jordi.ferrer@example.cat")
    assert dialog.continue_button.isEnabled()
    dialog.continue_button.click()
    consent = consent_dialog(qtbot, counter)
    assert consent.text.language == "ca"
    assert "Jordi Ferrer i Castellà" in consent.signer.text()
    consent.choices[Purpose.CLUB].box.click()
    sign(consent.pad, pen)
    consent.sign_button.click()
    qtbot.waitUntil(lambda: counter.cart_panel.cart.enrolment is not None)
    pending = counter.cart_panel.cart.enrolment
    assert pending.existing and pending.customer_id == jordi_id
    assert counter.cart_panel.cart.customer_id == jordi_id
    assert "Nuevo socio/a: Jordi Ferrer i Castellà" in identify.pending_title.text()
    assert counter.enrolment_flow is None
    identify.find(JORDI_NIE)  # found again before paying: he still joins
    qtbot.waitUntil(lambda: identify.pending_frame.isVisible() and identify.card is None)
    assert counter.cart_panel.cart.enrolment is pending

    counter.handle_scan(store.products["serum"])
    pay_by_card(qtbot, counter)
    receipt = counter.receipt_dialog.receipt
    assert is_card_number(receipt.card_number) and receipt.points_earned > 0
    assert "Bienvenida al club: Jordi Ferrer i Castellà" in " ".join(
        label.text() for label in counter.receipt_dialog.findChildren(type(identify.name))
    )
    with store.sessions() as s:
        assert s.scalar(select(func.count()).select_from(Customer)) == customers  # no new one
        jordi = s.scalars(select(Customer).where(Customer.id == jordi_id)).one()
        assert jordi.club_member and jordi.card_number == receipt.card_number
        assert jordi.birth_date == date(1979, 5, 2)
        assert jordi.email == "jordi.ferrer@example.cat"
        assert state_of(s, jordi_id)[Purpose.CLUB] is True
        consent_row = s.scalars(select(Consent).where(Consent.customer_id == jordi_id)).one()
        assert consent_row.kind == "enrolment"
        changes = [
            (row.entity, row.op)
            for row in s.scalars(select(OutboxEntry).order_by(OutboxEntry.seq)).all()
        ]
    assert changes[:3] == [
        ("customer", "update"),
        ("member_card", "create"),
        ("consent", "create"),
    ]

    # His card now shows him as a member, with a card to print or e-mail.
    counter.receipt_dialog.accept()
    identify.find(receipt.card_number)
    qtbot.waitUntil(lambda: identify.card is not None and identify.card.club_member)
    assert not identify.join_button.isVisible()
    assert identify.print_card_button.isVisible() and identify.email_card_button.isVisible()


def test_a_slim_record_from_another_store_asks_for_everything_but_the_name(counter, store, qtbot):
    with store.sessions.begin() as s:
        jordi = s.scalars(select(Customer).where(Customer.national_id == JORDI_NIE)).one()
        # What a tablet holds of another store's customer: names, language, masked phone.
        jordi.national_id = jordi.phone = jordi.postal_code = None
        jordi.phone_masked = "•• •• •2 22"
        jordi_id = jordi.id
    counter.identify.select(jordi_id)
    qtbot.waitUntil(lambda: counter.identify.card is not None)
    counter.identify.join_button.click()
    dialog = counter.enrolment_flow.registration_dialog
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.form()["first_name"] == "Jordi" and dialog.form()["language"] == "ca"
    for name in ("birth_date", "postal_code"):
        assert dialog.errors[name].text() == "Este dato es obligatorio."
    assert "Indique un teléfono o un e-mail" in dialog.errors["phone"].text()
    assert not dialog.continue_button.isEnabled()

    # Cancelling an untouched form asks nothing; once typed into, it asks first.
    type_text(qtbot, dialog.fields["postal_code"], "08001")
    dialog.reject()
    box = dialog.confirmation
    qtbot.waitUntil(box.isVisible)
    assert "¿Dejar el alta en el club?" in box.text()
    next(b for b in box.buttons() if b.text() == "Descartar").click()
    qtbot.waitUntil(lambda: counter.enrolment_flow is None)
    assert counter.cart_panel.cart.enrolment is None
    assert counter.cart_panel.cart.customer_id == jordi_id  # still his sale, as before


def test_a_customer_who_became_a_member_meanwhile_is_told_so(counter, store, qtbot):
    with store.sessions() as s:
        jordi_id = s.scalars(select(Customer.id).where(Customer.national_id == JORDI_NIE)).one()
    counter.identify.select(jordi_id)
    qtbot.waitUntil(lambda: counter.identify.card is not None)
    with store.sessions.begin() as s:  # joined on another tablet, synced a moment ago
        s.scalars(select(Customer).where(Customer.id == jordi_id)).one().club_member = True
    counter.identify.join_button.click()
    assert counter.enrolment_flow is None
    assert counter.identify.card_note.text() == "Este cliente ya es socio/a del club."
    assert counter.identify.card_note.property("problem") is True
    qtbot.waitUntil(lambda: counter.identify.status.text() == "Socia del club")  # shown again
    assert not counter.identify.join_button.isVisible()
    assert counter.identify.card_note.text() == "Este cliente ya es socio/a del club."


# -- e-mail -------------------------------------------------------------------------
def test_the_new_members_consent_and_card_are_emailed_with_their_pdfs(
    counter, store, qtbot, pen, sync_phase
):
    sell_to_lucia(qtbot, counter, store, pen)
    receipt_dialog = counter.receipt_dialog
    member = the_member(store)
    note = receipt_dialog.member_note

    scheduler = sync_phase(Phase.OFFLINE)
    receipt_dialog.email_consent_button.click()
    qtbot.waitUntil(lambda: "lucia.fernandez@example.es" in note.text())
    assert note.text() == (
        "El consentimiento se enviará a lucia.fernandez@example.es en la próxima sincronización."
    )
    assert note.property("problem") is False
    assert scheduler.pokes == 1  # the outbox changed: sync soon

    sync_phase(Phase.IDLE)
    receipt_dialog.email_card_button.click()
    qtbot.waitUntil(lambda: "tarjeta" in note.text())
    assert note.text() == "La tarjeta se enviará a lucia.fernandez@example.es en unos minutos."

    consent_mail, card_mail = mails(store)
    for mail, document in ((consent_mail, "consent"), (card_mail, "member_card")):
        assert mail["document"] == document
        assert mail["to"] == "lucia.fernandez@example.es"
        assert mail["customer_id"] == str(member.id)
        assert attachment(store, mail["attachment_sha256"]).startswith(b"%PDF")
    with store.sessions() as s:  # the consent mailed is the signed document itself
        signed = s.scalars(select(Consent.document_sha256).where(Consent.customer_id == member.id))
        assert consent_mail["attachment_sha256"] == signed.one()
    card = PdfReader(io.BytesIO(attachment(store, card_mail["attachment_sha256"])))
    assert "Lucía Fernández Ortega" in card.pages[0].extract_text()


def test_a_consent_record_is_emailed_from_the_history(counter, store, qtbot, pen):
    sell_to_lucia(qtbot, counter, store, pen)
    counter.receipt_dialog.accept()
    member = the_member(store)
    dialog = open_history(qtbot, counter, member.card_number)
    assert dialog.email_button.isEnabled()
    dialog.email_button.click()
    qtbot.waitUntil(lambda: "lucia.fernandez@example.es" in dialog.message.text())
    assert "cuando este terminal se conecte con la central" in dialog.message.text()
    (mail,) = mails(store)
    assert mail["document"] == "consent"
    with store.sessions() as s:
        record = s.scalars(select(Consent).where(Consent.customer_id == member.id)).one()
    assert mail["attachment_sha256"] == record.document_sha256

    dialog.change_button.click()  # while choices are being changed: nothing to send
    assert not dialog.email_button.isEnabled()


def test_a_customer_without_email_is_told_how_to_add_one_and_nothing_is_queued(
    counter, store, qtbot, pen
):
    sell_to_lucia(qtbot, counter, store, pen, email="")
    receipt_dialog = counter.receipt_dialog
    with store.sessions() as s:
        attachments = s.scalar(select(func.count()).select_from(Attachment))
    for button in (receipt_dialog.email_card_button, receipt_dialog.email_consent_button):
        receipt_dialog.member_note.clear()
        button.click()
        qtbot.waitUntil(lambda: "e-mail" in receipt_dialog.member_note.text())
        assert receipt_dialog.member_note.text() == (
            "Este cliente no tiene e-mail. Añada su e-mail en sus datos de cliente y vuelva "
            "a enviarlo, o imprima el documento."
        )
        assert receipt_dialog.member_note.property("problem") is True
    assert mails(store) == []
    with store.sessions() as s:
        assert s.scalar(select(func.count()).select_from(Attachment)) == attachments


def test_a_members_card_is_emailed_from_their_card_on_the_real_threads(
    threaded_counter, store, qtbot
):
    counter = threaded_counter
    counter.identify.find(store.customer_card)
    qtbot.waitUntil(lambda: counter.identify.card is not None, timeout=5000)
    assert counter.identify.email_card_button.isVisible()
    counter.identify.email_card_button.click()
    note = counter.identify.card_note
    qtbot.waitUntil(lambda: "mj.nunez@example.com" in note.text(), timeout=15000)
    assert note.text() == (
        "La tarjeta se enviará a mj.nunez@example.com cuando este terminal se conecte con "
        "la central."
    )
    (mail,) = mails(store)
    assert mail["document"] == "member_card" and mail["to"] == "mj.nunez@example.com"
    assert attachment(store, mail["attachment_sha256"]).startswith(b"%PDF")
