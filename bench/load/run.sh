#!/usr/bin/env bash
# Load test of Yincai's public pages (issue #16), in one run:
#   1. demo data: the app (Release, Production environment) on a fresh SQLite file with the demo data;
#   2. a million jobs: 1,000,000 published jobs in PostgreSQL (generated once by the benchmarks' `matching` command,
#      plus the demo data for events and offices; reused by later runs), the app (Release, Production) against it;
# each page under autocannon (32 connections, 20 s, after a warm-up) beside a bare ASP.NET Core endpoint
# (bench/Yincai.Bare) on the same host. Prints the Markdown table and writes it to a file (--out).
#
#   bench/load/run.sh [--modes demo,million] [--jobs N] [--talents N] [--connections N] [--duration S] [--warmup S]
#                     [--timeout S] [--reseed] [--no-build] [--pg-dir DIR] [--out FILE] [--accept-encoding VALUE]
#
# Each request says Accept-Encoding: gzip, deflate, br, as browsers do (the app stores public pages compressed);
# --accept-encoding "" measures uncompressed pages, as runs before 2026-12-03 16:30 UTC did.
#
# PostgreSQL: the server of YINCAI_BENCH_POSTGRES if set (left running), else a cluster of scripts/pg-test-cluster.sh
# in --pg-dir (default /tmp/yincai-load-pg), made on the first run, resumed by later ones and stopped at the end.
# Everything the script starts is stopped on exit, on failure and on Ctrl-C.
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
here="$repo/bench/load"

modes=demo,million
jobs=1000000
talents=10000
connections=32
duration=20
warmup=5
timeout=10
reseed=false
build=true
pg_dir=/tmp/yincai-load-pg
out=""
accept_encoding="gzip, deflate, br"
ready_timeout=2400  # the first start on a million jobs also runs the search migrations (index builds)

log() { printf '[load %s] %s\n' "$(date -u +%H:%M:%S)" "$*" >&2; }
die() { log "error: $*"; exit 1; }
usage() { awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "${BASH_SOURCE[0]}" >&2; exit "${1:-2}"; }

while [[ $# -gt 0 ]]; do
    case "$1" in
        --modes) modes=$2; shift 2 ;;
        --jobs) jobs=$2; shift 2 ;;
        --talents) talents=$2; shift 2 ;;
        --connections) connections=$2; shift 2 ;;
        --duration) duration=$2; shift 2 ;;
        --warmup) warmup=$2; shift 2 ;;
        --timeout) timeout=$2; shift 2 ;;
        --reseed) reseed=true; shift ;;
        --no-build) build=false; shift ;;
        --pg-dir) pg_dir=$2; shift 2 ;;
        --out) out=$2; shift 2 ;;
        --accept-encoding) accept_encoding=$2; shift 2 ;;
        -h|--help) usage 0 ;;
        *) log "unknown option $1"; usage ;;
    esac
done
for n in "$jobs" "$talents" "$connections" "$duration" "$warmup" "$timeout"; do
    [[ "$n" =~ ^[0-9]+$ ]] || die "not a whole number: $n"
done
want() { [[ ",$modes," == *",$1,"* ]]; }
want demo || want million || die "--modes takes demo, million or demo,million"

need() { command -v "$1" >/dev/null 2>&1 || die "$1 not found: $2"; }
need dotnet "install the .NET SDK of global.json"
need node "install Node.js 20 (autocannon runs on it)"
need curl "install curl"
if want million; then
    need psql "install the PostgreSQL client (package postgresql-client)"
fi

started=$(date +%s)
# The commit measured is the one built now, not whatever HEAD is when the report is written.
commit="$(git -C "$repo" rev-parse --short HEAD)$(git -C "$repo" diff --quiet HEAD 2>/dev/null || echo ' (with changes)')"
stamp=$(date -u +%Y%m%dT%H%M%SZ)
tmp=$(mktemp -d "${TMPDIR:-/tmp}/yincai-load.XXXXXX")
results="$tmp/results"
mkdir -p "$results"
[[ -n "$out" ]] || out="$here/results/load-$stamp.md"
mkdir -p "$(dirname "$out")"

# What this script started, to stop on exit.
pids=()
pg_started=""

