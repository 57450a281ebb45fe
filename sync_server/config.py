"""The server's settings, from the environment (documented in the README)."""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from loyalty_core.sync_protocol import MIN_PROTOCOL_VERSION, ServedVersions, version_key

DATA_DIR_ENV = "LOYALTY_SERVER_DATA_DIR"
DATABASE_URL_ENV = "DATABASE_URL"
MIN_CLIENT_ENV = "LOYALTY_MIN_CLIENT_VERSION"
NEXT_MIN_CLIENT_ENV = "LOYALTY_NEXT_MIN_CLIENT_VERSION"
NEXT_MIN_CLIENT_DATE_ENV = "LOYALTY_NEXT_MIN_CLIENT_DATE"
SNAPSHOT_MINUTES_ENV = "LOYALTY_SNAPSHOT_MINUTES"


@dataclass(frozen=True)
class ServerSettings:
    """Where the data lives and what the server accepts."""

    data_dir: Path
    database_url: str
    min_client_version: str = "0.1.0"
    next_min_client_version: str = ""
    """The oldest app served from `next_min_client_date` on: announced to tablets meanwhile."""
    next_min_client_date: date | None = None
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

    def served_versions(self, today: date) -> ServedVersions:
        """What is served on `today` (the chain's day): from its day, an announced minimum
        is the minimum (the higher of the two) and is no longer announced."""
        current, announced = self.min_client_version, self.next_min_client_version or None
        day = self.next_min_client_date
        if announced is None or day is None or version_key(announced) <= version_key(current):
            return ServedVersions(MIN_PROTOCOL_VERSION, current)
        if today >= day:
            return ServedVersions(MIN_PROTOCOL_VERSION, announced)
        return ServedVersions(MIN_PROTOCOL_VERSION, current, announced, day)


def load_settings(
    data_dir: str | Path | None = None, database_url: str | None = None
) -> ServerSettings:
    """Resolve settings: arguments first, then the environment, then defaults."""
    folder = Path(data_dir or os.environ.get(DATA_DIR_ENV) or "./server-data").expanduser()
    folder = folder.resolve()
    url = database_url or os.environ.get(DATABASE_URL_ENV) or f"sqlite:///{folder / 'server.db'}"
    announced, day = _announced_minimum()
    return ServerSettings(
        data_dir=folder,
        database_url=url,
        min_client_version=os.environ.get(MIN_CLIENT_ENV, "0.1.0"),
        next_min_client_version=announced,
        next_min_client_date=day,
        snapshot_minutes=float(os.environ.get(SNAPSHOT_MINUTES_ENV, "30")),
        smtp_url=os.environ.get("LOYALTY_SMTP_URL", ""),
        mail_from=os.environ.get("LOYALTY_MAIL_FROM", "Club <club@localhost>"),
        mail_minutes=float(os.environ.get("LOYALTY_MAIL_MINUTES", "1")),
        pairings_hours=float(os.environ.get("LOYALTY_PAIRINGS_HOURS", "24")),
    )


def _announced_minimum() -> tuple[str, date | None]:
    """LOYALTY_NEXT_MIN_CLIENT_VERSION and _DATE: both or neither; the date as YYYY-MM-DD."""
    announced = os.environ.get(NEXT_MIN_CLIENT_ENV, "").strip()
    text = os.environ.get(NEXT_MIN_CLIENT_DATE_ENV, "").strip()
    if bool(announced) != bool(text):
        raise ValueError(
            f"set both {NEXT_MIN_CLIENT_ENV} and {NEXT_MIN_CLIENT_DATE_ENV}, or neither"
        )
    if not text:
        return "", None
    try:
        return announced, date.fromisoformat(text)
    except ValueError:
        message = f"{NEXT_MIN_CLIENT_DATE_ENV}={text!r} is not a date (YYYY-MM-DD)"
        raise ValueError(message) from None
