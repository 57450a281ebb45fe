"""Noticing that head office's database was restored, and sending again what it lost.

Every answer of the server says its database's epoch (`SyncApi.epoch`), a
random id that `sync-server restore` replaces. The sync engine keeps the last
one it saw in a local setting. When an answer brings another one, the database
that acknowledged this tablet's changes may be gone, put back to a backup taken
before some of them. So, in one transaction:

- Every change held as acknowledged goes back to pending, keeping its change
  id, payload and sequence number: the next push sends them again in their
  original order (a change's dependency is older, so it goes first, or in the
  same batch before it). The server answers `duplicate` for those the restored
  database holds and applies the others, each once: pushes are idempotent by
  change id (the inbox's unique key), and a change the server cannot apply yet
  (another tablet's lost customer) is `deferred` and retried, never refused.
  Rejected changes stay rejected. A change whose payload was erased here (a
  forgotten customer's, `{}`) stays as it is: it has nothing left to send.
- Every file made here is marked not uploaded: the next upload asks the server
  for each (one HEAD) and sends those it lost, so a consent sent again is not
  deferred for want of its signed document. (Gift pictures came from the
  server: they are not sent back.)
- Every customer's balance version goes to 0. The restored database counts its
  balance versions on from the backup's, so a version number of the lost one
  means nothing there: compared with one, a re-sent points entry could be taken
  as already in the balance held here when it is not. Each re-sent entry gets
  the version that covers it from its new answer, and the balances downloaded
  again (the feeds restart with a 410) confirm it. This also cures an entry
  acknowledged but not yet confirmed when the database was lost: its covered
  version was the lost database's, which the restored one reaches only later,
  so it was counted twice (in the pulled balance and on top of it) meanwhile.

The first epoch a tablet sees (a new tablet, an app upgraded from a version
without epochs, a server not saying one yet) is only remembered. Until the
re-sent changes are answered, they count as waiting (the status bar, the
offline redemption budget and the gift stock shown see them as unsent).
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select, update
from sqlalchemy.engine import CursorResult
from sqlalchemy.orm import Session

from pos_client.store.manager_models import Gift
from pos_client.store.models import SERVER_EPOCH_KEY, Attachment, Customer, OutboxEntry, Setting

ERASED_PAYLOAD = "{}"
"""What `forget_customer` leaves of an acknowledged change about an erased customer."""


@dataclass(frozen=True)
class Restored:
    """What changed here after the server's database was found restored."""

    was: str
    now: str
    resent: int
    """Acknowledged changes put back to pending."""
    files: int
    """Files to check again with the server."""


def follow(session: Session, epoch: str) -> Restored | None:
    """Remember the server database's epoch; when it changed, queue acknowledged changes again."""
    held = session.get(Setting, SERVER_EPOCH_KEY)
    if held is None:
        session.add(Setting(key=SERVER_EPOCH_KEY, value=epoch))
        return None
    if held.value == epoch:
        return None
    was = str(held.value)
    resent = _count(
        session.execute(
            update(OutboxEntry)
            .where(OutboxEntry.state == "acknowledged", OutboxEntry.payload != ERASED_PAYLOAD)
            .values(state="pending")
        )
    )
    pictures = select(Gift.picture_sha256).where(Gift.picture_sha256.is_not(None))
    files = _count(
        session.execute(
            update(Attachment)
            .where(Attachment.uploaded.is_(True), Attachment.sha256.not_in(pictures))
            .values(uploaded=False)
        )
    )
    session.execute(update(Customer).where(Customer.balance_version != 0).values(balance_version=0))
    held.value = epoch
    return Restored(was=was, now=epoch, resent=resent, files=files)


def _count(result: object) -> int:
    return int(result.rowcount) if isinstance(result, CursorResult) else 0
