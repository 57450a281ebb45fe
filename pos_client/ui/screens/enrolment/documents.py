"""A member's printed documents: the card and the signed consent, previewed and printed.

Both are PDFs made or read off the GUI thread: the card is rendered on the
I/O pool from what the store says (`member_cards.card_to_print`); a signed
consent is read from the store, or, when only head office holds it (signed
in another store), downloaded on the I/O pool if this tablet syncs. Neither
is written to disk unless the assistant saves it: they hold personal data.
Either may be e-mailed to the customer instead: the PDF rides in the outbox
and head office sends it (`services.mail`).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from pos_client.context import AppContext
from pos_client.documents.preview import render_pages
from pos_client.services.mail import Document
from pos_client.services.member_cards import CardToPrint
from pos_client.sync.scheduler import Phase
from pos_client.ui import ops
from pos_client.ui.errors import message_for
from pos_client.ui.printing import print_pages, to_qimage

CARD_DPI = 300
"""The card's own resolution (its barcode sits on a 300 dpi grid): printed at real size."""
CONSENT_DPI = 150


class DocumentDialog(QDialog):
    """Preview a PDF made on the I/O pool, then print it or save a copy."""

    def __init__(
        self,
        ctx: AppContext,
        *,
        title: str,
        file_name: str,
        make_pdf: Callable[[], bytes],
        dpi: int,
        preview_width: int,
        height: int = 720,
        print_at_size: bool = False,
        failed_text: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.pdf: bytes | None = None
        self.pages: list[QImage] = []
        self._title, self._file_name, self._dpi = title, file_name, dpi
        self._print_at_size = print_at_size
        self._preview_width = preview_width
        self._failed_text = failed_text
        self.status = QLabel(self.tr("Preparando el documento…"))
        self.status.setWordWrap(True)
        self._pages_box = QVBoxLayout()
        holder = QWidget()
        column = QVBoxLayout(holder)
        column.addWidget(self.status)
        column.addLayout(self._pages_box)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidget(holder)
        scroll.setWidgetResizable(True)
        scroll.setMinimumWidth(preview_width + 40)
        self.print_button = QPushButton(self.tr("Imprimir"), objectName="payButton")
        self.save_button = QPushButton(self.tr("Guardar PDF…"), objectName="actionButton")
        close = QPushButton(self.tr("Cerrar"))
        for button in (self.print_button, self.save_button):
            button.setEnabled(False)
        self.print_button.clicked.connect(self._on_print_clicked)
        self.save_button.clicked.connect(self._on_save_clicked)
        close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(close)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.print_button)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addLayout(buttons)
        self.resize(preview_width + 80, height)
        ctx.runner.run_io(
            lambda: _render(make_pdf, dpi), success=self._on_rendered, failure=self._on_failed
        )

    def _on_rendered(self, result: tuple[bytes, list[QImage]]) -> None:
        self.pdf, self.pages = result
        self.status.hide()
        for page in self.pages:
            label = QLabel()
            label.setPixmap(
                QPixmap.fromImage(page).scaledToWidth(
                    self._preview_width, Qt.TransformationMode.SmoothTransformation
                )
            )
            label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
            label.setObjectName("documentPage")
            self._pages_box.addWidget(label)
        for button in (self.print_button, self.save_button):
            button.setEnabled(True)
        self.print_button.setFocus()

    def _on_failed(self, exc: BaseException) -> None:
        self.status.setObjectName("errorLabel")
        self.status.setText(self._failed_text or message_for(exc) or "")
        self.status.style().polish(self.status)

    def _on_print_clicked(self) -> None:
        dpi = self._dpi if self._print_at_size else None
        print_pages(self, self.pages, self._title, dpi=dpi)

    def _on_save_clicked(self) -> None:
        if self.pdf is None:
            return
        target, _ = QFileDialog.getSaveFileName(
            self, self.tr("Guardar PDF"), str(Path.home() / self._file_name), "PDF (*.pdf)"
        )
        if target:
            Path(target).write_bytes(self.pdf)


