"""Start-up: the login screen shows before any heavy library is imported.

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
from pathlib import Path

HEAVY = ("alembic", "reportlab", "pypdfium2", "PIL", "cv2", "pyzbar", "zxingcpp")
ROOT = Path(__file__).resolve().parents[2]

SCRIPT = textwrap.dedent(
    """
    import json
    import sys
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


    def first_pass():
        shown = [w for w in app.topLevelWidgets() if hasattr(w, "login") and w.isVisible()]
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
