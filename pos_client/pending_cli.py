"""`pos-client export-pending FILE`: a tablet's waiting changes, out of its store file.

    pos-client export-pending FILE [--store PATH] [--key-dir DIR] [--since TIME]

For IT, when a tablet broke with changes it never delivered: read its store
file (read-only, never migrated) and write the changes for head office's
`sync-server import-pending FILE`. The store is this installation's
(`--data-dir`) unless `--store` names another; an old tablet's store opens
with the key in the old tablet's key folder (`--key-dir`, the folder
holding `database.key`). `--since` adds the changes acknowledged since
then, for head office after it restored a backup taken before that moment.
Light at import: the `pos-client` command line imports this module.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path
from typing import Any


def add_export_command(sub: Any) -> None:
    """Add `export-pending` to the `pos-client` parser."""
    export = sub.add_parser(
        "export-pending",
        help="write this (or an old) tablet's undelivered changes to a file for head office",
    )
    export.add_argument("file", help="the file to write (for `sync-server import-pending`)")
    export.add_argument("--store", help="the old tablet's store.db (default: this tablet's)")
    export.add_argument("--key-dir", help="the old tablet's key folder, holding its database.key")
    export.add_argument(
        "--since",
        help="also the changes acknowledged since this UTC time (ISO 8601), after a server restore",
    )


def export_pending(args: argparse.Namespace) -> int:
    """Write the store's undelivered changes to FILE; say how many of what, and from where."""
    from loyalty_core.pending_changes import encode
    from pos_client.config import load_settings
    from pos_client.sync.pending_file import (
        CannotReadStore,
        installation_key,
        read_key_dir,
        read_pending,
    )

    store = Path(args.store) if args.store else load_settings(args.data_dir).store_path
    try:
        since = _utc(args.since) if args.since else None
        key = read_key_dir(Path(args.key_dir)) if args.key_dir else installation_key()
        pending = read_pending(store, key=key, since=since, now=datetime.now(UTC))
    except (CannotReadStore, ValueError) as exc:
        print(f"pos-client: {getattr(exc, 'message', exc)}", file=sys.stderr)
        return 1
    target = Path(args.file)
    _write_private(target, encode(pending))
    kinds = Counter(str(c.entity) for c in pending.changes)
    listed = ", ".join(f"{n} {kind}" for kind, n in sorted(kinds.items())) or "no changes"
    print(
        f"device {pending.device_label}: {len(pending.changes)} changes ({listed})"
        f" and {len(pending.attachments)} files written to {target}"
        f" ({target.stat().st_size} bytes)"
    )
    print("it holds customers' personal data: hand it over securely and delete it once imported")
    return 0


def _utc(text: str) -> datetime:
    moment = datetime.fromisoformat(text.strip())
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC)


def _write_private(path: Path, data: bytes) -> None:
    """Write `path` readable by its owner only, whole or not at all."""
    partial = path.with_name(f".{path.name}.partial")
    fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as out:
        out.write(data)
        out.flush()
        os.fsync(out.fileno())
    os.replace(partial, path)