stop_pid() {
    local pid=$1
    kill -0 "$pid" 2>/dev/null || return 0
    kill -TERM "$pid" 2>/dev/null || true
    for _ in $(seq 1 100); do kill -0 "$pid" 2>/dev/null || return 0; sleep 0.2; done
    log "process $pid did not stop in 20 s: killing it"
    kill -KILL "$pid" 2>/dev/null || true
}

cleanup() {
    local status=$?
    trap - EXIT INT TERM
    for pid in "${pids[@]}"; do stop_pid "$pid"; done
    if [[ -n "$pg_started" ]]; then
        log "stopping the PostgreSQL cluster in $pg_started"
        "$repo/scripts/pg-test-cluster.sh" stop "$pg_started" || log "could not stop the cluster in $pg_started"
    fi
    if [[ $status -ne 0 ]]; then
        log "failed (exit $status); logs kept in $tmp"
    else
        rm -rf "$tmp"
    fi
    exit "$status"
}
trap cleanup EXIT
trap 'log "interrupted"; exit 130' INT TERM

free_port() {
    node -e 'const s = require("net").createServer(); s.listen(0, "127.0.0.1", () => { console.log(s.address().port); s.close(); });'
}

# Fixed throw-away keys, the benchmarks' own (bench/Yincai.Benchmarks/TalentSeed.cs, ImportRun.cs): the seeded talents
# are encrypted under them and the seeded audit chain is keyed by them, so that the database is reused between runs.
key_of() { node -e "console.log(Buffer.from(Array.from({ length: 32 }, (_, i) => i + $1)).toString('base64'))"; }
field_key=$(key_of 1)
index_key=$(key_of 101)
keyring_key=$(key_of 201)
chain_key=$(key_of 51)

# --- tools and builds -------------------------------------------------------------------------------------------------
autocannon="$here/node_modules/.bin/autocannon"
if [[ ! -x "$autocannon" ]]; then
    need npm "install npm (it installs autocannon, pinned in bench/load/package-lock.json)"
    log "installing autocannon (npm ci in bench/load)"
    (cd "$here" && npm ci --no-audit --no-fund >&2) || die "npm ci failed in bench/load"
fi
log "$("$autocannon" --version 2>&1 | head -1)"

web_dll="$repo/src/Yincai.Web/bin/Release/net10.0/Yincai.Web.dll"
bare_dll="$repo/bench/Yincai.Bare/bin/Release/net10.0/Yincai.Bare.dll"
bench_dll="$repo/bench/Yincai.Benchmarks/bin/Release/net10.0/Yincai.Benchmarks.dll"
built_in=0
if $build; then
    build_start=$(date +%s)
    log "building (Release): src/Yincai.Web, bench/Yincai.Bare$(want million && echo ', bench/Yincai.Benchmarks')"
    dotnet build -c Release -v minimal --nologo "$repo/bench/Yincai.Bare" >&2 || die "build of bench/Yincai.Bare failed"
    if want million; then
        # The benchmarks reference the web app: one build for both.
        dotnet build -c Release -v minimal --nologo "$repo/bench/Yincai.Benchmarks" >&2 || die "build of bench/Yincai.Benchmarks failed"
    else
        dotnet build -c Release -v minimal --nologo "$repo/src/Yincai.Web" >&2 || die "build of src/Yincai.Web failed"
    fi
    built_in=$(( $(date +%s) - build_start ))
fi
[[ -f "$web_dll" ]] || die "$web_dll missing: build without --no-build"
[[ -f "$bare_dll" ]] || die "$bare_dll missing: build without --no-build"
if want million; then [[ -f "$bench_dll" ]] || die "$bench_dll missing: build without --no-build"; fi

# --- processes --------------------------------------------------------------------------------------------------------
# start_dotnet NAME PORT DLL ENV...: starts `dotnet DLL` on 127.0.0.1:PORT from the web project's folder (its content
# root: appsettings, wwwroot), with the environment given; the pid goes to $last_pid, the output to $tmp/NAME.log.
start_dotnet() {
    local name=$1 port=$2 dll=$3
    shift 3
    (cd "$repo/src/Yincai.Web" && exec env "$@" dotnet "$dll" --urls "http://127.0.0.1:$port") >"$tmp/$name.log" 2>&1 &
    last_pid=$!
    pids+=("$last_pid")
}

