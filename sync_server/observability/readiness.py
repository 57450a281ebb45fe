"""Readiness: the database answers and its schema is the one this code was written for.

Liveness (`/health`) says the process serves HTTP and never touches the database, so a
database outage does not make a supervisor restart healthy workers; readiness (`/ready`)
is what a load balancer or a deployment waits for: it is false until `sync-server
migrate` has run, and while the database cannot be reached.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

from alembic.script import ScriptDirectory
from alembic.util.exc import CommandError
from pydantic import BaseModel, ConfigDict
from sqlalchemy.exc import SQLAlchemyError

from sync_server.db import Database
from sync_server.migrate import alembic_config, current_revision


class ReadyBody(BaseModel):
    """The answer when the server is ready to serve the tablets."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    status: Literal["ready"]
    revision: str
    """The database's schema revision (Alembic), the newest this server knows."""


@dataclass(frozen=True)
class Readiness:
    ready: bool
    reason: str
    revision: str | None
    head: str


@lru_cache(maxsize=1)
def _scripts() -> ScriptDirectory:
    return ScriptDirectory.from_config(alembic_config())


def head_revision() -> str:
    return _scripts().get_current_head() or ""


def check(database: Database) -> Readiness:
    """Ask the database for its schema revision and compare it with this code's head."""
    head = head_revision()
    try:
        # A read transaction: on SQLite a plain one would take the write lock (db.py).
        revision = current_revision(database.engine.execution_options(read_only=True))
    except SQLAlchemyError as exc:
        return Readiness(False, f"the database does not answer ({type(exc).__name__})", None, head)
    if revision == head:
        return Readiness(True, "", revision, head)
    if revision is None:
        reason = "the database has no schema yet: run `sync-server migrate`"
    elif not _known(revision):
        reason = (
            f"the database schema is at {revision}, which this server does not know "
            "(a newer version migrated it?)"
        )
    else:
        reason = (
            f"the database schema is at {revision}, this server needs {head}: "
            "run `sync-server migrate`"
        )
    return Readiness(False, reason, revision, head)


def _known(revision: str) -> bool:
    try:
        return _scripts().get_revision(revision) is not None
    except CommandError:
        return False
