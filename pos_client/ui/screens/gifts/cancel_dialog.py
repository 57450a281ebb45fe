"""Cancelling a redemption: the points go back, and the gift to the stock if it came back.

The customer's redemptions at this store are listed newest first (Madrid
time); a cancelled one, or one head office never confirmed, cannot be
picked. A manager approves with a reason; a cancellation slip then opens
to print, and the customer's balance shows the points back.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from pos_client.context import AppContext
from pos_client.services import gifts
from pos_client.services.staff import StaffMember
from pos_client.ui import gift_ops
from pos_client.ui.gift_ops import PastRedemption, RedemptionHistory
from pos_client.ui.screens.advisor.parts import PenButton
from pos_client.ui.screens.enrolment.documents import DocumentDialog
from pos_client.ui.screens.gifts import REASON_MIN, GiftTexts, show_slip, slip
from pos_client.ui.screens.gifts.approval import ApprovalDialog, with_approval
from pos_client.ui.widgets.note import NoteLabel

DATE, GIFT, POINTS, STATE = range(4)


class CancelDialog(QDialog):
    """Pick one of a customer's redemptions and cancel it."""

    def __init__(
        self, ctx: AppContext, *, customer_id: uuid.UUID, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.customer_id = customer_id
        self.texts = GiftTexts(self)
        self.history: RedemptionHistory | None = None
        self.approval: ApprovalDialog | None = None
        self.slip_dialog: DocumentDialog | None = None
        self.setWindowTitle(self.tr("Anular un canje"))
        title = QLabel(self.tr("Anular un canje"), objectName="dialogTitle")
        self.name = QLabel(objectName="customerName")
        self.name.setWordWrap(True)
        self.balance = QLabel(objectName="pointsBalance")
        header = QFrame(objectName="customerCard")
        header_row = QHBoxLayout(header)
        header_row.addWidget(self.name, 1)
        header_row.addWidget(self.balance)

        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Fecha"), self.tr("Regalo"), self.tr("Puntos"), self.tr("Estado")]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(48)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(GIFT, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._update)
        self.empty = QLabel(self.tr("Este cliente no ha canjeado regalos en esta tienda."),
                            objectName="hintLabel")  # fmt: skip
        self.empty.hide()

        self.reason = QLineEdit(objectName="bigField")
        self.reason.setPlaceholderText(self.tr("Motivo de la anulación"))
        self.reason.setMaxLength(300)
        self.reason.textChanged.connect(self._update)
        self.returned = QCheckBox(self.tr("¿Devuelve el regalo?"), objectName="stateBox")
        self.returned.setToolTip(self.tr("Márquelo si el cliente trae el regalo: vuelve al stock"))
        self.hint = QLabel(objectName="hintLabel")
        self.hint.setWordWrap(True)
        self.note = NoteLabel()
        close = PenButton(self.tr("Cerrar"), object_name="actionButton")
        close.clicked.connect(self.accept)
        self.cancel_button = PenButton(self.tr("Anular canje"), object_name="primaryButton")
        self.cancel_button.setMinimumWidth(260)
        self.cancel_button.clicked.connect(self.cancel_chosen)
        buttons = QHBoxLayout()
        buttons.addWidget(close)
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(header)
        layout.addWidget(QLabel(self.tr("Canjes en esta tienda"), objectName="sectionTitle"))
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 1)
        layout.addWidget(QLabel(self.tr("Motivo de la anulación"), objectName="fieldCaption"))
        layout.addWidget(self.reason)
        layout.addWidget(self.returned)
        layout.addWidget(self.hint)
        layout.addWidget(self.note)
        layout.addLayout(buttons)
        self.resize(900, 680)
        self.reload()

    def reload(self) -> None:
        gift_ops.load_history(
            self._ctx, customer_id=self.customer_id, success=self._show, failure=self._fail
        )

    def _show(self, history: RedemptionHistory) -> None:
        self.history = history
        self.name.setText(history.holder.name)
        self.balance.setText(self.texts.points(history.holder.balance))
        rows = history.redemptions
        self.table.clearSelection()
        self.table.setRowCount(len(rows))
        for row, r in enumerate(rows):
            values = (
                r.redeemed_at.astimezone(gifts.MADRID).strftime("%d/%m/%Y %H:%M"),
                r.gift_name,
                self.texts.points(r.points),
                self.texts.state(r.state, cancelled=r.cancelled),
            )
            for col, value in enumerate(values):
                cell = QTableWidgetItem(value)
                cell.setData(Qt.ItemDataRole.UserRole, r.id)
                if r.reference:
                    cell.setToolTip(r.reference)
                if col == POINTS:
                    cell.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                if not r.cancellable:
                    cell.setFlags(Qt.ItemFlag.ItemIsEnabled)  # shown, not selectable
                    cell.setForeground(QColor("#8a8380"))
                self.table.setItem(row, col, cell)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(GIFT, QHeaderView.ResizeMode.Stretch)
        self.empty.setVisible(not rows)
        self.table.setVisible(bool(rows))
        self._update()

    def row_of(self, gift_name: str) -> int:
        """The table row of the newest redemption of `gift_name` (tests)."""
        assert self.history is not None
        return next(i for i, r in enumerate(self.history.redemptions) if r.gift_name == gift_name)

    def chosen(self) -> PastRedemption | None:
        if self.history is None:
            return None
        rows = {index.row() for index in self.table.selectionModel().selectedRows()}
        picked = [self.history.redemptions[row] for row in sorted(rows)]
        return picked[0] if picked and picked[0].cancellable else None

    def _update(self) -> None:
        chosen = self.chosen()
        missing = REASON_MIN - len(self.reason.text().strip())
        self.cancel_button.setEnabled(chosen is not None and missing <= 0)
        if chosen is None:
            self.hint.setText(self.tr("Elija el canje que se anula."))
        elif missing > 0:
            self.hint.setText(
                self.tr("Escriba el motivo: al menos %n carácter(es) más.", "", missing)
            )
        else:
            self.hint.setText(
                self.tr("Se devolverán {points} a su saldo.").format(
                    points=self.texts.points(chosen.points)
                )
            )

    def cancel_chosen(self) -> None:
        chosen = self.chosen()
        reason = self.reason.text().strip()
        if chosen is None or len(reason) < REASON_MIN or self.history is None:
            return
        what = self.tr("Anular el canje de «{gift}» ({points}) de {name}").format(
            gift=chosen.gift_name,
            points=self.texts.points(chosen.points),
            name=self.history.holder.name,
        )
        returned = self.returned.isChecked()
        self.approval = with_approval(
            self._ctx,
            what=what,
            parent=self,
            then=lambda manager: self._cancel_approved(chosen, manager, reason, returned),
        )

    def _cancel_approved(
        self, chosen: PastRedemption, approver: StaffMember, reason: str, returned: bool
    ) -> None:
        self.approval = None
        self.cancel_button.setEnabled(False)
        gift_ops.cancel_redemption(
            self._ctx,
            redemption_id=chosen.id,
            approver=approver,
            reason=reason,
            gift_returned=returned,
            success=lambda done: self._on_cancelled(done, approver, reason),
            failure=self._fail,
        )

    def _on_cancelled(self, done: gifts.Done, approver: StaffMember, reason: str) -> None:
        assert self.history is not None
        self.note.say(
            self.tr("Canje anulado: se han devuelto {points}. Saldo: {balance}.").format(
                points=self.texts.points(done.points),
                balance=self.texts.points(done.balance_after),
            )
        )
        voucher = slip(
            self._ctx, self.history.holder, done, approver=approver, reason=reason, cancelled=True
        )
        self.slip_dialog = show_slip(self._ctx, voucher, self)
        self.reason.clear()
        self.returned.setChecked(False)
        self.reload()

    def _fail(self, exc: BaseException) -> None:
        self._update()
        self.note.say_problem(self.texts.error(exc, cancelling=True))
        self._ctx.cues.error()
