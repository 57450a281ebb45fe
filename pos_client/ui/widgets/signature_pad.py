"""A pad on which a customer signs by hand: pen with pressure, finger or mouse.

The pad keeps the strokes as vectors (`loyalty_core.signature`) and draws
them; it has no buttons and judges nothing: the screen that holds it wires
its own "clear" and "undo" buttons and calls `check_signature`.

Input: tablet events (position as a float, pressure 0..1), the mouse
(pressure 1) and one finger (pressure 1). Each press-move-release is one
stroke. A pen event is always accepted, so Qt never turns it into a second,
mouse, stroke; a mouse event that Qt or the system made from a pen or a
finger is ignored for the same reason. Only the first finger draws: other
fingers, a palm-sized contact and any touch while the pen is down are
ignored, and a finger stroke under way when the pen comes down is dropped
(it was the hand resting on the glass).

Drawing: finished ink lives in a pixmap that each new point is painted into,
so a move costs one short curve however long the signature is; the pixmap
is rebuilt from the vectors only after an undo, a resize or a cancelled
stroke.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from functools import cache

from PySide6.QtCore import QElapsedTimer, QEvent, QPointF, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QEventPoint,
    QFont,
    QHideEvent,
    QImage,
    QInputDevice,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QPixmap,
    QPointingDevice,
    QResizeEvent,
    QTabletEvent,
    QTouchEvent,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from loyalty_core.signature import MAX_POINTS, PenPoint, Signature, signature_from_strokes

INK = QColor(20, 35, 90)
"""A dark blue-black, as a ballpoint pen: clearly a hand signature on a print."""
PEN_WIDTH_MIN = 1.5
PEN_WIDTH_MAX = 4.0
"""Line width in px at pressure 0 and 1 (a mouse or a finger draws at 1)."""
MIN_STEP_PX = 0.5
"""A move shorter than this, at the same pressure, adds no point (pens report ~200 a second)."""
PALM_MM = 25.0
"""A touch contact wider than this is a palm, not a fingertip."""

_PEN = "pen"
_MOUSE = "mouse"
_TOUCH = "touch"
_NOT_A_MOUSE = (
    QInputDevice.DeviceType.Stylus,
    QInputDevice.DeviceType.Airbrush,
    QInputDevice.DeviceType.Puck,
    QInputDevice.DeviceType.TouchScreen,
)


class SignaturePad(QWidget):
    """A white pad with a baseline on which a person signs; `signature()` returns the vectors.

    `changed(has_ink)` is emitted after every stroke ends, every undo and
    every clear. The stroke under way is not part of `signature()` or
    `has_ink()` until the pen, finger or button lifts.

    Resizing keeps the strokes where they were drawn (coordinates are never
    rescaled). The signature's width and height are the pad's current size,
    grown if needed to hold every point (a pad that shrank after signing).

    `clock` returns monotonic milliseconds (tests pass a fake one); points
    carry the time since the signature's first point.
    """

    changed = Signal(bool)

    def __init__(
        self, parent: QWidget | None = None, *, clock: Callable[[], int] | None = None
    ) -> None:
        super().__init__(parent)
        if clock is None:
            timer = QElapsedTimer()
            timer.start()
            clock = timer.elapsed
        self._clock = clock
        self._strokes: list[list[PenPoint]] = []
        self._current: list[PenPoint] = []
        self._source: str | None = None  # what draws the stroke under way
        self._touch_id: int | None = None  # the finger followed until every finger lifts
        self._first_ms: int | None = None
        self._ink: QPixmap | None = None  # None: rebuild from the vectors at the next paint
        self.setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setCursor(Qt.CursorShape.CrossCursor)
        self.setAccessibleName(self.tr("Firma del cliente"))
        self.setAccessibleDescription(
            self.tr("Zona para firmar con el dedo, con el lápiz o con el ratón")
        )

    # -- API ------------------------------------------------------------------
    def signature(self) -> Signature:
        """Return the finished strokes, in the pad's pixels."""
        right = max((p.x for s in self._strokes for p in s), default=0.0)
        bottom = max((p.y for s in self._strokes for p in s), default=0.0)
        width = max(self.width(), math.ceil(right), 1)
        height = max(self.height(), math.ceil(bottom), 1)
        return signature_from_strokes(width, height, self._strokes)

    def has_ink(self) -> bool:
        """Tell whether any stroke has been finished."""
        return bool(self._strokes)

    def clear(self) -> None:
        """Remove every stroke, including one under way."""
        self._strokes.clear()
        self._current = []
        self._source = None
        self._first_ms = None
        self._repaint_all()
        self.changed.emit(False)

    def undo_stroke(self) -> None:
        """Remove the stroke under way, or else the last finished one."""
        if self._source is not None:
            self._current = []
            self._source = None
        elif self._strokes:
            self._strokes.pop()
        self._repaint_all()
        self.changed.emit(self.has_ink())

    def sizeHint(self) -> QSize:
        return QSize(600, 220)

    def minimumSizeHint(self) -> QSize:
        return QSize(480, 180)

    # -- input ----------------------------------------------------------------
    def tabletEvent(self, event: QTabletEvent) -> None:
        # Accepted whatever it is, so that Qt synthesises no mouse event from it.
        event.accept()
        kind = event.type()
        if event.pointerType() == QPointingDevice.PointerType.Eraser:
            return
        has_pressure = event.device().capabilities() & QInputDevice.Capability.Pressure
        pressure = event.pressure() if has_pressure else 1.0
        if kind == QEvent.Type.TabletPress and event.button() == Qt.MouseButton.LeftButton:
            if self._source == _TOUCH:
                self._cancel()  # the hand resting on the glass, not a stroke
            elif self._source == _PEN:
                self._end()  # its release was lost (lifted outside the window)
            if self._source is None:
                self._begin(_PEN, event.position(), pressure)
        elif kind == QEvent.Type.TabletMove and self._source == _PEN:
            self._extend(event.position(), pressure)
        elif kind == QEvent.Type.TabletRelease and self._source == _PEN:
            # The lift itself reports pressure 0 where the pen already was: not a point.
            self._end()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if (
            event.button() != Qt.MouseButton.LeftButton
            or self._source is not None
            or event.device().type() in _NOT_A_MOUSE
        ):
            event.ignore()
            return
        event.accept()
        self._begin(_MOUSE, event.position(), 1.0)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._source == _MOUSE and event.buttons() & Qt.MouseButton.LeftButton:
            self._extend(event.position(), 1.0)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._source == _MOUSE and event.button() == Qt.MouseButton.LeftButton:
            self._extend(event.position(), 1.0)
            self._end()

    def event(self, event: QEvent) -> bool:
        if isinstance(event, QTouchEvent):
            self._on_touch(event)
            event.accept()
            return True
        return super().event(event)

    def _on_touch(self, event: QTouchEvent) -> None:
        kind = event.type()
        if kind == QEvent.Type.TouchCancel:
            if self._source == _TOUCH:
                self._cancel()
            self._touch_id = None
            return
        for point in event.points():
            state = point.state()
            if state == QEventPoint.State.Pressed and self._touch_id is None:
                if self._source is None and not self._is_palm(point):
                    self._touch_id = point.id()
                    self._begin(_TOUCH, point.position(), 1.0)
            elif point.id() == self._touch_id and self._source == _TOUCH:
                self._extend(point.position(), 1.0)
                if state == QEventPoint.State.Released:
                    self._end()
        if kind == QEvent.Type.TouchEnd:
            if self._source == _TOUCH:
                self._end()
            self._touch_id = None

    def _is_palm(self, point: QEventPoint) -> bool:
        diameters = point.ellipseDiameters()
        palm_px = PALM_MM / 25.4 * self.logicalDpiX()
        return max(diameters.width(), diameters.height()) > palm_px

    # -- strokes --------------------------------------------------------------
    def _begin(self, source: str, position: QPointF, pressure: float) -> None:
        now = self._clock()
        blank = not self._strokes
        if self._first_ms is None or blank:
            self._first_ms = now
        self._source = source
        self._current = []
        self._add(self._point(position, pressure, now))
        if blank:
            self.update()  # the hint goes away

    def _extend(self, position: QPointF, pressure: float) -> None:
        point = self._point(position, pressure, self._clock())
        last = self._current[-1]
        if (
            math.hypot(point.x - last.x, point.y - last.y) < MIN_STEP_PX
            and abs(point.pressure - last.pressure) < 0.05
        ):
            return
        if sum(len(s) for s in self._strokes) + len(self._current) >= MAX_POINTS:
            return  # the ink stops: what is stored and synced stays bounded
        self._add(point)

    def _end(self) -> None:
        stroke, self._current, self._source = self._current, [], None
        if not stroke:
            return
        self._strokes.append(stroke)
        self._draw(lambda painter: _paint_stroke_end(painter, stroke), stroke[-2:])
        self.changed.emit(True)

    def _cancel(self) -> None:
        self._current, self._source = [], None
        self._repaint_all()

    def _point(self, position: QPointF, pressure: float, now: int) -> PenPoint:
        # Kept inside the pad: a mouse dragged out keeps reporting positions.
        x = min(max(position.x(), 0.0), float(self.width()))
        y = min(max(position.y(), 0.0), float(self.height()))
        t_ms = max(0, now - (self._first_ms or 0))
        return PenPoint(x, y, min(max(pressure, 0.0), 1.0), t_ms)

    def _add(self, point: PenPoint) -> None:
        self._current.append(point)
        stroke, index = self._current, len(self._current) - 1
        self._draw(lambda painter: _paint_stroke_piece(painter, stroke, index), stroke[-3:])

    # -- drawing --------------------------------------------------------------
    def _draw(self, paint: Callable[[QPainter], None], near: Sequence[PenPoint]) -> None:
        """Paint into the ink pixmap and repaint only the region around `near`."""
        if self._ink is None:
            self.update()  # rebuilt from the vectors, this piece included
            return
        painter = _ink_painter(self._ink)
        paint(painter)
        painter.end()
        xs, ys = [p.x for p in near], [p.y for p in near]
        margin = PEN_WIDTH_MAX + 2
        self.update(
            QRectF(min(xs), min(ys), max(xs) - min(xs), max(ys) - min(ys))
            .adjusted(-margin, -margin, margin, margin)
            .toAlignedRect()
        )

    def _repaint_all(self) -> None:
        self._ink = None
        self.update()

    def _rebuild_ink(self) -> QPixmap:
        ratio = self.devicePixelRatioF()
        pixmap = QPixmap(QSize(self.width(), self.height()) * ratio)
        pixmap.setDevicePixelRatio(ratio)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = _ink_painter(pixmap)
        for stroke in self._strokes:
            _paint_stroke(painter, stroke)
        for index in range(len(self._current)):
            _paint_stroke_piece(painter, self._current, index)
        painter.end()
        return pixmap

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._ink = None
        super().resizeEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        ink = self._ink
        if (
            ink is None
            or ink.deviceIndependentSize().toSize() != self.size()
            or ink.devicePixelRatio() != self.devicePixelRatioF()  # moved to another screen
        ):
            ink = self._ink = self._rebuild_ink()
        painter = QPainter(self)
        painter.fillRect(event.rect(), Qt.GlobalColor.white)
        self._paint_guides(painter)
        painter.drawPixmap(QRectF(event.rect()), ink, _device_rect(event.rect(), ink))
        painter.end()

    def _paint_guides(self, painter: QPainter) -> None:
        """Draw the baseline, and the hint while the pad is blank."""
        margin = 24
        baseline = round(self.height() * 0.72) + 0.5  # + 0.5: a crisp 1 px line
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(QColor(200, 204, 212), 1.0))
        painter.drawLine(
            QPointF(margin, baseline + 0.5), QPointF(self.width() - margin, baseline + 0.5)
        )
        if self._strokes or self._current:
            return
        font = QFont(self.font())
        if font.pointSizeF() > 0:
            font.setPointSizeF(font.pointSizeF() * 1.6)
        else:  # a style sheet gave the size in pixels
            font.setPixelSize(round(font.pixelSize() * 1.6))
        painter.setFont(font)
        painter.setPen(QColor(172, 178, 190))
        hint_box = QRect(margin, 0, self.width() - 2 * margin, int(baseline) - 8)
        flags = Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom
        painter.drawText(hint_box, int(flags), self.tr("Firme aquí"))

    def hideEvent(self, event: QHideEvent) -> None:
        if self._source is not None:
            self._end()  # no release will come to a hidden pad
        super().hideEvent(event)


