"""Head office's imports leave the first-download snapshots written, ready for new tablets."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

from server_cli import run_sync_server


def test_demo_data_writes_every_first_download_snapshot_with_every_row(tmp_path: Path) -> None:
    done = run_sync_server(tmp_path, "demo-data", "--customers", "60", "--products", "25")
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
