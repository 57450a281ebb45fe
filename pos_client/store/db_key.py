"""Where the local store's encryption key lives: the OS keyring, else a key file.

One key per OS user and installation, not per store file: the data folder
may be moved, tests copy template files and the demo moves an old store
aside, and every one of those files must still open. The key is 32 random
bytes, handed to SQLCipher as a raw key (`PRAGMA key = "x'<64 hex>'"`), so no
passphrase derivation (PBKDF2) runs on each connection.

Where it is kept, and what that protects against:
- The OS keyring, when `keyring` finds a usable backend (priority above 0,
  not the fail backend): Windows Credential Manager (DPAPI), the macOS
  Keychain, the Secret Service (GNOME Keyring, KWallet) on Linux, as service
  "loyalty-counter", user "database-key". These tie the key to the user's
  login: a stolen tablet (or a copy of its disk) whose login password the
  thief does not know does not give the key, so the store cannot be read.
  No stronger than that login: a tablet that logs itself in at power-on
  (a kiosk set-up) unlocks its keyring for whoever switches it on.
- Otherwise a file, mode 0600, in a key folder apart from the data folder
  (`$LOYALTY_KEY_DIR`, else the user's config folder + "keys"). It guards
  only against the database file being copied or sent on its own (a backup,
  a support upload, a synced data folder). Anyone who can read the whole
  disk as that user reads the key too; on such tablets rely on full-disk
  encryption (BitLocker, FileVault, LUKS) as well.

The key is created on first use, atomically (a temporary file linked into
place, never replacing a key that exists). An installation whose key was
made while no keyring was usable keeps using its key file (read first,
without importing keyring), even if a keyring appears later: a new key would
orphan the store. Losing the key loses the store's unsynced data; everything
already synced comes back from the server.
"""

from __future__ import annotations

import contextlib
import os
import re
import secrets
from pathlib import Path
from typing import Any

from loyalty_core.errors import UserFacingError

KEY_DIR_ENV = "LOYALTY_KEY_DIR"
KEYRING_SERVICE = "loyalty-counter"
KEYRING_USERNAME = "database-key"
KEY_FILE_NAME = "database.key"
KEY_BYTES = 32
_HEX_KEY = re.compile(rf"[0-9a-f]{{{2 * KEY_BYTES}}}")


class StoreKeyUnavailable(UserFacingError):
    """The key exists but cannot be read: a locked keyring or a damaged key file."""

    code = "store_key_unavailable"


def key_dir() -> Path:
    """Return the folder of the key file: $LOYALTY_KEY_DIR, else the user's config folder."""
    chosen = os.environ.get(KEY_DIR_ENV)
    if chosen:
        return Path(chosen).expanduser()
    from platformdirs import user_config_dir

    return Path(user_config_dir("loyalty-counter", False)) / "keys"


def key_file() -> Path:
    """Return where the key is kept when there is no usable keyring."""
    return key_dir() / KEY_FILE_NAME


def usable_keyring() -> Any | None:
    """Return the OS keyring backend, or None when keyring has no real one here."""
    import keyring
    from keyring.backends import fail

    backend = keyring.get_keyring()
    try:
        priority = float(type(backend).priority)
    except Exception:  # a backend says it cannot run here by raising
        return None
    if isinstance(backend, fail.Keyring) or priority <= 0:
        return None
    return backend


def key_location() -> str:
    """Describe where this installation's key is (or would be) kept, for messages and logs."""
    if not key_file().exists():
        backend = usable_keyring()
        if backend is not None:
            return f"the OS keyring ({type(backend).__name__}, service {KEYRING_SERVICE!r})"
    return f"the key file {key_file()}"


def find_key() -> bytes | None:
    """Return this installation's database key, or None if it has none yet.

    A key file, when there is one, comes first: it was made because no keyring
    was usable then, and it is read without importing keyring at all (about
    0.1-0.2 s of every start on the backends' discovery).
    """
    kept = _read_key_file(key_file())
    if kept is not None:
        return kept
    backend = usable_keyring()
    if backend is None:
        return None
    stored = _keyring_get(backend)
    return None if stored is None else _decode(stored, where=f"the OS keyring ({KEYRING_SERVICE})")


def ensure_key() -> bytes:
    """Return this installation's database key, creating and storing it on first use."""
    found = find_key()
    if found is not None:
        return found
    key = secrets.token_bytes(KEY_BYTES)
    backend = usable_keyring()
    if backend is None:
        return _create_key_file(key_file(), key)
    from keyring.errors import KeyringError

    try:
        backend.set_password(KEYRING_SERVICE, KEYRING_USERNAME, key.hex())
    except KeyringError as error:
        raise StoreKeyUnavailable(f"cannot store the key in the OS keyring: {error}") from error
    # Read back what is stored: if another process raced us, its key is the one kept.
    stored = _keyring_get(backend)
    if stored is None:
        raise StoreKeyUnavailable("the OS keyring did not keep the database key")
    return _decode(stored, where=f"the OS keyring ({KEYRING_SERVICE})")


def _keyring_get(backend: Any) -> str | None:
    from keyring.errors import KeyringError

    try:
        stored = backend.get_password(KEYRING_SERVICE, KEYRING_USERNAME)
    except KeyringError as error:  # e.g. a locked keychain: never fall back to a new key
        raise StoreKeyUnavailable(f"cannot read the OS keyring: {error}") from error
    return stored if isinstance(stored, str) else None


def _read_key_file(path: Path) -> bytes | None:
    try:
        text = path.read_text(encoding="ascii")
    except FileNotFoundError:
        return None
    except (OSError, UnicodeDecodeError) as error:
        raise StoreKeyUnavailable(f"cannot read {path}: {error}", where=str(path)) from error
    return _decode(text, where=str(path))


def _decode(text: str, *, where: str) -> bytes:
    text = text.strip().lower()
    if not _HEX_KEY.fullmatch(text):
        raise StoreKeyUnavailable(f"the database key in {where} is damaged", where=where)
    return bytes.fromhex(text)


def _create_key_file(path: Path, key: bytes) -> bytes:
    """Write the key to `path` (0600) unless a key is already there; return the key kept."""
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    temp = path.with_name(f".{path.name}.{secrets.token_hex(4)}.tmp")
    fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        with os.fdopen(fd, "w", encoding="ascii") as out:
            out.write(key.hex() + "\n")
            out.flush()
            os.fsync(out.fileno())
        try:
            os.link(temp, path)  # atomic, and fails rather than replace a key
        except FileExistsError:
            pass  # another process made it first: use that one
        except OSError:  # no hard links on this file system
            if not path.exists():
                os.replace(temp, path)
    finally:
        with contextlib.suppress(FileNotFoundError):
            temp.unlink()
    sync_folder(path.parent)
    kept = _read_key_file(path)
    if kept is None:
        raise StoreKeyUnavailable(f"the key file {path} vanished", where=str(path))
    return kept


def sync_folder(folder: Path) -> None:
    """Make new or renamed entries in `folder` durable (POSIX; Windows cannot open folders)."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
