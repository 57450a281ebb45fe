"""The support archive and the log it carries: what support needs, and nothing personal.

A real tablet registered with a real server: it downloads the chain's
customers, has a registration refused by the server (a phone the server
quotes back), sells to a member without syncing again; its log has a
customer's phone, e-mail, card and DNI in it, an exception quoting a
customer's name, and an older log file written before masking. The archive,
read back, has the store's figures, and none of those personal strings, the
device token or the store key in any member.
"""

from __future__ import annotations

import json
import logging
import sys
import threading
import uuid
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from chain import MARIA, Tablet, running_chain
from PySide6.QtCore import qWarning
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError

from loyalty_core.ids import uuid7
from loyalty_core.version import VERSION
from loyalty_core.wire import CustomerPayload, Operation
from pos_client import app
from pos_client.config import Settings
from pos_client.services import support_archive
from pos_client.services.support_log import LOG_NAME, mask_personal
from pos_client.store.db_key import find_key
from pos_client.store.migrate import head_revision
from pos_client.store.models import Customer, OutboxEntry, SyncFeed
from pos_client.store.outbox import NewChange, append_changes
from pos_client.sync import credentials
from pos_client.sync.scheduler import Phase, SyncState

MARIA_CARD = "2900000000019"
PERSONAL = [
    # María José, a member downloaded from head office, and the card she pays with.
    "María José", "Núñez", "+34612345678", "612345678", "612 34 56 78", "mj.nunez@example.com",
    MARIA_CARD,
    # Jordi, another store's customer in the directory.
    "Jordi", "Ferrer", "+34699111222", "699111222",
    # Lucía, registered here with a phone the server refused and quoted back.
    "Lucía", "Fernández", "65544", "lucia.fernandez@example.es", "12345678Z", "1990-05-17",
]  # fmt: skip


# -- the masking rules ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        ("call +34612345678 now", "call [phone] now"),
        ("tel 612 34 56 78.", "tel [phone]."),
        ("0034 612345678 or 34612345678", "[phone] or [phone]"),
        ("'+34-612-345-678'", "'[phone]'"),
        ("612345678 2 veces", "[phone] 2 veces"),
        ("mj.nunez@example.com wrote", "[e-mail] wrote"),
        ("card 2900000000019", "card [card]"),
        ("DNI 12345678Z NIE X1234567L", "DNI [id-number] NIE [id-number]"),
        ("[parameters: ('María José', 'Núñez')]", "[parameters: hidden]"),
        ("[type=value_error, input_value='Núñez', input_type=str]",
         "[type=value_error, input_value=hidden, input_type=str]"),
    ],
)  # fmt: skip
def test_personal_data_is_masked(text: str, masked: str) -> None:
    assert mask_personal(text) == masked


@pytest.mark.parametrize(
    "text",
    [
        "2026-11-24T09:38:08.470+00:00 INFO [MainThread] pos_client.app: shown after 405 ms",
        "2026-11-24 09:38:08,470 receipt S001-D01-T-000412",
        "product 8437000000013 (EAN-13), 96385074 (EAN-8), 012345678905 (UPC-A)",
        "change 01900000-0000-7000-8000-000000000001 cursor 0.41 seq 1732441234567",
        "http://127.0.0.1:45123/v1/sync/feeds/directory",
        "support-S001-D01-20261124T103000Z.zip, 55812096 bytes",
    ],
)
def test_what_support_needs_is_kept(text: str) -> None:
    assert mask_personal(text) == text


# -- the log -------------------------------------------------------------------------------


@contextmanager
def app_log(data_dir: Path) -> Iterator[Path]:
    """The app's log set-up on a data folder; the process's hooks given back afterwards."""
    hooks = sys.excepthook, threading.excepthook
    levels = {name: logging.getLogger(name).level for name in app.QUIET_LOGGERS}
    root_level = logging.getLogger().level
    # What ran before the app's hooks: quiet here (pytest's would fail the test for the
    # exceptions raised on purpose).
    sys.excepthook, threading.excepthook = (lambda *_exc: None), (lambda _args: None)
    handler = app._setup_logging(Settings(data_dir=data_dir))
    try:
        yield data_dir / LOG_NAME
    finally:
        logging.getLogger().removeHandler(handler)
        handler.close()
        logging.getLogger().setLevel(root_level)
        for name, level in levels.items():
            logging.getLogger(name).setLevel(level)
        logging.captureWarnings(False)
        sys.excepthook, threading.excepthook = hooks
        app.qInstallMessageHandler(None)


@pytest.fixture
def support_log(tmp_path: Path) -> Iterator[Path]:
    with app_log(tmp_path) as path:
        yield path


