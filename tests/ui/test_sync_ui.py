"""Sync as a person at the counter sees it, against a real server process.

The set-up wizard registers the tablet and downloads its store; the status
bar says online, offline, changes waiting and the last sync; closing with
changes waiting asks first; a revoked tablet says so once. The real
threaded runner and the real background scheduler run here.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from chain import CODES, ServerProcess, Tablet, free_port, running_chain
from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox
from sqlalchemy import func, select

from pos_client.app import build_context, install_translations
from pos_client.config import Settings
from pos_client.store.database import open_store
from pos_client.store.models import Customer, OutboxEntry, Product
from pos_client.sync import credentials
from pos_client.sync.engine import SyncEngine
from pos_client.sync.registration import register_device
from pos_client.ui.main_window import MainWindow
from pos_client.ui.runner import Runner
from pos_client.ui.screens.manager import open_review
from pos_client.ui.screens.setup.setup_wizard import SetupWizard
from pos_client.ui.signals import AppSignals
from sync_server.devices.service import issue_code, revoke

Yes, No = QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No


@pytest.fixture
def server(tmp_path: Path) -> Iterator[ServerProcess]:
    with running_chain(tmp_path / "server") as process:
        yield process


@pytest.fixture
def spanish(qapp: QApplication) -> Iterator[None]:
    """The app's Spanish translators (plural forms), removed after the test."""
    locale = QLocale()
    translators = install_translations(qapp, "es")
    yield
    for translator in translators:
        qapp.removeTranslator(translator)
    QLocale.setDefault(locale)


def new_code(server: ServerProcess, store: str = "S001") -> str:
    with server.admin() as s:
        return issue_code(s, store_code=store, now=datetime.now(UTC))


@pytest.fixture
def wizard(server: ServerProcess, tmp_path: Path, qtbot: Any) -> Iterator[SetupWizard]:
    sessions = open_store(tmp_path / "tablet" / "store.db")
    runner = Runner(sessions, AppSignals())
    made = SetupWizard(
        data_dir=tmp_path / "tablet", sessions=sessions, runner=runner, server_url=server.url
    )
    qtbot.addWidget(made)
    made.show()
    qtbot.waitExposed(made)
    yield made
    runner.wait()
    sessions.kw["bind"].dispose()


def fill(qtbot: Any, wizard: SetupWizard, *, store: str, code: str, server: str = "") -> None:
    if server:
        wizard.server.setText(server)
    for field, text in ((wizard.store, store), (wizard.code, code)):
        field.clear()
        qtbot.keyClicks(field, text)


def test_the_wizard_registers_the_tablet_and_downloads_its_store(
    wizard: SetupWizard, server: ServerProcess, tmp_path: Path, qtbot: Any
) -> None:
    code = new_code(server)
    assert wizard.server.text() == server.url
    assert not wizard.register.isEnabled()
    qtbot.keyClicks(wizard.store, "s001")
    assert wizard.store.text() == "S001"  # capitals as typed
    qtbot.keyClicks(wizard.code, code[:6])
    assert "12 letras y números" in wizard.hint.text()  # said while typing
    assert not wizard.register.isEnabled()
    qtbot.keyClicks(wizard.code, code[6:])
    assert wizard.hint.text() == ""
    assert wizard.register.isEnabled()

    with qtbot.waitSignal(wizard.finished, timeout=30_000):
        wizard.register.click()
        qtbot.waitUntil(lambda: wizard.progress is not None, timeout=10_000)
        assert wizard.progress.labelText().startswith("Descargando los datos de la tienda")
    assert wizard.result() == QDialog.DialogCode.Accepted

    # What she sees next: the main window of her store, its staff and products there.
    data = tmp_path / "tablet"
    assert credentials.load(data) is not None
    ctx = build_context(Settings(data_dir=data), inline=True)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    try:
        assert window.windowTitle() == "Loyalty Counter — Bellesa Rambla"
        window.login.code.setText("1001")
        window.login.pin.setText("1234")
        window.login.enter.click()
        assert window.stack.currentWidget() is window.counter
        window.counter.handle_scan(CODES["serum"])
        (line,) = window.counter.cart_panel.cart.lines
        assert "Sérum Hidratante" in line.name
        with ctx.sessions() as s:
            assert s.scalar(select(func.count()).select_from(Product)) == 3
    finally:
        QApplication.instance().removeEventFilter(window.wedge)


