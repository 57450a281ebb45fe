"""A broken tablet's waiting changes reach head office by hand, each exactly once.

The old tablet sells offline in a process of its own, which is then SIGKILLed: its
store file and write-ahead log stay as a dead tablet leaves them, encrypted under a
key in a key folder of its own. A new tablet registers for the same store. IT runs
`pos-client export-pending` on the old file (pointing at the old key folder) and head
office `sync-server import-pending`, twice: every sale, points entry, member and
signed consent arrives once, the old file keeps its bytes, and the new tablet sees the
points after a sync.
"""

from __future__ import annotations

import hashlib
import json
import os
import signal
import subprocess
import sys
import uuid
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import pytest
from chain import MARIA, ROOT, ServerProcess, Tablet, server_counts
from server_cli import run_sync_server
from sqlalchemy import func, select

from loyalty_core.pending_changes import BadPendingFile, PendingChanges, decode, encode
from pos_client.services.receipts import customer_on_receipt
from pos_client.services.setup import device_info
from pos_client.store.database import open_store
from pos_client.store.db_key import KEY_DIR_ENV
from pos_client.store.models import OutboxEntry
from pos_client.sync.pending_file import CannotReadStore, read_key_dir, read_pending
from sync_server.consents.models import Attachment, Consent
from sync_server.customers.models import Balance
from sync_server.customers.models import Customer as ServerCustomer
from sync_server.devices.service import revoke
from sync_server.sales.models import Sale as ServerSale
from sync_server.sync.pending_import import ImportRefused, ImportReport, import_pending

TESTS = Path(__file__).resolve().parents[1]

OFFLINE_COUNTER = """
import sys, time
from pathlib import Path
from chain import MARIA, Tablet
from members import enrol_with_sale
from pos_client.store.database import open_store

data = Path(sys.argv[1])
tablet = Tablet.open(data, open_store(data / "store.db"), "http://127.0.0.1:9")
tablet.sell({"serum": 2}, customer=MARIA)
tablet.sell({"soap": 1})
member, receipt = enrol_with_sale(tablet, {"serum": 1})
print("SOLD", member, flush=True)
time.sleep(120)
"""
"""The old tablet's last day: offline, two sales and a new member with a sale, then a crash."""


