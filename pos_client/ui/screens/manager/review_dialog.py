"""The manager's review list: what the offline mode could not settle alone, and deciding it.

One list (overdrafts, changes the server rejected, possible duplicates,
flagged sales, incidents head office is waiting on the store for) beside
the chosen entry's detail and the decisions that fit it. A decision is asked
once more (it goes to head office as a fact and cannot be taken back), then
recorded: the entry leaves the list. A rejected customer change can be
corrected in a small form and sent again; an incident is answered in a box.
Only a manager decides; anybody else sees the list and a line saying so.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Mapping

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from loyalty_core.duplicates import MatchReason
from loyalty_core.errors import UserFacingError
from loyalty_core.profile import MAX_LENGTH, BadProfileValue, normalise_field
from loyalty_core.roles import Role
from loyalty_core.wire import Entity, SettleAction
from pos_client.context import AppContext
from pos_client.services import review
from pos_client.services.customers import CustomerCard
from pos_client.services.review import ReviewEntry
from pos_client.ui import manager_ops, ops
from pos_client.ui.errors import message_for
from pos_client.ui.screens.enrolment import labels as enrolment_labels
from pos_client.ui.widgets.confirm import ask
from pos_client.ui.widgets.note import NoteLabel

ACTION_ORDER = (
    SettleAction.RECOVER,
    SettleAction.WRITE_OFF,
    SettleAction.RESENT,
    SettleAction.VOID,
    SettleAction.MERGE,
    SettleAction.NOT_DUPLICATE,
    SettleAction.CHECKED,
)
FIELD_ORDER = (
    "first_name",
    "last_names",
    "national_id",
    "phone",
    "email",
    "birth_date",
    "postal_code",
    "language",
    "gender",
)
ROW_HEIGHT = 48
SUBJECT_WIDTH = 230
"""The "about what" column's widest: a long name is cut (its tooltip has it whole)."""
_DAY = re.compile(r"^\s*(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})\s*$")


def local_time(entry: ReviewEntry) -> str:
    return entry.when.astimezone().strftime("%d/%m/%Y %H:%M")


