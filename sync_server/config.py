"""The server's settings, from the environment (documented in the README)."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

DATA_DIR_ENV = "LOYALTY_SERVER_DATA_DIR"
DATABASE_URL_ENV = "DATABASE_URL"
MIN_CLIENT_ENV = "LOYALTY_MIN_CLIENT_VERSION"
SNAPSHOT_MINUTES_ENV = "LOYALTY_SNAPSHOT_MINUTES"


@dataclass(frozen=True)
class ServerSettings:
    """Where the data lives and what the server accepts."""

    data_dir: Path
    database_url: str
    min_client_version: str = "0.1.0"
    max_body_bytes: int = 1 << 20
    registration_code_hours: int = 72
    snapshot_minutes: float = 30.0
    """How often first-download snapshots are written ahead (0: only when asked for)."""
    smtp_url: str = ""
    """The chain's mail server (`smtp://`, `smtp+starttls://user:pass@host`, `smtps://`); empty:
    e-mail requests wait in the queue."""
    mail_from: str = "Club <club@localhost>"
    mail_minutes: float = 1.0
    pairings_hours: float = 24.0
    """How often 'bought together' is counted again from recent tickets (0: only by command)."""

    @property
    def is_sqlite(self) -> bool:
        return self.database_url.startswith("sqlite")


def load_settings(
    data_dir: str | Path | None = None, database_url: str | None = None
) -> ServerSettings:
    """Resolve settings: arguments first, then the environment, then defaults."""
    folder = Path(data_dir or os.environ.get(DATA_DIR_ENV) or "./server-data").expanduser()
    folder = folder.resolve()
    url = database_url or os.environ.get(DATABASE_URL_ENV) or f"sqlite:///{folder / 'server.db'}"
    return ServerSettings(
        data_dir=folder,
        database_url=url,
        min_client_version=os.environ.get(MIN_CLIENT_ENV, "0.1.0"),
        snapshot_minutes=float(os.environ.get(SNAPSHOT_MINUTES_ENV, "30")),
        smtp_url=os.environ.get("LOYALTY_SMTP_URL", ""),
        mail_from=os.environ.get("LOYALTY_MAIL_FROM", "Club <club@localhost>"),
        mail_minutes=float(os.environ.get("LOYALTY_MAIL_MINUTES", "1")),
        pairings_hours=float(os.environ.get("LOYALTY_PAIRINGS_HOURS", "24")),
    )
