package dev.appraise.synthesis;

/**
 * The estimator of the number of missing studies {@code k0} in trim-and-fill (Duval and Tweedie
 * 2000), with metafor's names. In each formula the {@code k} studies are centred on the pooled
 * estimate of the trimmed data, ranked by absolute value, and {@code S} is the sum of the ranks of
 * the studies on the side opposite to the missing ones (Wilcoxon's signed-rank statistic); the
 * estimate is rounded (half to even) and truncated at 0.
 *
 * <p>References: Duval S, Tweedie R (2000), Trim and fill: a simple funnel-plot-based method of
 * testing and adjusting for publication bias in meta-analysis, Biometrics 56:455-463. Duval S,
 * Tweedie R (2000), A nonparametric "trim and fill" method of accounting for publication bias in
 * meta-analysis, J Am Stat Assoc 95:89-98.
 */
public enum TrimAndFillEstimator {

  /**
   * {@code L0 = (4 S - k (k + 1)) / (2k - 1)} with standard error {@code 4 sqrt(Var S) / (2k - 1)},
   * {@code Var S = (k (k+1)(2k+1) + 10 k0³ + 27 k0² + 17 k0 - 18 k k0² - 18 k k0 + 6 k² k0) / 24}.
   * metafor's default.
   */
  L0,

  /**
   * {@code R0 = k - r - 1} with {@code r} the largest rank of the studies on the side of the
   * missing ones; standard error {@code sqrt(2 max(0, k0) + 2)}.
   */
  R0,

  /**
   * {@code Q0 = k - 1/2 - sqrt(2k² - 4 S + 1/4)} with standard error {@code 2 sqrt(Var S) / sqrt((k
   * - 1/2)² - k0 (2k - k0 - 1))}, {@code Var S} as for {@link #L0}.
   */
  Q0
}
