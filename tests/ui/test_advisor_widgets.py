"""The advisor's widgets on real Qt widgets: the diagnostic form, its history, the chart, habits.

What the advisor taps (with a finger, a mouse or a pen: real tablet events)
becomes the right `DiagnosticDraft`; every refused value is said under its
field in Spanish and `draft` raises it; a skin analyser's reading fills
both levels as measured; the history shows visits side by side with the
change of each level and corrected diagnostics greyed; the chart plots
what was measured and breaks its line where nothing was; the habits editor
gives back only what changed, in its stored form.
"""

from __future__ import annotations

import json
import uuid
from datetime import UTC, date, datetime, timedelta

import pytest
from pen import a_stylus, tablet
from PySide6.QtCore import QDate, QDateTime, QDir, QEvent, QLocale, Qt, QTime
from PySide6.QtGui import QKeyEvent, QPointingDevice
from PySide6.QtWidgets import QApplication, QPushButton

from loyalty_core.habits import BadHabitValue, Frequency, RoutineStep
from loyalty_core.skin import (
    AppointmentInPast,
    Concern,
    FaceArea,
    LevelNotANumber,
    LevelOutOfRange,
    LevelSource,
    NotesTooLong,
    Sensitivity,
    SkinType,
    SkinTypeRequired,
)
from loyalty_core.wire import DiagnosticPayload, RecommendedProduct
from pos_client.app import STYLE_SHEET
from pos_client.services.diagnostics import DiagnosticDraft
from pos_client.ui.screens.advisor.diagnostic_form import DiagnosticForm
from pos_client.ui.screens.advisor.habits_editor import HabitsEditor
from pos_client.ui.screens.advisor.history_view import DiagnosticHistory
from pos_client.ui.screens.advisor.level_chart import LevelChart

NOW = datetime(2026, 11, 24, 11, 30, tzinfo=UTC)
TODAY = date(2026, 11, 24)
SERUM = uuid.UUID("0195a1b2-0000-7000-8000-000000000001")
CREAM = uuid.UUID("0195a1b2-0000-7000-8000-000000000002")
SPF = uuid.UUID("0195a1b2-0000-7000-8000-000000000003")


def local(moment: datetime) -> str:
    """A moment as the form's date field shows it, in this machine's time zone."""
    return moment.astimezone().strftime("%d/%m/%Y %H:%M")


@pytest.fixture
def form(qtbot) -> DiagnosticForm:
    widget = DiagnosticForm(now=lambda: NOW)
    qtbot.addWidget(widget)
    widget.resize(1200, 760)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


@pytest.fixture
def pen() -> QPointingDevice:
    return a_stylus(system_id=4250)


def tap_with_pen(button: QPushButton, pen: QPointingDevice) -> None:
    """Touch the button's middle with the pen's tip and lift it there."""
    middle = button.rect().center()
    xy = (middle.x() + 0.4, middle.y() + 0.3)
    tablet(button, pen, QEvent.Type.TabletPress, xy, 0.6)
    tablet(button, pen, QEvent.Type.TabletMove, (xy[0] + 2, xy[1] + 1), 0.5)
    tablet(button, pen, QEvent.Type.TabletRelease, (xy[0] + 2, xy[1] + 1), 0.0)


