"""The signature pad on a real widget: pen, finger and mouse strokes, undo, clear, ink."""

from __future__ import annotations

import json
import math
from collections.abc import Sequence

import pytest
from pen import Point, a_stylus, pen_stroke, tablet
from PySide6.QtCore import QEvent, QPoint, QPointF, QSize, Qt
from PySide6.QtGui import QImage, QInputDevice, QMouseEvent, QPointingDevice
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from loyalty_core.signature import Signature, SignatureTooShort, check_signature
from pos_client.ui.widgets.signature_pad import SignaturePad, render_signature


class FakeClock:
    """Monotonic milliseconds that move 8 ms each time they are read."""

    def __init__(self) -> None:
        self.ms = 1_000

    def __call__(self) -> int:
        self.ms += 8
        return self.ms


@pytest.fixture
def pad(qtbot) -> SignaturePad:
    widget = SignaturePad(clock=FakeClock())
    qtbot.addWidget(widget)
    widget.resize(600, 220)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


@pytest.fixture
def stylus() -> QPointingDevice:
    return a_stylus()


def handwriting(left: float = 40, right: float = 560, n: int = 60) -> list[Point]:
    """A loopy cursive line across the pad, as a hand signs a name."""
    points = []
    for i in range(n):
        s = i / (n - 1)
        x = left + (right - left) * s + 16 * math.cos(10 * math.pi * s)
        y = 110 - 34 * math.sin(10 * math.pi * s)
        points.append((round(x), round(y)))
    return points


def mouse_stroke(qtbot, pad: SignaturePad, points: Sequence[Point]) -> None:
    """Press on the first point, move through the others, release on the last."""
    first, *rest = [QPoint(round(x), round(y)) for x, y in points]
    qtbot.mousePress(pad, Qt.MouseButton.LeftButton, pos=first)
    for p in rest:
        qtbot.mouseMove(pad, p)
    qtbot.mouseRelease(pad, Qt.MouseButton.LeftButton, pos=rest[-1] if rest else first)


def dark_pixels(image: QImage) -> list[tuple[int, int]]:
    """Pixels dark enough to be ink (the baseline and the hint are light grey)."""
    image = image.convertToFormat(QImage.Format.Format_RGB32)
    return [
        (x, y)
        for y in range(image.height())
        for x in range(image.width())
        if image.pixelColor(x, y).lightness() < 110
    ]


# -- mouse ------------------------------------------------------------------------
def test_a_mouse_stroke_is_one_stroke_with_every_point_at_full_pressure(pad, qtbot):
    points = [(50, 100), (70, 96), (95, 104), (130, 90), (160, 112)]
    mouse_stroke(qtbot, pad, points)
    sig = pad.signature()
    assert (sig.width, sig.height) == (600, 220)
    assert len(sig.strokes) == 1
    assert [(p.x, p.y) for p in sig.strokes[0]] == points
    assert {p.pressure for p in sig.strokes[0]} == {1.0}
    assert [p.t_ms for p in sig.strokes[0]] == [0, 8, 16, 24, 32]
    assert pad.has_ink()


def test_a_realistic_signature_across_the_pad_is_accepted(pad, qtbot):
    mouse_stroke(qtbot, pad, handwriting(40, 330))
    mouse_stroke(qtbot, pad, handwriting(350, 560, 40))
    mouse_stroke(qtbot, pad, [(60, 170), (300, 166), (540, 160)])
    sig = pad.signature()
    assert [len(s) for s in sig.strokes] == [60, 40, 3]
    check_signature(sig)
    times = [p.t_ms for s in sig.strokes for p in s]
    assert times == sorted(times) and times[0] == 0


def test_a_right_click_and_a_drag_outside_draw_nothing_beyond_the_pad(pad, qtbot):
    qtbot.mouseClick(pad, Qt.MouseButton.RightButton, pos=QPoint(300, 100))
    assert not pad.has_ink()
    mouse_stroke(qtbot, pad, [(550, 100), (700, 120)])
    assert [(p.x, p.y) for p in pad.signature().strokes[0]] == [(550, 100), (600, 120)]


# -- pen --------------------------------------------------------------------------
def test_pen_events_give_one_stroke_with_their_pressures_and_float_positions(pad, stylus):
    points = [(100.5, 120.25), (140.75, 110.5), (180.25, 100.75), (220.5, 108.0)]
    pressures = [0.15, 0.4, 0.85, 0.6]
    events = pen_stroke(pad, stylus, points, pressures)
    assert all(e.isAccepted() for e in events)  # so Qt makes no mouse stroke of them
    sig = pad.signature()
    assert len(sig.strokes) == 1
    # The lift (pressure 0, where the pen already was) is not a point.
    assert [(p.x, p.y) for p in sig.strokes[0]] == points
    assert [p.pressure for p in sig.strokes[0]] == pytest.approx(pressures)