# wait_until NAME PID URL: until URL answers 2xx; fails when the process ends or after $ready_timeout s.
wait_until() {
    local name=$1 pid=$2 url=$3 waited=0
    until curl -fsS -o /dev/null --max-time 10 "$url" 2>/dev/null; do
        if ! kill -0 "$pid" 2>/dev/null; then
            tail -n 40 "$tmp/$name.log" >&2 || true
            die "$name exited before $url answered (log above, all of it in $tmp/$name.log)"
        fi
        if (( waited >= ready_timeout )); then
            tail -n 40 "$tmp/$name.log" >&2 || true
            die "$url did not answer within $ready_timeout s"
        fi
        sleep 2
        waited=$((waited + 2))
    done
}

# After a page whose requests outlived the run (timeouts), let the server finish them before the next page.
settle() {
    local base=$1
    for _ in $(seq 1 60); do
        curl -fsS -o /dev/null --max-time 1 "$base/health" 2>/dev/null && return 0
        sleep 1
    done
    log "the server still answered /health slowly after 60 s"
}

app_env() {
    local mode=$1 port=$2
    printf '%s\n' \
        ASPNETCORE_ENVIRONMENT=Production \
        "Protection__FieldKey=$field_key" \
        "Protection__IndexKey=$index_key" \
        "Protection__KeyRingKey=$keyring_key" \
        "Audit__ChainKey=$chain_key" \
        "Audit__AnchorFile=$tmp/$mode/audit-anchors.log" \
        "App__PublicBaseUrl=http://127.0.0.1:$port"
}

# listed MODE LABEL PATH FILE: a measured page into runs.tsv, its figures to the log.
listed() {
    printf '%s\t%s\t%s\t%s\n' "$1" "$2" "$3" "$4" >>"$results/runs.tsv"
    node -e '
        const r = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8").trim().split("\n").pop());
        console.error(`    ${r.requests.average} rps, p50 ${r.latency.p50} ms, p99 ${r.latency.p99} ms, ${r["2xx"]} 2xx, ${r.non2xx} non-2xx, ${r.timeouts} timeouts, ${r.errors} errors`);
    ' "$results/$4" || true
}

# measure MODE LABEL PATH URL: one autocannon run (after its warm-up) into $results, listed in runs.tsv.
measure() {
    local mode=$1 label=$2 path=$3 url=$4 file="$mode-$2.json"
    log "$mode: $path ($connections connections, ${warmup} s warm-up, ${duration} s)"
    local headers=()
    [[ -z "$accept_encoding" ]] || headers=(-H "accept-encoding=$accept_encoding")
    if ! "$autocannon" -n -j -c "$connections" -d "$duration" -t "$timeout" "${headers[@]}" \
        --warmup [ -c "$connections" -d "$warmup" "${headers[@]}" ] "$url" >"$results/$file" 2>"$results/$mode-$label.err"; then
        log "autocannon failed on $url: $(tail -n 3 "$results/$mode-$label.err")"
    fi
    listed "$mode" "$label" "$path" "$file"
}

# measure_uncached MODE LABEL PATH URL-PREFIX KEYWORDS-FILE: as measure, each request with another keyword (uncached.mjs).
measure_uncached() {
    local mode=$1 label=$2 path=$3 prefix=$4 keywords=$5 file="$mode-$2.json"
    log "$mode: $path, $(wc -l <"$keywords") keywords in turn, uncached ($connections connections, ${warmup} s warm-up, ${duration} s)"
    if ! node "$here/uncached.mjs" "$prefix" "$keywords" "$connections" "$duration" "$warmup" "$timeout" "$accept_encoding" \
        >"$results/$file" 2>"$results/$mode-$label.err"; then
        log "uncached.mjs failed on $prefix: $(tail -n 3 "$results/$mode-$label.err")"
    fi
    listed "$mode" "$label" "$path" "$file"
}

