"""Finding the customer and showing their card (ficha).

Results update while typing (debounced); only the answer to the latest
query is shown, so a slow answer never overwrites a newer one. An exact
match (card, phone, DNI/NIE, e-mail) opens the card at once. A new
customer being enrolled with this sale is shown in the card's place until
the sale is finished or the enrolment is dropped. A known customer who is
not a member can join from their card ("Hacerse socio/a"); a member's card
prints or goes to their e-mail.

The card also shows the customer's incidents (where each stands, head
office's last answer) and the campaigns targeting them, read by their own
op once the card is shown. `identified` says how the customer on the card
was found, for the offline rule on spending points: by card or an exact
key (phone, DNI/NIE, e-mail), picked from a name search, or opened from a
record by id.
"""

from __future__ import annotations

import uuid
from html import escape

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from loyalty_core.contact import format_phone, mask_phone
from loyalty_core.incidents import Status
from loyalty_core.money import format_euros
from loyalty_core.offline_caps import Identified
from loyalty_core.roles import may_handle_skin_data
from pos_client.context import AppContext
from pos_client.services.campaigns import CampaignView
from pos_client.services.customers import CustomerCard, Identification, MatchKind
from pos_client.services.enrolment import PendingEnrolment
from pos_client.services.incidents import IncidentView
from pos_client.ui import incident_ops, ops
from pos_client.ui.errors import message_for
from pos_client.ui.incident_ops import CardExtras
from pos_client.ui.plurals import signed
from pos_client.ui.screens.enrolment.labels import purpose_name
from pos_client.ui.screens.incidents import status_name
from pos_client.ui.widgets.note import NoteLabel

DEBOUNCE_MS = 120
MAX_REMINDERS = 3
"""Products running out shown on the card; the advisor's screen lists them all."""
MAX_INCIDENTS = 2
MAX_CAMPAIGNS = 2
"""Incidents and campaigns shown on the card; "Ver todas" lists the store's incidents."""
MESSAGE_CHARS = 110
"""A campaign's message is cut here on the card: enough to recognise it."""
NEWS_STYLE = "QFrame#cardNews { background: #faf4f7; border-radius: 6px; }"


