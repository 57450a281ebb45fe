"""Where the tablet keeps its device token: a file only this user can read.

The token is the device's only credential; the server keeps just its hash.
On the tablet it must be usable without a person, so it is kept in clear
in a file created with mode 0600 (the OS keyring would need a desktop
session unlocked at every start, which a store tablet does not have).
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path

FILE_NAME = "device-credentials.json"


@dataclass(frozen=True)
class Credentials:
    server_url: str
    token: str


def save(data_dir: Path, credentials: Credentials) -> Path:
    """Write the credentials atomically, readable only by this user."""
    data_dir.mkdir(parents=True, exist_ok=True)
    path = data_dir / FILE_NAME
    temporary = path.with_suffix(".tmp")
    fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as out:
        json.dump({"server_url": credentials.server_url, "token": credentials.token}, out)
        out.flush()
        os.fsync(out.fileno())
    os.replace(temporary, path)
    return path


def load(data_dir: Path) -> Credentials | None:
    path = data_dir / FILE_NAME
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return Credentials(server_url=str(data["server_url"]), token=str(data["token"]))
    except (OSError, ValueError, KeyError):
        return None


def forget(data_dir: Path) -> None:
    (data_dir / FILE_NAME).unlink(missing_ok=True)
