"""Reference values for the seed review's illustrative two-rater rating (SeedReviewEndToEndTest).

Reads the two raters' robvis-style tables and computes, from the formulas alone:
  percent agreement      p = agreed / compared
  Wilson score interval  (p + z^2/2n +- z sqrt(p(1-p)/n + z^2/4n^2)) / (1 + z^2/n), z = 1.959964
                         (Wilson EB, J Am Stat Assoc 1927;22:209-212)
  Cohen's kappa          (p_o - p_e) / (1 - p_e), p_e from the raters' marginal shares
                         (Cohen J, Educ Psychol Meas 1960;20:37-46)
Run from the module directory: python3 src/test/scripts/seed_agreement_reference.py
"""
import csv
import math

base = "src/main/resources/dev/appraise/examples/review/"


def read(name):
    with open(base + name, newline="", encoding="utf-8") as f:
        rows = list(csv.reader(f))
    header = rows[0]
    return {(r[0], header[i]): r[i] for r in rows[1:] for i in range(1, len(header))}


a = read("rob-illustrative-rater1-jk.csv")
b = read("rob-illustrative-rater2-ic.csv")
n = len(a)
agreed = sum(1 for k in a if a[k] == b[k])
p = agreed / n
z = 1.959963984540054
centre = (p + z * z / (2 * n)) / (1 + z * z / n)
half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / (1 + z * z / n)
levels = sorted(set(a.values()) | set(b.values()))
pe = sum((sum(1 for v in a.values() if v == c) / n) * (sum(1 for v in b.values() if v == c) / n) for c in levels)
kappa = (p - pe) / (1 - pe)
print(f"compared {n}, agreed {agreed}, percent {100 * p:.4f}")
print(f"wilson 95% [{centre - half:.6f}, {centre + half:.6f}]")
print(f"cohen kappa {kappa:.6f}")
