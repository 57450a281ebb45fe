#!/usr/bin/env bash
# Set up everything the loyalty counter needs on Debian 12 with Python 3.11:
# system libraries (zbar, the libraries Qt needs; with --test also Xvfb,
# poppler and PostgreSQL), a virtual environment in .venv, the project.
# Run as root or as a user with sudo. Safe to run again.
set -euo pipefail
cd "$(dirname "$0")/.."

WITH_TEST=0
[ "${1:-}" = "--test" ] && WITH_TEST=1

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi

RUNTIME_PACKAGES="libzbar0 libgl1 libegl1 libglib2.0-0 libdbus-1-3 libfontconfig1 \
libxkbcommon0 libx11-xcb1 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 \
libxcb-randr0 libxcb-render0 libxcb-render-util0 libxcb-shape0 libxcb-shm0 libxcb-sync1 \
libxcb-util1 libxcb-xfixes0 libxcb-xkb1 libxkbcommon-x11-0 fonts-dejavu-core \
xvfb xauth"
# binutils and libpython3.11 (Debian's python3.11 has no shared library of its own):
# PyInstaller, for the bundle test; desktop-file-utils checks the package's menu entry.
TEST_PACKAGES="poppler-utils postgresql binutils libpython3.11 desktop-file-utils"

PYTHON="${PYTHON:-python3.11}"
packages="$RUNTIME_PACKAGES"
[ "$WITH_TEST" = 1 ] && packages="$packages $TEST_PACKAGES"
if ! command -v "$PYTHON" >/dev/null 2>&1 || ! "$PYTHON" -c "import venv, ensurepip" 2>/dev/null; then
    packages="$packages python3 python3-venv python3-pip"
    command -v "$PYTHON" >/dev/null 2>&1 || PYTHON=python3
fi

missing=""
for pkg in $packages; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" \
        || missing="$missing $pkg"
done
if [ -n "$missing" ]; then
    echo "setup: installing Debian packages:$missing"
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends $missing
fi

if [ ! -x .venv/bin/python ]; then
    "$PYTHON" -m venv .venv
fi
.venv/bin/python -m pip install -q --upgrade pip
extras=""
[ "$WITH_TEST" = 1 ] && extras="[dev]"
.venv/bin/python -m pip install -q -e ".$extras"
.venv/bin/python -c "import pos_client, pyzbar.pyzbar, PySide6.QtWidgets" \
    || { echo "setup: the environment is incomplete" >&2; exit 1; }
echo "setup: ready (.venv)"
