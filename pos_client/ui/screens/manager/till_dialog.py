"""Bringing in the sales of the store's till (TPV) from its export file: preview, then import.

The file is chosen (or given, in tests), read on the I/O pool and previewed
on the store thread: its tickets with the member each one goes to (or why
none), their points, which ones this tablet has already, and every refused
row with its line number and why, in words. "Importar" queues the tickets
not imported yet and says what it did; the same file again brings in
nothing new, and says so.
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from loyalty_core.money import format_euros
from loyalty_core.till_import import Rejection, RejectReason
from pos_client.context import AppContext
from pos_client.services.till_import import (
    MemberMatch,
    TicketPreview,
    TillImportReport,
    TillPreview,
    may_import,
)
from pos_client.ui import manager_ops
from pos_client.ui.errors import message_for
from pos_client.ui.widgets.note import NoteLabel

TAB_TICKETS, TAB_REJECTED = range(2)
DONE_BEFORE = QColor("#888888")
_LINE = re.compile(r"line (\d+)")


def points(n: int) -> str:
    """A whole number as the interface's language writes it, like the `%Ln` messages."""
    return QLocale().toString(n)


class TillDialog(QDialog):
    """The till import screen; `preview` and `report` hold what it shows."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.preview: TillPreview | None = None
        self.report: TillImportReport | None = None
        self._data: bytes | None = None
        self._file_name = ""
        self.setWindowTitle(self.tr("Importar ventas del TPV"))
        title = QLabel(self.tr("Importar ventas del TPV"), objectName="dialogTitle")
        intro = QLabel(
            self.tr(
                "Elija el archivo que exporta el TPV. Antes de importar verá qué tickets "
                "entran, a qué socio van sus puntos y qué filas se rechazan."
            ),
            objectName="hintLabel",
            wordWrap=True,
        )
        staff = ctx.staff
        self.allowed = staff is not None and may_import(staff.role)
        self.not_allowed_line = QLabel(
            self.tr(
                "Importan las ventas del TPV la encargada y el personal de caja: "
                "puede ver el archivo, pero no importarlo."
            ),
            objectName="alertsArea",
            wordWrap=True,
        )
        self.not_allowed_line.setVisible(not self.allowed)
        self.choose_button = QPushButton(self.tr("Elegir archivo…"), objectName="actionButton")
        self.choose_button.clicked.connect(self.choose_file)
        self.file_label = QLabel(self.tr("Ningún archivo elegido"), objectName="fieldCaption")
        chooser = QHBoxLayout()
        chooser.addWidget(self.choose_button)
        chooser.addWidget(self.file_label, 1)
        self.summary = QLabel(wordWrap=True)
        self.summary.hide()
        self.before_line = QLabel(objectName="noticeLabel", wordWrap=True)
        self.before_line.hide()

        self.ticket_table = self._table(
            [
                self.tr("Ticket"),
                self.tr("Fecha"),
                self.tr("Caja"),
                self.tr("Líneas"),
                self.tr("Importe"),
                self.tr("Cliente"),
                self.tr("Puntos"),
                self.tr("Estado"),
            ],
            stretch=5,
        )
        self.rejected_table = self._table([self.tr("Línea"), self.tr("Motivo")], stretch=1)
        self.tabs = QTabWidget(objectName="advisorTabs")
        self.tabs.addTab(self.ticket_table, self.tr("Tickets"))
        self.tabs.addTab(self.rejected_table, self.tr("Filas rechazadas"))

        self.report_line = NoteLabel()
        self.message = NoteLabel()
        close = QPushButton(self.tr("Cerrar"))
        close.clicked.connect(self.accept)
        self.import_button = QPushButton(self.tr("Importar"), objectName="primaryButton")
        self.import_button.setMinimumWidth(200)
        self.import_button.setEnabled(False)
        self.import_button.setVisible(self.allowed)
        self.import_button.clicked.connect(self.import_file)
        bottom = QHBoxLayout()
        bottom.addWidget(self.message, 1)
        bottom.addStretch(0)  # the buttons keep their size while the note is hidden
        bottom.addWidget(close)
        bottom.addWidget(self.import_button)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addWidget(self.not_allowed_line)
        layout.addLayout(chooser)
        layout.addWidget(self.summary)
        layout.addWidget(self.before_line)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.report_line)
        layout.addLayout(bottom)
        self.resize(1200, 740)

    @staticmethod
    def _table(headers: list[str], *, stretch: int) -> QTableWidget:
        table = QTableWidget(0, len(headers))
        table.setHorizontalHeaderLabels(headers)
        table.verticalHeader().setVisible(False)
        table.verticalHeader().setDefaultSectionSize(40)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.horizontalHeader().setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
        table.setProperty("stretch", stretch)
        return table

    # -- words -----------------------------------------------------------------------
    def member_text(self, ticket: TicketPreview) -> str:
        name = ticket.customer_name or ""
        texts = {
            MemberMatch.CARD: self.tr("{name} (por tarjeta)").format(name=name),
            MemberMatch.PHONE: self.tr("{name} (por teléfono)").format(name=name),
            MemberMatch.NOT_GIVEN: self.tr("Sin socio"),
            MemberMatch.CARD_NOT_FOUND: self.tr("Sin socio: la tarjeta no es de nadie aquí"),
            MemberMatch.PHONE_NOT_FOUND: self.tr("Sin socio: el teléfono no es de nadie aquí"),
            MemberMatch.PHONE_AMBIGUOUS: self.tr("Sin socio: el teléfono es de varios clientes"),
        }
        return texts.get(ticket.match, str(ticket.match))

    def reject_text(self, rejection: Rejection) -> str:
        """Why a row was refused, in words (the reader's codes)."""
        texts = {
            RejectReason.BAD_DATE: self.tr("La fecha u hora no es válida"),
            RejectReason.UNKNOWN_PRODUCT: self.tr("El producto no está en el catálogo"),
            RejectReason.BAD_QUANTITY: self.tr("La cantidad no es válida"),
            RejectReason.BAD_PRICE: self.tr("El precio no es válido"),
            RejectReason.BAD_LINE_TOTAL: self.tr(
                "El importe de la línea no cuadra con el precio, la cantidad y el descuento"
            ),
            RejectReason.BAD_TICKET_TOTAL: self.tr("El total del ticket no cuadra con sus líneas"),
            RejectReason.DUPLICATE_LINE: self.tr("La línea está repetida"),
            RejectReason.MISSING_VALUE: self.tr("Falta un dato obligatorio"),
            RejectReason.BAD_PAYMENT: self.tr("La forma de pago no se reconoce"),
            RejectReason.BAD_CARD: self.tr("El número de tarjeta no es válido"),
            RejectReason.BAD_PHONE: self.tr("El teléfono no es válido"),
            RejectReason.TICKET_REJECTED: self.tr(
                "Otra línea del mismo ticket tiene un error: el ticket entero queda fuera"
            ),
            RejectReason.BAD_ROW: self.tr("La fila no se puede leer o le faltan columnas"),
            RejectReason.EMPTY_FILE: self.tr("El archivo está vacío"),
            RejectReason.MISSING_COLUMN: self.tr("Falta una columna en la cabecera del archivo"),
            RejectReason.BAD_ENCODING: self.tr(
                "El archivo no está guardado en la codificación que usa el TPV"
            ),
        }
        text = texts.get(rejection.code, str(rejection.code))
        found = _LINE.search(rejection.detail)
        if rejection.code == RejectReason.TICKET_REJECTED and found:
            text += " " + self.tr("(vea la línea {line})").format(line=found[1])
        return text

    # -- the file ----------------------------------------------------------------------
    def choose_file(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Archivo del TPV"),
            str(Path.home()),
            self.tr("Exportación del TPV (*.csv *.txt);;Todos los archivos (*)"),
        )
        if path:
            self.load_file(Path(path))

    def load_file(self, path: Path) -> None:
        """Read a till export (I/O pool) and preview it (store thread)."""
        self._data, self.preview, self.report = None, None, None
        self._file_name = path.name
        self.file_label.setText(path.name)
        self.import_button.setEnabled(False)
        self.report_line.clear()
        self.message.say(self.tr("Leyendo el archivo…"))
        manager_ops.read_file(self._ctx, path=path, success=self._on_read, failure=self._fail)

    def _on_read(self, data: bytes) -> None:
        self._data = data
        self._preview()

    def _preview(self) -> None:
        if self._data is None:
            return
        manager_ops.preview_import(
            self._ctx,
            data=self._data,
            file_name=self._file_name,
            success=self._on_previewed,
            failure=self._fail,
        )

    def _on_previewed(self, preview: TillPreview) -> None:
        self.preview = preview
        self.message.clear()
        new = preview.to_import
        self.summary.setText(
            self.tr(
                "{rows} filas leídas · {tickets} tickets: {new} por importar, {old} ya "
                "importados · De los nuevos, {members} con socio y {nobody} sin socio, "
                "{points} puntos · {rejected} filas rechazadas"
            ).format(
                rows=points(preview.rows),
                tickets=points(len(preview.tickets)),
                new=points(len(new)),
                old=points(len(preview.tickets) - len(new)),
                members=points(sum(1 for t in new if t.customer_id is not None)),
                nobody=points(sum(1 for t in new if t.customer_id is None)),
                points=points(sum(t.points for t in new)),
                rejected=points(len(preview.rejections)),
            )
        )
        self.summary.show()
        before = preview.imported_before
        if before is not None:
            local = before.astimezone()
            self.before_line.setText(
                self.tr("Este mismo archivo ya se importó el {date} a las {time}.").format(
                    date=f"{local:%d/%m/%Y}", time=f"{local:%H:%M}"
                )
            )
        self.before_line.setVisible(before is not None)
        self._show_tickets(preview)
        self._show_rejections(preview)
        self.tabs.setTabText(
            TAB_TICKETS, self.tr("Tickets ({n})").format(n=points(len(preview.tickets)))
        )
        self.tabs.setTabText(
            TAB_REJECTED,
            self.tr("Filas rechazadas ({n})").format(n=points(len(preview.rejections))),
        )
        if not preview.tickets and preview.rejections:
            self.tabs.setCurrentIndex(TAB_REJECTED)
        self.import_button.setEnabled(self.allowed and bool(new))

    def _show_tickets(self, preview: TillPreview) -> None:
        table = self.ticket_table
        table.setRowCount(len(preview.tickets))
        for i, t in enumerate(preview.tickets):
            cells = (
                t.ticket,
                t.occurred_at.astimezone().strftime("%d/%m/%Y %H:%M"),
                t.till,
                str(t.lines),
                format_euros(t.total_cents),
                self.member_text(t),
                points(t.points),
                self.tr("Ya importado") if t.already_imported else self.tr("Por importar"),
            )
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if col in (3, 4, 6):
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                if t.already_imported:
                    item.setForeground(DONE_BEFORE)
                table.setItem(i, col, item)
        self._fit(table)

    def _show_rejections(self, preview: TillPreview) -> None:
        table = self.rejected_table
        table.setRowCount(len(preview.rejections))
        for i, r in enumerate(preview.rejections):
            line = QTableWidgetItem(str(r.file_line))
            line.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            why = QTableWidgetItem(self.reject_text(r))
            why.setToolTip(r.detail)  # the reader's own words, for support
            table.setItem(i, 0, line)
            table.setItem(i, 1, why)
        self._fit(table)

    @staticmethod
    def _fit(table: QTableWidget) -> None:
        stretch = table.property("stretch")
        for col in range(table.columnCount()):
            if col != stretch:
                table.resizeColumnToContents(col)

    # -- importing ---------------------------------------------------------------------
    def import_file(self) -> None:
        if self._data is None or not self.allowed:
            return
        self.import_button.setEnabled(False)
        manager_ops.import_till_file(
            self._ctx,
            data=self._data,
            file_name=self._file_name,
            success=self._on_imported,
            failure=self._fail,
        )

    def _on_imported(self, report: TillImportReport) -> None:
        self.report = report
        self.report_line.say(self.report_text(report))
        self._preview()  # the tickets now show as imported

    def report_text(self, r: TillImportReport) -> str:
        if r.imported == 0:
            if r.already_imported:
                return self.tr(
                    "No se ha importado nada nuevo: los %Ln ticket(s) de este archivo ya "
                    "estaban importados.",
                    "",
                    r.already_imported,
                )
            return self.tr("No se ha importado nada: el archivo no tiene tickets válidos.")
        text = self.tr(
            "Importado(s) %Ln ticket(s) ({members} con socio, {nobody} sin socio) con "
            "{points}. Se enviarán a la central al sincronizar.",
            "",
            r.imported,
        ).format(
            members=points(r.with_member),
            nobody=points(r.without_member),
            points=self.tr("%Ln punto(s)", "", r.points),
        )
        if r.already_imported:
            text += " " + self.tr("%Ln ya estaba(n) importado(s).", "", r.already_imported)
        if r.rejections:
            text += " " + self.tr(
                "%Ln fila(s) rechazada(s): no se ha(n) importado.", "", len(r.rejections)
            )
        return text

    def _fail(self, exc: BaseException) -> None:
        if isinstance(exc, OSError):
            text = self.tr("No se puede leer el archivo: {why}").format(
                why=exc.strerror or str(exc)
            )
        else:
            text = message_for(exc) or ""
        self.message.say_problem(text)
        self.import_button.setEnabled(
            self.allowed and self.preview is not None and bool(self.preview.to_import)
        )
        self._ctx.cues.error()
