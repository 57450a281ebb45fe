"""Where the app keeps its data and which language it speaks."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from platformdirs import user_data_dir

DATA_DIR_ENV = "LOYALTY_DATA_DIR"
LANGUAGE_ENV = "LOYALTY_LANGUAGE"
LANGUAGES = ("es", "ca", "en")


@dataclass(frozen=True)
class Settings:
    data_dir: Path
    language: str = "es"

    @property
    def store_path(self) -> Path:
        return self.data_dir / "store.db"

    @property
    def receipts_dir(self) -> Path:
        return self.data_dir / "receipts"


def load_settings(data_dir: str | Path | None = None, language: str | None = None) -> Settings:
    """Resolve settings: the command line first, then the environment, then defaults."""
    chosen = data_dir or os.environ.get(DATA_DIR_ENV) or user_data_dir("loyalty-counter", False)
    lang = language or os.environ.get(LANGUAGE_ENV) or "es"
    if lang not in LANGUAGES:
        lang = "es"
    return Settings(data_dir=Path(chosen).expanduser().resolve(), language=lang)
