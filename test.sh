#!/usr/bin/env bash
# Runs every test of the solution: unit, integration (SQLite and PostgreSQL), end-to-end (Chromium).
# Installs missing system packages, starts a throw-away PostgreSQL cluster and a local SMTP server, builds once,
# runs each test project, and ends with one line: "N passed, N failed, N skipped".
# TRX files: .test-artifacts/results/, screenshots: .test-artifacts/e2e/, logs: .test-artifacts/*.log
set -euo pipefail

cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")"
REPO=$(pwd)
ARTIFACTS="$REPO/.test-artifacts"
RESULTS="$ARTIFACTS/results"
START_TIME=$SECONDS

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
export MSBUILDDISABLENODEREUSE=1

say() { printf '==> %s\n' "$*"; }

rm -rf "$RESULTS" "$ARTIFACTS/e2e"
mkdir -p "$RESULTS" "$ARTIFACTS/e2e"

# ---------------------------------------------------------------- system packages
SUDO=()
if [[ $(id -u) -ne 0 ]] && command -v sudo >/dev/null 2>&1; then SUDO=(sudo -n); fi

pg_bin_dir() {
    local d
    d=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)
    [[ -n "$d" && -x "$d/initdb" && -x "$d/pg_ctl" && -x "$d/postgres" ]] && printf '%s\n' "$d"
}

missing=()
if [[ -z "$(pg_bin_dir || true)" ]] && ! { command -v initdb && command -v pg_ctl && command -v postgres; } >/dev/null 2>&1; then
    missing+=(postgresql)
fi
[[ -x /usr/bin/chromium ]] || missing+=(chromium)
dpkg -s fonts-noto-cjk >/dev/null 2>&1 || missing+=(fonts-noto-cjk)
# pdftoppm renders a certificate PDF to PNG in the browser test.
command -v pdftoppm >/dev/null 2>&1 || missing+=(poppler-utils)
# aiosmtpd is the local SMTP server that the e-mail tests send to (Debian's Python, not one on PATH).
/usr/bin/python3 -c 'import aiosmtpd' >/dev/null 2>&1 || missing+=(python3-aiosmtpd)

