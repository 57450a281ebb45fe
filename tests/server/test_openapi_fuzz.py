"""The server under fuzzing: never a 5xx, never an answer outside its own OpenAPI.

schemathesis draws requests from the server's OpenAPI document and sends them to the
application in process (ASGI), once with a registered device's token, so that the
authenticated routes are reached down to the database, and once without. Every check
runs on every answer: no server error, statuses, content types, headers and bodies as
documented, requests outside the schema refused and requests inside it accepted.

Then come push bodies a schema-driven fuzzer hardly ever produces: payloads of the
wrong shape, bad hashes and clocks, numbers no column holds, NaN, deep nesting, bodies
over the limits, replays, another store's sale. Each is a 4xx or a 200 whose change is
"rejected", and leaves the database as a whole request would: unchanged by a refusal,
one inbox row and one review case per rejected change.

Both run on SQLite and, when one is given, on PostgreSQL (tests/pg.py).
"""

from __future__ import annotations

import asyncio
import hashlib
import json
import traceback
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

import pg
import pytest
import schemathesis
from chain import JORDI, MARIA, ServerProcess, seed_chain
from fastapi import FastAPI
from hypothesis import HealthCheck, settings
from schemathesis.config import SchemathesisConfig
from schemathesis.core.parameters import ParameterLocation
from sqlalchemy import func, select

from loyalty_core.hlc import Hlc
from loyalty_core.receipt_chain import canonical_json, sha256_hex
from loyalty_core.sync_protocol import MAX_BATCH_BYTES, MAX_BATCH_CHANGES
from sync_server.config import ServerSettings
from sync_server.db import Database
from sync_server.devices.models import Device
from sync_server.devices.service import authenticate, issue_code, register
from sync_server.main import create_app
from sync_server.models import Base

NOW = datetime(2026, 11, 20, 10, 30, tzinfo=UTC)
STAFF_ID = uuid.UUID("01900000-0000-7000-8000-0000000000aa")
TOKEN = "fuzz-device-token-0123456789abcdefghijklmnopqrstuvwxyz"
"""The fuzzing device's token: it registers with a one-time code, then is given this token
(schemathesis builds part of its cases at collection, before any fixture has run)."""

POSITIVE_STATUSES = ["2xx", "400", "401", "403", "404", "410", "413", "426"]
"""What a request the schema allows may get for a reason the schema cannot say: a cursor
that is not one of ours (400), an unknown token (401), a code not valid for the store
(403), a compacted cursor (410), a batch over the limits (413), a protocol out of range (426)."""

NEGATIVE_STATUSES = ["400", "401", "403", "404", "405", "406", "409", "413", "415", "422", "426"]
"""A request the schema forbids is refused; the token (401) and protocol (426) checks may
come before the body is looked at."""

FUZZ_CONFIG = {
    "checks": {
        "positive_data_acceptance": {"expected-statuses": POSITIVE_STATUSES},
        "negative_data_rejection": {"expected-statuses": NEGATIVE_STATUSES},
    },
}


@dataclass
class Server:
    """The application on a seeded database, with one registered device of store S001."""

    app: FastAPI
    database: Database
    backend: str

    def counts(self) -> dict[str, int]:
        """Rows per table: what a request may have changed."""
        with self.database.session(read_only=True) as session, session.begin():
            return {
                table.name: int(session.scalar(select(func.count()).select_from(table)) or 0)
                for table in Base.metadata.sorted_tables
            }


def _database_url(backend: str, folder: Path) -> str:
    if backend == "sqlite":
        return f"sqlite:///{folder / 'server.db'}"
    base = pg.postgres_url()
    if base is None:
        if pg.require_postgres():
            pytest.fail("LOYALTY_REQUIRE_POSTGRES=1 but LOYALTY_TEST_DATABASE_URL is not set")
        pytest.skip("no PostgreSQL given (LOYALTY_TEST_DATABASE_URL is unset)")
    return pg.fresh_database(base)


