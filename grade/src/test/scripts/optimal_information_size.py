# Reference values for OptimalInformationSizeTest: the conventional two-group sample size with normal quantiles
# from SciPy (independent of Commons Math), two-sided alpha 0.05, power 0.80, equal groups, each rounded up.
# Run: python3 optimal_information_size.py  (SciPy 1.17.1 printed: binary 1806, continuous 786)
import math
from scipy.stats import norm

z = norm.ppf(0.975) + norm.ppf(0.80)
pc, rrr = 0.20, 0.25
pt = pc * (1 - rrr)
binary = z * z * (pc * (1 - pc) + pt * (1 - pt)) / (pc - pt) ** 2
d = 0.2
continuous = 2 * z * z / d ** 2
print("binary", 2 * math.ceil(binary), "continuous", 2 * math.ceil(continuous))
