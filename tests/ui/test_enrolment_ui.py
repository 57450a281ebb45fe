"""Enrolment at the counter on real widgets and a real store file (inline runner).

The registration form says what is wrong as it is typed, lists possible
duplicates and opens one instead; the customer ticks and signs with a pen
(real tablet events); the enrolment rides on the cart and is stored with the
sale, in both orders of a visit, or not at all when the cart is abandoned;
the new member's card prints and scans; the consent history withdraws and
gives choices.
"""

from __future__ import annotations

import subprocess
from datetime import UTC, datetime
from pathlib import Path

import pytest
from pen import a_stylus, pen_stroke, sign
from pypdf import PdfReader
from PySide6.QtCore import QEvent, QLocale, Qt
from PySide6.QtGui import QKeyEvent, QPointingDevice
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit
from sqlalchemy import func, select

from loyalty_core.consent import Purpose
from loyalty_core.member_card import is_card_number
from pos_client.app import build_context
from pos_client.config import Settings
from pos_client.devices.decoder import Decoded, decode_file
from pos_client.services.consents import state_of
from pos_client.store.models import Attachment, Consent, Customer, LedgerEntry, OutboxEntry
from pos_client.ui.main_window import MainWindow
from pos_client.ui.screens.enrolment.consent_dialog import ConsentDialog
from pos_client.ui.screens.enrolment.registration_dialog import RegistrationDialog

NOW = datetime(2026, 11, 24, 11, 30, tzinfo=UTC)
LUCIA = {
    "first_name": "Lucía",
    "last_names": "Fernández Ortega",
    "phone": "655 443 322",
    "email": "lucia.fernandez@example.es",
    "postal_code": "28004",
    "birth_date": "14/03/1991",
}


def open_counter(store, qtbot, *, inline: bool):
    ctx = build_context(Settings(data_dir=store.path.parent), inline=inline)
    ctx.now = lambda: NOW
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window._on_login_logged_in(store.assistant)
    return window


def close_counter(window) -> None:
    window._ctx.runner.wait()
    window.wedge.enabled = False
    QApplication.instance().removeEventFilter(window.wedge)


@pytest.fixture
def counter(store, qtbot):
    """The counter with every op run inline."""
    window = open_counter(store, qtbot, inline=True)
    yield window.counter
    close_counter(window)


@pytest.fixture
def threaded_counter(store, qtbot):
    """The counter as it runs: ops on the store thread, PDFs on the I/O pool."""
    window = open_counter(store, qtbot, inline=False)
    yield window.counter
    close_counter(window)


# -- people at the counter --------------------------------------------------------
def type_text(qtbot, field: QLineEdit, text: str) -> None:
    """Type into a field key by key, any character (QTest.keyClicks is ASCII-only)."""
    field.setFocus()
    before = field.text()
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(
                field, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch)
            )
    # The counter's scanner filter holds fast keys a moment before giving them back.
    qtbot.waitUntil(lambda: field.text() == before + text, timeout=3000)


def fill(qtbot, dialog: RegistrationDialog, values: dict[str, str]) -> None:
    for name, value in values.items():
        field = dialog.fields[name]
        if isinstance(field, QComboBox):
            field.setCurrentIndex(field.findData(value))
        else:
            field.clear()
            type_text(qtbot, field, value)


def open_registration(qtbot, counter) -> RegistrationDialog:
    counter.identify.new_button.click()
    dialog = counter.enrolment_flow.registration_dialog
    qtbot.waitUntil(dialog.isVisible)
    return dialog


@pytest.fixture
def pen() -> QPointingDevice:
    return a_stylus()


def consent_dialog(qtbot, counter) -> ConsentDialog:
    dialog = counter.enrolment_flow.consent_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    return dialog