# wait_built NAME PID BASE: until /health/ready reports every check healthy: the job keyword index built (the copy answers
# keyword searches from the database before: ready, but not what is measured here) and the matching index too (its build from
# a million rows takes a core for a minute or more: pages measured meanwhile measured the build).
wait_built() {
    local name=$1 pid=$2 base=$3 waited=0
    until curl -sS --max-time 10 "$base/health/ready" 2>/dev/null \
        | node -e 'let s = ""; process.stdin.on("data", (d) => s += d).on("end", () => {
            const r = JSON.parse(s);
            process.exit(r.checks.length > 0 && r.checks.every((c) => c.status === "Healthy") ? 0 : 1); })' 2>/dev/null; do
        kill -0 "$pid" 2>/dev/null || die "$name exited while its indexes were building"
        (( waited < ready_timeout )) || die "the indexes of $name were not built within $ready_timeout s"
        sleep 2
        waited=$((waited + 2))
    done
}

# The pages of issue #16; the job page's id is read from /Jobs. Keywords percent-encoded: 软件, 工程师.
measure_pages() {
    local mode=$1 base=$2 bare_base=$3 id
    curl -fsS --max-time 300 -o "$tmp/$mode/jobs.html" "$base/Jobs" || die "$mode: GET /Jobs failed"
    id=$(grep -o -m 1 '/Jobs/View?id=[0-9a-fA-F-]\{36\}' "$tmp/$mode/jobs.html" | head -n 1 | sed 's/.*id=//' || true)
    [[ -n "$id" ]] || die "$mode: no job on /Jobs to measure /Jobs/View with"
    for page in "home|/|/" \
        "jobs|/Jobs|/Jobs" \
        "jobs-search|/Jobs?q=软件|/Jobs?q=%E8%BD%AF%E4%BB%B6" \
        "job|/Jobs/View?id=…|/Jobs/View?id=$id" \
        "events|/Events|/Events" \
        "policies|/Policies|/Policies" \
        "offices|/Offices|/Offices" \
        "finds|/Finds?q=工程师|/Finds?q=%E5%B7%A5%E7%A8%8B%E5%B8%88"; do
        IFS='|' read -r label path query <<<"$page"
        curl -fsS -o /dev/null --max-time 60 "$base$query" || log "$mode: one GET $path did not answer 2xx within 60 s"
        measure "$mode" "$label" "$path" "$base$query"
        settle "$base"
    done
    measure_uncached "$mode" jobs-uncached "/Jobs?q=… (uncached)" "$base/Jobs?q=" "$tmp/$mode/keywords.txt"
    settle "$base"
    measure_uncached "$mode" finds-uncached "/Finds?q=… (uncached)" "$base/Finds?q=" "$tmp/$mode/keywords.txt"
    settle "$base"
    measure "$mode" bare "/" "$bare_base/"
}

# Keywords for the uncached searches: words people type into a job search, common and rare (some match nothing); the
# million mode adds words cut from the stored job titles (sampled).
hand_keywords() {
    printf '%s\n' 软件 工程师 销售 会计 教师 护士 司机 客服 设计 运营 行政 java 前端 数据 电气 机械 财务 市场 仓储 物流 化工 医药 \
        翻译 法务 人力资源 新媒体 见习 兼职 青岛 济南 研发 测试 算法 嵌入式 质量 采购 外贸 电商 律师 审计 考古 量子 区块链 宠物 咖啡 \
        "软件 工程师" "销售 青岛" "java 开发" "会计 见习"
}

# --- the bare endpoint, up for the whole run --------------------------------------------------------------------------
bare_port=$(free_port)
(cd "$repo/bench/Yincai.Bare" && exec env ASPNETCORE_ENVIRONMENT=Production dotnet "$bare_dll" --urls "http://127.0.0.1:$bare_port") >"$tmp/bare.log" 2>&1 &
bare_pid=$!
pids+=("$bare_pid")
wait_until bare "$bare_pid" "http://127.0.0.1:$bare_port/"

loadavg() { printf 'load average %s' "$(cut -d' ' -f1-3 /proc/loadavg)"; }
: >"$results/modes.tsv"
notes=()

stop_app() {
    local pid=$1
    stop_pid "$pid"
    local kept=()
    for p in "${pids[@]}"; do [[ "$p" == "$pid" ]] || kept+=("$p"); done
    pids=("${kept[@]}")
}

