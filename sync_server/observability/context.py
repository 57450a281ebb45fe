"""The request being handled, for every log line written while it is.

The middleware puts a `RequestContext` in a context variable when a request comes in.
Sync routes run in a thread pool that copies the context, so the same object is seen
there; what they note on it (the device, once authenticated) is seen by the middleware
when it writes the access line, because the object is shared, not copied.
"""

from __future__ import annotations

import logging
import re
import uuid
from contextvars import ContextVar
from dataclasses import dataclass

_SANE_ID = re.compile(r"[A-Za-z0-9._:-]{8,128}")
"""What an incoming X-Request-ID may be to be kept (nginx's `$request_id` is 32 hex)."""


@dataclass
class RequestContext:
    request_id: str
    device: str = ""
    """`STORE-DEVICE` once the token was checked; never the token itself."""


_current: ContextVar[RequestContext | None] = ContextVar("loyalty_request", default=None)


def request_id_from(header: str | None) -> str:
    """Keep the proxy's id when it is a sane token, else make a new one (uuid4 hex).

    Anything else (spaces, control characters, a kilobyte of text) could forge or
    break log lines, so it is replaced, not cleaned.
    """
    if header and _SANE_ID.fullmatch(header):
        return header
    return uuid.uuid4().hex


def begin(request_id: str) -> RequestContext:
    """Make `request_id` the current request of this task (and of the threads it calls)."""
    context = RequestContext(request_id)
    _current.set(context)
    return context


def current() -> RequestContext | None:
    return _current.get()


def note_device(store_code: str, device_code: str) -> None:
    """Say which tablet the current request comes from (after its token was checked)."""
    context = _current.get()
    if context is not None:
        context.device = f"{store_code}-{device_code}"


class RequestIdFilter(logging.Filter):
    """Stamp each record with the current request's id (None outside a request)."""

    def filter(self, record: logging.LogRecord) -> bool:
        context = _current.get()
        record.request_id = context.request_id if context else None
        return True
