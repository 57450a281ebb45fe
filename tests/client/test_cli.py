"""The `pos-client` command as a person runs it, in a real subprocess."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path


def run_cli(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "pos_client.cli", *args],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, **(env or {})},
    )


def test_decode_prints_one_line_per_image_with_a_dash_when_nothing_is_read(
    shared_data: Path, tmp_path: Path
) -> None:
    photos = shared_data / "barcodes"
    blank = tmp_path / "blank.png"
    import numpy as np
    from PIL import Image

    Image.fromarray(np.full((200, 300), 255, dtype=np.uint8)).save(blank)
    images = [photos / "ean13-1" / "10.webp", photos / "ean8-1" / "1.png", blank]
    result = run_cli("decode", *map(str, images))
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    expected = [
        f"{images[0]}\t{(photos / 'ean13-1' / '10.txt').read_text().strip()}",
        f"{images[1]}\t{(photos / 'ean8-1' / '1.txt').read_text().strip()}",
        f"{blank}\t-",
    ]
    assert lines == expected


def test_decode_of_a_missing_file_says_so_and_fails(tmp_path: Path) -> None:
    missing = tmp_path / "nope.png"
    result = run_cli("decode", str(missing))
    assert result.returncode == 1
    assert result.stdout == f"{missing}\t-\n"
    assert "nope.png" in result.stderr


def test_demo_data_fills_the_store_named_by_the_environment(tmp_path: Path) -> None:
    from store_files import read_store

    data_dir = tmp_path / "tablet"
    result = run_cli(
        "demo-data",
        "--customers",
        "300",
        "--products",
        "40",
        env={"LOYALTY_DATA_DIR": str(data_dir)},
    )
    assert result.returncode == 0, result.stderr
    assert "300 customers, 40 products" in result.stdout
    with read_store(data_dir / "store.db") as db:
        assert db.execute("SELECT count(*) FROM customer").fetchone() == (300,)
        assert db.execute("SELECT count(*) FROM product").fetchone() == (40,)


def test_data_dir_option_wins_over_the_environment(tmp_path: Path) -> None:
    chosen, ignored = tmp_path / "chosen", tmp_path / "ignored"
    result = run_cli(
        "--data-dir",
        str(chosen),
        "demo-data",
        "--customers",
        "10",
        "--products",
        "5",
        env={"LOYALTY_DATA_DIR": str(ignored)},
    )
    assert result.returncode == 0, result.stderr
    assert (chosen / "store.db").exists()
    assert not ignored.exists()
