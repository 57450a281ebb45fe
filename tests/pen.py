"""A pen on a signature pad in tests: real QTabletEvents, as a digitiser sends them."""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence

from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QInputDevice, QPointingDevice, QTabletEvent
from PySide6.QtWidgets import QApplication, QWidget

Point = tuple[float, float]


def a_stylus(name: str = "test pen", system_id: int = 4242) -> QPointingDevice:
    """A pressure-sensitive pen, as Qt describes a tablet's stylus."""
    return QPointingDevice(
        name,
        system_id,
        QInputDevice.DeviceType.Stylus,
        QPointingDevice.PointerType.Pen,
        QInputDevice.Capability.Position | QInputDevice.Capability.Pressure,
        1,
        3,
    )


def tablet(
    pad: QWidget, device: QPointingDevice, kind: QEvent.Type, xy: Point, pressure: float
) -> QTabletEvent:
    """Send one real tablet event to the pad; return it (to read whether it was accepted)."""
    down = kind != QEvent.Type.TabletRelease
    button = (
        Qt.MouseButton.NoButton if kind == QEvent.Type.TabletMove else Qt.MouseButton.LeftButton
    )
    event = QTabletEvent(
        kind,
        device,
        QPointF(*xy),
        pad.mapToGlobal(QPointF(*xy)),
        pressure,
        0.0,
        0.0,
        0.0,
        0.0,
        0.0,
        Qt.KeyboardModifier.NoModifier,
        button,
        Qt.MouseButton.LeftButton if down else Qt.MouseButton.NoButton,
    )
    QApplication.sendEvent(pad, event)
    return event


def pen_stroke(
    pad: QWidget,
    device: QPointingDevice,
    points: Sequence[Point],
    pressures: Iterable[float] | None = None,
) -> list[QTabletEvent]:
    """Press, move and lift the pen; pressure varies as a hand's does unless given."""
    given = list(pressures) if pressures is not None else None
    weights = given or [0.3 + 0.5 * abs(math.sin(i / 5)) for i in range(len(points))]
    events = [tablet(pad, device, QEvent.Type.TabletPress, points[0], weights[0])]
    for xy, pressure in zip(points[1:], weights[1:], strict=True):
        events.append(tablet(pad, device, QEvent.Type.TabletMove, xy, pressure))
    events.append(tablet(pad, device, QEvent.Type.TabletRelease, points[-1], 0.0))
    return events


def sign(pad: QWidget, device: QPointingDevice) -> None:
    """A cursive name across the pad, and a flourish under it."""
    left, right, middle = 30, pad.width() - 30, pad.height() * 0.5
    points = []
    for i in range(70):
        s = i / 69
        x = left + (right - left) * s + 14 * math.cos(10 * math.pi * s)
        points.append((x, middle - 0.2 * pad.height() * math.sin(10 * math.pi * s)))
    pen_stroke(pad, device, points)
    pen_stroke(pad, device, [(left + 20, middle + 40), (right - 40, middle + 34)])
