"""Incidents and campaigns at the counter, on real widgets and a real store file (inline runner).

An incident is opened from the customer card (kind, priority, what
happened, a product from one of their receipts, a photo) and its reference
shown to give the customer; head office's answer, brought by the incidents
feed, shows on the card. A campaign targeting the customer shows on the
card and is suggested at payment; the sale records the response and the
campaign's extra points. The card says how its customer was identified.
"""

from __future__ import annotations

import hashlib
import json
import uuid
from datetime import date, timedelta

import numpy as np
import pytest
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QLocale, Qt
from PySide6.QtGui import QColor, QImage
from sqlalchemy import func, select

from loyalty_core.feeds import CampaignRow, Feed, IncidentEventRow, IncidentRow, TargetRow
from loyalty_core.incidents import Category, Priority, Status
from loyalty_core.offline_caps import Identified
from loyalty_core.points import multiply_points
from pos_client.services.cart import Cart
from pos_client.services.catalogue import find_product
from pos_client.services.sales import PaymentInput, finish
from pos_client.store.manager_models import CampaignResponse, Incident
from pos_client.store.models import Attachment, LedgerEntry, OutboxEntry, Product
from pos_client.sync.replica_manager import ROW_APPLIERS
from pos_client.ui.screens.incidents import incident_dialog as incident_module
from ui.test_enrolment_ui import NOW, close_counter, open_counter, type_text

HYDRATION = uuid.UUID("0195f000-0000-7000-8000-0000000000c1")
SPRING = uuid.UUID("0195f000-0000-7000-8000-0000000000c3")
TODAY = date(2026, 11, 24)  # NOW in Madrid


@pytest.fixture
def counter(store, qtbot, monkeypatch):
    monkeypatch.setattr(incident_module, "camera_present", lambda: False)  # no camera in CI
    window = open_counter(store, qtbot, inline=True)
    yield window.counter
    close_counter(window)


def from_feed(store, feed: Feed, row: object) -> None:
    with store.sessions.begin() as s:
        ROW_APPLIERS[feed](s, row.model_dump(mode="json"))  # type: ignore[attr-defined]


def a_photo() -> bytes:
    """A small JPEG, as the camera or a chosen image leaves it."""
    image = QImage(320, 240, QImage.Format.Format_RGB888)
    image.fill(QColor("#d9a5b3"))
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "JPEG", 85)
    return bytes(data.data())


def an_earlier_sale(store, when=NOW - timedelta(days=12)):
    """María José bought the serum and the soap here twelve days ago."""
    with store.sessions.begin() as s:
        cart = Cart(customer_id=store.customer_id)
        for short in ("serum", "soap"):
            cart.add_product(find_product(s, code=store.products[short]))
        return finish(
            s,
            cart=cart,
            payment=PaymentInput(card_cents=cart.priced().total_cents),
            staff=store.assistant,
            now=when,
        )


def outbox(store, entity: str) -> list[OutboxEntry]:
    with store.sessions() as s:
        return list(s.scalars(select(OutboxEntry).where(OutboxEntry.entity == entity)))


def card_news(counter) -> str:
    return "\n".join(counter.identify.news_texts())


def open_card_by_scan(qtbot, counter, store) -> None:
    counter.handle_scan(store.customer_card)
    qtbot.waitUntil(lambda: counter.identify.card is not None)


