"""The manager's review list: what the offline mode could not settle alone, and deciding it.

One list (overdrafts, changes the server rejected, possible duplicates,
flagged sales, incidents head office is waiting on the store for) beside
the chosen entry's detail and the decisions that fit it. A decision is asked
once more (it goes to head office as a fact and cannot be taken back), then
recorded: the entry leaves the list. A rejected customer change can be
corrected in a small form and sent again; an incident is answered in a box.
Only a manager decides; anybody else sees the list and a line saying so.

The table (`review_table`), the detail (`review_detail`), the words
(`review_texts`) and the correction form (`correction_dialog`) live beside
this module; the dialog loads, asks and records.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from loyalty_core.roles import Role
from loyalty_core.wire import SettleAction
from pos_client.context import AppContext
from pos_client.services import review
from pos_client.services.customers import CustomerCard
from pos_client.services.review import ReviewEntry
from pos_client.ui import manager_ops, ops
from pos_client.ui.errors import message_for
from pos_client.ui.plurals import signed
from pos_client.ui.screens.manager.correction_dialog import CorrectionDialog
from pos_client.ui.screens.manager.review_detail import ReviewDetailPanel
from pos_client.ui.screens.manager.review_table import ReviewTable
from pos_client.ui.screens.manager.review_texts import ReviewTexts
from pos_client.ui.widgets.confirm import ask
from pos_client.ui.widgets.note import NoteLabel


class ReviewDialog(QDialog):
    """The review list; `settled` is emitted after each decision or answer."""

    settled = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.texts = ReviewTexts(self)
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

        self.table = ReviewTable(self.texts)
        self.table.row_chosen.connect(self._on_table_row_chosen)
        self.empty = QLabel(self.tr("No hay nada pendiente de revisar."), objectName="chartHint")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.hide()
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.table, 1)
        left_layout.addWidget(self.empty, 1)

        self.detail = ReviewDetailPanel(self.texts)
        self.detail.action_chosen.connect(self.decide)
        self.detail.answer_requested.connect(self.answer_incident)
        # The panel's widgets, under the names the dialog's callers (tests, screenshots) use.
        self.kind_title, self.facts = self.detail.kind_title, self.detail.facts
        self.action_buttons, self.action_rows = self.detail.action_buttons, self.detail.action_rows
        self.decision_title, self.note = self.detail.decision_title, self.detail.note
        self.answer, self.answer_button = self.detail.answer, self.detail.answer_button

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(self.detail)
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

    # -- the list --------------------------------------------------------------------
    def reload(self) -> None:
        manager_ops.load_review(self._ctx, success=self._on_loaded, failure=self._fail)

    def _on_loaded(self, listed: manager_ops.ReviewList) -> None:
        if not isValid(self):
            return  # closed (and deleted) while the list was read
        keep = self.current.key if self.current is not None else None
        entries = list(listed.entries)
        self.entries, self.names = entries, listed.names
        self.table.show_entries(entries, listed.names)
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
        self.table.select_quietly(row)  # shown once, below
        self._show_detail(self.entries[row])

    def _on_table_row_chosen(self, row: int) -> None:
        self._show_detail(self.entries[row])

    # -- the detail --------------------------------------------------------------------
    def _show_detail(self, entry: ReviewEntry | None) -> None:
        self.current = entry
        self.detail.show_entry(entry, names=self.names, may_decide=self.may_decide)
        if entry is not None and entry.customer_id is not None:
            self.detail.set_fact("customer", self.tr("Buscando…"))
            self._load_customer(entry.key, entry.customer_id)

    def _load_customer(self, key: str, customer_id: uuid.UUID) -> None:
        def shown(card: CustomerCard) -> None:
            if not isValid(self):
                return  # closed (and deleted) while the card was read
            if self.current is not None and self.current.key == key:
                balance = card.points_balance
                text = signed(
                    self.tr("{name} · saldo de %Ln punto(s)", "", abs(balance)), balance
                ).format(name=card.name)
                if card.card_number:
                    text += " · " + self.tr("tarjeta {card}").format(card=card.card_number)
                self.detail.set_fact("customer", text)

        def unknown(_exc: BaseException) -> None:
            if isValid(self) and self.current is not None and self.current.key == key:
                self.detail.set_fact("customer", self.tr("No está en esta tableta"))

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
        name = self.texts.action_name(action)
        self.confirm_box = ask(
            self,
            title=name,
            text=self.tr(
                "«{action}»: {subject}.\n\nLa decisión se envía a la central y no se puede "
                "deshacer. ¿Seguir?"
            ).format(action=name, subject=self.texts.subject_text(entry, self.names)),
            yes=name,
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
            what=self.texts.action_name(action)
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
            reason=self.texts.rejection_reason(entry.reason),
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
