"""The About and diagnostics screen on a real (virtual) screen, saved as PNGs to look at.

Run under Xvfb:
  LOYALTY_KEY_DIR=$(mktemp -d) PYTHON_KEYRING_BACKEND=keyring.backends.fail.Keyring \
  xvfb-run -a -s "-screen 0 1280x800x24" .venv/bin/python scripts/about_screenshots.py
A real sync server on 127.0.0.1 (tests/chain.py's seeded chain) registers a
tablet; the app syncs with it, then three sales wait to be sent (the last
sync dated back five minutes): the screen over the counter shows them
(about-registered.png). Then the server is stopped, three more sales are
made, and the app, started again, finds the server gone: the screen, opened
from the log-in screen, says offline and when it tries again, and writes
the support archive (about-offline.png). The summary and the archive's
members are printed at the end.
"""

from __future__ import annotations

import sys
import tempfile
import zipfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

from PySide6.QtWidgets import QApplication
from screenshots import OUT, shot, until  # run from scripts/: its neighbour

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from chain import CODES, MARIA, Tablet, running_chain  # noqa: E402

from pos_client.app import (  # noqa: E402
    _setup_logging,
    apply_style_sheet,
    build_context,
    install_translations,
)
from pos_client.config import Settings  # noqa: E402
from pos_client.services import sales  # noqa: E402
from pos_client.services.cart import Cart  # noqa: E402
from pos_client.services.catalogue import find_product  # noqa: E402
from pos_client.services.sales import PaymentInput  # noqa: E402
from pos_client.services.staff import login  # noqa: E402
from pos_client.store.models import LAST_SYNC_KEY, Setting  # noqa: E402
from pos_client.sync.scheduler import Phase  # noqa: E402
from pos_client.ui.main_window import MainWindow  # noqa: E402


def registered_tablet(server, data: Path) -> None:
    """Register the tablet and download its store."""
    tablet = Tablet.register(server, data, "S001")
    tablet.sync()
    tablet.close()


def sell_and_date(ctx, *, last_sync_ago: timedelta, sales_ago: list[timedelta]) -> None:
    """Three sales not sent yet, and the last sync dated back, as a tablet has them."""
    now = datetime.now(UTC)
    with ctx.sessions.begin() as s:
        staff = login(s, code="1001", pin="1234", now=now)
        for i, ago in enumerate(sales_ago):
            cart = Cart(customer_id=MARIA if i % 2 == 0 else None)
            cart.add_product(find_product(s, code=CODES["serum" if i % 2 == 0 else "soap"]), 1)
            total = cart.priced().total_cents
            sales.finish(
                s, cart=cart, payment=PaymentInput(card_cents=total), staff=staff, now=now - ago
            )
        last = s.get(Setting, LAST_SYNC_KEY)
        assert last is not None
        last.value = (now - last_sync_ago).isoformat()


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="about-screens-"))
    data = work / "tablet"
    app = QApplication(sys.argv)
    install_translations(app, "es")
    apply_style_sheet(app)
    _setup_logging(Settings(data_dir=data))
    with running_chain(work / "server") as server:
        registered_tablet(server, data)
        ctx = build_context(Settings(data_dir=data, language="es"))
        window = MainWindow(ctx)
        window.resize(1280, 770)
        window.move(0, 0)
        window.show()
        assert ctx.sync is not None
        ctx.sync.interval = 3600  # one run now, and none while the screens are taken
        ctx.sync.start()
        until(lambda: ctx.sync.state.phase is Phase.IDLE)  # type: ignore[union-attr]
        minutes = [timedelta(minutes=m) for m in (3, 2, 1)]
        sell_and_date(ctx, last_sync_ago=timedelta(minutes=5), sales_ago=minutes)
        ctx.sync.refresh()
        until(lambda: ctx.sync.state.waiting >= 3)  # type: ignore[union-attr]
        window.login.code.setText("1001")
        window.login.pin.setText("1234")
        window.login.enter.click()
        until(lambda: window.stack.currentWidget() is window.counter)
        window.open_about()
        dialog = window.about_dialog
        assert dialog is not None
        until(lambda: dialog.facts is not None)
        shot(app, "about-registered")
        dialog.close()
        window.log_out()
        ctx.sync.shutdown()
    # The server is gone: later, the app starts again and finds it offline.
    window.sync_status.detach()
    window.hide()
    ctx.runner.wait()
    ctx = build_context(Settings(data_dir=data, language="es"))
    minutes = [timedelta(minutes=m) for m in (24, 17, 9)]
    sell_and_date(ctx, last_sync_ago=timedelta(minutes=26), sales_ago=minutes)
    window = MainWindow(ctx)
    window.resize(1280, 770)
    window.move(0, 0)
    window.show()
    assert ctx.sync is not None
    ctx.sync.start()
    until(lambda: ctx.sync.state.phase is Phase.OFFLINE, 20_000)  # type: ignore[union-attr]
    window.open_about()
    dialog = window.about_dialog
    assert dialog is not None
    until(lambda: dialog.facts is not None)
    dialog.save_archive(work / "support")
    until(lambda: dialog.archive is not None, 20_000)
    shot(app, "about-offline")
    assert dialog.archive is not None
    print(dialog.summary_text())
    with zipfile.ZipFile(dialog.archive) as archive:
        for member in archive.infolist():
            print(f"  {member.filename}: {member.file_size} bytes")
    ctx.sync.shutdown()
    dialog.close()
    window.sync_status.detach()
    ctx.runner.wait()
    return 0


if __name__ == "__main__":
    sys.exit(main())
