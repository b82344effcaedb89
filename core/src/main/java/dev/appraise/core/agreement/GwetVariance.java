package dev.appraise.core.agreement;

import org.jspecify.annotations.Nullable;

/**
 * Gwet's (2014, chapter 5; irrCAC's {@code *.raw} functions) linearisation variance of a
 * chance-corrected coefficient {@code k = (p_a - p_e) / (1 - p_e)}, shared by percent agreement,
 * Scott's pi, Fleiss' and Conger's kappa, AC1, AC2 and Brennan-Prediger: {@code v = (1 - f)/(n (n -
 * 1)) sum_i (k*_i - k)^2} with {@code k*_i = k_i - 2 (1 - k) (pe_i - pe)/(1 - pe)} and {@code k_i =
 * (n/n2)(pa_i - pe [r_i >= 2])/(1 - pe)}, {@code n} the units with a rating, {@code n2} those with
 * two or more, {@code f = n/N} the sampled share of a finite population. Each coefficient gives its
 * unit-level chance agreement {@code pe_i} ({@link UnitChance}); the rest is common.
 *
 * <p>One pass over the units, O(n (m + k^2)), or over the distinct rows of codes with their
 * multiplicities ({@link Rows}).
 */
final class GwetVariance {

  /** The method name of the standard error. */
  static final String METHOD = "gwet-2014";

  private GwetVariance() {}

  /** A coefficient's chance agreement {@code pe_i} of one unit. */
  @FunctionalInterface
  interface UnitChance {

    /**
     * The unit's chance agreement.
     *
     * @param rows the units, with each row's categories and counts
     * @param row the unit's row in {@code rows}
     * @param ratings its number of ratings {@code r_i}
     * @return {@code pe_i}
     */
    double of(Rows rows, int row, int ratings);
  }

  /**
   * Chance agreement that is the same for every unit, {@code pe_i = pe} (percent agreement,
   * Brennan-Prediger).
   *
   * @param pe the chance agreement
   * @return the unit chance
   */
  static UnitChance constant(double pe) {
    return (rows, row, r) -> pe;
  }

  /**
   * The chance agreement of a product of margins (Fleiss' kappa, Scott's pi): {@code pe_i = sum_k
   * r_ik piw_k / r_i} with {@code piw_k = sum_l (w_kl + w_lk) pi_l / 2}.
   *
   * @param w the weights, flattened
   * @param pi the classification shares
   * @return the unit chance
   */
  static UnitChance marginal(double[] w, double[] pi) {
    int k = pi.length;
    double[] piW = new double[k];
    for (int a = 0; a < k; a++) {
      for (int b = 0; b < k; b++) {
        piW[a] += (w[a * k + b] * pi[b] + w[b * k + a] * pi[b]) / 2;
      }
    }
    return (rows, row, r) -> {
      double weighted = 0;
      for (int e = rows.start(row); e < rows.end(row); e++) {
        weighted += rows.count(e) * piW[rows.category(e)];
      }
      return weighted / r;
    };
  }

  /**
   * The standard error.
   *
   * @param units the units, null for streamed statistics
   * @param x the input
   * @param estimate the defined estimate, with its chance agreement {@code pe}
   * @param w the weights of the observed agreement, flattened
   * @param n the units with a rating (for Scott's pi, the units both raters rated)
   * @param n2 the units with two or more ratings
   * @param twoRatingsOnly whether only units with exactly two ratings count (Scott's pi)
   * @param chance the unit-level chance agreement
   * @return the standard error with {@code n - 1} degrees of freedom; null without units or with
   *     fewer than two
   */
  static @Nullable StandardError of(
      @Nullable UnitData units,
      Context x,
      Point estimate,
      double[] w,
      double n,
      double n2,
      boolean twoRatingsOnly,
      UnitChance chance) {
    if (units == null || n < 2) {
      return null;
    }
    double pe = estimate.pe();
    double kappa = estimate.value();
    double sum = 0;
    Rows rows = units.rows();
    double[] agreement = rows.agreement(w);
    for (int u = 0; u < rows.size(); u++) {
      int r = rows.total(u);
      if (r == 0 || (twoRatingsOnly && r != 2)) {
        continue;
      }
      double paI = r >= 2 ? (agreement[u] - r) / (r * (double) (r - 1)) : 0;
      double kI = (n / n2) * (paI - (r >= 2 ? pe : 0)) / (1 - pe);
      double peI = chance.of(rows, u, r);
      double kx = kI - 2 * (1 - kappa) * (peI - pe) / (1 - pe);
      sum += rows.weight(u) * (kx - kappa) * (kx - kappa);
    }
    return finish(x, n, n, sum);
  }

  /**
   * The standard error from the sum of squared deviations, with the finite-population correction.
   *
   * @param x the input, for the population size
   * @param n the number of units
   * @param sampled the number of units in the sampled share {@code f = sampled / N}: {@code n}, or
   *     for Krippendorff's alpha under {@link AgreementOptions.AlphaPopulation#ALL_UNITS} every
   *     rated unit
   * @param sum {@code sum_i (k*_i - k)^2}
   * @return the standard error with {@code n - 1} degrees of freedom
   */
  static StandardError finish(Context x, double n, double sampled, double sum) {
    double f = x.options().population() > 0 ? sampled / x.options().population() : 0;
    double var = (1 - f) / (n * (n - 1)) * sum;
    return StandardError.linearised(Math.sqrt(Math.max(0, var)), n, METHOD);
  }
}
