"""Start-up: the login screen shows before any heavy library is imported; the store's
key problems stop the start with what to do; an old plain store is protected first.

Alembic (a store at head needs no migration), reportlab, pypdfium2 and Pillow
(the receipt) and the camera's decoders are imported at first use; once the
login screen has painted, the receipt's libraries are warmed up on the I/O pool.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from pos_client.app import EXIT_STORE_UNAVAILABLE
from pos_client.services.setup import ensure_device, is_set_up
from pos_client.store.database import StoreInUse, is_plain_file, open_store
from pos_client.store.db_key import StoreKeyUnavailable
from pos_client.ui.screens.startup.store_opening import (
    ProtectingStoreWindow,
    StoreErrorDialog,
    open_store_at_start,
)

HEAVY = ("alembic", "reportlab", "pypdfium2", "PIL", "cv2", "pyzbar", "zxingcpp")
ROOT = Path(__file__).resolve().parents[2]

SCRIPT = textwrap.dedent(
    """
    import json
    import sys
    import time
    from pathlib import Path

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from pos_client.app import run
    from pos_client.config import Settings

    HEAVY = {heavy!r}
    app = QApplication([sys.argv[0]])
    report = {{}}


    def loaded():
        return sorted(name for name in HEAVY if name in sys.modules)


    def first_pass(started=time.monotonic()):
        shown = [w for w in app.topLevelWidgets() if hasattr(w, "login") and w.isVisible()]
        if not shown and time.monotonic() - started < 60:
            # The store opens on a worker while events run: wait for the window, at once.
            QTimer.singleShot(0, first_pass)
            return
        report["login_shown"] = bool(shown) and shown[0].login.isVisible()
        report["at_login"] = loaded()
        QTimer.singleShot(20, until_warm_up_starts)


    def until_warm_up_starts(polls=[0]):
        polls[0] += 1
        if "reportlab" in sys.modules or polls[0] > 1000:
            app.quit()  # run() then waits for the I/O pool to finish
        else:
            QTimer.singleShot(20, until_warm_up_starts)


    QTimer.singleShot(0, first_pass)
    run(Settings(data_dir=Path({data_dir!r})))
    report["after_warm_up"] = loaded()
    print("REPORT", json.dumps(report))
    """
)


def test_the_login_screen_shows_before_heavy_imports_then_the_receipt_warms_up(store) -> None:
    script = SCRIPT.format(heavy=HEAVY, data_dir=str(store.path.parent))
    done = subprocess.run(
        [sys.executable, "-c", script],
        cwd=ROOT,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    (line,) = [ln for ln in done.stdout.splitlines() if ln.startswith("REPORT ")]
    report = json.loads(line.removeprefix("REPORT "))
    assert report["login_shown"]
    assert report["at_login"] == []
    assert report["after_warm_up"] == ["PIL", "pypdfium2", "reportlab"]


# -- the store's key at start-up ------------------------------------------------------
KEY_ERROR_SCRIPT = textwrap.dedent(
    """
    import json
    import sys
    from pathlib import Path

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from pos_client.app import run
    from pos_client.config import Settings

    app = QApplication([sys.argv[0]])
    report = {{}}


    def answer(polls=[0]):
        polls[0] += 1
        box = app.activeModalWidget()
        if box is None or not hasattr(box, "close_button"):
            if polls[0] < 1000:
                QTimer.singleShot(20, answer)
            return
        report["title"] = box.text()
        report["text"] = box.informativeText()
        report["details"] = box.detailedText()
        report["windows"] = sorted(
            type(w).__name__ for w in app.topLevelWidgets() if w.isVisible()
        )
        box.close_button.click()


    QTimer.singleShot(0, answer)
    report["code"] = run(Settings(data_dir=Path({data_dir!r})))
    print("REPORT", json.dumps(report))
    """
)


def test_a_store_encrypted_under_another_key_stops_the_start_and_says_what_to_do(
    tmp_path, monkeypatch
) -> None:
    data = tmp_path / "data"
    with monkeypatch.context() as other_installation:
        other_installation.setenv("LOYALTY_KEY_DIR", str(tmp_path / "other-keys"))
        open_store(data / "store.db").kw["bind"].dispose()
    before = (data / "store.db").read_bytes()
    done = subprocess.run(
        [sys.executable, "-c", KEY_ERROR_SCRIPT.format(data_dir=str(data))],
        cwd=ROOT,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},  # this session's key folder
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    (line,) = [ln for ln in done.stdout.splitlines() if ln.startswith("REPORT ")]
    report = json.loads(line.removeprefix("REPORT "))
    assert report["code"] == EXIT_STORE_UNAVAILABLE != 0
    assert report["title"] == "No se pueden abrir los datos de la tienda"
    assert report["text"].startswith(
        "Los datos de esta tienda no se pueden leer con la clave de esta instalación: se "
        "crearon en otra instalación, o la clave se ha perdido."
    )
    assert f"Llame a soporte. No borre la carpeta de datos ({data})" in report["text"]
    assert report["details"].startswith("store_key_mismatch: ")
    assert report["windows"] == ["StoreErrorDialog"]  # no counter behind it
    assert (data / "store.db").read_bytes() == before  # nothing written, no new store


@pytest.mark.parametrize(
    ("error", "says"),
    [
        (StoreKeyUnavailable("cannot read the OS keyring: locked"), "Desbloquee el llavero"),
        (StoreInUse("the store is busy", path="/data/store.db"), "Cierre la otra copia"),
    ],
)
def test_a_locked_key_or_a_store_in_use_is_said_with_what_to_do(qtbot, tmp_path, error, says):
    def opener(_path: Path):
        raise error

    shown = []

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, StoreErrorDialog):
            shown.append(box.informativeText())
            box.close_button.click()
        else:
            QTimer.singleShot(20, answer)

    QTimer.singleShot(0, answer)
    assert open_store_at_start(tmp_path / "store.db", opener=opener) is None
    assert says in shown[0]


def test_a_plain_store_is_protected_behind_a_busy_window_and_opens_encrypted(
    qtbot, tmp_path
) -> None:
    path = tmp_path / "store.db"
    plain = open_store(path, encrypted=False)
    with plain.begin() as s:
        ensure_device(
            s,
            store_code="S001",
            device_code="D01",
            store_name="Bellesa",
            store_address="",
            store_tax_id="",
        )
    plain.kw["bind"].dispose()
    assert is_plain_file(path)
    go = threading.Event()
    seen: dict[str, object] = {}

    def opener(target: Path):
        assert go.wait(30)  # until the test has looked at the window
        return open_store(target)

    def look() -> None:
        windows = [
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, ProtectingStoreWindow) and w.isVisible()
        ]
        if not windows:
            QTimer.singleShot(20, look)
            return
        seen["title"] = windows[0].title.text()
        seen["busy"] = windows[0].bar.maximum() == 0
        windows[0].close()  # refused: it closes itself once the store is open
        seen["still_shown"] = windows[0].isVisible()
        go.set()

    QTimer.singleShot(0, look)
    sessions = open_store_at_start(path, opener=opener)
    assert seen == {
        "title": "Protegiendo los datos de la tienda…",
        "busy": True,
        "still_shown": True,
    }
    assert sessions is not None and not is_plain_file(path)
    with sessions.begin() as s:
        assert is_set_up(s)
    sessions.kw["bind"].dispose()
    qtbot.waitUntil(
        lambda: (
            not any(
                isinstance(w, ProtectingStoreWindow) and w.isVisible()
                for w in QApplication.topLevelWidgets()
            )
        )
    )


def test_an_encrypted_store_opens_without_the_protecting_window(qtbot, store) -> None:
    store.sessions.kw["bind"].dispose()
    go = threading.Event()
    shown: list[str] = []

    def opener(target: Path):
        assert go.wait(30)
        return open_store(target)

    def look() -> None:
        shown.extend(type(w).__name__ for w in QApplication.topLevelWidgets() if w.isVisible())
        go.set()

    QTimer.singleShot(0, look)
    sessions = open_store_at_start(store.path, opener=opener)
    assert sessions is not None and go.is_set()
    assert "ProtectingStoreWindow" not in shown
    sessions.kw["bind"].dispose()
