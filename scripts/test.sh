#!/usr/bin/env bash
# Set everything up and run the whole test suite: lint, layer contracts, types, pytest.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/setup.sh --test
export QT_QPA_PLATFORM=offscreen
.venv/bin/ruff check .
.venv/bin/ruff format --check .
.venv/bin/lint-imports
.venv/bin/mypy
# pytest's own exit code is the result (5 = no test collected is a failure too).
exec .venv/bin/python -m pytest "$@"