def test_a_pen_press_whose_release_was_lost_ends_the_stroke_before(pad, stylus):
    tablet(pad, stylus, QEvent.Type.TabletPress, (100, 100), 0.5)
    tablet(pad, stylus, QEvent.Type.TabletMove, (200, 100), 0.5)
    pen_stroke(pad, stylus, [(100, 150), (200, 150)], [0.5, 0.5])
    assert [[(p.x, p.y) for p in s] for s in pad.signature().strokes] == [
        [(100, 100), (200, 100)],
        [(100, 150), (200, 150)],
    ]


def test_a_mouse_event_made_from_the_pen_adds_no_second_stroke(pad, stylus):
    pen_stroke(pad, stylus, [(100, 100), (300, 110)], [0.5, 0.7])
    for kind in (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease):
        xy = QPointF(100, 100)
        synthesised = QMouseEvent(
            kind,
            xy,
            xy,
            pad.mapToGlobal(xy),
            Qt.MouseButton.LeftButton,
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier,
            stylus,
        )
        QApplication.sendEvent(pad, synthesised)
    assert len(pad.signature().strokes) == 1


def test_a_pen_without_pressure_draws_at_full_pressure(pad):
    puck = QPointingDevice(
        "test puck",
        4243,
        QInputDevice.DeviceType.Puck,
        QPointingDevice.PointerType.Cursor,
        QInputDevice.Capability.Position,
        1,
        3,
    )
    pen_stroke(pad, puck, [(100, 100), (300, 110)], [0.0, 0.0])
    assert [p.pressure for p in pad.signature().strokes[0]] == [1.0, 1.0]


# -- finger -----------------------------------------------------------------------
@pytest.fixture
def finger() -> QPointingDevice:
    return QTest.createTouchDevice()


def test_a_finger_draws_a_stroke_and_a_second_finger_is_ignored(pad, finger):
    QTest.touchEvent(pad, finger).press(0, QPoint(100, 50), pad).commit()
    two = QTest.touchEvent(pad, finger)
    two.move(0, QPoint(150, 60), pad).press(1, QPoint(400, 150), pad).commit()
    two.move(0, QPoint(200, 70), pad).move(1, QPoint(450, 150), pad).commit()
    two.release(0, QPoint(200, 70), pad).move(1, QPoint(500, 150), pad).commit()
    two.release(1, QPoint(500, 150), pad).commit()
    sig = pad.signature()
    assert [[(p.x, p.y, p.pressure) for p in s] for s in sig.strokes] == [
        [(100, 50, 1.0), (150, 60, 1.0), (200, 70, 1.0)]
    ]


def test_a_hand_on_the_glass_is_dropped_when_the_pen_comes_down(pad, finger, stylus):
    QTest.touchEvent(pad, finger).press(0, QPoint(400, 180), pad).commit()
    QTest.touchEvent(pad, finger).move(0, QPoint(420, 185), pad).commit()
    pen_stroke(pad, stylus, [(100, 100), (200, 90), (300, 110)], [0.3, 0.6, 0.5])
    QTest.touchEvent(pad, finger).move(0, QPoint(440, 190), pad).commit()
    QTest.touchEvent(pad, finger).release(0, QPoint(440, 190), pad).commit()
    strokes = pad.signature().strokes
    assert [[(p.x, p.y) for p in s] for s in strokes] == [[(100, 100), (200, 90), (300, 110)]]


# -- refusals ---------------------------------------------------------------------
def test_an_empty_pad_a_click_and_a_tiny_scribble_are_refused(pad, qtbot):
    with pytest.raises(SignatureTooShort):
        check_signature(pad.signature())
    qtbot.mouseClick(pad, Qt.MouseButton.LeftButton, pos=QPoint(300, 100))
    assert [len(s) for s in pad.signature().strokes] == [1]
    with pytest.raises(SignatureTooShort):
        check_signature(pad.signature())
    pad.clear()
    mouse_stroke(qtbot, pad, [(300 + 6 * (i % 3), 100 + 4 * (i % 2)) for i in range(12)])
    with pytest.raises(SignatureTooShort):
        check_signature(pad.signature())


