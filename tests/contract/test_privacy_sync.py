"""A withdrawal and an erasure reach every tablet: the customer's data leaves the file."""

from __future__ import annotations

import io
import json
import uuid
import zipfile
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from chain import ServerProcess, Tablet
from members import enrol_with_sale
from sqlalchemy import select
from sqlalchemy.orm import Session

from loyalty_core.consent import Purpose
from pos_client.documents.consent_texts import load_consent_text
from pos_client.services.consents import change_consent, history
from pos_client.services.customers import identify
from pos_client.store.database import open_store
from pos_client.store.models import Consent, Customer, Sale
from pos_client.sync.registration import register_device
from sync_server.consents.service import marketing_targets
from sync_server.customers.models import Customer as ServerCustomer
from sync_server.customers.privacy import ERASURE_FEEDS, erase_customer, export_customer
from sync_server.devices.service import issue_code
from sync_server.sync.snapshots import drop_snapshots

PERSONAL = ("Lucía", "Fernández", "Ortega", "12345678Z", "655443322", "lucia.fernandez")
FOLDED = ("lucia", "fernandez", "ortega")
"""As the name search index holds the words."""


def plain_tablet(server: ServerProcess, data_dir: Path, store_code: str) -> Tablet:
    """A tablet whose store is not encrypted, so a test can read what its file holds."""
    with server.admin() as s:
        code = issue_code(s, store_code=store_code, now=datetime.now(UTC))
    sessions = open_store(data_dir / "store.db", encrypted=False)
    register_device(
        sessions, data_dir, server_url=server.url, store_code=store_code, registration_code=code
    )
    return Tablet.open(data_dir, sessions, server.url)


def customer_row(session: Session, customer_id: uuid.UUID) -> Customer | None:
    return session.scalars(select(Customer).where(Customer.id == customer_id)).first()


def file_bytes(tablet: Tablet) -> bytes:
    path = tablet.data_dir / "store.db"
    wal = path.with_name(path.name + "-wal")
    return path.read_bytes() + (wal.read_bytes() if wal.exists() else b"")


def test_a_withdrawal_then_an_erasure_reach_every_tablet_and_leave_no_trace_in_the_file(
    server: ServerProcess, new_tablet: Callable[..., Tablet], tmp_path: Path
) -> None:
    counter = new_tablet("S001")
    colleague = plain_tablet(server, tmp_path / "colleague", "S001")
    elsewhere = plain_tablet(server, tmp_path / "elsewhere", "S002")
    for tablet in (counter, colleague, elsewhere):
        tablet.sync()
    customer_id, receipt = enrol_with_sale(counter, {"cream": 1}, email=True, sms=True)
    counter.sync()
    colleague.sync()
    elsewhere.sync()
    with colleague.sessions.begin() as s:
        held = customer_row(s, customer_id)
        assert held is not None and held.consent_state == {
            "club": True,
            "email": True,
            "sms": True,
            "profiling": False,
            "skin_data": False,
        }
        assert len(history(s, customer_id)) == 1

    # The customer withdraws e-mail marketing at the counter: no signature needed.
    with counter.sessions.begin() as s:
        change_consent(
            s,
            customer_id=customer_id,
            changes={Purpose.EMAIL: False},
            text=load_consent_text("es"),
            signature=None,
            staff=counter.staff("1001"),
            now=datetime.now(UTC),
        )
    counter.sync()
    colleague.sync()
    with colleague.sessions.begin() as s:
        assert customer_row(s, customer_id).consent_state["email"] is False  # type: ignore[union-attr,index]
    with server.admin() as s:
        emailed = {c.id for c in marketing_targets(s, Purpose.EMAIL)}
        texted = {c.id for c in marketing_targets(s, Purpose.SMS)}
    assert customer_id not in emailed and customer_id in texted

    # The customer asks to see everything held, then to be erased.
    with server.admin() as s:
        archive = zipfile.ZipFile(
            io.BytesIO(export_customer(s, customer_id, now=datetime.now(UTC)))
        )
    names = archive.namelist()
    exported = json.loads(archive.read("customer.json"))
    assert exported["customer"]["national_id"] == "12345678Z"
    assert len(exported["consents"]) == 2 and len(exported["sales"]) == 1
    pdfs = [n for n in names if n.endswith(".pdf")]
    assert len(pdfs) == 2 and all(archive.read(n).startswith(b"%PDF") for n in pdfs)
    assert any(n.endswith(".json") and n.startswith("files/") for n in names)  # the vectors

    for needle in (*PERSONAL[:2], *FOLDED):  # the test can see names in a plain file
        assert needle.encode() in file_bytes(colleague)
    with server.admin() as s:
        erase_customer(s, customer_id, now=datetime.now(UTC))
    drop_snapshots(server.data_dir, ERASURE_FEEDS)
    for tablet in (counter, colleague, elsewhere):
        tablet.sync()

    with server.admin() as s:
        gone = s.get(ServerCustomer, customer_id)
        assert gone is not None and gone.erased_at is not None
        assert (gone.national_id, gone.phone, gone.email, gone.card_number) == (None,) * 4
        assert customer_id not in {c.id for c in marketing_targets(s, Purpose.SMS)}
    for tablet in (counter, colleague, elsewhere):
        with tablet.sessions.begin() as s:
            assert customer_row(s, customer_id) is None
            assert s.scalars(select(Consent).where(Consent.customer_id == customer_id)).all() == []
            assert identify(s, query="Lucía Fernández").hits == ()
    with counter.sessions.begin() as s:  # the sale stays for accounting, with an id only
        sale = s.scalars(select(Sale).where(Sale.receipt_number == receipt.receipt_number)).one()
        assert sale.customer_id == customer_id
    for tablet in (colleague, elsewhere):
        raw = file_bytes(tablet)
        for needle in (*PERSONAL, *FOLDED):
            assert needle.encode() not in raw, f"{needle} is still in {tablet.data_dir}"
