"""The store is encrypted at rest: real files and keys, read back byte for byte."""

from __future__ import annotations

import os
import shutil
import stat
from collections.abc import Iterator
from contextlib import closing
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import keyring
import pytest
from conftest import PRODUCTS, Fixture
from keyring.backend import KeyringBackend
from sqlalchemy import func, select, text

from loyalty_core.barcodes import with_check_digit
from loyalty_core.errors import UserFacingError
from loyalty_core.ids import uuid7
from loyalty_core.roles import Role
from loyalty_core.text import fold
from pos_client.services import sales
from pos_client.services.cart import Cart
from pos_client.services.catalogue import find_product
from pos_client.services.setup import ensure_device, set_points_per_euro
from pos_client.services.staff import add_staff
from pos_client.store.database import (
    PLAIN_HEADER,
    StoreInUse,
    StoreKeyMismatch,
    connect_file,
    is_plain_file,
    open_store,
)
from pos_client.store.db_key import KEY_FILE_NAME, KEYRING_SERVICE, KEYRING_USERNAME
from pos_client.store.models import Customer, OutboxEntry, Product, Sale

NAME, SURNAMES = "Xiomara", "Quintanilla Urdangarin"
PHONE, EMAIL = "+34655443322", "xiomara.quintanilla@example.org"
SECRETS = [NAME, "Quintanilla", PHONE, "655443322", EMAIL, "xiomara quintanilla"]
NOW = datetime(2026, 11, 20, 10, 30, tzinfo=UTC)


