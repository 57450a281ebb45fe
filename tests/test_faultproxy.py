"""FaultProxy against a real threaded HTTP server and a real `requests` client.

The sync fault tests trust the proxy to break things exactly where it says; these tests
check each fault from both ends: what the client saw and what the server really received.
"""

from __future__ import annotations

import hashlib
import json
import os
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
import requests
from faultproxy import FaultProxy

TIMEOUT = 5.0
CHUNKS = [b"first chunk\n", b"second, a little longer chunk\n", b"third\n"]
BIG = 1 << 20


@dataclass
class Upstream:
    """What the server really received: complete POSTs and short reads, per path."""

    address: tuple[str, int] = ("127.0.0.1", 0)
    lock: threading.Lock = field(default_factory=threading.Lock)
    complete: Counter[str] = field(default_factory=Counter)
    short: Counter[str] = field(default_factory=Counter)

    def note(self, counter: Counter[str], path: str) -> int:
        with self.lock:
            counter[path] += 1
            return counter[path]

    def count(self, path: str, *, short: bool = False) -> int:
        with self.lock:
            return (self.short if short else self.complete)[path]


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    state: Upstream


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive, as uvicorn does
    timeout = TIMEOUT
    server: _Server

    def do_GET(self) -> None:
        if self.path == "/chunked":
            self._send_chunked()
        elif self.path == "/big":
            self._send(200, b"x" * BIG, "application/octet-stream")
        else:
            self._send_json({"path": self.path})

    def do_POST(self) -> None:
        path = self.path.split("?", 1)[0]
        length = int(self.headers.get("Content-Length", "0"))
        try:
            body = self.rfile.read(length)
        except OSError:
            body = b""
        if len(body) < length:
            self.server.state.note(self.server.state.short, path)
            self.close_connection = True
            return
        count = self.server.state.note(self.server.state.complete, path)
        digest = hashlib.sha256(body).hexdigest()
        self._send_json({"path": path, "count": count, "received": len(body), "sha256": digest})

    def _send_json(self, payload: dict[str, object]) -> None:
        self._send(200, json.dumps(payload).encode(), "application/json")

    def _send(self, status: int, body: bytes, content_type: str) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def _send_chunked(self) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "text/plain")
        self.send_header("Transfer-Encoding", "chunked")
        self.end_headers()
        for chunk in CHUNKS:
            self.wfile.write(b"%x\r\n%s\r\n" % (len(chunk), chunk))
            self.wfile.flush()
        self.wfile.write(b"0\r\n\r\n")

    def log_message(self, format: str, *args: object) -> None:
        pass  # keep test output quiet


@pytest.fixture
def upstream() -> Iterator[Upstream]:
    server = _Server(("127.0.0.1", 0), _Handler)
    server.state = Upstream(address=("127.0.0.1", server.server_address[1]))
    thread = threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    yield server.state
    server.shutdown()
    server.server_close()
    thread.join(TIMEOUT)


@pytest.fixture
def proxy(upstream: Upstream) -> Iterator[FaultProxy]:
    with FaultProxy(upstream.address) as proxy:
        yield proxy


@pytest.fixture
def http() -> Iterator[requests.Session]:
    with requests.Session() as session:
        yield session


def eventually(check: Callable[[], bool], timeout: float = 2.0) -> bool:
    """Poll `check` until it holds: the server side of a fault finishes on its own thread."""
    deadline = time.monotonic() + timeout
    while not check():
        if time.monotonic() > deadline:
            return False
        time.sleep(0.01)
    return True


def push(http: requests.Session, proxy: FaultProxy, body: bytes = b'{"n": 1}') -> requests.Response:
    response = http.post(f"{proxy.url}/sync/push", data=body, timeout=TIMEOUT)
    response.raise_for_status()
    return response


def test_passes_many_requests_through_one_keep_alive_connection(
    upstream: Upstream, proxy: FaultProxy, http: requests.Session
) -> None:
    big = os.urandom(BIG)

    assert http.get(f"{proxy.url}/hello", timeout=TIMEOUT).json() == {"path": "/hello"}
    assert push(http, proxy).json()["count"] == 1
    chunked = http.get(f"{proxy.url}/chunked", timeout=TIMEOUT)
    assert chunked.headers["Transfer-Encoding"] == "chunked"
    assert chunked.content == b"".join(CHUNKS)
    echoed = push(http, proxy, big).json()
    assert echoed["received"] == BIG
    assert echoed["sha256"] == hashlib.sha256(big).hexdigest()
    assert len(http.get(f"{proxy.url}/big", timeout=TIMEOUT).content) == BIG
    assert push(http, proxy).json()["count"] == 3

    assert proxy.accepted == 1
    assert [(e.method, e.path, e.fault, e.status) for e in proxy.events] == [
        ("GET", "/hello", None, 200),
        ("POST", "/sync/push", None, 200),
        ("GET", "/chunked", None, 200),
        ("POST", "/sync/push", None, 200),
        ("GET", "/big", None, 200),
        ("POST", "/sync/push", None, 200),
    ]


def test_drop_response_loses_the_answer_after_the_server_committed(
    upstream: Upstream, proxy: FaultProxy, http: requests.Session
) -> None:
    proxy.arm("drop_response", path="/sync/push")

    with pytest.raises(requests.exceptions.ConnectionError):
        push(http, proxy)

    assert upstream.count("/sync/push") == 1
    assert proxy.events[-1].fault == "drop_response"
    assert proxy.events[-1].status == 200


