"""The receipt after a sale or a reprint: preview, print, save.

After a sale that enrolled a new member, it also gives their card number
and offers the member card and the signed consent to print or to e-mail.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from loyalty_core.money import format_euros
from pos_client.context import AppContext
from pos_client.documents.preview import render_pages
from pos_client.documents.receipt_pdf import render_receipt
from pos_client.services.enrolment import PendingEnrolment
from pos_client.services.receipts import Receipt
from pos_client.ui.printing import print_pages, to_qimage
from pos_client.ui.screens.enrolment.documents import MemberDocuments
from pos_client.ui.widgets.note import NoteLabel

PREVIEW_WIDTH = 400
"""Pixels: an 80 mm receipt stays readable beside the summary."""


def receipt_path(ctx: AppContext, receipt: Receipt) -> Path:
    return ctx.settings.receipts_dir / f"{receipt.receipt_number}.pdf"


class ReceiptDialog(QDialog):
    """Shows the receipt's key figures at once, and its PDF when rendered."""

    def __init__(
        self,
        ctx: AppContext,
        receipt: Receipt,
        parent: QWidget | None = None,
        *,
        new_member: PendingEnrolment | None = None,
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.receipt = receipt
        self.new_member = new_member
        self.member_note = NoteLabel(self)
        self.documents = MemberDocuments(
            ctx, self, self.member_note.say_problem, self.member_note.say
        )
        self.pdf_path: Path | None = None
        self.pages: list[QImage] = []
        self.setWindowTitle(self.tr("Ticket {n}").format(n=receipt.receipt_number))
        self.resize(900, 720)
        summary = QLabel(objectName="receiptSummary")
        summary.setText(self._summary_text())
        summary.setWordWrap(True)
        self.preview = QLabel(self.tr("Preparando el ticket…"))
        self.preview.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        scroll = QScrollArea()
        scroll.setWidget(self.preview)
        scroll.setWidgetResizable(True)
        scroll.setMinimumWidth(PREVIEW_WIDTH + 40)  # the whole receipt width, no sideways scroll
        self.print_button = QPushButton(self.tr("Imprimir"), objectName="actionButton")
        self.save_button = QPushButton(self.tr("Guardar PDF…"), objectName="actionButton")
        done = QPushButton(self.tr("Nueva venta"), objectName="payButton")
        done.setDefault(True)
        self.print_button.clicked.connect(self._on_print_clicked)
        self.save_button.clicked.connect(self._on_save_clicked)
        done.clicked.connect(self.accept)
        for button in (self.print_button, self.save_button):
            button.setEnabled(False)
        buttons = QHBoxLayout()
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.save_button)
        buttons.addWidget(done, 1)
        layout = QHBoxLayout(self)
        left = QVBoxLayout()
        left.addWidget(summary)
        if new_member is not None:
            left.addWidget(self._new_member_box(new_member))
        left.addStretch(1)
        left.addLayout(buttons)
        layout.addLayout(left, 1)
        layout.addWidget(scroll, 1)
        target = receipt_path(ctx, receipt)
        ctx.runner.run_io(
            lambda: _render(receipt, target),
            success=self._on_rendered,
            failure=self._on_render_failed,
        )

    def _new_member_box(self, member: PendingEnrolment) -> QFrame:
        """The new member's card number; their card and signed consent to print or e-mail."""
        box = QFrame(objectName="newMemberBox")
        title = QLabel(
            self.tr("Bienvenida al club: {name}").format(name=member.name),
            objectName="sectionTitle",
        )
        title.setWordWrap(True)
        self.card_number = QLabel(
            self.tr("Tarjeta de socio nº {n}").format(n=self.receipt.card_number or "—"),
            objectName="cardNumber",
        )
        self.card_number.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.print_card_button = QPushButton(self.tr("Imprimir tarjeta"), objectName="actionButton")
        self.print_consent_button = QPushButton(
            self.tr("Imprimir consentimiento"), objectName="actionButton"
        )
        self.email_card_button = QPushButton(
            self.tr("Enviar por e-mail"), objectName="actionButton"
        )
        self.email_card_button.setToolTip(self.tr("Enviar la tarjeta de socio a su e-mail"))
        self.email_consent_button = QPushButton(
            self.tr("Enviar por e-mail"), objectName="actionButton"
        )
        self.email_consent_button.setToolTip(
            self.tr("Enviar el consentimiento firmado a su e-mail")
        )
        who = member.customer_id
        self.print_card_button.clicked.connect(lambda: self.documents.print_card(who))
        self.print_consent_button.clicked.connect(
            lambda: self.documents.print_enrolment_consent(who)
        )
        self.email_card_button.clicked.connect(lambda: self.documents.email_card(who))
        self.email_consent_button.clicked.connect(
            lambda: self.documents.email_enrolment_consent(who)
        )
        buttons = QGridLayout()
        buttons.addWidget(self.print_card_button, 0, 0)
        buttons.addWidget(self.email_card_button, 0, 1)
        buttons.addWidget(self.print_consent_button, 1, 0)
        buttons.addWidget(self.email_consent_button, 1, 1)
        layout = QVBoxLayout(box)
        layout.addWidget(title)
        layout.addWidget(self.card_number)
        layout.addLayout(buttons)
        layout.addWidget(self.member_note)
        return box

    def _summary_text(self) -> str:
        r = self.receipt
        lines = [
            f"<h2>{r.receipt_number}</h2>",
            self.tr("Total: <b>{t}</b>").format(t=format_euros(r.total_cents)),
        ]
        change = sum(p.change_cents or 0 for p in r.payments)
        if change:
            lines.append(
                self.tr("<span style='font-size:28px'>Cambio: <b>{c}</b></span>").format(
                    c=format_euros(change)
                )
            )
        if r.customer_name:
            lines.append(
                self.tr("Puntos: {p} · Saldo: {b}").format(p=r.points_earned, b=r.points_balance)
            )
        return "<br>".join(lines)

    def _on_rendered(self, result: tuple[Path, list[QImage]]) -> None:
        self.pdf_path, self.pages = result
        if self.pages:
            self.preview.setPixmap(
                QPixmap.fromImage(self.pages[0]).scaledToWidth(
                    PREVIEW_WIDTH, Qt.TransformationMode.SmoothTransformation
                )
            )
        for button in (self.print_button, self.save_button):
            button.setEnabled(True)

    def _on_render_failed(self, exc: BaseException) -> None:
        self.preview.setText(self.tr("No se ha podido preparar el ticket: {e}").format(e=exc))

    def _on_print_clicked(self) -> None:
        print_pages(self, self.pages, self.receipt.receipt_number)

    def _on_save_clicked(self) -> None:
        if self.pdf_path is None:
            return
        target, _ = QFileDialog.getSaveFileName(
            self, self.tr("Guardar ticket"), str(Path.home() / self.pdf_path.name), "PDF (*.pdf)"
        )
        if target:
            shutil.copyfile(self.pdf_path, target)


def _render(receipt: Receipt, target: Path) -> tuple[Path, list[QImage]]:
    """Write the receipt PDF and rasterise it for the preview (I/O pool)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    render_receipt(receipt, target)
    return target, [to_qimage(page) for page in render_pages(target, dpi=150)]
