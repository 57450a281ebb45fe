"""The versions this server serves today, said on every API answer.

A tablet learns that head office will stop feeding its app version on its
normal syncs, from the headers of any answer (push, pull, even a refusal),
with no request of its own; `/v1/info` says the same in its body. The day is
the chain's (Madrid) day, as the announced date is written by head office.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, MutableMapping
from datetime import datetime
from typing import Any

from loyalty_core.store_time import MADRID
from loyalty_core.sync_protocol import ServedVersions
from sync_server.config import ServerSettings

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
    """Add the `ServedVersions` headers to every answer under /v1/ (errors included)."""

    def __init__(self, app: App, settings: ServerSettings) -> None:
        self.app = app
        self.settings = settings

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or not str(scope.get("path", "")).startswith(API_PREFIX):
            await self.app(scope, receive, send)
            return
        said = [
            (name.lower().encode("ascii"), value.encode("ascii", "replace"))
            for name, value in served_now(self.settings).headers().items()
        ]

        async def send_saying(message: Message) -> None:
            if message["type"] == "http.response.start":
                message = {**message, "headers": [*message.get("headers", ()), *said]}
            await send(message)

        await self.app(scope, receive, send_saying)