def enrol_lucia(qtbot, counter, pen, *, email: bool = True) -> None:
    """Register Lucía, tick the club (and e-mail) and sign: she rides on the cart."""
    dialog = open_registration(qtbot, counter)
    fill(qtbot, dialog, LUCIA)
    assert dialog.continue_button.isEnabled()
    dialog.continue_button.click()
    consent = consent_dialog(qtbot, counter)
    consent.choices[Purpose.CLUB].box.click()
    if email:
        consent.choices[Purpose.EMAIL].label.tapped.emit()  # tapping the words ticks too
    sign(consent.pad, pen)
    assert consent.sign_button.isEnabled()
    consent.sign_button.click()
    qtbot.waitUntil(lambda: counter.cart_panel.cart.enrolment is not None)


def pay_by_card(qtbot, counter) -> None:
    counter.start_payment()
    payment = counter.payment_dialog
    qtbot.waitUntil(payment.isVisible)
    payment.card.setText(str(payment.total_cents / 100).replace(".", ","))
    payment.confirm.click()
    qtbot.waitUntil(lambda: counter.receipt_dialog is not None)


def the_member(store) -> Customer | None:
    with store.sessions() as s:
        return s.scalars(select(Customer).where(Customer.last_names == "Fernández Ortega")).first()


# -- the form ---------------------------------------------------------------------
@pytest.mark.parametrize(
    ("field", "typed", "said"),
    [
        (
            "national_id",
            "12345678A",
            "La letra de «12345678A» no corresponde a sus cifras: debería ser Z.",
        ),
        ("phone", "12", "«12» no es un teléfono válido"),
        ("email", "ana@@x", "Un e-mail lleva una arroba (@), y solo una"),
        ("birth_date", "31/02/1990", "La fecha 31/02/1990 no existe: revise el día y el mes."),
        ("first_name", "Ana 💄", "«💄» no puede ir en un nombre"),
        ("birth_date", "01/06/2015", "Menor de 14 años: el alta necesita el consentimiento"),
    ],
)
def test_the_form_says_what_is_wrong_as_it_is_typed(counter, qtbot, field, typed, said):
    dialog = open_registration(qtbot, counter)
    assert not dialog.continue_button.isEnabled()
    assert all(not label.text() for label in dialog.errors.values())  # no red on an empty form
    assert dialog.fields["language"].currentData() == "es"
    assert dialog.fields["gender"].currentText() == "— sin indicar —"
    fill(qtbot, dialog, LUCIA)
    assert dialog.continue_button.isEnabled()

    dialog.fields[field].clear()
    type_text(qtbot, dialog.fields[field], typed)
    assert said in dialog.errors[field].text()
    assert dialog.fields[field].property("invalid") is True
    assert not dialog.continue_button.isEnabled()
    assert dialog.short_labels[field] in dialog.missing.text()  # and the button says why

    dialog.fields[field].clear()
    type_text(qtbot, dialog.fields[field], LUCIA.get(field, "12345678Z"))
    assert dialog.errors[field].text() == ""
    assert dialog.fields[field].property("invalid") is False
    assert dialog.continue_button.isEnabled()


@pytest.fixture
def spanish_numbers():
    """The app sets the locale with its language (pos_client.app.install_translations)."""
    before = QLocale()
    QLocale.setDefault(QLocale("es_ES"))
    yield
    QLocale.setDefault(before)


def test_ten_thousand_characters_pasted_into_a_name_are_refused_with_the_count(
    counter, qtbot, spanish_numbers
):
    dialog = open_registration(qtbot, counter)
    fill(qtbot, dialog, LUCIA)
    field = dialog.fields["last_names"]
    field.selectAll()
    QApplication.clipboard().setText("Fernández" * 1111 + "O")
    field.paste()
    assert (
        "Demasiado largo: tiene 10.000 caracteres y caben 120."
        in dialog.errors["last_names"].text()
    )
    assert not dialog.continue_button.isEnabled()


def test_a_field_left_empty_is_required_and_one_way_to_reach_the_customer_is_needed(counter, qtbot):
    dialog = open_registration(qtbot, counter)
    fill(qtbot, dialog, {k: v for k, v in LUCIA.items() if k not in ("phone", "email")})
    for name in ("phone", "email"):  # each typed into, then erased
        type_text(qtbot, dialog.fields[name], "6")
        dialog.fields[name].clear()
    assert "Indique un teléfono o un e-mail" in dialog.errors["phone"].text()
    assert not dialog.continue_button.isEnabled()
    dialog.fields["first_name"].clear()
    assert dialog.errors["first_name"].text() == "Este dato es obligatorio."


