"""Tablets seen lately, per store, read from `device.last_seen_at` at each scrape.

Counts per store and window, not one series per tablet: a chain has hundreds or
thousands of tablets, and a series each (born and dropped as tablets come and go) would
weigh on Prometheus for a figure an alert needs as a count. Which tablet it is, the
head office reads with `sync-server status`.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta

from prometheus_client.core import GaugeMetricFamily, Metric
from prometheus_client.registry import Collector
from sqlalchemy import case, func, select
from sqlalchemy.exc import SQLAlchemyError

from sync_server.db import Database
from sync_server.devices.models import Device

log = logging.getLogger(__name__)

WINDOWS = (("5m", timedelta(minutes=5)), ("1h", timedelta(hours=1)), ("24h", timedelta(hours=24)))
"""`last_seen_at` is written at most once a minute (deps.SEEN_EVERY): fine for 5 minutes."""


def _utc_now() -> datetime:
    return datetime.now(UTC)


class DevicesSeen(Collector):
    """`loyalty_devices_registered{store}` and `loyalty_devices_seen{store,within}`."""

    def __init__(self, database: Database, now: Callable[[], datetime] = _utc_now) -> None:
        self.database = database
        self.now = now

    def describe(self) -> list[Metric]:
        return []  # nothing to check at registration: the figures come from the database

    def collect(self) -> Iterator[Metric]:
        up = GaugeMetricFamily(
            "loyalty_metrics_database_up",
            "1 when this scrape could read the devices from the database, else 0",
        )
        try:
            rows = self._counts()
        except SQLAlchemyError as exc:
            log.warning("metrics: devices not read (%s)", type(exc).__name__)
            up.add_metric([], 0)
            yield up
            return
        up.add_metric([], 1)
        registered = GaugeMetricFamily(
            "loyalty_devices_registered",
            "Tablets registered and not revoked, per store",
            labels=["store"],
        )
        seen = GaugeMetricFamily(
            "loyalty_devices_seen",
            "Tablets (not revoked) that called the server within the window, per store",
            labels=["store", "within"],
        )
        for store, total, within in rows:
            registered.add_metric([store], total)
            for (name, _span), count in zip(WINDOWS, within, strict=True):
                seen.add_metric([store, name], count)
        yield up
        yield registered
        yield seen

    def _counts(self) -> list[tuple[str, int, list[int]]]:
        """Per store: tablets not revoked, and how many of them were seen in each window."""
        now = self.now()
        windows = [
            func.sum(case((Device.last_seen_at >= now - span, 1), else_=0)) for _, span in WINDOWS
        ]
        statement = (
            select(Device.store_code, func.count(), *windows)
            .where(Device.revoked_at.is_(None))
            .group_by(Device.store_code)
            .order_by(Device.store_code)
        )
        with self.database.session(read_only=True) as session, session.begin():
            return [
                (str(row[0]), int(row[1]), [int(n or 0) for n in row[2:]])
                for row in session.execute(statement).all()
            ]
