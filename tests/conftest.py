"""Shared fixtures: a real SQLite store per test, copied from a migrated template."""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The store's key: never the real OS keyring, and one key folder for the whole session,
# which subprocess workers inherit (pos_client.store.db_key).
os.environ.setdefault("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
if "LOYALTY_KEY_DIR" not in os.environ:
    _KEYS = tempfile.mkdtemp(prefix="loyalty-test-keys-")
    os.environ["LOYALTY_KEY_DIR"] = _KEYS
    atexit.register(shutil.rmtree, _KEYS, True)

import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from sqlalchemy.orm import Session, sessionmaker

from loyalty_core.barcodes import with_check_digit
from loyalty_core.ids import uuid7
from loyalty_core.member_card import make_card_number
from loyalty_core.roles import Role
from loyalty_core.text import fold
from pos_client.services.setup import ensure_device, set_points_per_euro
from pos_client.services.staff import StaffMember, add_staff
from pos_client.store.database import open_store
from pos_client.store.models import Customer, Product

SHARED_DATA = Path(os.environ.get("LOYALTY_SHARED_DATA", Path(__file__).resolve().parent / "data"))
"""Real test data: a copy of the team's shared/data kept in the repository, so that a
clean clone tests the real photos; LOYALTY_SHARED_DATA points at another set (held out)."""


@dataclass(frozen=True)
class Fixture:
    """A small store: a device, three staff, a few products and customers."""

    path: Path
    sessions: sessionmaker[Session]
    assistant: StaffMember
    advisor: StaffMember
    manager: StaffMember
    products: dict[str, str]  # short name -> code
    customer_id: uuid.UUID
    customer_card: str
    customer_phone: str


PINS = {"1001": "1234", "1002": "2345", "1003": "3456"}

PRODUCTS = [
    # short, code body, name, brand, price, vat, points/unit, active, care type, attributes
    ("serum", "841234500001", "Sérum Hidratante", "Aurélie", 3495, 21, 10, True, "serum",
     ["hydrating", "fragrance_free"]),
    ("cream", "841234500002", "Crema de Día SPF15", "Aurélie", 2250, 21, 0, True, "moisturiser",
     ["hydrating"]),
    ("soap", "841234500003", "Jabón de Avena", "Farmàcia Nova", 595, 10, 0, True, "cleanser",
     ["soothing", "sensitive_skin", "fragrance_free", "vegan"]),
    ("book", "841234500004", "Guía del Cuidado de la Piel", "Edicions Bellesa", 1200, 4, 0, True,
     "", []),
    ("old", "841234500005", "Colonia Retirada", "Aurélie", 1999, 21, 0, False, "perfume", []),
]  # fmt: skip


def _build_template(path: Path) -> Fixture:
    sessions = open_store(path)
    with sessions.begin() as s:
        ensure_device(
            s,
            store_code="S001",
            device_code="D01",
            store_name="Bellesa Rambla",
            store_address="Rambla de Catalunya 10, 08007 Barcelona",
            store_tax_id="B12345674",
        )
        set_points_per_euro(s, 1)
        assistant = add_staff(s, code="1001", name="Laura Gómez", role=Role.ASSISTANT, pin="1234")
        advisor = add_staff(s, code="1002", name="Marc Puig", role=Role.ADVISOR, pin="2345")
        manager = add_staff(s, code="1003", name="Carmen Ruiz", role=Role.MANAGER, pin="3456")
        products = {}
        for short, body, name, brand, price, vat, pts, active, kind, tags in PRODUCTS:
            code = with_check_digit(body)
            products[short] = code
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
                    points_per_unit=pts,
                    active=active,
                    kind=kind,
                    tags=tags,
                )
            )
        card = make_card_number(0, 1)
        customer = Customer(
            id=uuid7(),
            card_number=card,
            first_name="María José",
            last_names="Núñez Pujol",
            search_name=fold("María José Núñez Pujol"),
            national_id="12345678Z",
            phone="+34612345678",
            email="mj.nunez@example.com",
            birth_date=date(1985, 3, 14),
            postal_code="08007",
            language="es",
            club_member=True,
            enrolled_on=date(2020, 1, 1),
            confirmed_points=120,
            created_at=datetime(2020, 1, 1, tzinfo=UTC),
        )
        s.add(customer)
        s.add(
            Customer(
                id=uuid7(),
                card_number=None,
                first_name="Jordi",
                last_names="Ferrer i Castellà",
                search_name=fold("Jordi Ferrer i Castellà"),
                national_id="X1234567L",
                phone="+34699111222",
                email=None,
                birth_date=None,
                postal_code="08001",
                language="ca",
                club_member=False,
                enrolled_on=None,
                confirmed_points=0,
                created_at=datetime(2021, 1, 1, tzinfo=UTC),
            )
        )
    sessions.kw["bind"].dispose()
    return Fixture(
        path, sessions, assistant, advisor, manager, products, customer.id, card, "+34612345678"
    )


@pytest.fixture(scope="session")
def store_template(tmp_path_factory: pytest.TempPathFactory) -> Fixture:
    return _build_template(tmp_path_factory.mktemp("template") / "store.db")


@pytest.fixture
def store(store_template: Fixture, tmp_path: Path) -> Iterator[Fixture]:
    """A fresh copy of the migrated, seeded store file for one test."""
    path = tmp_path / "store.db"
    shutil.copyfile(store_template.path, path)
    sessions = open_store(path)
    yield Fixture(
        path,
        sessions,
        store_template.assistant,
        store_template.advisor,
        store_template.manager,
        store_template.products,
        store_template.customer_id,
        store_template.customer_card,
        store_template.customer_phone,
    )
    sessions.kw["bind"].dispose()


@pytest.fixture
def now() -> datetime:
    return datetime(2026, 11, 20, 10, 30, tzinfo=UTC)


@pytest.fixture
def shared_data() -> Path:
    assert SHARED_DATA.is_dir(), f"test data not found at {SHARED_DATA}"
    return SHARED_DATA