def render_signature(signature: Signature, *, scale: float = 1.0) -> QImage:
    """Draw a signature's strokes on a white image of its size times `scale`."""
    size = QSize(max(1, round(signature.width * scale)), max(1, round(signature.height * scale)))
    image = QImage(size, QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.white)
    painter = _ink_painter(image)
    painter.scale(scale, scale)
    for stroke in signature.strokes:
        _paint_stroke(painter, list(stroke))
    painter.end()
    return image


# -- how a stroke is drawn: shared by the live pad and render_signature ---------
def _ink_painter(device: QPixmap | QImage) -> QPainter:
    painter = QPainter(device)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    return painter


def _pen_width(pressure: float) -> float:
    return PEN_WIDTH_MIN + (PEN_WIDTH_MAX - PEN_WIDTH_MIN) * min(max(pressure, 0.0), 1.0)


@cache
def _pen(width: float) -> QPen:
    pen = QPen(INK, width)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    return pen


def _set_pen(painter: QPainter, pressure: float) -> None:
    # Widths in steps of 0.1 px: a handful of pens, none built per segment.
    painter.setPen(_pen(round(_pen_width(pressure), 1)))
    painter.setBrush(Qt.BrushStyle.NoBrush)


def _xy(point: PenPoint) -> QPointF:
    return QPointF(point.x, point.y)


