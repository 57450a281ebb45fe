"""The review list's table: one row per entry, when, what kind, about what and why."""

from __future__ import annotations

import uuid
from collections.abc import Mapping, Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from pos_client.services.review import ReviewEntry
from pos_client.ui.screens.manager.review_texts import ReviewTexts, local_time

ROW_HEIGHT = 48
SUBJECT_WIDTH = 230
"""The "about what" column's widest: a long name is cut (its tooltip has it whole)."""
REASON_LENGTH = 90
"""The "why" column's longest text: a longer reason is cut (its tooltip has it whole)."""
SUBJECT, REASON = 2, 3


class ReviewTable(QTableWidget):
    """The entries, newest first; `row_chosen(row)` when the user picks one."""

    row_chosen = Signal(int)

    def __init__(self, texts: ReviewTexts, parent: QWidget | None = None) -> None:
        super().__init__(0, 4, parent, objectName="reviewTable")
        self._texts = texts
        self.setHorizontalHeaderLabels(
            [self.tr("Fecha"), self.tr("Tipo"), self.tr("Sobre"), self.tr("Motivo")]
        )
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setWordWrap(False)
        self.itemSelectionChanged.connect(self._on_item_selection_changed)

    def show_entries(self, entries: Sequence[ReviewEntry], names: Mapping[uuid.UUID, str]) -> None:
        """Fill the rows (quietly: no `row_chosen`) and fit the columns to them."""
        texts = self._texts
        self.blockSignals(True)
        self.setRowCount(len(entries))
        for i, entry in enumerate(entries):
            reason = texts.reason_text(entry)
            cells = (
                local_time(entry),
                texts.kind_name(entry.kind, short=True),
                texts.subject_text(entry, names),
                reason if len(reason) <= REASON_LENGTH else reason[: REASON_LENGTH - 1] + "…",
            )
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(reason if col == REASON else text)
                self.setItem(i, col, item)
        self.blockSignals(False)
        self.resizeColumnsToContents()
        self.setColumnWidth(SUBJECT, min(self.columnWidth(SUBJECT), SUBJECT_WIDTH))
        self.horizontalHeader().setSectionResizeMode(REASON, QHeaderView.ResizeMode.Stretch)

    def select_quietly(self, row: int) -> None:
        """Select a row without `row_chosen`: the caller shows it itself."""
        self.blockSignals(True)
        self.selectRow(row)
        self.blockSignals(False)

    def _on_item_selection_changed(self) -> None:
        rows = self.selectionModel().selectedRows()
        if rows:
            self.row_chosen.emit(rows[0].row())
