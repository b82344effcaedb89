"""Reference 95% intervals for 65 agreements in 72 items, used by RaterAgreementTest.

Wilson score interval (Newcombe 1998, method 3) from its closed form; Clopper-Pearson from beta quantiles.
Run: python3 proportion_intervals.py
"""
from math import sqrt

from scipy.stats import beta, norm

k, n = 65, 72
z = norm.ppf(0.975)
p = k / n
d = 1 + z * z / n
centre = (p + z * z / (2 * n)) / d
half = z * sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / d
print("wilson", centre - half, centre + half)  # 0.81265 0.95210
print("clopper-pearson", beta.ppf(0.025, k, n - k + 1), beta.ppf(0.975, k + 1, n - k))  # 0.80989 0.96001
