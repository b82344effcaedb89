package dev.appraise.core.agreement;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * An immutable snapshot of the sufficient statistics accumulated by {@link
 * AgreementStatsAccumulator}: enough for the point estimate of every coefficient (see {@link
 * AgreementReport#of(AgreementStats, AgreementOptions)}) in O(k^2) memory, whatever the number of
 * units.
 *
 * @param <C> the category type
 */
public final class AgreementStats<C> {

  private final CategorySet<C> categories;
  private final @Nullable List<String> raters;
  private final int k;
  private final int m;
  private final double units;
  private final double pairable;
  private final double values;
  private final double inverseSum;
  private final int minRatings;
  private final int maxRatings;
  private final double[] coincidence;
  private final double[] pairAgreement;
  private final double[] shares;
  private final long[] raterCounts;
  private final PairTables pairTables;
  private final boolean pairsTracked;
  private final @Nullable RaterRows raterRows;

  /** A snapshot; {@code copy == false} shares the arrays (for internal resampling loops only). */
  AgreementStats(AgreementStatsAccumulator<C> a, boolean copy) {
    this(a, copy, null);
  }

  /**
   * A snapshot that shares the arrays and reads the raters' pairwise tables from {@code raterRows},
   * counted as they are read, rather than from the accumulator, which did not keep them.
   */
  AgreementStats(AgreementStatsAccumulator<C> a, RaterRows raterRows) {
    this(a, false, raterRows);
  }

  private AgreementStats(
      AgreementStatsAccumulator<C> a, boolean copy, @Nullable RaterRows raterRows) {
    categories = a.categories;
    raters = a.raters;
    k = a.k;
    m = a.m;
    units = a.units;
    pairable = a.pairable;
    values = a.values;
    inverseSum = a.inverseSum;
    minRatings = a.minRatings;
    maxRatings = a.maxRatings;
    coincidence = copy ? a.coincidence.clone() : a.coincidence;
    pairAgreement = copy ? a.pairAgreement.clone() : a.pairAgreement;
    shares = copy ? a.shares.clone() : a.shares;
    raterCounts = copy ? a.raterCounts.clone() : a.raterCounts;
    pairTables = copy ? a.pairTables.copy() : a.pairTables;
    pairsTracked = raterRows != null || a.pairsTracked;
    this.raterRows = raterRows;
  }

  /** {@return the categories} */
  public CategorySet<C> categories() {
    return categories;
  }

  /** {@return the raters' names; empty for per-unit counts, where rater identity is unknown} */
  public Optional<List<String>> raters() {
    return Optional.ofNullable(raters);
  }

  /** {@return the number of units with at least one rating} */
  public long units() {
    return Math.round(units);
  }

  /** {@return the number of units with at least two ratings (the pairable units)} */
  public long pairableUnits() {
    return Math.round(pairable);
  }

  /**
   * {@return the number of pairable values, Krippendorff's n: the ratings in units with at least
   * two}
   */
  public long pairableValues() {
    return Math.round(values);
  }

  /**
   * A cell of Krippendorff's coincidence matrix.
   *
   * @param c a category position
   * @param d a category position
   * @return {@code o_cd}
   */
  public double coincidence(int c, int d) {
    return coincidence[c * k + d];
  }

  /**
   * A cell of a pair of raters' contingency table, over the units both rated.
   *
   * @param rowRater the first rater's column
   * @param columnRater the second rater's column, different from the first
   * @param c the first rater's category
   * @param d the second rater's category
   * @return the number of units
   * @throws IllegalStateException for per-unit counts, or when the tables were too large to keep
   *     (see {@link AgreementStatsAccumulator#MAX_PAIR_CELLS})
   */
  public long pairCount(int rowRater, int columnRater, int c, int d) {
    if (raters == null) {
      throw new IllegalStateException("per-unit counts have no rater pairs");
    }
    if (!pairsTracked) {
      throw new IllegalStateException(
          "pairwise tables are not kept for " + k + " categories and " + m + " raters");
    }
    if (rowRater == columnRater) {
      throw new IllegalArgumentException(
          "a rater pair needs two different raters, was " + rowRater + " twice");
    }
    if (rowRater > columnRater) {
      return pairCount(columnRater, rowRater, d, c);
    }
    PairTables tables = pairTables(rowRater);
    int base = tables.base(pairIndex(rowRater, columnRater));
    return base < 0 ? 0 : tables.cell(base + c * k + d);
  }

  /** The pairwise tables, with every pair whose first rater is {@code g} or before counted. */
  private PairTables pairTables(int g) {
    return raterRows == null ? pairTables : raterRows.through(g);
  }

  private int pairIndex(int g, int h) {
    // pairs (g, h), g < h, enumerated row by row
    return g * m - g * (g + 1) / 2 + (h - g - 1);
  }

  // ---- what the estimators read, derived from the sums ----

  /** {@return the number of raters, 0 for per-unit counts} */
  int raterCount() {
    return m;
  }

  /**
   * {@return whether the raters' pairwise tables are kept (see {@link
   * AgreementStatsAccumulator#MAX_PAIR_CELLS})}
   */
  boolean pairsTracked() {
    return pairsTracked;
  }

  /** {@return the fewest ratings of a rated unit} */
  int minRatings() {
    return minRatings;
  }

  /** {@return the most ratings of a unit} */
  int maxRatings() {
    return maxRatings;
  }

  /**
   * {@return whether every unit with a rating has the same number of ratings, all raters' (Fleiss
   * 1971 design)}
   */
  boolean complete() {
    return units > 0 && minRatings == maxRatings && (raters == null || minRatings == m);
  }

  /**
   * Gwet's (2014) weighted percent agreement {@code p_a = (sum_kl w_kl M_kl - sum_i 1/(r_i - 1)) /
   * n2} over the units with two or more ratings, {@code M} the pair-agreement matrix.
   *
   * @param weights {@code w_kl} flattened row by row
   */
  double weightedAgreement(double[] weights) {
    double sum = 0;
    for (int i = 0; i < k * k; i++) {
      sum += weights[i] * pairAgreement[i];
    }
    return (sum - inverseSum) / pairable;
  }

  /**
   * {@return the classification shares {@code pi_k = (1/n) sum_i r_ik / r_i} of Fleiss and Gwet}
   */
  double[] classificationShares() {
    double[] pi = new double[k];
    for (int c = 0; c < k; c++) {
      pi[c] = shares[c] / units;
    }
    return pi;
  }

  /** {@return the sum {@code sum_i r_ic / r_i} behind {@link #classificationShares()}} */
  double share(int c) {
    return shares[c];
  }

  /** {@return {@code sum_i 1/(r_i - 1)} over the units with two or more ratings} */
  double inverseSum() {
    return inverseSum;
  }

  /**
   * {@return the cell {@code M_cd = sum_i r_ic r_id / (r_i (r_i - 1))} of the pair-agreement
   * matrix}
   */
  double pairAgreement(int c, int d) {
    return pairAgreement[c * k + d];
  }

  /** {@return the number of units a rater put in a category} */
  long ratings(int rater, int category) {
    return raterCounts[rater * k + category];
  }

  /** {@return the number of units a rater rated} */
  long ratings(int rater) {
    long n = 0;
    for (int c = 0; c < k; c++) {
      n += raterCounts[rater * k + c];
    }
    return n;
  }

  /**
   * {@return each rater's classification shares {@code p_gk = n_gk / n_g}, or null if a rater rated
   * nothing}
   */
  double @Nullable [][] raterShares() {
    double[][] p = new double[m][k];
    for (int g = 0; g < m; g++) {
      long n = ratings(g);
      if (n <= 0) {
        return null;
      }
      for (int c = 0; c < k; c++) {
        p[g][c] = raterCounts[g * k + c] / (double) n;
      }
    }
    return p;
  }

  /**
   * The contingency table of raters {@code g < h} as proportions, row by row, followed by its
   * total; null if they rated no unit in common.
   */
  double @Nullable [] pairProportions(int g, int h) {
    PairTables tables = pairTables(g);
    int base = tables.base(pairIndex(g, h));
    if (base < 0) {
      return null;
    }
    long n = 0;
    for (int i = 0; i < k * k; i++) {
      n += tables.cell(base + i);
    }
    if (n <= 0) {
      return null;
    }
    double[] p = new double[k * k + 1];
    for (int i = 0; i < k * k; i++) {
      p[i] = tables.cell(base + i) / (double) n;
    }
    p[k * k] = n;
    return p;
  }

  /**
   * {@return the margins {@code n_c = sum_d o_cd} of the coincidence matrix: the pairable values in
   * each category}
   */
  double[] coincidenceMarginals() {
    double[] n = new double[k];
    for (int c = 0; c < k; c++) {
      for (int d = 0; d < k; d++) {
        n[c] += coincidence[c * k + d];
      }
    }
    return n;
  }

  @Override
  public String toString() {
    return "AgreementStats["
        + units()
        + " units, "
        + pairableUnits()
        + " pairable, categories "
        + categories
        + "]";
  }
}
