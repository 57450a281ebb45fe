"""First downloads as files: describe the current snapshot of a feed, then serve it."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

from fastapi import APIRouter, Depends, Request
from fastapi.responses import FileResponse

from loyalty_core.feeds import Feed
from loyalty_core.sync_protocol import ErrorBody, SnapshotInfo
from sync_server.db import Database
from sync_server.deps import DeviceDep, PullAllowedDep, get_database
from sync_server.errors import ApiError
from sync_server.observability.metrics import record_snapshot_download
from sync_server.sync.feeds import scope_of
from sync_server.sync.snapshots import SNAPSHOT_FEEDS, current_snapshot, snapshot_dir

router = APIRouter(
    prefix="/v1/sync/snapshots",
    tags=["sync"],
    responses={s: {"model": ErrorBody} for s in (400, 401, 404, 416, 422, 426)},
)


def _data_dir(request: Request) -> Path:
    return Path(request.app.state.settings.data_dir)


@router.get("/{feed}", response_model=SnapshotInfo)
def snapshot(
    feed: Feed,
    device: DeviceDep,
    request: Request,
    database: Annotated[Database, Depends(get_database)],
    _allowed: PullAllowedDep,
) -> SnapshotInfo:
    """Describe a recent snapshot of a feed (written now if none is fresh)."""
    if feed not in SNAPSHOT_FEEDS:
        raise ApiError(404, "no_snapshot", f"the {feed} feed is pulled page by page")
    return current_snapshot(database, _data_dir(request), feed, scope_of(feed, device.store_code))


@router.get("/{feed}/{name}", response_class=FileResponse)
def snapshot_file(
    feed: Feed, name: str, device: DeviceDep, request: Request, _allowed: PullAllowedDep
) -> FileResponse:
    """The snapshot file itself; HTTP ranges let an interrupted download resume."""
    folder = snapshot_dir(_data_dir(request))
    path = folder / name
    if "/" in name or not name.startswith(f"{feed}-") or not path.is_file():
        raise ApiError(404, "no_snapshot", "this snapshot is gone; ask for the current one")
    record_snapshot_download(str(feed))
    return FileResponse(path, media_type="application/gzip")
