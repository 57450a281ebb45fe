"""Read a tablet's store file from outside the app, as another process would.

Store files are encrypted (pos_client.store.database), so stdlib `sqlite3`
cannot open them: tests read them through the store's own `connect_file`,
with this session's key (tests/conftest.py points LOYALTY_KEY_DIR at a
folder of its own). Import it as ``store_files`` (pytest puts tests/ on
sys.path).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import closing, contextmanager
from pathlib import Path
from typing import Any

from pos_client.store.database import connect_file


@contextmanager
def read_store(path: Path | str, *, timeout: float = 5.0) -> Iterator[Any]:
    """Open the store file read-only (key applied) for the block, then close it."""
    with closing(connect_file(Path(path), read_only=True, timeout=timeout)) as db:
        yield db
