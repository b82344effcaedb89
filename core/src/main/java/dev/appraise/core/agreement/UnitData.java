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

  /**
   * Writes the unit's ratings, each rater (ascending) and its code, and returns their number; only
   * when {@link #raters()} > 0. O(ratings) for a sparse table.
   */
  int ratings(int unit, int[] raters, int[] codes) {
    int[] row = new int[raters()];
    codes(unit, row);
    int r = 0;
    for (int g = 0; g < row.length; g++) {
      if (row[g] >= 0) {
        raters[r] = g;
        codes[r++] = row[g];
      }
    }
    return r;
  }

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

  /**
   * The units every rater rated (for per-unit counts: the units with as many ratings as the
   * most-rated one), as a view of this input; null when every rated unit is complete, so that the
   * input serves as it is.
   */
  @Nullable UnitData completeUnits() {
    int[] counts = new int[categories().size()];
    int[] ratings = new int[size()];
    int most = raters();
    for (int u = 0; u < size(); u++) {
      ratings[u] = counts(u, counts);
      if (raters() == 0) {
        most = Math.max(most, ratings[u]);
      }
    }
    int[] keep = new int[size()];
    int kept = 0;
    boolean incomplete = false;
    for (int u = 0; u < size(); u++) {
      if (ratings[u] == most && most > 0) {
        keep[kept++] = u;
      } else if (ratings[u] > 0) {
        incomplete = true;
      }
    }
    return incomplete ? subset(this, java.util.Arrays.copyOf(keep, kept)) : null;
  }

  private static UnitData subset(UnitData data, int[] units) {
    return new UnitData() {
      @Override
      int size() {
        return units.length;
      }

      @Override
      int raters() {
        return data.raters();
      }

      @Override
      CategorySet<?> categories() {
        return data.categories();
      }

      @Override
      int counts(int unit, int[] counts) {
        return data.counts(units[unit], counts);
      }

      @Override
      void codes(int unit, int[] codes) {
        data.codes(units[unit], codes);
      }

      @Override
      int ratings(int unit, int[] raters, int[] codes) {
        return data.ratings(units[unit], raters, codes);
      }

      @Override
      void addTo(AgreementStatsAccumulator<?> acc, int unit, long weight) {
        data.addTo(acc, units[unit], weight);
      }

      @Override
      AgreementStatsAccumulator<?> newAccumulator() {
        return data.newAccumulator();
      }
    };
  }

  /** The statistics of every unit of this input. */
  AgreementStats<?> stats() {
    AgreementStatsAccumulator<?> acc = newAccumulator();
    for (int u = 0; u < size(); u++) {
      addTo(acc, u, 1);
    }
    return new AgreementStats<>(acc, false);
  }

  static <C> UnitData of(RatingTable<C> table) {
    return of(table, true);
  }

  /**
   * The units of a table; {@code pairs} whether the accumulators of its resampling keep the raters'
   * pairwise tables.
   */
  static <C> UnitData of(RatingTable<C> table, boolean pairs) {
    if (table.isSparse()) {
      return sparse(table, pairs);
    }
    return new OfTable(table, pairs) {
      final short[] codes = table.codes();

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
      int ratings(int unit, int[] raters, int[] out) {
        int r = 0;
        for (int g = 0; g < m; g++) {
          int c = codes[unit * m + g];
          if (c >= 0) {
            raters[r] = g;
            out[r++] = c;
          }
        }
        return r;
      }

      @Override
      void addTo(AgreementStatsAccumulator<?> acc, int unit, long weight) {
        acc.addCodes(codes, unit * m, weight);
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
      int ratings(int unit, int[] raters, int[] codes) {
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

  /** The units of a sparse table: each unit's ratings only, never a pass over every rater. */
  private static <C> UnitData sparse(RatingTable<C> table, boolean pairs) {
    return new OfTable(table, pairs) {
      final int[] starts = table.starts();
      final int[] raters = table.entryRaters();
      final short[] codes = table.entryCodes();

      @Override
      int counts(int unit, int[] counts) {
        java.util.Arrays.fill(counts, 0);
        for (int e = starts[unit]; e < starts[unit + 1]; e++) {
          counts[codes[e]]++;
        }
        return starts[unit + 1] - starts[unit];
      }

      @Override
      void codes(int unit, int[] out) {
        java.util.Arrays.fill(out, 0, m, -1);
        for (int e = starts[unit]; e < starts[unit + 1]; e++) {
          out[raters[e]] = codes[e];
        }
      }

      @Override
      int ratings(int unit, int[] outRaters, int[] outCodes) {
        int r = 0;
        for (int e = starts[unit]; e < starts[unit + 1]; e++, r++) {
          outRaters[r] = raters[e];
          outCodes[r] = codes[e];
        }
        return r;
      }

      @Override
      void addTo(AgreementStatsAccumulator<?> acc, int unit, long weight) {
        acc.addEntries(raters, codes, starts[unit], starts[unit + 1], weight);
      }
    };
  }

  /** The units of a rating table, dense or sparse: what the two forms share. */
  private abstract static class OfTable extends UnitData {
    final RatingTable<?> table;
    final boolean pairs;
    final int m;

    OfTable(RatingTable<?> table, boolean pairs) {
      this.table = table;
      this.pairs = pairs;
      this.m = table.raters().size();
    }

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
    AgreementStatsAccumulator<?> newAccumulator() {
      return new AgreementStatsAccumulator<>(table.categories(), table.raters(), pairs);
    }
  }
}
