"""The sync server's HTTP API as the tablet sees it, with errors it can act on.

Every request carries the protocol, client and schema versions and, once
registered, the device's bearer token. Network failures and 5xx answers
are `retryable`; a revoked device, a protocol the server does not speak, a
batch too large and an expired cursor each have their own error, because
each calls for a different reaction (stop, ask for an update, halve the
batch, download that feed again).

Every answer's headers say which versions the server serves (`ServedVersions`):
the last ones read are kept in `served`, so the scheduler can say "update
the app before <day>" from the normal syncs, with no request of its own.
They also say the server database's epoch, kept in `epoch`: the sync engine
compares it with the one it remembers to notice a restore of head office's
database (`pos_client.sync.epoch`).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Any, TypeVar

import requests
from pydantic import BaseModel, ValidationError

from loyalty_core.feeds import Feed
from loyalty_core.sync_protocol import (
    CLIENT_VERSION_HEADER,
    PROTOCOL_HEADER,
    PROTOCOL_VERSION,
    SCHEMA_VERSION_HEADER,
    FeedPage,
    FeedStates,
    PushRequest,
    PushResponse,
    RedemptionAnswer,
    RedemptionRequest,
    RegisterRequest,
    RegisterResponse,
    ServedVersions,
    ServerInfo,
    SnapshotInfo,
    UnansweredRedemption,
    database_epoch,
)
from loyalty_core.version import VERSION
from loyalty_core.wire import Change

CLIENT_VERSION = VERSION
Model = TypeVar("Model", bound=BaseModel)


class SyncError(Exception):
    """Sync could not complete; `retryable` says whether trying later may help."""

    retryable = False

    def __init__(
        self,
        message: str,
        *,
        code: str = "",
        retry_after: float | None = None,
        detail: dict[str, Any] | None = None,
    ) -> None:
        super().__init__(message)
        self.code = code
        self.retry_after = retry_after
        self.detail = detail or {}


class Offline(SyncError):
    retryable = True


class ServerTrouble(SyncError):
    retryable = True


class DeviceRevoked(SyncError):
    """The server no longer accepts this device's token: register it again."""


class UpdateRequired(SyncError):
    """The server does not speak this app's protocol: the app must be updated."""


class BatchTooLarge(SyncError):
    pass


class CursorExpired(SyncError):
    pass


class Cancelled(SyncError):
    """The person cancelled a long download; what was fetched is kept for next time."""


class Refused(SyncError):
    """Another 4xx: the request itself was wrong (a bug, or a bad registration code)."""


ATTACHMENT_CHUNK = 256 * 1024
OFFSET_HEADER = "Upload-Offset"


