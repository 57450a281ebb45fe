"""Enrolment at the counter, step by step: the form, then the consent signed on the tablet.

The same steps serve both orders of a visit (enrol first, or at payment):
the flow ends with `enrolled(PendingEnrolment)`, which the counter puts on
the cart (`Cart.enrol`); nothing is stored until the sale is finished.
"Volver" on the consent goes back to the form as it was typed, and the
consent dialog is kept (ticks and signature with it) unless the text to
sign changed (the customer's language was changed).

A known customer who is not a member joins through the same steps
(`joining`): the form opens with their details as the store holds them
(`enrolment.registration_of`, on the store thread), and the signed consent
prepares their joining (`enrolment.prepare_existing`). If their details
cannot be read (they became a member meanwhile), `problem` says why and
the flow ends.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QDialog, QWidget

from loyalty_core.registration import Registration
from pos_client.context import AppContext
from pos_client.documents.consent_texts import load_consent_text
from pos_client.services import enrolment
from pos_client.services.consents import SignedConsent
from pos_client.ui import ops
from pos_client.ui.errors import message_for
from pos_client.ui.screens.enrolment.consent_dialog import ConsentDialog
from pos_client.ui.screens.enrolment.registration_dialog import OPEN_EXISTING, RegistrationDialog


class EnrolmentFlow(QObject):
    enrolled = Signal(object)  # PendingEnrolment
    existing_chosen = Signal(object)  # customer id: open that card instead
    problem = Signal(str)  # the joining customer's details could not be read: why
    ended = Signal()  # after any of the above, or when abandoned

    def __init__(
        self, ctx: AppContext, parent: QWidget, *, joining: uuid.UUID | None = None
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._parent = parent
        self.joining = joining
        self.registration_dialog = RegistrationDialog(ctx, parent, joining=joining)
        self.registration_dialog.finished.connect(self._on_registration_dialog_finished)
        self.consent_dialog: ConsentDialog | None = None

    def start(self) -> None:
        if self.joining is None:
            self.registration_dialog.open()
            return
        ops.load_registration(
            self._ctx,
            customer_id=self.joining,
            success=self._on_registration_loaded,
            failure=self._on_registration_failed,
        )

    def _on_registration_loaded(self, values: dict[str, str | None]) -> None:
        self.registration_dialog.prefill(values)
        self.registration_dialog.open()

    def _on_registration_failed(self, exc: BaseException) -> None:
        self.problem.emit(message_for(exc) or "")
        self._end()

    @property
    def registration(self) -> Registration:
        registration = self.registration_dialog.registration
        assert registration is not None
        return registration

    def _on_registration_dialog_finished(self, result: int) -> None:
        if result == OPEN_EXISTING:
            self.existing_chosen.emit(self.registration_dialog.chosen_id)
            self._end()
            return
        if result != QDialog.DialogCode.Accepted:
            self._end()
            return
        registration = self.registration
        try:
            text = load_consent_text(registration.language)
        except (LookupError, ValueError) as exc:  # a consent text missing from this install
            self.registration_dialog.missing.setText(message_for(exc) or "")
            self.registration_dialog.open()
            return
        dialog = self.consent_dialog
        if dialog is None or dialog.text != text:
            if dialog is not None:
                dialog.deleteLater()
            dialog = self.consent_dialog = ConsentDialog(
                self._ctx, text, registration.full_name, finish=self._prepare, parent=self._parent
            )
            dialog.finished.connect(self._on_consent_dialog_finished)
        dialog.set_signer(registration.full_name)
        dialog.open()

    def _prepare(self, consent: SignedConsent) -> enrolment.PendingEnrolment:
        today = self._ctx.now().astimezone().date()
        if self.joining is not None:
            return enrolment.prepare_existing(self.joining, self.registration, consent, today=today)
        return enrolment.prepare(self.registration, consent, today=today)

    def _on_consent_dialog_finished(self, result: int) -> None:
        dialog = self.consent_dialog
        assert dialog is not None
        if result == QDialog.DialogCode.Accepted:
            self.enrolled.emit(dialog.result_value)
            self._end()
        else:
            self.registration_dialog.open()  # back to the form, as it was typed

    def _end(self) -> None:
        self.ended.emit()
        self.registration_dialog.deleteLater()
        if self.consent_dialog is not None:
            self.consent_dialog.deleteLater()
        self.deleteLater()
