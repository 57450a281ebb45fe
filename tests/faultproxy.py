"""A fault-injecting TCP proxy that knows just enough HTTP/1.1 to break sync at exact points.

Sync must survive a reply lost after the server committed, a body cut half-way, a duplicate
delivery, a partition. Mocking `requests` cannot show that, so fault tests put this proxy
between a real client and a real server on 127.0.0.1 and arm one-shot faults on the next
matching request.

Contract and pitfalls:
- Each client connection gets its own daemon thread and may carry many keep-alive requests;
  every request goes upstream on a fresh connection, closed once its response is read, so a
  fault on one request never leaves a half-used upstream connection behind.
- Requests and responses are read whole into memory before being passed on (fine for test
  payloads of a few MB, not for streaming). Request bodies need Content-Length (chunked ones
  are passed through too); responses may use Content-Length, chunked, or read-until-close.
- `close()` shuts every live socket down, so blocked threads wake at once and it returns in
  well under a second, even with idle keep-alive clients still connected.
"""

from __future__ import annotations

import contextlib
import socket
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from types import TracebackType
from typing import Literal, Self, get_args

Fault = Literal["drop_response", "cut_request", "cut_response", "refuse", "delay", "duplicate"]
FAULTS: frozenset[str] = frozenset(get_args(Fault))

_MAX_HEAD = 64 * 1024
_POLL = 0.05  # how often the accept loop looks at the stop flag
_JOIN = 1.0  # how long close() waits for threads, in all


@dataclass(frozen=True)
class ProxyEvent:
    """One request as the proxy handled it, so tests can assert what really happened.

    `fault` is the armed fault applied, "offline" for a partition, or None; `status` is the
    upstream's answer (None when upstream was never asked or never answered); `error` says
    why a pass-through failed. Connections closed while offline before any request was read
    are logged with empty method and path.
    """

    method: str
    path: str
    fault: str | None
    status: int | None
    error: str | None = None


@dataclass(frozen=True)
class _Rule:
    fault: Fault
    method: str | None
    path: str
    seconds: float

    def matches(self, method: str, path: str) -> bool:
        return (self.method is None or self.method == method) and path.startswith(self.path)


@dataclass(frozen=True)
class _Message:
    """A request or response: raw head and raw framed body, forwarded byte for byte."""

    head: bytes
    body: bytes
    start: tuple[str, ...]
    headers: dict[str, str]
    until_eof: bool = False

    @property
    def raw(self) -> bytes:
        return self.head + self.body

    def header(self, name: str) -> str:
        return self.headers.get(name, "").lower()


class _Reader:
    """Buffered reads off one socket, so message boundaries are found without losing bytes."""

    def __init__(self, sock: socket.socket) -> None:
        self._sock = sock
        self._buf = bytearray()

    def until(self, sep: bytes, limit: int = _MAX_HEAD) -> bytes:
        start = 0
        while (end := self._buf.find(sep, start)) < 0:
            if len(self._buf) > limit:
                raise ValueError("message head too long")
            start = max(0, len(self._buf) - len(sep) + 1)
            self._fill()
        return self._take(end + len(sep))

    def exact(self, size: int) -> bytes:
        while len(self._buf) < size:
            self._fill()
        return self._take(size)

    def rest(self) -> bytes:
        try:
            while True:
                self._fill()
        except EOFError:
            return self._take(len(self._buf))

    def _fill(self) -> None:
        data = self._sock.recv(65536)
        if not data:
            raise EOFError
        self._buf += data

    def _take(self, size: int) -> bytes:
        out = bytes(self._buf[:size])
        del self._buf[:size]
        return out


def _parse_head(head: bytes) -> tuple[tuple[str, ...], dict[str, str]]:
    lines = head.decode("latin-1").split("\r\n")
    headers: dict[str, str] = {}
    for line in lines[1:]:
        name, sep, value = line.partition(":")
        if sep:
            headers[name.strip().lower()] = value.strip()
    return tuple(lines[0].split(" ", 2)), headers


def _read_chunked(reader: _Reader) -> bytes:
    parts: list[bytes] = []
    while True:
        line = reader.until(b"\r\n")
        parts.append(line)
        size = int(line.split(b";", 1)[0].strip(), 16)
        if size == 0:
            break
        parts.append(reader.exact(size + 2))
    while (trailer := reader.until(b"\r\n")) != b"\r\n":
        parts.append(trailer)
    parts.append(trailer)
    return b"".join(parts)