def _prepare(folder: Path, url: str) -> None:
    """Migrate and seed the server's database, and register the fuzzing device."""
    process = ServerProcess(folder, url)
    process.prepare()
    seed_chain(process, NOW)
    with process.admin() as session:
        code = issue_code(session, store_code="S001", now=datetime.now(UTC))
        registered = register(
            session, store_code="S001", code=code, device_name="fuzz", now=datetime.now(UTC)
        )
        device = session.get(Device, registered.device_id)
        assert device is not None and device.device_code == "D01"
        device.token_sha256 = hashlib.sha256(TOKEN.encode()).hexdigest()
        session.flush()
        assert authenticate(session, TOKEN).id == registered.device_id


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def server(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Server]:
    backend = str(request.param)
    folder = tmp_path_factory.mktemp(f"fuzz-{backend}")
    url = _database_url(backend, folder)
    try:
        _prepare(folder, url)
        database = Database(url)
        try:
            app = create_app(ServerSettings(data_dir=folder, database_url=url), database)
            yield Server(app, database, backend)
        finally:
            database.dispose()
    finally:
        if backend == "postgresql":
            pg.drop_database(url)


# --- requests drawn from the OpenAPI document ---------------------------------------


def _load_schema() -> Any:
    """The server's OpenAPI, from an application that never opens its (in-memory) database."""
    app = create_app(ServerSettings(data_dir=Path("unused"), database_url="sqlite:///:memory:"))
    try:
        return schemathesis.openapi.from_dict(
            app.openapi(), config=SchemathesisConfig.from_dict(FUZZ_CONFIG)
        )
    finally:
        app.state.database.dispose()


# Loaded at import, not with schemathesis.pytest.from_fixture: that loader fails on pytest
# 9.2 (it sets `Function._nodeid`, which 9.2 removed). Each case is sent to the fixture's app.
schema = _load_schema()

FUZZ_SETTINGS = settings(
    max_examples=20,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=list(HealthCheck),
)


class DeviceToken:
    """schemathesis' auth provider: the fuzzing device's bearer token on every request.

    Set on the case when it is generated, not passed on the side at the call, so that
    schemathesis judges the request that is really sent, and leaves the token off the
    cases that test a missing Authorization header.
    """

    def get(self, case: Any, context: Any) -> str:
        return TOKEN

    def set(self, case: Any, data: str, context: Any) -> None:
        headers = {k: v for k, v in (case.headers or {}).items() if k.lower() != "authorization"}
        case.headers = {**headers, "Authorization": f"Bearer {data}"}


def _only_unknown_headers_added(case: Any) -> bool:
    data = case.meta.phase.data if case.meta is not None else None
    return (
        getattr(data, "scenario", None) == "object_unexpected_properties"
        and getattr(data, "parameter_location", None) == ParameterLocation.HEADER
    )


def call_and_validate(case: Any, server: Server) -> None:
    """Send the case to the fixture's application and run every check on the answer."""
    excluded = []
    if _only_unknown_headers_added(case):
        # An unknown header makes a case "negative" to schemathesis, which then wants a 4xx;
        # HTTP servers ignore unknown headers (proxies add them). It also re-reads the known
        # headers as sent, and the integer X-Loyalty-Protocol "1" then looks mistyped.
        excluded.append(schemathesis.checks.negative_data_rejection)
    case.call_and_validate(app=server.app, excluded_checks=excluded)


@schema.auth.apply(DeviceToken, refresh_interval=None)
@schema.parametrize()
@FUZZ_SETTINGS
def test_generated_requests_with_token(case: Any, server: Server) -> None:
    """Authenticated: the routes are reached past the token check, down to the database."""
    call_and_validate(case, server)


@schema.parametrize()
@FUZZ_SETTINGS
def test_generated_requests_anonymous(case: Any, server: Server) -> None:
    """Whatever Authorization header is generated: refused, documented, never a 5xx."""
    call_and_validate(case, server)


# --- hand-written requests -----------------------------------------------------------


@dataclass
class Answer:
    status: int
    headers: dict[str, str]
    body: bytes

    def json(self) -> Any:
        return json.loads(self.body)


