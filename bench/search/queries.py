#!/usr/bin/env python3
"""Times the public job search's SQL at 1,000,000 jobs (issue 16): the capped count (LIMIT 1001) and page one
(ORDER BY PublishedAtUtc DESC, Id DESC LIMIT 20) that /Jobs and 找岗位 run, for representative keywords, with
EXPLAIN ANALYZE on the database that `matching --jobs 1000000 --talents 1000 --methods none` seeds.

  python3 bench/search/queries.py [--db yincai_bench_matching_1000000_1000] [--runs 3]

Connects with psql to YINCAI_BENCH_POSTGRES's host and port. Prints a markdown table: best of --runs, in ms, and
the plan's main nodes (a Seq Scan or a Sort over all rows is what this issue removes). --like-only runs the search
as it was before (LIKE alone); the default runs it as JobSearch does on PostgreSQL (a two-character term: its bigram
in SearchBigrams, exact alone, written `ARRAY[bigram] <@ SearchBigrams` as EF sends it)."""
import argparse, csv, json, os, re, subprocess, sys

ap = argparse.ArgumentParser()
ap.add_argument("--db", default="yincai_bench_matching_1000000_1000")
ap.add_argument("--runs", type=int, default=3)
ap.add_argument("--only", default=None, help="a comma-separated subset of case names")
ap.add_argument("--like-only", action="store_true", help="the search before the bigram column: LIKE alone")
args = ap.parse_args()
conn = os.environ.get("YINCAI_BENCH_POSTGRES", "")
kv = dict(p.split("=", 1) for p in conn.split(";") if "=" in p)
psql = ["psql", "-X", "-q", "-At", "-h", kv.get("Host", "127.0.0.1"), "-p", kv.get("Port", "5432"), "-U", kv.get("Username", "postgres"), "-d", args.db]
env = dict(os.environ, PGPASSWORD=kv.get("Password", ""))

here = os.path.dirname(os.path.abspath(__file__))
majors = list(csv.DictReader(open(os.path.join(here, "../../src/Yincai.Web/Modules/Talents/ReferenceData/undergrad-majors-2026.csv"), encoding="utf-8")))

def major_codes(term):  # JobSearch.Matching: a term also matches jobs asking for a major whose name holds it
    return [m["major_code"] for m in majors if term in m["major_name"].lower()]

def bigram(term):  # JobSearch.Bigrams of a 2-character term: the two code points, 16 bits each, as a signed int32
    g = ord(term[0]) << 16 | ord(term[1])
    return g - (1 << 32) if g >= 1 << 31 else g

def where(terms):
    parts = ['j."Status" = 3', "j.\"ValidUntil\" >= DATE '2026-12-03'"]
    for t in terms:
        like = f"j.\"SearchText\" LIKE '%{t}%'"
        if not args.like_only and len(t) == 2 and all(ord(c) < 0x10000 for c in t):  # JobSearch on PostgreSQL: exact alone
            like = f"ARRAY[{bigram(t)}] <@ j.\"SearchBigrams\""  # as EF/Npgsql writes @>
        codes = major_codes(t)
        parts.append(f"({like} OR j.\"MajorCodes\" && ARRAY[{','.join(repr(c) for c in codes)}]::text[])" if codes else like)
    return " AND ".join(parts)

cases = [
    ("no keyword", []), ("1 char 软", ["软"]), ("2 chars 软件", ["软件"]), ("2 chars 会计", ["会计"]),
    ("3 chars 工程师", ["工程师"]), ("latin java", ["java"]), ("two terms 软件 济南", ["软件", "济南"]),
    ("rare (101) 潍坊蓝海海信科技有限公司", ["潍坊蓝海海信科技有限公司"]), ("absent 量子计算", ["量子计算"]), ("absent 2 chars 考古", ["考古"]), ("very common 有限公司", ["有限公司"]),
]
if args.only: cases = [c for c in cases if c[0] in args.only.split(",")]

def explain(sql):
    best, plan = None, None
    for _ in range(args.runs):
        out = subprocess.run(psql + ["-c", "EXPLAIN (ANALYZE, FORMAT JSON) " + sql], capture_output=True, text=True, env=env, check=True).stdout
        p = json.loads(out)[0]
        t = p["Execution Time"] + p["Planning Time"]
        if best is None or t < best: best, plan = t, p["Plan"]
    return best, plan

def nodes(plan, acc=None):
    acc = [] if acc is None else acc
    name = plan["Node Type"] + (f" {plan['Index Name']}" if "Index Name" in plan else "")
    if plan["Node Type"] in ("Seq Scan", "Sort", "Bitmap Heap Scan", "Index Scan", "Index Only Scan", "Bitmap Index Scan"):
        acc.append(f"{name} ({plan.get('Actual Rows', 0):,.0f} rows)")
    for c in plan.get("Plans", []): nodes(c, acc)
    return acc

print(f"| query | capped count, unordered (before): ms | capped count in page order (the app since issue 16's count change): ms | page one (ORDER BY, LIMIT 20): ms | found | page-one plan |")
print("| --- | ---: | ---: | ---: | ---: | --- |")
for name, terms in cases:
    w = where(terms)
    count = subprocess.run(psql + ["-c", f"SELECT count(*) FROM (SELECT 1 FROM jobs_job j WHERE {w} LIMIT 1001) s"], capture_output=True, text=True, env=env, check=True).stdout.strip()
    tc, _ = explain(f"SELECT count(*) FROM (SELECT 1 FROM jobs_job j WHERE {w} LIMIT 1001) s")
    to, _ = explain(f'SELECT count(*) FROM (SELECT 1 FROM jobs_job j WHERE {w} ORDER BY j."PublishedAtUtc" DESC, j."Id" DESC LIMIT 1001) s')
    tp, plan = explain(f'SELECT j."Id", j."Title", j."EmployerName", j."RegionCode" FROM jobs_job j WHERE {w} ORDER BY j."PublishedAtUtc" DESC, j."Id" DESC LIMIT 20')
    shown = "1000+" if int(count) > 1000 else count
    print(f"| {name} | {tc:,.1f} | {to:,.1f} | {tp:,.1f} | {shown} | {'; '.join(nodes(plan))} |", flush=True)
