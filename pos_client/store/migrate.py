"""Run the store's Alembic migrations programmatically at start-up.

Importing Alembic costs about 0.2 s of every start, while a store is almost
always already at the newest revision. So `upgrade` first compares the
`alembic_version` table, with plain SQL, to the head revision read from the
migration files' `revision = ...` / `down_revision = ...` lines, and imports
Alembic only when they differ or the files cannot be read that simply (then
Alembic itself decides). A test checks that this head is Alembic's own.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, inspect, text

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS = Path(__file__).with_name("migrations")
VERSION_TABLE = "alembic_version"  # Alembic's default, which env.py keeps

# `revision = "0002"` or, in newer Alembic templates, `revision: str = "0002"`.
_ASSIGNMENT = re.compile(
    r"^(?P<name>revision|down_revision)\s*(?::[^=\n]*)?=\s*(?P<value>.+?)\s*$", re.MULTILINE
)


def alembic_config() -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


def _revisions_in(source: str) -> tuple[str, tuple[str, ...]] | None:
    """A migration file's revision and the ones it revises, or None if not plain literals."""
    found: dict[str, object] = {}
    for match in _ASSIGNMENT.finditer(source):
        try:
            found[match["name"]] = ast.literal_eval(match["value"])
        except (ValueError, SyntaxError):
            return None
    revision, down = found.get("revision"), found.get("down_revision")
    if not isinstance(revision, str):
        return None
    if down is None:
        return revision, ()
    if isinstance(down, str):
        return revision, (down,)
    if isinstance(down, tuple | list) and all(isinstance(d, str) for d in down):
        return revision, tuple(down)
    return None


def head_revision(versions: Path = MIGRATIONS / "versions") -> str | None:
    """The single head revision of the migration files, read without Alembic.

    None when there is no single head or a file does not spell its revisions
    as plain literals: the caller then asks Alembic.
    """
    revisions: set[str] = set()
    revised: set[str] = set()
    for path in versions.glob("*.py"):
        parsed = _revisions_in(path.read_text(encoding="utf-8"))
        if parsed is None:
            return None
        revisions.add(parsed[0])
        revised.update(parsed[1])
    heads = revisions - revised
    return heads.pop() if len(heads) == 1 else None


def _stamped(conn: Connection) -> set[str]:
    if not inspect(conn).has_table(VERSION_TABLE):
        return set()
    return set(conn.scalars(text(f"SELECT version_num FROM {VERSION_TABLE}")))


def upgrade(engine: Engine) -> None:
    """Bring the schema to the newest revision (no-op when it is current)."""
    head = head_revision()
    if head is not None:
        with engine.connect() as conn:
            if _stamped(conn) == {head}:
                return
    _upgrade_with_alembic(engine)


def _upgrade_with_alembic(engine: Engine) -> None:
    from alembic import command
    from alembic.runtime.migration import MigrationContext
    from alembic.script import ScriptDirectory

    config = alembic_config()
    head = ScriptDirectory.from_config(config).get_current_head()
    with engine.connect() as conn:
        if MigrationContext.configure(conn).get_current_revision() == head:
            return
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "head")


def current_revision(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()