def test_cut_request_leaves_the_server_with_a_short_body(
    upstream: Upstream, proxy: FaultProxy, http: requests.Session
) -> None:
    proxy.arm("cut_request", method="POST", path="/sync/push")

    with pytest.raises(requests.exceptions.ConnectionError):
        push(http, proxy, b"x" * 64_000)

    assert eventually(lambda: upstream.count("/sync/push", short=True) == 1)
    assert upstream.count("/sync/push") == 0
    assert proxy.events[-1].fault == "cut_request"
    assert proxy.events[-1].status is None


@pytest.mark.parametrize(("method", "path"), [("POST", "/sync/push"), ("GET", "/chunked")])
def test_cut_response_breaks_the_body_after_the_server_answered(
    upstream: Upstream, proxy: FaultProxy, http: requests.Session, method: str, path: str
) -> None:
    proxy.arm("cut_response", path=path)

    broken = (
        requests.exceptions.ChunkedEncodingError,
        requests.exceptions.ConnectionError,
        requests.exceptions.ContentDecodingError,
    )
    with pytest.raises(broken):
        http.request(method, f"{proxy.url}{path}", data=b"x" * 1000, timeout=TIMEOUT)

    assert upstream.count(path) == (1 if method == "POST" else 0)
    assert proxy.events[-1].fault == "cut_response"
    assert proxy.events[-1].status == 200


def test_refuse_never_reaches_upstream(
    upstream: Upstream, proxy: FaultProxy, http: requests.Session
) -> None:
    proxy.arm("refuse", path="/sync")

    with pytest.raises(requests.exceptions.ConnectionError):
        push(http, proxy)

    assert upstream.count("/sync/push") == 0
    assert proxy.events[-1].fault == "refuse"
    assert proxy.events[-1].status is None


def test_delay_and_latency_hold_requests_back(proxy: FaultProxy, http: requests.Session) -> None:
    def timed_get() -> float:
        started = time.monotonic()
        http.get(f"{proxy.url}/hello", timeout=TIMEOUT).raise_for_status()
        return time.monotonic() - started

    proxy.arm("delay", path="/hello", seconds=0.3)
    assert timed_get() >= 0.3
    proxy.set_latency(0.2)
    assert timed_get() >= 0.2
    assert timed_get() >= 0.2
    proxy.set_latency(0)
    assert timed_get() < 0.2


def test_duplicate_delivers_twice_and_answers_with_the_second(
    upstream: Upstream, proxy: FaultProxy, http: requests.Session
) -> None:
    proxy.arm("duplicate", method="POST", path="/sync/push")

    assert push(http, proxy).json()["count"] == 2

    assert upstream.count("/sync/push") == 2
    assert [(e.fault, e.status) for e in proxy.events] == [("duplicate", 200)]


def test_offline_partitions_until_back_online(
    upstream: Upstream, proxy: FaultProxy, http: requests.Session
) -> None:
    push(http, proxy)  # leaves a pooled keep-alive connection, which the partition must cut
    proxy.set_offline(True)

    with pytest.raises(requests.exceptions.ConnectionError):
        push(http, proxy)
    with requests.Session() as fresh, pytest.raises(requests.exceptions.ConnectionError):
        fresh.get(f"{proxy.url}/hello", timeout=TIMEOUT)

    proxy.set_offline(False)
    assert push(http, proxy).json()["count"] == 2
    assert upstream.count("/sync/push") == 2
    assert any(event.fault == "offline" for event in proxy.events)


def test_rules_are_one_shot_queued_and_matched_on_method_and_path(
    upstream: Upstream, proxy: FaultProxy, http: requests.Session
) -> None:
    proxy.arm("drop_response", method="post", path="/sync/push")
    proxy.arm("refuse", method="POST", path="/sync/push")

    assert http.get(f"{proxy.url}/sync/push", timeout=TIMEOUT).ok  # wrong method
    assert http.post(f"{proxy.url}/other", timeout=TIMEOUT).ok  # wrong path
    assert proxy.armed == 2
    with pytest.raises(requests.exceptions.ConnectionError):
        push(http, proxy)
    with pytest.raises(requests.exceptions.ConnectionError):
        push(http, proxy)
    assert proxy.armed == 0
    assert push(http, proxy).json()["count"] == 2

    assert [e.fault for e in proxy.events] == [None, None, "drop_response", "refuse", None]
    assert proxy.wait_for(lambda events: len(events) == 5, timeout=0.1)


def test_close_returns_promptly_with_an_idle_keep_alive_client(
    proxy: FaultProxy, http: requests.Session
) -> None:
    assert http.get(f"{proxy.url}/hello", timeout=TIMEOUT).ok
    url = proxy.url

    started = time.monotonic()
    proxy.close()
    assert time.monotonic() - started < 2.0

    with pytest.raises(requests.exceptions.ConnectionError):
        http.get(f"{url}/hello", timeout=TIMEOUT)
    proxy.close()  # idempotent


def test_close_cuts_a_request_held_in_a_long_delay(proxy: FaultProxy) -> None:
    proxy.arm("delay", seconds=30)
    outcome: list[BaseException | int] = []

    def call() -> None:
        try:
            outcome.append(requests.get(f"{proxy.url}/hello", timeout=TIMEOUT).status_code)
        except requests.exceptions.RequestException as exc:
            outcome.append(exc)

    caller = threading.Thread(target=call, daemon=True)
    caller.start()
    assert eventually(lambda: proxy.armed == 0)

    started = time.monotonic()
    proxy.close()
    assert time.monotonic() - started < 2.0
    caller.join(2.0)
    assert len(outcome) == 1
    assert isinstance(outcome[0], requests.exceptions.ConnectionError)


def test_arm_rejects_an_unknown_fault(proxy: FaultProxy) -> None:
    with pytest.raises(ValueError, match="unknown fault"):
        proxy.arm("explode")  # type: ignore[arg-type]
