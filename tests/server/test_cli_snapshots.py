"""Head office's imports leave the first-download snapshots written, ready for new tablets."""

from __future__ import annotations

import gzip
import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _sync_server(data_dir: Path, *args: str) -> subprocess.CompletedProcess[str]:
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


def test_demo_data_writes_every_first_download_snapshot_with_every_row(tmp_path: Path) -> None:
    done = _sync_server(tmp_path, "demo-data", "--customers", "60", "--products", "25")
    assert done.returncode == 0, done.stderr
    assert "first-download snapshots up to date" in done.stdout
    folder = tmp_path / "snapshots"
    described = {
        meta.name.rsplit("-", 1)[0]: json.loads(meta.read_text()) for meta in folder.glob("*.json")
    }
    assert {"catalogue-chain", "directory-chain", "balances-chain"} <= set(described)
    assert any(name.startswith("profiles-") for name in described)
    directory = described["directory-chain"]
    with gzip.open(folder / directory["name"], "rt", encoding="utf-8") as lines:
        rows = [json.loads(line) for line in lines]
    assert len(rows) == directory["rows"] >= 60
    assert all(row["version"] >= 1 and row["data"]["id"] == row["key"] for row in rows)
