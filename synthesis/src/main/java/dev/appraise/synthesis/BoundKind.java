package dev.appraise.synthesis;

/**
 * How a bound of a {@link HeterogeneityInterval} was found, following metafor's {@code
 * confint.rma.uni}.
 */
public enum BoundKind {
  /** The root of the generalized Q statistic against its chi-square quantile. */
  ROOT,
  /**
   * The bound lies at or below the lower end of the search, tau² = 0, and is reported as 0: the
   * generalized Q statistic at tau² = 0 is already below the quantile. When both bounds are of this
   * kind the interval is empty (see {@link HeterogeneityInterval#isEmpty()}).
   */
  AT_ZERO,
  /**
   * The bound lies beyond the upper end of the search and is reported as that end ({@link
   * HeterogeneityInterval#searchMaximum()}); the true bound is larger.
   */
  ABOVE_SEARCH_MAXIMUM
}
