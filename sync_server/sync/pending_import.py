"""Applying a broken tablet's exported changes at head office, as if it had pushed them.

Contract:
- The changes go through `push.push_batch`, in the device's sequence order,
  in batches the size the tablet would send, each batch in its own
  transaction: every rule of a push holds (the inbox's unique change id
  decides what is new, so importing a file twice, or after the tablet came
  back and pushed some of the changes itself, applies each change once).
- The device is the one named in the file, and it must be the device the
  server knows under that id, in that store: a file of an unknown device,
  or one whose store or device code differs, is refused before anything is
  applied.
- A revoked device's changes are accepted: revoking stops a lost or broken
  tablet from speaking for the store, but the sales it recorded before that
  happened in the store. The report says the device was revoked.
- The files the changes refer to are stored first (verified by their hash),
  so a consent is applied, not deferred for its PDF.
- Changes deferred in the first pass (a dependency later in the file) are
  tried once more; any still deferred are reported, and importing the file
  again later applies them.
"""

from __future__ import annotations

import logging
import time
import uuid
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy.exc import DBAPIError

from loyalty_core.pending_changes import PendingChanges
from loyalty_core.sync_protocol import MAX_BATCH_CHANGES, ChangeResult, ChangeStatus
from loyalty_core.wire import Change
from sync_server.consents.attachments import have, put_chunk
from sync_server.db import Database
from sync_server.devices.models import Device
from sync_server.sync.push import push_batch

log = logging.getLogger(__name__)

ATTEMPTS = 4
_TRANSIENT_STATES = frozenset({"40P01", "40001", "55P03"})  # deadlock, serialization, lock


class ImportRefused(Exception):
    """The file cannot be applied for this server (nothing was applied)."""


@dataclass
class ImportReport:
    device: str
    revoked: bool
    files_stored: int = 0
    statuses: Counter[str] = field(default_factory=Counter)
    problems: list[ChangeResult] = field(default_factory=list)
    """Changes rejected or still deferred, with the server's reason."""

    @property
    def accepted(self) -> int:
        return self.statuses[ChangeStatus.APPLIED] + self.statuses[ChangeStatus.SUPERSEDED]

    @property
    def duplicates(self) -> int:
        return self.statuses[ChangeStatus.DUPLICATE]

    @property
    def rejected(self) -> int:
        return self.statuses[ChangeStatus.REJECTED] + self.statuses[ChangeStatus.KEY_REUSE]

    @property
    def deferred(self) -> int:
        return self.statuses[ChangeStatus.DEFERRED]


def import_pending(database: Database, pending: PendingChanges, *, now: datetime) -> ImportReport:
    """Apply an exported file's changes once each, as the device named in it (see module doc)."""
    with database.session() as session, session.begin():
        device = _device_of(session.get(Device, pending.device_id), pending)
        report = ImportReport(pending.device_label, revoked=device.revoked_at is not None)
        held = have(session, {a.sha256 for a in pending.attachments})
        for attachment in pending.attachments:
            if attachment.sha256 in held:
                continue
            data = attachment.data()
            put_chunk(
                session,
                device,
                sha256=attachment.sha256,
                start=0,
                total=len(data),
                data=data,
                content_type=attachment.content_type,
                now=now,
            )
            report.files_stored += 1
    waiting = sorted(pending.changes, key=lambda c: c.device_seq)
    final: dict[uuid.UUID, ChangeResult] = {}
    for _pass in range(2):
        for start in range(0, len(waiting), MAX_BATCH_CHANGES):
            batch = waiting[start : start + MAX_BATCH_CHANGES]
            for result in _push(database, pending, batch, now):
                final[result.change_id] = result
        waiting = [c for c in waiting if final[c.change_id].status == ChangeStatus.DEFERRED]
        if not waiting:
            break
    for result in final.values():
        report.statuses[str(result.status)] += 1
        if result.status in (
            ChangeStatus.REJECTED,
            ChangeStatus.KEY_REUSE,
            ChangeStatus.DEFERRED,
        ):
            report.problems.append(result)
    return report


def _device_of(device: Device | None, pending: PendingChanges) -> Device:
    if device is None:
        raise ImportRefused(
            f"the file comes from device {pending.device_label} ({pending.device_id}),"
            " which this server does not know: was it exported for another server?"
        )
    if (device.store_code, device.device_code) != (pending.store_code, pending.device_code):
        raise ImportRefused(
            f"the file says device {pending.device_label}, but this server knows"
            f" {pending.device_id} as {device.store_code}-{device.device_code}"
        )
    return device


def _push(
    database: Database, pending: PendingChanges, batch: list[Change], now: datetime
) -> list[ChangeResult]:
    """One batch in one transaction, again when the database broke a deadlock."""
    for attempt in range(1, ATTEMPTS + 1):
        try:
            with database.session() as session, session.begin():
                device = session.get(Device, pending.device_id, populate_existing=True)
                assert device is not None
                return push_batch(session, device, batch, now=now)
        except DBAPIError as exc:
            if attempt == ATTEMPTS or not _transient(exc):
                raise
            log.info("import batch attempt %d hit %s; retrying", attempt, type(exc.orig).__name__)
            time.sleep(0.1 * attempt)
    raise AssertionError("unreachable")


def _transient(exc: DBAPIError) -> bool:
    if getattr(exc.orig, "sqlstate", None) in _TRANSIENT_STATES:
        return True
    return "database is locked" in str(exc.orig)


Printer = Callable[[str], None]


def describe(report: ImportReport, out: Printer) -> None:
    """Say what became of the file's changes, for the person who ran the import."""
    if report.revoked:
        out(
            f"note: device {report.device} is revoked; its changes are accepted"
            " as facts of its store"
        )
    out(
        f"device {report.device}: {report.accepted} accepted, {report.duplicates} duplicates,"
        f" {report.rejected} rejected, {report.deferred} waiting"
        f" ({report.files_stored} files stored)"
    )
    for result in report.problems:
        out(f"  {result.change_id} {result.status}: {result.code} {result.message}".rstrip())
    if report.deferred:
        out("changes waiting for something not yet at head office: import the file again later")