def test_a_customer_already_known_by_phone_is_listed_and_opened_instead(counter, store, qtbot):
    dialog = open_registration(qtbot, counter)
    type_text(qtbot, dialog.fields["first_name"], "Maria Jose")
    type_text(qtbot, dialog.fields["phone"], "612 34 56 78")
    qtbot.waitUntil(lambda: len(dialog.duplicates.found) == 1, timeout=3000)
    (hit,) = dialog.duplicates.found
    shown = " ".join(label.text() for label in dialog.duplicates.findChildren(type(dialog.missing)))
    assert "María José Núñez Pujol" in shown
    assert "mismo teléfono" in shown
    assert "•678" in shown  # the phone masked
    assert store.customer_card in shown and "Socio/a del club" in shown

    dialog.duplicates.open_buttons[0].click()
    qtbot.waitUntil(lambda: counter.identify.card is not None)
    assert not dialog.isVisible()
    assert counter.identify.card.id == store.customer_id == hit.id
    assert counter.cart_panel.cart.customer_id == store.customer_id
    assert counter.cart_panel.cart.enrolment is None
    assert counter.enrolment_flow is None


# -- the consent --------------------------------------------------------------------
def test_a_one_dot_signature_is_refused_in_place_and_a_real_one_is_accepted(counter, qtbot, pen):
    dialog = open_registration(qtbot, counter)
    fill(qtbot, dialog, LUCIA | {"language": "ca"})
    dialog.continue_button.click()
    consent = consent_dialog(qtbot, counter)
    assert consent.text.language == "ca"  # the customer's language, not the counter's
    assert consent.choices[Purpose.CLUB].label.text() == "Accepto les condicions del Club Lumen"
    assert not any(choice.box.isChecked() for choice in consent.choices.values())
    assert not consent.sign_button.isEnabled()

    consent.choices[Purpose.CLUB].box.click()
    assert not consent.sign_button.isEnabled()  # no ink yet
    pen_stroke(consent.pad, pen, [(200, 100)])
    assert consent.sign_button.isEnabled()
    consent.sign_button.click()
    assert "La firma es demasiado corta" in consent.error.text()
    assert consent.isVisible() and consent.result_value is None

    consent.clear_button.click()
    assert not consent.sign_button.isEnabled()
    sign(consent.pad, pen)
    consent.undo_button.click()  # the flourish, redone
    pen_stroke(consent.pad, pen, [(60, 150), (300, 146)])
    consent.sign_button.click()
    qtbot.waitUntil(lambda: counter.cart_panel.cart.enrolment is not None)
    assert not consent.isVisible()
    pending = counter.cart_panel.cart.enrolment
    assert pending.registration.language == "ca"
    assert pending.consent.choices[Purpose.CLUB] and not pending.consent.choices[Purpose.EMAIL]
    assert "Nuevo socio/a: Lucía Fernández Ortega" in counter.identify.pending_title.text()
    assert "al cobrar" in counter.identify.pending_details.text()


def test_going_back_from_the_consent_keeps_the_form_and_the_signature(counter, qtbot, pen):
    dialog = open_registration(qtbot, counter)
    fill(qtbot, dialog, LUCIA)
    dialog.continue_button.click()
    consent = consent_dialog(qtbot, counter)
    consent.choices[Purpose.CLUB].box.click()
    sign(consent.pad, pen)
    consent.reject()  # "Volver"
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.fields["last_names"].text() == "Fernández Ortega"
    dialog.fields["first_name"].clear()
    type_text(qtbot, dialog.fields["first_name"], "Lucia")
    dialog.continue_button.click()
    qtbot.waitUntil(consent.isVisible)
    assert consent.pad.has_ink() and consent.choices[Purpose.CLUB].box.isChecked()
    assert "Lucia Fernández Ortega" in consent.signer.text()


