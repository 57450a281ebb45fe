"""The server in production, watched: JSON logs with request ids, metrics summed across
workers, liveness and readiness.

Real processes throughout. One scenario runs `sync-server serve --workers 2` (the
production command) with JSON logs on a seeded chain, puts a fault-free FaultProxy in
front of it as a request counter that does not trust the server's own figures, and
drives a real tablet (register, first download, sales, push and pull) plus a few
requests by hand; the tests then check what it recorded. `/ready` is checked on a
database that has no schema, then one migration behind, then after `sync-server
migrate`, on SQLite and on PostgreSQL, and with no database at all.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
import requests
from alembic import command
from alembic.script import ScriptDirectory
from chain import MARIA, ROOT, ServerProcess, Tablet, free_port, seed_chain
from faultproxy import FaultProxy, ProxyEvent
from pg import drop_database, fresh_database, postgres_url, require_postgres
from prometheus_client.parser import text_string_to_metric_families
from server_cli import run_sync_server
from sqlalchemy import select

from pos_client.store.database import open_store
from pos_client.sync.api import CLIENT_VERSION
from pos_client.sync.registration import register_device
from sync_server import cli
from sync_server.devices.models import Device
from sync_server.devices.service import issue_code
from sync_server.migrate import alembic_config, current_revision

Samples = dict[tuple[str, frozenset[tuple[str, str]]], float]

SALES_WITH_CUSTOMER = 5
SALES_WITHOUT = 2
HEALTH_CALLS = 40
KEPT_ID = "obs-test-0001"
FEED_ID = "obs-test-feed-0001"
BAD_ID = "bad id; with spaces"
HEX32 = re.compile(r"[0-9a-f]{32}")


def parse(text: str) -> Samples:
    samples: Samples = {}
    for family in text_string_to_metric_families(text):
        for sample in family.samples:
            samples[(sample.name, frozenset(sample.labels.items()))] = sample.value
    return samples


def value(samples: Samples, name: str, **labels: str) -> float:
    """The sum of the samples of `name` whose labels include `labels`."""
    wanted = set(labels.items())
    return sum(v for (n, ls), v in samples.items() if n == name and wanted <= ls)


def delta(before: Samples, after: Samples, name: str, **labels: str) -> float:
    return value(after, name, **labels) - value(before, name, **labels)


def start_serve(server: ServerProcess, *, workers: int, env: dict[str, str]) -> None:
    """`sync-server serve` as the systemd unit runs it: stdout and stderr kept apart."""
    command_line = [
        sys.executable, "-m", "sync_server.cli", "--data-dir", str(server.data_dir),
        "serve", "--no-migrate", "--port", str(server.port), "--workers", str(workers),
    ]  # fmt: skip
    out = open(server.data_dir / "stdout.log", "wb")  # noqa: SIM115 - the process owns it
    err = open(server.data_dir / "stderr.log", "wb")  # noqa: SIM115
    server.process = subprocess.Popen(command_line, env=env, stdout=out, stderr=err, cwd=ROOT)
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        if server.process.poll() is not None:
            raise RuntimeError((server.data_dir / "stderr.log").read_text())
        try:
            if requests.get(server.url + "/health", timeout=1).ok:
                return
        except requests.RequestException:
            time.sleep(0.1)
    raise RuntimeError("sync-server serve did not start in 30 s")


@dataclass
class Scenario:
    """What one run of the production server recorded, for the tests to check."""

    events: list[ProxyEvent]
    before: Samples
    scrapes: list[Samples]
    lines: list[dict[str, Any]]
    raw_log: str
    stdout: str
    device: str
    secrets: list[str]
    answers: dict[str, requests.Response] = field(default_factory=dict)
    metrics_files: list[str] = field(default_factory=list)
    metrics_folders_left: list[str] = field(default_factory=list)


@pytest.fixture(scope="module")
def scenario(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Scenario]:
    root = tmp_path_factory.mktemp("observed")
    server = ServerProcess(root / "server", f"sqlite:///{root / 'server' / 'server.db'}")
    server.data_dir.mkdir()
    server.prepare()
    seed_chain(server, datetime.now(UTC))
    env = {k: v for k, v in os.environ.items() if k != "PROMETHEUS_MULTIPROC_DIR"}
    env.update(DATABASE_URL=server.database_url, LOYALTY_LOG_FORMAT="json")
    start_serve(server, workers=2, env=env)
    assert server.process is not None
    folders = str(Path(tempfile.gettempdir()) / f"loyalty-metrics-{server.process.pid}-*")
    answers: dict[str, requests.Response] = {}
    try:
        with FaultProxy(("127.0.0.1", server.port)) as proxy:
            before = parse(requests.get(server.url + "/metrics", timeout=10).text)
            with server.admin() as s:
                code = issue_code(s, store_code="S001", now=datetime.now(UTC))
            sessions = open_store(root / "tablet" / "store.db")
            register_device(
                sessions, root / "tablet", server_url=proxy.url, store_code="S001",
                registration_code=code,
            )  # fmt: skip
            tablet = Tablet.open(root / "tablet", sessions, proxy.url)
            try:
                tablet.sync()
                for _ in range(SALES_WITH_CUSTOMER):
                    tablet.sell({"serum": 1}, customer=MARIA)
                for _ in range(SALES_WITHOUT):
                    tablet.sell({"soap": 2})
                tablet.sync()
                token = str(tablet.engine.api.token)
            finally:
                tablet.close()
            answers = _requests_by_hand(proxy.url, server.url, token)
            # Each on a fresh upstream connection, eight at a time: both workers take some.
            with ThreadPoolExecutor(8) as pool:
                answers_ok = pool.map(
                    lambda _: requests.get(proxy.url + "/health", timeout=10).ok,
                    range(HEALTH_CALLS),
                )
                assert all(answers_ok)
            events = proxy.events
        scrapes = [parse(requests.get(server.url + "/metrics", timeout=10).text) for _ in range(3)]
        metrics_files = [p.name for folder in _glob(folders) for p in Path(folder).iterdir()]
        with server.admin() as s:
            device = s.scalars(select(Device)).one()
            device_label = f"{device.store_code}-{device.device_code}"
    finally:
        server.stop()
    raw = (server.data_dir / "stderr.log").read_text(encoding="utf-8")
    yield Scenario(
        events=events,
        before=before,
        scrapes=scrapes,
        lines=[json.loads(line) for line in raw.splitlines() if line.strip()],
        raw_log=raw,
        stdout=(server.data_dir / "stdout.log").read_text(encoding="utf-8"),
        device=device_label,
        secrets=[token, code],
        answers=answers,
        metrics_files=metrics_files,
        metrics_folders_left=_glob(folders),
    )


def _glob(pattern: str) -> list[str]:
    folder, _sep, name = pattern.rpartition("/")
    return [str(p) for p in Path(folder).glob(name)]


def _requests_by_hand(url: str, direct: str, token: str) -> dict[str, requests.Response]:
    """Requests with a kept, a missing and a refused request id; two pushes refused whole
    (sent straight to the server: the proxy is not made for bodies refused unread)."""
    auth = {"Authorization": f"Bearer {token}"}
    return {
        "kept": requests.get(url + "/v1/info", headers={"X-Request-ID": KEPT_ID}, timeout=10),
        "missing": requests.get(url + "/v1/info", timeout=10),
        "bad": requests.get(url + "/v1/info", headers={"X-Request-ID": BAD_ID}, timeout=10),
        "feed": requests.get(
            url + "/v1/sync/feeds/staff",
            headers={**auth, "X-Request-ID": FEED_ID, "X-Loyalty-Client": CLIENT_VERSION},
            timeout=10,
        ),
        "unauthorized": requests.post(
            direct + "/v1/sync/push",
            json={"changes": []},
            headers={"Authorization": "Bearer not-a-token"},
            timeout=10,
        ),
        "too_large": requests.post(
            direct + "/v1/sync/push",
            data=b"x" * (2 << 20),
            headers={**auth, "Content-Type": "application/json"},
            timeout=10,
        ),
    }


def _answered(events: list[ProxyEvent], method: str, pattern: str) -> Counter[str]:
    """Requests the proxy saw answered 2xx whose path (no query) matches, by its group 1."""
    counts: Counter[str] = Counter()
    for event in events:
        match = re.fullmatch(pattern, event.path.split("?")[0])
        if event.method == method and match and event.status and event.status < 300:
            counts[match.group(1)] += 1
    return counts


def test_metrics_count_what_the_workers_served_summed(scenario: Scenario) -> None:
    before, after = scenario.before, scenario.scrapes[-1]
    changes = "loyalty_sync_changes_total"
    assert delta(before, after, changes, entity="sale", result="applied") == (
        SALES_WITH_CUSTOMER + SALES_WITHOUT
    )
    assert delta(before, after, changes, entity="ledger_entry", result="applied") == (
        SALES_WITH_CUSTOMER
    )
    assert delta(before, after, changes) == 2 * SALES_WITH_CUSTOMER + SALES_WITHOUT

    pages = _answered(scenario.events, "GET", r"/v1/sync/feeds/(\w+)")
    assert pages["staff"] >= 2  # the tablet's pulls and the request by hand
    for feed, count in pages.items():
        assert delta(before, after, "loyalty_sync_pull_pages_total", feed=feed) == count, feed
    assert delta(before, after, "loyalty_sync_pull_pages_total") == sum(pages.values())

    files = _answered(scenario.events, "GET", r"/v1/sync/snapshots/(\w+)/[^/]+")
    assert files, "the first download fetched no snapshot file"
    for feed, count in files.items():
        assert delta(before, after, "loyalty_sync_snapshot_downloads_total", feed=feed) == count

    pushes = _answered(scenario.events, "POST", r"(/v1/sync/push)")
    assert pushes["/v1/sync/push"] >= 1
    requests_total = "loyalty_http_requests_total"
    push_route = {"route": "/v1/sync/push", "method": "POST"}
    assert (
        delta(before, after, requests_total, status="200", **push_route) == pushes["/v1/sync/push"]
    )
    # Refused whole: a wrong token, a body over the limit (refused before routing, and
    # still labelled with its route, not its raw path).
    refused = "loyalty_sync_pushes_refused_total"
    assert delta(before, after, refused, status="401") == 1
    assert delta(before, after, refused, status="413") == 1
    assert delta(before, after, requests_total, status="413", **push_route) == 1
    health = {"route": "/health", "method": "GET", "status": "200"}
    assert delta(before, after, requests_total, **health) == HEALTH_CALLS
    count = "loyalty_http_request_duration_seconds_count"
    assert delta(before, after, count, route="/health", method="GET") == HEALTH_CALLS
    routes = {dict(ls)["route"] for (n, ls) in after if n == requests_total}
    assert all(r.startswith("/") or r == "<unmatched>" for r in routes)
    assert not any(re.search(r"/[0-9a-f]{16,}|\?", r) for r in routes), routes

    # Every scrape, whichever worker answered it, sums the same sync counters.
    for scrape in scenario.scrapes:
        for name in (changes, "loyalty_sync_pull_pages_total", refused):
            assert value(scrape, name) == value(after, name)
    # The one tablet, seen just now, per store and window; read from the database.
    for window in ("5m", "1h", "24h"):
        assert value(after, "loyalty_devices_seen", store="S001", within=window) == 1
    assert value(after, "loyalty_devices_registered", store="S001") == 1
    assert value(after, "loyalty_metrics_database_up") == 1


def test_two_workers_served_and_kept_their_counts_in_the_private_folder(
    scenario: Scenario,
) -> None:
    pids = {line["pid"] for line in scenario.lines if line["logger"] == "sync_server.access"}
    assert len(pids) == 2, pids
    file_pids = {int(re.sub(r"\D", "", name)) for name in scenario.metrics_files}
    assert pids <= file_pids, (pids, scenario.metrics_files)
    assert scenario.metrics_folders_left == [], "serve left its metrics folder behind"


def _lines_of(scenario: Scenario, request_id: str) -> list[dict[str, Any]]:
    return [line for line in scenario.lines if line["request_id"] == request_id]


def _access_lines_of(scenario: Scenario, request_id: str) -> list[dict[str, Any]]:
    """(A worker's first request of a kind may also log a library's warning: not this.)"""
    return [
        line for line in _lines_of(scenario, request_id) if line["logger"] == "sync_server.access"
    ]


def test_every_line_is_json_and_carries_its_request_id(scenario: Scenario) -> None:
    assert scenario.stdout.strip() == ""
    for line in scenario.lines:
        assert {"time", "level", "logger", "message", "request_id", "pid"} <= line.keys()
        assert line["time"].endswith("Z")
        assert line["level"] != "ERROR", line
    assert any(line["logger"].startswith("uvicorn") for line in scenario.lines)

    kept = scenario.answers["kept"]
    assert kept.headers["X-Request-ID"] == KEPT_ID
    [access] = _access_lines_of(scenario, KEPT_ID)
    assert (access["method"], access["path"], access["route"], access["status"]) == (
        "GET", "/v1/info", "/v1/info", 200,
    )  # fmt: skip
    assert access["duration_ms"] >= 0 and access["client"] == "127.0.0.1"

    for name in ("missing", "bad"):
        made = scenario.answers[name].headers["X-Request-ID"]
        assert HEX32.fullmatch(made), made
        [line] = _access_lines_of(scenario, made)
        assert line["route"] == "/v1/info"
    assert BAD_ID not in scenario.raw_log

    [feed] = _access_lines_of(scenario, FEED_ID)
    assert scenario.answers["feed"].status_code == 200
    assert (feed["route"], feed["device"], feed["client_version"]) == (
        "/v1/sync/feeds/{feed}", scenario.device, CLIENT_VERSION,
    )  # fmt: skip


def test_a_push_logs_its_answers_under_its_own_request_id(scenario: Scenario) -> None:
    pushes = [
        line
        for line in scenario.lines
        if line.get("route") == "/v1/sync/push" and line.get("status") == 200
    ]
    assert pushes
    applied = 0
    for access in pushes:
        assert access["device"] == scenario.device
        [app_line] = [
            line
            for line in _lines_of(scenario, access["request_id"])
            if line["logger"] == "sync_server.push"
        ]
        assert app_line["pid"] == access["pid"]
        assert app_line["message"].startswith("push of ")
        applied += app_line["changes"].get("applied", 0)
    assert applied == 2 * SALES_WITH_CUSTOMER + SALES_WITHOUT
    refused = [line for line in scenario.lines if line.get("status") in (401, 413)]
    assert {line["status"] for line in refused} == {401, 413}
    assert all(line.get("device") is None for line in refused if line["status"] == 401)


def test_no_token_code_or_personal_data_reaches_the_log(scenario: Scenario) -> None:
    for secret in scenario.secrets:
        assert secret not in scenario.raw_log
    for word in ("Bearer", "authorization", "Núñez", "María", "612345678", "example.com"):
        assert word.lower() not in scenario.raw_log.lower(), word


# -- readiness ---------------------------------------------------------------------------


def _database(kind: str, tmp_path: Path) -> Iterator[str]:
    if kind == "sqlite":
        yield f"sqlite:///{tmp_path / 'server.db'}"
        return
    base = postgres_url()
    if base is None:
        if require_postgres():
            pytest.fail("PostgreSQL is required (LOYALTY_REQUIRE_POSTGRES=1) but not given")
        pytest.skip("no PostgreSQL given (scripts/test.sh starts one)")
    url = fresh_database(base)
    try:
        yield url
    finally:
        drop_database(url)


@pytest.fixture(params=["sqlite", "postgresql"])
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    yield from _database(str(request.param), tmp_path)


@pytest.fixture
def quiet_env(monkeypatch: pytest.MonkeyPatch) -> None:
    """No snapshot written at start (there may be no schema), no multiprocess folder."""
    monkeypatch.setenv("LOYALTY_SNAPSHOT_MINUTES", "0")
    monkeypatch.delenv("PROMETHEUS_MULTIPROC_DIR", raising=False)
    monkeypatch.delenv("LOYALTY_METRICS_TOKEN", raising=False)


def migrate_to_the_one_before_head(server: ServerProcess) -> tuple[str, str]:
    """Bring the server's database to the schema before the newest (a server left
    behind by an upgrade); return (head, that previous revision)."""
    config = alembic_config()
    scripts = ScriptDirectory.from_config(config)
    head = scripts.get_current_head()
    assert head is not None
    previous = scripts.get_revision(head).down_revision
    assert isinstance(previous, str)
    with server.database() as db, db.engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, previous)
    return head, previous


@pytest.mark.usefixtures("quiet_env")
def test_ready_only_once_migrated_to_head(
    database_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    server = ServerProcess(tmp_path, database_url).start()
    try:
        assert requests.get(server.url + "/health", timeout=5).status_code == 200
        fresh = requests.get(server.url + "/ready", timeout=10)
        assert fresh.status_code == 503
        assert fresh.json()["code"] == "not_ready"
        assert "sync-server migrate" in fresh.json()["message"]

        head, previous = migrate_to_the_one_before_head(server)
        behind = requests.get(server.url + "/ready", timeout=10)
        assert behind.status_code == 503
        assert behind.json()["detail"] == {"revision": previous, "head": head}

        # The deployment step, in process (the same code as the command, without its start).
        monkeypatch.setenv("DATABASE_URL", database_url)
        assert cli.main(["--data-dir", str(tmp_path), "migrate"]) == 0
        ready = requests.get(server.url + "/ready", timeout=10)
        assert ready.status_code == 200
        assert ready.json() == {"status": "ready", "revision": head}
    finally:
        server.stop()


@pytest.mark.usefixtures("quiet_env")
def test_serve_no_migrate_refuses_a_schema_it_was_not_migrated_to(
    database_url: str, tmp_path: Path
) -> None:
    """The unit's `serve --no-migrate`: on a database left behind it says so and stops,
    and leaves the schema as it found it (migrating is `sync-server migrate`'s job)."""
    port = str(free_port())
    empty = run_sync_server(
        tmp_path, "serve", "--no-migrate", "--port", port, database_url=database_url
    )
    assert empty.returncode == 1
    assert "schema is at nothing" in empty.stderr and "sync-server migrate" in empty.stderr

    server = ServerProcess(tmp_path, database_url)
    head, previous = migrate_to_the_one_before_head(server)
    behind = run_sync_server(
        tmp_path, "serve", "--no-migrate", "--port", port, database_url=database_url
    )
    assert behind.returncode == 1
    assert f"at {previous}, this version serves {head}" in behind.stderr
    with server.database() as db:
        assert current_revision(db.engine) == previous


@pytest.mark.usefixtures("quiet_env")
def test_alive_but_not_ready_without_a_database_and_metrics_behind_a_token(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LOYALTY_METRICS_TOKEN", "scrape-secret")
    nowhere = f"postgresql+psycopg://nobody@127.0.0.1:{free_port()}/none"
    server = ServerProcess(tmp_path, nowhere).start()
    try:
        assert requests.get(server.url + "/health", timeout=5).status_code == 200
        ready = requests.get(server.url + "/ready", timeout=10)
        assert ready.status_code == 503
        assert "does not answer" in ready.json()["message"]

        assert requests.get(server.url + "/metrics", timeout=10).status_code == 401
        wrong = {"Authorization": "Bearer nope"}
        assert requests.get(server.url + "/metrics", headers=wrong, timeout=10).status_code == 401
        right = {"Authorization": "Bearer scrape-secret"}
        scraped = requests.get(server.url + "/metrics", headers=right, timeout=10)
        assert scraped.status_code == 200
        samples = parse(scraped.text)
        assert value(samples, "loyalty_metrics_database_up") == 0
        assert value(samples, "loyalty_http_requests_total", route="/ready", status="503") == 1
    finally:
        server.stop()
