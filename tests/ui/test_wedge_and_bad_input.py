"""The keyboard wedge and refusals at the counter, on real widgets (inline runner)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit

from loyalty_core.barcodes import with_check_digit
from pos_client.app import build_context
from pos_client.config import Settings
from pos_client.ui.main_window import MainWindow
from pos_client.ui.wedge import WedgeScanner


@pytest.fixture
def wedge(qtbot):
    scanner = WedgeScanner()
    scanner.install(QApplication.instance())
    yield scanner
    QApplication.instance().removeEventFilter(scanner)


def test_a_fast_burst_ending_in_enter_is_one_scan_and_never_reaches_the_field(wedge, qtbot):
    field = QLineEdit()
    qtbot.addWidget(field)
    field.show()
    field.setFocus()
    qtbot.waitUntil(field.hasFocus)
    with qtbot.waitSignal(wedge.scanned) as blocker:
        qtbot.keyClicks(field, "8412345000010")
        qtbot.keyClick(field, Qt.Key.Key_Return)
    assert blocker.args == ["8412345000010"]
    qtbot.wait(80)
    assert field.text() == ""


def test_a_person_typing_keeps_every_key_in_order(wedge, qtbot):
    field = QLineEdit()
    qtbot.addWidget(field)
    field.show()
    field.setFocus()
    qtbot.waitUntil(field.hasFocus)
    scans = []
    wedge.scanned.connect(scans.append)
    for ch in "Núñez 12":  # QTest.keyClicks is ASCII-only: send the key events ourselves
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(
                field, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch)
            )
        qtbot.wait(60)
    qtbot.keyClick(field, Qt.Key.Key_Return)
    qtbot.wait(60)
    assert field.text() == "Núñez 12"
    assert scans == []


def test_a_short_fast_burst_is_typing_not_a_scan(wedge, qtbot):
    field = QLineEdit()
    qtbot.addWidget(field)
    field.show()
    field.setFocus()
    qtbot.waitUntil(field.hasFocus)
    scans = []
    wedge.scanned.connect(scans.append)
    qtbot.keyClicks(field, "1234")  # a PIN typed quickly
    qtbot.keyClick(field, Qt.Key.Key_Return)
    qtbot.wait(80)
    assert field.text() == "1234"
    assert scans == []


@pytest.fixture
def counter(store, qtbot):
    ctx = build_context(Settings(data_dir=store.path.parent), inline=True)
    ctx.staff = store.assistant
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win._on_login_logged_in(store.assistant)
    yield win.counter, ctx
    QApplication.instance().removeEventFilter(win.wedge)


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        ("8412345000011", "dígito de control"),  # wrong check digit
        (with_check_digit("841999999999"), "No hay ningún producto"),  # unknown
        ("INT-404", "No hay ningún producto"),
        ("", None),
    ],
)
def test_bad_codes_are_refused_with_a_message_and_a_cue(counter, store, qtbot, code, expected):
    screen, ctx = counter
    screen.handle_scan(store.products["serum"])
    before = list(screen.cart_panel.cart.lines)
    cues = []
    ctx.cues.error_played.connect(lambda: cues.append(1))
    screen.handle_scan(code)
    assert screen.cart_panel.cart.lines == before
    if expected is None:
        assert cues == []
    else:
        assert expected in screen.cart_panel.message.text()
        assert cues == [1]


def test_an_inactive_product_is_refused_by_name(counter, store):
    screen, _ctx = counter
    screen.handle_scan(store.products["old"])
    assert screen.cart_panel.cart.lines == []
    assert "Colonia Retirada" in screen.cart_panel.message.text()


@pytest.mark.parametrize("typed", ["", "0", "-2", "abc", "1000", "2.5"])
def test_blank_or_absurd_quantities_leave_the_cart_unchanged(counter, store, typed):
    screen, _ctx = counter
    screen.handle_scan(store.products["serum"])
    before = list(screen.cart_panel.cart.lines)
    screen.cart_panel.set_quantity_text(0, typed)
    assert screen.cart_panel.cart.lines == before
    assert "entre 1 y 999" in screen.cart_panel.message.text()


def test_a_card_scan_identifies_the_customer_and_a_product_scan_adds_a_line(counter, store):
    screen, _ctx = counter
    screen.handle_scan(store.customer_card)
    assert screen.identify.card is not None
    assert screen.identify.card.card_number == store.customer_card
    assert screen.cart_panel.cart.customer_id == store.customer_id
    screen.handle_scan(store.products["cream"])
    screen.handle_scan(store.products["cream"])
    assert [(ln.code, ln.quantity) for ln in screen.cart_panel.cart.lines] == [
        (store.products["cream"], 2)
    ]


def test_a_refused_scan_is_heard_through_the_system_player(counter, store, tmp_path, qtbot):
    import stat

    from pos_client.devices.sound import ErrorSound
    from pos_client.ui.feedback import Cues

    screen, ctx = counter
    played = tmp_path / "played.txt"
    player = tmp_path / "player"
    player.write_text(f'#!/bin/sh\necho "$1" >> "{played}"\n')
    player.chmod(player.stat().st_mode | stat.S_IEXEC)
    ctx.cues = Cues(ErrorSound(tmp_path / "sounds", player=str(player)))
    screen.handle_scan("8412345000011")  # wrong check digit
    qtbot.waitUntil(played.exists, timeout=5000)
    assert played.read_text().split() == [str(tmp_path / "sounds" / "error-tone.wav")]
    screen.handle_scan(store.products["serum"])  # a good scan makes no sound
    qtbot.wait(200)
    assert len(played.read_text().split()) == 1
