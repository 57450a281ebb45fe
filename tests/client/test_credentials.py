"""The device token is kept sealed: the data folder alone does not give it away."""

from __future__ import annotations

import json
import stat
from pathlib import Path

from pos_client.sync import credentials
from pos_client.sync.credentials import Credentials

TOKEN = "tok_3q9Zx-very-secret-token-value"


def test_the_token_is_sealed_on_disk_and_opens_with_the_installations_key(tmp_path: Path) -> None:
    path = credentials.save(tmp_path, Credentials("https://hq.example:8443", TOKEN))
    raw = path.read_text(encoding="utf-8")
    assert TOKEN not in raw and "sealed_token" in raw
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert credentials.load(tmp_path) == Credentials("https://hq.example:8443", TOKEN)


def test_a_token_moved_to_another_server_address_does_not_open(tmp_path: Path) -> None:
    path = credentials.save(tmp_path, Credentials("https://hq.example:8443", TOKEN))
    record = json.loads(path.read_text(encoding="utf-8"))
    record["server_url"] = "https://thief.example"  # the address is sealed with the token
    path.write_text(json.dumps(record), encoding="utf-8")
    assert credentials.load(tmp_path) is None


def test_a_clear_token_from_an_older_version_is_sealed_when_read(tmp_path: Path) -> None:
    path = tmp_path / credentials.FILE_NAME
    path.write_text(json.dumps({"server_url": "http://127.0.0.1:8000", "token": TOKEN}))
    assert credentials.load(tmp_path) == Credentials("http://127.0.0.1:8000", TOKEN)
    assert TOKEN not in path.read_text(encoding="utf-8")
    assert credentials.load(tmp_path) == Credentials("http://127.0.0.1:8000", TOKEN)


def test_a_damaged_file_is_no_credentials(tmp_path: Path) -> None:
    path = credentials.save(tmp_path, Credentials("http://127.0.0.1:8000", TOKEN))
    record = json.loads(path.read_text(encoding="utf-8"))
    record["sealed_token"] = record["sealed_token"][:-8] + "AAAAAAA="
    path.write_text(json.dumps(record), encoding="utf-8")
    assert credentials.load(tmp_path) is None
    path.write_text("{not json", encoding="utf-8")
    assert credentials.load(tmp_path) is None