class ReviewDialog(QDialog):
    """The review list; `settled` is emitted after each decision or answer."""

    settled = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.entries: list[ReviewEntry] = []
        self.names: Mapping[uuid.UUID, str] = {}
        self.current: ReviewEntry | None = None
        self.correction: CorrectionDialog | None = None
        self.confirm_box: QMessageBox | None = None
        self.setWindowTitle(self.tr("Pendientes de revisar"))
        title = QLabel(self.tr("Pendientes de revisar"), objectName="dialogTitle")
        self.read_only_line = QLabel(
            self.tr(
                "Solo la encargada o el encargado de la tienda decide estos casos: "
                "puede consultarlos, pero no cambiarlos."
            ),
            objectName="alertsArea",
            wordWrap=True,
        )
        self.read_only_line.setVisible(not self.may_decide)

        self.table = QTableWidget(0, 4, objectName="reviewTable")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Fecha"), self.tr("Tipo"), self.tr("Sobre"), self.tr("Motivo")]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(False)
        self.table.itemSelectionChanged.connect(self._on_table_selection_changed)
        self.empty = QLabel(self.tr("No hay nada pendiente de revisar."), objectName="chartHint")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.hide()
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.table, 1)
        left_layout.addWidget(self.empty, 1)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(self._detail_pane())
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([700, 520])

        self.message = NoteLabel()
        close = QPushButton(self.tr("Cerrar"))
        close.clicked.connect(self.accept)
        bottom = QHBoxLayout()
        bottom.addWidget(self.message, 1)
        bottom.addStretch(0)  # the buttons keep their size while the note is hidden
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.read_only_line)
        layout.addWidget(splitter, 1)
        layout.addLayout(bottom)
        self.resize(1240, 740)
        self._show_detail(None)
        self.reload()

    @property
    def may_decide(self) -> bool:
        staff = self._ctx.staff
        return staff is not None and staff.role == Role.MANAGER

    # -- building ------------------------------------------------------------------
    def _detail_pane(self) -> QWidget:
        self.detail = QFrame(objectName="customerCard")
        self.kind_title = QLabel(objectName="customerName", wordWrap=True)
        self.when_label = QLabel(objectName="hintLabel")
        self.nothing = QLabel(self.tr("Elija un caso de la lista."), objectName="hintLabel")
        facts = QGridLayout()
        facts.setColumnStretch(1, 1)
        self.facts: dict[str, tuple[QLabel, QLabel]] = {}
        for row, (key, caption) in enumerate(
            (
                ("subject", self.tr("Sobre")),
                ("customer", self.tr("Cliente")),
                ("reason", self.tr("Motivo")),
                ("detail", self.tr("Detalle")),
            )
        ):
            name = QLabel(caption, objectName="fieldCaption")
            value = QLabel(wordWrap=True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            facts.addWidget(name, row, 0, Qt.AlignmentFlag.AlignTop)
            facts.addWidget(value, row, 1)
            self.facts[key] = (name, value)

        self.decision_title = QLabel(self.tr("Decisión"), objectName="sectionTitle")
        self.action_buttons: dict[SettleAction, QPushButton] = {}
        self.action_rows: dict[SettleAction, QWidget] = {}
        actions = QVBoxLayout()
        actions.setSpacing(6)
        for action in ACTION_ORDER:
            holder = QWidget()
            line = QHBoxLayout(holder)
            line.setContentsMargins(0, 0, 0, 0)
            button = QPushButton(self.action_name(action), objectName="actionButton")
            button.setFixedWidth(280)  # one column of buttons, their hints beside
            button.clicked.connect(lambda _checked=False, a=action: self.decide(a))
            hint = QLabel(self.action_hint(action), objectName="hintLabel", wordWrap=True)
            line.addWidget(button)
            line.addWidget(hint, 1)
            actions.addWidget(holder)
            self.action_buttons[action] = button
            self.action_rows[action] = holder
        self.note_caption = QLabel(
            self.tr("Nota para la central (opcional)"), objectName="fieldCaption"
        )
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("Por qué se decide así…"))
        self.note.setMaxLength(500)

        self.answer_title = QLabel(self.tr("Respuesta a la central"), objectName="sectionTitle")
        self.answer = QPlainTextEdit(objectName="notesEdit")
        self.answer.setPlaceholderText(self.tr("Escriba lo que la central ha preguntado…"))
        self.answer.setMinimumHeight(110)
        self.answer_button = QPushButton(self.tr("Enviar respuesta"), objectName="primaryButton")
        self.answer_button.clicked.connect(self.answer_incident)

        column = QVBoxLayout(self.detail)
        column.addWidget(self.kind_title)
        column.addWidget(self.when_label)
        column.addWidget(self.nothing)
        column.addLayout(facts)
        column.addSpacing(8)
        column.addWidget(self.decision_title)
        column.addLayout(actions)
        column.addWidget(self.note_caption)
        column.addWidget(self.note)
        column.addWidget(self.answer_title)
        column.addWidget(self.answer)
        column.addWidget(self.answer_button, 0, Qt.AlignmentFlag.AlignRight)
        column.addStretch(1)
        scroll = QScrollArea(objectName="formScroll")
        scroll.setWidget(self.detail)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setMinimumWidth(440)
        return scroll

    # -- words -----------------------------------------------------------------------
    def kind_name(self, kind: str, *, short: bool = False) -> str:
        if short:
            brief = {
                review.OVERDRAFT: self.tr("Saldo negativo"),
                review.REJECTED: self.tr("Cambio rechazado"),
                review.DUPLICATE: self.tr("Posible duplicado"),
                "flagged_sale": self.tr("Venta a revisar"),
                review.INCIDENT: self.tr("Incidencia"),
            }
            return brief.get(kind, kind)
        names = {
            review.OVERDRAFT: self.tr("Saldo de puntos en negativo"),
            review.REJECTED: self.tr("Cambio rechazado"),
            review.DUPLICATE: self.tr("Posible cliente duplicado"),
            "flagged_sale": self.tr("Venta a revisar"),
            review.INCIDENT: self.tr("Incidencia: la central espera respuesta"),
        }
        return names.get(kind, kind)

    def action_name(self, action: SettleAction) -> str:
        names = {
            SettleAction.RECOVER: self.tr("Recuperar con compras futuras"),
            SettleAction.WRITE_OFF: self.tr("Asumir el descubierto"),
            SettleAction.VOID: self.tr("Anular"),
            SettleAction.RESENT: self.tr("Corregir y reenviar"),
            SettleAction.MERGE: self.tr("Fusionar"),
            SettleAction.NOT_DUPLICATE: self.tr("Son personas distintas"),
            SettleAction.CHECKED: self.tr("Revisado"),
        }
        return names[action]

    def action_hint(self, action: SettleAction) -> str:
        hints = {
            SettleAction.RECOVER: self.tr(
                "Los puntos de sus próximas compras cubren el saldo; hasta entonces no canjea."
            ),
            SettleAction.WRITE_OFF: self.tr("La cadena asume lo que falta: el saldo vuelve a 0."),
            SettleAction.VOID: self.tr("El cambio no se aplicará nunca."),
            SettleAction.RESENT: self.tr("Corrija los datos y se envían de nuevo."),
            SettleAction.MERGE: self.tr("Son la misma persona: sus fichas se unen en una."),
            SettleAction.NOT_DUPLICATE: self.tr("Se parecen, pero son dos clientes."),
            SettleAction.CHECKED: self.tr("Visto y resuelto en la tienda."),
        }
        return hints[action]

    def entity_name(self, entity: str) -> str:
        names: dict[str, str] = {
            Entity.SALE: self.tr("Venta"),
            Entity.LEDGER_ENTRY: self.tr("Movimiento de puntos"),
            Entity.CUSTOMER: self.tr("Datos de cliente"),
            Entity.CONSENT: self.tr("Consentimiento"),
            Entity.MAIL: self.tr("Envío por e-mail"),
            Entity.MEMBER_CARD: self.tr("Tarjeta de socio"),
            Entity.DIAGNOSTIC: self.tr("Diagnóstico de piel"),
            Entity.HABITS: self.tr("Hábitos"),
            Entity.REDEMPTION: self.tr("Canje de regalo"),
            Entity.REDEMPTION_CANCEL: self.tr("Anulación de canje"),
            Entity.GIFT_STOCK: self.tr("Stock de regalos"),
            Entity.SETTLEMENT: self.tr("Decisión de revisión"),
            Entity.INCIDENT: self.tr("Incidencia"),
            Entity.INCIDENT_NOTE: self.tr("Nota de incidencia"),
            Entity.CAMPAIGN_RESPONSE: self.tr("Respuesta a campaña"),
            Entity.STAFF_PIN: self.tr("PIN de personal"),
            Entity.TILL_SALE: self.tr("Venta del TPV"),
        }
        return names.get(entity, entity)

    def rejection_reason(self, code: str) -> str:
        """Why the server refused a change, in words (the server's own codes)."""
        reasons = {
            "bad_value": self.tr("Un dato no es válido"),
            "malformed": self.tr("El cambio llegó incompleto o mal formado"),
            "wrong_store": self.tr("Es de otra tienda"),
            "wrong_device": self.tr("Es de otra tableta"),
            "not_allowed": self.tr("El perfil de quien lo hizo no lo permite"),
            "dependency_rejected": self.tr("Dependía de otro cambio que se rechazó"),
            "hash_mismatch": self.tr("El cambio llegó dañado"),
            "entity_mismatch": self.tr("El cambio llegó dañado"),
            "bad_clock": self.tr("La hora de la tableta no era válida"),
            "unsupported_version": self.tr(
                "La central ya no admite esta versión de la aplicación: actualícela"
            ),
            "unknown_gift": self.tr("El regalo ya no existe en el catálogo"),
            "unknown_campaign": self.tr("La campaña ya no existe"),
            "unknown_staff": self.tr("La central no conoce a esa persona del personal"),
            "bad_pin_hash": self.tr("El PIN no se guardó de forma segura"),
            "key_reuse": self.tr("El cambio reutilizaba un identificador ya usado"),
        }
        return reasons.get(code, code or self.tr("Sin motivo indicado"))

    def flag_name(self, flag: str) -> str:
        names = {
            "totals_mismatch": self.tr("los totales no cuadran"),
            "payments_mismatch": self.tr("los pagos no suman el total"),
            "unknown_product": self.tr("un producto que la central no conoce"),
            "price_differs": self.tr("un precio distinto del catálogo"),
            "discount_over_limit": self.tr("un descuento mayor del permitido"),
            "points_mismatch": self.tr("puntos distintos de los que da la regla"),
            "staff_unknown": self.tr("hecha con un código de personal desconocido"),
            "staff_disabled": self.tr("hecha con un código de personal dado de baja"),
        }
        return names.get(flag, flag)

    def subject_text(self, entry: ReviewEntry) -> str:
        if entry.kind == review.DUPLICATE:
            names = entry.detail.get("names")
            if isinstance(names, list) and names:
                return " / ".join(str(n) for n in names)
        if entry.kind == "flagged_sale" and entry.subject:
            return self.tr("Ticket {number}").format(number=entry.subject)
        if entry.kind == review.INCIDENT:
            return entry.subject  # its reference: the kind already says it is an incident
        if entry.subject in {str(e) for e in Entity}:
            return self.entity_name(entry.subject)
        name = self.names.get(entry.customer_id) if entry.customer_id is not None else None
        if not entry.subject and name:
            return name  # an overdraft is about its customer
        return entry.subject or "—"

    def reason_text(self, entry: ReviewEntry) -> str:
        """The entry's reason in words: a balance, the flags, the matches, the server's code."""
        if entry.kind == review.OVERDRAFT:
            try:
                balance = int(entry.reason)
            except ValueError:
                return entry.reason
            return self.tr("Saldo de {points} puntos").format(points=balance)
        if entry.kind == "flagged_sale":
            flags = entry.detail.get("flags")
            words = [self.flag_name(str(f)) for f in flags] if isinstance(flags, list) else []
            text = ", ".join(words) or entry.reason
            return text[:1].upper() + text[1:]
        if entry.kind == review.DUPLICATE:
            reasons = entry.detail.get("reasons")
            known = {str(r) for r in MatchReason}
            words = [
                enrolment_labels.reason_name(MatchReason(r)) if r in known else str(r)
                for r in (reasons if isinstance(reasons, list) else [])
            ]
            return self.tr("Coinciden: {reasons}").format(reasons=", ".join(words) or "—")
        if entry.kind == review.REJECTED:
            return self.rejection_reason(entry.reason)
        return entry.reason

    # -- the list --------------------------------------------------------------------
    def reload(self) -> None:
        manager_ops.load_review(self._ctx, success=self._on_loaded, failure=self._fail)

    def _on_loaded(self, listed: manager_ops.ReviewList) -> None:
        if not isValid(self):
            return  # closed (and deleted) while the list was read
        keep = self.current.key if self.current is not None else None
        entries = list(listed.entries)
        self.entries, self.names = entries, listed.names
        self.table.blockSignals(True)
        self.table.setRowCount(len(entries))
        for i, entry in enumerate(entries):
            reason = self.reason_text(entry)
            cells = (
                local_time(entry),
                self.kind_name(entry.kind, short=True),
                self.subject_text(entry),
                reason if len(reason) <= 90 else reason[:89] + "…",
            )
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(reason if col == 3 else text)
                self.table.setItem(i, col, item)
        self.table.blockSignals(False)
        header = self.table.horizontalHeader()
        self.table.resizeColumnsToContents()
        self.table.setColumnWidth(2, min(self.table.columnWidth(2), SUBJECT_WIDTH))
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.setVisible(bool(entries))
        self.empty.setVisible(not entries)
        keys = [e.key for e in entries]
        if keep in keys:
            self.select_entry(keep)
        elif entries:
            self.select_entry(entries[0].key)
        else:
            self._show_detail(None)

    def keys(self) -> list[str]:
        """The entries listed, top to bottom (their keys)."""
        return [e.key for e in self.entries]

    def select_entry(self, key: str) -> None:
        row = self.keys().index(key)
        self.table.blockSignals(True)  # shown once, below
        self.table.selectRow(row)
        self.table.blockSignals(False)
        self._show_detail(self.entries[row])

    def _on_table_selection_changed(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            self._show_detail(self.entries[rows[0].row()])

    # -- the detail --------------------------------------------------------------------
    def _show_detail(self, entry: ReviewEntry | None) -> None:
        if (entry and entry.key) != (self.current and self.current.key):
            self.note.clear()  # a note is for the case it was written on
            self.answer.clear()
        self.current = entry
        chosen = entry is not None
        self.nothing.setVisible(not chosen)
        for widget in (self.kind_title, self.when_label):
            widget.setVisible(chosen)
        if entry is None:
            for name, value in self.facts.values():
                name.hide()
                value.hide()
            hidden = (self.decision_title, self.note_caption, self.note)
            for widget in (*hidden, self.answer_title, self.answer):
                widget.hide()
            self.answer_button.hide()
            for row in self.action_rows.values():
                row.hide()
            return
        self.kind_title.setText(self.kind_name(entry.kind))
        self.when_label.setText(local_time(entry))
        subject = self.subject_text(entry)
        about_customer = entry.customer_id is not None and subject == self.names.get(
            entry.customer_id
        )
        self._set_fact("subject", "" if subject == "—" or about_customer else subject)
        self._set_fact("reason", self._long_reason(entry))
        self._set_fact("detail", self._detail_text(entry))
        self._set_fact("customer", self.tr("Buscando…") if entry.customer_id else "")
        if entry.customer_id is not None:
            self._load_customer(entry.key, entry.customer_id)
        incident = entry.kind == review.INCIDENT
        decide = self.may_decide
        self.decision_title.setVisible(bool(entry.actions))
        for action, row in self.action_rows.items():
            row.setVisible(action in entry.actions)
            self.action_buttons[action].setEnabled(decide)
        for widget in (self.note_caption, self.note):
            widget.setVisible(bool(entry.actions) and decide)
        for widget in (self.answer_title, self.answer, self.answer_button):
            widget.setVisible(incident)
        self.answer.setReadOnly(not decide)
        self.answer_button.setEnabled(decide)

    def _set_fact(self, key: str, text: str) -> None:
        name, value = self.facts[key]
        value.setText(text)
        name.setVisible(bool(text))
        value.setVisible(bool(text))

    def _long_reason(self, entry: ReviewEntry) -> str:
        if entry.kind == review.INCIDENT:
            return self.tr("La central pregunta: «{question}»").format(question=entry.reason or "—")
        return self.reason_text(entry)

    def _detail_text(self, entry: ReviewEntry) -> str:
        if entry.kind == review.OVERDRAFT:
            points = entry.detail.get("points")
            if isinstance(points, int):
                return self.tr(
                    "Un canje de {points} puntos, hecho sin conexión, lo dejó en negativo."
                ).format(points=abs(points))
        if entry.kind == review.REJECTED:
            message = str(entry.detail.get("message") or "")
            if message:
                return self.tr("Mensaje de la central: {message}").format(message=message)
        return ""

    def _load_customer(self, key: str, customer_id: uuid.UUID) -> None:
        def shown(card: CustomerCard) -> None:
            if not isValid(self):
                return  # closed (and deleted) while the card was read
            if self.current is not None and self.current.key == key:
                text = self.tr("{name} · saldo {points} puntos").format(
                    name=card.name, points=card.points_balance
                )
                if card.card_number:
                    text += " · " + self.tr("tarjeta {card}").format(card=card.card_number)
                self._set_fact("customer", text)

        def unknown(_exc: BaseException) -> None:
            if isValid(self) and self.current is not None and self.current.key == key:
                self._set_fact("customer", self.tr("No está en esta tableta"))

        ops.load_customer_card(self._ctx, customer_id=customer_id, success=shown, failure=unknown)

    # -- deciding ----------------------------------------------------------------------
    def decide(self, action: SettleAction) -> None:
        """Ask once more, then record the decision on the chosen entry."""
        entry = self.current
        if entry is None or not self.may_decide or action not in entry.actions:
            return
        if action == SettleAction.RESENT:
            self.open_correction()
            return
        note = self.note.text()
        self.confirm_box = ask(
            self,
            title=self.action_name(action),
            text=self.tr(
                "«{action}»: {subject}.\n\nLa decisión se envía a la central y no se puede "
                "deshacer. ¿Seguir?"
            ).format(action=self.action_name(action), subject=self.subject_text(entry)),
            yes=self.action_name(action),
            no=self.tr("Volver"),
            on_yes=lambda: self._settle(entry, action, note),
        )

    def _settle(self, entry: ReviewEntry, action: SettleAction, note: str) -> None:
        manager_ops.settle(
            self._ctx,
            entry=entry,
            action=action,
            note=note,
            success=lambda _none: self._on_settled(self.decided_text(action)),
            failure=self._fail,
        )

    def decided_text(self, action: SettleAction) -> str:
        return self.tr("Hecho: «{what}». Se enviará a la central al sincronizar.").format(
            what=self.action_name(action)
        )

    def _on_settled(self, text: str) -> None:
        self.message.say(text)
        self.settled.emit()
        self.reload()

    def open_correction(self) -> None:
        entry = self.current
        if entry is None or not entry.correctable:
            return
        self.correction = CorrectionDialog(
            self._ctx,
            entry,
            reason=self.rejection_reason(entry.reason),
            note=self.note.text(),
            parent=self,
        )
        self.correction.resent.connect(
            lambda _id: self._on_settled(self.decided_text(SettleAction.RESENT))
        )
        self.correction.open()

    def answer_incident(self) -> None:
        entry = self.current
        if entry is None or entry.kind != review.INCIDENT or not self.may_decide:
            return
        manager_ops.add_incident_note(
            self._ctx,
            incident_id=uuid.UUID(str(entry.detail["incident_id"])),
            text=self.answer.toPlainText(),
            success=lambda _view: self._on_settled(
                self.tr("Respuesta guardada: se enviará a la central al sincronizar.")
            ),
            failure=self._fail,
        )

    def _fail(self, exc: BaseException) -> None:
        self.message.say_problem(self._answer_problem(exc) or message_for(exc) or "")
        self._ctx.cues.error()

    def _answer_problem(self, exc: BaseException) -> str | None:
        """An answer the incident cannot take, in words (loyalty_core.incidents' codes)."""
        code = getattr(exc, "code", "")
        if code == "answer_required":
            return self.tr("Escriba la respuesta antes de enviarla.")
        if code == "answer_too_long":
            return self.tr("La respuesta es demasiado larga: acórtela.")
        if code == "answer_bad_characters":
            return self.tr("La respuesta lleva caracteres que no se pueden enviar.")
        return None


class CorrectionDialog(QDialog):
    """The values a rejected customer change carried, to correct; each problem under its field."""

    resent = Signal(object)  # the new change's id

    def __init__(
        self,
        ctx: AppContext,
        entry: ReviewEntry,
        *,
        reason: str,
        note: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._ctx, self.entry, self._note = ctx, entry, note
        self.setWindowTitle(self.tr("Corregir y reenviar"))
        title = QLabel(self.tr("Corregir y reenviar"), objectName="dialogTitle")
        why = QLabel(
            self.tr("La central lo rechazó: {reason}. Corrija el dato y vuelva a enviarlo.").format(
                reason=reason[:1].lower() + reason[1:]
            ),
            wordWrap=True,
        )
        self.fields: dict[str, QLineEdit | QComboBox] = {}
        self.errors: dict[str, QLabel] = {}
        grid = QGridLayout()
        grid.setColumnStretch(1, 1)
        grid.setVerticalSpacing(2)
        captions = self._captions()
        row = 0
        for name in (n for n in FIELD_ORDER if n in entry.correctable):
            field = self._field(name, entry.correctable[name])
            error = QLabel(objectName="fieldError", wordWrap=True)
            error.hide()
            grid.addWidget(QLabel(captions[name], objectName="fieldCaption"), row, 0)
            grid.addWidget(field, row, 1)
            grid.addWidget(error, row + 1, 1)
            self.fields[name], self.errors[name] = field, error
            row += 2
        self.message = NoteLabel()
        cancel = QPushButton(self.tr("Cancelar"))
        cancel.clicked.connect(self.reject)
        self.send_button = QPushButton(self.tr("Reenviar corregido"), objectName="primaryButton")
        self.send_button.clicked.connect(self.send)
        buttons = QHBoxLayout()
        buttons.addWidget(self.message, 1)
        buttons.addStretch(0)
        buttons.addWidget(cancel)
        buttons.addWidget(self.send_button)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(why)
        layout.addLayout(grid)
        layout.addStretch(1)
        layout.addLayout(buttons)
        self.resize(720, 640)
        self.check()  # what is wrong shows at once, under its field
        wrong = [n for n, label in self.errors.items() if not label.isHidden()]
        if wrong:
            self.fields[wrong[0]].setFocus()

    def _captions(self) -> dict[str, str]:
        return {
            "first_name": self.tr("Nombre"),
            "last_names": self.tr("Apellidos"),
            "national_id": self.tr("DNI/NIE"),
            "phone": self.tr("Teléfono"),
            "email": self.tr("E-mail"),
            "birth_date": self.tr("Fecha de nacimiento"),
            "postal_code": self.tr("Código postal"),
            "language": self.tr("Idioma"),
            "gender": self.tr("Género"),
        }

    def _field(self, name: str, value: str | None) -> QLineEdit | QComboBox:
        if name in ("language", "gender"):
            combo = QComboBox()
            if name == "gender":
                combo.addItem(self.tr("— sin indicar —"), None)
                for code, text in enrolment_labels.GENDERS:
                    combo.addItem(enrolment_labels.tr(str(text)), code)
            else:
                for code, text in enrolment_labels.LANGUAGES:
                    combo.addItem(text, code)
            if value is not None and combo.findData(value) < 0:
                combo.addItem(value, value)  # what was sent, even if it is not an option
            combo.setCurrentIndex(max(0, combo.findData(value)))
            return combo
        text = value or ""
        if name == "birth_date" and value:
            parts = value.split("-")
            if len(parts) == 3 and all(p.isdigit() for p in parts):
                text = f"{parts[2]}/{parts[1]}/{parts[0]}"
        edit = QLineEdit(text)
        edit.setObjectName(f"field_{name}")
        if name == "birth_date":
            edit.setPlaceholderText(self.tr("dd/mm/aaaa"))
        return edit

    def values(self) -> dict[str, str | None]:
        """The form's values as the service takes them (a date as yyyy-mm-dd)."""
        out: dict[str, str | None] = {}
        for name, field in self.fields.items():
            if isinstance(field, QComboBox):
                out[name] = field.currentData()
                continue
            text = field.text().strip()
            day = _DAY.match(text) if name == "birth_date" else None
            if day is not None:
                text = f"{day[3]}-{int(day[2]):02d}-{int(day[1]):02d}"
            out[name] = text or None
        return out

    def check(self) -> bool:
        """Show each value's problem under it; True when none has one."""
        ok = True
        for name, value in self.values().items():
            try:
                normalise_field(name, value)
            except BadProfileValue as exc:
                self.show_problem(name, exc)
                ok = False
            else:
                self.show_problem(name, None)
        return ok

    def show_problem(self, name: str, exc: BadProfileValue | None) -> None:
        label, field = self.errors[name], self.fields[name]
        text = "" if exc is None else self.problem_text(name, exc)
        label.setText(text)
        label.setVisible(bool(text))
        field.setProperty("invalid", bool(text))
        field.style().unpolish(field)
        field.style().polish(field)

    def problem_text(self, name: str, exc: BadProfileValue) -> str:
        """A value's problem in words: the counter's own sentence when there is one."""
        cause = exc.__context__
        if isinstance(cause, UserFacingError):
            return message_for(cause) or str(exc)
        text = str(exc)
        if "cannot be empty" in text:
            return self.tr("Este dato es obligatorio.")
        if "longer than" in text:
            return self.tr("Demasiado largo: caben {limit} caracteres.").format(
                limit=MAX_LENGTH.get(name, 0)
            )
        if "control characters" in text:
            return self.tr("Lleva caracteres que no se pueden guardar: escríbalo de nuevo.")
        if name == "birth_date":
            return self.tr("Escriba la fecha como día/mes/año, por ejemplo 14/03/1991.")
        if name == "postal_code":
            return self.tr("Un código postal son 5 cifras, por ejemplo 08007.")
        if name in ("language", "gender"):
            return self.tr("Elija una de las opciones de la lista.")
        return self.tr("Revise este dato.")

    def send(self) -> None:
        if not self.check():
            self.message.say_problem(self.tr("Corrija los datos marcados."))
            self._ctx.cues.error()
            return
        self.send_button.setEnabled(False)
        manager_ops.resend_corrected(
            self._ctx,
            entry=self.entry,
            values=self.values(),
            note=self._note,
            success=self._on_resent,
            failure=self._on_failed,
        )

    def _on_resent(self, change_id: uuid.UUID) -> None:
        self.resent.emit(change_id)
        self.accept()

    def _on_failed(self, exc: BaseException) -> None:
        self.send_button.setEnabled(True)
        if isinstance(exc, BadProfileValue):
            name = _field_named(str(exc), self.fields)
            if name is not None:
                self.show_problem(name, exc)
                return
        self.message.say_problem(message_for(exc) or "")
        self._ctx.cues.error()


def _field_named(text: str, fields: Mapping[str, object]) -> str | None:
    """The field a `BadProfileValue` message is about ('phone: ...', 'postal code ...')."""
    head = text.split(":", 1)[0].split(" ", 1)[0]
    if head in fields:
        return head
    spaced = text.replace(" ", "_")
    return next((name for name in fields if spaced.startswith(name)), None)
