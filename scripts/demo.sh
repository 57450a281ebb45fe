#!/usr/bin/env bash
# Set everything up, fill a local store with demo data (once), open the app.
# The store lives in ./var/demo unless LOYALTY_DATA_DIR says otherwise.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/setup.sh
export LOYALTY_DATA_DIR="${LOYALTY_DATA_DIR:-$PWD/var/demo}"
if [ ! -f "$LOYALTY_DATA_DIR/.demo-ready" ]; then
    .venv/bin/pos-client demo-data --customers "${DEMO_CUSTOMERS:-50000}" \
        --products "${DEMO_PRODUCTS:-5000}"
    touch "$LOYALTY_DATA_DIR/.demo-ready"
fi
echo "Demo staff: 1001/1234 (assistant), 1002/2345 (advisor), 1003/3456 (manager)"
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
    echo "No display found: running the app on a virtual screen (xvfb-run)."
    exec xvfb-run -a -s "-screen 0 1280x800x24" .venv/bin/pos-client "$@"
fi
exec .venv/bin/pos-client "$@"
