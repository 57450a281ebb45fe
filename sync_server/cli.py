"""`sync-server`: run the server, migrate it, and the head office's admin tasks.

    sync-server [serve] [--host 127.0.0.1] [--port 8000] [--ssl-certfile F --ssl-keyfile F]
    sync-server migrate
    sync-server create-store CODE NAME [--address A] [--tax-id T] [--points-per-euro N]
    sync-server add-staff STORE CODE NAME ROLE   (the PIN is read from $LOYALTY_PIN or asked)
    sync-server disable-staff CODE | enable-staff CODE
    sync-server import-catalogue FILE.csv
    sync-server issue-code STORE [--hours 72]
    sync-server revoke-device STORE DEVICE
    sync-server status
    sync-server compact [--days 180]
    sync-server demo-data [--customers N] [--products M]
    sync-server backup [--to DIR] [--keep N] | restore FILE | import-pending FILE
    (gifts, campaigns, incidents, offline caps: see `sync_server.office_cli`)

The data folder is --data-dir, else $LOYALTY_SERVER_DATA_DIR, else ./server-data;
$DATABASE_URL points the server at PostgreSQL instead of its SQLite file.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
import uuid
from collections.abc import Callable, Sequence
from datetime import UTC, datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from loyalty_core.errors import UserFacingError
from loyalty_core.feeds import Feed
from loyalty_core.roles import Role
from sync_server import backup_cli, office_cli
from sync_server.config import ServerSettings, load_settings
from sync_server.db import Database
from sync_server.errors import ApiError

PIN_ENV = "LOYALTY_PIN"


def _now() -> datetime:
    return datetime.now(UTC)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="sync-server", description="The loyalty sync server.")
    parser.add_argument("--data-dir", help="folder for the SQLite file and snapshots")
    sub = parser.add_subparsers(dest="command")
    serve = sub.add_parser("serve", help="run the server (the default)")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8000)
    serve.add_argument("--workers", type=int, default=1)
    serve.add_argument("--ssl-certfile", help="TLS certificate (PEM) for an untrusted network")
    serve.add_argument("--ssl-keyfile", help="TLS private key (PEM)")
    serve.add_argument(
        "--no-migrate",
        action="store_true",
        help="do not migrate: refuse to start unless `sync-server migrate` has been run",
    )
    sub.add_parser("migrate", help="bring the database schema up to date")
    store = sub.add_parser("create-store", help="create a store")
    store.add_argument("code")
    store.add_argument("name")
    store.add_argument("--address", default="")
    store.add_argument("--tax-id", default="")
    store.add_argument("--points-per-euro", type=int, default=1)
    staff = sub.add_parser("add-staff", help="add a staff member (PIN from $LOYALTY_PIN or asked)")
    staff.add_argument("store")
    staff.add_argument("code")
    staff.add_argument("name")
    staff.add_argument("role", choices=[str(r) for r in Role])
    for name in ("disable-staff", "enable-staff"):
        sub.add_parser(name, help=f"{name.split('-')[0]} a staff account").add_argument("code")
    catalogue = sub.add_parser("import-catalogue", help="import the ERP's catalogue CSV")
    catalogue.add_argument("file")
    code = sub.add_parser("issue-code", help="issue a one-time device registration code")
    code.add_argument("store")
    code.add_argument("--hours", type=int, default=72)
    revoke = sub.add_parser("revoke-device", help="revoke a device's token at once")
    revoke.add_argument("store")
    revoke.add_argument("device")
    sub.add_parser("status", help="sync status per device")
    demo = sub.add_parser("demo-data", help="fill the server with a demo chain")
    demo.add_argument("--customers", type=int, default=50_000)
    demo.add_argument("--products", type=int, default=5_000)
    demo.add_argument("--seed", type=int, default=7)
    export = sub.add_parser(
        "export-customer", help="everything held on a customer: one ZIP (JSON + signed PDFs)"
    )
    export.add_argument("customer", help="the customer's id or member card number")
    export.add_argument("--out", required=True, help="the archive to write")
    erase = sub.add_parser(
        "erase-customer", help="erase a customer's personal data everywhere (GDPR art. 17)"
    )
    erase.add_argument("customer", help="the customer's id or member card number")
    erase.add_argument("--yes", action="store_true", help="do it (without it, nothing changes)")
    sub.add_parser("send-mail", help="send the e-mails counters asked for now ($LOYALTY_SMTP_URL)")
    pairings = sub.add_parser(
        "compute-pairings", help="count what is bought together and send it to the tablets"
    )
    pairings.add_argument("--days", type=int, default=180, help="tickets of the last N days")
    compact = sub.add_parser("compact", help="drop old tombstones from the feeds")
    compact.add_argument("--days", type=int, default=180)
    backup_cli.add_commands(sub)
    office_cli.add_commands(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    settings = load_settings(args.data_dir)
    command = args.command or "serve"
    if command == "serve":
        return _serve(settings, args)
    if command in ("backup", "restore"):  # before anything opens (or migrates) the database
        return backup_cli.run(settings, args)
    database = Database(settings.database_url)
    try:
        from sync_server.migrate import upgrade

        upgrade(database.engine)
        if command == "migrate":
            print(f"database at the newest schema ({settings.database_url.split('@')[-1]})")
            return 0
        if command == "send-mail":
            return _send_mail(database, settings)
        if command == "import-pending":  # a transaction per batch, as pushes have
            return backup_cli.import_pending(database, args)
        with database.session() as session, session.begin():
            status = COMMANDS[command](session, args)
        if status == 0 and command in WRITES_AHEAD:
            # A new tablet should not wait for what was just imported to be packed.
            from sync_server.sync.snapshots import write_ahead

            written = write_ahead(database, settings.data_dir)
            print(f"first-download snapshots up to date ({len(written)} files)")
        if status == 0 and command == "erase-customer" and args.yes:
            # The first-download files still hold the customer: they go, and are written anew.
            from sync_server.customers.privacy import ERASURE_FEEDS
            from sync_server.sync.snapshots import drop_snapshots, write_ahead

            drop_snapshots(settings.data_dir, ERASURE_FEEDS)
            write_ahead(database, settings.data_dir)
        return status
    except (ApiError, UserFacingError, ValueError, OSError) as exc:
        print(f"sync-server: {getattr(exc, 'message', exc)}", file=sys.stderr)
        return 1
    finally:
        database.dispose()


def _serve(settings: ServerSettings, args: argparse.Namespace) -> int:
    import uvicorn

    from sync_server.migrate import current_revision, head_revision, upgrade

    database = Database(settings.database_url)
    try:
        if not getattr(args, "no_migrate", False):
            upgrade(database.engine)
        elif (found := current_revision(database.engine)) != (head := head_revision()):
            print(
                f"sync-server: the database schema is at {found or 'nothing'}, this version "
                f"serves {head}: run `sync-server migrate` first",
                file=sys.stderr,
            )
            return 1
    finally:
        database.dispose()
    os.environ.setdefault("LOYALTY_SERVER_DATA_DIR", str(settings.data_dir))
    from sync_server.observability.serving import uvicorn_logging, worker_metrics_dir

    with worker_metrics_dir():  # before the workers start: they read it at import
        uvicorn.run(
            "sync_server.asgi:app",
            host=getattr(args, "host", "127.0.0.1"),
            port=getattr(args, "port", 8000),
            workers=getattr(args, "workers", 1),
            ssl_certfile=getattr(args, "ssl_certfile", None),
            ssl_keyfile=getattr(args, "ssl_keyfile", None),
            log_level="info",
            **uvicorn_logging(),  # JSON lines with LOYALTY_LOG_FORMAT=json
        )
    return 0


def _create_store(session: Session, args: argparse.Namespace) -> int:
    from sync_server.stores.service import create_store

    store = create_store(
        session,
        code=args.code,
        name=args.name,
        address=args.address,
        tax_id=args.tax_id,
        points_per_euro=args.points_per_euro,
        now=_now(),
    )
    print(f"store {store.code} created: {store.name}")
    return 0


def _add_staff(session: Session, args: argparse.Namespace) -> int:
    from sync_server.staff.service import add_staff

    pin = os.environ.get(PIN_ENV) or getpass.getpass(f"PIN for {args.code}: ")
    row = add_staff(
        session,
        store_code=args.store.upper(),
        code=args.code,
        name=args.name,
        role=Role(args.role),
        pin=pin,
        now=_now(),
    )
    print(f"staff {row.code} ({row.role}) added to {row.store_code}")
    return 0


def _set_staff(active: bool) -> Callable[[Session, argparse.Namespace], int]:
    def run(session: Session, args: argparse.Namespace) -> int:
        from sync_server.staff.service import set_active

        row = set_active(session, code=args.code, active=active, now=_now())
        print(f"staff {row.code} {'enabled' if row.active else 'disabled'}")
        return 0

    return run


def _import_catalogue(session: Session, args: argparse.Namespace) -> int:
    from pathlib import Path

    from sync_server.catalogue.csv_import import parse_catalogue
    from sync_server.catalogue.service import import_catalogue

    parsed = parse_catalogue(Path(args.file).read_bytes())
    report = import_catalogue(session, parsed, now=_now())
    print(
        f"{report.added} added, {report.updated} updated, {report.unchanged} unchanged, "
        f"{len(report.rejections)} rejected"
    )
    for rejection in report.rejections:
        print(f"line {rejection.line}: {rejection.reason}")
    return 0


def _issue_code(session: Session, args: argparse.Namespace) -> int:
    from sync_server.devices.service import issue_code

    code = issue_code(
        session, store_code=args.store.upper(), now=_now(), valid_for=timedelta(hours=args.hours)
    )
    print(code)
    return 0


def _revoke(session: Session, args: argparse.Namespace) -> int:
    from sync_server.devices.service import revoke

    device = revoke(session, store_code=args.store.upper(), device_code=args.device, now=_now())
    print(f"device {device.store_code}-{device.device_code} revoked")
    return 0


def _status(session: Session, _args: argparse.Namespace) -> int:
    from sync_server.devices.models import Device
    from sync_server.sync.models import Inbox

    rows = session.execute(select(Device).order_by(Device.store_code, Device.device_code)).scalars()
    print(
        "device    state    last seen                 last push                 changes  rejected"
    )
    for device in rows:
        counts = dict(
            session.execute(
                select(Inbox.status, func.count())
                .where(Inbox.device_id == device.id)
                .group_by(Inbox.status)
            ).all()
        )
        state = "revoked" if device.revoked_at else "active"
        print(
            f"{device.store_code}-{device.device_code:<4} {state:<8} "
            f"{_when(device.last_seen_at):<25} {_when(device.last_push_at):<25} "
            f"{sum(counts.values()):>7}  {counts.get('rejected', 0):>8}"
        )
    return 0


def _when(moment: datetime | None) -> str:
    return "never" if moment is None else moment.isoformat(timespec="seconds")


def _compact(session: Session, args: argparse.Namespace) -> int:
    from sync_server.sync.feeds import compact

    before = _now() - timedelta(days=args.days)
    for feed in Feed:
        dropped = compact(session, feed, before=before)
        if dropped:
            print(f"{feed}: {dropped} tombstones dropped")
    return 0


def _compute_pairings(session: Session, args: argparse.Namespace) -> int:
    from sync_server.advice.pairings import compute_pairings

    changed = compute_pairings(session, now=_now(), window_days=args.days)
    print(f"bought together: {changed} products changed")
    return 0


def _demo(session: Session, args: argparse.Namespace) -> int:
    from sync_server.demo import load_demo

    load_demo(session, customers=args.customers, products=args.products, seed=args.seed)
    return 0


WRITES_AHEAD = frozenset({"demo-data", "import-catalogue"})
"""Commands after which the first-download snapshots are written again."""


def _send_mail(database: Database, settings: ServerSettings) -> int:
    from sync_server.mail.service import send_round

    if not settings.smtp_url:
        print("sync-server: set LOYALTY_SMTP_URL to the chain's mail server", file=sys.stderr)
        return 1
    done = send_round(database, settings)
    print(f"{done.sent} sent, {done.failed} given up, {done.waiting} to try again")
    return 0


def _customer_id(session: Session, text: str) -> uuid.UUID:
    """A customer named by id or by member card number."""
    from sqlalchemy import select

    from sync_server.customers.models import Customer

    try:
        return uuid.UUID(text)
    except ValueError:
        found = session.scalar(select(Customer.id).where(Customer.card_number == text.strip()))
        if found is None:
            raise ApiError(404, "unknown_customer", f"no customer with id or card {text}") from None
        return found


def _export_customer(session: Session, args: argparse.Namespace) -> int:
    from pathlib import Path

    from sync_server.customers.privacy import export_customer

    archive = export_customer(session, _customer_id(session, args.customer), now=_now())
    Path(args.out).write_bytes(archive)
    print(f"{args.out}: {len(archive)} bytes")
    return 0


def _erase_customer(session: Session, args: argparse.Namespace) -> int:
    from sync_server.customers.privacy import erase_customer

    customer_id = _customer_id(session, args.customer)
    if not args.yes:
        print(f"would erase customer {customer_id}; run again with --yes to do it")
        return 0
    erased = erase_customer(session, customer_id, now=_now())
    print(f"erased {len(erased)} customer record(s): {', '.join(str(i) for i in erased)}")
    return 0


COMMANDS: dict[str, Callable[[Session, argparse.Namespace], int]] = {
    "export-customer": _export_customer,
    "erase-customer": _erase_customer,
    "demo-data": _demo,
    "create-store": _create_store,
    "add-staff": _add_staff,
    "disable-staff": _set_staff(False),
    "enable-staff": _set_staff(True),
    "import-catalogue": _import_catalogue,
    "issue-code": _issue_code,
    "revoke-device": _revoke,
    "status": _status,
    "compact": _compact,
    "compute-pairings": _compute_pairings,
    **office_cli.COMMANDS,
}

if __name__ == "__main__":
    sys.exit(main())
