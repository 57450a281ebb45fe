"""The About screen's reads and its archive, off the GUI thread (see `ops` for the pattern).

The store's facts are read on the store thread (a few indexed counts); the
data folder, the store file's integrity check and the zip are done on the
I/O pool, the check on a connection of its own: WAL lets it read beside the
sales being written, so the counter never waits for it.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.orm import Session

from pos_client.context import AppContext
from pos_client.services import support_archive
from pos_client.services.support_archive import Installation, StoreFacts
from pos_client.ui.ops import Done, Failed


@dataclass(frozen=True)
class AboutFacts:
    """What the screen shows: the store's facts and the installation's."""

    store: StoreFacts
    installation: Installation


def load_about(ctx: AppContext, *, success: Done, failure: Failed) -> None:
    """Read the store's facts (store thread), then the data folder's (I/O pool)."""
    now = ctx.now()
    data_dir = ctx.settings.data_dir

    def with_installation(store: StoreFacts) -> None:
        ctx.runner.run_io(
            lambda: AboutFacts(store, support_archive.installation(data_dir)),
            success=success,
            failure=failure,
        )

    ctx.runner.run_store(
        lambda s: support_archive.store_facts(s, now=now),
        success=with_installation,
        failure=failure,
    )


def save_support_archive(
    ctx: AppContext,
    *,
    folder: Path,
    environment: Mapping[str, str],
    success: Done,
    failure: Failed,
) -> None:
    """Write the support archive into `folder`; `success` gets the archive's path."""
    now = ctx.now()
    settings = ctx.settings

    def write(store: StoreFacts) -> Path:
        sync = ctx.sync.state if ctx.sync is not None else None  # read now, on this thread
        content = support_archive.summary(
            store,
            support_archive.installation(settings.data_dir),
            sync=sync,
            environment=environment,
            check=support_archive.check_store(settings.store_path),
            now=now,
        )
        return support_archive.write_archive(
            folder, content, facts=store, data_dir=settings.data_dir, now=now
        )

    def read(s: Session) -> StoreFacts:
        return support_archive.store_facts(s, now=now)

    ctx.runner.run_store(
        read,
        success=lambda store: ctx.runner.run_io(
            lambda: write(store), success=success, failure=failure
        ),
        failure=failure,
    )
