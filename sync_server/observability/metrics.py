"""The server's Prometheus metrics, correct with several worker processes.

uvicorn's `--workers N` runs N processes; each counts what it serves. With
`PROMETHEUS_MULTIPROC_DIR` set before the workers start, prometheus_client keeps each
process's values in files of that folder and `/metrics` sums them, whichever worker
answers the scrape (`sync-server serve` makes a private folder when it is not set; see
`serve_setup`). Without it, values live in the process: right for one worker only.

Labels are bounded: entities, statuses and feeds are enums; routes are templates
(`/v1/sync/feeds/{feed}`), never raw paths with ids.
"""

from __future__ import annotations

import logging
from collections import Counter as Tally
from collections.abc import Iterable, Sequence

from prometheus_client import (
    CollectorRegistry,
    Counter,
    Histogram,
    disable_created_metrics,
    generate_latest,
    values,
)
from prometheus_client.multiprocess import MultiProcessCollector

from loyalty_core.sync_protocol import ChangeResult
from loyalty_core.wire import Change
from sync_server.db import Database
from sync_server.observability.devices import DevicesSeen

CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8"

push_log = logging.getLogger("sync_server.push")
"""One line per push with its answers counted: what a batch came to, under its request id."""

disable_created_metrics()  # type: ignore[no-untyped-call]  # `_created`: noise

REGISTRY = CollectorRegistry()
"""This process's own metrics (what `/metrics` shows when there is one worker)."""

CHANGES = Counter(
    "loyalty_sync_changes",
    "Changes the tablets pushed, by entity and the server's answer (applied, duplicate, "
    "superseded, deferred, rejected, key_reuse)",
    ["entity", "result"],
    registry=REGISTRY,
)
PUSHES_REFUSED = Counter(
    "loyalty_sync_pushes_refused",
    "Push requests refused whole, nothing of the batch applied, by HTTP status "
    "(401 token, 413 too large, 422 malformed, 426 protocol, 503 busy)",
    ["status"],
    registry=REGISTRY,
)
PULL_PAGES = Counter(
    "loyalty_sync_pull_pages",
    "Feed pages served to the tablets, by feed",
    ["feed"],
    registry=REGISTRY,
)
SNAPSHOT_DOWNLOADS = Counter(
    "loyalty_sync_snapshot_downloads",
    "First-download snapshot files served (each range request of a resumed download counts)",
    ["feed"],
    registry=REGISTRY,
)
REQUESTS = Counter(
    "loyalty_http_requests",
    "HTTP requests answered, by route template, method and status",
    ["route", "method", "status"],
    registry=REGISTRY,
)
LATENCY = Histogram(
    "loyalty_http_request_duration_seconds",
    "Time from a request's arrival to the last byte of its answer, by route template",
    ["route", "method"],
    # Up to a minute: a long pull page or a snapshot file on a slow store line.
    buckets=(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60),
    registry=REGISTRY,
)


def multiprocess_mode() -> bool:
    """Whether this process keeps its values in files (decided when prometheus_client
    was first imported, from `PROMETHEUS_MULTIPROC_DIR`)."""
    return values.ValueClass is not values.MutexValue


def record_push(changes: Sequence[Change], results: Iterable[ChangeResult]) -> None:
    """Count a batch's answers per entity and status, and say them in one log line."""
    entity_of = {change.change_id: str(change.entity) for change in changes}
    tally = Tally((entity_of.get(r.change_id, "unknown"), str(r.status)) for r in results)
    for (entity, status), count in tally.items():
        CHANGES.labels(entity, status).inc(count)
    by_status: Tally[str] = Tally()
    for (_entity, status), count in tally.items():
        by_status[status] += count
    push_log.info(
        "push of %d changes: %s",
        len(changes),
        ", ".join(f"{status} {n}" for status, n in sorted(by_status.items())),
        extra={"changes": dict(by_status)},
    )


def record_pull_page(feed: str) -> None:
    PULL_PAGES.labels(feed).inc()


def record_snapshot_download(feed: str) -> None:
    SNAPSHOT_DOWNLOADS.labels(feed).inc()


def record_request(route: str, method: str, status: int, seconds: float) -> None:
    REQUESTS.labels(route, method, str(status)).inc()
    LATENCY.labels(route, method).observe(seconds)


def record_push_refused(status: int) -> None:
    PUSHES_REFUSED.labels(str(status)).inc()


def exposition(database: Database) -> bytes:
    """The text `/metrics` answers: every worker's counters, then the devices seen."""
    if multiprocess_mode():
        source = CollectorRegistry()
        MultiProcessCollector(source)  # type: ignore[no-untyped-call]
    else:
        source = REGISTRY
    devices = CollectorRegistry()
    devices.register(DevicesSeen(database))
    return generate_latest(source) + generate_latest(devices)