# -- the two orders of a visit ----------------------------------------------------------
def test_enrol_first_then_sell_stores_the_member_with_the_sale(counter, store, qtbot, pen):
    enrol_lucia(qtbot, counter, pen)
    assert the_member(store) is None  # nothing stored before the sale
    counter.handle_scan(store.products["serum"])
    assert "para el nuevo socio/a Lucía Fernández Ortega" in counter.cart_panel.points.text()

    pay_by_card(qtbot, counter)
    receipt = counter.receipt_dialog.receipt
    member = the_member(store)
    assert member is not None and member.club_member
    assert member.card_number == receipt.card_number and is_card_number(member.card_number)
    assert receipt.customer_name == "Lucía Fernández Ortega"
    assert receipt.points_earned > 0
    with store.sessions() as s:
        consent = s.scalars(select(Consent).where(Consent.customer_id == member.id)).one()
        assert consent.kind == "enrolment"
        assert consent.choices == {
            "club": True,
            "email": True,
            "sms": False,
            "profiling": False,
            "skin_data": False,
        }
        points = s.scalar(
            select(func.sum(LedgerEntry.points)).where(LedgerEntry.customer_id == member.id)
        )
        assert points == receipt.points_earned
    assert "Tarjeta de socio nº " + member.card_number in counter.receipt_dialog.card_number.text()
    assert counter.cart_panel.cart.enrolment is None and counter.cart_panel.cart.is_empty


def test_the_whole_visit_on_the_store_thread(threaded_counter, store, qtbot, pen, tmp_path):
    counter = threaded_counter
    dialog = open_registration(qtbot, counter)
    type_text(qtbot, dialog.fields["national_id"], "12345678Z")  # María José's
    qtbot.waitUntil(lambda: len(dialog.duplicates.found) == 1, timeout=5000)
    assert dialog.duplicates.found[0].reasons == ("national_id",)
    dialog.fields["national_id"].clear()
    qtbot.waitUntil(lambda: not dialog.duplicates.found, timeout=5000)
    fill(qtbot, dialog, LUCIA)
    dialog.continue_button.click()
    consent = consent_dialog(qtbot, counter)
    consent.choices[Purpose.CLUB].box.click()
    sign(consent.pad, pen)
    consent.sign_button.click()
    qtbot.waitUntil(lambda: counter.cart_panel.cart.enrolment is not None)
    counter.handle_scan(store.products["serum"])
    qtbot.waitUntil(lambda: len(counter.cart_panel.cart.lines) == 1, timeout=5000)
    pay_by_card(qtbot, counter)
    receipt_dialog = counter.receipt_dialog
    member = the_member(store)
    assert member is not None and member.card_number == receipt_dialog.receipt.card_number
    receipt_dialog.print_card_button.click()
    qtbot.waitUntil(
        lambda: (
            receipt_dialog.documents.dialog is not None
            and receipt_dialog.documents.dialog.pdf is not None
        ),
        timeout=15000,
    )


def test_enrol_at_payment_goes_on_with_the_same_payment(counter, store, qtbot, pen):
    counter.handle_scan(store.products["cream"])
    counter.start_payment()
    payment = counter.payment_dialog
    qtbot.waitUntil(payment.isVisible)
    payment.cash.setText("50")
    assert payment.enrol_button.isVisible()
    payment.enrol_button.click()
    dialog = counter.enrolment_flow.registration_dialog
    qtbot.waitUntil(dialog.isVisible)
    fill(qtbot, dialog, LUCIA)
    dialog.continue_button.click()
    consent = consent_dialog(qtbot, counter)
    assert consent.size() == counter.window().size()  # the whole screen, not the payment's
    consent.choices[Purpose.CLUB].box.click()
    sign(consent.pad, pen)
    consent.sign_button.click()
    qtbot.waitUntil(lambda: not consent.isVisible())

    assert payment.isVisible() and payment.cash.text() == "50"  # the same payment, going on
    assert not payment.enrol_button.isVisible()
    assert "Nuevo socio/a: Lucía Fernández Ortega" in payment.member.text()
    payment.confirm.click()
    qtbot.waitUntil(lambda: counter.receipt_dialog is not None)
    receipt = counter.receipt_dialog.receipt
    member = the_member(store)
    assert member is not None and member.club_member and member.card_number
    assert receipt.card_number == member.card_number and receipt.points_earned > 0
    with store.sessions() as s:
        assert s.scalar(select(func.count()).select_from(Consent)) == 1