def test_cancelling_the_first_download_keeps_what_arrived_and_opens_the_app(
    wizard: SetupWizard, server: ServerProcess, tmp_path: Path, qtbot: Any, monkeypatch: Any
) -> None:
    pulled: list[str] = []
    original = SyncEngine.pull_feed

    def slow_pull(self: SyncEngine, feed: Any, cancelled: Any = lambda: False) -> int:
        time.sleep(0.4)  # a big store on a slow line
        rows = original(self, feed, cancelled)
        pulled.append(f"{feed}:{rows}")
        return rows

    monkeypatch.setattr(SyncEngine, "pull_feed", slow_pull)
    fill(qtbot, wizard, store="S001", code=new_code(server))
    with qtbot.waitSignal(wizard.finished, timeout=30_000):
        wizard.register.click()
        qtbot.waitUntil(lambda: wizard.progress is not None and wizard.progress.isVisible())
        qtbot.wait(100)
        cancel = wizard.progress.findChild(type(wizard.register))
        assert cancel is not None and cancel.text() == "Cancelar"
        cancel.click()
        assert wizard.hint.text().startswith("Deteniendo la descarga")
    assert wizard.result() == QDialog.DialogCode.Accepted  # registered: the app opens
    assert len([p for p in pulled if not p.endswith(":0")]) < 3  # stopped early
    with open_store(tmp_path / "tablet" / "store.db")() as s:
        assert s.scalar(select(func.count()).select_from(Customer)) == 0  # not reached yet


def test_a_wrong_used_or_unreachable_registration_says_so_plainly(
    wizard: SetupWizard, server: ServerProcess, tmp_path: Path, qtbot: Any
) -> None:
    def attempt() -> str:
        wizard.register.click()
        qtbot.waitUntil(lambda: wizard.error.text() != "", timeout=15_000)
        assert wizard.store.isEnabled() and wizard.register.isEnabled()  # try again
        return wizard.error.text()

    fill(qtbot, wizard, store="S001", code="ABCD-EFGH-JKLM")
    assert attempt() == (
        "El código de registro no es válido para la tienda S001. Compruebe los dos "
        "códigos o pida uno nuevo a la central."
    )
    used = new_code(server)
    other = open_store(tmp_path / "other" / "store.db")  # another tablet spends it first
    register_device(
        other, tmp_path / "other", server_url=server.url, store_code="S001", registration_code=used
    )
    other.kw["bind"].dispose()
    fill(qtbot, wizard, store="S001", code=used)
    assert attempt() == "Este código de registro ya se ha usado. Pida uno nuevo a la central."

    nowhere = f"http://127.0.0.1:{free_port()}"
    fill(qtbot, wizard, store="S001", code=new_code(server), server=nowhere)
    assert attempt() == (
        f"No se puede conectar con el servidor {nowhere}. Compruebe la dirección y que el "
        "terminal tenga red."
    )
    # Nothing was kept: the tablet is not registered.
    assert credentials.load(tmp_path / "tablet") is None
    assert wizard.isVisible()


# -- the status bar -------------------------------------------------------------------
class Asked:
    """Stands in for QMessageBox.question/warning: records what was asked."""

    def __init__(self, answer: QMessageBox.StandardButton = Yes) -> None:
        self.answer = answer
        self.calls: list[tuple[str, str]] = []

    def __call__(self, _parent: Any, title: str, text: str, *_args: Any) -> Any:
        self.calls.append((title, text))
        return self.answer


@pytest.fixture
def registered(server: ServerProcess, tmp_path: Path) -> Path:
    """A tablet registered with the server; its first download is the app's to do."""
    tablet = Tablet.register(server, tmp_path / "tablet", "S001")
    tablet.close()
    return tmp_path / "tablet"


