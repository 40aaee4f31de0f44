#!/usr/bin/env bash
# Issue #16, output cache of public pages: requests per second of each public page with demo data (fresh SQLite file,
# Release build), the cache off and on, beside a bare minimal-API endpoint on the same host; autocannon, 32 connections,
# 20 s a page. Usage: bench/page-cache.sh [seconds]   (needs node; installs autocannon@8 under /tmp/yincai-autocannon)
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_EACH=${1:-20}
WORK=$(mktemp -d /tmp/yincai-page-cache.XXXXXX)
AC=/tmp/yincai-autocannon
[ -x "$AC/node_modules/.bin/autocannon" ] || npm install --prefix "$AC" autocannon@8 --no-audit --no-fund >/dev/null
autocannon() { "$AC/node_modules/.bin/autocannon" "$@"; }

# The bare endpoint: ten lines of minimal API, built like the app.
mkdir -p "$WORK/bare"
cat > "$WORK/bare/bare.csproj" <<'XML'
<Project Sdk="Microsoft.NET.Sdk.Web"><PropertyGroup><TargetFramework>net10.0</TargetFramework><ImplicitUsings>enable</ImplicitUsings></PropertyGroup></Project>
XML
cat > "$WORK/bare/Program.cs" <<'CS'
var builder = WebApplication.CreateBuilder(args);
builder.Logging.ClearProviders();
var app = builder.Build();
app.MapGet("/", () => "Hello World!");
app.Run();
CS
cp global.json "$WORK/bare/"
dotnet build -c Release -v quiet "$WORK/bare" >/dev/null
dotnet build -c Release -v quiet src/Yincai.Web >/dev/null

PIDS=()
cleanup() { for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null || true; done; }
trap cleanup EXIT
wait_up() { for _ in $(seq 1 240); do curl -sf -o /dev/null "$1" && return 0; sleep 1; done; echo "no answer from $1" >&2; exit 1; }
run() { # label url; 5 s of warm-up first (JIT, the app's start-up work), not counted
  autocannon -c 32 -d 5 "$2" >/dev/null 2>&1 || true
  local out; out=$(autocannon -c 32 -d "$SECONDS_EACH" -j "$2" 2>/dev/null)
  node -e 'const r=JSON.parse(process.argv[1]);console.log(`| ${process.argv[2]} | ${Math.round(r.requests.average)} | ${r.latency.p50} | ${r.latency.p99} | ${r.errors+r.timeouts+r.non2xx} |`)' "$out" "$1"
}

ASPNETCORE_URLS=http://127.0.0.1:5091 dotnet "$WORK/bare/bin/Release/net10.0/bare.dll" >/dev/null 2>&1 & PIDS+=($!)
wait_up http://127.0.0.1:5091/
echo "| page | rps | p50 ms | p99 ms | errors |"
echo "| --- | ---: | ---: | ---: | ---: |"
run "bare endpoint" http://127.0.0.1:5091/
kill "${PIDS[0]}"; PIDS=()

for cache in false true; do
  rm -f "$WORK/yincai.db"*
  ASPNETCORE_ENVIRONMENT=Development ASPNETCORE_URLS=http://127.0.0.1:5090 ConnectionStrings__Yincai="Data Source=$WORK/yincai.db" \
    PageCache__Enabled=$cache Logging__LogLevel__Default=Warning \
    dotnet src/Yincai.Web/bin/Release/net10.0/Yincai.Web.dll >"$WORK/app-$cache.log" 2>&1 & PIDS+=($!)
  wait_up http://127.0.0.1:5090/Jobs
  base=http://127.0.0.1:5090
  job=$(curl -s "$base/Jobs" | grep -o '/Jobs/View?id=[0-9a-f-]*' | head -1)
  event=$(curl -s "$base/Events" | grep -o '/Events/View?id=[0-9a-f-]*' | head -1)
  policy=$(curl -s "$base/Policies" | grep -o '/Policies/View?id=[^"#&]*' | head -1)
  echo "| **cache $([ $cache = true ] && echo on || echo off)** | | | | |"
  for page in / /Jobs "/Jobs?q=%E5%B7%A5%E7%A8%8B%E5%B8%88" "$job" /Events "$event" /Policies "$policy" /Offices; do
    run "\`$page\`" "$base$page"
  done
  kill "${PIDS[0]}"; wait "${PIDS[0]}" 2>/dev/null || true; PIDS=()
done
rm -rf "$WORK"
