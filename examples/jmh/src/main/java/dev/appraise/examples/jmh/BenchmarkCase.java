package dev.appraise.examples.jmh;

import java.util.Locale;

/** A coefficient the benchmarks time, with the shape of the data it is timed on. */
public enum BenchmarkCase {
  /** Krippendorff's alpha with the nominal metric. */
  ALPHA_NOMINAL(4, 0.10),
  /** Krippendorff's alpha with the ordinal metric. */
  ALPHA_ORDINAL(4, 0.10),
  /** Krippendorff's alpha with the interval metric. */
  ALPHA_INTERVAL(4, 0.10),
  /** Fleiss' kappa; needs complete data. */
  FLEISS_KAPPA(4, 0),
  /** Cohen's kappa, unweighted; two raters, complete data. */
  COHEN_KAPPA(2, 0);

  private final int raters;
  private final double missingShare;

  BenchmarkCase(int raters, double missingShare) {
    this.raters = raters;
    this.missingShare = missingShare;
  }

  /** {@return the number of raters of the benchmark data} */
  public int raters() {
    return raters;
  }

  /** {@return the share of missing cells of the benchmark data} */
  public double missingShare() {
    return missingShare;
  }

  /** {@return the parameter name, e.g. {@code alpha_nominal}} */
  public String parameter() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The coefficient named by a benchmark parameter.
   *
   * @param parameter e.g. {@code alpha_nominal}
   * @return the coefficient
   * @throws IllegalArgumentException if no coefficient has that name
   */
  public static BenchmarkCase ofParameter(String parameter) {
    return valueOf(parameter.toUpperCase(Locale.ROOT));
  }

  /**
   * The benchmark data for this coefficient.
   *
   * @param units the number of units
   * @return the data, generated with {@link RatingData#SEED}
   */
  public RatingData data(int units) {
    return RatingData.generate(units, raters, missingShare, RatingData.SEED);
  }
}
