package dev.appraise.core.agreement;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * An immutable snapshot of the sufficient statistics accumulated by {@link AgreementStatsAccumulator}: enough for
 * the point estimate of every coefficient (see {@link AgreementReport#of(AgreementStats, AgreementOptions)}) in
 * O(k^2) memory, whatever the number of units.
 *
 * @param <C> the category type
 */
public final class AgreementStats<C> {

  final CategorySet<C> categories;
  final @Nullable List<String> raters;
  final int k;
  final int m;
  final double units;
  final double pairable;
  final double values;
  final double inverseSum;
  final int minRatings;
  final int maxRatings;
  final double[] coincidence;
  final double[] pairAgreement;
  final double[] shares;
  final long[] raterCounts;
  final long[] pairTables;
  final boolean pairsTracked;

  /** A snapshot; {@code copy == false} shares the arrays (for internal resampling loops only). */
  AgreementStats(AgreementStatsAccumulator<C> a, boolean copy) {
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
    pairTables = copy ? a.pairTables.clone() : a.pairTables;
    pairsTracked = a.pairsTracked;
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

  /** {@return the number of pairable values, Krippendorff's n: the ratings in units with at least two} */
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
   * @throws IllegalStateException for per-unit counts, or when the tables were too large to keep (see {@link
   *     AgreementStatsAccumulator#MAX_PAIR_CELLS})
   */
  public long pairCount(int rowRater, int columnRater, int c, int d) {
    if (raters == null) {
      throw new IllegalStateException("per-unit counts have no rater pairs");
    }
    if (!pairsTracked) {
      throw new IllegalStateException("pairwise tables are not kept for " + k + " categories and " + m + " raters");
    }
    if (rowRater == columnRater) {
      throw new IllegalArgumentException("a rater pair needs two different raters, was " + rowRater + " twice");
    }
    if (rowRater > columnRater) {
      return pairCount(columnRater, rowRater, d, c);
    }
    return pairTables[pairIndex(rowRater, columnRater) * k * k + c * k + d];
  }

  int pairIndex(int g, int h) {
    // pairs (g, h), g < h, enumerated row by row
    return g * m - g * (g + 1) / 2 + (h - g - 1);
  }

  /** {@return whether every unit with a rating has the same number of ratings, all raters' (Fleiss 1971 design)} */
  boolean complete() {
    return units > 0 && minRatings == maxRatings && (raters == null || minRatings == m);
  }

  @Override
  public String toString() {
    return "AgreementStats[" + units() + " units, " + pairableUnits() + " pairable, categories " + categories + "]";
  }
}
