#!/usr/bin/env python3
"""Prints each failed test of the TRX files given, with the start of its message and stack.

test.sh calls it just before its summary so that the tail of a CI log names what failed.
"""
import sys
import xml.etree.ElementTree as ET

NS = {"t": "http://microsoft.com/schemas/VisualStudio/TeamTest/2010"}
MAX_LINES = 8

for path in sys.argv[1:]:
    try:
        root = ET.parse(path).getroot()
    except (OSError, ET.ParseError) as e:
        print(f"{path}: cannot read ({e})")
        continue
    run = path.rsplit("/", 1)[-1].removesuffix(".trx")
    for r in root.iterfind(".//t:UnitTestResult", NS):
        if r.get("outcome") not in ("Failed", "Error", "Timeout", "Aborted"):
            continue
        print(f"FAILED [{run}] {r.get('testName')} ({r.get('duration')})")
        lines = []
        for tag in ("Message", "StackTrace"):
            node = r.find(f".//t:ErrorInfo/t:{tag}", NS)
            if node is not None and node.text:
                lines += [l.rstrip() for l in node.text.strip().splitlines() if l.strip()]
        for line in lines[:MAX_LINES]:
            print(f"    {line[:300]}")
        if len(lines) > MAX_LINES:
            print(f"    ... {len(lines) - MAX_LINES} more lines in {path}")
