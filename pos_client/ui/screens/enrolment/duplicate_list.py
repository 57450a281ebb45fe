"""The side list of known customers who may be the person being registered."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from pos_client.services.duplicates import PossibleDuplicate
from pos_client.ui.screens.enrolment.labels import reason_name


class DuplicateList(QWidget):
    """Each possible duplicate with why it matched and an "Abrir ficha" button."""

    open_requested = Signal(object)  # customer id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.found: list[PossibleDuplicate] = []
        self.open_buttons: list[QPushButton] = []
        title = QLabel(self.tr("Posibles duplicados"), objectName="sectionTitle")
        self.hint = QLabel(objectName="hintLabel")
        self.hint.setWordWrap(True)
        self._entries = QVBoxLayout()
        self._entries.setSpacing(8)
        holder = QWidget(objectName="duplicateHolder")
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(self._entries)
        column.addStretch(1)
        scroll = QScrollArea(objectName="duplicateScroll")
        scroll.setWidget(holder)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(title)
        layout.addWidget(self.hint)
        layout.addWidget(scroll, 1)
        self.show_duplicates([])

    def show_duplicates(self, found: list[PossibleDuplicate]) -> None:
        self.found = list(found)
        self.open_buttons = []
        while self._entries.count():
            item = self._entries.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        if not found:
            self.hint.setText(
                self.tr(
                    "Ningún cliente conocido coincide por ahora. Se comprueba el DNI/NIE, "
                    "el teléfono, el e-mail, y el nombre con la fecha de nacimiento."
                )
            )
            return
        self.hint.setText(
            self.tr(
                "Puede que ya sea cliente: compruébelo con él o ella y, si es la misma "
                "persona, abra su ficha en lugar de crear otra."
            )
        )
        for hit in found:
            self._entries.addWidget(self._entry(hit))

    def _entry(self, hit: PossibleDuplicate) -> QFrame:
        frame = QFrame(objectName="duplicateEntry")
        name = QLabel(hit.name, objectName="duplicateName")
        name.setWordWrap(True)
        status = self.tr("Socio/a del club") if hit.club_member else self.tr("No es socio/a")
        facts = [status]
        if hit.card_number:
            facts.append(self.tr("Tarjeta {n}").format(n=hit.card_number))
        if hit.phone_masked:
            facts.append(self.tr("Tel. {p}").format(p=hit.phone_masked))
        details = QLabel(" · ".join(facts))
        details.setWordWrap(True)
        why = ", ".join(reason_name(r) for r in hit.reasons)
        reasons = QLabel(
            self.tr("Coincide: {why}").format(why=why),
            objectName="duplicateReasons",
        )
        reasons.setWordWrap(True)
        open_card = QPushButton(self.tr("Abrir ficha"), objectName="actionButton")
        open_card.setAutoDefault(False)
        open_card.clicked.connect(lambda _=False, cid=hit.id: self.open_requested.emit(cid))
        self.open_buttons.append(open_card)
        row = QHBoxLayout()
        row.addWidget(reasons, 1)
        row.addWidget(open_card)
        layout = QVBoxLayout(frame)
        layout.addWidget(name)
        layout.addWidget(details)
        layout.addLayout(row)
        return frame