if ((${#missing[@]})); then
    if [[ $(id -u) -ne 0 && ${#SUDO[@]} -eq 0 ]]; then
        echo "error: missing system packages: ${missing[*]} (not root and no sudo: install them first)" >&2
        echo "0 passed, 1 failed, 0 skipped"
        exit 1
    fi
    say "installing system packages: ${missing[*]} (log: $ARTIFACTS/apt.log)"
    apt_start=$SECONDS
    if ! { "${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update \
            && "${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y "${missing[@]}"; } \
            </dev/null >"$ARTIFACTS/apt.log" 2>&1; then
        tail -n 40 "$ARTIFACTS/apt.log" >&2
        echo "error: apt-get failed installing: ${missing[*]}" >&2
        echo "0 passed, 1 failed, 0 skipped"
        exit 1
    fi
    say "installed in $((SECONDS - apt_start))s"
fi

# ---------------------------------------------------------------- build
say "building Yincai.slnx (Release)"
build_start=$SECONDS
if ! dotnet build Yincai.slnx -c Release -nologo -nodeReuse:false -v minimal </dev/null >"$ARTIFACTS/build.log" 2>&1; then
    echo "---- build failed; errors (full log: $ARTIFACTS/build.log):" >&2
    grep -E ': (error|warning) ' "$ARTIFACTS/build.log" | sort -u >&2 || tail -n 60 "$ARTIFACTS/build.log" >&2
    echo "0 passed, 1 failed, 0 skipped"
    exit 1
fi
say "build OK in $((SECONDS - build_start))s"

# ---------------------------------------------------------------- PostgreSQL
PG_DIR=$(mktemp -d "${TMPDIR:-/tmp}/yincai-pg.XXXXXX")
SMTP_DIR=$(mktemp -d "${TMPDIR:-/tmp}/yincai-smtp.XXXXXX")
cleanup() {
    "$REPO/scripts/smtp-test-server.sh" stop "$SMTP_DIR" >/dev/null 2>&1 || true
    rm -rf "$SMTP_DIR"
    "$REPO/scripts/pg-test-cluster.sh" stop "$PG_DIR" >/dev/null 2>&1 || true
    rm -rf "$PG_DIR"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

say "starting throw-away PostgreSQL cluster"
if ! YINCAI_TEST_POSTGRES=$("$REPO/scripts/pg-test-cluster.sh" start "$PG_DIR"); then
    echo "error: could not start PostgreSQL" >&2
    echo "0 passed, 1 failed, 0 skipped"
    exit 1
fi
export YINCAI_TEST_POSTGRES

# ---------------------------------------------------------------- SMTP
# One local SMTP server for every run; tests tell their messages apart by recipient address.
say "starting local SMTP server (aiosmtpd)"
if ! YINCAI_TEST_SMTP_PORT=$("$REPO/scripts/smtp-test-server.sh" start "$SMTP_DIR"); then
    echo "error: could not start the SMTP server" >&2
    echo "0 passed, 1 failed, 0 skipped"
    exit 1
fi
YINCAI_TEST_MAILDIR="$SMTP_DIR/maildir"
export YINCAI_TEST_SMTP_PORT YINCAI_TEST_MAILDIR

# ---------------------------------------------------------------- test runs
RUN_NAMES=() RUN_CODES=() RUN_TIMES=()

# run_test <name> <project> [VAR=value | -u VAR ...]  (arguments for env)
run_test() {
    local name=$1 project=$2 t0=$SECONDS rc=0
    shift 2
    say "test run '$name': $project $*"
    local errors="$ARTIFACTS/app-errors-$name.log"
    rm -f "$errors"
    env "$@" YINCAI_TEST_APP_ERRORS="$errors" dotnet test "$project" -c Release --no-build \
        --logger "trx;LogFileName=$name.trx" \
        --logger "console;verbosity=normal" \
        --results-directory "$RESULTS" </dev/null || rc=$?
    # The app's own errors during a failed run (tests that provoke faults on purpose add theirs): why a request answered 500.
    if ((rc != 0)) && [[ -s "$errors" ]]; then
        say "errors the app logged during '$name' (last 200 lines of $errors):"
        tail -n 200 "$errors"
    fi
    RUN_NAMES+=("$name") RUN_CODES+=("$rc") RUN_TIMES+=("$((SECONDS - t0))")
    say "test run '$name' finished: exit $rc in $((SECONDS - t0))s"
}

run_test unit                 tests/Yincai.UnitTests        -u YINCAI_TEST_POSTGRES
run_test integration-sqlite   tests/Yincai.IntegrationTests -u YINCAI_TEST_POSTGRES YINCAI_TEST_DB=sqlite
run_test integration-postgres tests/Yincai.IntegrationTests YINCAI_TEST_DB=postgres
run_test e2e                  tests/Yincai.EndToEndTests    YINCAI_E2E_CHROMIUM=/usr/bin/chromium \
                                                            YINCAI_TEST_ARTIFACTS="$ARTIFACTS/e2e"

# ---------------------------------------------------------------- summary
# Value of attribute $2 in the <Counters .../> element of TRX file $1 (0 if absent).
counter() {
    local v
    v=$(grep -o '<Counters [^>]*>' "$1" | head -n 1 | grep -o " $2=\"[0-9]*\"" | grep -o '[0-9][0-9]*' || true)
    printf '%s\n' "${v:-0}"
}

total_passed=0 total_failed=0 total_skipped=0 any_failed=0
echo
echo "==================== test summary ===================="
for i in "${!RUN_NAMES[@]}"; do
    name=${RUN_NAMES[$i]} rc=${RUN_CODES[$i]} trx="$RESULTS/${RUN_NAMES[$i]}.trx"
    passed=0 failed=0 skipped=0 note=""
    if [[ -f "$trx" ]] && grep -q '<Counters ' "$trx"; then
        passed=$(counter "$trx" passed)
        failed=$(( $(counter "$trx" failed) + $(counter "$trx" error) + $(counter "$trx" timeout) + $(counter "$trx" aborted) ))
        # xunit skips are results with outcome="NotExecuted"; the VSTest TRX logger leaves the
        # notExecuted counter at 0 for them (they only show as total - executed): count them.
        skipped=$(grep -o '<UnitTestResult [^>]*outcome="NotExecuted"' "$trx" | wc -l || true)
        skipped=$(( $(counter "$trx" notExecuted) > skipped ? $(counter "$trx" notExecuted) : skipped ))
        if [[ $rc -ne 0 && $failed -eq 0 ]]; then
            failed=1 note=" (exit code $rc with no failed test in TRX: counted as 1 failed)"
        fi
    elif [[ $rc -ne 0 ]]; then
        failed=1 note=" (no TRX, exit code $rc: counted as 1 failed)"
    else
        note=" (no TRX, exit code 0: no tests)"
    fi
    ((failed > 0 || rc != 0)) && any_failed=1
    total_passed=$((total_passed + passed))
    total_failed=$((total_failed + failed))
    total_skipped=$((total_skipped + skipped))
    printf '%-22s %5d passed, %3d failed, %3d skipped  [exit %d, %ds]%s\n' \
        "$name:" "$passed" "$failed" "$skipped" "$rc" "${RUN_TIMES[$i]}" "$note"
done
echo "total time: $((SECONDS - START_TIME))s; TRX files in $RESULTS"
if ((any_failed)) && command -v python3 >/dev/null; then
    # The names and messages of failed tests, so that the tail of a log says what failed.
    python3 "$REPO/scripts/trx-failures.py" "$RESULTS"/*.trx || true
fi
if ((total_passed == 0)); then
    echo "error: no test passed" >&2
    any_failed=1
fi
echo "$total_passed passed, $total_failed failed, $total_skipped skipped"
if ((any_failed || total_failed > 0 || total_passed == 0)); then
    exit 1
fi
exit 0
