"""The store manager's work as people see it, with a real server process and the app's threads.

- One balance spent at two tablets while the server is down: the second
  tablet's gift is handed over through the screens, offline, with the
  manager's approval; after sync the overdraft is in that store's review list.
- An incident opened through the counter's screens is answered by customer
  service with the server's command, and the answer shows on the card.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from chain import MARIA, ServerProcess, Tablet, running_chain
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton
from server_cli import run_sync_server

from loyalty_core.incidents import Category
from loyalty_core.offline_caps import Identified
from pos_client.app import build_context, install_translations
from pos_client.config import Settings
from pos_client.services import gifts
from pos_client.services.review import review_list
from pos_client.ui.main_window import MainWindow
from pos_client.ui.screens.enrolment import documents
from pos_client.ui.screens.gifts.redeem_dialog import RedeemDialog
from pos_client.ui.screens.manager import open_review
from sync_server.gifts.service import create_gift, move_stock
from sync_server.ledger.service import LedgerBatch, NewEntry


@pytest.fixture
def server(tmp_path: Path) -> Iterator[ServerProcess]:
    with running_chain(tmp_path / "server") as process:
        yield process


@pytest.fixture
def window(
    server: ServerProcess, tmp_path: Path, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> Iterator[MainWindow]:
    qapp = QApplication.instance()
    assert isinstance(qapp, QApplication)
    locale = QLocale()
    translators = install_translations(qapp, "es")
    monkeypatch.setattr(QMessageBox, "question", lambda *_a: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(documents, "print_pages", lambda *_a, **_k: None)
    Tablet.register(server, tmp_path / "counter", "S001").close()
    ctx = build_context(Settings(data_dir=tmp_path / "counter"))
    assert ctx.sync is not None
    made = MainWindow(ctx)
    qtbot.addWidget(made)
    made.show()
    qtbot.waitExposed(made)
    ctx.sync.start()
    yield made
    made.close()
    ctx.runner.wait()
    qapp.removeEventFilter(made.wedge)
    for translator in translators:
        qapp.removeTranslator(translator)
    QLocale.setDefault(locale)


def click(qtbot: Any, button: QPushButton) -> None:
    assert button.isVisible() and button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def log_in(qtbot: Any, window: MainWindow, code: str, pin: str) -> None:
    window.login.code.setText(code)
    window.login.pin.setText(pin)
    window.login.enter.click()
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.counter, timeout=5000)


def card_of_maria(qtbot: Any, window: MainWindow) -> None:
    identify = window.counter.identify
    identify.find("612 34 56 78")  # her phone: an exact key, as good as her card
    qtbot.waitUntil(lambda: identify.card is not None and identify.card.id == MARIA, timeout=10_000)
    assert identify.identified == Identified.CARD


def synced(qtbot: Any, window: MainWindow) -> None:
    """Wait for a sync that starts now to finish (the status bar's last sync moves)."""
    sync = window._ctx.sync
    assert sync is not None
    before = sync.state.last_sync
    sync.sync_now()
    qtbot.waitUntil(lambda: sync.state.last_sync not in (None, before), timeout=30_000)


def test_one_balance_spent_offline_at_two_tablets_lands_in_the_review_list(
    server: ServerProcess, window: MainWindow, tmp_path: Path, qtbot: Any
) -> None:
    now = datetime.now(UTC)
    with server.admin() as s:
        gift = create_gift(s, code="NECESER", name="Neceser de viaje", points=500, now=now)
        move_stock(
            s,
            store_code="S001",
            gift_id=gift.id,
            quantity=5,
            reason="received",
            moved_at=now,
            now=now,
        )
        ledger = LedgerBatch(s, {MARIA})
        ledger.post(
            NewEntry(
                customer_id=MARIA, kind="adjust", points=600, store_code="S001", occurred_at=now
            ),
            now=now,
        )
        ledger.write(now=now)
    other = Tablet.register(server, tmp_path / "other", "S001")
    other.sync()
    synced(qtbot, window)
    log_in(qtbot, window, "1003", "3456")  # the manager: she approves her own redemption
    card_of_maria(qtbot, window)

    # The line to head office goes down. The other tablet hands a gift over on the 600 points.
    server.stop()
    pending = gifts.redeem_gift(
        other.sessions,
        customer_id=MARIA,
        gift_id=gift.id,
        staff=other.staff("1001"),
        approver=other.staff("1003"),
        identified=Identified.CARD,
        ask=None,
        now=now,
    )
    assert isinstance(pending, gifts.NoAnswer) and pending.decision.allowed
    with other.sessions.begin() as s:
        gifts.redeem_offline(
            s,
            pending.asking,
            decision=pending.decision,
            approver=other.staff("1003"),
            reason="",
            now=now,
        )

    # This tablet does the same through its screens: no answer, so the offline screen.
    window.counter.open_gifts()
    dialog = window.counter.findChild(RedeemDialog)
    assert dialog is not None
    qtbot.waitUntil(
        lambda: dialog.shelf is not None and all(t.isVisible() for t in dialog.tiles),
        timeout=10_000,
    )
    assert dialog.balance.text() == "600 puntos"
    click(qtbot, dialog.tile("Neceser de viaje"))
    click(qtbot, dialog.redeem_button)
    qtbot.waitUntil(lambda: dialog.offline_dialog is not None, timeout=20_000)
    offline = dialog.offline_dialog
    assert offline.decision.allowed
    click(qtbot, offline.deliver_button)
    qtbot.waitUntil(lambda: dialog.slip_dialog is not None, timeout=15_000)

    server.start()
    other.sync()  # first back: its redemption leaves 100
    # This one takes the balance to -400 (the overdraft is this store's) and the case comes
    # down with the review feed: a sync or two, whatever the scheduler was doing meanwhile.
    for _ in range(4):
        synced(qtbot, window)
        with window._ctx.sessions.begin() as s:
            if any(e.kind == "overdraft" for e in review_list(s)):
                break
    review = open_review(window._ctx, window)
    qtbot.waitUntil(lambda: review.table.rowCount() == 1, timeout=10_000)
    assert review.entries[0].kind == "overdraft" and review.entries[0].customer_id == MARIA
    assert "-400" in review.table.item(0, 3).text()
    review.close()
    other.close()


def test_an_incident_opened_at_the_counter_is_answered_by_head_office_and_shown_on_the_card(
    server: ServerProcess, window: MainWindow, qtbot: Any
) -> None:
    synced(qtbot, window)
    log_in(qtbot, window, "1001", "1234")
    card_of_maria(qtbot, window)
    identify = window.counter.identify
    click(qtbot, identify.incident_button)
    qtbot.waitUntil(lambda: window.counter.incident_dialog is not None, timeout=5000)
    dialog = window.counter.incident_dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    click(qtbot, dialog.category.buttons[str(Category.SERVICE_COMPLAINT)])
    dialog.description.setPlainText("La clienta esperó veinte minutos sin que la atendieran.")
    click(qtbot, dialog.open_button)
    qtbot.waitUntil(lambda: dialog.reference.text().startswith("INC-"), timeout=10_000)
    reference = dialog.reference.text()
    dialog.close()
    synced(qtbot, window)

    done = run_sync_server(
        server.data_dir,
        "incident",
        reference,
        "--status",
        "in_progress",
        "--answer",
        "Hemos llamado a la clienta y le enviamos un vale.",
        database_url=server.database_url,
    )
    assert done.returncode == 0, done.stderr
    synced(qtbot, window)  # the answer comes down, and the card reads the customer again
    qtbot.waitUntil(lambda: "le enviamos un vale" in card_news(identify), timeout=15_000)
    assert reference in card_news(identify)


def card_news(identify: Any) -> str:
    """What the card says about the customer's incidents, as read on the screen."""
    layout = identify.incident_news
    texts = []
    for i in range(layout.count()):
        widget = layout.itemAt(i).widget()
        if widget is not None:
            texts.append(widget.text())
    return " ".join(texts)