class SyncApi:
    """A thin, typed client of the sync server; one instance per engine (keep-alive)."""

    def __init__(
        self,
        base_url: str,
        token: str | None = None,
        *,
        schema_version: str = "",
        timeout: tuple[float, float] = (3.05, 30.0),
        verify: bool | str = True,
    ) -> None:
        self.base_url = base_url.rstrip("/")
        self.token = token
        self.timeout = timeout
        self._http = requests.Session()
        self._http.verify = verify
        self.served: ServedVersions | None = None
        """What the server last said it serves (None until an answer said it)."""
        self.epoch: str | None = None
        """The server database's epoch the last answer that said one said (None until then)."""
        self._http.headers.update(
            {
                PROTOCOL_HEADER: str(PROTOCOL_VERSION),
                CLIENT_VERSION_HEADER: CLIENT_VERSION,
                SCHEMA_VERSION_HEADER: schema_version,
            }
        )

    @property
    def client_version(self) -> str:
        """The app version this client tells the server."""
        return str(self._http.headers.get(CLIENT_VERSION_HEADER, CLIENT_VERSION))

    def close(self) -> None:
        self._http.close()

    def info(self) -> ServerInfo:
        return self._call("GET", "/v1/info", ServerInfo)

    def register(self, request: RegisterRequest) -> RegisterResponse:
        return self._call(
            "POST", "/v1/devices/register", RegisterResponse, json=request.model_dump(mode="json")
        )

    def push(self, batch: Batch) -> PushResponse:
        headers = {"Content-Type": "application/json"}
        return self._call("POST", "/v1/sync/push", PushResponse, data=batch.body, headers=headers)

    def pull(self, feed: Feed, cursor: str, limit: int) -> FeedPage:
        params = {"cursor": cursor, "limit": limit}
        return self._call("GET", f"/v1/sync/feeds/{feed}", FeedPage, params=params)

    def snapshot_info(self, feed: Feed) -> SnapshotInfo:
        return self._call("GET", f"/v1/sync/snapshots/{feed}", SnapshotInfo, timeout=(3.05, 300.0))

    def stream(self, path: str, *, start: int = 0) -> requests.Response:
        """GET a file as a stream, from byte `start` (an HTTP range) when resuming."""
        headers = {"Authorization": f"Bearer {self.token}"} if self.token else {}
        if start:
            headers["Range"] = f"bytes={start}-"
        try:
            answer = self._http.get(
                self.base_url + path, headers=headers, timeout=self.timeout, stream=True
            )
        except requests.RequestException as exc:
            raise Offline(f"server unreachable: {exc.__class__.__name__}") from exc
        self._note(answer)
        if answer.status_code >= 400:
            raise _error_for(answer)
        if start and answer.status_code != 206:
            answer.close()
            raise ServerTrouble("the server did not resume the download")
        return answer

    def upload(self, sha256: str, data: bytes, content_type: str) -> None:
        """Send a file by its hash, in chunks, from where the server got to (resumable).

        Asks first how much the server holds: a file already there costs one
        HEAD, an upload cut half way goes on from its last whole chunk.
        """
        offset = self._upload_offset(sha256)
        total = len(data)
        while offset is not None and offset < total:
            end = min(offset + ATTACHMENT_CHUNK, total)
            headers = {
                "Authorization": f"Bearer {self.token}",
                "Content-Type": "application/octet-stream",
                "Content-Range": f"bytes {offset}-{end - 1}/{total}",
                "X-Attachment-Type": content_type,
            }
            try:
                answer = self._http.put(
                    f"{self.base_url}/v1/attachments/{sha256}",
                    data=data[offset:end],
                    headers=headers,
                    timeout=self.timeout,
                )
            except requests.RequestException as exc:
                raise Offline(f"server unreachable: {exc.__class__.__name__}") from exc
            self._note(answer)
            if answer.status_code == 409:  # the server holds another amount: go on from there
                offset = int(answer.headers.get(OFFSET_HEADER, "0"))
                continue
            if answer.status_code >= 400:
                raise _error_for(answer)
            offset = int(answer.headers.get(OFFSET_HEADER, str(end)))
            if answer.status_code == 201:
                return

    def _upload_offset(self, sha256: str) -> int | None:
        """None when the server holds the whole file; else the bytes it has."""
        headers = {"Authorization": f"Bearer {self.token}"} if self.token else {}
        try:
            answer = self._http.head(
                f"{self.base_url}/v1/attachments/{sha256}", headers=headers, timeout=self.timeout
            )
        except requests.RequestException as exc:
            raise Offline(f"server unreachable: {exc.__class__.__name__}") from exc
        self._note(answer)
        if answer.status_code == 200:
            return None
        if answer.status_code == 404:
            return int(answer.headers.get(OFFSET_HEADER, "0"))
        raise _error_for(answer)

    def download(self, sha256: str) -> bytes:
        """A file this store may print again (a signed consent document)."""
        answer = self.stream(f"/v1/attachments/{sha256}")
        data = answer.content
        import hashlib

        if hashlib.sha256(data).hexdigest() != sha256:
            raise ServerTrouble("the file received is not the one asked for")
        return data

    def redeem(self, request: RedemptionRequest) -> RedemptionAnswer:
        """Ask the server to check and post a redemption (a 409 `Refused` when it will not)."""
        return self._call(
            "POST", "/v1/redemptions", RedemptionAnswer, json=request.model_dump(mode="json")
        )

    def unanswered(self, redemption_id: uuid.UUID) -> UnansweredRedemption:
        """What became of a redemption whose answer never came (voided there if not recorded)."""
        return self._call(
            "POST", f"/v1/redemptions/{redemption_id}/unanswered", UnansweredRedemption
        )

    def twin(self, *, timeout: tuple[float, float]) -> SyncApi:
        """Another client of the same server and device, for the counter's own thread."""
        twin = SyncApi(self.base_url, self.token, timeout=timeout, verify=self._http.verify)
        twin._http.headers.update(self._http.headers)
        return twin

    def feed_states(self) -> FeedStates:
        return self._call("GET", "/v1/sync/feeds", FeedStates)

    def _call(
        self,
        method: str,
        path: str,
        model: type[Model],
        *,
        headers: dict[str, str] | None = None,
        **kwargs: Any,
    ) -> Model:
        headers = dict(headers or {})
        if self.token:
            headers["Authorization"] = f"Bearer {self.token}"
        kwargs.setdefault("timeout", self.timeout)
        try:
            answer = self._http.request(method, self.base_url + path, headers=headers, **kwargs)
        except requests.RequestException as exc:
            raise Offline(f"server unreachable: {exc.__class__.__name__}") from exc
        self._note(answer)
        if answer.status_code >= 400:
            raise _error_for(answer)
        try:
            return model.model_validate_json(answer.content)
        except ValidationError as exc:
            # A body cut short or garbled on the way: the request may have been applied,
            # which is safe, since every change is idempotent. Try again.
            raise ServerTrouble(f"unreadable answer from {path}") from exc

    def _note(self, answer: requests.Response) -> None:
        """Keep what an answer's headers say of the server (an answer without them: no news)."""
        self.served = ServedVersions.from_headers(answer.headers) or self.served
        self.epoch = database_epoch(answer.headers) or self.epoch


@dataclass(frozen=True)
class Batch:
    """Waiting changes as they go on the wire: the request body and what it holds."""

    body: bytes
    """`{"changes": [...]}`, each payload the exact text its hash was computed on."""
    change_ids: list[uuid.UUID]
    last_seq: int

    def __len__(self) -> int:
        return len(self.change_ids)

    def changes(self) -> list[Change]:
        """The changes, read back from the body with the wire model."""
        return PushRequest.model_validate_json(self.body).changes


def _error_for(answer: requests.Response) -> SyncError:
    try:
        body = answer.json()
        code, message = str(body.get("code", "")), str(body.get("message", ""))
        detail = body.get("detail") if isinstance(body.get("detail"), dict) else None
    except (ValueError, AttributeError):
        code, message, detail = "", answer.text[:200], None
    status = answer.status_code
    retry_after = _seconds(answer.headers.get("Retry-After"))
    if status >= 500 or status == 429:
        return ServerTrouble(f"server error {status}", code=code, retry_after=retry_after)
    if status == 401:
        return DeviceRevoked(message or "device not accepted", code=code)
    if status == 426:
        return UpdateRequired(message, code=code)
    if status == 413:
        return BatchTooLarge(message, code=code)
    if status == 410:
        return CursorExpired(message, code=code)
    return Refused(message or f"refused ({status})", code=code, detail=detail)


def _seconds(value: str | None) -> float | None:
    try:
        return float(value) if value else None
    except ValueError:
        return None