# -- incidents ----------------------------------------------------------------------
def test_an_incident_from_the_card_with_a_photo_and_head_offices_answer_on_the_card(
    store, counter, qtbot
):
    receipt = an_earlier_sale(store)
    open_card_by_scan(qtbot, counter, store)
    identify = counter.identify
    assert identify.identified == Identified.CARD
    assert identify.news_frame.isHidden()  # nothing open, nothing targeted
    identify.incident_button.click()
    dialog = counter.incident_dialog
    qtbot.waitUntil(dialog.isVisible)
    assert "María José Núñez Pujol" in dialog.title.text()
    assert dialog.camera_button.isHidden() and not dialog.file_button.isHidden()

    # An allergic reaction starts high and may not be low; the screen says why.
    dialog.category.buttons[Category.ALLERGIC_REACTION].click()
    assert dialog.priority.value() == Priority.HIGH
    assert not dialog.priority.buttons[Priority.LOW].isEnabled()
    assert "nunca tiene prioridad baja" in dialog.priority_rule.text()
    dialog.category.buttons[Category.PRODUCT_DEFECT].click()
    assert dialog.priority.value() == Priority.NORMAL
    assert dialog.priority.buttons[Priority.LOW].isEnabled()
    assert dialog.priority_rule.isHidden()
    dialog.priority.buttons[Priority.HIGH].click()

    # Too short: said under the field, nothing stored.
    dialog.description.setPlainText("  roto  ")
    assert dialog.count.text() == f"4/{QLocale().toString(2000)}"
    assert dialog.description_error.text() == ""  # not while typing the first words
    dialog.open_button.click()
    assert "lleva 4 caracteres y hacen falta al menos 10" in dialog.description_error.text()
    assert dialog.pages.currentIndex() == 0
    assert outbox(store, "incident") == []
    with store.sessions() as s:
        assert s.scalar(select(func.count()).select_from(Incident)) == 0

    # The product: a line of her receipt, from her latest purchases here.
    assert dialog.lines.count() == 2
    serum_row = next(
        i for i in range(dialog.lines.count()) if "Sérum" in dialog.lines.item(i).text()
    )
    dialog.lines.itemClicked.emit(dialog.lines.item(serum_row))
    assert receipt.receipt_number in dialog.chosen.text()
    assert "Sérum Hidratante" in dialog.chosen.text()

    description = "El dosificador del sérum no funciona desde el primer día; pide cambiarlo."
    dialog.description.setPlainText(description)
    assert dialog.description_error.text() == ""  # checked live once it was refused
    photo = a_photo()
    dialog.set_photo(photo)
    assert dialog.photo == photo and not dialog.thumb.pixmap().isNull()
    dialog.open_button.click()

    assert dialog.pages.currentIndex() == 1
    reference = dialog.reference.text()
    assert reference.startswith("INC-S001-D01-000001-")
    assert "ticket " + receipt.receipt_number in dialog.done_summary.text()
    changes = outbox(store, "incident")
    assert len(changes) == 1
    payload = json.loads(changes[0].payload)
    assert payload["reference"] == reference
    assert payload["category"] == "product_defect" and payload["priority"] == "high"
    assert payload["description"] == description
    assert payload["customer_id"] == str(store.customer_id)
    assert payload["receipt_number"] == receipt.receipt_number
    assert payload["product_name"] == "Aurélie Sérum Hidratante 50 ml"
    assert payload["photo_sha256"] == hashlib.sha256(photo).hexdigest()
    assert payload["photo_size"] == len(photo)
    with store.sessions() as s:
        kept = s.get(Attachment, payload["photo_sha256"])
        assert kept is not None and kept.data == photo and kept.content_type == "image/jpeg"
        incident_id = s.scalars(select(Incident.id)).one()
    assert changes[0].entity_id == incident_id

    # The card (refreshed by the op's change) shows it, not answered yet.
    dialog.accept()
    qtbot.waitUntil(lambda: reference in card_news(counter))
    assert "Abierta, sin asignar" in card_news(counter)
    assert "Sin respuesta de la central todavía" in card_news(counter)
    assert identify.identified == Identified.CARD  # a refresh keeps how she was found

    # Head office answers: the incidents feed brings the new status and its note.
    answer = "Le enviamos un sérum nuevo a la tienda; pídale que traiga el envase."
    from_feed(
        store,
        Feed.INCIDENTS,
        IncidentRow(
            id=incident_id,
            reference=reference,
            customer_id=store.customer_id,
            category="product_defect",
            priority="high",
            status=Status.WAITING_CUSTOMER,
            description=description,
            product_name="Aurélie Sérum Hidratante 50 ml",
            receipt_number=receipt.receipt_number,
            assigned_to="Atención al cliente",
            opened_at=NOW,
            updated_at=NOW + timedelta(days=1),
            events=[
                IncidentEventRow(
                    at=NOW + timedelta(days=1),
                    status=Status.WAITING_CUSTOMER,
                    note=answer,
                    by="Atención al cliente",
                    from_store=False,
                )
            ],
        ),
    )
    identify.refresh()
    qtbot.waitUntil(lambda: "Espera respuesta del cliente" in card_news(counter))
    news = card_news(counter)
    assert "Le enviamos un sérum nuevo a la tienda" in news
    assert "25/11/2026" in news  # updated, in local time
    assert identify.extras.incidents[0].last_answer == answer


