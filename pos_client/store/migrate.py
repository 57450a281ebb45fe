"""Run the store's Alembic migrations programmatically at start-up.

Importing Alembic costs about 0.2 s of every start, while a store is almost
always already at the newest revision. So `upgrade` first compares the
`alembic_version` table, with plain SQL, to the head revision read from the
migration files' `revision = ...` / `down_revision = ...` lines, and imports
Alembic only when they differ or the files cannot be read that simply (then
Alembic itself decides). A test checks that this head is Alembic's own.

An upgrade of a store that holds data is guarded (`store_backup`): the file
is copied to the rotating backup folder first; the migrations run in one
transaction; if they fail, every connection is closed, the copy is put back
and `StoreUpgradeFailed` names it, so the previous version's data are what
is left on disk, never a half-migrated store. A new (empty) store and a
store already at the head are not copied: the usual start writes nothing.
"""

from __future__ import annotations

import ast
import logging
import re
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, inspect, text

from loyalty_core.errors import UserFacingError

if TYPE_CHECKING:
    from alembic.config import Config

log = logging.getLogger(__name__)
MIGRATIONS = Path(__file__).with_name("migrations")
VERSION_TABLE = "alembic_version"  # Alembic's default, which env.py keeps

# `revision = "0002"` or, in newer Alembic templates, `revision: str = "0002"`.
_ASSIGNMENT = re.compile(
    r"^(?P<name>revision|down_revision)\s*(?::[^=\n]*)?=\s*(?P<value>.+?)\s*$", re.MULTILINE
)


class StoreUpgradeFailed(UserFacingError):
    """The schema upgrade failed; the store was put back as it was, from the named backup."""

    code = "store_upgrade_failed"


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


def upgrade(engine: Engine, *, store_path: Path | None = None, now: datetime | None = None) -> None:
    """Bring the schema to the newest revision (no-op when it is current).

    With `store_path`, a store that holds data is backed up first and put back
    if the upgrade fails (`StoreUpgradeFailed`); without it (tools, tests) the
    migrations just run.
    """
    head = head_revision()
    with engine.connect() as conn:
        stamped = _stamped(conn)
    if head is not None and stamped == {head}:
        return
    if store_path is None or not stamped:  # nothing to keep in a new store
        _upgrade_with_alembic(engine)
        return
    if head is None and stamped == {_alembic_head()}:
        return
    _upgrade_guarded(engine, store_path, "+".join(sorted(stamped)), now)


def _upgrade_guarded(engine: Engine, store_path: Path, was: str, now: datetime | None) -> None:
    from pos_client.store.store_backup import restore_backup, take_backup

    backup = take_backup(engine, store_path, revision=was, now=now)
    try:
        _upgrade_with_alembic(engine)
    except Exception as error:
        engine.dispose()  # every connection closed before the file is replaced
        try:
            restore_backup(backup, store_path)
        except OSError:  # the migration's own rollback still stands; the copy is kept
            log.exception("could not put back %s after a failed upgrade", backup)
        raise StoreUpgradeFailed(
            f"the upgrade of the store {store_path} from revision {was} failed ({error});"
            f" it was restored as it was from {backup}",
            path=str(store_path),
            backup=backup.name,
            revision=was,
        ) from error


def _alembic_head() -> str | None:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config()).get_current_head()


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
