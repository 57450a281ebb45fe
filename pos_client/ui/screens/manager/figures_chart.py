"""Sales per day (or per week, for a long range) as stacked bars: the campaign part in plum.

Bars are whole cents and the money axis is labelled in whole euros at
round steps worked out in integers (no float ever holds an amount); only
the drawing turns cents into a bar's height. A day whose returns gave back
more than it took draws no bar: its figure is in the table beside. With no
sales at all, a sentence says so instead of an empty frame.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QCategoryAxis,
    QChart,
    QChartView,
    QStackedBarSeries,
)
from PySide6.QtCore import QMargins, Qt
from PySide6.QtGui import QColor, QCursor, QPainter
from PySide6.QtWidgets import QLabel, QStackedLayout, QToolTip, QWidget

from loyalty_core.money import format_euros
from pos_client.documents.store_figures_pdf import Period

CAMPAIGN = QColor("#8c3b5e")
REST = QColor("#cdb0c4")
ROTATE_AFTER = 14
"""More bars than this and their dates are written upright, so they never overlap."""


def euro_axis(top_cents: int) -> tuple[int, int]:
    """A round step in cents (1, 2 or 5 times a power of ten euros) and how many reach the top."""
    top = max(top_cents, 400)  # an empty day still has a scale
    for exponent in range(12):
        for factor in (1, 2, 5):
            step = factor * 10**exponent * 100
            if step * 5 >= top:
                return step, max(1, math.ceil(top / step))
    return top, 1


def whole_euros(cents: int) -> str:
    """'1.500 €': an axis step is always whole euros."""
    return format_euros(cents).replace(",00 €", " €")


def split(period: Period) -> tuple[int, int]:
    """A bar's two parts in cents: with a campaign, and the rest (none below zero)."""
    campaign = max(0, min(period.campaign_sales_cents, period.sales_cents))
    return campaign, max(0, period.sales_cents - campaign)


class SalesChart(QWidget):
    """The range's sales as bars, oldest on the left."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._periods: list[Period] = []
        self._labels: list[str] = []
        self.chart = QChart()
        self.chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        self.chart.setBackgroundRoundness(8)
        self.chart.setMargins(QMargins(4, 4, 8, 4))
        self.chart.legend().setAlignment(Qt.AlignmentFlag.AlignTop)
        font = self.chart.legend().font()
        font.setPixelSize(15)
        self.chart.legend().setFont(font)
        self.view = QChartView(self.chart)
        self.view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.empty = QLabel(self.tr("Sin ventas en estas fechas"), objectName="chartHint")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._stack = QStackedLayout(self)
        self._stack.addWidget(self.empty)
        self._stack.addWidget(self.view)
        self.setMinimumSize(480, 260)

    def set_periods(self, periods: Sequence[Period]) -> None:
        """Draw one bar per period (a day, or a week) with its campaign part stacked."""
        self._periods = list(periods)
        self._labels = [f"{p.first:%d/%m}" for p in self._periods]
        self.chart.removeAllSeries()
        for axis in self.chart.axes():
            self.chart.removeAxis(axis)
        if not any(p.sales_cents > 0 for p in self._periods):
            self._stack.setCurrentWidget(self.empty)
            return
        campaign = QBarSet(self.tr("Con campaña"))
        rest = QBarSet(self.tr("Sin campaña"))
        for bar_set, colour in ((campaign, CAMPAIGN), (rest, REST)):
            bar_set.setColor(colour)
            bar_set.setBorderColor(colour)
        top = 0
        for period in self._periods:
            with_campaign, without = split(period)
            campaign.append(with_campaign)
            rest.append(without)
            top = max(top, with_campaign + without)
        series = QStackedBarSeries()
        series.append(campaign)
        series.append(rest)
        series.setBarWidth(0.7)
        series.hovered.connect(self._on_series_hovered)
        self.chart.addSeries(series)

        days = QBarCategoryAxis()
        days.append(self._labels)
        money = QCategoryAxis()
        money.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
        step, count = euro_axis(top)
        # A category from -1 cent to 0 puts "0 €" on the base line (labels sit on a
        # category's end); one cent below it is not a pixel.
        money.setRange(-1, step * count)
        money.setStartValue(-1)
        for i in range(count + 1):
            money.append(whole_euros(step * i), step * i)
        for axis in (days, money):
            axis_font = axis.labelsFont()
            axis_font.setPixelSize(13 if len(self._periods) <= 40 else 11)
            axis.setLabelsFont(axis_font)
        if len(self._periods) > ROTATE_AFTER:
            days.setLabelsAngle(-90)
        days.setGridLineVisible(False)
        self.chart.addAxis(days, Qt.AlignmentFlag.AlignBottom)
        self.chart.addAxis(money, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(days)
        series.attachAxis(money)
        self._stack.setCurrentWidget(self.view)

    def _on_series_hovered(self, status: bool, index: int, _bar_set: QBarSet) -> None:
        if not status or not 0 <= index < len(self._periods):
            QToolTip.hideText()
            return
        period = self._periods[index]
        with_campaign, _without = split(period)
        QToolTip.showText(
            QCursor.pos(),
            self.tr("{day}: {total}, con campaña {campaign}").format(
                day=self._labels[index],
                total=format_euros(period.sales_cents),
                campaign=format_euros(with_campaign),
            ),
        )

    def bars(self) -> list[tuple[str, int, int]]:
        """Each bar as drawn: (its date, cents with a campaign, cents without)."""
        return [(label, *split(p)) for label, p in zip(self._labels, self._periods, strict=True)]

    def showing_chart(self) -> bool:
        """True when the bars are shown, False while the 'no sales' sentence is."""
        return self._stack.currentWidget() is self.view

    def legend_names(self) -> list[str]:
        return [m.label() for m in self.chart.legend().markers()]