def test_on_the_threaded_runner_the_reference_and_the_card_follow(store, qtbot, monkeypatch):
    monkeypatch.setattr(incident_module, "camera_present", lambda: False)
    an_earlier_sale(store)
    window = open_counter(store, qtbot, inline=False)
    counter = window.counter
    try:
        open_card_by_scan(qtbot, counter, store)
        counter.identify.incident_button.click()
        dialog = counter.incident_dialog
        qtbot.waitUntil(lambda: dialog.lines.count() == 2)  # read on the store thread
        dialog.category.buttons[Category.ALLERGIC_REACTION].click()
        dialog.description.setPlainText("Rojez y picor en el cuello tras usar la crema.")
        with qtbot.waitSignal(dialog.incident_opened, timeout=5000) as opened:
            dialog.open_button.click()
        reference = opened.args[0].reference
        assert dialog.reference.text() == reference
        assert opened.args[0].priority == Priority.HIGH
        dialog.accept()
        qtbot.waitUntil(lambda: reference in card_news(counter), timeout=5000)
    finally:
        close_counter(window)


def test_a_receipt_scanned_while_the_dialog_is_open_picks_its_line(store, counter, qtbot):
    with store.sessions.begin() as s:
        cart = Cart()  # a sale with no customer: the receipt says who it was for
        cart.add_product(find_product(s, code=store.products["cream"]))
        receipt = finish(
            s,
            cart=cart,
            payment=PaymentInput(card_cents=cart.priced().total_cents),
            staff=store.assistant,
            now=NOW - timedelta(days=3),
        )
    counter.open_incident(None)
    dialog = counter.incident_dialog
    qtbot.waitUntil(dialog.isVisible)
    counter.handle_scan(receipt.qr_text)
    assert (
        dialog.line is not None and dialog.line.product_name == "Aurélie Crema de Día SPF15 50 ml"
    )
    assert counter.return_dialog is None  # the QR went to the incident, not to a return
    dialog.category.buttons[Category.REQUEST].click()
    dialog.description.setPlainText("Pregunta si la crema lleva filtro mineral o químico.")
    dialog.open_button.click()
    assert dialog.opened is not None
    assert dialog.opened.receipt_number == receipt.receipt_number
    assert dialog.photo is None
    payload = json.loads(outbox(store, "incident")[0].payload)
    assert payload["photo_sha256"] is None and payload["customer_id"] is None


def test_without_a_camera_an_image_file_is_attached_as_jpeg(store, counter, qtbot, tmp_path):
    open_card_by_scan(qtbot, counter, store)
    counter.identify.incident_button.click()
    dialog = counter.incident_dialog
    path = tmp_path / "bote.png"
    image = QImage(2400, 1800, QImage.Format.Format_RGB888)
    image.fill(QColor("#335577"))
    assert image.save(str(path))
    dialog.load_image(str(path))
    qtbot.waitUntil(lambda: dialog.photo is not None)
    assert dialog.photo[:3] == b"\xff\xd8\xff"  # kept as JPEG
    kept = QImage.fromData(dialog.photo)
    assert (kept.width(), kept.height()) == (1600, 1200)
    dialog.set_photo(b"not an image")
    assert "no es una imagen" in dialog.note.text()
    assert dialog.photo[:3] == b"\xff\xd8\xff"  # the one before stays
    dialog.drop_photo_button.click()
    assert dialog.photo is None


def test_with_a_camera_the_photo_is_the_frame_shown(store, qtbot, monkeypatch):
    monkeypatch.setattr(incident_module, "camera_present", lambda: True)
    window = open_counter(store, qtbot, inline=True)
    try:
        frames = [np.full((480, 640, 3), (40, 90, 200), np.uint8)] * 3

        def camera():
            return frames.pop() if frames else None

        dialog = incident_module.IncidentDialog(
            window._ctx,
            customer_id=store.customer_id,
            parent=window,
            frame_source=camera,
        )
        qtbot.addWidget(dialog)
        dialog.show()
        assert not dialog.camera_button.isHidden() and dialog.file_button.isHidden()
        dialog.camera_button.click()
        shooting = dialog.photo_dialog
        qtbot.waitUntil(lambda: shooting.take_button.isEnabled(), timeout=5000)
        shooting.take_button.click()
        qtbot.waitUntil(lambda: dialog.photo is not None)
        colour = QImage.fromData(dialog.photo).pixelColor(10, 10)
        assert abs(colour.red() - 200) < 8 and abs(colour.blue() - 40) < 8  # BGR frame
        assert shooting.scanner.wait(3000)
    finally:
        close_counter(window)


