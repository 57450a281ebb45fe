"""Head office honours a customer's requests from the command line: export, then erasure."""

from __future__ import annotations

import gzip
import io
import json
import uuid
import zipfile
from pathlib import Path

from server_cli import run_sync_server
from sqlalchemy import select

from sync_server.customers.models import Customer
from sync_server.db import Database


def _a_member(data_dir: Path) -> tuple[str, str, str]:
    """(id, card number, phone) of a demo club member who has a card and a phone."""
    db = Database(f"sqlite:///{data_dir / 'server.db'}")
    try:
        with db.session() as s:
            row = s.execute(
                select(Customer.id, Customer.card_number, Customer.phone)
                .where(Customer.card_number.is_not(None), Customer.phone.is_not(None))
                .limit(1)
            ).one()
    finally:
        db.dispose()
    return str(row[0]), str(row[1]), str(row[2])


def test_export_then_erase_by_card_number_and_the_snapshots_forget_the_customer(
    tmp_path: Path,
) -> None:
    assert (
        run_sync_server(tmp_path, "demo-data", "--customers", "40", "--products", "10").returncode
        == 0
    )
    customer_id, card, phone = _a_member(tmp_path)

    archive = tmp_path / "export.zip"
    done = run_sync_server(tmp_path, "export-customer", card, "--out", str(archive))
    assert done.returncode == 0, done.stderr
    exported = json.loads(zipfile.ZipFile(io.BytesIO(archive.read_bytes())).read("customer.json"))
    assert exported["customer"]["id"] == customer_id
    assert exported["customer"]["phone"] == phone

    assert any(phone in _snapshot_text(path) for path in _people_snapshots(tmp_path))

    dry = run_sync_server(tmp_path, "erase-customer", customer_id)
    assert dry.returncode == 0 and "--yes" in dry.stdout
    assert _a_member(tmp_path)[0] == customer_id  # nothing changed without --yes

    done = run_sync_server(tmp_path, "erase-customer", customer_id, "--yes")
    assert done.returncode == 0, done.stderr
    db = Database(f"sqlite:///{tmp_path / 'server.db'}")
    try:
        with db.session() as s:
            erased = s.get(Customer, uuid.UUID(customer_id))
            assert erased is not None and erased.erased_at is not None
            assert (erased.phone, erased.card_number, erased.last_names) == (None, None, "borrado")
    finally:
        db.dispose()
    snapshots = _people_snapshots(tmp_path)
    assert snapshots  # written again after the erasure
    for path in snapshots:
        rows = [json.loads(line) for line in _snapshot_text(path).splitlines()]
        assert all(row["data"] is None for row in rows if row["key"] == customer_id)
        assert phone not in _snapshot_text(path)

    again = run_sync_server(tmp_path, "export-customer", card, "--out", str(archive))
    assert again.returncode == 1 and "no customer" in again.stderr  # the card is gone too


def _people_snapshots(data_dir: Path) -> list[Path]:
    return [
        path
        for path in (data_dir / "snapshots").glob("*.ndjson.gz")
        if path.name.startswith(("directory-", "profiles-"))
    ]


def _snapshot_text(path: Path) -> str:
    with gzip.open(path, "rt", encoding="utf-8") as lines:
        return lines.read()
