# Wilson score interval (Wilson, JASA 1927;22:209-212) for the seed review's 65 of 72 agreed items, 95 %.
from math import sqrt
from statistics import NormalDist
k, n, level = 65, 72, 0.95
z = NormalDist().inv_cdf(1 - (1 - level) / 2)
p = k / n
centre = (p + z * z / (2 * n)) / (1 + z * z / n)
half = z / (1 + z * z / n) * sqrt(p * (1 - p) / n + z * z / (4 * n * n))
print(f"p={p!r} lower={centre - half!r} upper={centre + half!r}")
