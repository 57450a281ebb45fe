"""The versions this server serves today, and its database epoch, said on every API answer.

A tablet learns that head office will stop feeding its app version on its
normal syncs, from the headers of any answer (push, pull, even a refusal),
with no request of its own; `/v1/info` says the same in its body. The day is
the chain's (Madrid) day, as the announced date is written by head office.

The same way, every answer says the database epoch (`sync_server.database_epoch`):
each worker reads it once, at its first /v1 request (a restore runs only with
every worker stopped, so it cannot change under a running one).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, MutableMapping
from datetime import datetime
from typing import Any

from starlette.concurrency import run_in_threadpool

from loyalty_core.store_time import MADRID
from loyalty_core.sync_protocol import DATABASE_EPOCH_HEADER, ServedVersions
from sync_server.config import ServerSettings
from sync_server.database_epoch import read_epoch

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
App = Callable[[Scope, Receive, Send], Awaitable[None]]

API_PREFIX = "/v1/"


def served_now(settings: ServerSettings, *, now: datetime | None = None) -> ServedVersions:
    """What is served at this moment: the announced minimum applies from its Madrid day."""
    return settings.served_versions((now or datetime.now(MADRID)).astimezone(MADRID).date())


class ServedVersionHeaders:
    """Add the `ServedVersions` headers and the database epoch to every answer under /v1/
    (errors included).

    The epoch is read from the application's database (`app.state.database`) at the
    first /v1 request and kept; if the database cannot be asked then, answers go
    without it and it is read again at the next request.
    """

    def __init__(self, app: App, settings: ServerSettings) -> None:
        self.app = app
        self.settings = settings
        self.epoch: str | None = None

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or not str(scope.get("path", "")).startswith(API_PREFIX):
            await self.app(scope, receive, send)
            return
        headers = served_now(self.settings).headers()
        epoch = self.epoch or await self._read_epoch(scope)
        if epoch is not None:
            headers[DATABASE_EPOCH_HEADER] = epoch
        said = [
            (name.lower().encode("ascii"), value.encode("ascii", "replace"))
            for name, value in headers.items()
        ]

        async def send_saying(message: Message) -> None:
            if message["type"] == "http.response.start":
                message = {**message, "headers": [*message.get("headers", ()), *said]}
            await send(message)

        await self.app(scope, receive, send_saying)

    async def _read_epoch(self, scope: Scope) -> str | None:
        database = getattr(getattr(scope.get("app"), "state", None), "database", None)
        if database is None:
            return None
        # Once per worker: a short blocking query, so off the event loop.
        self.epoch = await run_in_threadpool(read_epoch, database)
        return self.epoch
