package dev.appraise.core.agreement;

import org.jspecify.annotations.Nullable;

/**
 * The units of an input for the passes whose per-unit term depends only on the unit's row of codes
 * (Gwet's variances): each distinct row once with its multiplicity when the rows are grouped
 * ({@link UnitPatterns}), else every unit with multiplicity 1. The sums are the same, taken in
 * another order.
 */
final class Rows {

  private final UnitData data;
  private final @Nullable UnitPatterns patterns;
  private final int[] ids;
  private final long[] weights;
  private final int[] row;

  // ungrouped units, counted once for every pass: unit i's categories and counts are entries
  // starts[i] to starts[i + 1] of categories and counts
  private int[] starts = new int[0];
  private short[] categories = new short[0];
  private int[] counts = new int[0];

  private Rows(UnitData data, @Nullable UnitPatterns patterns, int[] ids, long[] weights) {
    this.data = data;
    this.patterns = patterns;
    this.ids = ids;
    this.weights = weights;
    this.row = new int[Math.max(1, data.raters())];
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
    return new Rows(data, patterns, ids, weights);
  }

  /**
   * Counts every unit's categories once, for the passes of the variances: a unit of {@code m}
   * raters costs O(m) to count and O(categories present) to read back.
   */
  private void countAll() {
    int n = data.size();
    int k = data.categories().size();
    int[] scratch = new int[k];
    starts = new int[n + 1];
    categories = new short[Math.max(16, n)];
    counts = new int[categories.length];
    int e = 0;
    for (int u = 0; u < n; u++) {
      data.counts(u, scratch);
      for (int c = 0; c < k; c++) {
        if (scratch[c] > 0) {
          if (e == categories.length) {
            categories = java.util.Arrays.copyOf(categories, e + (e >> 1));
            counts = java.util.Arrays.copyOf(counts, categories.length);
          }
          categories[e] = (short) c;
          counts[e++] = scratch[c];
        }
      }
      starts[u + 1] = e;
    }
  }

  /** {@return the number of rows to visit} */
  int size() {
    return patterns == null ? data.size() : ids.length;
  }

  /** {@return how many units row {@code i} stands for} */
  long weight(int i) {
    return patterns == null ? 1 : weights[i];
  }

  /** Writes row {@code i}'s category counts and returns its number of ratings. */
  int counts(int i, int[] counts) {
    if (patterns == null) {
      java.util.Arrays.fill(counts, 0);
      int r = 0;
      for (int e = starts[i]; e < starts[i + 1]; e++) {
        counts[categories[e]] = this.counts[e];
        r += this.counts[e];
      }
      return r;
    }
    java.util.Arrays.fill(counts, 0);
    patterns.row(ids[i], row);
    int r = 0;
    for (int c : row) {
      if (c >= 0) {
        counts[c]++;
        r++;
      }
    }
    return r;
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
