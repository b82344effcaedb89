package dev.appraise.core.agreement;

import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * The raters' pairwise contingency tables of a sparse table counted rater by rater, and only as far
 * as they are read: the tables of the pairs {@code (g, h)}, {@code h > g}, are counted from rater
 * {@code g}'s units the first time a pair of rater {@code g} or a later one is read, into one dense
 * row of cells, then copied into {@link PairTables}. Light's kappa reads the pairs in order and
 * stops at the first whose Cohen's kappa is undefined: with crowd ratings (2,000 raters, 3 to a
 * unit) most pairs share no unit, so the first rater's pairs settle it, where counting every unit's
 * pairs first would update about 600,000 scattered cells. When every pair is read the work is the
 * same {@code sum_u r_u (r_u - 1) / 2} updates, into a row held in cache. The cells are the same
 * integers as counted unit by unit.
 */
final class RaterRows {

  /** The most cells of the row buffer (8 MB); past them a row's cells go straight to the tables. */
  static final long MAX_ROW_CELLS = 1L << 20;

  private final int m;
  private final int k;
  private final int[] starts;
  private final int[] raters;
  private final short[] codes;
  private final PairTables tables;
  // rater g's units are unitsOf[raterStarts[g] .. raterStarts[g + 1]), its codes codesOf there
  private final int[] raterStarts;
  private final int[] unitsOf;
  private final short[] codesOf;
  private final long maxRowCells;
  private int counted;

  private RaterRows(RatingTable<?> table, long maxRowCells) {
    this.maxRowCells = maxRowCells;
    m = table.raters().size();
    k = table.categories().size();
    starts = table.starts();
    raters = table.entryRaters();
    codes = table.entryCodes();
    tables = PairTables.of((long) m * (m - 1) / 2, k);
    int entries = starts[table.units()];
    raterStarts = new int[m + 1];
    for (int e = 0; e < entries; e++) {
      raterStarts[raters[e] + 1]++;
    }
    for (int g = 0; g < m; g++) {
      raterStarts[g + 1] += raterStarts[g];
    }
    int[] next = Arrays.copyOf(raterStarts, m);
    unitsOf = new int[entries];
    codesOf = new short[entries];
    for (int u = 0; u < table.units(); u++) {
      for (int e = starts[u]; e < starts[u + 1]; e++) {
        int at = next[raters[e]]++;
        unitsOf[at] = u;
        codesOf[at] = codes[e];
      }
    }
  }

  /**
   * The pairwise tables of a sparse table, counted as they are read.
   *
   * @param table a sparse table
   * @return the tables, none counted yet
   */
  static RaterRows of(RatingTable<?> table) {
    return of(table, MAX_ROW_CELLS);
  }

  /**
   * The pairwise tables of a sparse table, counted as they are read, through a row buffer of at
   * most {@code maxRowCells} cells.
   *
   * @param table a sparse table
   * @param maxRowCells the most cells of the buffer; a row of more goes straight to the tables
   * @return the tables, none counted yet
   */
  static RaterRows of(RatingTable<?> table, long maxRowCells) {
    return new RaterRows(table, maxRowCells);
  }

  /**
   * {@return the tables, with every pair of raters up to {@code g} (as first rater) counted}
   *
   * @param g the first rater of the pair to be read
   */
  synchronized PairTables through(int g) {
    if (counted <= g) {
      int kk = k * k;
      // many raters and many categories: no buffer, each cell added where it belongs
      long[] row = (long) m * kk <= maxRowCells ? new long[m * kk] : null;
      boolean[] touched = new boolean[m];
      for (; counted <= g; counted++) {
        countRow(counted, row, touched, kk);
      }
    }
    return tables;
  }

  private void countRow(int g, long @Nullable [] row, boolean[] touched, int kk) {
    int pair = g * m - g * (g + 1) / 2 - g - 1;
    for (int i = raterStarts[g]; i < raterStarts[g + 1]; i++) {
      int u = unitsOf[i];
      int base = codesOf[i] * k;
      for (int e = starts[u + 1] - 1; e >= starts[u] && raters[e] > g; e--) {
        int h = raters[e];
        if (row == null) {
          tables.add(pair + h, base + codes[e], 1);
        } else {
          row[h * kk + base + codes[e]]++;
          touched[h] = true;
        }
      }
    }
    if (row == null) {
      return;
    }
    for (int h = g + 1; h < m; h++) {
      if (touched[h]) {
        touched[h] = false;
        for (int c = 0; c < kk; c++) {
          long n = row[h * kk + c];
          if (n != 0) {
            tables.add(pair + h, c, n);
            row[h * kk + c] = 0;
          }
        }
      }
    }
  }
}
