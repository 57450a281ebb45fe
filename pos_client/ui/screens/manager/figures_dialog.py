"""The store's figures for a range of days, and the same figures as an A4 report.

Two dates with calendars and the usual ranges one tap away; headline boxes
(members enrolled today, this week and this month whatever the range; sales,
the campaign share, points earned and redeemed, incidents open); sales per
day as stacked bars with the campaign part; the figures per day (per week
for a long range, as the report does), the gifts in stock and the campaigns.
The figures are worked out on the store thread from what this tablet holds;
"Exportar PDF" renders the report on the I/O pool to preview, print or save.
"""

from __future__ import annotations

from datetime import date, timedelta
from functools import reduce

from PySide6.QtCore import QDate, QLocale, Qt, QTimer
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from loyalty_core.incidents import Category
from loyalty_core.money import format_euros
from pos_client.context import AppContext
from pos_client.documents.store_figures_pdf import (
    Period,
    StoreFigures,
    campaign_share,
    periods,
    render_store_figures_pdf,
    weekly,
)
from pos_client.services.store_figures import MADRID, MAX_DAYS
from pos_client.ui import manager_ops
from pos_client.ui.errors import message_for
from pos_client.ui.screens.enrolment.documents import CONSENT_DPI, DocumentDialog
from pos_client.ui.screens.incidents import category_name
from pos_client.ui.screens.manager.figures_chart import SalesChart
from pos_client.ui.widgets.note import NoteLabel

TODAY, WEEK, MONTH, LAST_30, YEAR = "today", "week", "month", "last_30", "year"
PRESETS = (TODAY, WEEK, MONTH, LAST_30, YEAR)
TAB_CHART, TAB_DAYS, TAB_GIFTS, TAB_CAMPAIGNS, TAB_INCIDENTS = range(5)
OUT_OF_STOCK = QColor("#a3261b")


def preset_range(preset: str, today: date) -> tuple[date, date]:
    """The first and last day of a preset, ending today (weeks start on Monday)."""
    firsts = {
        TODAY: today,
        WEEK: today - timedelta(days=today.weekday()),
        MONTH: today.replace(day=1),
        LAST_30: today - timedelta(days=29),
        YEAR: today.replace(month=1, day=1),
    }
    return firsts[preset], today


def count(n: int) -> str:
    """A whole number as the interface's language writes it, like the `%Ln` messages."""
    return QLocale().toString(n)


def total_of(rows: list[Period]) -> Period:
    start = Period(rows[0].first, rows[-1].last) if rows else Period(date.min, date.min)
    return reduce(Period.plus, rows, start)


class Tile(QFrame):
    """One headline figure: what it is, the figure, and a line under it."""

    def __init__(self, caption: str) -> None:
        super().__init__(objectName="figureTile")
        self.caption = QLabel(caption, objectName="tileCaption", wordWrap=True)
        self.value = QLabel("—", objectName="tileValue")
        self.sub = QLabel(objectName="tileSub")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.setSpacing(2)
        layout.addWidget(self.caption)
        layout.addWidget(self.value)
        layout.addWidget(self.sub)

    def show_figure(self, value: str, sub: str = "") -> None:
        self.value.setText(value)
        self.sub.setText(sub)


def read_only_table(headers: list[str], *, stretch: int = 0) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().setVisible(False)
    table.verticalHeader().setDefaultSectionSize(40)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
    table.horizontalHeader().setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return table


def fill(table: QTableWidget, rows: list[list[str]], *, stretch: int = 0) -> None:
    """Put rows of text in a table: names on the left, figures aligned right."""
    table.setRowCount(len(rows))
    for i, row in enumerate(rows):
        for col, text in enumerate(row):
            item = QTableWidgetItem(text)
            if col > 0:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            table.setItem(i, col, item)
    for col in range(table.columnCount()):
        if col != stretch:
            table.resizeColumnToContents(col)


