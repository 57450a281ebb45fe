"""JSON log lines for the journal: one object a line, with the request's id.

`LOYALTY_LOG_FORMAT=json` (the production unit sets it) sends every record, the app's
and uvicorn's, as one JSON line to stderr: `time` (UTC, ISO 8601), `level`, `logger`,
`message`, `request_id`, `pid` (which worker), and on access lines `method`, `path`,
`route`, `status`, `duration_ms`, `device`, `client_version`, `client`. Unset or `text`
leaves logging as uvicorn sets it up, for a developer's terminal.

What never reaches a line: tokens, PINs, request bodies. The access line is written
from the request's head only; a database error's bound parameters (which may hold a
customer's name or phone) are cut out of messages and tracebacks.
"""

from __future__ import annotations

import json
import logging
import logging.config
import os
import re
from datetime import UTC, datetime
from typing import Any

LOG_FORMAT_ENV = "LOYALTY_LOG_FORMAT"
LOG_LEVEL_ENV = "LOYALTY_LOG_LEVEL"

EXTRA_FIELDS = (
    "method",
    "path",
    "route",
    "status",
    "duration_ms",
    "device",
    "client_version",
    "client",
    "changes",
)
"""Fields a record may carry (`extra=`) that the line keeps; anything else is dropped."""

_SQL_PARAMETERS = re.compile(r"\[parameters: [^\n]*")


def scrub(text: str) -> str:
    """Cut SQLAlchemy's `[parameters: ...]` out of an error text: they are row values."""
    return _SQL_PARAMETERS.sub("[parameters: hidden]", text)


class JsonFormatter(logging.Formatter):
    """One JSON object per record; see the module docstring for the fields."""

    def __init__(self, *, use_colors: bool | None = None) -> None:
        # uvicorn may pass `use_colors` to the formatters of its log_config: no colours here.
        super().__init__()

    def format(self, record: logging.LogRecord) -> str:
        entry: dict[str, Any] = {
            "time": datetime.fromtimestamp(record.created, UTC)
            .isoformat(timespec="milliseconds")
            .replace("+00:00", "Z"),
            "level": record.levelname,
            "logger": record.name,
            "message": scrub(record.getMessage()),
            "request_id": getattr(record, "request_id", None),
            "pid": record.process,
        }
        for name in EXTRA_FIELDS:
            value = getattr(record, name, None)
            if value is not None:
                entry[name] = value
        if record.exc_info:
            entry["exc"] = scrub(self.formatException(record.exc_info))
        elif record.exc_text:
            entry["exc"] = scrub(record.exc_text)
        if record.stack_info:
            entry["stack"] = self.formatStack(record.stack_info)
        return json.dumps(entry, ensure_ascii=False, default=str)


def json_logs_wanted() -> bool:
    return os.environ.get(LOG_FORMAT_ENV, "text").strip().lower() == "json"


def log_level() -> str:
    level = os.environ.get(LOG_LEVEL_ENV, "INFO").strip().upper()
    return level if level in logging.getLevelNamesMapping() else "INFO"


def json_log_config(level: str = "INFO") -> dict[str, Any]:
    """A `logging.config.dictConfig` (also uvicorn's `log_config`) for JSON lines on stderr.

    Everything goes through the root logger's one handler; uvicorn's loggers hand their
    records up to it. uvicorn's access log is turned off: the app writes its own access
    line (`sync_server.access`), which knows the route, the device and the duration.
    Levels of uvicorn's own loggers are left to uvicorn (`--log-level`).
    """
    return {
        "version": 1,
        "disable_existing_loggers": False,
        "filters": {"request_id": {"()": "sync_server.observability.context.RequestIdFilter"}},
        "formatters": {
            "json": {"()": "sync_server.observability.logs.JsonFormatter"},
            # uvicorn.run sets `use_colors` on these two when given; they must exist.
            "default": {"()": "sync_server.observability.logs.JsonFormatter"},
            "access": {"()": "sync_server.observability.logs.JsonFormatter"},
        },
        "handlers": {
            "stderr": {
                "class": "logging.StreamHandler",
                "stream": "ext://sys.stderr",
                "formatter": "json",
                "filters": ["request_id"],
            }
        },
        "loggers": {
            "uvicorn": {"handlers": [], "propagate": True},
            "uvicorn.error": {"handlers": [], "propagate": True},
            "uvicorn.access": {"handlers": [], "propagate": False},
            # Each /ready probe opens a migration context, each scheduled job runs: noise.
            "alembic": {"level": "WARNING"},
            "apscheduler": {"level": "WARNING"},
        },
        "root": {"handlers": ["stderr"], "level": level},
    }


def configure_json_logging(level: str = "INFO") -> None:
    """Send every record of this process as a JSON line to stderr (idempotent)."""
    logging.config.dictConfig(json_log_config(level))
    logging.captureWarnings(True)  # a Python warning is a line of the journal too
