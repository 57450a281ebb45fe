"""A customer's consents, from their card: the state now, every record, a change, a reprint
or an e-mail of a record's document.

"Cambiar elección" unlocks the boxes of the current state. Saving compares
them with the state: a withdrawal alone is saved at once, unsigned; giving a
purpose opens the consent form with just those purposes, to tick and sign.
The club's terms can only be withdrawn here (joining again is an enrolment,
with a purchase), and leaving the club withdraws the rest with it, as the
consent text says; a customer who is not a member can only withdraw.
Withdrawals count on this tablet at once and on every other after sync.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from loyalty_core.consent import PURPOSES, ConsentText, Purpose
from loyalty_core.signature import Signature
from pos_client.context import AppContext
from pos_client.documents.consent_texts import load_consent_text
from pos_client.services.consents import SignedConsent
from pos_client.services.customers import CustomerCard
from pos_client.ui import ops
from pos_client.ui.errors import message_for
from pos_client.ui.screens.enrolment.consent_dialog import ConsentDialog
from pos_client.ui.screens.enrolment.documents import MemberDocuments
from pos_client.ui.screens.enrolment.labels import purpose_name, record_kind
from pos_client.ui.widgets.confirm import ask
from pos_client.ui.widgets.note import NoteLabel

_FIXED_COLUMNS = 5  # date, store, staff, version, kind; then one column per purpose


class ConsentHistoryDialog(QDialog):
    def __init__(self, ctx: AppContext, card: CustomerCard, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.card = card
        self.overview: ops.ConsentOverview | None = None
        self.consent_dialog: ConsentDialog | None = None
        self.confirmation: QMessageBox | None = None
        self.message = NoteLabel()
        self.documents = MemberDocuments(ctx, self, self.message.say_problem, self._say)
        self.setWindowTitle(self.tr("Consentimientos de {name}").format(name=card.name))
        title = QLabel(
            self.tr("Consentimientos de {name}").format(name=card.name), objectName="dialogTitle"
        )
        title.setWordWrap(True)

        self.boxes: dict[Purpose, QCheckBox] = {}
        self.states: dict[Purpose, QLabel] = {}
        state = QGridLayout()
        state.setHorizontalSpacing(16)
        for row, purpose in enumerate(PURPOSES):
            box = QCheckBox(purpose_name(purpose), objectName="stateBox")
            box.setEnabled(False)
            box.toggled.connect(lambda _on, p=purpose: self._on_box_toggled(p))
            label = QLabel(objectName="stateLabel")
            self.boxes[purpose], self.states[purpose] = box, label
            state.addWidget(box, row, 0)
            state.addWidget(label, row, 1)
        state.setColumnStretch(2, 1)
        self.note = QLabel(objectName="hintLabel")
        self.note.setWordWrap(True)

        self.table = QTableWidget(0, _FIXED_COLUMNS + len(PURPOSES))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Fecha"),
                self.tr("Tienda"),
                self.tr("Atendió"),
                self.tr("Versión"),
                self.tr("Tipo"),
                *(purpose_name(p, short=True) for p in PURPOSES),
            ]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(44)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        legend = QLabel(
            self.tr("Sí: lo da · No: lo retira · —: sin cambios en ese registro"),
            objectName="hintLabel",
        )

        self.reprint_button = QPushButton(self.tr("Reimprimir"), objectName="actionButton")
        self.reprint_button.clicked.connect(self._on_reprint_clicked)
        self.email_button = QPushButton(self.tr("Enviar por e-mail"), objectName="actionButton")
        self.email_button.setToolTip(self.tr("Enviar el documento de este registro a su e-mail"))
        self.email_button.clicked.connect(self._on_email_clicked)
        self.change_button = QPushButton(self.tr("Cambiar elección"), objectName="actionButton")
        self.change_button.clicked.connect(self._on_change_clicked)
        self.save_button = QPushButton(self.tr("Guardar cambios"), objectName="payButton")
        self.save_button.clicked.connect(self._on_save_clicked)
        self.cancel_button = QPushButton(self.tr("Descartar cambios"))
        self.cancel_button.clicked.connect(self._leave_editing)
        close = QPushButton(self.tr("Cerrar"))
        close.clicked.connect(self.accept)
        for button in (
            self.reprint_button,
            self.email_button,
            self.change_button,
            self.save_button,
            self.cancel_button,
            close,
        ):
            button.setAutoDefault(False)
        buttons = QHBoxLayout()
        buttons.addWidget(close)
        buttons.addStretch(1)
        buttons.addWidget(self.reprint_button)
        buttons.addWidget(self.email_button)
        buttons.addWidget(self.change_button)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.save_button)

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(QLabel(self.tr("Situación actual"), objectName="sectionTitle"))
        layout.addLayout(state)
        layout.addWidget(self.note)
        layout.addWidget(self.message)
        layout.addWidget(QLabel(self.tr("Historial"), objectName="sectionTitle"))
        layout.addWidget(self.table, 1)
        layout.addWidget(legend)
        layout.addLayout(buttons)
        self.resize(1080, 700)
        self._editing = False
        self._set_editing(False)
        self.reload()

    # -- loading ------------------------------------------------------------------
    def reload(self) -> None:
        ops.load_consent_overview(
            self._ctx, customer_id=self.card.id, success=self._on_loaded, failure=self._fail
        )

    def _on_loaded(self, overview: ops.ConsentOverview) -> None:
        self.overview = overview
        self._show_state()
        records = overview.records
        self.table.setRowCount(len(records))
        for row, record in enumerate(records):
            store = (
                self._ctx.device.store_name
                if record.store_code == self._ctx.device.store_code
                else record.store_code
            )
            values = [
                record.signed_at.astimezone().strftime("%d/%m/%Y %H:%M"),
                store,
                record.staff_name,
                record.text_version,
                record_kind(record.kind),
            ]
            for purpose in PURPOSES:
                given = record.choices.get(purpose)
                values.append("—" if given is None else self.tr("Sí") if given else self.tr("No"))
            for col, value in enumerate(values):
                item = QTableWidgetItem(value)
                if col >= _FIXED_COLUMNS:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                if not record.document_here:
                    item.setToolTip(
                        self.tr(
                            "El documento firmado está en la central: disponible tras sincronizar"
                        )
                    )
                self.table.setItem(row, col, item)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        if records:
            self.table.selectRow(0)
        self._update_buttons()

    def _show_state(self) -> None:
        assert self.overview is not None
        for purpose, box in self.boxes.items():
            given = self.overview.state[purpose]
            box.blockSignals(True)
            box.setChecked(given)
            box.blockSignals(False)
            self.states[purpose].setText(self.tr("Dado") if given else self.tr("No dado"))
            self.states[purpose].setProperty("given", given)
            self.states[purpose].style().unpolish(self.states[purpose])
            self.states[purpose].style().polish(self.states[purpose])

    def _update_buttons(self) -> None:
        chosen = self._selected() is not None and not self._editing
        self.reprint_button.setEnabled(chosen)
        self.email_button.setEnabled(chosen)

    def _selected(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows and self.overview is not None else None

    # -- reprint ------------------------------------------------------------------
    def _on_reprint_clicked(self) -> None:
        row = self._selected()
        if row is not None and self.overview is not None:
            self.message.clear()
            self.documents.print_consent(self.overview.records[row].id)

    def _on_email_clicked(self) -> None:
        row = self._selected()
        if row is not None and self.overview is not None:
            self.documents.email_consent(self.card.id, self.overview.records[row].id)

    # -- changing -----------------------------------------------------------------
    def _on_change_clicked(self) -> None:
        self.message.clear()
        self._set_editing(True)

    def _leave_editing(self) -> None:
        if self.overview is not None:
            self._show_state()
        self._set_editing(False)

    def _set_editing(self, on: bool) -> None:
        self._editing = on
        self.change_button.setVisible(not on)
        self.save_button.setVisible(on)
        self.cancel_button.setVisible(on)
        self._apply_rules()
        self._update_buttons()

    def _on_box_toggled(self, purpose: Purpose) -> None:
        if purpose is Purpose.CLUB and not self.boxes[Purpose.CLUB].isChecked():
            for other, box in self.boxes.items():
                if other is not Purpose.CLUB:
                    box.setChecked(False)
        self._apply_rules()

    def _apply_rules(self) -> None:
        """Which boxes may change now, and why the others may not."""
        state = self.overview.state if self.overview is not None else {}
        member = bool(state.get(Purpose.CLUB))
        leaving = member and not self.boxes[Purpose.CLUB].isChecked()
        for purpose, box in self.boxes.items():
            given = bool(state.get(purpose))
            # The club's terms: withdraw only (joining again is an enrolment). The rest:
            # a member may change them unless leaving; anyone may withdraw what they gave.
            allowed = member if purpose is Purpose.CLUB else (not leaving if member else given)
            box.setEnabled(self._editing and allowed)
        if not self._editing:
            self.note.setText(
                self.tr(
                    "Retirar un consentimiento tiene efecto en esta tienda al guardarlo, y en "
                    "todas las demás en cuanto se sincronice."
                )
            )
        elif leaving:
            self.note.setText(
                self.tr(
                    "Darse de baja del club retira también todos los demás consentimientos. "
                    "La tarjeta y los puntos dejan de valer."
                )
            )
        elif not member:
            self.note.setText(
                self.tr(
                    "No es socio/a del club: aquí solo se puede retirar. Para volver a ser "
                    "socio/a, haga un alta nueva con una compra."
                )
            )
        else:
            self.note.setText(
                self.tr(
                    "Quitar una marca la retira sin firma. Marcar una nueva la da: "
                    "el cliente la leerá y firmará."
                )
            )

    def _changes(self) -> dict[Purpose, bool]:
        assert self.overview is not None
        return {
            purpose: box.isChecked()
            for purpose, box in self.boxes.items()
            if box.isChecked() != self.overview.state[purpose]
        }

    def _on_save_clicked(self) -> None:
        if self.overview is None:
            return
        changes = self._changes()
        if not changes:
            self._say(self.tr("No ha cambiado ninguna elección."))
            return
        try:
            text = load_consent_text(self.overview.language)
        except (LookupError, ValueError) as exc:
            self._fail(exc)
            return
        given = [p for p, on in changes.items() if on]
        if given:
            self._ask_signature(text, changes, given)
        elif changes.get(Purpose.CLUB) is False:
            self.confirmation = ask(
                self,
                title=self.tr("Baja del club"),
                text=self.tr(
                    "{name} dejará de ser socio/a del club y se retirarán todos sus "
                    "consentimientos. ¿Darle de baja?"
                ).format(name=self.card.name),
                yes=self.tr("Dar de baja"),
                no=self.tr("No, volver"),
                on_yes=lambda: self._save(text, changes, None),
            )
        else:
            self._save(text, changes, None)

    def _ask_signature(
        self, text: ConsentText, changes: dict[Purpose, bool], given: list[Purpose]
    ) -> None:
        """Giving consent is signed: the customer reads and ticks what they give, and signs."""

        def finish(consent: SignedConsent) -> SignedConsent:
            return consent

        dialog = self.consent_dialog = ConsentDialog(
            self._ctx, text, self.card.name, finish=finish, purposes=given, required=(), parent=self
        )

        def on_finished(result: int) -> None:
            signed = dialog.result_value
            if result == QDialog.DialogCode.Accepted and isinstance(signed, SignedConsent):
                ticked = {p: True for p, on in signed.choices.items() if on}
                withdrawn = {p: on for p, on in changes.items() if not on}
                self._save(text, withdrawn | ticked, signed.signature)
            dialog.deleteLater()

        dialog.finished.connect(on_finished)
        dialog.open()

    def _save(
        self, text: ConsentText, changes: dict[Purpose, bool], signature: Signature | None
    ) -> None:
        ops.change_consent(
            self._ctx,
            customer_id=self.card.id,
            changes=changes,
            text=text,
            signature=signature,
            success=self._on_saved,
            failure=self._fail,
        )

    def _on_saved(self, _consent_id: object) -> None:
        self._set_editing(False)
        self._say(
            self.tr(
                "Guardado. Ya cuenta en esta tienda; en las demás, en cuanto esta tableta "
                "sincronice."
            )
        )
        self.reload()

    def _say(self, text: str) -> None:
        self.message.say(text)

    def _fail(self, exc: BaseException) -> None:
        self.message.say_problem(message_for(exc) or "")
        self._ctx.cues.error()
