"""The counter: who the customer is on the left, the sale on the right.

A new customer is enrolled in either order of a visit: "Nuevo cliente"
(F4) before the sale, or "Dar de alta en el club" at payment. Either way
the signed enrolment rides on the cart and is stored with the sale; the
receipt then offers the new member's card and signed consent to print or
e-mail. A known customer who is not a member joins the same way from their
card ("Hacerse socio/a"), their details checked and completed in the form.

Incidents are opened from the card ("Incidencia"), about a product from
one of the customer's receipts if need be (a receipt's QR scanned while
the incident dialog is open goes to it); the store's open incidents are a
tap away ("Incidencias"). Payment asks whether the visit responds to a
campaign, suggesting one that targets the customer.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from loyalty_core.member_card import is_card_number
from pos_client.context import AppContext
from pos_client.services.customers import CustomerCard
from pos_client.services.enrolment import PendingEnrolment
from pos_client.services.receipts import Receipt
from pos_client.services.setup import points_rule
from pos_client.services.staff import StaffMember
from pos_client.ui import incident_ops, ops
from pos_client.ui.errors import message_for
from pos_client.ui.screens.counter.cart_panel import CartPanel
from pos_client.ui.screens.counter.history_dialog import HistoryDialog
from pos_client.ui.screens.counter.identify_panel import IdentifyPanel
from pos_client.ui.screens.counter.payment_dialog import PaymentDialog
from pos_client.ui.screens.counter.return_dialog import ReturnDialog
from pos_client.ui.screens.enrolment.flow import EnrolmentFlow
from pos_client.ui.signals import Changes
from pos_client.ui.widgets.confirm import ask

if TYPE_CHECKING:
    # Imported at first use: they pull in reportlab, pypdfium2 and Pillow, a
    # few tenths of a second that the login screen must not wait for (the app
    # warms them up in the background once the login screen is shown).
    from pos_client.ui.screens.advisor.advisor_dialog import AdvisorDialog
    from pos_client.ui.screens.advisor.due_list import DueListDialog
    from pos_client.ui.screens.counter.receipt_dialog import ReceiptDialog
    from pos_client.ui.screens.enrolment.consent_history_dialog import ConsentHistoryDialog
    from pos_client.ui.screens.enrolment.documents import MemberDocuments
    from pos_client.ui.screens.incidents.incident_dialog import IncidentDialog
    from pos_client.ui.screens.incidents.incident_list import IncidentListDialog


class CounterScreen(QWidget):
    logout_requested = Signal()
    sale_finished = Signal(object)  # Receipt

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.payment_dialog: PaymentDialog | None = None
        self.receipt_dialog: ReceiptDialog | None = None
        self.return_dialog: ReturnDialog | None = None
        self.history_dialog: HistoryDialog | None = None
        self.enrolment_flow: EnrolmentFlow | None = None
        self.consent_history_dialog: ConsentHistoryDialog | None = None
        self.advisor_dialog: AdvisorDialog | None = None
        self.due_dialog: DueListDialog | None = None
        self.member_documents: MemberDocuments | None = None
        self.incident_dialog: IncidentDialog | None = None
        self.incident_list: IncidentListDialog | None = None
        self.confirmation: QMessageBox | None = None
        self.camera = None
        self.identify = IdentifyPanel(ctx)
        self.cart_panel = CartPanel(ctx)
        self.identify.customer_selected.connect(self._on_identify_customer_selected)
        self.identify.customer_cleared.connect(lambda: self.cart_panel.set_customer(None))
        self.identify.new_customer_requested.connect(lambda: self.start_enrolment())
        self.identify.pending_discard_requested.connect(self._on_identify_pending_discard_requested)
        self.identify.consents_requested.connect(self.open_consents)
        self.identify.card_print_requested.connect(self._on_identify_card_print_requested)
        self.identify.card_email_requested.connect(self._on_identify_card_email_requested)
        self.identify.join_requested.connect(self.start_joining)
        self.identify.advice_requested.connect(self.open_advice)
        self.identify.gifts_requested.connect(self.open_gifts)
        self.identify.product_requested.connect(self.cart_panel.add_code)
        self.identify.incident_requested.connect(self.open_incident)
        self.identify.incidents_list_requested.connect(self.open_incident_list)
        self.cart_panel.pay_requested.connect(self.start_payment)

        self.status = QLabel(objectName="hintLabel")
        self.camera_button = QPushButton(self.tr("Cámara"), objectName="toolButton")
        self.camera_button.setCheckable(True)
        self.camera_button.toggled.connect(self._on_camera_button_toggled)
        returns = QPushButton(self.tr("Devolución (F8)"), objectName="toolButton")
        returns.clicked.connect(lambda: self.open_return())
        history = QPushButton(self.tr("Tickets (F7)"), objectName="toolButton")
        history.clicked.connect(self.open_history)
        due = QPushButton(self.tr("Reposiciones"), objectName="toolButton")
        due.setToolTip(self.tr("Clientes a los que se les acaba un producto esta semana"))
        due.clicked.connect(self.open_due_list)
        incidents = QPushButton(self.tr("Incidencias"), objectName="toolButton")
        incidents.setToolTip(self.tr("Las incidencias abiertas de la tienda"))
        incidents.clicked.connect(self.open_incident_list)
        new_sale = QPushButton(self.tr("Nueva venta"), objectName="toolButton")
        new_sale.clicked.connect(self.new_sale)
        logout = QPushButton(self.tr("Cambiar usuario (F12)"), objectName="toolButton")
        logout.clicked.connect(self.logout_requested)
        toolbar = QHBoxLayout()
        toolbar.addWidget(self.status, 1)
        for button in (self.camera_button, returns, history, due, incidents, new_sale, logout):
            toolbar.addWidget(button)

        columns = QHBoxLayout()
        columns.addWidget(self.identify, 2)
        columns.addWidget(self.cart_panel, 3)
        layout = QVBoxLayout(self)
        layout.addLayout(toolbar)
        layout.addLayout(columns, 1)

        shortcuts = {
            "F2": self.identify.search.setFocus,
            "F3": self.cart_panel.code.setFocus,
            "F4": lambda: self.start_enrolment(),
            "F6": self._advice_for_card,
            "F10": self.open_gifts,
            "F7": self.open_history,
            "F8": lambda: self.open_return(),
            "F9": self.start_payment,
        }
        for key, slot in shortcuts.items():
            QShortcut(QKeySequence(key), self, activated=slot)
        ctx.signals.changed.connect(self._on_signals_changed)

    def start_session(self, staff: StaffMember) -> None:
        """A user logged in: load the store's points rule and get ready to scan."""
        self._ctx.runner.run_store(points_rule, success=self._on_points_rule_loaded)
        self.identify.search.setFocus()

    def _on_points_rule_loaded(self, rule: object) -> None:
        self.cart_panel.points_rule = rule  # type: ignore[assignment]
        self.cart_panel.update_totals()

    def handle_scan(self, code: str) -> None:
        """A scanner read a code, wherever the focus was: route it by what it is."""
        code = code.strip()
        dialog = self.advisor_dialog
        if dialog is not None and dialog.isVisible() and ("=" in code or ":" in code):
            # A skin analyser types like the scanner ('HYD=45.2;OIL=30'): its reading.
            dialog.take_reading(code)
            return
        incident = self.incident_dialog
        if code.startswith("LC1|") and incident is not None and incident.isVisible():
            incident.find_receipt(code)  # the receipt the incident is about
            return
        if is_card_number(code):
            self.identify.find(code)
        elif code.startswith("LC1|"):
            self.open_return(code)
        else:
            self.cart_panel.add_code(code)

    def _on_identify_customer_selected(self, card: CustomerCard) -> None:
        dropped = self.cart_panel.cart.enrolment
        if dropped is not None and dropped.customer_id == card.id:
            # The customer joining the club, found again (their card scanned): they still join.
            self.identify.show_pending(dropped)
            self.cart_panel.code.setFocus()
            return
        self.cart_panel.set_customer(card.id)
        if dropped is not None and dropped.customer_id != card.id:
            self.identify.hint.setText(
                self.tr(
                    "Alta de {new} descartada (no se ha guardado nada): la venta es para {who}."
                ).format(new=dropped.name, who=card.name)
            )
        if self._payment_open():
            assert self.payment_dialog is not None
            self.payment_dialog.show_customer(self.tr("Cliente: {name}").format(name=card.name))
            self._offer_campaigns()  # those targeting this customer now come first
        self.cart_panel.code.setFocus()

    # -- enrolment --------------------------------------------------------
    def start_enrolment(self, parent: QWidget | None = None) -> None:
        """Register a new customer and have them sign; they are enrolled with this sale."""
        if self.enrolment_flow is None and self._ctx.staff is not None:
            self._start_flow(EnrolmentFlow(self._ctx, parent or self))

    def start_joining(self, card: CustomerCard) -> None:
        """A known customer who is not a member joins the club with this sale."""
        if self.enrolment_flow is None and self._ctx.staff is not None:
            self.identify.card_note.clear()
            self._start_flow(EnrolmentFlow(self._ctx, self, joining=card.id))

    def _start_flow(self, flow: EnrolmentFlow) -> None:
        self.enrolment_flow = flow
        flow.enrolled.connect(self._on_enrolment_flow_enrolled)
        flow.existing_chosen.connect(self.identify.select)
        flow.problem.connect(self.identify.card_note.say_problem)
        flow.problem.connect(lambda _why: self.identify.refresh())  # the card is out of date
        flow.ended.connect(self._on_enrolment_flow_ended)
        flow.start()

    def _on_enrolment_flow_enrolled(self, pending: PendingEnrolment) -> None:
        self.cart_panel.enrol(pending)
        self.identify.show_pending(pending)
        if self._payment_open():
            assert self.payment_dialog is not None
            self.payment_dialog.show_customer(
                self.tr("Nuevo socio/a: {name} — se dará de alta al cobrar").format(
                    name=pending.name
                )
            )
        else:
            self.cart_panel.code.setFocus()

    def _on_enrolment_flow_ended(self) -> None:
        self.enrolment_flow = None

    def _on_identify_pending_discard_requested(self) -> None:
        pending = self.cart_panel.cart.enrolment
        if pending is not None:
            self._confirm_discard(pending, self._discard_enrolment)

    def _confirm_discard(self, pending: PendingEnrolment, then: Callable[[], None]) -> None:
        self.confirmation = ask(
            self,
            title=self.tr("Descartar el alta"),
            text=self.tr(
                "El alta de {name} todavía no se ha guardado: se guarda al cobrar. "
                "Si la descarta, se pierden sus datos y su firma. ¿Descartarla?"
            ).format(name=pending.name),
            yes=self.tr("Descartar el alta"),
            no=self.tr("No, mantenerla"),
            on_yes=then,
        )

    def _discard_enrolment(self) -> None:
        pending = self.cart_panel.cart.enrolment
        self.cart_panel.set_customer(None)
        self.identify.show_pending(None)
        if pending is not None:
            self.identify.hint.setText(
                self.tr("Alta de {name} descartada: no se ha guardado nada.").format(
                    name=pending.name
                )
            )
        self.identify.search.setFocus()

    def open_consents(self, card: CustomerCard) -> None:
        from pos_client.ui.screens.enrolment.consent_history_dialog import ConsentHistoryDialog

        self.consent_history_dialog = ConsentHistoryDialog(self._ctx, card, self)
        self.consent_history_dialog.open()

    def _on_identify_card_print_requested(self, card: CustomerCard) -> None:
        self.identify.card_note.clear()
        self._documents().print_card(card.id)

    def _on_identify_card_email_requested(self, card: CustomerCard) -> None:
        self._documents().email_card(card.id)

    def _documents(self) -> MemberDocuments:
        from pos_client.ui.screens.enrolment.documents import MemberDocuments

        if self.member_documents is None:
            note = self.identify.card_note
            self.member_documents = MemberDocuments(self._ctx, self, note.say_problem, note.say)
        return self.member_documents

    # -- payment and receipt ---------------------------------------------
    def start_payment(self) -> None:
        if self.cart_panel.cart.is_empty or self._ctx.staff is None:
            return
        self.payment_dialog = PaymentDialog(
            self.cart_panel.model.priced.total_cents,
            self,
            offer_enrolment=self.cart_panel.cart.customer_id is None,
        )
        self.payment_dialog.accepted.connect(self._on_payment_dialog_accepted)
        self.payment_dialog.enrol_requested.connect(
            lambda: self.start_enrolment(parent=self.payment_dialog)
        )
        if self.cart_panel.cart.enrolment is not None:
            self.payment_dialog.show_customer(
                self.tr("Nuevo socio/a: {name} — se dará de alta al cobrar").format(
                    name=self.cart_panel.cart.enrolment.name
                )
            )
        self._offer_campaigns()
        self.payment_dialog.open()

    def _offer_campaigns(self) -> None:
        """Ask the payment dialog "¿Viene por una campaña?" with today's campaigns."""
        dialog = self.payment_dialog
        if dialog is None:
            return
        incident_ops.load_live_campaigns(
            self._ctx,
            customer_id=self.cart_panel.cart.customer_id,
            success=lambda found: dialog.set_campaigns(found),
            failure=lambda exc: dialog.error.setText(message_for(exc) or ""),
        )

    def _payment_open(self) -> bool:
        return self.payment_dialog is not None and self.payment_dialog.isVisible()

    def _on_payment_dialog_accepted(self) -> None:
        assert self.payment_dialog is not None and self.payment_dialog.payment is not None
        cart = self.cart_panel.cart
        cart.campaign_id = self.payment_dialog.campaign_id
        pending = cart.enrolment
        ops.finish_sale(
            self._ctx,
            cart=cart,
            payment=self.payment_dialog.payment,
            success=lambda receipt: self._on_sale_finished(receipt, pending),
            failure=self._on_sale_failed,
        )

    def _on_sale_finished(
        self, receipt: Receipt, new_member: PendingEnrolment | None = None
    ) -> None:
        self.identify.clear_customer()
        self.cart_panel.clear()
        self.sale_finished.emit(receipt)
        self.show_receipt(receipt, new_member=new_member)

    def _on_sale_failed(self, exc: BaseException) -> None:
        self.cart_panel.message.setText(message_for(exc) or "")
        self._ctx.cues.error(self.cart_panel.pay)

    def show_receipt(self, receipt: Receipt, *, new_member: PendingEnrolment | None = None) -> None:
        from pos_client.ui.screens.counter.receipt_dialog import ReceiptDialog

        self.receipt_dialog = ReceiptDialog(self._ctx, receipt, self, new_member=new_member)
        self.receipt_dialog.finished.connect(lambda _r: self.identify.search.setFocus())
        self.receipt_dialog.open()

    def new_sale(self) -> None:
        """Start again with an empty cart; a pending enrolment is dropped once confirmed."""
        pending = self.cart_panel.cart.enrolment
        if pending is not None:
            self._confirm_discard(pending, self._start_again)
        else:
            self._start_again()

    def _start_again(self) -> None:
        pending = self.cart_panel.cart.enrolment
        self.identify.clear_customer()
        self.cart_panel.clear()
        if pending is not None:
            self.identify.hint.setText(
                self.tr("Alta de {name} descartada: no se ha guardado nada.").format(
                    name=pending.name
                )
            )
        self.identify.search.setFocus()

    # -- returns and history -------------------------------------------------
    def open_return(self, reference: str = "") -> None:
        self.return_dialog = ReturnDialog(self._ctx, reference, self)
        self.return_dialog.returned.connect(self.show_receipt)
        self.return_dialog.open()

    # -- the beauty advisor -------------------------------------------------
    def open_gifts(self) -> None:
        """Gifts for points for the customer on the card (a manager approves)."""
        from pos_client.ui.screens.gifts import open_redemption

        card, identified = self.identify.card, self.identify.identified
        if card is None or identified is None or self._ctx.staff is None:
            return
        open_redemption(self._ctx, customer_id=card.id, identified=identified, parent=self).open()

    def _advice_for_card(self) -> None:
        card = self.identify.card
        if card is not None and self.identify.advice_button.isVisible():
            self.open_advice(card)

    def open_advice(self, card: CustomerCard) -> None:
        """The advisor's screen for this customer; what they suggest goes into this sale."""
        from pos_client.ui.screens.advisor.advisor_dialog import AdvisorDialog

        if self.advisor_dialog is not None:
            self.advisor_dialog.close()
        dialog = self.advisor_dialog = AdvisorDialog(
            self._ctx,
            card.id,
            basket=lambda: [uuid.UUID(line.product_id) for line in self.cart_panel.cart.lines],
            parent=self,
        )
        dialog.add_to_sale.connect(self.cart_panel.add_code)
        dialog.finished.connect(lambda _r: self.identify.refresh())
        dialog.open()

    def open_due_list(self) -> None:
        """The store's customers running out of something this week, to call or message."""
        from pos_client.ui.screens.advisor.due_list import DueListDialog

        dialog = self.due_dialog = DueListDialog(self._ctx, parent=self)
        dialog.customer_chosen.connect(self.identify.select)
        dialog.open()

    def open_history(self) -> None:
        self.history_dialog = dialog = HistoryDialog(self._ctx, self)
        dialog.reprint_requested.connect(
            lambda sale_id: ops.load_receipt(
                self._ctx, sale_id=sale_id, success=self.show_receipt, failure=self._on_sale_failed
            )
        )
        dialog.open()

    # -- incidents ------------------------------------------------------------------------
    def open_incident(self, card: CustomerCard | None = None) -> None:
        """A new incident for the customer on the card (or for nobody yet: from a receipt)."""
        from pos_client.ui.screens.incidents.incident_dialog import IncidentDialog

        if self._ctx.staff is None:
            return
        dialog = self.incident_dialog = IncidentDialog(
            self._ctx,
            customer_id=card.id if card else None,
            customer_name=card.name if card else "",
            parent=self,
        )
        dialog.open()

    def open_incident_list(self) -> None:
        """The store's open incidents, where each stands and head office's last answer."""
        from pos_client.ui.screens.incidents.incident_list import IncidentListDialog

        dialog = self.incident_list = IncidentListDialog(self._ctx, parent=self)
        dialog.customer_chosen.connect(self.identify.select)
        dialog.new_incident_requested.connect(lambda: self.open_incident(self.identify.card))
        dialog.open()

    def _on_signals_changed(self, changes: Changes) -> None:
        if changes & (Changes.LEDGER | Changes.CUSTOMERS):
            self.identify.refresh()

    # -- camera ----------------------------------------------------------------
    def _on_camera_button_toggled(self, on: bool) -> None:
        if not on:
            if self.camera is not None:
                self.camera.stop()
                self.camera = None
            self.status.clear()
            return
        from pos_client.devices.camera import CameraScanner

        self.camera = CameraScanner()
        self.camera.code_scanned.connect(self.handle_scan)
        self.camera.failed.connect(self._on_camera_failed)
        self.camera.start()
        self.status.setText(self.tr("Cámara activa: muestre el código a la cámara"))

    def _on_camera_failed(self, reason: str) -> None:
        self.status.setText(self.tr("No se puede usar la cámara: {r}").format(r=reason))
        self.camera_button.setChecked(False)