@pytest.fixture
def own_keys(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A key folder of this test's own, empty, apart from the data folder."""
    keys = tmp_path / "keys"
    monkeypatch.setenv("LOYALTY_KEY_DIR", str(keys))
    return keys


class MemoryKeyring(KeyringBackend):
    """A keyring backend that keeps passwords in a dict: keyring's own extension point."""

    priority = 1  # type: ignore[assignment]  # usable, as a real OS keyring is

    def __init__(self) -> None:
        super().__init__()
        self.passwords: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.passwords.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.passwords[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        del self.passwords[(service, username)]


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    try:
        yield backend
    finally:
        keyring.set_keyring(previous)


def customer(first: str, last: str, *, phone: str | None, email: str | None) -> Customer:
    return Customer(
        id=uuid7(),
        first_name=first,
        last_names=last,
        search_name=fold(f"{first} {last}"),
        national_id=None,
        phone=phone,
        email=email,
        birth_date=date(1990, 5, 17),
        postal_code="08012",
        language="es",
        club_member=True,
        enrolled_on=date(2024, 1, 1),
        confirmed_points=40,
        created_at=NOW,
    )


def files_of(path: Path) -> dict[str, bytes]:
    """The store file and whatever lies beside it (WAL, shared memory), by name."""
    return {p.name: p.read_bytes() for p in sorted(path.parent.iterdir()) if p.is_file()}


def assert_no_secrets(files: dict[str, bytes]) -> None:
    for name, content in files.items():
        for secret in SECRETS:
            for encoded in {secret.encode("utf-8"), secret.encode("utf-16-le")}:
                assert encoded not in content, f"{secret!r} readable in {name}"


def dump(db: Any) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table (search index shadow tables included)."""
    names = [n for (n,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
    return {n: sorted(db.execute(f'SELECT * FROM "{n}"').fetchall(), key=repr) for n in names}


def test_a_written_store_shows_no_customer_data_in_its_files(
    store: Fixture, tmp_path: Path
) -> None:
    with store.sessions.begin() as s:
        s.add(customer(NAME, SURNAMES, phone=PHONE, email=EMAIL))
    open_files = files_of(store.path)  # the WAL holds the new row while the store is open
    assert any(name.endswith("-wal") and content for name, content in open_files.items())
    assert_no_secrets(open_files)
    store.sessions.kw["bind"].dispose()

    closed = files_of(store.path)
    assert set(closed) == {"store.db"}
    assert not closed["store.db"].startswith(PLAIN_HEADER)
    assert_no_secrets(closed)
    for known in ("María José", "Núñez", "+34612345678", "mj.nunez@example.com"):
        assert known.encode() not in closed["store.db"]
    with store.sessions() as s:  # and the key reads it all back
        found = s.scalars(select(Customer.email).where(Customer.phone == PHONE)).all()
    assert found == [EMAIL]


def test_another_key_or_no_key_cannot_open_the_store(
    store: Fixture, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store.sessions.kw["bind"].dispose()
    elsewhere = tmp_path / "other-keys"
    monkeypatch.setenv("LOYALTY_KEY_DIR", str(elsewhere))

    with pytest.raises(StoreKeyMismatch, match="has no key for it"):
        open_store(store.path)
    assert not elsewhere.exists(), "no key is made up for an encrypted store"

    elsewhere.mkdir()
    (elsewhere / KEY_FILE_NAME).write_text(os.urandom(32).hex() + "\n")
    with pytest.raises(StoreKeyMismatch) as raised:
        open_store(store.path)
    assert isinstance(raised.value, UserFacingError)
    assert raised.value.code == "store_key_mismatch"
    assert "encrypted with another key" in raised.value.message
    with pytest.raises(StoreKeyMismatch):
        connect_file(store.path, read_only=True)
    with pytest.raises(StoreKeyMismatch, match="as a plain file"):
        open_store(store.path, encrypted=False)
    assert not is_plain_file(store.path)


def plain_store_with_a_sale(path: Path) -> None:
    """A store as an older version left it: plain, customers, a sale, its outbox rows."""
    sessions = open_store(path, encrypted=False)
    _short, body, name, brand, price, vat, points, active, *_care = PRODUCTS[0]
    code = with_check_digit(body)
    member = customer(NAME, SURNAMES, phone=PHONE, email=EMAIL)
    with sessions.begin() as s:
        ensure_device(s, store_code="S001", device_code="D01", store_name="Bellesa Rambla")
        set_points_per_euro(s, 1)
        clerk = add_staff(s, code="1001", name="Laura Gómez", role=Role.ASSISTANT, pin="1234")
        s.add(
            Product(
                id=uuid7(),
                code=code,
                code_kind="ean13",
                name=name,
                brand=brand,
                category="skincare",
                size="50 ml",
                price_cents=price,
                vat_rate=vat,
                points_per_unit=points,
                active=active,
            )
        )
        s.add(member)
        s.add(customer("Jordi", "Ferrer i Castellà", phone="+34699111222", email=None))
    with sessions.begin() as s:
        cart = Cart(customer_id=member.id)
        cart.add_product(find_product(s, code=code), 2)
        pay = sales.PaymentInput(cash_tendered_cents=10_000)
        sales.finish(s, cart=cart, payment=pay, staff=clerk, now=NOW)
    sessions.kw["bind"].dispose()


def test_a_plain_store_from_before_is_encrypted_in_place_with_every_row(
    tmp_path: Path,
) -> None:
    made = tmp_path / "made" / "store.db"
    plain_store_with_a_sale(made)
    # The app was killed with the sale only in the WAL: copy the files as they were then.
    sessions = open_store(made, encrypted=False)
    with sessions.begin() as s:
        s.add(customer("Úrsula", "Vidal Roig", phone="+34611000111", email="u.vidal@example.com"))
    with closing(connect_file(made, encrypted=False, read_only=True)) as db:
        before = dump(db)
    path = tmp_path / "tablet" / "store.db"
    path.parent.mkdir()
    shutil.copyfile(made, path)
    shutil.copyfile(made.with_name("store.db-wal"), path.with_name("store.db-wal"))
    sessions.kw["bind"].dispose()
    assert is_plain_file(path)
    assert path.with_name("store.db-wal").stat().st_size > 0
    (path.parent / "store.db.encrypting-0badc0de").write_bytes(b"half a copy")  # a crash's

    upgraded = open_store(path)  # what the app does at start-up
    with upgraded.begin() as s:
        assert s.scalar(select(func.count()).select_from(Sale)) == 1
        assert s.scalar(select(func.count()).select_from(OutboxEntry)) > 0
        assert s.scalar(text("PRAGMA journal_mode")) == "wal"
    upgraded.kw["bind"].dispose()

    files = files_of(path)
    assert set(files) == {"store.db"}, "no plain copy, WAL or half copy is left"
    assert not files["store.db"].startswith(PLAIN_HEADER)
    assert_no_secrets(files)
    with closing(connect_file(path, read_only=True)) as db:
        assert dump(db) == before
        assert db.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    assert open_store(path) is not None  # and it opens as any encrypted store does


def test_a_plain_store_open_in_another_program_is_left_as_it_was(tmp_path: Path) -> None:
    path = tmp_path / "store.db"
    plain_store_with_a_sale(path)
    other = open_store(path, encrypted=False)
    with other.begin() as s:  # the other program holds a connection to the file
        s.add(customer("Úrsula", "Vidal Roig", phone=None, email=None))
    with pytest.raises(StoreInUse):
        open_store(path)
    other.kw["bind"].dispose()
    assert is_plain_file(path)
    assert not list(tmp_path.glob("store.db.encrypting-*"))
    with other() as s:
        assert s.scalar(select(func.count()).select_from(Customer)) == 3


def test_the_key_file_is_private_made_once_and_serves_every_store(
    own_keys: Path, tmp_path: Path
) -> None:
    first = open_store(tmp_path / "a" / "store.db")
    first.kw["bind"].dispose()
    key_file = own_keys / KEY_FILE_NAME
    assert stat.S_IMODE(key_file.stat().st_mode) == 0o600
    assert len(bytes.fromhex(key_file.read_text())) == 32
    key, made = key_file.read_text(), key_file.stat().st_mtime_ns
    assert [p.name for p in own_keys.iterdir()] == [KEY_FILE_NAME]  # no temporary file left

    moved = tmp_path / "moved" / "store.db"  # a data folder moved elsewhere still opens
    moved.parent.mkdir()
    shutil.copyfile(tmp_path / "a" / "store.db", moved)
    for path in (tmp_path / "a" / "store.db", moved, tmp_path / "b" / "store.db"):
        sessions = open_store(path)
        with sessions.begin() as s:
            s.add(customer("Pau", "Serra", phone=None, email=None))
        sessions.kw["bind"].dispose()
    assert key_file.read_text() == key
    assert key_file.stat().st_mtime_ns == made


def test_with_a_usable_keyring_the_key_goes_there_and_no_file_is_written(
    own_keys: Path, memory_keyring: MemoryKeyring, tmp_path: Path
) -> None:
    path = tmp_path / "data" / "store.db"
    sessions = open_store(path)
    with sessions.begin() as s:
        s.add(customer(NAME, SURNAMES, phone=PHONE, email=EMAIL))
    sessions.kw["bind"].dispose()

    stored = memory_keyring.passwords[(KEYRING_SERVICE, KEYRING_USERNAME)]
    assert len(bytes.fromhex(stored)) == 32
    assert not own_keys.exists()
    assert_no_secrets(files_of(path))
    again = open_store(path)
    with again() as s:
        assert s.scalar(select(Customer.email).where(Customer.phone == PHONE)) == EMAIL
    again.kw["bind"].dispose()

    memory_keyring.passwords[(KEYRING_SERVICE, KEYRING_USERNAME)] = os.urandom(32).hex()
    with pytest.raises(StoreKeyMismatch):
        open_store(path)


def test_secure_delete_is_on_and_a_deleted_row_leaves_no_trace_in_the_file(
    store: Fixture, tmp_path: Path
) -> None:
    with store.sessions() as s:
        assert s.scalar(text("PRAGMA secure_delete")) == 1
    store.sessions.kw["bind"].dispose()

    path = tmp_path / "plain" / "store.db"  # plain, so the file's bytes can be searched
    sessions = open_store(path, encrypted=False)
    gone = customer("Zoe", "Borrada", phone="+34600999888", email="zoe.erased@example.net")
    with sessions.begin() as s:
        s.add(gone)
        s.add(customer("Pau", "Serra", phone=None, email=None))
    sessions.kw["bind"].dispose()  # the last close folds the WAL into the file
    assert b"zoe.erased@example.net" in path.read_bytes()
    sessions = open_store(path, encrypted=False)
    with sessions() as s:
        assert s.scalar(text("PRAGMA secure_delete")) == 1
    with sessions.begin() as s:
        s.execute(text("DELETE FROM customer WHERE id = :id"), {"id": gone.id.hex})
    sessions.kw["bind"].dispose()
    content = path.read_bytes()
    assert b"zoe.erased@example.net" not in content
    assert b"+34600999888" not in content
