#!/usr/bin/env python3
"""Reference values for the proportion-interval and intraclass-correlation tests.

Run with Python 3 and SciPy (values in the tests were produced with SciPy 1.17.1):

    python3 core/src/test/scripts/agreement_references.py

The formulas are written out independently of the Java code: Wilson (1927), Clopper-Pearson (1934) from
beta quantiles, Agresti-Coull as in Brown, Cai & DasGupta (2001); the ICC forms, F tests and intervals as
in Shrout & Fleiss (1979) and McGraw & Wong (1996), with the ICC(2,1) bounds in the form R's psych::ICC uses.
"""
import math

from scipy.stats import beta, f as fdist, norm


def z(level):
    return norm.ppf(1 - (1 - level) / 2)


def wilson(k, n, level):
    zz = z(level)
    p = k / n
    centre = (p + zz * zz / (2 * n)) / (1 + zz * zz / n)
    half = zz / (1 + zz * zz / n) * math.sqrt(p * (1 - p) / n + zz * zz / (4 * n * n))
    return max(0.0, centre - half), min(1.0, centre + half)


def clopper_pearson(k, n, level):
    a = 1 - level
    lo = 0.0 if k == 0 else beta.ppf(a / 2, k, n - k + 1)
    hi = 1.0 if k == n else beta.ppf(1 - a / 2, k + 1, n - k)
    return lo, hi


def agresti_coull(k, n, level):
    zz = z(level)
    nt = n + zz * zz
    pt = (k + zz * zz / 2) / nt
    half = zz * math.sqrt(pt * (1 - pt) / nt)
    return max(0.0, pt - half), min(1.0, pt + half)


def icc(x, level=0.95):
    n, k = len(x), len(x[0])
    grand = sum(map(sum, x)) / (n * k)
    rm = [sum(r) / k for r in x]
    cm = [sum(r[j] for r in x) / n for j in range(k)]
    ssb = k * sum((m - grand) ** 2 for m in rm)
    ssw = sum((x[i][j] - rm[i]) ** 2 for i in range(n) for j in range(k))
    ssj = n * sum((m - grand) ** 2 for m in cm)
    bms, wms, jms = ssb / (n - 1), ssw / (n * (k - 1)), ssj / (k - 1)
    ems = (ssw - ssj) / ((n - 1) * (k - 1))
    a = 1 - level
    q = 1 - a / 2
    out = {"BMS": bms, "WMS": wms, "JMS": jms, "EMS": ems}
    f1 = bms / wms
    f3 = bms / ems
    df11, df12 = n - 1, n * (k - 1)
    df31, df32 = n - 1, (n - 1) * (k - 1)
    fl1, fu1 = f1 / fdist.ppf(q, df11, df12), f1 * fdist.ppf(q, df12, df11)
    fl3, fu3 = f3 / fdist.ppf(q, df31, df32), f3 * fdist.ppf(q, df32, df31)
    icc2 = (bms - ems) / (bms + (k - 1) * ems + k * (jms - ems) / n)
    fj = jms / ems
    vn = (k - 1) * (n - 1) * (k * icc2 * fj + n * (1 + (k - 1) * icc2) - k * icc2) ** 2
    vd = (n - 1) * k * k * icc2 * icc2 * fj * fj + (n * (1 + (k - 1) * icc2) - k * icc2) ** 2
    v = vn / vd
    fs, fss = fdist.ppf(q, n - 1, v), fdist.ppf(q, v, n - 1)
    l2 = n * (bms - fs * ems) / (fs * (k * jms + (k * n - k - n) * ems) + n * bms)
    u2 = n * (fss * bms - ems) / (k * jms + (k * n - k - n) * ems + n * fss * bms)
    out["icc1"] = ((bms - wms) / (bms + (k - 1) * wms), f1, df11, df12, fdist.sf(f1, df11, df12),
                   (fl1 - 1) / (fl1 + k - 1), (fu1 - 1) / (fu1 + k - 1))
    out["icc2"] = (icc2, f3, df31, df32, fdist.sf(f3, df31, df32), l2, u2)
    out["icc3"] = ((bms - ems) / (bms + (k - 1) * ems), f3, df31, df32, fdist.sf(f3, df31, df32),
                   (fl3 - 1) / (fl3 + k - 1), (fu3 - 1) / (fu3 + k - 1))
    out["icc1k"] = ((bms - wms) / bms, f1, df11, df12, fdist.sf(f1, df11, df12), 1 - 1 / fl1, 1 - 1 / fu1)
    out["icc2k"] = ((bms - ems) / (bms + (jms - ems) / n), f3, df31, df32, fdist.sf(f3, df31, df32),
                    k * l2 / (1 + (k - 1) * l2), k * u2 / (1 + (k - 1) * u2))
    out["icc3k"] = ((bms - ems) / bms, f3, df31, df32, fdist.sf(f3, df31, df32), 1 - 1 / fl3, 1 - 1 / fu3)
    return out


if __name__ == "__main__":
    for k, n, level in [(65, 72, 0.95), (65, 72, 0.99), (81, 263, 0.95), (0, 20, 0.95), (1, 29, 0.95),
                        (15, 148, 0.95), (29, 29, 0.95), (7, 10, 0.90)]:
        print(f"{k}/{n} @ {level}: wilson {wilson(k, n, level)} clopper-pearson {clopper_pearson(k, n, level)} "
              f"agresti-coull {agresti_coull(k, n, level)}")
    # Shrout & Fleiss (1979), Table 2: six targets rated by four judges
    sf = [[9, 2, 5, 8], [6, 1, 3, 2], [8, 4, 6, 8], [7, 1, 2, 6], [10, 5, 6, 9], [6, 2, 4, 7]]
    for name, value in icc(sf).items():
        print("shrout-fleiss", name, value)
    # McGraw & Wong (1996), Table 6 data as used in the f_ICC example: ten units, two measurements
    mw = [[103, 119], [82, 65], [116, 106], [102, 102], [99, 105], [98, 100], [104, 107], [62, 85], [97, 101],
          [107, 110]]
    for name, value in icc(mw).items():
        print("mcgraw-wong", name, value)
    for name, value in icc(sf, 0.90).items():
        print("shrout-fleiss@0.90", name, value)
