"""A small chain for sync tests: a real server process and real tablets.

`ServerProcess` runs `uvicorn sync_server.asgi:app` on 127.0.0.1 and a free
port, on its own SQLite file or PostgreSQL database, and can be stopped,
SIGKILLed and started again on the same data. `Tablet` is a real client
store file registered with that server, with the real sync engine; it
sells, returns and edits through the same services the counter uses.

Import it as ``chain`` (pytest puts tests/ on sys.path).
"""

from __future__ import annotations

import itertools
import os
import signal
import socket
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import requests
from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from loyalty_core.barcodes import with_check_digit
from loyalty_core.roles import Role
from pos_client.services import sales
from pos_client.services.cart import Cart
from pos_client.services.catalogue import find_product
from pos_client.services.receipts import Receipt, customer_on_receipt
from pos_client.services.sales import PaymentInput
from pos_client.services.setup import device_info
from pos_client.services.staff import StaffMember, login
from pos_client.store.database import open_store
from pos_client.store.models import OutboxEntry
from pos_client.sync.api import SyncApi
from pos_client.sync.credentials import load as load_credentials
from pos_client.sync.engine import SyncEngine, SyncReport
from pos_client.sync.registration import register_device
from sync_server.catalogue.csv_import import parse_catalogue
from sync_server.catalogue.service import import_catalogue
from sync_server.customers.models import Balance
from sync_server.customers.service import NewCustomer, create_customer
from sync_server.db import Database
from sync_server.devices.service import issue_code
from sync_server.ledger.models import LedgerEntry as ServerEntry
from sync_server.migrate import upgrade
from sync_server.sales.models import Sale as ServerSale
from sync_server.staff.service import add_staff
from sync_server.stores.service import create_store
from sync_server.sync.models import Inbox

ROOT = Path(__file__).resolve().parent.parent

PRODUCTS = {
    # short name: (code body, name, price €, vat, points per unit, care type, attributes)
    "serum": ("843700000101", "Sérum Hidratante", "34,95", 21, 10, "serum", "hydrating"),
    "cream": ("843700000102", "Crema de Día SPF15", "22,50", 21, 0, "moisturiser", "hydrating"),
    "soap": ("843700000103", "Jabón de Avena", "5,95", 10, 0, "cleanser", "soothing|vegan"),
}
CODES = {short: with_check_digit(body) for short, (body, *_rest) in PRODUCTS.items()}
STAFF = {
    # code: (store, name, role, PIN)
    "1001": ("S001", "Laura Gómez", Role.ASSISTANT, "1234"),
    "1002": ("S001", "Marc Puig", Role.ADVISOR, "2345"),
    "1003": ("S001", "Carmen Ruiz", Role.MANAGER, "3456"),
    "2001": ("S002", "Pau Serra", Role.ASSISTANT, "4567"),
    "2002": ("S002", "Laia Font", Role.ADVISOR, "5678"),
    "2003": ("S002", "Joan Vidal", Role.MANAGER, "6789"),
}


_PORT_BLOCK = 2000
_next_port = itertools.count()


def free_port() -> int:
    """A free loopback port that nothing else of this test run will be given.

    A port the kernel hands out for port 0 comes back later as the source port
    of some outgoing connection (to PostgreSQL, to another server), and can be
    taken that way between the moment a test picks it and the moment its server
    (or a restart of it) listens. So ports come from below the kernel's
    ephemeral range (32768 and up on Linux), each pytest-xdist worker from a
    block of its own, in turn.
    """
    worker = int(os.environ.get("PYTEST_XDIST_WORKER", "gw0").removeprefix("gw") or 0)
    first = 20_000 + (worker % 6) * _PORT_BLOCK
    for _ in range(_PORT_BLOCK):
        port = first + next(_next_port) % _PORT_BLOCK
        with socket.socket() as probe:
            try:
                probe.bind(("127.0.0.1", port))
            except OSError:
                continue  # someone else's: try the next one
            return port
    raise RuntimeError(f"no free port from {first} to {first + _PORT_BLOCK - 1}")