def test_abandoning_the_cart_keeps_no_customer(counter, store, qtbot, pen):
    with store.sessions() as s:
        customers = s.scalar(select(func.count()).select_from(Customer))
    enrol_lucia(qtbot, counter, pen)
    counter.handle_scan(store.products["soap"])
    counter.new_sale()
    box = counter.confirmation
    qtbot.waitUntil(box.isVisible)
    assert "Lucía Fernández Ortega" in box.text()
    assert counter.cart_panel.cart.enrolment is not None  # nothing dropped before the answer
    next(b for b in box.buttons() if b.text() == "Descartar el alta").click()
    qtbot.waitUntil(lambda: counter.cart_panel.cart.enrolment is None)
    assert "Alta de Lucía Fernández Ortega descartada" in counter.identify.hint.text()
    assert counter.cart_panel.cart.is_empty and not counter.identify.pending_frame.isVisible()
    with store.sessions() as s:
        assert s.scalar(select(func.count()).select_from(Customer)) == customers
        for model in (Consent, Attachment, OutboxEntry):
            assert s.scalar(select(func.count()).select_from(model)) == 0


def test_choosing_another_customer_drops_the_enrolment_and_says_so(counter, store, qtbot, pen):
    enrol_lucia(qtbot, counter, pen)
    counter.handle_scan(store.customer_card)
    qtbot.waitUntil(lambda: counter.identify.card is not None)
    assert counter.cart_panel.cart.enrolment is None
    assert counter.cart_panel.cart.customer_id == store.customer_id
    assert "Alta de Lucía Fernández Ortega descartada" in counter.identify.hint.text()


# -- documents ------------------------------------------------------------------------
def test_the_new_members_card_prints_and_scans(counter, store, qtbot, pen, tmp_path: Path):
    enrol_lucia(qtbot, counter, pen)
    counter.handle_scan(store.products["soap"])
    pay_by_card(qtbot, counter)
    receipt_dialog = counter.receipt_dialog
    card_number = receipt_dialog.receipt.card_number

    receipt_dialog.print_card_button.click()
    card = receipt_dialog.documents.dialog
    qtbot.waitUntil(lambda: card.pdf is not None, timeout=10000)
    assert card.print_button.isEnabled() and len(card.pages) == 1
    pdf = tmp_path / "card.pdf"
    pdf.write_bytes(card.pdf)
    subprocess.run(
        ["pdftoppm", "-r", "300", "-gray", "-png", "-singlefile", str(pdf), str(tmp_path / "card")],
        check=True,
    )
    assert decode_file(tmp_path / "card.png") == [Decoded(card_number, "EAN13")]
    assert "Lucía Fernández Ortega" in PdfReader(pdf).pages[0].extract_text()

    receipt_dialog.print_consent_button.click()
    signed = receipt_dialog.documents.dialog
    assert signed is not card
    qtbot.waitUntil(lambda: signed.pdf is not None, timeout=10000)
    pdf.write_bytes(signed.pdf)
    text = " ".join("\n".join(p.extract_text() for p in PdfReader(pdf).pages).split())
    assert "Lucía Fernández Ortega" in text and card_number in text


# -- the customer card's consents --------------------------------------------------------
def open_history(qtbot, counter, card_number: str):
    counter.identify.find(card_number)
    qtbot.waitUntil(lambda: counter.identify.card is not None)
    counter.identify.consents_button.click()
    dialog = counter.consent_history_dialog
    qtbot.waitUntil(lambda: dialog.overview is not None)
    return dialog