def test_the_stores_incidents_and_a_note_back_to_head_office(store, counter, qtbot):
    open_card_by_scan(qtbot, counter, store)
    counter.identify.incident_button.click()
    dialog = counter.incident_dialog
    dialog.category.buttons[Category.SERVICE_COMPLAINT].click()
    dialog.description.setPlainText("Dice que ayer nadie la atendió en la zona de perfumería.")
    dialog.open_button.click()
    view = dialog.opened
    dialog.accept()
    from_feed(
        store,
        Feed.INCIDENTS,
        IncidentRow(
            id=view.id,
            reference=view.reference,
            customer_id=store.customer_id,
            category="service_complaint",
            priority="normal",
            status=Status.WAITING_STORE,
            description=view.description,
            opened_at=NOW,
            updated_at=NOW + timedelta(hours=3),
            events=[
                IncidentEventRow(
                    at=NOW + timedelta(hours=3),
                    status=Status.WAITING_STORE,
                    note="¿Quién estaba de turno a esa hora?",
                    by="Atención al cliente",
                    from_store=False,
                )
            ],
        ),
    )
    counter.identify.refresh()
    qtbot.waitUntil(lambda: not counter.identify.all_incidents_button.isHidden())
    counter.identify.all_incidents_button.click()
    listing = counter.incident_list
    qtbot.waitUntil(lambda: bool(listing.rows))
    assert listing.table.item(0, 0).text() == view.reference
    assert listing.table.item(0, 1).text() == "María José Núñez Pujol"
    assert listing.table.item(0, 2).text() == "Espera respuesta de la tienda"
    assert listing.table.item(0, 3).text() == "¿Quién estaba de turno a esa hora?"
    assert listing.status.text() == "Una incidencia abierta. Una espera respuesta de la tienda."
    listing.note_field.setText("Estaba Laura; hablamos con ella.")
    listing.send_button.click()
    notes = outbox(store, "incident_note")
    assert len(notes) == 1 and json.loads(notes[0].payload)["text"].startswith("Estaba Laura")
    qtbot.waitUntil(lambda: listing.table.item(0, 2).text() == "En curso")
    assert "Tienda" in listing.detail.text() and "Estaba Laura" in listing.detail.text()
    listing.card_button.click()
    assert counter.identify.card.id == store.customer_id
    assert counter.identify.identified == Identified.ID  # opened from a record


# -- campaigns ----------------------------------------------------------------------
def live_campaigns(store) -> uuid.UUID:
    with store.sessions() as s:
        serum = s.scalars(select(Product.id).where(Product.code == store.products["serum"])).one()
    from_feed(
        store,
        Feed.CAMPAIGNS,
        CampaignRow(
            id=HYDRATION,
            code="HIDRA26",
            name="Semana de la hidratación",
            starts_on=TODAY - timedelta(days=2),
            ends_on=TODAY + timedelta(days=5),
            channel="email",
            multiplier="1.5",
            products=[serum],
            message="Puntos ×1,5 en el Sérum Hidratante esta semana.",
        ),
    )
    from_feed(
        store,
        Feed.CAMPAIGNS,
        CampaignRow(
            id=SPRING,
            code="ESCAP",
            name="Escaparate de invierno",
            starts_on=TODAY - timedelta(days=10),
            ends_on=TODAY + timedelta(days=1),
            channel="in_store",
            multiplier="1",
            bonus_per_unit=5,
        ),
    )
    from_feed(store, Feed.TARGETS, TargetRow(customer_id=store.customer_id, campaigns=[HYDRATION]))
    return serum


