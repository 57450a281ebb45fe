"""Running head office's command line as an administrator would: a real process."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def run_sync_server(data_dir: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """`sync-server --data-dir DIR ARGS...` on the SQLite file in DIR."""
    env = {k: v for k, v in os.environ.items() if k != "DATABASE_URL"}
    return subprocess.run(
        [sys.executable, "-m", "sync_server.cli", "--data-dir", str(data_dir), *args],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
        env=env,
        check=False,
    )
