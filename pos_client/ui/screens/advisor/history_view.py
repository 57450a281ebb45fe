"""A customer's skin diagnostics side by side: one column per visit, newest on the left.

The rows stay put (their names are the table's row header) while the visits
scroll sideways under a finger. Each level shows its change since the
previous diagnostic in force, so the advisor reads the evolution at a
glance. A diagnostic that a later one corrected stays visible, greyed and
marked "corregido": diagnostics are facts, never edited, and the history
says what was recorded. Only the newest diagnostic in force offers
"Corregir".
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import datetime

from PySide6.QtCore import QLocale, QModelIndex, QPersistentModelIndex, QSize, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QScroller,
    QStackedLayout,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from loyalty_core.skin import ROMAN, LevelSource, compare_levels
from loyalty_core.wire import DiagnosticPayload
from pos_client.ui.screens.advisor import labels
from pos_client.ui.screens.advisor.parts import PenButton, label

ROWS = (
    "date",
    "who",
    "skin_type",
    "sensitivity",
    "hydration",
    "oiliness",
    "phototype",
    "concerns",
    "areas",
    "recommended",
    "next_appointment",
    "notes",
    "action",
)
COLUMN_WIDTH = 250
NOTES_SHOWN = 110
"""Characters of the notes shown in the cell; the whole text is in its tooltip."""
PAD_X, PAD_Y = 8, 6
"""Room around a cell's text, in pixels."""
GREY = QColor("#9a918c")
GREY_BACKGROUND = QColor("#f1edea")


def _when(moment: datetime) -> str:
    return moment.astimezone().strftime("%d/%m/%Y %H:%M")


def _elide(text: str, limit: int = NOTES_SHOWN) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1].rstrip() + "…"


class _PaddedCells(QStyledItemDelegate):
    """Cells with room around their text, measured at the width they are drawn at.

    (A style sheet's item padding is drawn but not counted when the table
    measures wrapped text, so a long cell would lose its last line.)
    """

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        background = index.data(Qt.ItemDataRole.BackgroundRole)
        if isinstance(background, QBrush):
            painter.fillRect(option.rect, background)
        inner = QStyleOptionViewItem(option)
        inner.rect = option.rect.adjusted(PAD_X, PAD_Y, -PAD_X, -PAD_Y)
        super().paint(painter, inner, index)

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        inner = QStyleOptionViewItem(option)
        inner.rect = option.rect.adjusted(0, 0, -2 * PAD_X, 0)
        return super().sizeHint(inner, index) + QSize(2 * PAD_X, 2 * PAD_Y)