def catalogue_csv() -> bytes:
    lines = ["codigo;nombre;marca;familia;formato;pvp;iva;puntos;activo;tipo;atributos"]
    for short, (_body, name, price, vat, points, kind, tags) in PRODUCTS.items():
        lines.append(
            f"{CODES[short]};{name};Aurélie;Facial;50 ml;{price};{vat};{points};1;{kind};{tags}"
        )
    return ("\n".join(lines) + "\n").encode()


@dataclass
class ServerProcess:
    """The real server, on a database that outlives the process."""

    data_dir: Path
    database_url: str
    port: int = field(default_factory=free_port)
    process: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def prepare(self) -> None:
        """Create the schema (the deployment step `sync-server migrate`)."""
        with self.database() as db:
            upgrade(db.engine)

    @contextmanager
    def database(self) -> Iterator[Database]:
        db = Database(self.database_url)
        try:
            yield db
        finally:
            db.dispose()

    @contextmanager
    def admin(self) -> Iterator[Session]:
        """A session on the server's database, committed at the end (head office's tools)."""
        with self.database() as db, db.session() as session, session.begin():
            yield session

    def start(self, workers: int = 1) -> ServerProcess:
        env = dict(
            os.environ,
            DATABASE_URL=self.database_url,
            LOYALTY_SERVER_DATA_DIR=str(self.data_dir),
        )
        command = [
            sys.executable,
            "-m",
            "uvicorn",
            "sync_server.asgi:app",
            "--host",
            "127.0.0.1",
            "--port",
            str(self.port),
            "--log-level",
            "warning",
            "--workers",
            str(workers),
        ]
        log = open(self.data_dir / "server.log", "ab")  # noqa: SIM115 - the process owns it
        self.process = subprocess.Popen(command, env=env, stdout=log, stderr=log, cwd=ROOT)
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"server exited: {(self.data_dir / 'server.log').read_text()}")
            try:
                if requests.get(self.url + "/health", timeout=1).ok:
                    return self
            except requests.RequestException:
                time.sleep(0.1)
        raise RuntimeError("server did not start in 30 s")

    def kill(self) -> None:
        """SIGKILL: no shutdown, no flush, as a power cut does to the process."""
        if self.process is not None and self.process.poll() is None:
            self.process.send_signal(signal.SIGKILL)
            self.process.wait(10)
        self.process = None

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(10)
        self.process = None


def seed_chain(server: ServerProcess, now: datetime) -> None:
    """Two stores, their staff, the catalogue and two customers."""
    with server.admin() as s:
        create_store(s, code="S001", name="Bellesa Rambla", address="Rambla 41", now=now)
        create_store(s, code="S002", name="Bellesa Gràcia", now=now)
        for code, (store, name, role, pin) in STAFF.items():
            add_staff(s, store_code=store, code=code, name=name, role=role, pin=pin, now=now)
        import_catalogue(s, parse_catalogue(catalogue_csv()), now=now)
        create_customer(
            s,
            NewCustomer(
                first_name="María José",
                last_names="Núñez Pujol",
                home_store="S001",
                card_number=MARIA_CARD,
                phone="+34612345678",
                email="mj.nunez@example.com",
                club_member=True,
                id=MARIA,
            ),
            now=now,
        )
        create_customer(
            s,
            NewCustomer(
                first_name="Jordi",
                last_names="Ferrer i Castellà",
                home_store="S002",
                phone="+34699111222",
                id=JORDI,
            ),
            now=now,
        )


MARIA = uuid.UUID("01900000-0000-7000-8000-000000000001")
MARIA_CARD = with_check_digit("290000000001")
"""María's club card, as a card reader reads it (check digit included)."""
JORDI = uuid.UUID("01900000-0000-7000-8000-000000000002")