def _sell_offline_then_die(data_dir: Path, key_dir: Path) -> uuid.UUID:
    """Run the counter in a process of its own, then SIGKILL it: no clean close, no checkpoint."""
    env = dict(os.environ, PYTHONPATH=str(TESTS), **{KEY_DIR_ENV: str(key_dir)})
    child = subprocess.Popen(
        [sys.executable, "-c", OFFLINE_COUNTER, str(data_dir)],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert child.stdout is not None
        line = child.stdout.readline()
        assert line.startswith("SOLD"), line + (child.stderr.read() if child.stderr else "")
        return uuid.UUID(line.split()[1])
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait(10)


def _fingerprint(store: Path) -> dict[str, str]:
    return {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest()
        for p in (store, store.with_name(store.name + "-wal"))
    }


def _export(file: Path, store: Path, key_dir: Path) -> subprocess.CompletedProcess[str]:
    """`pos-client export-pending` as IT runs it, on a machine whose own key is elsewhere."""
    command = ["export-pending", str(file), "--store", str(store), "--key-dir", str(key_dir)]
    return subprocess.run(
        [sys.executable, "-m", "pos_client.cli", *command],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=ROOT,
        check=False,
    )


def _import(server: ServerProcess, file: Path) -> subprocess.CompletedProcess[str]:
    return run_sync_server(
        server.data_dir, "import-pending", str(file), database_url=server.database_url
    )


def _old_tablet(server: ServerProcess, data_dir: Path, key_dir: Path) -> tuple[str, int]:
    """Register the old tablet under its own key; one sale synced. Its device code, points."""
    with pytest.MonkeyPatch.context() as env:
        env.setenv(KEY_DIR_ENV, str(key_dir))
        tablet = Tablet.register(server, data_dir, "S001")
        try:
            tablet.sync()
            points = tablet.sell({"serum": 1}, customer=MARIA).points_earned
            tablet.sync()
            with tablet.sessions.begin() as s:
                return device_info(s).device_code, points
        finally:
            tablet.close()


def test_a_broken_tablets_waiting_changes_arrive_once(
    server: ServerProcess, new_tablet: Callable[..., Tablet], tmp_path: Path
) -> None:
    old_dir, old_keys = tmp_path / "old", tmp_path / "old-keys"
    device_code, synced_points = _old_tablet(server, old_dir, old_keys)
    member = _sell_offline_then_die(old_dir, old_keys)
    store = old_dir / "store.db"
    before = _fingerprint(store)
    assert os.path.getsize(store.with_name("store.db-wal")) > 0  # the crash left it unmerged
    assert server_counts(server)[0] == 1

    # IT revokes the broken tablet and sets up a new one for the store (full download).
    with server.admin() as s:
        revoke(s, store_code="S001", device_code=device_code, now=datetime.now(UTC))
    replacement = new_tablet("S001")
    replacement.sync()

    exported = _export(tmp_path / "pending.json", store, old_keys)
    assert exported.returncode == 0, exported.stderr
    assert f"device S001-{device_code}: " in exported.stdout
    assert _fingerprint(store) == before  # read, never written
    pending = decode((tmp_path / "pending.json").read_bytes())
    kinds = sorted(str(c.entity) for c in pending.changes)
    assert kinds.count("sale") == 3 and kinds.count("customer") == 1
    assert len(pending.attachments) == 2  # the signed PDF and the signature
    assert oct((tmp_path / "pending.json").stat().st_mode & 0o777) == "0o600"

    first = _import(server, tmp_path / "pending.json")
    assert first.returncode == 0, first.stderr
    n = len(pending.changes)
    assert f"{n} accepted, 0 duplicates, 0 rejected, 0 waiting (2 files stored)" in first.stdout
    assert "revoked" in first.stdout
    counts = server_counts(server)
    again = _apply(server, decode((tmp_path / "pending.json").read_bytes()))
    assert (again.accepted, again.duplicates, again.files_stored) == (0, n, 0)
    assert server_counts(server) == counts  # nothing applied twice

    with server.admin() as s:
        assert s.scalar(select(func.count()).select_from(ServerSale)) == 4
        receipts = set(s.scalars(select(ServerSale.receipt_number)))
        customer = s.get(ServerCustomer, member)
        assert customer is not None and customer.club_member
        consent = s.scalars(select(Consent).where(Consent.customer_id == member)).one()
        assert consent.flags == []  # its PDF came in the file: applied, not deferred
        assert s.get(Attachment, consent.document_sha256) is not None
        maria = s.get(Balance, MARIA)
        assert maria is not None
        points = maria.points
    assert len(receipts) == 4 and all(r.startswith(f"S001-{device_code}-") for r in receipts)
    assert points > synced_points  # the offline sale's points were added once

    replacement.sync()
    with replacement.sessions.begin() as s:
        assert customer_on_receipt(s, MARIA)[1] == points


def _apply(server: ServerProcess, pending: PendingChanges) -> ImportReport:
    """The import, in this process (the command line runs the same function)."""
    with server.database() as db:
        return import_pending(db, pending, now=datetime.now(UTC))


@pytest.mark.sqlite_only
def test_what_the_old_tablet_pushed_itself_counts_once_and_wrong_files_are_refused(
    server: ServerProcess, tmp_path: Path
) -> None:
    old_dir, old_keys = tmp_path / "old", tmp_path / "old-keys"
    _old_tablet(server, old_dir, old_keys)
    with pytest.MonkeyPatch.context() as env:
        env.setenv(KEY_DIR_ENV, str(old_keys))
        tablet = Tablet.open(old_dir, open_store(old_dir / "store.db"), server.url)
    for _ in range(3):
        tablet.sell({"serum": 1}, customer=MARIA)
    # Read while the app has the store open (the changes are in its write-ahead log).
    pending = read_pending(old_dir / "store.db", key=read_key_dir(old_keys), now=datetime.now(UTC))
    assert len(pending.changes) == 6

    # Wrong files first: refused whole, nothing applied.
    counts = server_counts(server)
    refusals = {
        "does not know": pending.model_copy(update={"device_id": uuid.uuid4()}),
        f"as S001-{pending.device_code}": pending.model_copy(update={"store_code": "S002"}),
    }
    for said, wrong in refusals.items():
        with pytest.raises(ImportRefused, match=said):
            _apply(server, wrong)
    document = json.loads(encode(pending))
    document["changes"][0]["payload"]["total_cents"] += 1
    with pytest.raises(BadPendingFile, match="checksum"):
        decode(json.dumps(document).encode())
    with pytest.raises(CannotReadStore, match="cannot be read with this key"):
        read_pending(old_dir / "store.db", key=bytes(32), now=datetime.now(UTC))
    assert server_counts(server) == counts

    # The old tablet gets its first batch through, then the file is imported.
    tablet.engine.batch_size = 2
    inbox = server_counts(server)[2]
    tablet.engine.sync_once(cancelled=lambda: server_counts(server)[2] > inbox)
    with tablet.sessions.begin() as s:
        states = list(s.scalars(select(OutboxEntry.state).order_by(OutboxEntry.seq)))
    assert states == ["acknowledged"] * 4 + ["pending"] * 4  # the synced sale, then 2 of 6

    report = _apply(server, decode(encode(pending)))
    assert (report.accepted, report.duplicates, report.rejected, report.deferred) == (4, 2, 0, 0)
    assert not report.revoked
    counts = server_counts(server)
    assert counts == (4, 4, 8)
    # Then it sends the rest itself: all there already.
    sent = tablet.sync()
    tablet.close()
    assert (sent.acknowledged, sent.rejected) == (4, 0)
    assert server_counts(server) == counts