def click(qtbot, button: QPushButton) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def type_text(widget, text: str) -> None:
    """Type as a keyboard does, one key event per character (accents too, unlike keyClicks)."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            key = QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char)
            QApplication.sendEvent(widget, key)


def type_into(qtbot, edit, text: str) -> None:
    """Empty the field as the advisor would (select all, delete), then type."""
    edit.setFocus()
    qtbot.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    type_text(edit, text)


# -- the diagnostic form ---------------------------------------------------------------
def test_choices_levels_notes_products_and_appointment_make_the_draft(form, qtbot):
    changes = []
    form.changed.connect(lambda: changes.append(1))
    click(qtbot, form.skin_type.buttons["combination"])
    click(qtbot, form.sensitivity.buttons["medium"])
    click(qtbot, form.phototype.buttons["3"])
    for concern in ("spots", "fine_lines", "dehydration"):
        click(qtbot, form.concerns.buttons[concern])
    for area in ("cheeks", "forehead"):
        click(qtbot, form.areas.buttons[area])
    type_into(qtbot, form.level_edits["hydration"], "52,4")
    type_into(qtbot, form.level_edits["oiliness"], "31")
    type_text(form.notes, "Zona T con brillos; mejillas tirantes.")
    with qtbot.waitSignal(form.pick_product_requested):
        click(qtbot, form.add_product_button)
    assert form.add_product(SERUM, "Sérum Hidratante · Aurélie")
    assert form.add_product(SPF, "Fluido Solar SPF50+ · Bellesa Sun")
    click(qtbot, form.quick_buttons["2w"])

    draft = form.draft(NOW)

    assert draft == DiagnosticDraft(
        skin_type=SkinType.COMBINATION,
        sensitivity=Sensitivity.MEDIUM,
        hydration=52,
        hydration_source=LevelSource.TYPED,
        oiliness=31,
        oiliness_source=LevelSource.TYPED,
        phototype=3,
        concerns=(Concern.FINE_LINES, Concern.SPOTS, Concern.DEHYDRATION),
        areas=(FaceArea.FOREHEAD, FaceArea.CHEEKS),
        notes="Zona T con brillos; mejillas tirantes.",
        recommended=(SERUM, SPF),
        next_appointment=NOW + timedelta(days=14),
    )
    # What the advisor sees.
    assert form.skin_type.buttons["combination"].isChecked()
    assert not form.skin_type.buttons["dry"].isChecked()
    assert form.level_sources["hydration"].text() == "a mano"
    assert form.notes_count.text() == f"38/{QLocale().toString(2000)}"
    assert form.products_title.text() == "Productos recomendados (2/12)"
    assert [label.text() for label in form.product_labels] == [
        "Sérum Hidratante · Aurélie",
        "Fluido Solar SPF50+ · Bellesa Sun",
    ]
    assert form.appointment_edit.isVisible()
    assert form.problems_shown() == []
    assert len(changes) >= 12


def test_a_pen_taps_the_big_toggles(form, pen, qtbot):
    tap_with_pen(form.skin_type.buttons["dry"], pen)
    tap_with_pen(form.skin_type.buttons["oily"], pen)  # exclusive: replaces Seca
    tap_with_pen(form.skin_type.buttons["oily"], pen)  # required: tapping again keeps it
    tap_with_pen(form.sensitivity.buttons["high"], pen)
    tap_with_pen(form.sensitivity.buttons["high"], pen)  # optional: tapping again clears
    tap_with_pen(form.phototype.buttons["2"], pen)
    tap_with_pen(form.concerns.buttons["acne"], pen)
    tap_with_pen(form.concerns.buttons["pores"], pen)
    tap_with_pen(form.areas.buttons["nose"], pen)
    tap_with_pen(form.quick_buttons["1m"], pen)
    # A pen that slides off a toggle before lifting does not toggle it, as with a finger.
    redness = form.concerns.buttons["redness"]
    tablet(redness, pen, QEvent.Type.TabletPress, (20.0, 20.0), 0.5)
    assert redness.isDown()
    tablet(redness, pen, QEvent.Type.TabletMove, (redness.width() + 40.0, 20.0), 0.5)
    tablet(redness, pen, QEvent.Type.TabletRelease, (redness.width() + 40.0, 20.0), 0.0)

    draft = form.draft(NOW)

    assert draft.skin_type == SkinType.OILY
    assert draft.sensitivity is None
    assert draft.phototype == 2
    assert draft.concerns == (Concern.ACNE, Concern.PORES)
    assert draft.areas == (FaceArea.NOSE,)
    assert draft.next_appointment == datetime(2026, 12, 24, 11, 30, tzinfo=UTC)
    assert form.skin_type.buttons["oily"].isChecked()
    assert not form.skin_type.buttons["dry"].isChecked()
    assert not form.sensitivity.buttons["high"].isChecked()
    assert not redness.isChecked() and not redness.isDown()


@pytest.mark.parametrize(
    ("typed", "error", "said"),
    [
        ("101", LevelOutOfRange, "«101» no vale: el nivel va de 0 a 100."),
        ("-1", LevelOutOfRange, "«-1» no vale: el nivel va de 0 a 100."),
        (
            "abc",
            LevelNotANumber,
            "Escriba un número de 0 a 100, o déjelo en blanco si no se ha medido.",
        ),
    ],
)
def test_a_level_out_of_0_to_100_is_said_under_it_and_refused(form, qtbot, typed, error, said):
    click(qtbot, form.skin_type.buttons["normal"])
    type_text(form.level_edits["oiliness"], typed)

    assert form.errors["oiliness"].text() == said  # said as it is typed, before saving
    assert form.level_edits["oiliness"].property("invalid") is True
    assert form.errors["hydration"].text() == ""
    with pytest.raises(error):
        form.draft(NOW)
    assert form.problems_shown() == [said]

    type_into(qtbot, form.level_edits["oiliness"], "100")
    assert form.errors["oiliness"].text() == ""
    assert form.level_edits["oiliness"].property("invalid") is False
    assert form.draft(NOW).oiliness == 100


def test_a_skin_analyser_reading_fills_both_levels_as_measured(form, qtbot):
    click(qtbot, form.skin_type.buttons["dry"])
    form.reading_edit.setFocus()
    type_text(form.reading_edit, "HYD=45.2;OIL=30")
    qtbot.keyClick(form.reading_edit, Qt.Key.Key_Return)

    assert form.level_edits["hydration"].text() == "45"
    assert form.level_edits["oiliness"].text() == "30"
    assert form.level_sources["hydration"].text() == "del medidor"
    assert form.level_sources["oiliness"].text() == "del medidor"
    assert form.reading_edit.text() == ""  # ready for the next reading
    assert form.reading_hint.text() == "Leído del medidor: hidratación 45, grasa 30."
    draft = form.draft(NOW)
    assert (draft.hydration, draft.hydration_source) == (45, LevelSource.DEVICE)
    assert (draft.oiliness, draft.oiliness_source) == (30, LevelSource.DEVICE)

    # Corrected by hand, a level is the advisor's own.
    type_into(qtbot, form.level_edits["hydration"], "47")
    assert form.level_sources["hydration"].text() == "a mano"
    draft = form.draft(NOW)
    assert (draft.hydration, draft.hydration_source) == (47, LevelSource.TYPED)
    assert draft.oiliness_source == LevelSource.DEVICE

    # A reading that cannot be understood changes nothing and says so.
    assert not form.take_reading("PH=5.5")
    assert form.errors["reading"].text() == (
        "No se entiende «PH=5.5»: vuelva a medir o escriba los niveles a mano."
    )
    assert not form.take_reading("H:130 O:20")
    assert form.errors["reading"].text() == "«130» no vale: el nivel va de 0 a 100."
    assert not form.take_reading("HYD=")
    assert form.errors["reading"].text() == (
        "No se entiende «HYD=»: vuelva a medir o escriba los niveles a mano."
    )
    assert (form.level_edits["hydration"].text(), form.level_edits["oiliness"].text()) == (
        "47",
        "30",
    )


def test_notes_of_ten_thousand_characters_are_refused_with_their_count(form, qtbot):
    click(qtbot, form.skin_type.buttons["normal"])
    form.notes.setPlainText(("Piel reactiva al frío. " * 435)[:10_000])
    assert len(form.notes.toPlainText()) == 10_000

    locale = QLocale()
    ten_thousand, limit = locale.toString(10_000), locale.toString(2000)
    assert form.notes_count.text() == f"{ten_thousand}/{limit}"
    assert form.notes_count.property("over") is True
    said = f"Las notas tienen {ten_thousand} caracteres y caben {limit}: acórtelas."
    assert form.errors["notes"].text() == said
    with pytest.raises(NotesTooLong):
        form.draft(NOW)
    assert len(form.notes.toPlainText()) == 10_000  # refused, never cut

    form.notes.setPlainText("Piel reactiva al frío.")
    assert form.errors["notes"].text() == ""
    assert form.notes_count.property("over") is False
    assert form.draft(NOW).notes == "Piel reactiva al frío."


def test_an_appointment_in_the_past_is_refused(form, qtbot):
    click(qtbot, form.skin_type.buttons["normal"])
    assert form.no_appointment.isVisible()  # none by default
    assert form.draft(NOW).next_appointment is None

    click(qtbot, form.quick_buttons["other"])
    form.appointment_edit.setDateTime(QDateTime(QDate(2026, 11, 23), QTime(10, 0)))

    said = "La próxima cita ya ha pasado: elija una fecha y hora posteriores a ahora."
    assert form.errors["appointment"].text() == said
    assert form.appointment_edit.property("invalid") is True
    with pytest.raises(AppointmentInPast):
        form.draft(NOW)

    click(qtbot, form.remove_appointment)
    assert form.errors["appointment"].text() == ""
    assert form.no_appointment.isVisible()
    assert form.draft(NOW).next_appointment is None


@pytest.mark.parametrize(
    ("now", "button", "expected"),
    [
        (NOW, "2w", NOW + timedelta(days=14)),
        (NOW, "1m", datetime(2026, 12, 24, 11, 30, tzinfo=UTC)),
        (NOW, "3m", datetime(2027, 2, 24, 11, 30, tzinfo=UTC)),
        # From the 31st, a month on is the last day of a shorter month; on the next half hour.
        (datetime(2027, 1, 31, 9, 47, tzinfo=UTC), "1m", datetime(2027, 2, 28, 10, 0, tzinfo=UTC)),
    ],
)
def test_quick_appointment_buttons(qtbot, now, button, expected):
    form = DiagnosticForm(now=lambda: now)
    qtbot.addWidget(form)
    form.show()
    form.skin_type.buttons["oily"].click()
    local_expected = expected.astimezone()
    click(qtbot, form.quick_buttons[button])

    assert form.appointment() == local_expected
    assert form.draft(now).next_appointment == local_expected
    shown = form.appointment_edit.dateTime()
    assert (shown.date().day(), shown.date().month(), shown.time().hour()) == (
        local_expected.day,
        local_expected.month,
        local_expected.hour,
    )
    assert form.errors["appointment"].text() == ""


def test_the_skin_type_is_asked_for_in_place(form, qtbot, pen):
    with pytest.raises(SkinTypeRequired):
        form.draft(NOW)
    assert form.errors["skin_type"].text() == (
        "Elija el tipo de piel: es lo mínimo que recoge un diagnóstico."
    )
    tap_with_pen(form.skin_type.buttons["normal"], pen)
    assert form.errors["skin_type"].text() == ""
    assert form.draft(NOW).skin_type == SkinType.NORMAL


def test_products_are_listed_removed_and_at_most_twelve(form, qtbot):
    assert form.add_product(SERUM, "Sérum Hidratante")
    assert not form.add_product(SERUM, "Sérum Hidratante")
    assert form.errors["products"].text() == "«Sérum Hidratante» ya está en la lista."
    for n in range(11):
        assert form.add_product(uuid.UUID(int=n + 100), f"Producto {n}")
    assert form.products_title.text() == "Productos recomendados (12/12)"
    assert not form.add_product(CREAM, "Crema de Día SPF15")
    assert form.errors["products"].text() == (
        "Se pueden recomendar 12 productos como mucho: quite alguno antes."
    )
    qtbot.wait(1)
    remove = form.product_labels[0].parentWidget().findChild(QPushButton)
    assert remove.text() == "Quitar"
    click(qtbot, remove)
    assert form.errors["products"].text() == ""
    assert [p for p, _ in form.products()][:1] == [uuid.UUID(int=100)]
    assert form.add_product(CREAM, "Crema de Día SPF15")
    assert form.products()[-1] == (CREAM, "Crema de Día SPF15")


def test_a_diagnostic_loaded_for_a_correction_comes_back_the_same(form):
    original = uuid.uuid4()
    draft = DiagnosticDraft(
        skin_type=SkinType.DRY,
        sensitivity=Sensitivity.HIGH,
        hydration=38,
        hydration_source=LevelSource.DEVICE,
        oiliness=None,
        phototype=2,
        concerns=(Concern.REDNESS, Concern.DEHYDRATION),
        areas=(FaceArea.CHEEKS, FaceArea.NECK),
        notes="Rojeces tras la limpieza.",
        recommended=(CREAM, SERUM),
        next_appointment=NOW + timedelta(days=30),
        supersedes=original,
    )
    form.load(draft, product_labels={CREAM: "Crema de Día SPF15", SERUM: "Sérum Hidratante"})

    assert form.draft(NOW) == draft
    assert form.level_sources["hydration"].text() == "del medidor"
    assert form.level_edits["oiliness"].text() == ""
    assert [label.text() for label in form.product_labels] == [
        "Crema de Día SPF15",
        "Sérum Hidratante",
    ]
    form.load(DiagnosticDraft(skin_type=None))  # empties the form
    assert form.skin_type.value() is None and form.products() == []
    assert form.notes.toPlainText() == "" and form.appointment() is None


def test_the_form_fits_the_tablet_without_a_scroll_bar(qtbot):
    QDir.addSearchPath("styles", str(STYLE_SHEET.parent))
    form = DiagnosticForm(now=lambda: NOW)
    qtbot.addWidget(form)
    form.setStyleSheet(STYLE_SHEET.read_text(encoding="utf-8"))
    form.resize(1200, 760)
    form.show()
    qtbot.waitExposed(form)
    # Even with every problem said at once.
    form.level_edits["hydration"].setText("abc")
    form.level_edits["oiliness"].setText("101")
    form.take_reading("PH=5.5")
    form.notes.setPlainText("x" * 3000)
    for n in range(3):
        form.add_product(uuid.UUID(int=n + 1), f"Producto recomendado número {n}")
    form.quick_buttons["other"].click()
    form.appointment_edit.setDateTime(QDateTime(QDate(2026, 1, 1), QTime(10, 0)))
    with pytest.raises(SkinTypeRequired):
        form.draft(NOW)
    qtbot.wait(10)
    assert len(form.problems_shown()) == 6
    assert not form.page_scroll.verticalScrollBar().isVisible()
    assert form.skin_type.buttons["normal"].height() >= 48  # a big target


# -- the history ---------------------------------------------------------------------
def diagnostic(days_ago: int, **values) -> DiagnosticPayload:
    fields = {
        "diagnostic_id": uuid.uuid4(),
        "customer_id": uuid.UUID(int=7),
        "skin_type": "combination",
        "store_code": "S001",
        "device_code": "D01",
        "staff_id": uuid.UUID(int=9),
        "staff_name": "Marta Soler",
        "recorded_at": NOW - timedelta(days=days_ago),
    } | values
    return DiagnosticPayload(**fields)


def product(product_id: uuid.UUID, name: str) -> RecommendedProduct:
    return RecommendedProduct(product_id=product_id, code="8412345000017", name=name, price_cents=1)


def test_the_history_shows_visits_side_by_side_with_each_change(qtbot):
    first = diagnostic(240, skin_type="dry", hydration=32, oiliness=18, phototype=2)
    second = diagnostic(
        150,
        hydration=45,
        oiliness=None,
        concerns=["dehydration", "fine_lines"],
        areas=["cheeks", "eyes"],
        recommended=[product(SERUM, "Sérum Hidratante"), product(CREAM, "Crema de Día")],
        notes="Mejora la hidratación con el sérum. " * 8,
    )
    wrong = diagnostic(60, hydration=80, oiliness=31, store_code="S002", staff_name="Laia Puig")
    fixed = diagnostic(
        58,
        supersedes=wrong.diagnostic_id,
        hydration=52,
        oiliness=31,
        store_code="S002",
        staff_name="Laia Puig",
        next_appointment=NOW + timedelta(days=14),
    )
    latest = diagnostic(0, sensitivity="medium", hydration=55, oiliness=27, phototype=3)
    history = DiagnosticHistory()
    qtbot.addWidget(history)
    history.resize(1200, 700)
    history.show()
    requested = []
    history.correct_requested.connect(requested.append)

    history.set_diagnostics([first, wrong, latest, second, fixed], {wrong.diagnostic_id})

    ids = [d.diagnostic_id for d in (latest, fixed, wrong, second, first)]
    assert history.column_ids() == ids  # newest on the left
    row = {key: [history.text_at(key, c) for c in range(5)] for key in ("hydration", "oiliness")}
    assert row["hydration"] == ["55 (+3)", "52 (+7)", "80 (+35)", "45 (+13)", "32"]
    assert row["oiliness"] == ["27 (−4)", "31", "31", "sin medir", "18"]
    assert history.text_at("date", 0) == local(latest.recorded_at)
    assert history.text_at("date", 1) == local(fixed.recorded_at) + "\ncorrección"
    assert history.text_at("date", 2) == local(wrong.recorded_at) + "\ncorregido"
    assert [history.is_greyed(c) for c in range(5)] == [False, False, True, False, False]
    assert history.text_at("who", 1) == "S002 · Laia Puig"
    assert history.text_at("skin_type", 4) == "Seca"
    assert history.text_at("sensitivity", 0) == "Media"
    assert history.text_at("phototype", 0) == "III"
    assert history.text_at("concerns", 3) == "Líneas finas, Deshidratación"
    assert history.text_at("areas", 3) == "Ojos, Mejillas"
    assert history.text_at("recommended", 3) == "Sérum Hidratante\nCrema de Día"
    assert history.text_at("next_appointment", 1) == local(NOW + timedelta(days=14))
    assert history.text_at("next_appointment", 0) == "—"
    notes = history.table.item(11, 3)
    assert notes.text().endswith("…") and len(notes.text()) <= 110
    assert notes.toolTip() == second.notes.strip()
    # Only the newest diagnostic in force can be corrected.
    assert history.correct_button is not None
    assert history.table.cellWidget(12, 0).isAncestorOf(history.correct_button)
    click(qtbot, history.correct_button)
    assert requested == [latest.diagnostic_id]


def test_a_customer_without_diagnostics_is_told_so(qtbot):
    history = DiagnosticHistory()
    qtbot.addWidget(history)
    history.show()
    history.set_diagnostics([], set())
    assert history.empty.isVisible()
    assert history.empty.text() == "Aún no hay diagnósticos de este cliente."
    assert history.correct_button is None


# -- the chart -----------------------------------------------------------------------
def test_the_chart_plots_what_was_measured_and_breaks_where_nothing_was(qtbot):
    chart = LevelChart()
    qtbot.addWidget(chart)
    chart.resize(700, 380)
    chart.show()
    chart.set_history(
        [
            (date(2026, 9, 27), 52, 31),
            (date(2026, 3, 29), 32, 18),  # any order: plotted by date
            (date(2026, 6, 27), 45, None),  # oiliness not measured that day
            (date(2026, 11, 24), 55, 27),
        ]
    )

    assert chart.showing_chart()
    assert chart.series_points() == {
        "hydration": [
            (date(2026, 3, 29), 32),
            (date(2026, 6, 27), 45),
            (date(2026, 9, 27), 52),
            (date(2026, 11, 24), 55),
        ],
        "oiliness": [(date(2026, 3, 29), 18), (date(2026, 9, 27), 31), (date(2026, 11, 24), 27)],
    }
    assert chart.segments()["oiliness"] == [
        [(date(2026, 3, 29), 18)],
        [(date(2026, 9, 27), 31), (date(2026, 11, 24), 27)],
    ]
    assert len(chart.segments()["hydration"]) == 1
    assert len(chart.chart.series()) == 3  # a line is never drawn across the gap
    assert all(series.pointsVisible() for series in chart.chart.series())
    assert chart.legend_names() == ["Hidratación", "Grasa"]
    assert (chart.y_axis.min(), chart.y_axis.max()) == (0, 100)
    assert chart.x_axis.format() == "dd/MM/yy"


def test_the_chart_waits_for_two_measured_visits(qtbot):
    chart = LevelChart()
    qtbot.addWidget(chart)
    chart.show()
    chart.set_history([(date(2026, 6, 27), None, None), (date(2026, 11, 24), 50, 30)])
    assert not chart.showing_chart()
    assert chart.empty.isVisible()
    assert chart.empty.text() == "Con dos visitas medidas verá aquí la evolución"
    assert chart.chart.series() == []


# -- habits --------------------------------------------------------------------------
STORED = {
    "step.cleansing": RoutineStep(
        "Agua micelar", "Bioderma", None, Frequency.TWICE_DAILY
    ).to_text(),
    "step.serum": RoutineStep(
        "Sérum Hidratante", "Aurélie", SERUM, Frequency.DAILY, "2026-03"
    ).to_text(),
    "pref.vegan": "true",
    "pref.price_range": "mid",
}
CHANGED_ON = {"step.serum": date(2026, 3, 14), "pref.vegan": date(2025, 2, 3)}


@pytest.fixture
def habits(qtbot) -> HabitsEditor:
    editor = HabitsEditor(today=lambda: TODAY)
    qtbot.addWidget(editor)
    editor.resize(1200, 760)
    editor.show()
    editor.load(STORED, CHANGED_ON)
    return editor


def test_habits_show_what_is_stored_and_give_back_nothing_untouched(habits):
    serum = habits.rows["serum"]
    assert serum.product.text() == "Sérum Hidratante · Aurélie"
    assert serum.frequency.currentText() == "Una vez al día"
    assert serum.since.text() == "03/2026"
    assert serum.changed_on.text() == "cambiado el 14/03/2026"
    assert habits.rows["cleansing"].since.text() == ""
    assert habits.rows["toner"].product.text() == ""
    assert habits.flags.values() == ("vegan",)
    assert habits.price.value() == "mid"
    assert habits.flags_changed_on.text() == "cambiado el 03/02/2025"
    assert habits.edits(TODAY) == {}


def test_habits_give_back_only_the_changed_fields_in_their_stored_form(habits, qtbot):
    serum = habits.rows["serum"]
    serum.frequency.setCurrentIndex(serum.frequency.findData("twice_daily"))
    serum.frequency.activated.emit(serum.frequency.currentIndex())
    type_into(qtbot, habits.rows["cleansing"].since, "3/2025")
    type_into(qtbot, habits.rows["sun_protection"].product, "la del supermercado")
    with qtbot.waitSignal(habits.pick_product_requested) as asked:
        click(qtbot, habits.rows["moisturiser"].catalogue)
    assert asked.args == ["moisturiser"]
    habits.set_step_product("moisturiser", CREAM, "Crema de Día SPF15", "Aurélie")
    click(qtbot, habits.flags.buttons["vegan"])  # said 'true' before: now 'false'
    click(qtbot, habits.price.buttons["mid"])  # tapped again: cleared

    edits = habits.edits(TODAY)

    assert set(edits) == {
        "step.serum",
        "step.cleansing",
        "step.sun_protection",
        "step.moisturiser",
        "pref.vegan",
        "pref.price_range",
    }
    assert RoutineStep.from_text(edits["step.serum"]) == RoutineStep(
        "Sérum Hidratante", "Aurélie", SERUM, Frequency.TWICE_DAILY, "2026-03"
    )
    assert json.loads(edits["step.cleansing"])["since"] == "2025-03"
    assert RoutineStep.from_text(edits["step.sun_protection"]) == RoutineStep("la del supermercado")
    assert RoutineStep.from_text(edits["step.moisturiser"]) == RoutineStep(
        "Crema de Día SPF15", "Aurélie", CREAM
    )
    assert edits["pref.vegan"] == "false"
    assert edits["pref.price_range"] is None
    assert "pref.fragrance_free" not in edits  # never said, still not said
    assert habits.rows["serum"].changed_on.text() == "cambiado ahora, sin guardar"
    assert habits.rows["toner"].changed_on.text() == ""


def test_a_catalogue_product_retyped_becomes_free_text_and_a_cleared_step_clears(habits, qtbot):
    type_into(qtbot, habits.rows["serum"].product, "Sérum de otra marca")
    habits.rows["cleansing"].product.clear()
    habits.rows["cleansing"].frequency.setCurrentIndex(0)
    edits = habits.edits(TODAY)
    assert RoutineStep.from_text(edits["step.serum"]) == RoutineStep(
        "Sérum de otra marca", "", None, Frequency.DAILY, "2026-03"
    )
    assert edits["step.cleansing"] is None


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        ("13/2025", "«13/2025» no es un mes que exista."),
        ("2025", "Escriba el mes y el año así: 03/2025."),
        ("12/2026", "Ese mes aún no ha llegado."),
    ],
)
def test_a_bad_month_is_said_under_its_step_and_refused(habits, qtbot, typed, said):
    since = habits.rows["cleansing"].since
    type_into(qtbot, since, typed)
    since.editingFinished.emit()  # the advisor moves on
    assert habits.rows["cleansing"].error.text() == said
    assert since.property("invalid") is True
    with pytest.raises(BadHabitValue):
        habits.edits(TODAY)
    assert habits.problems_shown() == [said]

    type_into(qtbot, since, "11/2026")
    assert habits.rows["cleansing"].error.text() == ""
    assert json.loads(habits.edits(TODAY)["step.cleansing"])["since"] == "2026-11"


def test_a_month_without_a_product_asks_for_the_product(habits, qtbot):
    type_into(qtbot, habits.rows["toner"].since, "05/2024")
    with pytest.raises(BadHabitValue):
        habits.edits(TODAY)
    assert habits.problems_shown() == ["Escriba el producto o la marca que usa."]
    assert habits.rows["toner"].product.property("invalid") is True
