#!/usr/bin/env bash
# A throwaway PostgreSQL 15 cluster for the tests (a CTest fixture).
#
#   pgfixture.sh start DIR   initdb + start on a free port on 127.0.0.1; writes DIR/env
#   pgfixture.sh stop DIR    stop and remove the cluster
#
# DIR/env (sourced by tests, or read by AKTENWERK_PG_ENV=DIR/env) holds PGBIN, PGDATA, PGPORT,
# PGSOCKETDIR and AKTENWERK_PG_ADMIN_URL (superuser over the Unix socket, trust). TCP logins on
# 127.0.0.1 need a password (scram-sha-256), as clerks' logins do in production.
# As root the server runs as the postgres user (initdb refuses root).
# fsync is off (the machine does not crash in a test), but synchronous_commit stays on: the fault
# tests kill the server with "pg_ctl -m immediate", and a commit it acknowledged must survive
# that. With synchronous_commit=off the server itself loses acknowledged commits (seen).
# AKTENWERK_PG_OPTIONS adds server options (the benchmarks turn fsync back on with it).
set -euo pipefail
cmd=${1:?start|stop}
dir=${2:?directory}
pgbin=${PGBIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)}
[ -x "$pgbin/initdb" ] || { echo "pgfixture: PostgreSQL server binaries not found (install postgresql)" >&2; exit 1; }

as_server() {
    if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

case "$cmd" in
start)
    if [ -f "$dir/env" ]; then
        # A leftover from an interrupted run: stop it first.
        "$0" stop "$dir" || true
    fi
    mkdir -p "$dir"
    if [ "$(id -u)" -eq 0 ]; then chown postgres: "$dir"; fi
    as_server "$pgbin/initdb" -D "$dir/data" -U postgres -A trust --auth-host=scram-sha-256 \
        -E UTF8 --locale=C.UTF-8 --no-sync >"$dir/initdb.log" 2>&1 || { cat "$dir/initdb.log" >&2; exit 1; }
    for attempt in 1 2 3 4 5 6 7 8 9 10; do
        port=$(( 20000 + (RANDOM * 32768 + RANDOM) % 30000 ))
        if as_server "$pgbin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 30 \
            -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=off -c full_page_writes=off -c max_connections=200 ${AKTENWERK_PG_OPTIONS:-}" \
            start >/dev/null 2>&1; then
            cat >"$dir/env" <<ENV
PGBIN=$pgbin
PGDATA=$dir/data
PGPORT=$port
PGSOCKETDIR=$dir
AKTENWERK_PG_ADMIN_URL=postgresql://postgres@/postgres?host=$dir&port=$port
ENV
            echo "pgfixture: PostgreSQL $("$pgbin/postgres" --version | awk '{print $3}') on 127.0.0.1:$port ($dir)"
            exit 0
        fi
    done
    echo "pgfixture: could not start PostgreSQL" >&2
    tail -n 20 "$dir/server.log" >&2 || true
    exit 1
    ;;
stop)
    if [ -d "$dir/data" ]; then
        as_server "$pgbin/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
    fi
    rm -rf "$dir"
    ;;
*)
    echo "usage: $0 start|stop DIR" >&2
    exit 2
    ;;
esac
