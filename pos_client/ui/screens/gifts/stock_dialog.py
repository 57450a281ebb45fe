"""The store's gift stock, kept by managers: received, counted, damaged, sent back.

Each gift the store counts is listed with its count (head office's, less
this tablet's moves it has not confirmed yet). A manager picks one, says
what happened, how many (a count is the number on the shelf) and a note;
the move is queued for head office and the new count shown. Anyone else
sees the counts and is told only a manager may change them.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from pos_client.context import AppContext
from pos_client.services.gifts import StockLine
from pos_client.ui import gift_ops
from pos_client.ui.screens.advisor.parts import Choices, PenButton
from pos_client.ui.screens.gifts import GiftTexts
from pos_client.ui.widgets.note import NoteLabel

GIFT, CODE, POINTS, COUNT = range(4)
MAX_QUANTITY = 999


class StockDialog(QDialog):
    """Record a stock move for one gift; managers only."""

    def __init__(self, ctx: AppContext, *, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.texts = GiftTexts(self)
        self.lines: tuple[StockLine, ...] = ()
        self.allowed = gift_ops.is_manager(ctx.staff)
        self.setWindowTitle(self.tr("Stock de regalos"))
        title = QLabel(self.tr("Stock de regalos"), objectName="dialogTitle")
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Regalo"), self.tr("Código"), self.tr("Puntos"), self.tr("En tienda")]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(48)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.itemSelectionChanged.connect(self._update)

        self.kind = Choices(
            [
                ("received", self.tr("Recibidos")),
                ("counted", self.tr("Recuento")),
                ("damaged", self.tr("Dañados")),
                ("sent_back", self.tr("Devueltos a la central")),
            ],
            columns=4,
            exclusive=True,
            clearable=False,
        )
        self.kind.set_value("received")
        self.kind.changed.connect(self._update)
        self.quantity_caption = QLabel(objectName="fieldCaption")
        self.quantity = QSpinBox(objectName="quantityBox")
        self.quantity.setRange(0, MAX_QUANTITY)
        self.quantity.setValue(1)
        self.quantity.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.quantity.setButtonSymbols(QSpinBox.ButtonSymbols.NoButtons)
        self.quantity.setMinimumSize(120, 48)
        self.quantity.valueChanged.connect(self._update)
        self.less = PenButton("−", object_name="keypadButton")
        self.more = PenButton("+", object_name="keypadButton")
        self.less.clicked.connect(lambda: self.quantity.stepBy(-1))
        self.more.clicked.connect(lambda: self.quantity.stepBy(1))
        self.note_field = QLineEdit()
        self.note_field.setPlaceholderText(self.tr("Nota (opcional): albarán, motivo…"))
        self.note_field.setMaxLength(300)
        amount = QHBoxLayout()
        amount.addWidget(self.quantity_caption)
        amount.addWidget(self.less)
        amount.addWidget(self.quantity)
        amount.addWidget(self.more)
        amount.addWidget(self.note_field, 1)

        self.note = NoteLabel()
        close = PenButton(self.tr("Cerrar"), object_name="actionButton")
        close.clicked.connect(self.accept)
        self.record_button = PenButton(self.tr("Registrar"), object_name="primaryButton")
        self.record_button.setMinimumWidth(240)
        self.record_button.clicked.connect(self.record)
        buttons = QHBoxLayout()
        buttons.addWidget(close)
        buttons.addStretch(1)
        buttons.addWidget(self.record_button)

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        self.refused = QLabel(
            self.tr("Solo un encargado puede registrar el stock de regalos."),
            objectName="errorLabel",
        )
        self.refused.setVisible(not self.allowed)
        layout.addWidget(self.refused)
        layout.addWidget(self.table, 1)
        layout.addWidget(QLabel(self.tr("¿Qué ha pasado?"), objectName="sectionTitle"))
        layout.addWidget(self.kind)
        layout.addLayout(amount)
        layout.addWidget(self.note)
        layout.addLayout(buttons)
        for widget in (self.kind, self.quantity, self.less, self.more, self.note_field):
            widget.setEnabled(self.allowed)
        self.resize(960, 680)
        self.reload()

    def reload(self) -> None:
        gift_ops.load_stock(self._ctx, success=self._show, failure=self._fail)

    def _show(self, lines: tuple[StockLine, ...]) -> None:
        chosen = self.chosen()
        self.lines = lines
        self.table.setRowCount(len(lines))
        for row, line in enumerate(lines):
            values = (line.name, line.code, self.texts.points(line.points), str(line.quantity))
            for col, value in enumerate(values):
                cell = QTableWidgetItem(value)
                if col in (POINTS, COUNT):
                    cell.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(row, col, cell)
            if chosen is not None and line.gift_id == chosen.gift_id:
                self.table.selectRow(row)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(GIFT, QHeaderView.ResizeMode.Stretch)
        self._update()

    def select(self, name: str) -> None:
        """Pick the gift called `name` (tests, screenshots)."""
        self.table.selectRow(next(i for i, line in enumerate(self.lines) if line.name == name))

    def chosen(self) -> StockLine | None:
        rows = self.table.selectionModel().selectedRows()
        return self.lines[rows[0].row()] if rows and rows[0].row() < len(self.lines) else None

    def _update(self) -> None:
        counted = self.kind.value() == "counted"
        self.quantity_caption.setText(
            self.tr("Unidades en la estantería") if counted else self.tr("Unidades")
        )
        self.quantity.setMinimum(0 if counted else 1)
        self.record_button.setEnabled(self.allowed and self.chosen() is not None)

    def record(self) -> None:
        line = self.chosen()
        reason = self.kind.value()
        if not self.allowed or line is None or reason is None:
            return
        self.record_button.setEnabled(False)
        gift_ops.move_stock(
            self._ctx,
            gift_id=line.gift_id,
            quantity=self.quantity.value(),
            reason=reason,
            note=self.note_field.text(),
            success=lambda count: self._on_recorded(line, count),
            failure=self._fail,
        )

    def _on_recorded(self, line: StockLine, count: int) -> None:
        self.note.say(
            self.tr("Registrado: ahora hay {n} de «{gift}».").format(n=count, gift=line.name)
        )
        self.note_field.clear()
        self.reload()

    def _fail(self, exc: BaseException) -> None:
        self._update()
        self.note.say_problem(self.texts.error(exc))
        self._ctx.cues.error()