class IdentifyPanel(QWidget):
    customer_selected = Signal(object)  # CustomerCard
    customer_cleared = Signal()
    new_customer_requested = Signal()
    pending_discard_requested = Signal()
    consents_requested = Signal(object)  # CustomerCard
    card_print_requested = Signal(object)  # CustomerCard
    card_email_requested = Signal(object)  # CustomerCard
    join_requested = Signal(object)  # CustomerCard of a customer who is not a member
    advice_requested = Signal(object)  # CustomerCard: the beauty advisor's screen
    product_requested = Signal(str)  # a product code to ring up (a replenishment reminder)
    incident_requested = Signal(object)  # CustomerCard: open an incident for them
    incidents_list_requested = Signal()  # the store's open incidents
    gifts_requested = Signal()  # gifts for points, for the customer on the card

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._query_no = 0
        self.card: CustomerCard | None = None
        self.extras: CardExtras | None = None
        self.identified: Identified | None = None
        """How the customer on the card was found (None: nobody on the card)."""
        self._found_kind = MatchKind.NAME
        self.pending: PendingEnrolment | None = None
        self.search = QLineEdit(objectName="searchField")
        self.search.setPlaceholderText(self.tr("Tarjeta, teléfono, DNI/NIE, e-mail o nombre (F2)"))
        self.search.setClearButtonEnabled(True)
        self.hint = QLabel(objectName="hintLabel")
        self.hint.setWordWrap(True)
        self.results = QListWidget(objectName="resultsList")
        self.results.itemActivated.connect(self._on_results_item_activated)
        self.results.itemClicked.connect(self._on_results_item_activated)
        self._debounce = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self._debounce.timeout.connect(self._run_query)
        self.search.textEdited.connect(lambda _t: self._debounce.start())
        self.search.returnPressed.connect(self._on_search_return_pressed)

        self.card_frame = QFrame(objectName="customerCard")
        self.name = QLabel(objectName="customerName")
        self.name.setWordWrap(True)
        self.status = QLabel(objectName="clubBadge")
        self.balance = QLabel(objectName="pointsBalance")
        self.details = QLabel(objectName="customerDetails")
        self.details.setWordWrap(True)
        self.alerts = QLabel(objectName="alertsArea")
        self.alerts.setWordWrap(True)
        self.purchases = QTableWidget(0, 4)
        self.purchases.setHorizontalHeaderLabels(
            [self.tr("Fecha"), self.tr("Compra"), self.tr("Importe"), self.tr("Puntos")]
        )
        self.purchases.verticalHeader().setVisible(False)
        self.purchases.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.purchases.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.purchases.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.new_button = QPushButton(self.tr("Nuevo cliente (F4)"), objectName="actionButton")
        self.new_button.setToolTip(
            self.tr("Registrar a un cliente nuevo y darle de alta en el club")
        )
        self.new_button.clicked.connect(self.new_customer_requested)
        self.consents_button = QPushButton(self.tr("Consentimientos"), objectName="actionButton")
        self.consents_button.clicked.connect(
            lambda: self.card is not None and self.consents_requested.emit(self.card)
        )
        self.print_card_button = QPushButton(self.tr("Imprimir tarjeta"), objectName="actionButton")
        self.print_card_button.clicked.connect(
            lambda: self.card is not None and self.card_print_requested.emit(self.card)
        )
        self.email_card_button = QPushButton(
            self.tr("Enviar por e-mail"), objectName="actionButton"
        )
        self.email_card_button.setToolTip(self.tr("Enviar la tarjeta de socio a su e-mail"))
        self.email_card_button.clicked.connect(
            lambda: self.card is not None and self.card_email_requested.emit(self.card)
        )
        self.join_button = QPushButton(self.tr("Hacerse socio/a"), objectName="joinButton")
        self.join_button.setToolTip(
            self.tr("Dar de alta en el club a este cliente, con la compra de esta visita")
        )
        self.join_button.clicked.connect(
            lambda: self.card is not None and self.join_requested.emit(self.card)
        )
        self.clear_button = QPushButton(self.tr("Quitar cliente"), objectName="actionButton")
        self.clear_button.clicked.connect(self.clear_customer)
        self.advice_button = QPushButton(self.tr("Asesoramiento (F6)"), objectName="joinButton")
        self.advice_button.setToolTip(
            self.tr("Diagnóstico de piel, hábitos, consejos e informe (asesoras de belleza)")
        )
        self.advice_button.clicked.connect(
            lambda: self.card is not None and self.advice_requested.emit(self.card)
        )
        self.incident_button = QPushButton(self.tr("Incidencia"), objectName="actionButton")
        self.incident_button.setToolTip(
            self.tr("Abrir una incidencia: un producto defectuoso, una reacción, una queja…")
        )
        self.incident_button.clicked.connect(
            lambda: self.card is not None and self.incident_requested.emit(self.card)
        )
        self.gifts_button = QPushButton(self.tr("Regalos (F10)"), objectName="actionButton")
        self.gifts_button.setToolTip(self.tr("Canjear puntos por regalos"))
        self.gifts_button.clicked.connect(lambda: self.gifts_requested.emit())
        self.campaign_news = QVBoxLayout()
        self.incident_news = QVBoxLayout()
        self.news_frame = QFrame(objectName="cardNews")
        self.news_frame.setStyleSheet(NEWS_STYLE)
        self.all_incidents_button = QPushButton(self.tr("Ver todas"), objectName="toolButton")
        self.all_incidents_button.setToolTip(self.tr("Las incidencias abiertas de la tienda"))
        self.all_incidents_button.clicked.connect(self.incidents_list_requested)
        incidents_row = QHBoxLayout()
        incidents_row.addLayout(self.incident_news, 1)
        incidents_row.addWidget(self.all_incidents_button, 0, Qt.AlignmentFlag.AlignVCenter)
        news_layout = QVBoxLayout(self.news_frame)
        news_layout.setContentsMargins(8, 6, 8, 6)
        news_layout.setSpacing(6)
        news_layout.addLayout(self.campaign_news)
        news_layout.addLayout(incidents_row)
        self.reminders = QVBoxLayout()
        self.reminders.setContentsMargins(0, 0, 0, 0)
        self.reminders_frame = QFrame(objectName="remindersArea")
        self.reminders_frame.setLayout(self.reminders)
        self.card_note = NoteLabel()
        card_buttons = QHBoxLayout()
        for button in (
            self.consents_button,
            self.print_card_button,
            self.email_card_button,
            self.clear_button,
        ):
            card_buttons.addWidget(button)
        top = QHBoxLayout()
        top.addWidget(self.name, 1)
        top.addWidget(self.status)
        card_layout = QVBoxLayout(self.card_frame)
        card_layout.addLayout(top)
        card_layout.addWidget(self.balance)
        card_layout.addWidget(self.details)
        card_layout.addWidget(self.alerts)
        card_layout.addWidget(self.news_frame)
        card_layout.addWidget(self.reminders_frame)
        card_layout.addWidget(self.join_button)
        actions = QHBoxLayout()
        actions.addWidget(self.incident_button, 1)
        actions.addWidget(self.gifts_button, 1)
        actions.addWidget(self.advice_button, 1)
        card_layout.addLayout(actions)
        card_layout.addWidget(QLabel(self.tr("Últimas compras"), objectName="sectionTitle"))
        card_layout.addWidget(self.purchases, 1)
        card_layout.addWidget(self.card_note)
        card_layout.addLayout(card_buttons)

        self.pending_frame = QFrame(objectName="pendingMember")
        self.pending_title = QLabel(objectName="customerName")
        self.pending_title.setWordWrap(True)
        self.pending_details = QLabel(objectName="customerDetails")
        self.pending_details.setWordWrap(True)
        self.discard_button = QPushButton(self.tr("Descartar alta"), objectName="actionButton")
        self.discard_button.clicked.connect(self.pending_discard_requested)
        pending_layout = QVBoxLayout(self.pending_frame)
        badge = QLabel(self.tr("Alta en el club"), objectName="clubBadge")
        badge.setProperty("member", True)
        pending_layout.addWidget(badge, 0, Qt.AlignmentFlag.AlignLeft)
        pending_layout.addWidget(self.pending_title)
        pending_layout.addWidget(self.pending_details)
        pending_layout.addStretch(1)
        pending_layout.addWidget(self.discard_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(self.tr("Cliente"), objectName="sectionTitle"))
        layout.addWidget(self.search)
        layout.addWidget(self.hint)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.new_button)
        layout.addWidget(self.card_frame, 3)
        layout.addWidget(self.pending_frame, 3)
        self._show_card(None)

    def _show_reminders(self, card: CustomerCard) -> None:
        """'Se le acaba': each product running out, with a tap to ring it up."""
        while self.reminders.count():
            taken = self.reminders.takeAt(0)
            if taken is not None and taken.widget() is not None:
                taken.widget().deleteLater()  # type: ignore[union-attr]
        for reminder in card.reminders[:MAX_REMINDERS]:
            when = reminder.runs_out.strftime("%d/%m")
            text = (
                self.tr("Se le acabó {name} ({d})")
                if reminder.overdue
                else self.tr("Se le acaba {name} ({d})")
            ).format(name=reminder.name, d=when)
            row = QWidget()
            line = QHBoxLayout(row)
            line.setContentsMargins(0, 0, 0, 0)
            label = QLabel(text, objectName="reminderLabel")
            label.setWordWrap(True)
            add = QPushButton(self.tr("Añadir"), objectName="toolButton")
            add.setToolTip(self.tr("Añadir a la venta"))
            add.clicked.connect(
                lambda _c=False, code=reminder.code: self.product_requested.emit(code)
            )
            line.addWidget(label, 1)
            line.addWidget(add)
            self.reminders.addWidget(row)
        self.reminders_frame.setVisible(bool(card.reminders))

    def _show_extras(self, extras: CardExtras | None) -> None:
        """The customer's incidents and the campaigns targeting them, in a few lines."""
        if extras is not None and (self.card is None or extras.customer_id != self.card.id):
            return  # the answer for a customer no longer on the card
        self.extras = extras
        for layout in (self.campaign_news, self.incident_news):
            while layout.count():
                taken = layout.takeAt(0)
                if taken is not None and taken.widget() is not None:
                    taken.widget().deleteLater()  # type: ignore[union-attr]
        if extras is None or not (extras.incidents or extras.campaigns):
            self.news_frame.hide()
            return
        self.all_incidents_button.setVisible(bool(extras.incidents))
        for campaign in extras.campaigns[:MAX_CAMPAIGNS]:
            self.campaign_news.addWidget(self._news_label(self._campaign_text(campaign)))
        for incident in extras.incidents[:MAX_INCIDENTS]:
            self.incident_news.addWidget(self._news_label(self._incident_text(incident)))
        more = len(extras.incidents) - MAX_INCIDENTS
        if more > 0:
            text = (
                self.tr("y otra incidencia más")
                if more == 1
                else self.tr("y {n} incidencias más").format(n=more)
            )
            self.incident_news.addWidget(self._news_label(text))
        self.news_frame.show()

    def news_texts(self) -> list[str]:
        """What the card says of campaigns and incidents, line by line (as rich text)."""
        if self.news_frame.isHidden():
            return []
        return [
            widget.text()
            for layout in (self.campaign_news, self.incident_news)
            for i in range(layout.count())
            if (item := layout.itemAt(i)) is not None
            and isinstance(widget := item.widget(), QLabel)
        ]

    def _news_label(self, text: str) -> QLabel:
        news = QLabel(text)
        news.setWordWrap(True)
        news.setTextFormat(Qt.TextFormat.RichText)
        return news

    def _campaign_text(self, c: CampaignView) -> str:
        today = incident_ops.madrid_today(self._ctx)
        when = (
            self.tr("hasta el {d}").format(d=c.ends_on.strftime("%d/%m"))
            if c.starts_on <= today
            else self.tr("del {a} al {b}").format(
                a=c.starts_on.strftime("%d/%m"), b=c.ends_on.strftime("%d/%m")
            )
        )
        message = c.message if len(c.message) <= MESSAGE_CHARS else c.message[:MESSAGE_CHARS] + "…"
        text = self.tr("<b>Campaña {name}</b> · {when}").format(name=escape(c.name), when=when)
        return text + (f"<br><i>«{escape(message)}»</i>" if message else "")

    def _incident_text(self, i: IncidentView) -> str:
        status = escape(status_name(i.status))
        if i.status in (Status.WAITING_CUSTOMER, Status.WAITING_STORE, Status.RESOLVED):
            status = f"<span style='color:#8c3b5e'><b>{status}</b></span>"
        head = self.tr("Incidencia <b>{ref}</b> · {status} · {day}").format(
            ref=escape(i.reference),
            status=status,
            day=i.updated_at.astimezone().strftime("%d/%m/%Y"),
        )
        answer = (
            self.tr("Central: «{text}»").format(text=escape(i.last_answer))
            if i.last_answer
            else self.tr("Sin respuesta de la central todavía")
        )
        return f"{head}<br>{answer}"

    def find(self, text: str) -> None:
        """Search for `text` at once (a scanned card, or a test)."""
        self.search.setText(text)
        self._run_query()

    def _run_query(self) -> None:
        self._debounce.stop()
        self._query_no += 1
        number, query = self._query_no, self.search.text()
        if not query.strip():
            self.results.clear()
            self.hint.clear()
            return
        ops.identify_customer(
            self._ctx,
            query=query,
            success=lambda found: self._on_identified(number, found),
            failure=lambda exc: self._on_identify_failed(number, exc),
        )

    def _on_identified(self, number: int, found: Identification) -> None:
        if number != self._query_no:
            return  # a newer query is on its way
        self.results.clear()
        self.hint.clear()
        self._found_kind = found.kind
        if self.pending is not None:  # searching while a new member waits: show both
            self.results.setVisible(bool(found.hits))
        for hit in found.hits:
            phone = mask_phone(hit.phone) if hit.phone else ""
            badge = self.tr("socia") if hit.club_member else self.tr("no socia")
            item = QListWidgetItem(f"{hit.name}   ·   {badge}   ·   {phone}")
            item.setData(Qt.ItemDataRole.UserRole, hit.id)
            self.results.addItem(item)
        if not found.hits:
            self.hint.setText(self.tr("Ningún cliente encontrado."))
        elif found.kind is not MatchKind.NAME and len(found.hits) == 1:
            self.select(found.hits[0].id, identified=Identified.CARD)
        else:
            self.results.setCurrentRow(0)

    def _on_identify_failed(self, number: int, exc: BaseException) -> None:
        if number == self._query_no:
            self.results.clear()
            self.hint.setText(message_for(exc) or "")

    def _on_search_return_pressed(self) -> None:
        if self._debounce.isActive():
            self._run_query()
            return
        item = self.results.currentItem() or self.results.item(0)
        if item is not None:
            self._on_results_item_activated(item)

    def _on_results_item_activated(self, item: QListWidgetItem) -> None:
        # An exact key's hits (a phone two customers share) still identify; a name does not.
        by_name = self._found_kind is MatchKind.NAME
        self.select(
            item.data(Qt.ItemDataRole.UserRole),
            identified=Identified.NAME_SEARCH if by_name else Identified.CARD,
        )

    def select(self, customer_id: uuid.UUID, *, identified: Identified = Identified.ID) -> None:
        """Open a customer's card; `identified`: how they were found (default: from a record)."""
        ops.load_customer_card(
            self._ctx,
            customer_id=customer_id,
            success=lambda card: self._on_card_loaded(card, identified),
            failure=lambda exc: self.hint.setText(message_for(exc) or ""),
        )

    def refresh(self) -> None:
        if self.card is not None:
            self.select(self.card.id, identified=self.identified or Identified.ID)

    def _on_card_loaded(self, card: CustomerCard, identified: Identified) -> None:
        self._show_card(card)
        self.identified = identified
        self.customer_selected.emit(card)
        incident_ops.load_card_extras(
            self._ctx,
            customer_id=card.id,
            success=self._show_extras,
            failure=lambda exc: self.card_note.say_problem(message_for(exc) or ""),
        )

    def clear_customer(self) -> None:
        self._show_card(None)
        self.search.clear()
        self.results.clear()
        self.hint.clear()
        self.customer_cleared.emit()

    def show_pending(self, pending: PendingEnrolment | None) -> None:
        """Show the new member this sale enrols (None: back to searching)."""
        self._show_card(None)
        self.pending = pending
        self.pending_frame.setVisible(pending is not None)
        self.results.setVisible(pending is None)
        self.new_button.setVisible(pending is None)
        if pending is None:
            return
        self.search.clear()
        self.results.clear()
        self.hint.clear()
        self.pending_title.setText(self.tr("Nuevo socio/a: {name}").format(name=pending.name))
        reg = pending.registration
        contact = [format_phone(reg.phone) if reg.phone else "", reg.email or ""]
        given = ", ".join(purpose_name(p) for p, on in pending.consent.choices.items() if on)
        self.pending_details.setText(
            "\n".join(
                [
                    self.tr("Se dará de alta al cobrar esta venta, y sus puntos serán suyos."),
                    " · ".join(c for c in contact if c),
                    self.tr("Ha aceptado: {what}").format(what=given),
                    self.tr("Si la venta no se cobra, no se guarda nada."),
                ]
            )
        )

    def _show_card(self, card: CustomerCard | None) -> None:
        if card is None or self.card is None or card.id != self.card.id:
            self.card_note.clear()  # it spoke of the customer shown before
        if card is None or self.card is None or card.id != self.card.id:
            self._show_extras(None)  # they were the customer's shown before
        self.card = card
        self.identified = None  # until the caller says how this customer was found
        self.pending = None
        self.pending_frame.setVisible(False)
        self.card_frame.setVisible(card is not None)
        self.results.setVisible(card is None)
        self.new_button.setVisible(card is None)  # while searching: nobody found yet
        if card is None:
            return
        has_card = card.club_member and bool(card.card_number)
        self.print_card_button.setVisible(has_card)
        self.email_card_button.setVisible(has_card)
        self.join_button.setVisible(not card.club_member)
        self.name.setText(card.name)
        self.status.setText(self.tr("Socia del club") if card.club_member else self.tr("No socia"))
        self.status.setProperty("member", card.club_member)
        self.status.style().unpolish(self.status)
        self.status.style().polish(self.status)
        balance = card.points_balance
        self.balance.setText(signed(self.tr("%n punto(s)", "", abs(balance)), balance))
        first, second = [], []
        if card.card_number:
            first.append(self.tr("Tarjeta {n}").format(n=card.card_number))
        if card.phone:
            first.append(format_phone(card.phone))
        if card.email:
            second.append(card.email)
        if card.enrolled_on:
            second.append(
                self.tr("Socia desde {d}").format(d=card.enrolled_on.strftime("%d/%m/%Y"))
            )
        self.details.setText("\n".join(" · ".join(p) for p in (first, second) if p))
        alerts = [
            self.tr("Cumpleaños el {d}").format(d=a.detail)
            for a in card.alerts
            if a.kind == "birthday"
        ]
        self.alerts.setText("\n".join(alerts))
        self.alerts.setVisible(bool(alerts))
        self._show_reminders(card)
        staff = self._ctx.staff
        self.advice_button.setVisible(staff is not None and may_handle_skin_data(staff.role))
        self.purchases.setRowCount(len(card.last_purchases))
        for row, p in enumerate(card.last_purchases):
            values = (
                p.day.strftime("%d/%m/%Y"),
                p.summary or p.place,
                format_euros(p.total_cents),
                str(p.points),
            )
            for col, value in enumerate(values):
                cell = QTableWidgetItem(value)
                cell.setToolTip(f"{p.place} · {p.receipt_number}\n{p.summary}")
                if col >= 2:
                    cell.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.purchases.setItem(row, col, cell)
        self.purchases.resizeColumnsToContents()
        self.purchases.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
