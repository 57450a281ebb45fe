"""Running head office's command line as an administrator would: a real process."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def run_sync_server(
    data_dir: Path, *args: str, database_url: str | None = None, smtp_url: str = ""
) -> subprocess.CompletedProcess[str]:
    """`sync-server --data-dir DIR ARGS...` on `database_url`, else the SQLite file in DIR."""
    env = {k: v for k, v in os.environ.items() if k != "DATABASE_URL"}
    if database_url:
        env["DATABASE_URL"] = database_url
    if smtp_url:
        env["LOYALTY_SMTP_URL"] = smtp_url
    return subprocess.run(
        [sys.executable, "-m", "sync_server.cli", "--data-dir", str(data_dir), *args],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
        env=env,
        check=False,
    )
