package dev.appraise.core.agreement;

import org.jspecify.annotations.Nullable;

/**
 * Units grouped by their row of codes. With {@code m} raters and {@code k} categories a unit is one
 * of at most {@code (k+1)^m} rows (a missing cell is the extra symbol), so when that is small next
 * to the number of units, one cheap pass counts how often each row occurs and the accumulator then
 * adds each distinct row once, weighted by its count: O(n m) integer work plus O((k+1)^m m^2)
 * instead of the per-unit O(m^2 + k^2) floating-point work. The result is the same sums, added in
 * another order. The bootstrap resamples the same way: a replicate draws units, counts their rows
 * and adds each distinct row once.
 */
final class UnitPatterns {

  /** The most rows worth counting: the counts must stay in cache. */
  static final int MAX_PATTERNS = 1 << 16;

  private final int m;
  private final int base;
  private final int size;

  private UnitPatterns(int m, int base, int size) {
    this.m = m;
    this.base = base;
    this.size = size;
  }

  /**
   * The patterns of a table's shape, or null when there are too many to be worth counting: more
   * than {@link #MAX_PATTERNS}, or more than eight per unit (for a small table, counting would cost
   * more than it saves).
   *
   * @param raters the number of raters {@code m}
   * @param categories the number of categories {@code k}
   * @param units the number of units
   */
  static @Nullable UnitPatterns of(int raters, int categories, int units) {
    long size = 1;
    for (int g = 0; g < raters; g++) {
      size *= categories + 1;
      if (size > MAX_PATTERNS) {
        return null;
      }
    }
    if (size > 8L * units + 64) {
      return null;
    }
    return new UnitPatterns(raters, categories + 1, (int) size);
  }

  /** {@return the number of possible rows, {@code (k+1)^m}} */
  int size() {
    return size;
  }

  /** The row id of the unit whose {@code m} codes start at {@code offset}. */
  int id(short[] codes, int offset) {
    int id = 0;
    for (int g = 0; g < m; g++) {
      id = id * base + codes[offset + g] + 1;
    }
    return id;
  }

  /** How often each row occurs among the first {@code units} units. */
  int[] histogram(short[] codes, int units) {
    int[] counts = new int[size];
    for (int u = 0, offset = 0; u < units; u++, offset += m) {
      counts[id(codes, offset)]++;
    }
    return counts;
  }

  /**
   * Writes the codes of row {@code id} into {@code row} (length m), {@code -1} for a missing cell.
   */
  void row(int id, int[] row) {
    int rest = id;
    for (int g = m - 1; g >= 0; g--) {
      row[g] = rest % base - 1;
      rest /= base;
    }
  }

  /** Adds each row {@code counts[id]} times. */
  void addTo(AgreementStatsAccumulator<?> accumulator, int[] counts) {
    int[] row = new int[m];
    for (int id = 0; id < size; id++) {
      if (counts[id] != 0) {
        int rest = id;
        for (int g = m - 1; g >= 0; g--) {
          row[g] = rest % base - 1;
          rest /= base;
        }
        accumulator.addCodes(row, 0, counts[id]);
      }
    }
  }
}
