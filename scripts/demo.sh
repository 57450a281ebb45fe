#!/usr/bin/env bash
# Set everything up and run the demo: a local sync server (SQLite) with a demo chain,
# a tablet registered with it, and the app, which syncs with it in the background.
# The tablet's store lives in ./var/demo and the server's data in ./var/demo-server
# unless LOYALTY_DATA_DIR / LOYALTY_SERVER_DATA_DIR say otherwise.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/setup.sh
export LOYALTY_DATA_DIR="${LOYALTY_DATA_DIR:-$PWD/var/demo}"
SERVER_DIR="${LOYALTY_SERVER_DATA_DIR:-$PWD/var/demo-server}"
PORT="${DEMO_SERVER_PORT:-8000}"
URL="http://127.0.0.1:$PORT"
BIN="$PWD/.venv/bin"

healthy() {
    "$BIN/python" -c "import sys, urllib.request
try:
    urllib.request.urlopen('$URL/health', timeout=1)
except Exception:
    sys.exit(1)"
}

mkdir -p "$SERVER_DIR"
if [ ! -f "$SERVER_DIR/.demo-ready" ]; then
    "$BIN/sync-server" --data-dir "$SERVER_DIR" demo-data \
        --customers "${DEMO_CUSTOMERS:-50000}" --products "${DEMO_PRODUCTS:-5000}"
    touch "$SERVER_DIR/.demo-ready"
fi

SERVER_PID=""
stop_server() {
    set +e
    if [ -n "$SERVER_PID" ]; then kill "$SERVER_PID" 2>/dev/null; wait "$SERVER_PID" 2>/dev/null; fi
}
trap stop_server EXIT
if ! healthy; then
    "$BIN/sync-server" --data-dir "$SERVER_DIR" serve --port "$PORT" \
        >"$SERVER_DIR/server.log" 2>&1 &
    SERVER_PID=$!
    for _ in $(seq 1 100); do healthy && break; sleep 0.2; done
    healthy || { echo "demo: the sync server did not start (see $SERVER_DIR/server.log)" >&2; exit 1; }
fi
echo "Sync server: $URL (API documentation at $URL/docs)"

if [ ! -f "$LOYALTY_DATA_DIR/device-credentials.json" ]; then
    if [ -f "$LOYALTY_DATA_DIR/store.db" ]; then
        # A stand-alone demo store from an earlier version: kept aside, never deleted.
        aside="$LOYALTY_DATA_DIR.standalone-$(date +%Y%m%d%H%M%S)"
        echo "demo: keeping the earlier stand-alone demo store in $aside"
        mv "$LOYALTY_DATA_DIR" "$aside"
    fi
    code="$("$BIN/sync-server" --data-dir "$SERVER_DIR" issue-code S001)"
    "$BIN/pos-client" register --server "$URL" --store S001 --code "$code"
fi

echo "Demo staff: 1001/1234 (assistant), 1002/2345 (advisor), 1003/3456 (manager)"
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
    echo "No display found: running the app on a virtual screen (xvfb-run)."
    xvfb-run -a -s "-screen 0 1280x800x24" "$BIN/pos-client" "$@"
else
    "$BIN/pos-client" "$@"
fi
