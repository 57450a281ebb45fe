"""Bring the server's schema to the newest revision (a separate deployment step)."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine
from sqlalchemy.orm import Session

from sync_server.database_epoch import ensure_epoch

MIGRATIONS = Path(__file__).with_name("migrations")


def alembic_config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


def head_revision() -> str | None:
    """The newest schema revision this version of the server knows."""
    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def upgrade(engine: Engine) -> str | None:
    """Run pending migrations and give the database its epoch; return its revision.

    The epoch is made here, before any worker answers, so that a database's first
    answer already carries it and no request ever writes it as a side effect.
    """
    config = alembic_config()
    head = head_revision()
    with engine.connect() as conn:
        at_head = MigrationContext.configure(conn).get_current_revision() == head
    if not at_head:
        with engine.begin() as conn:
            config.attributes["connection"] = conn
            command.upgrade(config, "head")
    with Session(engine) as session, session.begin():
        ensure_epoch(session)
    return head


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()
