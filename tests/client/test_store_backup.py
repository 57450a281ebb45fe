"""A copy of the store before each schema upgrade, rotated; a failed upgrade puts it back.

Real files throughout: the fixture stores of earlier versions (tests/data/stores,
with their test key), real migrations, and a failure made the way it happens in
the field: a table that a later migration creates is already there.
"""

from __future__ import annotations

import shutil
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from alembic import command
from conftest import Fixture
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from pos_client.store.database import (
    connect_file,
    create_store_engine,
    is_plain_file,
    open_store,
)
from pos_client.store.migrate import (
    StoreUpgradeFailed,
    alembic_config,
    current_revision,
    head_revision,
)
from pos_client.store.store_backup import (
    KEEP,
    StoreBackupFailed,
    backup_folder,
    backups_of,
    take_backup,
)
from pos_client.ui.screens.startup.store_opening import StoreErrorDialog, open_store_at_start

STORES = Path(__file__).resolve().parents[1] / "data" / "stores"


@pytest.fixture
def fixture_key(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The fixtures' test key as this installation's key."""
    keys = tmp_path / "keys"
    keys.mkdir()
    shutil.copy(STORES / "test-key" / "database.key", keys / "database.key")
    monkeypatch.setenv("LOYALTY_KEY_DIR", str(keys))


def _copy_fixture(revision: str, tmp_path: Path) -> Path:
    path = tmp_path / "data" / "store.db"
    path.parent.mkdir(exist_ok=True)
    shutil.copyfile(STORES / f"store-{revision}.db", path)
    return path


def _sql(path: Path, statement: str) -> None:
    con = connect_file(path, encrypted=not is_plain_file(path))
    try:
        con.isolation_level = None
        con.execute(statement)
    finally:
        con.close()


def _snapshot(path: Path) -> tuple[str, dict[str, list[Any]]]:
    """The revision and every row of the tables that matter here, read raw with the key.

    Not read-only: a read-only connection to a WAL store leaves its -wal and -shm behind.
    """
    con = connect_file(path, encrypted=not is_plain_file(path))
    try:
        (revision,) = con.execute("SELECT version_num FROM alembic_version").fetchone()
        tables = [
            t
            for t in ("customer", "sale", "sale_line", "ledger_entry", "outbox", "consent")
            if con.execute("SELECT 1 FROM sqlite_master WHERE name = ?", (t,)).fetchone()
        ]
        rows = {t: con.execute(f"SELECT * FROM {t} ORDER BY rowid").fetchall() for t in tables}
    finally:
        con.close()
    return revision, rows


def _sidecars(path: Path) -> list[str]:
    return sorted(p.name for p in path.parent.iterdir() if p.name.startswith(path.name + "-"))


@pytest.mark.parametrize("revision", ["0003", "0007"])
def test_an_upgrade_copies_the_store_to_the_backup_folder_first(
    revision: str, tmp_path: Path, fixture_key: None
) -> None:
    path = _copy_fixture(revision, tmp_path)
    plain = is_plain_file(path)
    before = path.read_bytes()
    rows = _snapshot(path)[1]
    sessions = open_store(path)
    assert current_revision(sessions.kw["bind"]) == head_revision()
    sessions.kw["bind"].dispose()
    (backup,) = backups_of(path)
    assert backup.parent == tmp_path / "data" / "backups"
    assert backup.name.startswith("store-") and backup.name.endswith(f"-rev{revision}.db")
    # The copy is the store as it was, under this installation's key (a plain store
    # from before 0005 is encrypted first: no clear copy of customers is left behind).
    assert not is_plain_file(backup)
    assert _snapshot(backup) == (revision, rows)
    if not plain:
        assert backup.read_bytes() == before  # byte for byte
    assert backup.stat().st_mode & 0o077 == 0


def test_the_usual_start_and_a_new_store_write_no_backup(store: Fixture, tmp_path: Path) -> None:
    store.sessions.kw["bind"].dispose()
    open_store(store.path).kw["bind"].dispose()  # at the head already: the usual start
    new = tmp_path / "new" / "store.db"
    open_store(new).kw["bind"].dispose()
    assert not backup_folder(store.path).exists()
    assert not backup_folder(new).exists()


def test_the_copy_holds_what_is_still_in_the_wal(store: Fixture) -> None:
    """Committed rows not yet folded into the file are in the backup too."""
    engine = store.sessions.kw["bind"]
    with engine.begin() as conn:  # the pool keeps this connection open: the WAL stays
        conn.exec_driver_sql("UPDATE customer SET postal_code = '08999'")
    assert store.path.with_name("store.db-wal").stat().st_size > 0
    backup = take_backup(engine, store.path, revision="0009")
    con = connect_file(backup, read_only=True)
    try:
        codes = {code for (code,) in con.execute("SELECT postal_code FROM customer")}
    finally:
        con.close()
    assert codes == {"08999"}


def test_only_the_newest_backups_are_kept(store: Fixture) -> None:
    engine = store.sessions.kw["bind"]
    start = datetime(2026, 11, 24, 9, 0, tzinfo=UTC)
    made = [
        take_backup(engine, store.path, revision=f"000{i}", now=start + timedelta(hours=i))
        for i in range(KEEP + 2)
    ]
    assert backups_of(store.path) == made[-KEEP:]
    assert [p.name for p in made[:2]] == [
        "store-20261124T090000Z-rev0000.db",
        "store-20261124T100000Z-rev0001.db",
    ]
    again = take_backup(engine, store.path, revision="0006", now=start + timedelta(hours=6))
    assert again.name == "store-20261124T150001Z-rev0006.db"  # a second later: never over one
    assert backups_of(store.path) == [*made[-KEEP + 1 :], again]


def test_a_failed_upgrade_puts_the_store_back_and_says_so_then_a_later_start_upgrades(
    qtbot: Any, tmp_path: Path, fixture_key: None
) -> None:
    path = _copy_fixture("0005", tmp_path)
    # Someone made a table that migration 0008 creates: 0006 and 0007 run, then it fails.
    _sql(path, "CREATE TABLE pairing (product_id TEXT)")
    before, snapshot = path.read_bytes(), _snapshot(path)
    inode = path.stat().st_ino
    shown: list[StoreErrorDialog] = []

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, StoreErrorDialog):
            shown.append(box)
            box.close_button.click()
        else:
            QTimer.singleShot(20, answer)

    QTimer.singleShot(0, answer)
    assert open_store_at_start(path) is None  # the app stops: no half-upgraded store
    (backup,) = backups_of(path)
    assert path.read_bytes() == before
    assert path.stat().st_ino != inode  # put back from the copy, not left as it was
    assert _snapshot(path) == snapshot
    assert _sidecars(path) == []
    (box,) = shown
    assert box.text() == "No se han podido actualizar los datos de la tienda"
    text = box.informativeText()
    assert text.startswith("La actualización de los datos de la tienda ha fallado.")
    assert "No se ha perdido nada" in text and "versión anterior" in text
    assert f"Llame a soporte y dé el nombre de la copia de seguridad: {backup.name}" in text
    assert box.detailedText().startswith("store_upgrade_failed: ")
    assert "table pairing already exists" in box.detailedText()

    _sql(path, "DROP TABLE pairing")  # support removed the stray table
    sessions = open_store_at_start(path)
    assert sessions is not None
    assert current_revision(sessions.kw["bind"]) == head_revision()
    sessions.kw["bind"].dispose()
    assert len(backups_of(path)) == 2


def test_the_failure_names_its_backup(tmp_path: Path, fixture_key: None) -> None:
    path = _copy_fixture("0007", tmp_path)
    _sql(path, "CREATE INDEX ix_product_kind ON product (code)")  # 0008 makes one
    with pytest.raises(StoreUpgradeFailed) as failed:
        open_store(path)
    (backup,) = backups_of(path)
    assert failed.value.params["backup"] == backup.name
    assert failed.value.params["revision"] == "0007"
    assert _snapshot(path)[0] == "0007"


def test_a_restore_undoes_an_upgrade_that_was_committed(tmp_path: Path, fixture_key: None) -> None:
    """What restoring does when the file did change: a real upgrade to 0007, committed."""
    from pos_client.store.store_backup import restore_backup

    path = _copy_fixture("0005", tmp_path)
    engine = create_store_engine(path)
    backup = take_backup(engine, path, revision="0005")
    config = alembic_config()
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "0007")
    assert _snapshot(path)[0] == "0007"
    engine.dispose()
    restore_backup(backup, path)
    assert path.read_bytes() == backup.read_bytes()
    assert _snapshot(path)[0] == "0005"
    assert _sidecars(path) == []


def test_no_room_for_the_backup_changes_nothing_and_says_so(
    qtbot: Any, tmp_path: Path, fixture_key: None
) -> None:
    path = _copy_fixture("0007", tmp_path)
    backup_folder(path).write_bytes(b"")  # a file where the folder goes: it cannot be made
    before = path.read_bytes()
    with pytest.raises(StoreBackupFailed) as failed:
        open_store(path)
    assert path.read_bytes() == before
    assert _snapshot(path)[0] == "0007"  # not upgraded without its copy
    dialog = StoreErrorDialog(failed.value)
    qtbot.addWidget(dialog)
    assert dialog.text() == "No se han podido actualizar los datos de la tienda"
    assert "no se ha podido guardar" in dialog.informativeText()
    assert "No se ha cambiado nada" in dialog.informativeText()
    assert dialog.detailedText().startswith("store_backup_failed: ")