@dataclass
class Tablet:
    """A registered tablet: its own store file and its own sync engine."""

    data_dir: Path
    sessions: sessionmaker[Session]
    server_url: str
    engine: SyncEngine

    @staticmethod
    def register(
        server: ServerProcess, data_dir: Path, store_code: str, *, url: str | None = None
    ) -> Tablet:
        with server.admin() as s:
            code = issue_code(s, store_code=store_code, now=datetime.now(UTC))
        sessions = open_store(data_dir / "store.db")
        server_url = url or server.url
        register_device(
            sessions, data_dir, server_url=server_url, store_code=store_code, registration_code=code
        )
        return Tablet.open(data_dir, sessions, server_url)

    @staticmethod
    def open(data_dir: Path, sessions: sessionmaker[Session], server_url: str) -> Tablet:
        credentials = load_credentials(data_dir)
        assert credentials is not None
        api = SyncApi(server_url, credentials.token, timeout=(2.0, 10.0))
        return Tablet(data_dir, sessions, server_url, SyncEngine(sessions, api))

    @property
    def store_code(self) -> str:
        with self.sessions.begin() as s:
            return device_info(s).store_code

    def sync(self, *, verify: bool = False) -> SyncReport:
        return self.engine.sync_once(verify=verify)

    def staff(self, code: str) -> StaffMember:
        with self.sessions.begin() as s:
            return login(s, code=code, pin=STAFF[code][3], now=datetime.now(UTC))

    def sell(
        self,
        items: dict[str, int],
        *,
        customer: uuid.UUID | None = None,
        staff: str = "1001",
        now: datetime | None = None,
    ) -> Receipt:
        member = self.staff(staff)
        with self.sessions.begin() as s:
            cart = Cart(customer_id=customer)
            for short, quantity in items.items():
                cart.add_product(find_product(s, code=CODES[short]), quantity)
            total = cart.priced().total_cents
            return sales.finish(
                s,
                cart=cart,
                payment=PaymentInput(card_cents=total),
                staff=member,
                now=now or datetime.now(UTC),
            )

    def close(self) -> None:
        self.engine.api.close()
        self.sessions.kw["bind"].dispose()


def seed_products(server: ServerProcess, count: int) -> None:
    """Head office imports `count` more products (with valid EAN-13s) from a CSV."""
    lines = ["codigo;nombre;marca;familia;formato;pvp;iva;puntos;activo"]
    for i in range(count):
        code = with_check_digit(f"8437005{i:05d}")
        lines.append(f"{code};Producto {i};Aurélie;Corporal;100 ml;9,95;21;1;1")
    parsed = parse_catalogue(("\n".join(lines) + "\n").encode())
    assert not parsed.rejections
    with server.admin() as s:
        assert import_catalogue(s, parsed, now=datetime.now(UTC)).added == count


@contextmanager
def running_chain(data_dir: Path, database_url: str | None = None) -> Iterator[ServerProcess]:
    """A seeded chain on a running server (SQLite in `data_dir` unless a URL is given)."""
    data_dir.mkdir(parents=True, exist_ok=True)
    process = ServerProcess(data_dir, database_url or f"sqlite:///{data_dir / 'server.db'}")
    process.prepare()
    seed_chain(process, datetime.now(UTC))
    process.start()
    try:
        yield process
    finally:
        process.stop()


def server_counts(server: ServerProcess) -> tuple[int, int, int]:
    """Sales, ledger entries and changes seen on the server."""
    with server.admin() as s:
        return (
            s.scalar(select(func.count()).select_from(ServerSale)) or 0,
            s.scalar(select(func.count()).select_from(ServerEntry)) or 0,
            s.scalar(select(func.count()).select_from(Inbox)) or 0,
        )


def assert_converged(server: ServerProcess, tablet: Tablet, sales: int, points: int) -> None:
    """Every sale once, every entry once, both sides agree on the balance, outbox drained."""
    assert server_counts(server) == (sales, sales, 2 * sales)
    with server.admin() as s:
        balance = s.get(Balance, MARIA)
        assert balance is not None and balance.points == points
    with tablet.sessions.begin() as s:
        assert set(s.scalars(select(OutboxEntry.state))) == {"acknowledged"}
        assert customer_on_receipt(s, MARIA)[1] == points
