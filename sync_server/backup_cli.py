"""`sync-server backup`, `restore` and `import-pending`: the commands around a loss.

    sync-server backup [--to DIR] [--keep N]    a consistent copy while the server runs
    sync-server restore FILE                    the server stopped: put a backup back
    sync-server restore --loaded                after loading a dump by hand (pg_restore)
    sync-server import-pending FILE             a broken tablet's waiting changes, once

deploy/backup-and-restore.md is the procedure around them.
"""

from __future__ import annotations

import argparse
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sync_server.config import ServerSettings
from sync_server.db import Database

DEFAULT_KEEP = 14


def add_commands(sub: Any) -> None:
    """Add the backup, restore and import-pending subcommands to `sync-server`'s parser."""
    backup = sub.add_parser(
        "backup", help="back the database up while the server runs (SQLite backup / pg_dump)"
    )
    backup.add_argument("--to", help="folder for the backups (default: DATA_DIR/backups)")
    backup.add_argument(
        "--keep", type=int, default=DEFAULT_KEEP, help=f"newest backups kept ({DEFAULT_KEEP})"
    )
    restore = sub.add_parser(
        "restore", help="put a backup back in place of the database (server stopped)"
    )
    restore.add_argument("file", nargs="?", help="a server-*.db or server-*.dump backup")
    restore.add_argument(
        "--loaded",
        action="store_true",
        help="the dump was loaded by hand (pg_restore): only the steps after it",
    )
    pending = sub.add_parser(
        "import-pending", help="apply a broken tablet's exported waiting changes, exactly once"
    )
    pending.add_argument("file", help="the file `pos-client export-pending` wrote")


def run(settings: ServerSettings, args: argparse.Namespace) -> int:
    """Run `backup` or `restore`; say what was written or replaced."""
    from sync_server.backup import BackupError

    try:
        if args.command == "backup":
            return _backup(settings, args)
        return _restore(settings, args)
    except (BackupError, OSError) as exc:
        print(f"sync-server: {exc}", file=sys.stderr)
        return 1


def _backup(settings: ServerSettings, args: argparse.Namespace) -> int:
    from sync_server.backup import backup

    folder = Path(args.to).expanduser() if args.to else settings.data_dir / "backups"
    for written in backup(settings, to=folder, keep=args.keep, now=datetime.now(UTC)):
        print(f"backup written: {written.path} ({_size(written.size)}), checked")
    return 0


def _restore(settings: ServerSettings, args: argparse.Namespace) -> int:
    from sync_server.backup import after_restore, restore_postgres, restore_sqlite

    if not args.file and not args.loaded:
        print("sync-server: name the backup to restore (or --loaded)", file=sys.stderr)
        return 2
    kept = None
    if not args.loaded:
        if settings.is_sqlite:
            kept = restore_sqlite(settings, Path(args.file), now=datetime.now(UTC))
        else:
            restore_postgres(settings.database_url, Path(args.file))
        print(f"restored from {args.file}")
    if kept is not None:
        print(f"the database it replaced is kept as {kept}")
    done = after_restore(settings, kept_aside=kept)
    print(
        f"change log moved past the lost database's ({done.feed_rows} rows, now from"
        f" {done.horizon.encode()}): every tablet downloads its data again at its next sync"
    )
    if done.snapshots_dropped:
        print(f"{done.snapshots_dropped} first-download snapshot files deleted (written again)")
    if done.warning:
        print(f"warning: {done.warning}")
    print(
        f"new database epoch {done.epoch}: at their next sync, tablets send again every change"
        " the lost database had acknowledged (what is here counts once)"
    )
    print(
        "next: start the server; a tablet that can no longer sync: pos-client export-pending"
        " --since, then sync-server import-pending"
    )
    return 0


def import_pending(database: Database, args: argparse.Namespace) -> int:
    """Apply an export-pending file; print accepted / duplicates / rejected."""
    from loyalty_core.pending_changes import BadPendingFile, decode
    from sync_server.sync.pending_import import ImportRefused, describe
    from sync_server.sync.pending_import import import_pending as apply_file

    try:
        pending = decode(Path(args.file).read_bytes())
        report = apply_file(database, pending, now=datetime.now(UTC))
    except (BadPendingFile, ImportRefused) as exc:
        print(f"sync-server: {args.file}: {exc}", file=sys.stderr)
        return 1
    describe(report, print)
    return 0


def _size(size: int) -> str:
    if size < 1024:
        return f"{size} bytes"
    scaled = float(size)
    for unit in ("KiB", "MiB", "GiB"):
        scaled /= 1024
        if scaled < 1024 or unit == "GiB":
            break
    return f"{scaled:.1f} {unit}"
