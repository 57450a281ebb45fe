"""Where the tablet keeps its device token: sealed with the installation's key.

The token is the device's only credential (the server keeps just its hash):
whoever holds it can download the chain's customer directory. So on the
tablet it is kept as the store is, under the installation's key
(`pos_client.store.db_key`: the OS keyring, else a key file outside the
data folder), sealed with AES-GCM in a file only this user can read. A
stolen data folder holds neither the customers nor a usable token. A file
from an older version, with the token in clear, is sealed when first read.
"""

from __future__ import annotations

import base64
import json
import os
import secrets
from dataclasses import dataclass
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from pos_client.store.db_key import ensure_key, find_key

FILE_NAME = "device-credentials.json"
_PURPOSE = b"loyalty-counter device token v1"


@dataclass(frozen=True)
class Credentials:
    server_url: str
    token: str


def save(data_dir: Path, credentials: Credentials) -> Path:
    """Write the credentials atomically, the token sealed, readable only by this user."""
    data_dir.mkdir(parents=True, exist_ok=True)
    path = data_dir / FILE_NAME
    nonce = secrets.token_bytes(12)
    sealed = AESGCM(_token_key(ensure_key())).encrypt(
        nonce, credentials.token.encode(), credentials.server_url.encode()
    )
    record = {
        "server_url": credentials.server_url,
        "sealed_token": base64.b64encode(nonce + sealed).decode("ascii"),
    }
    temporary = path.with_suffix(".tmp")
    fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as out:
        json.dump(record, out)
        out.flush()
        os.fsync(out.fileno())
    os.replace(temporary, path)
    return path


def load(data_dir: Path) -> Credentials | None:
    """The device's credentials, or None when it has none (or they cannot be opened here)."""
    path = data_dir / FILE_NAME
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        server_url = str(data["server_url"])
    except (OSError, ValueError, KeyError, TypeError):
        return None
    if "token" in data:  # an older version kept it in clear: seal it now
        credentials = Credentials(server_url=server_url, token=str(data["token"]))
        save(data_dir, credentials)
        return credentials
    key = find_key()
    if key is None:
        return None
    try:
        raw = base64.b64decode(str(data["sealed_token"]), validate=True)
        token = AESGCM(_token_key(key)).decrypt(raw[:12], raw[12:], server_url.encode())
    except (KeyError, ValueError, InvalidTag):
        return None
    return Credentials(server_url=server_url, token=token.decode())


def forget(data_dir: Path) -> None:
    (data_dir / FILE_NAME).unlink(missing_ok=True)


def _token_key(installation_key: bytes) -> bytes:
    """A key for the token alone, derived from the installation's (never the same bytes)."""
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=_PURPOSE).derive(
        installation_key
    )
