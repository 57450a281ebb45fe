"""Hydration and oiliness over a customer's visits, as a line chart (Qt Charts).

Each level is drawn as lines through the visits where it was measured; a
visit where it was not breaks the line there, so a gap is never drawn as
a straight line that no measure supports. With fewer than two measured
visits there is no evolution to see: a sentence says so instead.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCharts import QChart, QChartView, QDateTimeAxis, QLineSeries, QValueAxis
from PySide6.QtCore import QDate, QDateTime, QMargins, QPointF, Qt, QTime
from PySide6.QtGui import QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import QGraphicsSimpleTextItem, QStackedLayout, QWidget

from loyalty_core.skin import LEVELS
from pos_client.ui.screens.advisor.parts import label

COLOURS = {"hydration": QColor("#2b78b4"), "oiliness": QColor("#c27a12")}
MARKER = 10.0
POINT_LABELS_UP_TO = 8
"""Values are written beside the points while they fit; with more visits the axis is enough."""
PADDING_DAYS = 10
"""Room either side of the first and last visit, so their points are not on the frame."""

Point = tuple[date, int]


def _msecs(day: date) -> float:
    """Where a visit's day sits on the time axis: its local noon."""
    return float(QDateTime(QDate(day.year, day.month, day.day), QTime(12, 0)).toMSecsSinceEpoch())


def _runs(points: Sequence[tuple[date, int | None]]) -> list[list[Point]]:
    """The stretches of consecutive measured visits, in date order."""
    runs: list[list[Point]] = []
    current: list[Point] = []
    for day, value in points:
        if value is None:
            if current:
                runs.append(current)
            current = []
        else:
            current.append((day, value))
    if current:
        runs.append(current)
    return runs


class LevelChart(QWidget):
    """The customer's levels over their visits, oldest on the left."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._segments: dict[str, list[list[Point]]] = {name: [] for name in LEVELS}
        self._values: list[tuple[QGraphicsSimpleTextItem, QPointF, QLineSeries, str]] = []
        self._names = {"hydration": self.tr("Hidratación"), "oiliness": self.tr("Grasa")}
        self.chart = QChart()
        self.chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        self.chart.setBackgroundRoundness(8)
        self.chart.setMargins(QMargins(4, 4, 24, 4))  # room for the last date's label
        self.chart.legend().setAlignment(Qt.AlignmentFlag.AlignTop)
        font = self.chart.legend().font()
        font.setPixelSize(15)
        self.chart.legend().setFont(font)
        self._value_font = QFont(font)
        self._value_font.setPixelSize(14)
        self._value_font.setBold(True)
        self.x_axis = QDateTimeAxis()
        self.x_axis.setFormat("dd/MM/yy")
        self.y_axis = QValueAxis()
        self.y_axis.setRange(0, 100)
        self.y_axis.setTickCount(6)
        self.y_axis.setLabelFormat("%d")
        for axis in (self.x_axis, self.y_axis):
            axis_font = axis.labelsFont()
            axis_font.setPixelSize(13)
            axis.setLabelsFont(axis_font)
        self.chart.addAxis(self.x_axis, Qt.AlignmentFlag.AlignBottom)
        self.chart.addAxis(self.y_axis, Qt.AlignmentFlag.AlignLeft)
        self.chart.plotAreaChanged.connect(lambda _area: self._place_values())
        self.view = QChartView(self.chart)
        self.view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.empty = label(
            self.tr("Con dos visitas medidas verá aquí la evolución"), "chartHint", wrap=True
        )
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._stack = QStackedLayout(self)
        self._stack.addWidget(self.empty)
        self._stack.addWidget(self.view)
        self.setMinimumSize(360, 240)
        self.set_history([])

    def set_history(self, points: Sequence[tuple[date, int | None, int | None]]) -> None:
        """Plot (visit day, hydration, oiliness) per visit; None where it was not measured."""
        ordered = sorted(points, key=lambda p: p[0])
        self.chart.removeAllSeries()
        for text, *_ in self._values:
            if (scene := text.scene()) is not None:
                scene.removeItem(text)  # the chart no longer owns it: Python frees it
        self._values = []
        self._segments = {
            "hydration": _runs([(day, h) for day, h, _ in ordered]),
            "oiliness": _runs([(day, o) for day, _, o in ordered]),
        }
        measured = [day for day, h, o in ordered if h is not None or o is not None]
        if len(measured) < 2:
            self._stack.setCurrentWidget(self.empty)
            return
        count = sum(len(run) for runs in self._segments.values() for run in runs)
        for name in LEVELS:
            for index, run in enumerate(self._segments[name]):
                self._add_series(name, run, legend=index == 0, values=count <= POINT_LABELS_UP_TO)
        first, last = min(measured), max(measured)
        pad = PADDING_DAYS * 86_400_000
        self.x_axis.setRange(
            QDateTime.fromMSecsSinceEpoch(int(_msecs(first) - pad)),
            QDateTime.fromMSecsSinceEpoch(int(_msecs(last) + pad)),
        )
        self.x_axis.setTickCount(min(max(len(set(measured)), 2), 6))
        self._stack.setCurrentWidget(self.view)
        self._place_values()

    def _place_values(self) -> None:
        """Write each value beside its point: hydration above, oiliness below, never on it."""
        for text, point, series, name in self._values:
            at = self.chart.mapToPosition(point, series)
            box = text.boundingRect()
            gap = MARKER / 2 + 4
            y = at.y() - gap - box.height() if name == "hydration" else at.y() + gap
            text.setPos(at.x() - box.width() / 2, y)

    def _add_series(self, name: str, run: list[Point], *, legend: bool, values: bool) -> None:
        series = QLineSeries()
        series.setName(self._names[name])
        pen = QPen(COLOURS[name])
        pen.setWidth(3)
        series.setPen(pen)
        series.setColor(COLOURS[name])
        series.setPointsVisible(True)
        series.setMarkerSize(MARKER)
        for day, value in run:
            series.append(_msecs(day), value)
        self.chart.addSeries(series)
        if values:
            for day, value in run:
                text = QGraphicsSimpleTextItem(str(value), self.chart)
                text.setFont(self._value_font)
                text.setBrush(COLOURS[name].darker(140))
                text.setZValue(10)
                self._values.append((text, QPointF(_msecs(day), value), series, name))
        series.attachAxis(self.x_axis)
        series.attachAxis(self.y_axis)
        if not legend:  # one entry per level, however many pieces its line is in
            for marker in self.chart.legend().markers(series):
                marker.setVisible(False)

    def series_points(self) -> dict[str, list[tuple[date, int]]]:
        """Each level's measured points, in date order ('hydration', 'oiliness')."""
        return {name: [p for run in runs for p in run] for name, runs in self._segments.items()}

    def segments(self) -> dict[str, list[list[tuple[date, int]]]]:
        """Each level's unbroken stretches: a visit without the level splits its line."""
        return {name: [list(run) for run in runs] for name, runs in self._segments.items()}

    def legend_names(self) -> list[str]:
        """The names the legend shows."""
        return [m.label() for m in self.chart.legend().markers() if m.isVisible()]

    def showing_chart(self) -> bool:
        """True when the chart is shown, False while the 'two visits' sentence is."""
        return self._stack.currentWidget() is self.view