@pytest.fixture
def window(
    registered: Path, qtbot: Any, monkeypatch: pytest.MonkeyPatch, spanish: None
) -> Iterator[MainWindow]:
    question = Asked(Yes)
    monkeypatch.setattr(QMessageBox, "question", question)
    ctx = build_context(Settings(data_dir=registered))
    assert ctx.sync is not None
    made = MainWindow(ctx)
    qtbot.addWidget(made)
    made.show()
    qtbot.waitExposed(made)
    ctx.sync.start()  # what the app does after the first paint
    yield made
    made.close()
    ctx.runner.wait()
    QApplication.instance().removeEventFilter(made.wedge)


def bar(window: MainWindow) -> str:
    status = window.sync_status
    return f"{status.badge.text()} · {status.details.text()}"


def wait_for_bar(qtbot: Any, window: MainWindow, *parts: str, timeout: int = 15_000) -> str:
    try:
        qtbot.waitUntil(lambda: all(p in bar(window) for p in parts), timeout=timeout)
    except Exception as exc:
        raise AssertionError(f"status bar: {bar(window)!r}; wanted {parts}") from exc
    return bar(window)


def sell_serum_by_card(qtbot: Any, window: MainWindow) -> None:
    window.login.code.setText("1001")
    window.login.pin.setText("1234")
    window.login.enter.click()
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.counter, timeout=5000)
    counter = window.counter
    counter.handle_scan(CODES["serum"])
    qtbot.waitUntil(lambda: len(counter.cart_panel.cart.lines) == 1, timeout=5000)
    qtbot.keyClick(counter, Qt.Key.Key_F9)
    qtbot.waitUntil(lambda: counter.payment_dialog is not None, timeout=3000)
    counter.payment_dialog.card.setText("34,95")
    counter.payment_dialog.confirm.click()
    qtbot.waitUntil(lambda: counter.receipt_dialog is not None, timeout=10_000)
    counter.receipt_dialog.close()