def test_the_log_has_what_support_needs_in_utc_and_nothing_personal(support_log: Path) -> None:
    log = logging.getLogger("pos_client.test")
    log.warning(
        "customer phone %s, e-mail %s, card %s", "+34612345678", "a.b@example.com", MARIA_CARD
    )
    logging.getLogger("apscheduler.executors.default").info('Running job "SyncScheduler._run"')

    def fails() -> None:
        raise ValueError("a worker's bug")

    worker = threading.Thread(target=fails, name="worker-7")
    worker.start()
    worker.join()
    try:
        raise KeyError("a slot's bug")
    except KeyError:
        sys.excepthook(*sys.exc_info())  # type: ignore[arg-type]
    qWarning("QPixmap::scaled: Pixmap is a null pixmap")

    text = support_log.read_text(encoding="utf-8")
    lines = text.splitlines()
    assert f"Loyalty Counter {VERSION} starting" in lines[0]
    stamp = datetime.fromisoformat(lines[0].split(" ")[0])
    assert stamp.utcoffset() == timedelta(0)
    assert abs(datetime.now(UTC) - stamp) < timedelta(minutes=1)
    assert "customer phone [phone], e-mail [e-mail], card [card]" in text
    assert "+34612345678" not in text and MARIA_CARD not in text
    assert "Running job" not in text  # four lines a minute of the scheduler's chatter
    assert "CRITICAL [worker-7] pos_client.app: uncaught exception in thread worker-7" in text
    assert "ValueError: a worker's bug" in text
    assert 'KeyError: "a slot\'s bug"' in text
    assert "WARNING [MainThread] qt: QPixmap::scaled: Pixmap is a null pixmap" in text


# -- the archive ---------------------------------------------------------------------------


def refused_registration(tablet: Tablet) -> uuid.UUID:
    """A registration the server refuses: its phone is too short, and the server says so."""
    now = datetime.now(UTC)
    payload = CustomerPayload(
        customer_id=uuid7(),
        first_name="Lucía",
        last_names="Fernández Ortega",
        phone="+34 65544",
        email="lucia.fernandez@example.es",
        national_id="12345678Z",
        birth_date="1990-05-17",
        language="es",
        store_code="S001",
        registered_at=now,
    )
    change_id = uuid7()
    staff = tablet.staff("1003")
    with tablet.sessions.begin() as s:
        append_changes(
            s, [NewChange(change_id, payload, payload.customer_id, Operation.CREATE, now, staff.id)]
        )
    return change_id


def log_an_exception_quoting_a_customer(tablet: Tablet) -> None:
    """A real IntegrityError: SQLAlchemy puts the row's values, her name too, in its text."""
    try:
        with tablet.sessions.begin() as s:
            s.add(
                Customer(
                    id=MARIA,  # she is in the directory already
                    card_number=MARIA_CARD,
                    first_name="María José",
                    last_names="Núñez Pujol",
                    search_name="maria jose nunez pujol",
                    language="es",
                    created_at=datetime.now(UTC),
                )
            )
    except IntegrityError:
        logging.getLogger("pos_client.ui.errors").exception("unexpected error")
    else:
        raise AssertionError("her id is taken: the insert should have failed")


