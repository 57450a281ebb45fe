"""The database epoch: which life of head office's database is answering.

A random UUID kept in `chain_setting`, made when missing (`sync-server migrate`,
or a worker's first answer) and replaced by every `sync-server restore`
(`sync_server.backup.after_restore`). Every /v1 answer says it
(`DATABASE_EPOCH_HEADER`, `served_versions.ServedVersionHeaders`). A tablet that
sees it change knows that the changes the server acknowledged before may have
been lost with the old database, and sends them again (`pos_client.sync.epoch`):
the ones the restored database holds are answered `duplicate`, the others are
applied, each once.

A backup holds the epoch of the database it copied, which is why the restore
must replace it: a database put back by hand (a file copy, a `pg_restore`
without `sync-server restore --loaded`) keeps the old epoch, and the tablets
would not re-send.
"""

from __future__ import annotations

import logging
import uuid

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError, SQLAlchemyError
from sqlalchemy.orm import Session

from sync_server.db import Database
from sync_server.stores.models import ChainSetting

log = logging.getLogger(__name__)

EPOCH_KEY = "database_epoch"


def ensure_epoch(session: Session) -> str:
    """Return the database's epoch, made now if it has none (safe with several workers)."""
    held = _held(session)
    if held is not None:
        return held
    try:
        with session.begin_nested():
            session.add(ChainSetting(key=EPOCH_KEY, value=str(uuid.uuid4())))
    except IntegrityError:
        pass  # another worker made it first: theirs is the one
    held = _held(session)
    assert held is not None
    return held


def new_epoch(session: Session) -> str:
    """Give the database a new epoch (after a restore): tablets then re-send what it lost."""
    epoch = str(uuid.uuid4())
    row = session.get(ChainSetting, EPOCH_KEY)
    if row is None:
        session.add(ChainSetting(key=EPOCH_KEY, value=epoch))
    else:
        row.value = epoch
    session.flush()
    return epoch


def read_epoch(database: Database) -> str | None:
    """The epoch, made if missing; None when the database cannot be asked now (said again
    on a later answer: until then, answers go without it and tablets conclude nothing)."""
    try:
        with database.session() as session, session.begin():
            return ensure_epoch(session)
    except SQLAlchemyError as exc:
        log.warning("database epoch not read: %s", exc.__class__.__name__)
        return None


def _held(session: Session) -> str | None:
    value = session.scalar(select(ChainSetting.value).where(ChainSetting.key == EPOCH_KEY))
    return None if value is None else str(value)