def _render(make_pdf: Callable[[], bytes], dpi: int) -> tuple[bytes, list[QImage]]:
    """Make the PDF and rasterise it for the preview and the printer (I/O pool)."""
    pdf = make_pdf()
    return pdf, [to_qimage(page) for page in render_pages(pdf, dpi=dpi)]


class MemberDocuments(QObject):
    """Opens a member's card or consent document over `parent`, or e-mails it to them.

    Both ways start alike: the card is rendered on the I/O pool, a consent's
    PDF read from the store (or downloaded on the I/O pool when only head
    office holds it). An e-mail is then queued for the customer's address
    (`ops.email_document`): head office sends it once this tablet has synced.
    Problems (no card, a document only head office holds while offline, no
    e-mail address) go to `report`, to be shown next to the button that asked;
    where an e-mail goes and when, to `inform` (`report` when not given).
    """

    def __init__(
        self,
        ctx: AppContext,
        parent: QWidget,
        report: Callable[[str], None],
        inform: Callable[[str], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self._ctx, self._parent, self._report = ctx, parent, report
        self._inform = inform or report
        self.dialog: DocumentDialog | None = None

    # -- the member card ---------------------------------------------------------
    def print_card(self, customer_id: uuid.UUID) -> None:
        ops.load_member_card(
            self._ctx, customer_id=customer_id, success=self._on_card_loaded, failure=self._failed
        )

    def email_card(self, customer_id: uuid.UUID) -> None:
        ops.load_member_card(
            self._ctx,
            customer_id=customer_id,
            success=lambda card: self._email(customer_id, "member_card", _card_pdf(card)),
            failure=self._failed,
        )

    def _on_card_loaded(self, card: CardToPrint) -> None:
        self._open(
            DocumentDialog(
                self._ctx,
                title=self.tr("Tarjeta de socio {n}").format(n=card.card_number),
                file_name=f"tarjeta-{card.card_number}.pdf",
                make_pdf=_card_pdf(card),
                dpi=CARD_DPI,
                preview_width=540,
                height=480,
                print_at_size=True,
                parent=self._parent,
            )
        )

    # -- signed consents ---------------------------------------------------------------
    def print_consent(self, consent_id: uuid.UUID) -> None:
        ops.load_consent_document(
            self._ctx, consent_id=consent_id, success=self._on_consent_found, failure=self._failed
        )

    def email_consent(self, customer_id: uuid.UUID, consent_id: uuid.UUID) -> None:
        ops.load_consent_document(
            self._ctx,
            consent_id=consent_id,
            success=lambda found: self._email_consent(customer_id, found),
            failure=self._failed,
        )

    def print_enrolment_consent(self, customer_id: uuid.UUID) -> None:
        ops.load_enrolment_document(
            self._ctx,
            customer_id=customer_id,
            success=self._on_consent_found,
            failure=self._failed,
        )

    def email_enrolment_consent(self, customer_id: uuid.UUID) -> None:
        ops.load_enrolment_document(
            self._ctx,
            customer_id=customer_id,
            success=lambda found: self._email_consent(customer_id, found),
            failure=self._failed,
        )

    def _on_consent_found(self, found: tuple[str, bytes | None]) -> None:
        sha, data = found
        make_pdf = self._consent_pdf(found)
        if make_pdf is None:
            self._report(
                self.tr(
                    "El documento firmado está guardado en la central: se podrá reimprimir "
                    "aquí cuando esta tableta sincronice."
                )
            )
            return
        failed_text = None
        if data is None:
            failed_text = self.tr(
                "No se ha podido traer el documento firmado de la central (¿sin conexión?). "
                "Se podrá reimprimir cuando esta tableta sincronice."
            )
        self._open(
            DocumentDialog(
                self._ctx,
                title=self.tr("Consentimiento firmado"),
                file_name=f"consentimiento-{sha[:12]}.pdf",
                make_pdf=make_pdf,
                dpi=CONSENT_DPI,
                preview_width=620,
                failed_text=failed_text,
                parent=self._parent,
            )
        )

    def _email_consent(self, customer_id: uuid.UUID, found: tuple[str, bytes | None]) -> None:
        make_pdf = self._consent_pdf(found)
        if make_pdf is None:
            self._report(
                self.tr(
                    "El documento firmado está guardado en la central: se podrá enviar "
                    "desde aquí cuando esta tableta sincronice."
                )
            )
            return
        failed_text = None
        if found[1] is None:
            failed_text = self.tr(
                "No se ha podido traer el documento firmado de la central (¿sin conexión?). "
                "Se podrá enviar cuando esta tableta sincronice."
            )
        self._email(customer_id, "consent", make_pdf, failed_text)

    def _consent_pdf(self, found: tuple[str, bytes | None]) -> Callable[[], bytes] | None:
        """How to get a signed PDF: from the store, or from head office (None: not now)."""
        sha, data = found
        if data is not None:
            return lambda: data
        if self._ctx.sync is not None:
            api = self._ctx.sync.engine.api
            return lambda: api.download(sha)
        return None

    # -- e-mail ---------------------------------------------------------------------
    def _email(
        self,
        customer_id: uuid.UUID,
        document: Document,
        make_pdf: Callable[[], bytes],
        failed_text: str | None = None,
    ) -> None:
        """Make the PDF on the I/O pool, then queue it for the customer's address."""

        def queue(pdf: bytes) -> None:
            ops.email_document(
                self._ctx,
                customer_id=customer_id,
                document=document,
                pdf=pdf,
                success=lambda address: self._inform(self._queued_text(document, address)),
                failure=self._failed,
            )

        self._inform(self.tr("Preparando el e-mail…"))
        self._ctx.runner.run_io(
            make_pdf,
            success=queue,
            failure=lambda exc: self._report(failed_text or message_for(exc) or ""),
        )

    def _queued_text(self, document: Document, address: str) -> str:
        """Where the e-mail goes and when: head office sends it once the request reaches it."""
        card = document == "member_card"
        sync = self._ctx.sync
        if sync is None:  # a stand-alone tablet: it waits here until one is registered
            text = (
                self.tr(
                    "La tarjeta se enviará a {address} cuando este terminal se conecte con "
                    "la central."
                )
                if card
                else self.tr(
                    "El consentimiento se enviará a {address} cuando este terminal se conecte "
                    "con la central."
                )
            )
        elif sync.state.phase in (Phase.IDLE, Phase.SYNCING):
            text = (
                self.tr("La tarjeta se enviará a {address} en unos minutos.")
                if card
                else self.tr("El consentimiento se enviará a {address} en unos minutos.")
            )
        else:
            text = (
                self.tr("La tarjeta se enviará a {address} en la próxima sincronización.")
                if card
                else self.tr(
                    "El consentimiento se enviará a {address} en la próxima sincronización."
                )
            )
        return text.format(address=address)

    # -- either way ------------------------------------------------------------------
    def _open(self, dialog: DocumentDialog) -> None:
        self.dialog = dialog
        dialog.open()

    def _failed(self, exc: BaseException) -> None:
        self._report(message_for(exc) or "")


def _card_pdf(card: CardToPrint) -> Callable[[], bytes]:
    """The card's PDF maker, for the I/O pool (reportlab is imported there, at first use)."""

    def make() -> bytes:
        from pos_client.documents.member_card_pdf import MemberCardDocument, render_member_card_pdf

        document = MemberCardDocument(
            card_number=card.card_number,
            holder_name=card.holder_name,
            member_since=card.member_since,
            language=card.language,
        )
        return render_member_card_pdf(document)

    return make
