package dev.appraise.core.agreement;

/**
 * What every {@link Estimator} reads: the statistics of the input, the options and the weight
 * matrix {@code w_kl}, flattened row by row ({@code w_kl} at {@code k * q + l}).
 *
 * @param stats the sufficient statistics
 * @param options the options
 * @param weights the chosen weights, flattened
 * @param weightSum {@code sum_kl w_kl}
 */
@SuppressWarnings("ArrayRecordComponent") // an internal bundle, never compared or hashed
record Context(
    AgreementStats<?> stats, AgreementOptions options, double[] weights, double weightSum) {

  /**
   * The context of statistics under options.
   *
   * @param stats the statistics
   * @param options the options
   * @param weights the options' weights for the statistics' categories, flattened (see {@link
   *     Weights#flat})
   * @return the context
   */
  static Context of(AgreementStats<?> stats, AgreementOptions options, double[] weights) {
    double sum = 0;
    for (double w : weights) {
      sum += w;
    }
    return new Context(stats, options, weights, sum);
  }

  /** {@return the number of categories {@code q}} */
  int k() {
    return stats.categories().size();
  }

  /** {@return the number of raters {@code m}, 0 for per-unit counts} */
  int m() {
    return stats.raterCount();
  }

  /** {@return whether no unit has two or more ratings} */
  boolean unpairable() {
    return stats.pairableUnits() <= 0;
  }
}
