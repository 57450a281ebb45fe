"""The application uvicorn imports (one per worker process), built from the environment."""

from __future__ import annotations

from sync_server.config import load_settings
from sync_server.main import create_app

app = create_app(load_settings())
