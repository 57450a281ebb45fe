"""The sync engine: push the outbox, pull the feeds, check the checksums.

Contract and pitfalls:
- No database transaction is ever open across an HTTP call: each step
  reads in one short transaction, talks to the server, then writes the
  answer in another. A crash between the two leaves the outbox row
  waiting; sending it again is safe because the server answers `duplicate`.
- One engine at a time per device, across processes: a lease row in the
  store, renewed while a run goes on, taken over only once expired.
- Pushing comes before pulling, so a pulled balance already includes the
  entries just acknowledged.
- Every answer says the server database's epoch; when it differs from the one
  remembered, head office restored its database, and every change held as
  acknowledged is queued again before the next push (`pos_client.sync.epoch`).
  The epoch is checked before pushing (as the last answers said it), after
  pushing (the push's answers may be the first from the restored database: the
  changes are sent again at once) and after pulling (when nothing was waiting,
  a pull's answer is the first: then push and pull again).
- Errors that trying later may fix (`SyncError.retryable`) are raised to
  the scheduler, which backs off; the others stop sync until a person acts.
- No Qt here: the app runs `sync_once` on a worker thread.
"""

from __future__ import annotations

import logging
import os
import socket
import time
import uuid
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import and_, func, select, update
from sqlalchemy.orm import Session, sessionmaker

from loyalty_core.feeds import Feed, format_checksum
from loyalty_core.sync_protocol import MAX_BATCH_CHANGES, FeedState, PushResponse
from pos_client.services import gifts
from pos_client.store.attachments import keep as keep_attachment
from pos_client.store.manager_models import Gift
from pos_client.store.models import (
    LAST_SYNC_KEY,
    Attachment,
    OutboxEntry,
    ReviewItem,
    Setting,
    SyncLease,
)
from pos_client.sync.api import Batch, BatchTooLarge, CursorExpired, SyncApi, SyncError
from pos_client.sync.epoch import follow as follow_epoch
from pos_client.sync.outbox_push import (
    WAITING,
    advance_clock,
    mark_all_waiting,
    next_batch,
    record_answers,
)
from pos_client.sync.replica import (
    apply_page,
    feed_position,
    held_checksum,
    reset_feed,
    retire_unlisted,
)
from pos_client.sync.snapshot import download, load_snapshot

log = logging.getLogger(__name__)

FEED_ORDER = (
    Feed.SETTINGS,
    Feed.STAFF,
    Feed.CATALOGUE,
    Feed.PAIRINGS,
    Feed.GIFTS,
    Feed.GIFT_STOCK,
    Feed.CAMPAIGNS,
    Feed.DIRECTORY,
    Feed.PROFILES,
    Feed.BALANCES,
    Feed.REDIRECTS,
    Feed.PURCHASES,
    Feed.TARGETS,
    Feed.REDEMPTIONS,
    Feed.INCIDENTS,
    Feed.REVIEW,
)
SNAPSHOT_FEEDS = frozenset({Feed.CATALOGUE, Feed.DIRECTORY, Feed.PROFILES, Feed.BALANCES})
"""Feeds a new tablet loads from one file (a million customers), not page by page."""
LEASE_SECONDS = 120.0


class SyncBusy(SyncError):
    """Another window or process of this device is syncing now."""

    retryable = True


@dataclass
class SyncReport:
    uploaded: int = 0
    pushed: int = 0
    acknowledged: int = 0
    rejected: int = 0
    deferred: int = 0
    pulled: dict[str, int] = field(default_factory=dict)
    repaired: list[str] = field(default_factory=list)
    resent: int = 0
    """Acknowledged changes queued again: the server's database was restored meanwhile."""

    def summary(self) -> str:
        """One line for the log (counts only, no personal data): what support reads first."""
        pulled = {feed: rows for feed, rows in self.pulled.items() if rows}
        feeds = ", ".join(f"{feed} {rows}" for feed, rows in pulled.items())
        line = (
            f"{self.pushed} changes pushed ({self.acknowledged} acknowledged, "
            f"{self.rejected} rejected, {self.deferred} deferred), "
            f"{self.uploaded} files uploaded, {sum(pulled.values())} rows pulled"
        )
        line += f" ({feeds})" if feeds else ""
        if self.repaired:
            line += f", feeds repaired: {', '.join(self.repaired)}"
        if self.resent:
            line += f", {self.resent} changes sent again after a restore"
        return line


@dataclass(frozen=True)
class SyncStatus:
    """What the status bar shows."""

    waiting: int
    oldest_waiting: datetime | None
    rejected: int
    last_sync: datetime | None
    attention: int = 0
    """Rejected changes plus the store's open review cases: what the managers should see."""