class FiguresDialog(QDialog):
    """The figures screen; `figures` holds what it shows (None until the first answer)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.figures: StoreFigures | None = None
        self.pdf_dialog: DocumentDialog | None = None
        self._asked = 0
        self.setWindowTitle(self.tr("Cifras de la tienda"))
        title = QLabel(self.tr("Cifras de la tienda"), objectName="dialogTitle")
        self.range_line = QLabel(objectName="hintLabel", wordWrap=True)

        self.first_edit, self.last_edit = QDateEdit(), QDateEdit()
        for edit in (self.first_edit, self.last_edit):
            edit.setObjectName("appointmentEdit")  # the style sheet's touch-sized date field
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd/MM/yyyy")
            edit.setMinimumWidth(170)
            edit.dateChanged.connect(self._on_edit_date_changed)
        self.preset_buttons: dict[str, QPushButton] = {}
        names = {
            TODAY: self.tr("Hoy"),
            WEEK: self.tr("Esta semana"),
            MONTH: self.tr("Este mes"),
            LAST_30: self.tr("Últimos 30 días"),
            YEAR: self.tr("Este año"),
        }
        controls = QHBoxLayout()
        controls.addWidget(QLabel(self.tr("Desde"), objectName="fieldCaption"))
        controls.addWidget(self.first_edit)
        controls.addWidget(QLabel(self.tr("Hasta"), objectName="fieldCaption"))
        controls.addWidget(self.last_edit)
        controls.addSpacing(12)
        for preset in PRESETS:
            button = QPushButton(names[preset], objectName="toolButton")
            button.setCheckable(True)
            button.clicked.connect(lambda _checked=False, p=preset: self.choose(p))
            self.preset_buttons[preset] = button
            controls.addWidget(button)
        controls.addStretch(1)
        self.export_button = QPushButton(self.tr("Exportar PDF"), objectName="actionButton")
        self.export_button.setEnabled(False)
        self.export_button.clicked.connect(self.export_pdf)
        controls.addWidget(self.export_button)

        self.tiles = {
            "sales": Tile(self.tr("Ventas")),
            "campaign": Tile(self.tr("Ventas con campaña")),
            "earned": Tile(self.tr("Puntos otorgados")),
            "redeemed": Tile(self.tr("Puntos canjeados")),
            "today": Tile(self.tr("Altas hoy")),
            "week": Tile(self.tr("Altas esta semana")),
            "month": Tile(self.tr("Altas este mes")),
            "incidents": Tile(self.tr("Incidencias abiertas")),
        }
        tiles = QGridLayout()
        tiles.setSpacing(8)
        for i, tile in enumerate(self.tiles.values()):
            tiles.addWidget(tile, i // 4, i % 4)

        self.chart = SalesChart()
        self.day_table = read_only_table(
            [
                self.tr("Día"),
                self.tr("Altas"),
                self.tr("Tickets"),
                self.tr("Importe"),
                self.tr("Con campaña"),
                self.tr("% campaña"),
                self.tr("Puntos otorgados"),
                self.tr("Puntos canjeados"),
            ]
        )
        self.gift_table = read_only_table(
            [self.tr("Regalo"), self.tr("Puntos"), self.tr("En stock")]
        )
        self.campaign_table = read_only_table(
            [self.tr("Campaña"), self.tr("Respuestas"), self.tr("Ventas")]
        )
        self.incident_table = read_only_table([self.tr("Categoría"), self.tr("Abiertas")])
        self.tabs = QTabWidget(objectName="advisorTabs")
        self.tabs.addTab(self.chart, self.tr("Ventas por día"))
        self.tabs.addTab(self.day_table, self.tr("Cifras por día"))
        self.tabs.addTab(self.gift_table, self.tr("Regalos en stock"))
        self.tabs.addTab(self.campaign_table, self.tr("Campañas"))
        self.tabs.addTab(self.incident_table, self.tr("Incidencias"))

        self.message = NoteLabel()
        close = QPushButton(self.tr("Cerrar"))
        close.clicked.connect(self.accept)
        bottom = QHBoxLayout()
        bottom.addWidget(self.message, 1)
        bottom.addStretch(0)  # the buttons keep their size while the note is hidden
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(controls)
        layout.addWidget(self.range_line)
        layout.addLayout(tiles)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(bottom)
        self.resize(1240, 760)

        self._timer = QTimer(self, singleShot=True, interval=300, timeout=self.load)
        self.choose(LAST_30)
        self.tabs.setFocus()  # not the first date's day, which would show selected

    # -- the range ---------------------------------------------------------------------
    def today(self) -> date:
        return self._ctx.now().astimezone(MADRID).date()

    def choose(self, preset: str) -> None:
        """Show a preset range (Hoy, Esta semana...) at once."""
        self.show_range(*preset_range(preset, self.today()))
        for name, button in self.preset_buttons.items():
            button.setChecked(name == preset)

    def show_range(self, first: date, last: date) -> None:
        """Put the two dates in their fields and work the figures out for them now."""
        for edit, day in ((self.first_edit, first), (self.last_edit, last)):
            edit.blockSignals(True)
            edit.setDate(QDate(day.year, day.month, day.day))
            edit.blockSignals(False)
        for button in self.preset_buttons.values():
            button.setChecked(False)
        self._timer.stop()
        self.load()

    def _on_edit_date_changed(self, _date: QDate) -> None:
        for button in self.preset_buttons.values():
            button.setChecked(False)
        self._timer.start()  # a calendar tap or a typed digit: wait for the next one

    def chosen_range(self) -> tuple[date, date]:
        first, last = self.first_edit.date(), self.last_edit.date()
        return date(first.year(), first.month(), first.day()), date(
            last.year(), last.month(), last.day()
        )

    # -- loading ---------------------------------------------------------------------
    def category_labels(self) -> dict[str, str]:
        """The incident screens' own names, so the figures call them the same."""
        return {str(c): category_name(str(c)) for c in Category}

    def language(self) -> str:
        return self._ctx.settings.language[:2] or "es"

    def load(self) -> None:
        first, last = self.chosen_range()
        self._asked += 1
        asked = self._asked
        manager_ops.load_figures(
            self._ctx,
            first_day=first,
            last_day=last,
            language=self.language(),
            category_labels=self.category_labels(),
            success=lambda figures: self._on_loaded(asked, figures),
            failure=lambda exc: self._on_failed(asked, exc),
        )

    def _on_failed(self, asked: int, exc: BaseException) -> None:
        if asked != self._asked:
            return
        code = getattr(exc, "code", "")
        if code == "figures_range_reversed":
            text = self.tr("La fecha «Hasta» es anterior a «Desde»: cámbiela.")
        elif code == "figures_range_too_long":
            text = self.tr("Se pueden ver {limit} días como mucho: acorte las fechas.").format(
                limit=MAX_DAYS
            )
        else:
            text = message_for(exc) or ""
        self.message.say_problem(text)
        self.export_button.setEnabled(False)
        self._ctx.cues.error()

    def _on_loaded(self, asked: int, figures: StoreFigures) -> None:
        if asked != self._asked:
            return  # an older range's answer, overtaken by a newer one
        self.figures = figures
        self.message.clear()
        self.export_button.setEnabled(True)
        rows = periods(figures)
        total = total_of(rows)
        self.range_line.setText(self._range_text(figures))
        self._show_tiles(figures, total)
        self.chart.set_periods(rows)
        per_week = weekly(figures)
        self.tabs.setTabText(
            TAB_CHART, self.tr("Ventas por semana") if per_week else self.tr("Ventas por día")
        )
        self.tabs.setTabText(
            TAB_DAYS, self.tr("Cifras por semana") if per_week else self.tr("Cifras por día")
        )
        head = self.day_table.horizontalHeaderItem(0)
        if head is not None:
            head.setText(self.tr("Semana") if per_week else self.tr("Día"))
        self._show_days(rows, total, per_week)
        self._show_lists(figures)

    def _range_text(self, f: StoreFigures) -> str:
        days = (f.last_day - f.first_day).days + 1
        text = self.tr("Del {first} al {last} ({days} días).").format(
            first=f"{f.first_day:%d/%m/%Y}", last=f"{f.last_day:%d/%m/%Y}", days=days
        )
        if f.last_sync is None:
            note = self.tr(
                "Cifras de esta tableta: aún no ha sincronizado con la central, "
                "cuyas cifras pueden ser mayores."
            )
        else:
            when = f.last_sync.astimezone(MADRID)
            note = self.tr(
                "Cifras de esta tableta y lo sincronizado hasta el {date} a las {time}: "
                "las de la central pueden ser mayores."
            ).format(date=f"{when:%d/%m/%Y}", time=f"{when:%H:%M}")
        return f"{text} {note}"

    def _show_tiles(self, f: StoreFigures, total: Period) -> None:
        t = self.tiles
        t["sales"].show_figure(
            format_euros(total.sales_cents),
            self.tr("%Ln ticket(s)", "", total.sales),
        )
        t["campaign"].show_figure(
            campaign_share(total.campaign_sales_cents, total.sales_cents),
            format_euros(total.campaign_sales_cents),
        )
        t["earned"].show_figure(count(total.points_earned))
        t["redeemed"].show_figure(count(total.points_redeemed))
        t["today"].show_figure(count(f.enrolled_today))
        t["week"].show_figure(count(f.enrolled_week))
        t["month"].show_figure(count(f.enrolled_month))
        t["incidents"].show_figure(count(f.incidents_open))

    def _show_days(self, rows: list[Period], total: Period, per_week: bool) -> None:
        weekdays = [
            self.tr("lu"), self.tr("ma"), self.tr("mi"), self.tr("ju"),
            self.tr("vi"), self.tr("sá"), self.tr("do"),
        ]  # fmt: skip

        def name(p: Period) -> str:
            if not per_week:
                return f"{weekdays[p.first.weekday()]} {p.first:%d/%m/%Y}"
            if p.first == p.last:
                return f"{p.first:%d/%m/%Y}"
            return f"{p.first:%d/%m}–{p.last:%d/%m/%Y}"

        def cells(p: Period) -> list[str]:
            return [
                count(p.members_enrolled),
                count(p.sales),
                format_euros(p.sales_cents),
                format_euros(p.campaign_sales_cents),
                campaign_share(p.campaign_sales_cents, p.sales_cents),
                count(p.points_earned),
                count(p.points_redeemed),
            ]

        body = [[name(p), *cells(p)] for p in rows]
        fill(self.day_table, [*body, [self.tr("Total"), *cells(total)]])
        last = self.day_table.rowCount() - 1
        for col in range(self.day_table.columnCount()):
            item = self.day_table.item(last, col)
            if item is not None:
                font = QFont(item.font())
                font.setBold(True)
                item.setFont(font)

    def _show_lists(self, f: StoreFigures) -> None:
        fill(
            self.gift_table,
            [
                [
                    g.name,
                    count(g.points),
                    count(g.in_stock) if g.in_stock > 0 else self.tr("Agotado"),
                ]
                for g in f.gifts
            ],
        )
        for i, gift in enumerate(f.gifts):
            if gift.in_stock <= 0:
                for col in range(3):
                    item = self.gift_table.item(i, col)
                    if item is not None:
                        item.setForeground(OUT_OF_STOCK)
        fill(
            self.campaign_table,
            [[c.name, count(c.responses), format_euros(c.sales_cents)] for c in f.campaigns],
        )
        fill(self.incident_table, [[name, count(n)] for name, n in f.incidents_by_category])

    # -- the report --------------------------------------------------------------------
    def export_pdf(self) -> None:
        """Render the report of what is shown (I/O pool), to preview, print or save."""
        figures = self.figures
        if figures is None:
            return

        def make() -> bytes:
            return render_store_figures_pdf(figures)

        self.pdf_dialog = DocumentDialog(
            self._ctx,
            title=self.tr("Cifras de la tienda"),
            file_name=(
                f"cifras-{figures.store_code}-{figures.first_day:%Y%m%d}-"
                f"{figures.last_day:%Y%m%d}.pdf"
            ),
            make_pdf=make,
            dpi=CONSENT_DPI,
            preview_width=640,
            parent=self,
        )
        self.pdf_dialog.open()

    def table_rows(self, table: QTableWidget) -> list[list[str]]:
        """A table's text, row by row (what the screen shows)."""
        rows = []
        for r in range(table.rowCount()):
            items = [table.item(r, c) for c in range(table.columnCount())]
            rows.append([item.text() if item is not None else "" for item in items])
        return rows
