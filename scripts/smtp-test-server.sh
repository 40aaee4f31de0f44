#!/usr/bin/env bash
# Throw-away SMTP server for tests (aiosmtpd from Debian's python3-aiosmtpd): every message it accepts is kept in a Maildir.
#
#   scripts/smtp-test-server.sh start <dir>   starts it on 127.0.0.1 on a free port; the Maildir is <dir>/maildir;
#                                             waits until it accepts connections; prints the port on stdout
#   scripts/smtp-test-server.sh stop  <dir>   stops the server started in <dir> (does not delete <dir>)
#
# No TLS and no authentication (the app connects with Notifications:Smtp:Security=None). The pid is kept in <dir>/pid,
# the port in <dir>/port and the server's output in <dir>/smtp.log. Diagnostics go to stderr.
# /usr/bin/python3, not python3 on PATH: that may be another Python (pyenv) without the Debian package.
set -euo pipefail

PYTHON=${YINCAI_SMTP_PYTHON:-/usr/bin/python3}

log() { printf 'smtp-test-server: %s\n' "$*" >&2; }
die() { log "error: $*"; exit 1; }

port_is_open() {
    (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

free_port() {
    local p
    p=$("$PYTHON" -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()' 2>/dev/null || true)
    if [[ "$p" =~ ^[0-9]+$ ]] && ! port_is_open "$p"; then printf '%s\n' "$p"; return 0; fi
    for ((p = 52025 + RANDOM % 500; p < 60000; p++)); do
        if ! port_is_open "$p"; then printf '%s\n' "$p"; return 0; fi
    done
    return 1
}

cmd_start() {
    local dir=$1 port pid attempt
    "$PYTHON" -c 'import aiosmtpd' 2>/dev/null || die "$PYTHON has no aiosmtpd (install package 'python3-aiosmtpd')"
    # All three folders: aiosmtpd makes them only for a Maildir folder that does not exist yet.
    mkdir -p "$dir/maildir/tmp" "$dir/maildir/new" "$dir/maildir/cur"
    dir=$(cd "$dir" && pwd)
    # A port found free can be taken before the server binds it: try a few times.
    for attempt in 1 2 3 4 5; do
        port=$(free_port) || die "no free TCP port found on 127.0.0.1"
        # setsid: a process group of its own, so that the test run's Ctrl-C reaches it only through stop.
        setsid "$PYTHON" -m aiosmtpd -n -l "127.0.0.1:$port" -c aiosmtpd.handlers.Mailbox "$dir/maildir" \
            </dev/null >"$dir/smtp.log" 2>&1 &
        pid=$!
        printf '%s\n' "$pid" >"$dir/pid"
        for _ in $(seq 1 100); do
            if ! kill -0 "$pid" 2>/dev/null; then break; fi
            if port_is_open "$port"; then
                printf '%s\n' "$port" >"$dir/port"
                log "aiosmtpd running on 127.0.0.1:$port (pid $pid, Maildir $dir/maildir)"
                printf '%s\n' "$port"
                return 0
            fi
            sleep 0.1
        done
        log "start on port $port failed (attempt $attempt)"
        kill "$pid" 2>/dev/null || true
        wait "$pid" 2>/dev/null || true
    done
    cat "$dir/smtp.log" >&2 || true
    die "could not start the SMTP server"
}

cmd_stop() {
    local dir=$1 pid
    [[ -f "$dir/pid" ]] || return 0
    pid=$(head -n 1 "$dir/pid" 2>/dev/null || true)
    rm -f "$dir/pid"
    [[ "$pid" =~ ^[0-9]+$ ]] || return 0
    kill -0 "$pid" 2>/dev/null || return 0
    kill -TERM "$pid" 2>/dev/null || true
    for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || return 0; sleep 0.1; done
    kill -KILL "$pid" 2>/dev/null || true
}

case "${1:-}" in
    start) [[ $# -eq 2 ]] || die "usage: $0 start <dir>"; cmd_start "$2" ;;
    stop)  [[ $# -eq 2 ]] || die "usage: $0 stop <dir>"; cmd_stop "$2" ;;
    *) die "usage: $0 start|stop <dir>" ;;
esac
