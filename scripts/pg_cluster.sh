#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the tests (no systemd, no system service).
#
#   scripts/pg_cluster.sh start DIR   create and start a cluster in DIR (an empty or
#                                     missing folder), print its SQLAlchemy URL
#   scripts/pg_cluster.sh stop DIR    stop it; safe when it is not running
#
# It listens on 127.0.0.1 only, on a free port, with its unix socket in DIR; trust
# authentication, so nothing here is fit for anything but tests. initdb refuses root:
# as root the cluster belongs to the postgres user. Progress goes to stderr, the server's
# log to DIR/server.log; stdout carries only the URL.
set -euo pipefail

usage() {
    echo "usage: $0 start|stop DIR" >&2
    exit 2
}

[ $# -eq 2 ] || usage
action="$1"
dir="$2"
database="loyalty_test"

# The highest installed major version (Debian puts each in /usr/lib/postgresql/N/bin).
pg_bin() {
    local best="" version candidate
    for candidate in /usr/lib/postgresql/*/bin; do
        [ -x "$candidate/pg_ctl" ] || continue
        version="$(basename "$(dirname "$candidate")")"
        if [ -z "$best" ] || [ "$version" -gt "$(basename "$(dirname "$best")")" ] 2>/dev/null; then
            best="$candidate"
        fi
    done
    if [ -z "$best" ]; then
        echo "pg_cluster: no PostgreSQL found in /usr/lib/postgresql/*/bin" \
            "(install Debian's postgresql package: scripts/setup.sh --test)" >&2
        exit 1
    fi
    echo "$best"
}

# Run a command as the cluster's owner: postgres when we are root, ourselves otherwise.
as_owner() {
    if [ "$(id -u)" -eq 0 ]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

free_port() {
    python3 -c 'import socket
s = socket.socket()
s.bind(("127.0.0.1", 0))
print(s.getsockname()[1])
s.close()'
}

start() {
    local bin port
    bin="$(pg_bin)"
    mkdir -p "$dir"
    dir="$(cd "$dir" && pwd)"
    if [ -e "$dir/PG_VERSION" ]; then
        echo "pg_cluster: $dir already holds a cluster" >&2
        exit 1
    fi
    if [ "$(id -u)" -eq 0 ]; then
        chown postgres: "$dir"
    fi
    chmod 700 "$dir"
    # The server's working folder must be one the postgres user can enter (not /root
    # or a root-owned checkout).
    cd /tmp
    # initdb wants DIR empty: its output is kept here, and shown only if it fails.
    local output
    if ! output="$(as_owner "$bin/initdb" -D "$dir" -A trust -U postgres -E UTF8 --locale=C 2>&1)"; then
        echo "$output" >&2
        echo "pg_cluster: initdb failed" >&2
        exit 1
    fi
    # A port found free can be taken before the server binds it: try a few.
    local attempt started=0
    for attempt in 1 2 3 4 5; do
        port="$(free_port)"
        if as_owner "$bin/pg_ctl" -D "$dir" -l "$dir/server.log" -w -t 60 \
            -o "-c listen_addresses=127.0.0.1 -p $port -k '$dir' -c fsync=off -c max_connections=300" \
            start >&2; then
            started=1
            break
        fi
        echo "pg_cluster: start on port $port failed (attempt $attempt)" >&2
    done
    if [ "$started" != 1 ]; then
        cat "$dir/server.log" >&2 || true
        echo "pg_cluster: the server did not start" >&2
        exit 1
    fi
    # pg_ctl -w has waited for the server to accept connections.
    as_owner "$bin/createdb" -h 127.0.0.1 -p "$port" -U postgres "$database" >&2
    echo "postgresql+psycopg://postgres@127.0.0.1:$port/$database"
}

stop() {
    local bin
    [ -e "$dir/PG_VERSION" ] || return 0
    dir="$(cd "$dir" && pwd)"
    bin="$(pg_bin)"
    cd /tmp
    if as_owner "$bin/pg_ctl" -D "$dir" status >/dev/null 2>&1; then
        as_owner "$bin/pg_ctl" -D "$dir" -m fast -w -t 60 stop >&2
    fi
}

case "$action" in
    start) start ;;
    stop) stop ;;
    *) usage ;;
esac