def _read_body(reader: _Reader, headers: dict[str, str], *, response: bool) -> tuple[bytes, bool]:
    if "chunked" in headers.get("transfer-encoding", "").lower():
        return _read_chunked(reader), False
    if "content-length" in headers:
        return reader.exact(int(headers["content-length"])), False
    if response:
        return reader.rest(), True
    return b"", False


def _read_request(reader: _Reader) -> _Message:
    head = reader.until(b"\r\n\r\n")
    start, headers = _parse_head(head)
    if len(start) != 3:
        raise ValueError(f"bad request line {start!r}")
    body, _ = _read_body(reader, headers, response=False)
    return _Message(head, body, start, headers)


def _read_response(reader: _Reader, method: str) -> _Message:
    interim = b""
    while True:
        head = reader.until(b"\r\n\r\n")
        start, headers = _parse_head(head)
        status = int(start[1])
        if not (100 <= status < 200) or status == 101:
            break
        interim += head  # 100 Continue and friends go to the client ahead of the answer
    if method == "HEAD" or status in (101, 204, 304):
        return _Message(interim + head, b"", start, headers)
    body, until_eof = _read_body(reader, headers, response=True)
    return _Message(interim + head, body, start, headers, until_eof)


def _keeps_alive(request: _Message, response: _Message) -> bool:
    if response.until_eof or "close" in request.header("connection"):
        return False
    if "close" in response.header("connection"):
        return False
    if request.start[2] == "HTTP/1.0" or response.start[0] == "HTTP/1.0":
        return "keep-alive" in request.header("connection")
    return True


