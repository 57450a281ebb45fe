"""The About and diagnostics screen on real widgets, a real store and a real server.

A tablet registered with a running server, its background sync going, four
changes waiting: the screen shows the store's own figures, follows the
sync when the server goes away, copies its lines and writes the support
archive into the folder picked, and says where. On the main window it opens
with F1 or the status bar's button, on the log-in screen and at the counter.
"""

from __future__ import annotations

import json
import zipfile
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
from chain import CODES, MARIA, ServerProcess, Tablet, running_chain
from PySide6.QtCore import Qt, qVersion
from PySide6.QtWidgets import QApplication
from sqlalchemy import func, select

from loyalty_core.version import VERSION
from pos_client.app import build_context
from pos_client.config import Settings
from pos_client.context import AppContext
from pos_client.services import sales
from pos_client.services.cart import Cart
from pos_client.services.catalogue import find_product
from pos_client.services.sales import PaymentInput
from pos_client.services.staff import login
from pos_client.store.migrate import head_revision
from pos_client.store.models import LAST_SYNC_KEY, OutboxEntry, Setting
from pos_client.sync.scheduler import Phase
from pos_client.ui.main_window import MainWindow
from pos_client.ui.screens.about import AboutDialog


@pytest.fixture
def server(tmp_path: Path) -> Iterator[ServerProcess]:
    with running_chain(tmp_path / "server") as process:
        yield process


@pytest.fixture
def registered(server: ServerProcess, tmp_path: Path) -> Iterator[AppContext]:
    """A tablet registered with the server, its store downloaded; the app's context on it."""
    Tablet.register(server, tmp_path / "tablet", "S001").close()
    ctx = build_context(Settings(data_dir=tmp_path / "tablet"))
    assert ctx.sync is not None
    ctx.sync.interval = 3600  # one run at start, then only when the test asks
    yield ctx
    ctx.sync.shutdown()
    ctx.runner.wait()
    ctx.sessions.kw["bind"].dispose()


def sell(ctx: AppContext, customer: Any = None) -> None:
    now = datetime.now(UTC)
    with ctx.sessions.begin() as s:
        staff = login(s, code="1001", pin="1234", now=now)
        cart = Cart(customer_id=customer)
        cart.add_product(find_product(s, code=CODES["serum"]), 1)
        total = cart.priced().total_cents
        sales.finish(s, cart=cart, payment=PaymentInput(card_cents=total), staff=staff, now=now)