def test_the_status_bar_follows_the_server_and_the_changes_waiting(
    window: MainWindow, server: ServerProcess, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = wait_for_bar(qtbot, window, "● En línea", "Sin cambios pendientes")
    assert "última sincronización " in text
    assert window.sync_status.sync_button.text() == "Sincronizar ahora"

    server.stop()
    window.sync_status.sync_button.click()
    wait_for_bar(qtbot, window, "● Sin conexión")
    assert "Las ventas se guardan aquí" in window.sync_status.details.toolTip()

    sell_serum_by_card(qtbot, window)
    text = wait_for_bar(qtbot, window, "1 cambio pendiente")
    assert text.startswith("● Sin conexión · 1 cambio pendiente · última sincronización ")
    window.sync_status._now = lambda: datetime.now(UTC) + timedelta(minutes=12)  # time passes
    window.sync_status._redraw()
    assert "1 cambio pendiente (desde hace 12 min)" in bar(window)

    # Closing now asks first, with the count; "No" keeps the app open.
    asked = Asked(No)
    monkeypatch.setattr(QMessageBox, "question", asked)
    window.close()
    assert asked.calls == [
        (
            "Cambios sin enviar",
            "Hay 1 cambio sin enviar al servidor. Se enviará la próxima vez que se abra "
            "la aplicación con conexión. ¿Cerrar igualmente?",
        )
    ]
    assert window.isVisible()

    # Back online, "sync now" sends it; closing then asks nothing.
    server.start()
    window.sync_status.sync_button.click()
    wait_for_bar(qtbot, window, "● En línea", "Sin cambios pendientes")
    asked.calls.clear()
    window.close()
    assert asked.calls == []
    assert not window.isVisible()


def test_a_revoked_tablet_says_so_once_and_stays_red(
    window: MainWindow, server: ServerProcess, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    warned = Asked()
    monkeypatch.setattr(QMessageBox, "warning", warned)
    wait_for_bar(qtbot, window, "● En línea")
    with server.admin() as s:
        revoke(s, store_code="S001", device_code="D01", now=datetime.now(UTC))

    window.sync_status.sync_button.click()
    wait_for_bar(qtbot, window, "● Terminal dado de baja")
    qtbot.waitUntil(lambda: len(warned.calls) == 1)
    title, text = warned.calls[0]
    assert title == "Terminal dado de baja"
    assert "no se pierde nada" in text and "Avise a soporte" in text
    assert window.sync_status.badge.property("phase") == "revoked"
    assert not window.sync_status.sync_button.isEnabled()
    window.sync_status.sync_button.click()  # disabled: nothing happens
    window._ctx.sync.poke()  # a sale later: no new attempt, no new dialog
    qtbot.wait(500)
    assert len(warned.calls) == 1
    assert QCoreApplication.translate("SyncStatusWidget", "● Terminal dado de baja") in bar(window)


def test_a_change_the_server_rejected_is_listed_with_its_reason_for_the_store(
    window: MainWindow, server: ServerProcess, qtbot: Any
) -> None:
    wait_for_bar(qtbot, window, "● En línea", "Sin cambios pendientes")
    assert not window.sync_status.attention_button.isVisible()
    sell_serum_by_card(qtbot, window)
    server.stop()  # the sale waits; then its change is damaged on disk before it leaves
    wait_for_bar(qtbot, window, "1 cambio pendiente")
    store = window._ctx.sessions
    with store.begin() as s:
        row = s.scalars(select(OutboxEntry).order_by(OutboxEntry.seq.desc())).first()
        assert row is not None and row.entity == "sale"
        row.payload = row.payload.replace('"kind":"sale"', '"kind":"sole"')
    server.start()
    window.sync_status.sync_button.click()

    qtbot.waitUntil(lambda: window.sync_status.attention_button.isVisible(), timeout=15_000)
    assert window.sync_status.attention_button.text() == "Revisar (1)"
    dialog = open_review(window._ctx, window)  # what the button opens: the review list
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1, timeout=5000)
    cells = [dialog.table.item(0, col).text() for col in range(4)]
    assert cells[2] == "S001-D01-000001"
    assert cells[1] == "Cambio rechazado"
    assert cells[3] == "El cambio llegó dañado"  # hash_mismatch, in words
    dialog.close()


def test_an_update_head_office_announced_is_said_in_the_bar_before_sync_stops(
    window: MainWindow, server: ServerProcess, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    warned = Asked()
    monkeypatch.setattr(QMessageBox, "warning", warned)
    wait_for_bar(qtbot, window, "● En línea", "Sin cambios pendientes")
    notice = window.sync_status.update_notice
    assert not notice.isVisible()

    def announce(day: date) -> None:
        server.stop()
        monkeypatch.setenv("LOYALTY_NEXT_MIN_CLIENT_VERSION", "99.0.0")  # above this app
        monkeypatch.setenv("LOYALTY_NEXT_MIN_CLIENT_DATE", day.isoformat())
        server.start()
        window.sync_status.sync_button.click()

    announce(date(2099, 3, 1))  # ahead: sync goes on, the bar says by when to update
    qtbot.waitUntil(notice.isVisible, timeout=15_000)
    assert notice.text() == (
        "Actualice la aplicación antes del 01/03/2099: desde ese día no se sincronizará"
    )
    assert "dejará de admitir esta versión de la aplicación el 01/03/2099" in notice.toolTip()
    assert "Avise a soporte" in notice.toolTip()
    assert bar(window).startswith("● En línea · Sin cambios pendientes")
    assert window.sync_status.sync_button.isEnabled()
    assert warned.calls == []  # not urgent yet: no dialog

    announce(date(2020, 1, 1))  # the day has come: pulls refused, the bar turns red
    wait_for_bar(qtbot, window, "● Hay que actualizar la aplicación")
    assert not notice.isVisible()
    qtbot.waitUntil(lambda: len(warned.calls) == 1)
    assert warned.calls[0][0] == "Hay que actualizar la aplicación"