def _mid(a: PenPoint, b: PenPoint) -> QPointF:
    return QPointF((a.x + b.x) / 2, (a.y + b.y) / 2)


def _paint_stroke_piece(painter: QPainter, stroke: Sequence[PenPoint], index: int) -> None:
    """Draw what point `index` adds: a dot, then curves through the midpoints.

    A curve from one midpoint to the next, bent by the point between them,
    is smooth where the raw polyline has corners, and needs only the three
    latest points: the live pad draws each piece as its point arrives.
    """
    point = stroke[index]
    if index == 0:
        width = _pen_width(point.pressure)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(INK)
        painter.drawEllipse(_xy(point), width / 2, width / 2)
        return
    before = stroke[index - 1]
    if index == 1:
        _set_pen(painter, (before.pressure + point.pressure) / 2)
        painter.drawLine(_xy(before), _mid(before, point))
        return
    first = stroke[index - 2]
    path = QPainterPath(_mid(first, before))
    path.quadTo(_xy(before), _mid(before, point))
    _set_pen(painter, (first.pressure + 2 * before.pressure + point.pressure) / 4)
    painter.drawPath(path)


def _paint_stroke_end(painter: QPainter, stroke: Sequence[PenPoint]) -> None:
    """Draw the last half-segment, from the last midpoint to the last point."""
    if len(stroke) < 2:
        return
    before, last = stroke[-2], stroke[-1]
    _set_pen(painter, (before.pressure + last.pressure) / 2)
    painter.drawLine(_mid(before, last), _xy(last))


def _paint_stroke(painter: QPainter, stroke: Sequence[PenPoint]) -> None:
    for index in range(len(stroke)):
        _paint_stroke_piece(painter, stroke, index)
    _paint_stroke_end(painter, stroke)


def _device_rect(rect: QRect, pixmap: QPixmap) -> QRectF:
    ratio = pixmap.devicePixelRatio()
    return QRectF(rect.x() * ratio, rect.y() * ratio, rect.width() * ratio, rect.height() * ratio)
