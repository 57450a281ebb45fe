"""Run one sync of a registered tablet in a process of its own, until it ends or is SIGKILLed.

Run by tests/contract/test_client_kill.py as a subprocess, as the counter app would sync:

    python tests/contract/sync_worker.py DATA_DIR SERVER_URL [--page-size N] [--batch-size N]
                                          [--wait-go]

It opens DATA_DIR/store.db (migrating it as the app does), builds the engine from the
device's stored credentials and prints ``READY``. With ``--wait-go`` it then waits for a
line on stdin, so a test can start two of them at the same moment. Then it runs
``sync_once`` and prints ``DONE <report as JSON>`` (exit 0), ``BUSY <message>`` when
another process holds the device's sync lease (exit 3), or ``FAILED <error>`` for any
other sync error (exit 4). Every line is flushed at once: the parent reads them live.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import sys
from pathlib import Path

from pos_client.store.database import open_store
from pos_client.sync.api import SyncApi, SyncError
from pos_client.sync.credentials import load as load_credentials
from pos_client.sync.engine import SyncBusy, SyncEngine

EXIT_DONE = 0
EXIT_USAGE = 2
EXIT_BUSY = 3
EXIT_FAILED = 4


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data_dir", type=Path)
    parser.add_argument("server_url")
    parser.add_argument("--page-size", type=int, default=2000)
    parser.add_argument("--batch-size", type=int, default=200)
    parser.add_argument("--wait-go", action="store_true")
    args = parser.parse_args(argv)

    credentials = load_credentials(args.data_dir)
    if credentials is None:
        print(f"FAILED no credentials in {args.data_dir}", flush=True)
        return EXIT_USAGE
    sessions = open_store(args.data_dir / "store.db")
    api = SyncApi(args.server_url, credentials.token, timeout=(2.0, 30.0))
    engine = SyncEngine(sessions, api, page_size=args.page_size, batch_size=args.batch_size)
    print("READY", flush=True)
    if args.wait_go:
        sys.stdin.readline()

    try:
        report = engine.sync_once()
    except SyncBusy as exc:
        print(f"BUSY {exc}", flush=True)
        return EXIT_BUSY
    except SyncError as exc:
        print(f"FAILED {exc.__class__.__name__}: {exc}", flush=True)
        return EXIT_FAILED
    finally:
        api.close()
    print(f"DONE {json.dumps(dataclasses.asdict(report), sort_keys=True)}", flush=True)
    return EXIT_DONE


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