# --- mode 1: demo data on SQLite --------------------------------------------------------------------------------------
if want demo; then
    mkdir -p "$tmp/demo"
    port=$(free_port)
    log "demo: starting the app on a fresh SQLite file with the demo data (port $port)"
    mode_start=$(date +%s)
    mapfile -t envs < <(app_env demo "$port")
    start_dotnet demo "$port" "$web_dll" "${envs[@]}" Database__Provider=Sqlite \
        "ConnectionStrings__Yincai=Data Source=$tmp/demo/yincai.db" Demo__SeedOnFirstStart=true
    app_pid=$last_pid
    wait_until demo "$app_pid" "http://127.0.0.1:$port/health/ready"
    wait_built demo "$app_pid" "http://127.0.0.1:$port"
    log "demo: ready after $(( $(date +%s) - mode_start )) s"
    hand_keywords >"$tmp/demo/keywords.txt"
    printf 'demo\tdemo data (SQLite)\n' >>"$results/modes.tsv"
    notes+=("demo data: $(loadavg) before")
    measure_pages demo "http://127.0.0.1:$port" "http://127.0.0.1:$bare_port"
    notes[-1]+=", $(cut -d' ' -f1-3 /proc/loadavg) after"
    stop_app "$app_pid"
fi

# --- mode 2: a million published jobs on PostgreSQL -------------------------------------------------------------------
if want million; then
    mkdir -p "$tmp/million"
    if [[ -n "${YINCAI_BENCH_POSTGRES:-}" ]]; then
        server=$YINCAI_BENCH_POSTGRES
        log "million: PostgreSQL of YINCAI_BENCH_POSTGRES"
    else
        if [[ -f "$pg_dir/data/PG_VERSION" ]]; then
            log "million: resuming the PostgreSQL cluster in $pg_dir"
            server=$("$repo/scripts/pg-test-cluster.sh" resume "$pg_dir") || die "could not resume the cluster in $pg_dir"
        else
            log "million: starting a PostgreSQL cluster in $pg_dir"
            server=$("$repo/scripts/pg-test-cluster.sh" start "$pg_dir") || die "could not start a cluster in $pg_dir"
        fi
        pg_started=$pg_dir
    fi
    field() { sed -n "s/.*\(^\|;\)$1=\([^;]*\).*/\2/Ip" <<<"$server"; }
    pg_host=$(field Host); pg_port=$(field Port); pg_user=$(field Username)
    export PGPASSWORD
    PGPASSWORD=$(field Password)
    database="yincai_bench_matching_${jobs}_${talents}"
    sql() { psql -X -q -t -A -h "$pg_host" -p "${pg_port:-5432}" -U "${pg_user:-postgres}" -d "$1" -c "$2"; }
    sql postgres "SELECT 1" >/dev/null || die "cannot reach PostgreSQL at $pg_host:${pg_port:-5432}"
    connection="$server"
    connection=$(sed 's/\(^\|;\)Database=[^;]*//I' <<<"$connection")";Database=$database"

    seeded=false
    if ! $reseed && [[ $(sql postgres "SELECT count(*) FROM pg_database WHERE datname = '$database'") == 1 ]] \
        && [[ $(sql "$database" "SELECT to_regclass('bench_load_seeded') IS NOT NULL") == t ]]; then
        seeded=true
    fi
    if $seeded; then
        log "million: reusing $database (--reseed makes it again)"
    else
        seed_start=$(date +%s)
        log "million: generating $jobs published jobs and $talents talents into $database (bench: matching --methods none)"
        generate=(); $reseed && generate=(--generate)
        dotnet "$bench_dll" matching --jobs "$jobs" --talents "$talents" --methods none --pg "$server" "${generate[@]}" >&2 \
            || die "seeding by the benchmarks' matching command failed"
        # The demo data besides: events, offices, accounts, a few employers and their jobs (the product's seeders).
        log "million: adding the demo data (seed-demo) for events and offices"
        mapfile -t envs < <(app_env million 0)
        (cd "$repo/src/Yincai.Web" && env "${envs[@]}" Database__Provider=Postgres "ConnectionStrings__Yincai=$connection" \
            dotnet "$web_dll" seed-demo) >"$tmp/seed-demo.log" 2>&1 || { tail -n 40 "$tmp/seed-demo.log" >&2; die "seed-demo failed"; }
        sql "$database" "VACUUM ANALYZE" >/dev/null
        sql "$database" "CREATE TABLE bench_load_seeded (seeded_at timestamptz NOT NULL DEFAULT now()); INSERT INTO bench_load_seeded DEFAULT VALUES" >/dev/null
        log "million: seeded in $(( $(date +%s) - seed_start )) s"
        notes+=("seeding: $(( $(date +%s) - seed_start )) s (not in the run time below)")
        seeded_in=$(( $(date +%s) - seed_start ))
    fi
    published=$(sql "$database" 'SELECT count(*) FROM jobs_job WHERE "Status" = 3')
    log "million: $published published jobs in $database"

    port=$(free_port)
    log "million: starting the app against $database (port $port)"
    mode_start=$(date +%s)
    mapfile -t envs < <(app_env million "$port")
    start_dotnet million "$port" "$web_dll" "${envs[@]}" Database__Provider=Postgres "ConnectionStrings__Yincai=$connection" \
        Demo__SeedOnFirstStart=false "Jobs__Search__IndexPath=$tmp/million/jobs-index"
    app_pid=$last_pid
    wait_until million "$app_pid" "http://127.0.0.1:$port/health/ready"
    log "million: ready after $(( $(date +%s) - mode_start )) s; waiting for the job keyword and matching indexes"
    wait_built million "$app_pid" "http://127.0.0.1:$port"
    log "million: job keyword and matching indexes built $(( $(date +%s) - mode_start )) s after start"
    { hand_keywords
      # 400 words of two or three characters cut from titles of published jobs spread over the table (SYSTEM sampling reads
      # pages, not the whole table).
      sql "$database" "SELECT w FROM (SELECT substr(\"Title\", 1 + floor(random() * greatest(length(\"Title\") - 2, 1))::int, 2 + (random() < 0.5)::int) AS w
          FROM jobs_job TABLESAMPLE SYSTEM (1) WHERE \"Status\" = 3 LIMIT 400) s WHERE w !~ '\\s'"
    } >"$tmp/million/keywords.txt"
    printf 'million\t%s published jobs (PostgreSQL)\n' "$(node -e 'console.log(Number(process.argv[1]).toLocaleString("en-US"))' "$published")" >>"$results/modes.tsv"
    notes+=("million jobs: the app ready (keyword and matching indexes built) $(( $(date +%s) - mode_start )) s after start; $(loadavg) before")
    measure_pages million "http://127.0.0.1:$port" "http://127.0.0.1:$bare_port"
    notes[-1]+=", $(cut -d' ' -f1-3 /proc/loadavg) after"
    stop_app "$app_pid"
