#!/usr/bin/env python3
"""Ratios of a JMH JSON result of AgreementBenchmark: DKPro / appraise and appraise / floor per coefficient and size,
and appraise's cost per unit relative to the smallest size.

    java -jar examples/jmh/target/benchmarks.jar AgreementBenchmark ... -rf json -rff result.json
    python3 examples/jmh/src/test/scripts/ratios.py result.json
"""
import json
import sys
from collections import defaultdict

scores = defaultdict(dict)  # (coefficient, units) -> implementation -> ms/op
for run in json.load(open(sys.argv[1])):
    p = run["params"]
    scores[(p["coefficient"], int(p["units"]))][p["implementation"]] = run["primaryMetric"]["score"]

order = ["alpha_nominal", "alpha_ordinal", "alpha_interval", "fleiss_kappa", "cohen_kappa"]
print("| coefficient | units | appraise ms | DKPro ms | floor ms | DKPro / appraise | appraise / floor |")
print("|---|---:|---:|---:|---:|---:|---:|")
for (coef, units), s in sorted(scores.items(), key=lambda x: (order.index(x[0][0]), x[0][1])):
    a, d, f = s.get("appraise"), s.get("dkpro"), s.get("floor")
    fmt = lambda x: "" if x is None else f"{x:.3f}"
    ratio = lambda x, y: "" if x is None or y is None else f"{x / y:.1f}x"
    print(f"| {coef} | {units:,} | {fmt(a)} | {fmt(d)} | {fmt(f)} | {ratio(d, a)} | {ratio(a, f)} |")

print()
print("| coefficient | ns per unit, appraise, by units | largest / smallest |")
print("|---|---|---:|")
for coef in order:
    sizes = sorted(u for (c, u) in scores if c == coef and "appraise" in scores[(c, u)])
    if len(sizes) < 2:
        continue
    per_unit = [scores[(coef, u)]["appraise"] * 1e6 / u for u in sizes]
    cells = ", ".join(f"{u:,}: {x:.1f}" for u, x in zip(sizes, per_unit))
    print(f"| {coef} | {cells} | {per_unit[-1] / per_unit[0]:.2f} |")
