"""What `sync-server serve` sets up around uvicorn: log format and the workers' metrics folder.

Kept apart from `metrics` on purpose: it must not import prometheus_client, which reads
`PROMETHEUS_MULTIPROC_DIR` once, at its first import, in each process.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sync_server.observability.logs import json_log_config, json_logs_wanted, log_level

MULTIPROC_ENV = "PROMETHEUS_MULTIPROC_DIR"


def uvicorn_logging() -> dict[str, Any]:
    """uvicorn.run's logging options: with JSON logs, its supervisor's lines are JSON too."""
    if not json_logs_wanted():
        return {}
    return {"log_config": json_log_config(log_level()), "access_log": False}


@contextmanager
def worker_metrics_dir() -> Iterator[Path]:
    """The folder the workers keep their metric values in, while the server runs.

    `PROMETHEUS_MULTIPROC_DIR` given (the systemd unit gives one under /run): emptied of
    the files a previous run left, so counters start again from zero as Prometheus
    expects after a restart. Not given: a private folder `loyalty-metrics-<pid>-*` in the
    temporary directory, removed when the server stops.
    """
    given = os.environ.get(MULTIPROC_ENV)
    if given:
        folder = Path(given)
        folder.mkdir(parents=True, exist_ok=True)
        for stale in folder.glob("*.db"):
            stale.unlink(missing_ok=True)
        yield folder
        return
    folder = Path(tempfile.mkdtemp(prefix=f"loyalty-metrics-{os.getpid()}-"))
    os.environ[MULTIPROC_ENV] = str(folder)
    try:
        yield folder
    finally:
        os.environ.pop(MULTIPROC_ENV, None)
        shutil.rmtree(folder, ignore_errors=True)