def _half(message: _Message) -> bytes:
    """The head and half the body; half the head when there is no body to cut."""
    if message.body:
        return message.head + message.body[: len(message.body) // 2]
    return message.head[: len(message.head) // 2]


def _shutdown(sock: socket.socket) -> None:
    with contextlib.suppress(OSError):
        sock.shutdown(socket.SHUT_RDWR)


class FaultProxy:
    """Forward 127.0.0.1 connections to `upstream`, applying armed faults per HTTP request."""

    def __init__(self, upstream: tuple[str, int], *, timeout: float = 30.0) -> None:
        self.upstream = upstream
        self._timeout = timeout
        self._cond = threading.Condition()
        self._rules: list[_Rule] = []
        self._events: list[ProxyEvent] = []
        self._offline = False
        self._latency = 0.0
        self._accepted = 0
        self._live: set[socket.socket] = set()
        self._threads: list[threading.Thread] = []
        self._stopping = threading.Event()
        self._listener: socket.socket | None = None
        self._acceptor: threading.Thread | None = None

    # life cycle

    def start(self) -> Self:
        """Listen on a free port and start accepting; returns self for chaining."""
        if self._listener is not None:
            raise RuntimeError("FaultProxy already started")
        self._listener = socket.create_server(("127.0.0.1", 0))
        self._listener.settimeout(_POLL)
        self._acceptor = threading.Thread(
            target=self._accept_loop,
            args=(self._listener,),
            name=f"faultproxy-{self.port}",
            daemon=True,
        )
        self._acceptor.start()
        return self

    def close(self) -> None:
        """Stop listening and cut every live connection; idempotent, returns within ~1 s."""
        self._stopping.set()
        with self._cond:
            live = list(self._live)
            threads = list(self._threads)
            self._cond.notify_all()
        for sock in live:
            _shutdown(sock)
        deadline = time.monotonic() + _JOIN
        for thread in [self._acceptor, *threads]:
            if thread is not None and thread is not threading.current_thread():
                thread.join(max(0.0, deadline - time.monotonic()))

    def __enter__(self) -> Self:
        return self if self._listener is not None else self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    @property
    def port(self) -> int:
        if self._listener is None:
            raise RuntimeError("FaultProxy not started")
        return int(self._listener.getsockname()[1])

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    # faults and settings

    def arm(
        self, fault: Fault, *, method: str | None = None, path: str = "/", seconds: float = 0.0
    ) -> Self:
        """Queue a one-shot fault for the next request whose method and path prefix match."""
        if fault not in FAULTS:
            raise ValueError(f"unknown fault {fault!r}; expected one of {sorted(FAULTS)}")
        if seconds < 0:
            raise ValueError("seconds must be >= 0")
        rule = _Rule(fault, method.upper() if method else None, path, seconds)
        with self._cond:
            self._rules.append(rule)
        return self

    def disarm(self) -> None:
        """Drop every armed rule that has not fired yet."""
        with self._cond:
            self._rules.clear()

    @property
    def armed(self) -> int:
        """How many one-shot rules are still waiting for a request."""
        with self._cond:
            return len(self._rules)

    def set_offline(self, offline: bool) -> None:
        """Partition (or heal): when offline, live connections are cut and new ones closed."""
        with self._cond:
            self._offline = offline
            live = list(self._live) if offline else []
        for sock in live:
            _shutdown(sock)

    def set_latency(self, seconds: float) -> None:
        """Wait this long before forwarding every request, until set back to 0."""
        if seconds < 0:
            raise ValueError("seconds must be >= 0")
        with self._cond:
            self._latency = seconds

    # what happened

    @property
    def events(self) -> list[ProxyEvent]:
        """A snapshot of the log, oldest first."""
        with self._cond:
            return list(self._events)

    @property
    def accepted(self) -> int:
        """How many client connections were accepted (shows whether keep-alive was used)."""
        with self._cond:
            return self._accepted

    def wait_for(self, predicate: Callable[[list[ProxyEvent]], bool], timeout: float = 5.0) -> bool:
        """Block until `predicate(events)` holds; False if it still does not after `timeout`."""
        with self._cond:
            return self._cond.wait_for(lambda: predicate(list(self._events)), timeout)

    def _record(self, event: ProxyEvent) -> None:
        with self._cond:
            self._events.append(event)
            self._cond.notify_all()

    # connections

    def _accept_loop(self, listener: socket.socket) -> None:
        try:
            while not self._stopping.is_set():
                try:
                    client, _ = listener.accept()
                except TimeoutError:
                    continue
                client.settimeout(self._timeout)
                with self._cond:
                    self._accepted += 1
                    offline = self._offline
                    if not offline:
                        self._live.add(client)
                        self._threads = [t for t in self._threads if t.is_alive()]
                if offline:
                    self._record(ProxyEvent("", "", "offline", None))
                    client.close()
                    continue
                thread = threading.Thread(target=self._serve, args=(client,), daemon=True)
                with self._cond:
                    self._threads.append(thread)
                thread.start()
        except OSError:
            pass
        finally:
            listener.close()

    def _serve(self, client: socket.socket) -> None:
        try:
            reader = _Reader(client)
            while not self._stopping.is_set() and self._serve_one(client, reader):
                pass
        except (OSError, EOFError, ValueError):
            pass  # the client left, or close() cut it: either way this connection is over
        finally:
            self._untrack(client)
            client.close()

    def _serve_one(self, client: socket.socket, reader: _Reader) -> bool:
        """Handle one request; False when the client connection must now be closed."""
        request = _read_request(reader)
        method, path = request.start[0], request.start[1]
        with self._cond:
            offline, latency = self._offline, self._latency
            rule = None if offline else self._take_rule(method, path)
        if offline:
            self._record(ProxyEvent(method, path, "offline", None))
            return False
        fault = rule.fault if rule else None
        pause = latency + (rule.seconds if rule and fault == "delay" else 0.0)
        if pause > 0 and self._stopping.wait(pause):
            return False
        if fault == "refuse":
            self._record(ProxyEvent(method, path, fault, None))
            return False
        try:
            if fault == "cut_request":
                self._cut_request(request)
                self._record(ProxyEvent(method, path, fault, None))
                return False
            if fault == "duplicate":
                self._exchange(request)
            response = self._exchange(request)
        except (OSError, EOFError, ValueError) as exc:
            self._record(ProxyEvent(method, path, fault, None, f"upstream: {exc!r}"))
            return False
        self._record(ProxyEvent(method, path, fault, int(response.start[1])))
        if fault == "drop_response":
            return False
        if fault == "cut_response":
            client.sendall(_half(response))
            return False
        client.sendall(response.raw)
        return _keeps_alive(request, response)

    def _take_rule(self, method: str, path: str) -> _Rule | None:
        for index, rule in enumerate(self._rules):
            if rule.matches(method, path):
                return self._rules.pop(index)
        return None

    def _exchange(self, request: _Message) -> _Message:
        upstream = self._connect()
        try:
            upstream.sendall(request.raw)
            return _read_response(_Reader(upstream), request.start[0])
        finally:
            self._untrack(upstream)
            upstream.close()

    def _cut_request(self, request: _Message) -> None:
        upstream = self._connect()
        try:
            upstream.sendall(_half(request))
        finally:
            self._untrack(upstream)
            _shutdown(upstream)
            upstream.close()

    def _connect(self) -> socket.socket:
        sock = socket.create_connection(self.upstream, timeout=self._timeout)
        with self._cond:
            stopping = self._stopping.is_set()
            if not stopping:
                self._live.add(sock)
        if stopping:
            sock.close()
            raise ConnectionAbortedError("proxy closing")
        return sock

    def _untrack(self, sock: socket.socket) -> None:
        with self._cond:
            self._live.discard(sock)