class DiagnosticHistory(QWidget):
    """The diagnostics of one customer; `correct_requested(id)` asks to correct the newest."""

    correct_requested = Signal(object)  # the diagnostic's uuid.UUID

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._items: list[DiagnosticPayload] = []
        self._superseded: set[uuid.UUID] = set()
        self.correct_button: PenButton | None = None
        self._action_height = 0
        self._headings = {
            "date": self.tr("Fecha"),
            "who": self.tr("Tienda · asesor/a"),
            "skin_type": self.tr("Tipo de piel"),
            "sensitivity": self.tr("Sensibilidad"),
            "hydration": self.tr("Hidratación"),
            "oiliness": self.tr("Grasa"),
            "phototype": self.tr("Fototipo"),
            "concerns": self.tr("Preocupaciones"),
            "areas": self.tr("Zonas"),
            "recommended": self.tr("Productos recomendados"),
            "next_appointment": self.tr("Próxima cita"),
            "notes": self.tr("Notas"),
            "action": "",
        }
        self.table = QTableWidget(len(ROWS), 0)
        self.table.setObjectName("diagnosticTable")
        self.table.setVerticalHeaderLabels([self._headings[r] for r in ROWS])
        self.table.horizontalHeader().setVisible(False)
        rows = self.table.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        rows.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.table.horizontalHeader().setDefaultSectionSize(COLUMN_WIDTH)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.setWordWrap(True)
        self.table.setItemDelegate(_PaddedCells(self.table))
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.table.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        QScroller.grabGesture(self.table.viewport(), QScroller.ScrollerGestureType.TouchGesture)
        self.empty = label(self.tr("Aún no hay diagnósticos de este cliente."), "hintLabel")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._stack = QStackedLayout(self)
        self._stack.addWidget(self.empty)
        self._stack.addWidget(self.table)

    def set_diagnostics(
        self, items: Sequence[DiagnosticPayload], superseded: set[uuid.UUID]
    ) -> None:
        """Show these diagnostics, newest first; those in `superseded` greyed as corrected."""
        self._items = sorted(items, key=lambda d: d.recorded_at, reverse=True)
        self._superseded = set(superseded)
        self.table.clearContents()
        self.table.setColumnCount(len(self._items))
        self.correct_button = None
        in_force = [d for d in self._items if d.diagnostic_id not in self._superseded]
        for column, item in enumerate(self._items):
            older = [d for d in in_force if d.recorded_at < item.recorded_at]
            self._fill_column(column, item, older[0] if older else None)
        if in_force:
            self._add_correct_button(self._items.index(in_force[0]), in_force[0].diagnostic_id)
        self.table.resizeRowsToContents()
        self.table.setRowHeight(ROWS.index("action"), self._action_height if in_force else 0)
        self._stack.setCurrentWidget(self.table if self._items else self.empty)

    def column_ids(self) -> list[uuid.UUID]:
        """The diagnostics' ids, column by column (newest first)."""
        return [d.diagnostic_id for d in self._items]

    def text_at(self, row: str, column: int) -> str:
        """What a cell says (row by its key in ROWS)."""
        cell = self.table.item(ROWS.index(row), column)
        return cell.text() if cell is not None else ""

    def is_greyed(self, column: int) -> bool:
        """True when the column is drawn as a corrected diagnostic."""
        cell = self.table.item(ROWS.index("date"), column)
        return cell is not None and cell.foreground().color() == GREY

    # -- filling --------------------------------------------------------------------
    def _fill_column(
        self, column: int, item: DiagnosticPayload, previous: DiagnosticPayload | None
    ) -> None:
        superseded = item.diagnostic_id in self._superseded
        date_text = _when(item.recorded_at)
        if superseded:
            date_text += "\n" + self.tr("corregido")
        elif item.supersedes is not None:
            date_text += "\n" + self.tr("corrección")
        levels = {"hydration": item.hydration, "oiliness": item.oiliness}
        before = (
            {"hydration": previous.hydration, "oiliness": previous.oiliness} if previous else None
        )
        changes = {c.level: c for c in compare_levels(levels, before)}
        notes = item.notes.strip()
        texts = {
            "date": date_text,
            "who": f"{item.store_code} · {item.staff_name}",
            "skin_type": labels.name_of(labels.SKIN_TYPES, item.skin_type),
            "sensitivity": labels.name_of(labels.SENSITIVITIES, item.sensitivity),
            "hydration": self._level_text(changes["hydration"].now, changes["hydration"].delta),
            "oiliness": self._level_text(changes["oiliness"].now, changes["oiliness"].delta),
            "phototype": ROMAN[item.phototype] if item.phototype else "—",
            "concerns": self._names(labels.CONCERNS, item.concerns),
            "areas": self._names(labels.AREAS, item.areas),
            "recommended": "\n".join(p.name for p in item.recommended) or "—",
            "next_appointment": _when(item.next_appointment) if item.next_appointment else "—",
            "notes": _elide(notes) if notes else "—",
        }
        tips = {
            "notes": notes,
            "hydration": self._source_text(item.hydration_source),
            "oiliness": self._source_text(item.oiliness_source),
        }
        for row, key in enumerate(ROWS[:-1]):
            cell = QTableWidgetItem(texts[key])
            cell.setTextAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
            if tips.get(key):
                cell.setToolTip(tips[key])
            font = QFont(cell.font())
            font.setBold(key == "date")
            font.setItalic(superseded)
            cell.setFont(font)
            if superseded:
                cell.setForeground(QBrush(GREY))
                cell.setBackground(QBrush(GREY_BACKGROUND))
            self.table.setItem(row, column, cell)

    @staticmethod
    def _names(names: dict[str, str], codes: Sequence[str]) -> str:
        """Chosen codes by name, in the form's order so that visits read alike."""
        order = list(names)
        chosen = sorted(codes, key=lambda c: order.index(c) if c in order else len(order))
        return ", ".join(labels.name_of(names, code) for code in chosen) or "—"

    def _level_text(self, value: int | None, delta: int | None) -> str:
        if value is None:
            return self.tr("sin medir")
        if delta is None:
            return str(value)
        sign = "+" if delta > 0 else "±" if delta == 0 else "−"
        return f"{value} ({sign}{QLocale().toString(abs(delta))})"

    def _source_text(self, source: LevelSource | None) -> str:
        if source == LevelSource.DEVICE:
            return self.tr("Medido con el analizador")
        if source == LevelSource.TYPED:
            return self.tr("Escrito a mano")
        return ""

    def _add_correct_button(self, column: int, diagnostic_id: uuid.UUID) -> None:
        button = PenButton(self.tr("Corregir"))
        button.setToolTip(self.tr("Registrar una corrección de este diagnóstico"))
        button.clicked.connect(lambda _c=False: self.correct_requested.emit(diagnostic_id))
        holder = QWidget()
        holder.setObjectName("correctHolder")
        row = QHBoxLayout(holder)
        row.setContentsMargins(6, 4, 6, 4)
        row.addWidget(button)
        row.addStretch(1)
        self.table.setCellWidget(ROWS.index("action"), column, holder)
        self.correct_button = button
        self._action_height = holder.sizeHint().height()