def test_the_archive_holds_the_tablets_state_and_nothing_personal(tmp_path: Path) -> None:
    with running_chain(tmp_path / "server") as server:
        tablet = Tablet.register(server, tmp_path / "tablet", "S001")
        data_dir = tablet.data_dir
        # An older version's log, written before logs were masked: masked on the way in.
        (data_dir / f"{LOG_NAME}.1").write_text(
            "2026-11-20 10:00:00,000 INFO old: lookup +34612345678 mj.nunez@example.com\n",
            encoding="utf-8",
        )
        # A file somebody saved into the data folder, named after a customer: counted, unnamed.
        (data_dir / "María José Núñez - consentimiento.pdf").write_bytes(b"%PDF-1.7")
        with app_log(data_dir):
            tablet.sync()
            refused = refused_registration(tablet)
            tablet.sync()
            for _ in range(3):
                tablet.sell({"serum": 1}, customer=MARIA)
            tablet.sell({"soap": 2})
            logging.getLogger("pos_client.test").warning(
                "looked up %s / %s / %s", "612 34 56 78", "mj.nunez@example.com", MARIA_CARD
            )
            log_an_exception_quoting_a_customer(tablet)
        now = datetime.now(UTC)
        with tablet.sessions.begin() as s:
            facts = support_archive.store_facts(s, now=now)
            waiting = s.scalar(
                select(func.count()).where(OutboxEntry.state.in_(("pending", "deferred")))
            )
            directory_rows = s.get(SyncFeed, "directory")
        where = support_archive.installation(data_dir)
        sync = SyncState(
            Phase.OFFLINE,
            waiting=facts.waiting,
            message="lookup +34612345678",
            update_by=date(2027, 1, 15),
        )
        content = support_archive.summary(
            facts,
            where,
            sync=sync,
            environment={"qt": "6.x"},
            check=support_archive.check_store(data_dir / "store.db"),
            now=now,
        )
        archive = support_archive.write_archive(
            tmp_path / "out", content, facts=facts, data_dir=data_dir, now=now
        )
        token = credentials.load(data_dir).token  # type: ignore[union-attr]
        tablet.close()
        server.kill()  # not stopped: uvicorn takes 1-2 s to stop, and nothing is left to serve

    assert archive.parent == tmp_path / "out"
    assert archive.name.startswith("support-S001-D01-") and archive.suffix == ".zip"
    assert list((tmp_path / "out").iterdir()) == [archive]  # no half-written file beside it
    with zipfile.ZipFile(archive) as z:
        members = {name: z.read(name).decode("utf-8") for name in z.namelist()}
    expected = {"summary.json", "logs/pos-client.log", "logs/pos-client.log.1"}
    assert expected <= set(members) <= expected | {"logs/pos-client-faults.log"}
    summary = json.loads(members["summary.json"])

    # What support reads: the same figures as the store's.
    assert summary["app"] == {
        "version": VERSION, "schema_revision": head_revision(), "schema_head": head_revision()
    }  # fmt: skip
    assert summary["store"] == {"code": "S001", "name": "Bellesa Rambla"}
    assert summary["device"]["code"] == "D01"
    assert summary["server"] == {"url": server.url, "registration": "registered"}
    assert summary["sync"]["waiting"] == waiting == 7  # 3 sales and their points, 1 sale
    assert summary["sync"]["waiting_by_age"]["under_1h"] == 7
    assert summary["sync"]["last_sync"] is not None
    assert summary["sync"]["state"]["phase"] == "offline"
    assert summary["sync"]["state"]["message"] == "lookup [phone]"
    assert summary["sync"]["state"]["update_by"] == "2027-01-15"
    feeds = {f["feed"]: f for f in summary["sync"]["feeds"]}
    assert directory_rows is not None
    assert feeds["directory"] == {
        "feed": "directory", "cursor": directory_rows.cursor, "rows": directory_rows.row_count
    }  # fmt: skip
    assert feeds["directory"]["rows"] >= 1
    open_changes = {
        (c["entity"], c["op"], c["state"]): c["count"]
        for c in summary["outbox"]["not_acknowledged"]
    }
    assert open_changes == {
        ("sale", "create", "pending"): 4,
        ("ledger_entry", "create", "pending"): 3,
        ("customer", "create", "rejected"): 1,
    }
    [failure] = summary["outbox"]["refused"]
    assert failure["change_id"] == str(refused)
    assert (failure["entity"], failure["op"]) == ("customer", "create")
    assert failure["code"]
    assert summary["review"]["open"] >= 1  # the refused registration waits for a manager
    assert summary["store_file"]["check"]["result"] == ["ok"]
    assert summary["store_file"]["check"]["pragma"] == "integrity_check"
    assert summary["store_file"]["bytes"] > 0
    assert summary["machine"]["qt"] == "6.x"
    assert summary["machine"]["data_dir"] == str(data_dir)
    contents = {entry["name"]: entry for entry in summary["machine"]["data_dir_contents"]}
    assert contents["store.db"]["bytes"] > 0 and "device-credentials.json" in contents
    assert contents["(other files)"] == {"name": "(other files)", "files": 1, "bytes": 8}
    # The store's error is in the log, its row values are not (the engine hides them).
    assert "UNIQUE constraint failed: customer.id" in members["logs/pos-client.log"]
    assert "looked up [phone] / [e-mail] / [card]" in members["logs/pos-client.log"]
    assert "lookup [phone] [e-mail]" in members["logs/pos-client.log.1"]

    # Nothing personal, no secret, in any member.
    key = find_key()
    assert key is not None
    secrets = [token, key.hex(), key.hex().upper()]
    for name, text in members.items():
        for found in PERSONAL + secrets:
            assert found not in text, f"{found!r} in {name}"
    # The log file itself was written masked too (the first line of defence).
    on_disk = (data_dir / LOG_NAME).read_text(encoding="utf-8")
    for found in PERSONAL:
        assert found not in on_disk, f"{found!r} in the log file"


def test_a_large_store_gets_the_quick_check(store) -> None:
    checked = support_archive.check_store(store.path, quick_above=0)
    assert (checked.pragma, checked.result) == ("quick_check", ("ok",))
    assert support_archive.check_store(store.path).pragma == "integrity_check"