def call(
    server: Server,
    method: str,
    path: str,
    *,
    body: bytes = b"",
    headers: dict[str, str] | None = None,
    token: bool = True,
    chunks: int = 1,
    query: dict[str, str] | None = None,
) -> Answer:
    """Send one request to the application (ASGI, in process), as a client would.

    A body in several chunks is sent without Content-Length, as a streamed upload.
    The server raising (its 500 handler logs and re-raises) fails the test with the
    traceback; any answer must be a 4xx `{code, message}` or a JSON success.
    """
    sent = {"content-type": "application/json", **(headers or {})}
    if token:
        sent.setdefault("authorization", f"Bearer {TOKEN}")
    if chunks == 1:
        sent.setdefault("content-length", str(len(body)))
    size = max(1, -(-len(body) // chunks))
    parts = [body[i : i + size] for i in range(0, len(body), size)] or [b""]
    messages = [
        {"type": "http.request", "body": part, "more_body": i < len(parts) - 1}
        for i, part in enumerate(parts)
    ]
    scope = {
        "type": "http",
        "asgi": {"version": "3.0"},
        "http_version": "1.1",
        "method": method,
        "scheme": "http",
        "path": path,
        "raw_path": path.encode(),
        "query_string": urlencode(query or {}).encode(),
        "root_path": "",
        "headers": [(k.lower().encode(), v.encode("latin-1")) for k, v in sent.items()],
        "client": ("127.0.0.1", 50000),
        "server": ("testserver", 80),
    }
    status = 0
    answer_headers: dict[str, str] = {}
    answer_body = bytearray()

    async def receive() -> dict[str, Any]:
        if messages:
            return messages.pop(0)
        await asyncio.sleep(3600)  # the client stays connected until the answer
        return {"type": "http.disconnect"}

    async def send(message: dict[str, Any]) -> None:
        nonlocal status
        if message["type"] == "http.response.start":
            status = message["status"]
            answer_headers.update(
                (k.decode().lower(), v.decode("latin-1")) for k, v in message.get("headers", [])
            )
        elif message["type"] == "http.response.body":
            answer_body.extend(message.get("body", b""))

    try:
        asyncio.run(asyncio.wait_for(server.app(scope, receive, send), timeout=60))
    except Exception:
        pytest.fail(f"{method} {path}: the server raised\n{traceback.format_exc()}")
    answer = Answer(status, answer_headers, bytes(answer_body))
    assert answer.status < 500, f"{method} {path}: {answer.status} {answer.body[:500]!r}"
    assert answer.headers.get("content-type") == "application/json", answer.headers
    if answer.status >= 400:
        error = answer.json()
        assert 400 <= answer.status < 500
        assert set(error) <= {"code", "message", "detail"}, error
        assert isinstance(error["code"], str) and error["code"], error
        assert isinstance(error["message"], str) and error["message"], error
    return answer


def push(server: Server, body: Any, **kwargs: Any) -> Answer:
    raw = body if isinstance(body, bytes) else json.dumps(body).encode()
    return call(server, "POST", "/v1/sync/push", body=raw, **kwargs)


_next_seq = iter(range(1, 1 << 30))


def change(
    entity: str, entity_id: uuid.UUID, payload: dict[str, Any], /, **overrides: Any
) -> dict[str, Any]:
    """A change envelope as a tablet sends it, hashed right unless overridden."""
    seq = next(_next_seq)
    envelope: dict[str, Any] = {
        "change_id": str(uuid.uuid4()),
        "device_seq": seq,
        "entity": entity,
        "entity_id": str(entity_id),
        "op": "update" if entity == "customer" else "create",
        "payload_version": 1,
        "payload": payload,
        "payload_sha256": sha256_hex(canonical_json(payload)),
        "hlc": Hlc(int(NOW.timestamp() * 1000), seq, "S001-D01").encode(),  # later each time
        "occurred_at": NOW.isoformat(),
        "staff_id": str(STAFF_ID),
        "depends_on": None,
    }
    envelope.update(overrides)
    return envelope


def profile_patch(fields: dict[str, Any] | None = None, **overrides: Any) -> dict[str, Any]:
    payload = {"customer_id": str(MARIA), "fields": fields or {"postal_code": "08007"}}
    return change("customer", MARIA, payload, **overrides)


def sale_payload(store_code: str, device_code: str, **values: Any) -> dict[str, Any]:
    number = next(_next_seq)
    return {
        "sale_id": str(uuid.uuid4()),
        "kind": "sale",
        "receipt_number": f"{store_code}-{device_code}-{number:06d}",
        "series": f"{store_code}{device_code}",
        "number": number,
        "store_code": store_code,
        "device_code": device_code,
        "customer_id": str(JORDI),
        "staff_id": str(STAFF_ID),
        "occurred_at": NOW.isoformat(),
        "lines": [],
        "ticket_discount_cents": 0,
        "total_cents": 0,
        "vat": [],
        "payments": [],
        "points_earned": 0,
        "original_sale_id": None,
        "previous_hash": "0" * 64,
        "record_hash": "1" * 64,
        **values,
    }


def sale(store_code: str = "S001", device_code: str = "D01", **values: Any) -> dict[str, Any]:
    payload = sale_payload(store_code, device_code, **values)
    return change("sale", uuid.UUID(payload["sale_id"]), payload)


def ledger_entry(points: int) -> dict[str, Any]:
    entry = uuid.uuid4()
    payload = {
        "entry_id": str(entry),
        "customer_id": str(JORDI),
        "kind": "adjust",
        "points": points,
        "sale_id": None,
        "lines": [],
        "occurred_at": NOW.isoformat(),
    }
    return change("ledger_entry", entry, payload)


def delta(before: dict[str, int], after: dict[str, int]) -> dict[str, int]:
    return {table: after[table] - before[table] for table in after if after[table] != before[table]}


REJECTION = {"inbox": 1, "review_case": 1, "feed_row": 1}
"""What one rejected change leaves: its inbox row (with its payload), a case to review, and
that case on the store's review feed (the managers' tablets list it)."""


def assert_refused(server: Server, body: Any, status: int = 422, code: str | None = None) -> Answer:
    """The whole request is refused with `status` and the database is untouched."""
    before = server.counts()
    answer = push(server, body)
    assert answer.status == status, (answer.status, answer.body[:500])
    if code is not None:
        assert answer.json()["code"] == code, answer.json()
    assert delta(before, server.counts()) == {}
    return answer


def assert_rejected(server: Server, body: Any, code: str | None = None) -> dict[str, Any]:
    """Answered 200, the one change "rejected" and kept with a review case, nothing else."""
    before = server.counts()
    answer = push(server, body)
    assert answer.status == 200, (answer.status, answer.body[:500])
    (result,) = answer.json()["results"]
    assert result["status"] == "rejected", result
    if code is not None:
        assert result["code"] == code, result
    assert delta(before, server.counts()) == REJECTION
    return dict(result)


def assert_refused_or_rejected(server: Server, body: Any, code: str | None = None) -> None:
    """A 4xx that changed nothing, or a 200 whose one change was rejected and kept."""
    before = server.counts()
    answer = push(server, body)
    if answer.status == 200:
        (result,) = answer.json()["results"]
        assert result["status"] == "rejected", result
        assert code is None or result["code"] == code, result
        assert delta(before, server.counts()) == REJECTION
    else:
        assert 400 <= answer.status < 500, answer
        assert delta(before, server.counts()) == {}


MALFORMED_CHANGES: list[Any] = [
    pytest.param(
        lambda: change("customer", MARIA, sale_payload("S001", "D01")),
        "malformed",
        id="sale payload under a customer change",
    ),
    pytest.param(
        lambda: change("customer", MARIA, {"customer_id": str(MARIA), "fields": [1, 2]}),
        "malformed",
        id="profile fields of the wrong type",
    ),
    pytest.param(
        lambda: change("ledger_entry", MARIA, {"entry_id": [], "lines": {"a": None}}),
        "malformed",
        id="ledger entry of the wrong shape",
    ),
    pytest.param(
        lambda: change("sale", MARIA, {"sale_id": str(MARIA)}),
        "malformed",
        id="sale missing its fields",
    ),
    pytest.param(
        lambda: change("customer", MARIA, {"customer_id": str(MARIA), "fields": {}, "x": 10**40}),
        "malformed",
        id="huge integer in the payload",
    ),
    pytest.param(
        lambda: change(
            "customer", MARIA, {"customer_id": str(MARIA), "fields": {"phone": "6\x001"}}
        ),
        "bad_value",
        id="NUL in a payload kept as rejected",
    ),
    pytest.param(
        lambda: profile_patch(payload_version=99), "unsupported_version", id="payload version 99"
    ),
    pytest.param(
        lambda: profile_patch(payload_version=10**40),
        "unsupported_version",
        id="huge payload version",
    ),
    pytest.param(
        lambda: change("customer", JORDI, {"customer_id": str(MARIA), "fields": {}}),
        "entity_mismatch",
        id="entity id not the payload's",
    ),
    pytest.param(
        lambda: profile_patch({"shoe_size": "38"}), "bad_value", id="unknown profile field"
    ),
    pytest.param(lambda: sale("S002", "D01"), "wrong_store", id="another store's sale"),
    pytest.param(lambda: sale("S001", "D07"), "wrong_store", id="another device's sale"),
    pytest.param(
        lambda: profile_patch(payload_sha256="0" * 64), "hash_mismatch", id="wrong payload hash"
    ),
    pytest.param(lambda: profile_patch(hlc="not-a-clock"), "bad_clock", id="hlc garbage"),
    pytest.param(lambda: profile_patch(hlc=""), "bad_clock", id="hlc empty"),
    pytest.param(lambda: profile_patch(hlc="🕐\x00"), "bad_clock", id="hlc emoji and NUL"),
]


# A hash or clock of a length a real tablet never sends: rejected today (a per-change
# answer); a bound in the envelope's schema would make it a 422 for the batch instead.
BAD_HASHES_AND_CLOCKS: list[Any] = [
    pytest.param(
        lambda: profile_patch(payload_sha256="abc"), "hash_mismatch", id="short payload hash"
    ),
    pytest.param(
        lambda: profile_patch(hlc="9" * 5000 + "-0-x"), "bad_clock", id="hlc of 5000 digits"
    ),
]


@pytest.mark.parametrize(("make", "code"), BAD_HASHES_AND_CLOCKS)
def test_an_odd_length_hash_or_clock_is_rejected_or_refused(
    server: Server, make: Callable[[], dict[str, Any]], code: str
) -> None:
    assert_refused_or_rejected(server, {"changes": [make()]}, code)


@pytest.mark.parametrize(("make", "code"), MALFORMED_CHANGES)
def test_malformed_change_is_rejected_and_kept(
    server: Server, make: Callable[[], dict[str, Any]], code: str
) -> None:
    assert_rejected(server, {"changes": [make()]}, code)


def test_change_after_a_rejected_one_is_rejected(server: Server) -> None:
    first = profile_patch(payload_sha256="0" * 64)
    assert_rejected(server, {"changes": [first]}, "hash_mismatch")
    assert_rejected(
        server, {"changes": [profile_patch(depends_on=first["change_id"])]}, "dependency_rejected"
    )


ENVELOPE_ERRORS: list[Any] = [
    pytest.param(lambda: profile_patch(entity="coupon"), id="unknown entity type"),
    pytest.param(lambda: profile_patch(op="delete"), id="unknown operation"),
    pytest.param(lambda: profile_patch(device_seq=0), id="sequence 0"),
    pytest.param(lambda: profile_patch(device_seq=-(2**63) - 1), id="sequence below int64"),
    pytest.param(lambda: profile_patch(device_seq=2**31), id="sequence above int32"),
    pytest.param(lambda: profile_patch(device_seq=2**63), id="sequence above int64"),
    pytest.param(lambda: profile_patch(device_seq=10**40), id="sequence of 41 digits"),
    pytest.param(lambda: profile_patch(device_seq=1.5), id="fractional sequence"),
    pytest.param(lambda: profile_patch(payload_sha256="a" * 65), id="hash over 64 characters"),
    pytest.param(lambda: profile_patch(payload=[1, 2]), id="payload a list"),
    pytest.param(lambda: profile_patch(payload="{}"), id="payload a string"),
    pytest.param(lambda: profile_patch(change_id="not-a-uuid"), id="change id not a uuid"),
    pytest.param(lambda: profile_patch(occurred_at="2026-11-20T10:30:00"), id="naive time"),
    pytest.param(lambda: profile_patch(occurred_at="yesterday"), id="time garbage"),
    pytest.param(lambda: profile_patch(extra=1), id="unknown envelope field"),
    pytest.param(
        lambda: {k: v for k, v in profile_patch().items() if k != "hlc"}, id="hlc missing"
    ),
]


@pytest.mark.parametrize("make", ENVELOPE_ERRORS)
def test_malformed_envelope_refuses_the_batch(
    server: Server, make: Callable[[], dict[str, Any]]
) -> None:
    """An envelope the protocol cannot read: the whole batch is a 422, nothing recorded."""
    answer = assert_refused(server, {"changes": [profile_patch(), make()]}, 422, "invalid_request")
    assert answer.json()["detail"]["errors"], answer.json()


@pytest.mark.parametrize("literal", ["NaN", "Infinity", "-Infinity"])
def test_nan_and_infinity(server: Server, literal: str) -> None:
    # In the envelope, where numbers are integers: the batch is refused.
    text = json.dumps({"changes": [profile_patch()]})
    for field in ("device_seq", "payload_version"):
        start = text.index(f'"{field}": ') + len(f'"{field}": ')
        end = text.index(",", start)
        assert_refused(server, (text[:start] + literal + text[end:]).encode(), 422)
    # Inside a payload (any JSON to the envelope): refused, or that change rejected.
    payload = {"customer_id": str(MARIA), "fields": {"postal_code": "08007"}, "score": 0.5}
    text = json.dumps({"changes": [change("customer", MARIA, payload)]})
    assert_refused_or_rejected(server, text.replace("0.5", literal).encode())


@pytest.mark.parametrize("depth", [64, 5_000, 100_000])
def test_deeply_nested_json(server: Server, depth: int) -> None:
    nested = "[" * depth + "]" * depth
    envelope = profile_patch()
    envelope["payload"] = "PAYLOAD"
    raw = json.dumps({"changes": [envelope]}).replace(
        '"PAYLOAD"', f'{{"customer_id": "{MARIA}", "fields": {{}}, "deep": {nested}}}'
    )
    assert len(raw) < MAX_BATCH_BYTES
    assert_refused_or_rejected(server, raw.encode())


@pytest.mark.parametrize("streamed", [False, True], ids=["content-length", "streamed"])
def test_body_over_the_byte_limit_is_413(server: Server, streamed: bool) -> None:
    envelope = profile_patch()
    envelope["payload"]["padding"] = "x" * (2 << 20)
    raw = json.dumps({"changes": [envelope]}).encode()
    before = server.counts()
    answer = push(server, raw, chunks=64 if streamed else 1)
    assert answer.status == 413, (answer.status, answer.body[:300])
    assert answer.json()["code"] == "batch_too_large"
    assert answer.json()["detail"]["max_bytes"] >= MAX_BATCH_BYTES
    assert delta(before, server.counts()) == {}


def test_more_changes_than_a_batch_holds_is_413(server: Server) -> None:
    body = {"changes": [profile_patch() for _ in range(MAX_BATCH_CHANGES + 1)]}
    answer = assert_refused(server, body, 413, "batch_too_large")
    assert answer.json()["detail"]["max_changes"] == MAX_BATCH_CHANGES


@pytest.mark.parametrize(
    "content_type",
    ["text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", ""],
)
def test_a_body_that_is_not_json_is_refused(server: Server, content_type: str) -> None:
    raw = json.dumps({"changes": [profile_patch()]}).encode()
    before = server.counts()
    answer = push(server, raw, headers={"content-type": content_type})
    assert 400 <= answer.status < 500, answer
    assert delta(before, server.counts()) == {}


@pytest.mark.parametrize(
    "raw", [b"", b"{", b"null", b"[]", b"{}", b'"changes"', b'{"changes": null}', b"\xff\xfe"]
)
def test_an_empty_or_broken_body_is_refused(server: Server, raw: bytes) -> None:
    assert_refused(server, raw, 422, "invalid_request")


def test_a_replayed_batch_is_all_duplicate(server: Server) -> None:
    body = {"changes": [profile_patch(), profile_patch(payload_sha256="0" * 64), sale()]}
    first = push(server, body)
    assert [r["status"] for r in first.json()["results"]] == ["applied", "rejected", "applied"]
    after_first = server.counts()
    again = push(server, body)
    assert [r["status"] for r in again.json()["results"]] == ["duplicate"] * 3
    assert [r["code"] for r in again.json()["results"]] == ["applied", "rejected", "applied"]
    assert delta(after_first, server.counts()) == {}


def test_the_same_change_id_with_another_payload_is_key_reuse(server: Server) -> None:
    original = profile_patch()
    assert push(server, {"changes": [original]}).json()["results"][0]["status"] == "applied"
    payload = {"customer_id": str(MARIA), "fields": {"postal_code": "08001"}}
    reused = change("customer", MARIA, payload, change_id=original["change_id"])
    before = server.counts()
    (result,) = push(server, {"changes": [reused]}).json()["results"]
    assert result["status"] == "key_reuse", result
    assert delta(before, server.counts()) == {}


def test_no_token_or_a_bad_token_is_401(server: Server) -> None:
    raw = json.dumps({"changes": [profile_patch()]}).encode()
    before = server.counts()
    for headers, code in (
        ({}, "no_token"),
        ({"authorization": "Bearer nope"}, "bad_token"),
        ({"authorization": "Bearer "}, "no_token"),
        ({"authorization": "Basic " + TOKEN}, "no_token"),
    ):
        answer = push(server, raw, token=False, headers=headers)
        assert (answer.status, answer.json()["code"]) == (401, code), answer
    assert delta(before, server.counts()) == {}


@pytest.mark.parametrize("version", ["0", "2", "99999999999999999999", "-1"])
def test_a_protocol_out_of_range_is_426(server: Server, version: str) -> None:
    raw = json.dumps({"changes": [profile_patch()]}).encode()
    before = server.counts()
    answer = push(server, raw, headers={"x-loyalty-protocol": version})
    assert (answer.status, answer.json()["code"]) == (426, "protocol_unsupported"), answer
    assert delta(before, server.counts()) == {}


def test_a_protocol_header_that_is_not_a_number_is_422(server: Server) -> None:
    raw = json.dumps({"changes": [profile_patch()]}).encode()
    answer = push(server, raw, headers={"x-loyalty-protocol": "one"})
    assert answer.status == 422, answer


@pytest.mark.parametrize(
    "cursor",
    ["x", "1", "1.2.3", "-1.0", "1_0.2", " 1.2", "١.٢", "9223372036854775808.0", "0." + "9" * 60],
)
def test_a_cursor_that_is_not_ours_is_400(server: Server, cursor: str) -> None:
    answer = call(server, "GET", "/v1/sync/feeds/catalogue", query={"cursor": cursor})
    assert (answer.status, answer.json()["code"]) == (400, "bad_cursor"), answer


def test_the_largest_cursor_is_served(server: Server) -> None:
    cursor = f"{2**63 - 1}.{2**63 - 1}"
    answer = call(server, "GET", "/v1/sync/feeds/catalogue", query={"cursor": cursor})
    assert answer.status == 200, answer
    assert answer.json()["rows"] == []


def test_registration_refuses_bad_codes_as_403(server: Server) -> None:
    before = server.counts()
    for body in (
        {"store_code": "S001", "registration_code": "AAAA-BBBB-CCCC"},
        {"store_code": "S\x00", "registration_code": "AAAA-\x00"},
        {"store_code": "🏬", "registration_code": "ÀÀÀÀ"},
    ):
        answer = call(
            server, "POST", "/v1/devices/register", body=json.dumps(body).encode(), token=False
        )
        assert (answer.status, answer.json()["code"]) == (403, "bad_registration_code"), answer
    assert delta(before, server.counts()) == {}


def test_a_nul_in_the_device_name_is_422_and_spends_no_code(server: Server) -> None:
    with server.database.session() as session, session.begin():
        code = issue_code(session, store_code="S002", now=datetime.now(UTC))
    body = {"store_code": "S002", "registration_code": code, "device_name": "Caja\x001"}
    before = server.counts()
    answer = call(
        server, "POST", "/v1/devices/register", body=json.dumps(body).encode(), token=False
    )
    assert (answer.status, answer.json()["code"]) == (422, "invalid_request"), answer
    assert delta(before, server.counts()) == {}
    body["device_name"] = "Caja 1"
    answer = call(
        server, "POST", "/v1/devices/register", body=json.dumps(body).encode(), token=False
    )
    assert answer.status == 200, answer
    assert answer.json()["store"]["code"] == "S002"
    assert delta(before, server.counts()) == {"device": 1}


@pytest.mark.parametrize("path", ["/health", "/v1/info", "/v1/sync/feeds"])
def test_any_route_refuses_a_body_over_the_limit(server: Server, path: str) -> None:
    answer = call(server, "GET", path, body=b"x" * (MAX_BATCH_BYTES + 1))
    assert (answer.status, answer.json()["code"]) == (413, "batch_too_large"), answer
    operation = schema.raw_schema["paths"][path]["get"]
    assert "413" in operation["responses"], f"{path} does not document its 413"


# --- values no column can hold: each was a 500 once (the payload bounds in loyalty_core.wire,
# profile normalisation and the clock check in push.py fixed them) ------------------------


def _applied_or_rejected(server: Server, body: Any, table: str) -> None:
    """No 5xx; the change rejected and kept, or applied with its record, or refused whole."""
    before = server.counts()
    answer = push(server, body)
    changed = delta(before, server.counts())
    if answer.status != 200:
        assert changed == {}
        return
    (result,) = answer.json()["results"]
    if result["status"] == "rejected":
        assert changed == REJECTION
    else:
        assert result["status"] in ("applied", "superseded"), result
        assert changed.get("inbox") == 1 and (table == "customer" or changed.get(table) == 1)


UNSTORABLE: list[Any] = [
    # (make, table, backends where it used to be a 500, what failed, test id)
    (
        lambda: profile_patch(occurred_at="9999-12-31T23:59:59-14:00"),
        "customer",
        ("sqlite", "postgresql"),
        "wire.UtcDatetime: astimezone(UTC) raises OverflowError, not a ValueError",
        "time past year 9999 in UTC",
    ),
    (
        lambda: profile_patch(occurred_at="0001-01-01T00:00:00+14:00"),
        "customer",
        ("sqlite", "postgresql"),
        "wire.UtcDatetime: astimezone(UTC) raises OverflowError, not a ValueError",
        "time before year 1 in UTC",
    ),
    (
        lambda: profile_patch({"first_name": "A" * 100}),
        "customer",
        ("postgresql",),
        "profile.normalise_field allows 160 characters; customer.first_name is VARCHAR(80)",
        "first name of 100 characters",
    ),
    (
        lambda: profile_patch({"last_names": "Núñez\x00Pujol"}),
        "customer",
        ("postgresql",),
        "profile.normalise_field keeps NUL; PostgreSQL text cannot hold it",
        "NUL in a profile value",
    ),
    (
        lambda: ledger_entry(2**31),
        "ledger_entry",
        ("postgresql",),
        "LedgerEntryPayload.points unbounded; ledger_entry.points is INTEGER",
        "ledger points above int32",
    ),
    (
        lambda: ledger_entry(2**63),
        "ledger_entry",
        ("sqlite", "postgresql"),
        "LedgerEntryPayload.points unbounded; no column holds it",
        "ledger points above int64",
    ),
    (
        lambda: sale(receipt_number="R" * 41),
        "sale",
        ("postgresql",),
        "SalePayload.receipt_number unbounded; sale.receipt_number is VARCHAR(40)",
        "receipt number of 41 characters",
    ),
    (
        lambda: sale(total_cents=2**31),
        "sale",
        ("postgresql",),
        "SalePayload.total_cents unbounded; sale.total_cents is INTEGER",
        "sale total above int32",
    ),
    (
        lambda: sale(record_hash="f" * 65),
        "sale",
        ("postgresql",),
        "SalePayload.record_hash unbounded; sale.record_hash is VARCHAR(64)",
        "record hash of 65 characters",
    ),
]


@pytest.mark.parametrize(
    ("make", "table", "fails_on", "reason"),
    [pytest.param(*case[:4], id=case[4]) for case in UNSTORABLE],
)
def test_a_value_no_column_holds_is_never_a_500(
    request: pytest.FixtureRequest,
    server: Server,
    make: Callable[[], dict[str, Any]],
    table: str,
    fails_on: tuple[str, ...],
    reason: str,
) -> None:
    _applied_or_rejected(server, {"changes": [make()]}, table)


def test_a_losing_profile_edit_with_a_long_clock_is_never_a_500(
    request: pytest.FixtureRequest, server: Server
) -> None:
    winner = profile_patch({"last_names": "Núñez Pujol"})
    assert push(server, {"changes": [winner]}).json()["results"][0]["status"] == "applied"
    loser = profile_patch({"last_names": "Nuñez"}, hlc="0000000000001-000000-" + "D" * 100)
    _applied_or_rejected(server, {"changes": [loser]}, "customer")