def test_a_targeted_campaign_on_the_card_suggested_at_payment_and_its_points(store, counter, qtbot):
    live_campaigns(store)
    identify = counter.identify
    type_text(qtbot, identify.search, "nunez")
    qtbot.waitUntil(lambda: identify.results.count() == 1)
    identify.results.itemClicked.emit(identify.results.item(0))
    qtbot.waitUntil(lambda: identify.card is not None)
    assert identify.identified == Identified.NAME_SEARCH
    news = card_news(counter)
    assert "Semana de la hidratación" in news and "hasta el 29/11" in news
    assert "Puntos ×1,5 en el Sérum Hidratante" in news
    assert "Escaparate" not in news  # live, but not aimed at her

    for short in ("serum", "soap"):
        counter.cart_panel.add_code(store.products[short])
    counter.start_payment()
    payment = counter.payment_dialog
    qtbot.waitUntil(payment.isVisible)
    assert not payment.campaign_box.isHidden()
    assert list(payment.campaign_buttons) == ["no", str(HYDRATION), str(SPRING)]
    assert "Dirigida a este cliente" in payment.campaign_buttons[str(HYDRATION)].text()
    assert "Dirigida" not in payment.campaign_buttons[str(SPRING)].text()
    assert payment.campaign_id == HYDRATION  # the suggestion
    assert "Sugerida" in payment.campaign_hint.text()
    payment.campaign_buttons["no"].click()
    assert payment.campaign_id is None
    payment.campaign_buttons[str(HYDRATION)].click()
    assert payment.campaign_id == HYDRATION
    payment.card.setText(str(payment.total_cents / 100).replace(".", ","))
    payment.confirm.click()
    qtbot.waitUntil(lambda: counter.receipt_dialog is not None)

    # By hand: 40,90 € → 40 points by the euro, shared 3495:595 → 34 and 6 (largest
    # remainder); the serum's line earns 10 + 34 = 44, the campaign multiplies it by 1.5
    # (66, rounded down) and leaves the soap alone: 22 extra points.
    serum_line = 10 + 34
    bonus = multiply_points(serum_line, __import__("decimal").Decimal("1.5")) - serum_line
    assert bonus == 22
    receipt = counter.receipt_dialog.receipt
    assert receipt.campaign_name == "Semana de la hidratación"
    assert receipt.campaign_points == 22
    assert receipt.points_earned == 44 + 6
    assert receipt.points_balance == 120 + 50 + 22
    responses = outbox(store, "campaign_response")
    assert len(responses) == 1
    response = json.loads(responses[0].payload)
    assert response["campaign_id"] == str(HYDRATION)
    assert response["bonus_points"] == 22 and response["targeted"] is True
    assert response["amount_cents"] == 3495 + 595
    with store.sessions() as s:
        assert s.scalar(select(func.sum(LedgerEntry.points))) == 72
    assert counter.cart_panel.cart.campaign_id is None  # the next visit answers its own


def test_no_campaign_chosen_records_no_response(store, counter, qtbot):
    live_campaigns(store)
    counter.cart_panel.add_code(store.products["serum"])
    counter.start_payment()  # no customer: nothing targeted, nothing suggested
    payment = counter.payment_dialog
    assert payment.campaign_id is None
    assert payment.campaign_buttons["no"].isChecked()
    assert not any("Dirigida" in b.text() for b in payment.campaign_buttons.values())
    # She is found while paying: the campaign aimed at her is suggested now.
    counter.identify.find(store.customer_phone)
    qtbot.waitUntil(lambda: counter.identify.card is not None)
    assert counter.identify.identified == Identified.CARD  # a phone number identifies
    assert payment.campaign_id == HYDRATION
    payment.choose_campaign(None)  # she came for something else
    payment.card.setText(str(payment.total_cents / 100).replace(".", ","))
    payment.confirm.click()
    qtbot.waitUntil(lambda: counter.receipt_dialog is not None)
    assert counter.receipt_dialog.receipt.campaign_points == 0
    assert outbox(store, "campaign_response") == []
    with store.sessions() as s:
        assert s.scalar(select(func.count()).select_from(CampaignResponse)) == 0


def test_no_live_campaign_no_question(store, counter, qtbot):
    counter.cart_panel.add_code(store.products["soap"])
    counter.start_payment()
    assert counter.payment_dialog.campaign_box.isHidden()
    assert counter.payment_dialog.campaign_id is None


# -- how the customer was identified, the gifts button ------------------------------------
def test_how_the_customer_on_the_card_was_identified(store, counter, qtbot):
    identify = counter.identify
    assert identify.identified is None
    counter.handle_scan(store.customer_card)
    qtbot.waitUntil(lambda: identify.card is not None)
    assert identify.identified == Identified.CARD
    for key in ("12345678Z", "mj.nunez@example.com"):
        identify.clear_customer()
        identify.find(key)
        qtbot.waitUntil(lambda: identify.card is not None)
        assert identify.identified == Identified.CARD
    identify.clear_customer()
    assert identify.identified is None
    identify.find("Núñez")
    assert identify.card is None  # a name lists, it does not open
    identify._on_search_return_pressed()  # Enter on the first match
    qtbot.waitUntil(lambda: identify.card is not None)
    assert identify.identified == Identified.NAME_SEARCH
    identify.select(store.customer_id)  # from a receipt or a review item
    qtbot.waitUntil(lambda: identify.identified == Identified.ID)

    wanted = []
    identify.gifts_requested.connect(lambda: wanted.append(True))
    assert identify.gifts_button.text() == "Regalos (F10)"
    qtbot.mouseClick(identify.gifts_button, Qt.MouseButton.LeftButton)
    assert wanted == [True]
