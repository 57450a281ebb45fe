#!/usr/bin/env bash
# Set everything up and run the whole test suite: lint, layer contracts, types, pytest.
# The server tests run on SQLite and on PostgreSQL: unless LOYALTY_TEST_DATABASE_URL names
# a server already, throwaway PostgreSQL clusters (one per pytest worker) are started here
# and stopped on exit.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/setup.sh --test
export QT_QPA_PLATFORM=offscreen
.venv/bin/ruff check .
.venv/bin/ruff format --check .
.venv/bin/lint-imports
.venv/bin/mypy

pg_dirs=()
bundle_dir=""
bundle_pid=""
cleanup() {
    # No set -e here: a child killed on the way out must not stop the cluster's shutdown.
    set +e
    if [ -n "$bundle_pid" ]; then
        kill -- "-$bundle_pid" 2>/dev/null
        wait "$bundle_pid" 2>/dev/null
    fi
    [ -n "$bundle_dir" ] && rm -rf "$bundle_dir"
    for pg_dir in "${pg_dirs[@]}"; do
        ./scripts/pg_cluster.sh stop "$pg_dir"
        rm -rf "$pg_dir"
    done
}
trap cleanup EXIT
# Interrupted or terminated: exit, so that the EXIT trap stops the cluster.
trap 'exit 130' INT
trap 'exit 143' TERM
# One pytest worker per core (pytest-xdist), at most 4; each gets a cluster of its own
# (tests/pg.py says why). On a server given in LOYALTY_TEST_DATABASE_URL, one worker.
workers="$(nproc)"
[ "$workers" -gt 4 ] && workers=4
if [ -z "${LOYALTY_TEST_DATABASE_URL:-}" ]; then
    urls=()
    for _ in $(seq "$workers"); do
        pg_dirs+=("$(mktemp -d)")
        urls+=("$(./scripts/pg_cluster.sh start "${pg_dirs[-1]}")")
    done
    export LOYALTY_TEST_DATABASE_URLS="${urls[*]}"
    export LOYALTY_TEST_DATABASE_URL="${urls[0]}"
    # The clusters are here: the PostgreSQL tests must run, never skip.
    export LOYALTY_REQUIRE_POSTGRES=1
else
    workers=1
fi

# The tablet bundle is built beside the tests; tests/installer waits for it. Its own process group, so cleanup can stop it whole.
bundle_dir="$(mktemp -d)"
export LOYALTY_BUNDLE_BUILD="$bundle_dir"
set -m
(
    started=$SECONDS
    status=0
    .venv/bin/python installer/build.py --fast --dist "$bundle_dir/dist" \
        --work "$bundle_dir/work" >"$bundle_dir/build.log" 2>&1 || status=$?
    rm -rf "$bundle_dir/work"
    echo $((SECONDS - started)) >"$bundle_dir/seconds"
    echo "$status" >"$bundle_dir/status"
) &
bundle_pid=$!
set +m

# pytest's own exit code is the result (5 = no test collected is a failure too).
# A module's tests stay on one worker, so its module-wide fixtures (a fuzzing server,
# a seeded chain) are made once.
status=0
.venv/bin/python -m pytest -n "$workers" --dist loadfile "$@" || status=$?
exit "$status"
