package dev.appraise.core.agreement;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The units of an input for the passes whose per-unit term depends only on the unit's row of codes
 * (Gwet's variances): each distinct row once with its multiplicity when the rows are grouped
 * ({@link UnitPatterns}), else every unit with multiplicity 1. The sums are the same, taken in
 * another order.
 *
 * <p>Each row's category counts are counted once, for every pass, and kept as its categories in
 * ascending order with their counts; each row's weighted agreement {@code sum_ab w_ab r_ia r_ib} is
 * computed once for each weight matrix the passes ask for, so the coefficients that share the
 * weights (percent agreement, Fleiss', Conger's, AC1, Brennan-Prediger and, nominal, alpha) share
 * the work. The terms are computed as each pass computed them, so the sums are the same to the last
 * bit.
 */
final class Rows {

  private final UnitData data;
  private final @Nullable UnitPatterns patterns;
  private final int[] ids;
  private final long[] weights;
  private final int[] row;
  private final int k;

  // row i's categories and counts are entries starts[i] to starts[i + 1] of categories and counts,
  // its number of ratings totals[i]
  private int[] starts = new int[0];
  private short[] categories = new short[0];
  private int[] counts = new int[0];
  private int[] totals = new int[0];

  private final List<double[]> agreementWeights = new ArrayList<>();
  private final List<double[]> agreements = new ArrayList<>();

  private Rows(UnitData data, @Nullable UnitPatterns patterns, int[] ids, long[] weights) {
    this.data = data;
    this.patterns = patterns;
    this.ids = ids;
    this.weights = weights;
    this.row = new int[Math.max(1, data.raters())];
    this.k = data.categories().size();
  }

  static Rows of(UnitData data) {
    UnitPatterns patterns = data.patterns(data.size());
    if (patterns == null) {
      Rows rows = new Rows(data, null, new int[0], new long[0]);
      rows.countAll();
      return rows;
    }
    int[] histogram = data.patternHistogram(patterns);
    int distinct = 0;
    for (int c : histogram) {
      distinct += c > 0 ? 1 : 0;
    }
    int[] ids = new int[distinct];
    long[] weights = new long[distinct];
    int j = 0;
    for (int id = 0; id < histogram.length; id++) {
      if (histogram[id] > 0) {
        ids[j] = id;
        weights[j++] = histogram[id];
      }
    }
    Rows rows = new Rows(data, patterns, ids, weights);
    rows.countAll();
    return rows;
  }

  /**
   * Counts every row's categories once, for the passes of the variances: a row of {@code m} raters
   * costs O(m) to count and O(categories present) to read back.
   */
  private void countAll() {
    int n = size();
    int[] scratch = new int[k];
    starts = new int[n + 1];
    totals = new int[n];
    categories = new short[Math.max(16, n)];
    counts = new int[categories.length];
    int e = 0;
    for (int i = 0; i < n; i++) {
      totals[i] = patterns == null ? data.counts(i, scratch) : patternCounts(i, scratch);
      for (int c = 0; c < k; c++) {
        if (scratch[c] > 0) {
          if (e == categories.length) {
            categories = Arrays.copyOf(categories, e + (e >> 1));
            counts = Arrays.copyOf(counts, categories.length);
          }
          categories[e] = (short) c;
          counts[e++] = scratch[c];
        }
      }
      starts[i + 1] = e;
    }
  }

  private int patternCounts(int i, int[] scratch) {
    Arrays.fill(scratch, 0);
    UnitPatterns p = java.util.Objects.requireNonNull(patterns);
    p.row(ids[i], row);
    int r = 0;
    for (int c : row) {
      if (c >= 0) {
        scratch[c]++;
        r++;
      }
    }
    return r;
  }

  /** {@return the number of rows to visit} */
  int size() {
    return patterns == null ? data.size() : ids.length;
  }

  /** {@return how many units row {@code i} stands for} */
  long weight(int i) {
    return patterns == null ? 1 : weights[i];
  }

  /** {@return row {@code i}'s number of ratings {@code r_i}} */
  int total(int i) {
    return totals[i];
  }

  /** {@return the first entry of row {@code i}: its categories with a rating, ascending} */
  int start(int i) {
    return starts[i];
  }

  /** {@return the entry after row {@code i}'s last} */
  int end(int i) {
    return starts[i + 1];
  }

  /** {@return the category of an entry} */
  int category(int entry) {
    return categories[entry];
  }

  /** {@return the number of ratings of an entry's row in its category, at least 1} */
  int count(int entry) {
    return counts[entry];
  }

  /**
   * Each row's weighted agreement {@code sum_ab w_ab r_ia r_ib}, over its categories {@code a} and
   * {@code b} in ascending order; computed once for each weight matrix.
   *
   * @param w the weights, flattened row by row
   * @return the sums, row by row; not to be modified
   */
  double[] agreement(double[] w) {
    for (int j = 0; j < agreementWeights.size(); j++) {
      if (Arrays.equals(agreementWeights.get(j), w)) {
        return agreements.get(j);
      }
    }
    int n = size();
    double[] sums = new double[n];
    for (int i = 0; i < n; i++) {
      double agree = 0;
      for (int e = starts[i]; e < starts[i + 1]; e++) {
        int base = categories[e] * k;
        int na = counts[e];
        for (int f = starts[i]; f < starts[i + 1]; f++) {
          agree += w[base + categories[f]] * na * counts[f];
        }
      }
      sums[i] = agree;
    }
    agreementWeights.add(w.clone());
    agreements.add(sums);
    return sums;
  }

  /**
   * Writes row {@code i}'s ratings, each rater (ascending) and its code, and returns their number
   * (inputs with raters only).
   */
  int ratings(int i, int[] raters, int[] codes) {
    if (patterns == null) {
      return data.ratings(i, raters, codes);
    }
    patterns.row(ids[i], row);
    int r = 0;
    for (int g = 0; g < row.length; g++) {
      if (row[g] >= 0) {
        raters[r] = g;
        codes[r++] = row[g];
      }
    }
    return r;
  }

  /** Writes row {@code i}'s codes (inputs with raters only). */
  void codes(int i, int[] codes) {
    if (patterns == null) {
      data.codes(i, codes);
    } else {
      patterns.row(ids[i], codes);
    }
  }
}
