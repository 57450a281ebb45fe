"""The beauty advisor's screen for one customer: diagnostic, history, habits, advice, report.

Opened from the customer card by an advisor. Without the customer's
skin-data consent nothing of their skin is shown or recorded: the screen
says why and, for a club member, collects the consent there and then (the
customer ticks it and signs); a customer outside the club must join first.
Suggested products go into the sale on the counter with one tap.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from loyalty_core.consent import Purpose
from loyalty_core.errors import UserFacingError
from loyalty_core.money import format_euros
from loyalty_core.wire import DiagnosticPayload
from pos_client.context import AppContext
from pos_client.documents.consent_texts import load_consent_text
from pos_client.documents.skin_report_pdf import SkinReport, render_skin_report_pdf
from pos_client.services.advice import ProductAdvice, ReminderAdvice
from pos_client.services.catalogue import ProductInfo
from pos_client.services.consents import SignedConsent
from pos_client.services.diagnostics import DiagnosticDraft
from pos_client.ui import advisor_ops, ops
from pos_client.ui.advisor_ops import AdvisorOverview
from pos_client.ui.errors import message_for
from pos_client.ui.screens.advisor.diagnostic_form import DiagnosticForm
from pos_client.ui.screens.advisor.habits_editor import HabitsEditor
from pos_client.ui.screens.advisor.history_view import DiagnosticHistory
from pos_client.ui.screens.advisor.level_chart import LevelChart
from pos_client.ui.screens.advisor.product_picker import ProductPicker
from pos_client.ui.screens.enrolment.consent_dialog import ConsentDialog
from pos_client.ui.screens.enrolment.documents import CONSENT_DPI, DocumentDialog
from pos_client.ui.widgets.note import NoteLabel

TAB_DIAGNOSTIC, TAB_HISTORY, TAB_HABITS, TAB_ADVICE = range(4)


class AdviceRow(QFrame):
    """One product offered: name and price, the reason, and what the advisor can do with it."""

    recommend = Signal(object)  # ProductAdvice
    sell = Signal(object)  # ProductAdvice

    def __init__(self, item: ProductAdvice | ReminderAdvice, reason: str, *, can_recommend: bool):
        super().__init__(objectName="adviceRow")
        name = QLabel(f"<b>{item.name}</b> · {format_euros(item.price_cents)}")
        name.setWordWrap(True)
        why = QLabel(reason, objectName="hintLabel")
        why.setWordWrap(True)
        text = QVBoxLayout()
        text.addWidget(name)
        text.addWidget(why)
        row = QHBoxLayout(self)
        row.addLayout(text, 1)
        if can_recommend and isinstance(item, ProductAdvice):
            self.recommend_button = QPushButton(self.tr("Recomendar"), objectName="actionButton")
            self.recommend_button.clicked.connect(lambda: self.recommend.emit(item))
            row.addWidget(self.recommend_button)
        self.sell_button = QPushButton(self.tr("Añadir a la venta"), objectName="actionButton")
        self.sell_button.clicked.connect(lambda: self.sell.emit(item))
        row.addWidget(self.sell_button)


class AdvisorDialog(QDialog):
    """`add_to_sale(code)` asks the counter to ring up a product."""

    add_to_sale = Signal(str)

    def __init__(
        self,
        ctx: AppContext,
        customer_id: uuid.UUID,
        *,
        basket: Callable[[], list[uuid.UUID]] = list,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.customer_id = customer_id
        self._basket = basket
        self.overview: AdvisorOverview | None = None
        self.picker: ProductPicker | None = None
        self.consent_dialog: ConsentDialog | None = None
        self.report_dialog: DocumentDialog | None = None
        self.setWindowTitle(self.tr("Asesoramiento de belleza"))
        self.title = QLabel(objectName="dialogTitle")
        self.message = NoteLabel()

        self.gate = QFrame(objectName="customerCard")
        self.gate_text = QLabel()
        self.gate_text.setWordWrap(True)
        self.collect_button = QPushButton(
            self.tr("Recoger el consentimiento ahora"), objectName="primaryButton"
        )
        self.collect_button.clicked.connect(self.collect_consent)
        gate_layout = QVBoxLayout(self.gate)
        gate_layout.addWidget(self.gate_text)
        gate_layout.addWidget(self.collect_button, 0, Qt.AlignmentFlag.AlignLeft)

        self.form = DiagnosticForm(now=ctx.now)
        self.form.pick_product_requested.connect(lambda: self._pick(None))
        self.correcting = QLabel(objectName="hintLabel")
        self.save_button = QPushButton(self.tr("Guardar diagnóstico"), objectName="primaryButton")
        self.save_button.clicked.connect(self.save_diagnostic)
        new_button = QPushButton(self.tr("Empezar de nuevo"), objectName="actionButton")
        new_button.clicked.connect(self.new_diagnostic)
        diagnostic_bar = QHBoxLayout()
        diagnostic_bar.addWidget(self.correcting, 1)
        diagnostic_bar.addWidget(new_button)
        diagnostic_bar.addWidget(self.save_button)
        diagnostic_tab = QWidget()
        diagnostic_layout = QVBoxLayout(diagnostic_tab)
        diagnostic_layout.addWidget(self.form, 1)
        diagnostic_layout.addLayout(diagnostic_bar)

        self.history = DiagnosticHistory()
        self.history.correct_requested.connect(self.correct)
        self.chart = LevelChart()
        history_tab = QWidget()
        history_layout = QVBoxLayout(history_tab)
        history_layout.addWidget(self.history, 3)
        history_layout.addWidget(self.chart, 2)

        self.habits = HabitsEditor()
        self.habits.pick_product_requested.connect(self._pick)
        self.save_habits_button = QPushButton(
            self.tr("Guardar hábitos"), objectName="primaryButton"
        )
        self.save_habits_button.clicked.connect(self.save_habits)
        habits_tab = QWidget()
        habits_layout = QVBoxLayout(habits_tab)
        habits_layout.addWidget(self.habits, 1)
        habits_layout.addWidget(self.save_habits_button, 0, Qt.AlignmentFlag.AlignRight)

        self.advice_box = QVBoxLayout()
        advice_holder = QWidget()
        advice_holder.setLayout(self.advice_box)
        advice_scroll = QScrollArea()
        advice_scroll.setWidgetResizable(True)
        advice_scroll.setWidget(advice_holder)

        self.tabs = QTabWidget(objectName="advisorTabs")
        self.tabs.addTab(diagnostic_tab, self.tr("Diagnóstico"))
        self.tabs.addTab(history_tab, self.tr("Historial"))
        self.tabs.addTab(habits_tab, self.tr("Hábitos"))
        self.tabs.addTab(advice_scroll, self.tr("Consejos"))

        self.report_button = QPushButton(
            self.tr("Informe para el cliente"), objectName="actionButton"
        )
        self.report_button.clicked.connect(self.open_report)
        self.email_button = QPushButton(
            self.tr("Enviar informe por e-mail"), objectName="actionButton"
        )
        self.email_button.clicked.connect(self.email_report)
        close = QPushButton(self.tr("Cerrar"))
        close.clicked.connect(self.accept)
        bottom = QHBoxLayout()
        bottom.addWidget(self.message, 1)
        bottom.addWidget(self.report_button)
        bottom.addWidget(self.email_button)
        bottom.addWidget(close)

        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.gate)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(bottom)
        self.resize(1200, 760)
        self.reload()

    # -- loading ------------------------------------------------------------------
    def reload(self) -> None:
        advisor_ops.load_overview(
            self._ctx,
            customer_id=self.customer_id,
            basket=self._basket(),
            language=self._language(),
            success=self._on_loaded,
            failure=self._fail,
        )

    def _language(self) -> str:
        """The screen's language: the reasons are read by the advisor."""
        return self._ctx.settings.language[:2] or "es"

    def _on_loaded(self, overview: AdvisorOverview) -> None:
        first = self.overview is None
        self.overview = overview
        self.title.setText(self.tr("Asesoramiento · {name}").format(name=overview.name))
        allowed = overview.allowed
        self.gate.setVisible(not allowed)
        for tab in (TAB_DIAGNOSTIC, TAB_HISTORY, TAB_HABITS):
            self.tabs.setTabEnabled(tab, allowed)
        if not allowed:
            if overview.club_member:
                self.gate_text.setText(
                    self.tr(
                        "{name} no ha dado su consentimiento para registrar datos de piel y "
                        "hábitos (o lo ha retirado). Sin él no se puede anotar ni consultar su "
                        "diagnóstico. Si lo desea, puede darlo ahora: lo lee, lo marca y firma."
                    ).format(name=overview.name)
                )
            else:
                self.gate_text.setText(
                    self.tr(
                        "Los datos de piel y hábitos solo se registran para socias y socios del "
                        "club, con su consentimiento firmado. {name} puede hacerse socio/a con "
                        "una compra de esta visita."
                    ).format(name=overview.name)
                )
            self.collect_button.setVisible(overview.club_member)
            self.tabs.setCurrentIndex(TAB_ADVICE)
        elif first:
            self.tabs.setCurrentIndex(TAB_DIAGNOSTIC)
        self.history.set_diagnostics(overview.history.diagnostics, set(overview.history.superseded))
        self.chart.set_history(overview.history.levels())
        self.habits.load(overview.habits.values, overview.habits.changed_on)
        self._show_advice(overview)
        has_report = overview.history.latest is not None
        self.report_button.setEnabled(has_report)
        self.email_button.setEnabled(has_report)

    def _show_advice(self, overview: AdvisorOverview) -> None:
        while self.advice_box.count():
            taken = self.advice_box.takeAt(0)
            if taken is not None and taken.widget() is not None:
                taken.widget().deleteLater()  # type: ignore[union-attr]
        sections: list[tuple[str, list[AdviceRow]]] = [
            (
                self.tr("Se le acaba"),
                [
                    AdviceRow(
                        r,
                        (
                            self.tr("Se acabó el {d}") if r.overdue else self.tr("Se acaba el {d}")
                        ).format(d=r.runs_out.strftime("%d/%m/%Y")),
                        can_recommend=False,
                    )
                    for r in overview.reminders
                ],
            ),
            (
                self.tr("Sugerencias para su piel"),
                [
                    AdviceRow(a, a.reason, can_recommend=overview.allowed)
                    for a in overview.suggestions
                ],
            ),
            (
                self.tr("Se suele comprar junto con lo que lleva"),
                [
                    AdviceRow(a, a.reason, can_recommend=overview.allowed)
                    for a in overview.bought_with
                ],
            ),
        ]
        for title, rows in sections:
            self.advice_box.addWidget(QLabel(title, objectName="sectionTitle"))
            if not rows:
                self.advice_box.addWidget(
                    QLabel(self.tr("Nada por ahora."), objectName="hintLabel")
                )
            for row in rows:
                row.recommend.connect(self._recommend)
                row.sell.connect(lambda item: self.add_to_sale.emit(item.code))
                row.sell.connect(
                    lambda item: self.message.say(
                        self.tr("«{name}» añadido a la venta.").format(name=item.name)
                    )
                )
                self.advice_box.addWidget(row)
        self.advice_box.addStretch(1)

    def advice_rows(self) -> list[AdviceRow]:
        """The products offered on the advice tab, top to bottom."""
        return self.findChildren(AdviceRow)

    # -- the diagnostic -------------------------------------------------------------
    def take_reading(self, text: str) -> None:
        """A skin analyser's reading arrived (through the scanner's keyboard path)."""
        if self.overview is None or not self.overview.allowed:
            return
        self.tabs.setCurrentIndex(TAB_DIAGNOSTIC)
        self.form.take_reading(text)

    def _recommend(self, item: ProductAdvice) -> None:
        if self.form.add_product(item.product_id, item.name):
            self.message.say(
                self.tr("«{name}» recomendado en el diagnóstico.").format(name=item.name)
            )
            self.tabs.setCurrentIndex(TAB_DIAGNOSTIC)

    def save_diagnostic(self) -> None:
        try:
            draft = self.form.draft(self._ctx.now())
        except (UserFacingError, ValueError) as exc:
            self.message.say_problem(message_for(exc) or self.tr("Revise los datos marcados."))
            self._ctx.cues.error()
            return
        self.save_button.setEnabled(False)
        advisor_ops.record_diagnostic(
            self._ctx,
            customer_id=self.customer_id,
            draft=draft,
            success=self._on_diagnostic_saved,
            failure=self._on_save_failed,
        )

    def _on_diagnostic_saved(self, saved: DiagnosticPayload) -> None:
        self.save_button.setEnabled(True)
        self.new_diagnostic()
        self.message.say(self.tr("Diagnóstico guardado."))
        self.tabs.setCurrentIndex(TAB_HISTORY)
        self.reload()

    def _on_save_failed(self, exc: BaseException) -> None:
        self.save_button.setEnabled(True)
        self.save_habits_button.setEnabled(True)
        self._fail(exc)

    def new_diagnostic(self) -> None:
        self.form.load(DiagnosticDraft(skin_type=None))
        self.correcting.clear()

    def correct(self, diagnostic_id: uuid.UUID) -> None:
        """Fill the form with a diagnostic to correct; saving it supersedes the old one."""
        if self.overview is None:
            return
        old = next(d for d in self.overview.history.diagnostics if d.diagnostic_id == diagnostic_id)
        self.form.load(
            DiagnosticDraft.correcting(old, now=self._ctx.now()),
            product_labels={p.product_id: p.name for p in old.recommended},
        )
        self.correcting.setText(
            self.tr(
                "Corrigiendo el diagnóstico del {d}: al guardar, sustituye al anterior."
            ).format(d=old.recorded_at.astimezone().strftime("%d/%m/%Y"))
        )
        self.tabs.setCurrentIndex(TAB_DIAGNOSTIC)

    # -- habits ---------------------------------------------------------------------
    def save_habits(self) -> None:
        try:
            edits = self.habits.edits(self._ctx.now().astimezone().date())
        except (UserFacingError, ValueError):
            # The reason is already shown under the row concerned.
            self.message.say_problem(self.tr("Revise los datos marcados."))
            return
        if not edits:
            self.message.say(self.tr("No hay cambios que guardar."))
            return
        self.save_habits_button.setEnabled(False)
        advisor_ops.update_habits(
            self._ctx,
            customer_id=self.customer_id,
            edits=edits,
            success=self._on_habits_saved,
            failure=self._on_save_failed,
        )

    def _on_habits_saved(self, changed: dict[str, str | None]) -> None:
        self.save_habits_button.setEnabled(True)
        self.message.say(self.tr("Hábitos guardados."))
        self.reload()

    # -- picking from the catalogue --------------------------------------------------
    def _pick(self, step: str | None) -> None:
        title = self.tr("Producto recomendado") if step is None else self.tr("Producto que usa")
        picker = self.picker = ProductPicker(self._ctx, title, self)

        def chosen(product: ProductInfo) -> None:
            if step is None:
                self.form.add_product(product.id, product.display_name)
            else:
                self.habits.set_step_product(step, product.id, product.name, product.brand)

        picker.picked.connect(chosen)
        picker.open()

    # -- consent --------------------------------------------------------------------
    def collect_consent(self) -> None:
        """The customer reads the skin-data purpose, ticks it and signs, on the tablet."""
        if self.overview is None:
            return
        text = load_consent_text(self.overview.language)
        dialog = self.consent_dialog = ConsentDialog(
            self._ctx,
            text,
            self.overview.name,
            finish=lambda consent: consent,
            purposes=[Purpose.SKIN_DATA],
            required=(),
            parent=self,
        )

        def on_finished(result: int) -> None:
            signed = dialog.result_value
            given = isinstance(signed, SignedConsent) and signed.choices.get(Purpose.SKIN_DATA)
            if result == QDialog.DialogCode.Accepted and given:
                assert isinstance(signed, SignedConsent)
                ops.change_consent(
                    self._ctx,
                    customer_id=self.customer_id,
                    changes={Purpose.SKIN_DATA: True},
                    text=text,
                    signature=signed.signature,
                    success=lambda _id: self._on_consent_given(),
                    failure=self._fail,
                )
            dialog.deleteLater()
            self.consent_dialog = None

        dialog.finished.connect(on_finished)
        dialog.open()

    def _on_consent_given(self) -> None:
        self.message.say(self.tr("Consentimiento firmado y guardado."))
        self.reload()

    # -- the report -----------------------------------------------------------------
    def open_report(self) -> None:
        advisor_ops.load_report(
            self._ctx, customer_id=self.customer_id, success=self._show_report, failure=self._fail
        )

    def _show_report(self, report: SkinReport) -> None:
        self.report_dialog = DocumentDialog(
            self._ctx,
            title=self.tr("Informe de cuidado de la piel"),
            file_name=f"informe-piel-{report.diagnosed_at:%Y%m%d}.pdf",
            make_pdf=lambda: render_skin_report_pdf(report),
            dpi=CONSENT_DPI,
            preview_width=620,
            parent=self,
        )
        self.report_dialog.open()

    def email_report(self) -> None:
        overview = self.overview
        if overview is None:
            return
        if not overview.has_email or not overview.email_consent:
            self.message.say_problem(
                self.tr(
                    "Solo se envía por e-mail a quien dio su e-mail y aceptó recibir nuestros "
                    "correos. Imprímalo para que se lo lleve."
                )
            )
            return

        def send(pdf: bytes) -> None:
            ops.email_document(
                self._ctx,
                customer_id=self.customer_id,
                document="skin_report",
                pdf=pdf,
                success=lambda to: self.message.say(
                    self.tr("El informe se enviará a {to}.").format(to=to)
                ),
                failure=self._fail,
            )

        advisor_ops.load_skin_report(
            self._ctx, customer_id=self.customer_id, success=send, failure=self._fail
        )

    def _fail(self, exc: BaseException) -> None:
        self.message.say_problem(message_for(exc) or "")
        self._ctx.cues.error()
