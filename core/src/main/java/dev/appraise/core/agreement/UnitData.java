package dev.appraise.core.agreement;

import org.jspecify.annotations.Nullable;

/**
 * The units of an in-memory input, for the passes that need them one by one: Gwet's variances and
 * the bootstrap. Every implementation reads the encoded arrays; no object is created per unit.
 */
abstract class UnitData {

  /** {@return the number of units (rows), including units without a rating} */
  abstract int size();

  /** {@return the number of raters, 0 when rater identity is unknown} */
  abstract int raters();

  abstract CategorySet<?> categories();

  /**
   * Writes the unit's category counts into {@code counts} (length k) and returns its number of
   * ratings.
   */
  abstract int counts(int unit, int[] counts);

  /** Writes the unit's codes into {@code codes} (length m); only when {@link #raters()} > 0. */
  abstract void codes(int unit, int[] codes);

  /** Adds the unit {@code weight} times to an accumulator made by {@link #newAccumulator()}. */
  abstract void addTo(AgreementStatsAccumulator<?> acc, int unit, long weight);

  abstract AgreementStatsAccumulator<?> newAccumulator();

  /**
   * The rows to group {@code units} units by (see {@link UnitPatterns}), or null when the input has
   * too many possible rows to be worth grouping.
   */
  @Nullable UnitPatterns patterns(int units) {
    return null;
  }

  /** How often each row of the {@link #patterns} of this input occurs among all its units. */
  int[] patternHistogram(UnitPatterns patterns) {
    throw new IllegalStateException("this input is not grouped by rows");
  }

  private @Nullable Rows rows;

  /** The units for the passes of Gwet's variances, grouped by row where possible; computed once. */
  Rows rows() {
    if (rows == null) {
      rows = Rows.of(this);
    }
    return rows;
  }

  /** The row id of a unit; only with the {@link #patterns} of this input. */
  int patternId(UnitPatterns patterns, int unit) {
    throw new IllegalStateException("this input is not grouped by rows");
  }

  static <C> UnitData of(RatingTable<C> table) {
    return new UnitData() {
      final int m = table.raters().size();
      final short[] codes = table.codes();

      @Override
      int size() {
        return table.units();
      }

      @Override
      int raters() {
        return m;
      }

      @Override
      CategorySet<?> categories() {
        return table.categories();
      }

      @Override
      int counts(int unit, int[] counts) {
        java.util.Arrays.fill(counts, 0);
        int r = 0;
        for (int g = 0; g < m; g++) {
          int c = codes[unit * m + g];
          if (c >= 0) {
            counts[c]++;
            r++;
          }
        }
        return r;
      }

      @Override
      void codes(int unit, int[] out) {
        for (int g = 0; g < m; g++) {
          out[g] = codes[unit * m + g];
        }
      }

      @Override
      void addTo(AgreementStatsAccumulator<?> acc, int unit, long weight) {
        acc.addCodes(codes, unit * m, weight);
      }

      @Override
      AgreementStatsAccumulator<?> newAccumulator() {
        return AgreementStatsAccumulator.create(table.categories(), table.raters());
      }

      @Override
      @Nullable UnitPatterns patterns(int units) {
        return UnitPatterns.of(m, table.categories().size(), units);
      }

      @Override
      int patternId(UnitPatterns patterns, int unit) {
        return patterns.id(codes, unit * m);
      }

      @Override
      int[] patternHistogram(UnitPatterns patterns) {
        return patterns.histogram(codes, table.units());
      }
    };
  }

  static <C> UnitData of(CategoryCounts<C> counts) {
    return new UnitData() {
      final int k = counts.categories().size();
      final int[] flat = counts.flat();

      @Override
      int size() {
        return counts.units();
      }

      @Override
      int raters() {
        return 0;
      }

      @Override
      CategorySet<?> categories() {
        return counts.categories();
      }

      @Override
      int counts(int unit, int[] out) {
        int r = 0;
        for (int c = 0; c < k; c++) {
          out[c] = flat[unit * k + c];
          r += out[c];
        }
        return r;
      }

      @Override
      void codes(int unit, int[] codes) {
        throw new IllegalStateException("per-unit counts have no rater codes");
      }

      @Override
      void addTo(AgreementStatsAccumulator<?> acc, int unit, long weight) {
        acc.addCounts(flat, unit * k, weight);
      }

      @Override
      AgreementStatsAccumulator<?> newAccumulator() {
        return AgreementStatsAccumulator.forCounts(counts.categories());
      }
    };
  }
}