def test_the_screen_shows_the_store_follows_sync_and_writes_the_archive(
    registered: AppContext, server: ServerProcess, tmp_path: Path, qtbot: Any
) -> None:
    ctx = registered
    assert ctx.sync is not None
    ctx.sync.start()
    qtbot.waitUntil(lambda: ctx.sync.state.phase is Phase.IDLE, timeout=15_000)
    sell(ctx, MARIA)
    sell(ctx)
    with ctx.sessions.begin() as s:
        waiting = s.scalar(select(func.count()).where(OutboxEntry.state == "pending"))
        last = s.get(Setting, LAST_SYNC_KEY)
    assert waiting == 3 and last is not None
    last_sync = datetime.fromisoformat(str(last.value)).astimezone()

    dialog = AboutDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.facts is not None, timeout=10_000)  # read off the GUI thread
    shown = {key: label.text() for key, label in dialog.values.items()}
    assert shown["version"] == VERSION
    assert shown["schema"] == f"{head_revision()} (al día)"
    assert shown["device"] == f"D01 · id {ctx.device.id}"
    assert shown["store"] == "S001 · Bellesa Rambla"
    assert shown["server"] == server.url
    assert shown["registration"] == "Registrado en el servidor"
    assert shown["sync_state"] == "En línea"
    assert shown["last_sync"].startswith(last_sync.strftime("%d/%m/%Y %H:%M"))
    assert "(hace un momento)" in shown["last_sync"]
    assert shown["waiting"].startswith("3 cambio")
    assert shown["rejected"] == "Ninguno"
    assert shown["data_dir"] == str(tmp_path / "tablet")
    assert " libres de " in shown["disk"]
    assert shown["backups"] == "Ninguna"
    assert f"Qt {qVersion()}" in shown["versions"]
    assert not dialog.values["sync_message"].isVisibleTo(dialog)

    # The server goes away (killed: a stop waits 1-2 s for uvicorn): the screen follows the
    # app's sync while it is open.
    server.kill()
    ctx.sync.sync_now()
    qtbot.waitUntil(
        lambda: dialog.values["sync_state"].text().startswith("Sin conexión con el servidor"),
        timeout=15_000,
    )
    assert "siguiente intento a las" in dialog.values["sync_state"].text()
    assert dialog.values["sync_message"].isVisibleTo(dialog)

    dialog.copy_button.click()
    copied = QApplication.clipboard().text()
    assert "  Tienda: S001 · Bellesa Rambla\n" in copied
    assert f"  Cambios por enviar: {dialog.values['waiting'].text()}\n" in copied
    assert "  Estado: Sin conexión con el servidor" in copied

    # Saving: the folder is picked in a file dialog, the archive written there and named.
    out = tmp_path / "for support"
    out.mkdir()
    dialog.save_button.click()
    chooser = dialog.folder_dialog
    assert chooser is not None and chooser.isVisible()
    chooser.setDirectory(str(out))
    chooser.accept()
    qtbot.waitUntil(lambda: dialog.archive is not None, timeout=15_000)
    archive = dialog.archive
    assert archive is not None and archive.parent == out
    assert str(archive) in dialog.note.text()
    assert dialog.save_button.isEnabled()
    with zipfile.ZipFile(archive) as z:
        summary = json.loads(z.read("summary.json"))
    assert summary["sync"]["waiting"] == 3
    assert summary["sync"]["state"]["phase"] == "offline"
    assert summary["server"]["url"] == server.url
    assert summary["store_file"]["check"]["result"] == ["ok"]
    assert summary["machine"]["qt"] == qVersion()

    # Head office announces the oldest version it will serve from a day on (what the
    # scheduler's state carries, after a sync's answer said so): the screen says by when.
    ctx.sync.shutdown()  # nothing else publishes meanwhile
    assert not dialog.values["update"].isVisibleTo(dialog)
    dialog.state_received.emit(replace(ctx.sync.state, update_by=date(2027, 1, 15)))
    assert dialog.values["update"].text().startswith("Necesaria antes del 15/01/2027")
    dialog.state_received.emit(replace(ctx.sync.state, phase=Phase.UPDATE_REQUIRED, retry_at=None))
    assert dialog.values["update"].text() == "Necesaria ya: la central no admite esta versión"
    assert dialog.values["sync_state"].text() == "Hay que actualizar la aplicación"
    dialog.close()


@pytest.fixture
def window(store, qtbot: Any) -> Iterator[MainWindow]:
    ctx = build_context(Settings(data_dir=store.path.parent), inline=True)
    made = MainWindow(ctx)
    qtbot.addWidget(made)
    with qtbot.waitActive(made):  # shortcuts reach the active window only
        made.show()
        made.activateWindow()
    yield made
    ctx.runner.wait()
    made.wedge.enabled = False
    QApplication.instance().removeEventFilter(made.wedge)


def test_it_opens_with_f1_on_the_login_screen_and_at_the_counter(
    window: MainWindow, tmp_path: Path, qtbot: Any
) -> None:
    assert window.stack.currentWidget() is window.login
    assert window.about_button.isVisible()
    qtbot.keyClick(window.login.code, Qt.Key.Key_F1)
    dialog = window.about_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.values["registration"].text() == (
        "Sin registrar: demostración o tienda sin servidor"
    )
    assert dialog.values["sync_state"].text() == "Sin servidor: este terminal no se sincroniza"
    assert dialog.values["server"].text() == "—"
    assert dialog.values["waiting"].text() == "Ninguno"
    window.open_about()
    assert window.about_dialog is dialog  # one at a time: the open one comes forward
    assert len(window.findChildren(AboutDialog)) == 1

    # A folder that cannot be made (a file is in the way): said, and nothing written.
    blocked = tmp_path / "a file"
    blocked.write_text("")
    dialog.save_archive(blocked / "support")
    assert dialog.archive is None
    assert dialog.note.text().startswith(f"No se pudo guardar el archivo en {blocked / 'support'}")
    dialog.close()
    qtbot.waitUntil(lambda: window.about_dialog is None, timeout=3000)  # deleted on close

    window.login.code.setText("1001")
    window.login.pin.setText("1234")
    window.login.enter.click()
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.counter, timeout=5000)
    with qtbot.waitActive(window):  # again, now that the About screen has gone
        window.activateWindow()
    qtbot.keyClick(window.counter.identify.search, Qt.Key.Key_F1)
    assert window.about_dialog is not None and window.about_dialog.isVisible()
    window.about_dialog.close()
    qtbot.waitUntil(lambda: window.about_dialog is None, timeout=3000)
    window.about_button.click()
    assert window.about_dialog is not None and window.about_dialog.isVisible()
    window.about_dialog.close()