def utc_now() -> datetime:
    return datetime.now(UTC)


def holder_name() -> str:
    return f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:8]}"


def _holder_died(holder: str) -> bool:
    """True when the lease belongs to a process of this machine that no longer runs.

    An app killed while syncing leaves its lease behind; without this its
    restart would wait for the lease to expire before it could sync again.
    """
    host, _, rest = holder.partition(":")
    pid_text = rest.partition(":")[0]
    if host != socket.gethostname() or not pid_text.isdigit():
        return False
    pid = int(pid_text)
    if pid == os.getpid():
        return False  # another engine in this very process: alive by definition
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    except PermissionError:
        return False
    return False


class SyncEngine:
    """Runs one sync of this device with the server (see the module docstring)."""

    def __init__(
        self,
        sessions: sessionmaker[Session],
        api: SyncApi,
        *,
        now: Callable[[], datetime] = utc_now,
        batch_size: int = MAX_BATCH_CHANGES,
        page_size: int = 2000,
        holder: str | None = None,
        clock: Callable[[], float] = time.time,
        snapshot_dir: Path | None = None,
    ) -> None:
        self.sessions = sessions
        self.api = api
        self.now = now
        self.batch_size = batch_size
        self.page_size = page_size
        self.holder = holder or holder_name()
        self.clock = clock
        store_file = sessions.kw["bind"].url.database
        self.snapshot_dir = snapshot_dir or Path(store_file or ".").parent / "snapshots"

    def sync_once(
        self, *, verify: bool = False, cancelled: Callable[[], bool] = lambda: False
    ) -> SyncReport:
        """Push everything waiting, pull every feed; with `verify`, repair diverged feeds."""
        self._take_lease()
        started = time.monotonic()
        try:
            report = SyncReport()
            self.settle_unanswered()
            self.follow_epoch(report)
            self.send(report, cancelled)
            self.pull(report, cancelled)
            if self.follow_epoch(report):  # a pull's answer was the first from a restored database
                self.send(report, cancelled)
                self.pull(report, cancelled)
            self.fetch_pictures(cancelled)
            if verify:
                self.verify(report, cancelled)
            with self.sessions.begin() as s:
                _set(s, LAST_SYNC_KEY, self.now().isoformat())
            log.info("sync done in %.1f s: %s", time.monotonic() - started, report.summary())
            return report
        finally:
            self._release_lease()

    def send(self, report: SyncReport, cancelled: Callable[[], bool]) -> None:
        """Upload the files, then push the outbox; again if the answers came from a restored
        database (the changes it lost are queued again then)."""
        self.upload(report, cancelled)
        self.push(report, cancelled)
        if self.follow_epoch(report):
            self.upload(report, cancelled)
            self.push(report, cancelled)

    def follow_epoch(self, report: SyncReport) -> bool:
        """Compare the database epoch the server last said with the one remembered here;
        True when it changed (a restore), and what the lost database had acknowledged was
        queued again."""
        said = self.api.epoch
        if said is None:
            return False
        with self.sessions.begin() as s:
            restored = follow_epoch(s, said)
        if restored is None:
            return False
        log.warning(
            "head office's database was restored (epoch %s, was %s): %d acknowledged changes"
            " queued to be sent again, %d files to check",
            restored.now,
            restored.was,
            restored.resent,
            restored.files,
        )
        report.resent += restored.resent
        return True

    def settle_unanswered(self) -> None:
        """Ask about online redemptions whose answer never came (`services.gifts`).

        Before the push, so a cancellation it queues leaves in the same sync.
        """
        with self.sessions.begin() as s:
            waiting = gifts.unanswered_redemptions(s, now=self.now())
        for redemption_id in waiting:
            answer = self.api.unanswered(redemption_id)
            with self.sessions.begin() as s:
                gifts.settle_unanswered(s, redemption_id, recorded=answer.recorded, now=self.now())

    def fetch_pictures(self, cancelled: Callable[[], bool]) -> None:
        """Download the gifts' pictures this tablet does not hold yet (kept by their hash)."""
        with self.sessions.begin() as s:
            wanted = set(
                s.scalars(select(Gift.picture_sha256).where(Gift.picture_sha256.is_not(None)))
            )
            wanted -= set(s.scalars(select(Attachment.sha256).where(Attachment.sha256.in_(wanted))))
        for sha256 in sorted(w for w in wanted if w):
            if cancelled():
                return
            data = self.api.download(sha256)
            with self.sessions.begin() as s:
                keep_attachment(s, data, "image/jpeg", self.now(), uploaded=True)

    def push(self, report: SyncReport, cancelled: Callable[[], bool]) -> None:
        """Send the outbox in batches, in sequence order, one request on the wire at a time.

        While a batch is on the wire, the next one is read from the outbox, and as
        soon as its answer is in, the next request leaves and that answer is recorded
        while the server works: the tablet's own work overlaps the server's. A batch
        is sent only after the one before it was answered (so a change never arrives
        before one it depends on), and no transaction is open across a request.
        """
        with self.sessions.begin() as s:
            mark_all_waiting(s)
        after = 0
        with ThreadPoolExecutor(max_workers=1, thread_name_prefix="sync-push") as wire:
            batch = self._waiting(after)
            flying = wire.submit(self.api.push, batch) if batch and not cancelled() else None
            while batch is not None and flying is not None:
                upcoming = self._waiting(batch.last_seq)
                try:
                    answer = flying.result()
                except BatchTooLarge:
                    if self.batch_size == 1:
                        raise
                    self.batch_size = max(1, self.batch_size // 2)
                    batch = self._waiting(after)
                    flying = wire.submit(self.api.push, batch) if batch else None
                    continue
                flying = None
                if upcoming is not None and not cancelled():
                    flying = wire.submit(self.api.push, upcoming)
                self._record(batch, answer, report)
                after, batch = batch.last_seq, upcoming
                self._renew_lease()

    def _waiting(self, after: int) -> Batch | None:
        with self.sessions.begin() as s:
            return next_batch(s, limit=self.batch_size, after_seq=after)

    def _record(self, batch: Batch, answer: PushResponse, report: SyncReport) -> None:
        with self.sessions.begin() as s:
            record_answers(s, answer.results, server_time=answer.server_time, now=self.now())
        report.pushed += len(batch)
        for result in answer.results:
            status = str(result.status)
            if status in ("applied", "duplicate", "superseded"):
                report.acknowledged += 1
            elif status == "deferred":
                report.deferred += 1
            else:
                report.rejected += 1

    def upload(self, report: SyncReport, cancelled: Callable[[], bool]) -> None:
        """Send the files the changes waiting refer to (signed PDFs, signatures), first.

        A consent reaching the server before its PDF is only deferred, but
        sending the files first lets it be applied in the same sync.
        """
        with self.sessions.begin() as s:
            waiting = s.execute(
                select(Attachment.sha256, Attachment.content_type).where(
                    Attachment.uploaded.is_(False)
                )
            ).all()
        for sha256, content_type in waiting:
            if cancelled():
                return
            with self.sessions.begin() as s:
                data = s.scalar(select(Attachment.data).where(Attachment.sha256 == sha256))
            if data is None:  # forgotten meanwhile (an erasure)
                continue
            self.api.upload(sha256, data, content_type)
            with self.sessions.begin() as s:
                s.execute(
                    update(Attachment).where(Attachment.sha256 == sha256).values(uploaded=True)
                )
            report.uploaded += 1

    def pull(self, report: SyncReport, cancelled: Callable[[], bool]) -> None:
        for feed in FEED_ORDER:
            report.pulled[str(feed)] = self.pull_feed(feed, cancelled)
        if report.pulled.get(str(Feed.DIRECTORY)):
            # An erased customer's old pages must not linger in the write-ahead log.
            checkpoint(self.sessions)

    def pull_feed(self, feed: Feed, cancelled: Callable[[], bool] = lambda: False) -> int:
        """Pull one feed to its end, a page per transaction; return rows applied."""
        applied, restarted = 0, False
        if feed in SNAPSHOT_FEEDS:
            applied += self._first_download(feed, cancelled)
        while not cancelled():
            with self.sessions.begin() as s:
                cursor = feed_position(s, feed).cursor
            try:
                page = self.api.pull(feed, cursor, self.page_size)
            except CursorExpired:
                if restarted:
                    raise
                with self.sessions.begin() as s:
                    reset_feed(s, feed)
                restarted = True
                continue
            with self.sessions.begin() as s:
                if feed_position(s, feed).cursor != cursor:
                    raise SyncBusy("the feed moved under this engine")
                applied += apply_page(s, feed, page)
                advance_clock(s, server_time=page.server_time, now=self.now())
            self._renew_lease()
            if not page.more:
                if restarted:
                    with self.sessions.begin() as s:
                        retire_unlisted(s, feed)
                break
        return applied

    def _first_download(self, feed: Feed, cancelled: Callable[[], bool]) -> int:
        """Load a feed never downloaded here from the server's snapshot file."""
        with self.sessions.begin() as s:
            if feed_position(s, feed).cursor:
                return 0
        info = self.api.snapshot_info(feed)
        path = download(self.api, info, self.snapshot_dir, cancelled)
        with self.sessions.begin() as s:
            if feed_position(s, feed).cursor:
                return 0
            loaded = load_snapshot(s, info, path)
        path.unlink(missing_ok=True)
        self._renew_lease()
        return loaded

    def verify(self, report: SyncReport, cancelled: Callable[[], bool]) -> None:
        """Compare counts and checksums with the server; download a diverged feed again."""
        for attempt in range(2):
            states = {s.feed: s for s in self.api.feed_states().feeds}
            diverged = [feed for feed in FEED_ORDER if not self._matches(feed, states)]
            if not diverged:
                return
            for feed in diverged:
                if attempt == 0:
                    self.pull_feed(feed, cancelled)  # maybe only behind: catch up first
                else:
                    with self.sessions.begin() as s:
                        reset_feed(s, feed)
                    self.pull_feed(feed, cancelled)
                    with self.sessions.begin() as s:
                        retire_unlisted(s, feed)
                    report.repaired.append(str(feed))

    def _matches(self, feed: Feed, states: dict[str, FeedState]) -> bool:
        state = states.get(str(feed))
        if state is None:
            return True
        with self.sessions.begin() as s:
            count, total = held_checksum(s, feed)
        return (count, format_checksum(total)) == (state.count, state.checksum)

    def _take_lease(self) -> None:
        with self.sessions.begin() as s:
            lease = s.get(SyncLease, "sync")
            now = self.clock()
            if (
                lease is not None
                and lease.holder != self.holder
                and lease.expires_at > now
                and not _holder_died(lease.holder)
            ):
                raise SyncBusy("another window is syncing this device")
            if lease is None:
                s.add(SyncLease(name="sync", holder=self.holder, expires_at=now + LEASE_SECONDS))
            else:
                lease.holder, lease.expires_at = self.holder, now + LEASE_SECONDS

    def _renew_lease(self) -> None:
        with self.sessions.begin() as s:
            lease = s.get(SyncLease, "sync")
            if lease is None or lease.holder != self.holder:
                raise SyncBusy("the sync lease was taken over")
            lease.expires_at = self.clock() + LEASE_SECONDS

    def _release_lease(self) -> None:
        with self.sessions.begin() as s:
            lease = s.get(SyncLease, "sync")
            if lease is not None and lease.holder == self.holder:
                s.delete(lease)


def checkpoint(sessions: sessionmaker[Session]) -> None:
    """Fold the write-ahead log into the file and empty it (outside any transaction).

    Best effort: a reader holding an old snapshot makes it wait for the next time.
    """
    raw = sessions.kw["bind"].raw_connection()
    try:
        raw.cursor().execute("PRAGMA wal_checkpoint(TRUNCATE)")
    except Exception as exc:
        log.info("write-ahead log not emptied now: %s", exc)
    finally:
        raw.close()


def sync_status(session: Session) -> SyncStatus:
    """Changes waiting, the oldest of them, changes rejected, the last good sync."""
    waiting, oldest = session.execute(
        select(func.count(), func.min(OutboxEntry.occurred_at)).where(
            OutboxEntry.state.in_(WAITING)
        )
    ).one()
    rejected = session.scalar(
        select(func.count()).select_from(OutboxEntry).where(OutboxEntry.state == "rejected")
    )
    last = session.get(Setting, LAST_SYNC_KEY)
    own_rejections = select(OutboxEntry.change_id).where(OutboxEntry.state == "rejected")
    cases = session.scalar(
        select(func.count())
        .select_from(ReviewItem)
        .where(
            ReviewItem.status == "open",
            # This tablet's own rejected changes are counted once, from its outbox.
            ~and_(ReviewItem.kind == "rejected_change", ReviewItem.change_id.in_(own_rejections)),
        )
    )
    return SyncStatus(
        attention=int(rejected or 0) + int(cases or 0),
        waiting=int(waiting or 0),
        oldest_waiting=datetime.fromisoformat(oldest) if isinstance(oldest, str) else oldest,
        rejected=int(rejected or 0),
        last_sync=datetime.fromisoformat(str(last.value)) if last is not None else None,
    )


def _set(session: Session, key: str, value: object) -> None:
    row = session.get(Setting, key)
    if row is None:
        session.add(Setting(key=key, value=value))
    else:
        row.value = value
