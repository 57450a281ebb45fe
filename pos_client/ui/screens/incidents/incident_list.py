"""The store's open incidents: where each stands, head office's last answer, a note back.

Opened from the customer card ("Ver todas") or the counter's toolbar. A
row shows what happened and every answer and note so far; the store may
write a note to head office (its answer when head office waits for the
store). "Abrir ficha" opens the incident's customer at the counter.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from loyalty_core.incidents import Status
from pos_client.context import AppContext
from pos_client.services.incidents import IncidentView, StoreIncident
from pos_client.ui import incident_ops
from pos_client.ui.errors import message_for
from pos_client.ui.screens.incidents import category_name, priority_name, status_name
from pos_client.ui.widgets.note import NoteLabel


def local_day(view: IncidentView) -> str:
    return view.updated_at.astimezone().strftime("%d/%m/%Y")


class IncidentListDialog(QDialog):
    """`customer_chosen(id)` opens a customer's card; `new_incident_requested` a blank incident."""

    customer_chosen = Signal(object)  # uuid.UUID
    new_incident_requested = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.rows: list[StoreIncident] = []
        self.setWindowTitle(self.tr("Incidencias de la tienda"))
        self.status = QLabel(self.tr("Buscando…"), objectName="hintLabel")
        self.status.setWordWrap(True)
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Referencia"),
                self.tr("Cliente"),
                self.tr("Estado"),
                self.tr("Última respuesta de la central"),
                self.tr("Actualizada"),
            ]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setMinimumSectionSize(44)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(True)
        self.table.itemSelectionChanged.connect(self._show_selected)
        self.detail = QLabel(objectName="customerDetails")
        self.detail.setWordWrap(True)
        self.detail.setTextFormat(Qt.TextFormat.RichText)
        self.detail.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.note_field = QLineEdit()
        self.note_field.setPlaceholderText(self.tr("Nota para la central sobre esta incidencia"))
        self.note_field.returnPressed.connect(self.send_note)
        self.send_button = QPushButton(self.tr("Enviar nota"), objectName="actionButton")
        self.send_button.clicked.connect(self.send_note)
        self.note = NoteLabel()
        note_row = QHBoxLayout()
        note_row.addWidget(self.note_field, 1)
        note_row.addWidget(self.send_button)
        new = QPushButton(self.tr("Nueva incidencia"), objectName="actionButton")
        new.clicked.connect(self._on_new_clicked)
        self.card_button = QPushButton(self.tr("Abrir ficha"), objectName="actionButton")
        self.card_button.clicked.connect(self._on_card_clicked)
        close = QPushButton(self.tr("Cerrar"))
        close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(close)
        buttons.addStretch(1)
        buttons.addWidget(new)
        buttons.addWidget(self.card_button)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Incidencias abiertas"), objectName="dialogTitle"))
        layout.addWidget(self.status)
        layout.addWidget(self.table, 3)
        layout.addWidget(self.detail, 2)
        layout.addLayout(note_row)
        layout.addWidget(self.note)
        layout.addLayout(buttons)
        self.resize(1180, 680)
        self._show_selected()
        self.reload()

    def reload(self) -> None:
        incident_ops.load_store_incidents(self._ctx, success=self._on_loaded, failure=self._failed)

    def _on_loaded(self, rows: list[StoreIncident]) -> None:
        chosen = self.selected()
        self.rows = rows
        waiting = sum(1 for r in rows if r.view.status == Status.WAITING_STORE)
        parts = [self.tr("%n incidencia(s) abierta(s).", "", len(rows))]
        if waiting:
            parts.append(self.tr("%n espera(n) respuesta de la tienda.", "", waiting))
        self.status.setText(
            " ".join(parts) if rows else self.tr("No hay incidencias abiertas en esta tienda.")
        )
        self.table.setRowCount(len(rows))
        for row, item in enumerate(rows):
            v = item.view
            values = (
                v.reference,
                item.customer_name or "—",
                status_name(v.status),
                v.last_answer or "—",
                local_day(v),
            )
            for column, text in enumerate(values):
                cell = QTableWidgetItem(text)
                cell.setData(Qt.ItemDataRole.UserRole, v.id)
                self.table.setItem(row, column, cell)
        self.table.resizeColumnsToContents()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.resizeRowsToContents()
        ids = [r.view.id for r in rows]
        if chosen is not None and chosen.view.id in ids:
            self.table.selectRow(ids.index(chosen.view.id))
        elif rows:
            self.table.selectRow(0)
        self._show_selected()

    def selected(self) -> StoreIncident | None:
        row = self.table.currentRow()
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def _show_selected(self) -> None:
        item = self.selected()
        self.send_button.setEnabled(item is not None)
        self.note_field.setEnabled(item is not None)
        self.card_button.setEnabled(item is not None and item.customer_id is not None)
        if item is None:
            self.detail.clear()
            return
        v = item.view
        head = " · ".join(
            part
            for part in (
                category_name(v.category),
                self.tr("prioridad {p}").format(p=priority_name(v.priority).lower()),
                v.product_name,
                self.tr("ticket {n}").format(n=v.receipt_number) if v.receipt_number else "",
                self.tr("abierta el {d}").format(d=v.opened_at.astimezone().strftime("%d/%m/%Y")),
            )
            if part
        )
        lines = [f"<b>{_html(v.reference)}</b> · {_html(head)}", _html(v.description)]
        for event in v.events:
            who = self.tr("Tienda") if event.get("from_store") else self.tr("Central")
            status = event.get("status")
            said = _html(str(event.get("note") or ""))
            change = f" → {_html(status_name(str(status)))}" if status else ""
            lines.append(f"<i>{_html(_day(event.get('at')))} {who}{change}</i> {said}")
        self.detail.setText("<br>".join(lines))

    def send_note(self) -> None:
        item = self.selected()
        text = self.note_field.text()
        if item is None or not text.strip():
            return
        self.send_button.setEnabled(False)
        incident_ops.add_note(
            self._ctx,
            incident_id=item.view.id,
            text=text,
            success=self._on_note_sent,
            failure=self._failed,
        )

    def _on_note_sent(self, _view: IncidentView) -> None:
        self.note_field.clear()
        self.note.say(
            self.tr("Nota guardada: se envía a la central con la próxima sincronización.")
        )
        self.reload()

    def _failed(self, exc: BaseException) -> None:
        self.send_button.setEnabled(self.selected() is not None)
        self.note.say_problem(message_for(exc) or "")

    def _on_new_clicked(self) -> None:
        self.new_incident_requested.emit()
        self.accept()

    def _on_card_clicked(self) -> None:
        item = self.selected()
        if item is not None and item.customer_id is not None:
            self.customer_chosen.emit(item.customer_id)
            self.accept()


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _day(at: object) -> str:
    text = str(at or "")
    return f"{text[8:10]}/{text[5:7]}/{text[:4]}" if len(text) >= 10 else text