fi

# --- report -----------------------------------------------------------------------------------------------------------
elapsed=$(( $(date +%s) - started - ${seeded_in:-0} ))
{
    echo "Load test of the public pages (bench/load/run.sh), started $(date -u -d "@$started" '+%Y-%m-%d %H:%M UTC'), commit $commit"
    echo ""
    echo "autocannon $("$autocannon" --version 2>&1 | head -1 | awk '{print $2}'), $connections connections, ${duration} s a page after a ${warmup} s warm-up, timeout ${timeout} s; Accept-Encoding: ${accept_encoding:-none}; app in Release, Production environment."
    echo "Machine: $(nproc) CPUs, $(awk '/MemTotal/ {printf "%.0f GB", $2 / 1048576}' /proc/meminfo) RAM. Load: $(printf '%s; ' "${notes[@]}" | sed 's/; $//')."
    echo "Run time: $(( elapsed / 60 )) min $(( elapsed % 60 )) s$([[ -n "${seeded_in:-}" ]] && echo ", seeding excluded"), of which $built_in s building."
    echo ""
    node "$here/report.mjs" "$results"
} >"$out"
mkdir -p "${out%.md}"
cp "$results"/*.json "$results"/*.tsv "${out%.md}/"
cat "$out"
log "table written to $out (autocannon's JSON in ${out%.md}/)"
