"""Attachments over HTTP: PUT in chunks (resumable), HEAD for progress, GET for a reprint."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Body, Header, Path, Response

from loyalty_core.sync_protocol import ErrorBody
from sync_server.consents import attachments
from sync_server.deps import DeviceDep, NowDep, ReadSessionDep, SessionDep

ERRORS: dict[int | str, dict[str, object]] = {
    status: {"model": ErrorBody} for status in (400, 401, 403, 404, 409, 413, 422, 426)
}
OFFSET_HEADER = "Upload-Offset"

router = APIRouter(prefix="/v1/attachments", tags=["attachments"], responses=ERRORS)

Sha256 = Annotated[
    str,
    Path(
        pattern=r"^[0-9a-f]{64}$",
        description="the file's SHA-256 in lower-case hex: its name",
    ),
]


_PROGRESS: dict[int | str, dict[str, Any]] = {
    200: {"description": "the server holds the whole file", "content": {}},
    404: {
        "description": "not held whole yet: `Upload-Offset` says how many bytes arrived",
        "content": {},
    },
}


@router.head("/{sha256}", response_class=Response, responses=_PROGRESS)
def progress(sha256: Sha256, device: DeviceDep, session: ReadSessionDep) -> Response:
    """200 with its size when the server holds the file; 404 with how much has arrived."""
    held = attachments.state(session, sha256)
    headers = {OFFSET_HEADER: str(held.received)}
    return Response(status_code=200 if held.complete else 404, headers=headers)


@router.put("/{sha256}", status_code=200)
def upload(
    sha256: Sha256,
    device: DeviceDep,
    session: SessionDep,
    now: NowDep,
    data: Annotated[bytes, Body(media_type="application/octet-stream")] = b"",
    content_range: Annotated[str | None, Header()] = None,
    x_attachment_type: Annotated[str, Header()] = "application/octet-stream",
) -> Response:
    """Keep one chunk (`Content-Range: bytes start-end/total`); the last one verifies the file.

    The body is sent as application/octet-stream whatever the file is; its
    own type travels in `X-Attachment-Type`.
    """
    start, total = attachments.parse_range(content_range, len(data))
    held = attachments.put_chunk(
        session,
        device,
        sha256=sha256,
        start=start,
        total=total,
        data=data,
        content_type=x_attachment_type,
        now=now,
    )
    session.commit()
    return Response(
        status_code=201 if held.complete else 200, headers={OFFSET_HEADER: str(held.received)}
    )


@router.get("/{sha256}")
def download(sha256: Sha256, device: DeviceDep, session: ReadSessionDep) -> Response:
    """A file a tablet of this store may print again (a signed consent document)."""
    found = attachments.fetch(session, device, sha256)
    return Response(found.data, media_type=found.content_type)