# -- undo, clear, changed ---------------------------------------------------------
def test_undo_and_clear_remove_strokes_and_say_whether_ink_is_left(pad, qtbot):
    with qtbot.waitSignal(pad.changed, timeout=1000) as drawn:
        mouse_stroke(qtbot, pad, [(50, 100), (250, 100)])
    assert drawn.args == [True]
    mouse_stroke(qtbot, pad, [(50, 150), (250, 150)])
    with qtbot.waitSignal(pad.changed, timeout=1000) as undone:
        pad.undo_stroke()
    assert undone.args == [True]
    assert [[(p.x, p.y) for p in s] for s in pad.signature().strokes] == [[(50, 100), (250, 100)]]
    with qtbot.waitSignal(pad.changed, timeout=1000) as undone:
        pad.undo_stroke()
    assert undone.args == [False]
    assert not pad.has_ink() and pad.signature().strokes == ()
    mouse_stroke(qtbot, pad, [(50, 100), (250, 100)])
    mouse_stroke(qtbot, pad, [(50, 150), (250, 150)])
    with qtbot.waitSignal(pad.changed, timeout=1000) as cleared:
        pad.clear()
    assert cleared.args == [False]
    assert not pad.has_ink() and pad.signature().strokes == ()
    mouse_stroke(qtbot, pad, [(80, 100), (250, 100)])
    assert pad.signature().strokes[0][0].t_ms == 0  # a new signature's clock


def test_undo_while_drawing_drops_the_stroke_under_way(pad, qtbot):
    mouse_stroke(qtbot, pad, [(50, 100), (250, 100)])
    qtbot.mousePress(pad, Qt.MouseButton.LeftButton, pos=QPoint(50, 150))
    qtbot.mouseMove(pad, QPoint(150, 150))
    assert len(pad.signature().strokes) == 1  # the stroke under way is not in it yet
    pad.undo_stroke()
    qtbot.mouseMove(pad, QPoint(250, 150))
    qtbot.mouseRelease(pad, Qt.MouseButton.LeftButton, pos=QPoint(250, 150))
    assert [[(p.x, p.y) for p in s] for s in pad.signature().strokes] == [[(50, 100), (250, 100)]]


# -- ink on screen ----------------------------------------------------------------
def test_ink_is_drawn_where_the_stroke_went_and_goes_with_undo(pad, qtbot, stylus):
    assert dark_pixels(pad.grab().toImage()) == []
    pen_stroke(pad, stylus, [(100, 60), (250, 60), (400, 60)], [0.3, 0.8, 0.5])
    qtbot.wait(20)
    ink = dark_pixels(pad.grab().toImage())
    assert len(ink) > 300
    assert {x // 50 for x, _ in ink} >= {2, 3, 4, 5, 6, 7}  # the whole way along
    assert all(96 <= x <= 404 and 54 <= y <= 66 for x, y in ink)  # and nowhere else
    pad.undo_stroke()
    qtbot.wait(20)
    assert dark_pixels(pad.grab().toImage()) == []


def test_the_same_strokes_render_the_same_ink_live_and_from_the_vectors(pad, qtbot):
    mouse_stroke(qtbot, pad, handwriting())
    live = pad.grab().toImage()
    pad.resize(601, 220)  # the ink is rebuilt from the vectors
    pad.resize(600, 220)
    qtbot.wait(20)
    assert set(dark_pixels(pad.grab().toImage())) == set(dark_pixels(live))
    assert set(dark_pixels(render_signature(pad.signature()))) == set(dark_pixels(live))


# -- size, vectors ----------------------------------------------------------------
def test_resizing_keeps_the_strokes_and_the_signature_holds_every_point(pad, qtbot):
    mouse_stroke(qtbot, pad, [(50, 100), (560, 150)])
    pad.resize(800, 300)
    qtbot.wait(20)
    sig = pad.signature()
    assert [(p.x, p.y) for p in sig.strokes[0]] == [(50, 100), (560, 150)]
    assert (sig.width, sig.height) == (800, 300)
    pad.resize(480, 120)
    qtbot.wait(20)
    assert (pad.signature().width, pad.signature().height) == (560, 150)


def test_what_the_pad_produced_round_trips_through_stored_data(pad, qtbot, stylus):
    pen_stroke(pad, stylus, handwriting(40, 300, 30), [0.2 + i / 40 for i in range(30)])
    mouse_stroke(qtbot, pad, [(320.0, 100.0), (540.0, 130.0)])
    sig = pad.signature()
    back = Signature.from_data(json.loads(json.dumps(sig.to_data())))
    assert back.to_data() == sig.to_data()
    assert back.sha256() == sig.sha256()
    assert back.point_count == sig.point_count == 32


def test_the_pad_asks_for_room_to_sign_and_names_itself(pad):
    assert pad.minimumSizeHint().expandedTo(QSize(480, 180)) == pad.minimumSizeHint()
    assert pad.testAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents)
    assert pad.accessibleName()