def test_the_history_withdraws_email_at_once_without_a_signature(
    counter, store, qtbot, pen, tmp_path
):
    enrol_lucia(qtbot, counter, pen, email=True)
    counter.handle_scan(store.products["soap"])
    pay_by_card(qtbot, counter)
    counter.receipt_dialog.accept()
    member = the_member(store)
    dialog = open_history(qtbot, counter, member.card_number)
    assert dialog.table.rowCount() == 1
    assert dialog.table.item(0, 4).text() == "Alta"
    assert dialog.table.item(0, 2).text() == "Laura Gómez"
    assert dialog.states[Purpose.EMAIL].text() == "Dado"
    assert not dialog.boxes[Purpose.EMAIL].isEnabled()

    dialog.change_button.click()
    assert dialog.boxes[Purpose.EMAIL].isEnabled()
    dialog.boxes[Purpose.EMAIL].click()
    dialog.save_button.click()
    qtbot.waitUntil(lambda: dialog.states[Purpose.EMAIL].text() == "No dado")
    assert dialog.consent_dialog is None  # no signature was asked for
    assert "Guardado" in dialog.message.text()
    assert dialog.table.rowCount() == 2
    newest = [dialog.table.item(0, col).text() for col in range(dialog.table.columnCount())]
    assert newest[4] == "Cambio" and newest[5:] == ["—", "No", "—", "—", "—"]
    with store.sessions() as s:
        assert state_of(s, member.id)[Purpose.EMAIL] is False
        assert state_of(s, member.id)[Purpose.CLUB] is True

    # The withdrawal's own document, reprinted: unsigned, stating only the e-mail.
    dialog.table.selectRow(0)
    dialog.reprint_button.click()
    reprint = dialog.documents.dialog
    qtbot.waitUntil(lambda: reprint.pdf is not None, timeout=10000)
    pdf = tmp_path / "withdrawal.pdf"
    pdf.write_bytes(reprint.pdf)
    text = " ".join("\n".join(page.extract_text() for page in PdfReader(pdf).pages).split())
    assert "Lucía Fernández Ortega" in text and member.card_number in text

    # Giving a purpose is signed, on the consent form, with only what is given.
    dialog.change_button.click()
    dialog.boxes[Purpose.SMS].click()
    dialog.save_button.click()
    signing = dialog.consent_dialog
    qtbot.waitUntil(signing.isVisible)
    assert list(signing.choices) == [Purpose.SMS]
    signing.choices[Purpose.SMS].box.click()
    sign(signing.pad, pen)
    signing.sign_button.click()
    qtbot.waitUntil(lambda: dialog.states[Purpose.SMS].text() == "Dado")
    with store.sessions() as s:
        assert state_of(s, member.id)[Purpose.SMS] is True


def test_leaving_the_club_withdraws_everything_once_confirmed(counter, store, qtbot, pen):
    enrol_lucia(qtbot, counter, pen, email=True)
    counter.handle_scan(store.products["soap"])
    pay_by_card(qtbot, counter)
    counter.receipt_dialog.accept()
    member = the_member(store)
    dialog = open_history(qtbot, counter, member.card_number)
    dialog.change_button.click()
    dialog.boxes[Purpose.CLUB].click()
    assert not dialog.boxes[Purpose.EMAIL].isChecked()
    assert not dialog.boxes[Purpose.EMAIL].isEnabled()
    dialog.save_button.click()
    box = dialog.confirmation
    qtbot.waitUntil(box.isVisible)
    next(b for b in box.buttons() if b.text() == "Dar de baja").click()
    qtbot.waitUntil(lambda: dialog.states[Purpose.CLUB].text() == "No dado")
    qtbot.waitUntil(
        lambda: counter.identify.card is not None and not counter.identify.card.club_member
    )
    assert counter.identify.status.text() == "No socia"
    with store.sessions() as s:
        assert not any(state_of(s, member.id).values())


def test_enter_moves_to_the_next_field_and_continues_once_the_form_is_whole(counter, qtbot):
    dialog = open_registration(qtbot, counter)
    first = dialog.fields["first_name"]
    type_text(qtbot, first, "Lucía")
    qtbot.keyClick(first, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.fields["last_names"])
    assert dialog.isVisible()  # Enter did not press "Continuar" on a form not yet whole
    fill(qtbot, dialog, LUCIA)
    qtbot.keyClick(dialog.fields["postal_code"], Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: counter.enrolment_flow.consent_dialog is not None)
    assert not dialog.isVisible()
