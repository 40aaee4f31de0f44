#!/usr/bin/env bash
# Throw-away PostgreSQL cluster for tests.
#
#   scripts/pg-test-cluster.sh start <dir>   initdb + start in <dir>; prints the connection string on stdout
#   scripts/pg-test-cluster.sh stop  <dir>   stops the cluster started in <dir> (does not delete <dir>)
#   scripts/pg-test-cluster.sh resume <dir>  starts again a cluster that start made in <dir> and stop stopped, with its
#                                            data (a benchmark's seeded database kept between runs); prints the connection string
#
# The server listens on 127.0.0.1 on a free port (unix socket in <dir>), trust auth, fsync off.
# initdb/postgres refuse to run as root: as root everything runs as the `postgres` user,
# which then owns <dir>. Diagnostics go to stderr; the server log is <dir>/postgres.log.
set -euo pipefail

log() { printf 'pg-test-cluster: %s\n' "$*" >&2; }
die() { log "error: $*"; exit 1; }

# Directory holding initdb, pg_ctl and postgres: newest /usr/lib/postgresql/*/bin, else PATH.
pg_bin_dir() {
    local d
    d=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)
    if [[ -n "$d" && -x "$d/initdb" && -x "$d/pg_ctl" && -x "$d/postgres" ]]; then
        printf '%s\n' "$d"; return 0
    fi
    if command -v initdb >/dev/null 2>&1 && command -v pg_ctl >/dev/null 2>&1 && command -v postgres >/dev/null 2>&1; then
        dirname "$(readlink -f "$(command -v initdb)")"; return 0
    fi
    return 1
}

# Run a command as the cluster owner: `postgres` when we are root, ourselves otherwise.
# cd / first so the postgres user never trips over an unreadable working directory.
as_owner() {
    if [[ $(id -u) -eq 0 ]]; then
        (cd / && runuser -u postgres -- "$@")
    else
        (cd / && "$@")
    fi
}

port_is_free() {
    ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

free_port() {
    local p
    if command -v python3 >/dev/null 2>&1; then
        p=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()' 2>/dev/null || true)
        if [[ "$p" =~ ^[0-9]+$ ]] && port_is_free "$p"; then printf '%s\n' "$p"; return 0; fi
    fi
    for ((p = 55432 + RANDOM % 200; p < 60000; p++)); do
        if port_is_free "$p"; then printf '%s\n' "$p"; return 0; fi
    done
    return 1
}

cmd_start() {
    local dir=$1 bin data port attempt
    bin=$(pg_bin_dir) || die "PostgreSQL server binaries (initdb, pg_ctl, postgres) not found (install package 'postgresql')"
    mkdir -p "$dir"
    dir=$(cd "$dir" && pwd)
    data="$dir/data"
    # A kept cluster (a bench database) is never made anew: the locale retry below would wipe it.
    [[ -e "$data/PG_VERSION" ]] && die "$data already holds a cluster: use '$0 resume $dir'"
    if [[ $(id -u) -eq 0 ]]; then
        id postgres >/dev/null 2>&1 || die "user 'postgres' does not exist (install package 'postgresql')"
        chown postgres: "$dir"
    fi
    chmod 700 "$dir"

    if ! as_owner "$bin/initdb" -D "$data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1; then
        log "initdb with locale C.UTF-8 failed, retrying with locale C"
        rm -rf "$data"
        as_owner "$bin/initdb" -D "$data" -U postgres --auth=trust -E UTF8 --locale=C >"$dir/initdb.log" 2>&1 \
            || { cat "$dir/initdb.log" >&2; die "initdb failed"; }
    fi

    run_server "$bin" "$dir"
}

# Starts the server of <dir>/data on a free port; prints the connection string.
run_server() {
    local bin=$1 dir=$2 data=$2/data port attempt
    # max_connections: the browser tests start every class's app at once, each on a database of its own with its own pool and
    # background rounds (about 22 connections each, 10 apps): 200 ran out once the reports added two more rounds.
    # A port found free can be taken before postgres binds it: try a few times.
    for attempt in 1 2 3 4 5; do
        port=$(free_port) || die "no free TCP port found on 127.0.0.1"
        if as_owner "$bin/pg_ctl" -D "$data" -l "$dir/postgres.log" -w -t 60 start \
            -o "-h 127.0.0.1 -p $port -k $dir -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=500" \
            >"$dir/pg_ctl.log" 2>&1; then
            printf '%s\n' "$port" >"$dir/port"
            log "PostgreSQL $("$bin/postgres" --version | awk '{print $3}') running on 127.0.0.1:$port (data $data)"
            printf 'Host=127.0.0.1;Port=%s;Username=postgres;Password=postgres;Database=postgres;Include Error Detail=true\n' "$port"
            return 0
        fi
        log "start on port $port failed (attempt $attempt)"
        as_owner "$bin/pg_ctl" -D "$data" -m immediate -w stop >/dev/null 2>&1 || true
    done
    cat "$dir/pg_ctl.log" >&2 || true
    tail -n 30 "$dir/postgres.log" >&2 || true
    die "could not start PostgreSQL"
}

cmd_resume() {
    local dir=$1 bin
    bin=$(pg_bin_dir) || die "PostgreSQL server binaries (initdb, pg_ctl, postgres) not found (install package 'postgresql')"
    dir=$(cd "$dir" && pwd) || die "no directory $1"
    [[ -f "$dir/data/PG_VERSION" ]] || die "no cluster in $dir (make one with: $0 start $dir)"
    ! as_owner "$bin/pg_ctl" -D "$dir/data" status >/dev/null 2>&1 || die "the cluster in $dir is running already (stop it first)"
    run_server "$bin" "$dir"
}

cmd_stop() {
    local dir=$1 bin data pid
    data="$dir/data"
    [[ -f "$data/postmaster.pid" ]] || return 0
    if bin=$(pg_bin_dir) && as_owner "$bin/pg_ctl" -D "$data" -m fast -w -t 30 stop >/dev/null 2>&1; then
        return 0
    fi
    # pg_ctl failed: kill the postmaster named in its pid file.
    pid=$(head -n 1 "$data/postmaster.pid" 2>/dev/null || true)
    if [[ "$pid" =~ ^[0-9]+$ ]] && kill -0 "$pid" 2>/dev/null; then
        kill -QUIT "$pid" 2>/dev/null || true
        for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || return 0; sleep 0.1; done
        kill -KILL "$pid" 2>/dev/null || true
    fi
}

case "${1:-}" in
    start) [[ $# -eq 2 ]] || die "usage: $0 start <dir>"; cmd_start "$2" ;;
    stop)  [[ $# -eq 2 ]] || die "usage: $0 stop <dir>"; cmd_stop "$2" ;;
    resume) [[ $# -eq 2 ]] || die "usage: $0 resume <dir>"; cmd_resume "$2" ;;
    *) die "usage: $0 start|stop|resume <dir>" ;;
esac
