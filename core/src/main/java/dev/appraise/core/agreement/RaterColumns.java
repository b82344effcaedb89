package dev.appraise.core.agreement;

import java.util.Arrays;

/**
 * The raters' pairwise contingency tables counted column by column: each rater's ratings as one
 * bitset over the units per category, {@code X[g][a]} (bit {@code u} set when rater {@code g} put
 * unit {@code u} in category {@code a}), so that cell {@code (a, b)} of the table of raters {@code
 * g < h} is {@code popcount(X[g][a] & X[h][b])}: only units both raters rated can set both bits,
 * the complete-case rule of Cohen's, Scott's and Light's kappa. The cells are the same integers as
 * the unit-by-unit updates give, so every coefficient read from them is the same to the last bit.
 *
 * <p>Which way is cheaper ({@link #cheaper}): unit by unit a unit of {@code r_u} ratings updates
 * {@code r_u (r_u - 1) / 2} pair cells at scattered places, {@code sum_u r_u (r_u - 1) / 2} in all
 * (all of it with sparse crowd ratings, where each unit has a few raters out of thousands); column
 * by column each of the {@code m (m - 1) / 2} pairs takes {@code k^2} and-and-count steps over
 * {@code ceil(n / 64)} words, in sequence, whatever the missing cells, after one pass over the
 * {@code n m} cells to set the bits. Dense tables of many raters and few categories (100 raters x
 * 20,000 units x 5 categories: 99 million scattered updates against 39 million word steps) favour
 * the columns; a few ratings a unit or many categories favour the units.
 */
final class RaterColumns {

  /** How the raters' pairwise tables are counted. */
  enum Way {
    /** Unit by unit, every pair of a unit's raters. */
    PER_UNIT,
    /** Column by column, with bitsets over the units. */
    COLUMNS,
    /** Whichever {@link #cheaper} says. */
    CHEAPER
  }

  /**
   * What one scattered pair-cell update costs in word steps (an and, a population count and an
   * addition, over arrays read in sequence): about 3 to 4 ns against about 1 ns, measured on 100
   * raters x 20,000 units on a loaded 2-core machine (99 million updates in 330 to 590 ms, 39
   * million word steps in 34 to 45 ms).
   */
  static final double UPDATE_IN_WORD_STEPS = 4;

  /** The most bytes the bitsets may take: {@code m k ceil(n / 64) 8}. */
  static final long MAX_BYTES = 64L << 20;

  private RaterColumns() {}

  /**
   * Whether counting the pairwise tables of a table column by column costs less than unit by unit,
   * by the cost model of the class comment.
   *
   * @param table the ratings
   * @return true for columns
   */
  static boolean cheaper(RatingTable<?> table) {
    int m = table.raters().size();
    int k = table.categories().size();
    int n = table.units();
    long words = (n + 63L) >>> 6;
    if ((long) m * k * words * 8 > MAX_BYTES) {
      return false;
    }
    double pairs = m * (m - 1.0) / 2;
    double columns = pairs * k * k * words + (double) n * m;
    double perUnit;
    if (table.isSparse()) {
      int[] starts = table.starts();
      perUnit = 0;
      for (int u = 0; u < n; u++) {
        double r = starts[u + 1] - starts[u];
        perUnit += r * (r - 1) / 2;
      }
    } else {
      // units of equal size, a lower bound otherwise: the columns are chosen a little less often
      double ratings = table.ratings();
      perUnit = ratings * (ratings / n - 1) / 2;
    }
    return columns < perUnit * UPDATE_IN_WORD_STEPS;
  }

  /**
   * Adds every unit of a table, once, to the raters' pairwise tables, column by column.
   *
   * @param table the ratings, of the tables' raters and categories
   * @param tables the tables of every pair, pairs {@code g < h} enumerated row by row
   */
  static void addPairs(RatingTable<?> table, PairTables tables) {
    int m = table.raters().size();
    int k = table.categories().size();
    int words = (table.units() + 63) >>> 6;
    long[] bits = bits(table, m, k, words);
    int pair = 0;
    for (int g = 0; g < m; g++) {
      for (int h = g + 1; h < m; h++, pair++) {
        for (int a = 0; a < k; a++) {
          int x = (g * k + a) * words;
          for (int b = 0; b < k; b++) {
            int y = (h * k + b) * words;
            long cell = 0;
            for (int w = 0; w < words; w++) {
              cell += Long.bitCount(bits[x + w] & bits[y + w]);
            }
            if (cell != 0) {
              tables.add(pair, a * k + b, cell);
            }
          }
        }
      }
    }
  }

  /**
   * The bitsets, rater by rater, category by category, word by word: {@code (g k + a) words + w}.
   */
  private static long[] bits(RatingTable<?> table, int m, int k, int words) {
    long[] bits = new long[m * k * words];
    int n = table.units();
    if (table.isSparse()) {
      int[] starts = table.starts();
      int[] raters = table.entryRaters();
      short[] codes = table.entryCodes();
      for (int u = 0; u < n; u++) {
        long bit = 1L << u;
        int word = u >>> 6;
        for (int e = starts[u]; e < starts[u + 1]; e++) {
          bits[(raters[e] * k + codes[e]) * words + word] |= bit;
        }
      }
      return bits;
    }
    // 64 units at a time: their rows are read from cache, and each bitset word is written once
    short[] codes = table.codes();
    long[] word = new long[k];
    for (int w = 0; w < words; w++) {
      int first = w << 6;
      int last = Math.min(n, first + 64);
      for (int g = 0; g < m; g++) {
        Arrays.fill(word, 0);
        for (int u = first, offset = first * m + g; u < last; u++, offset += m) {
          int c = codes[offset];
          if (c >= 0) {
            word[c] |= 1L << u;
          }
        }
        for (int a = 0; a < k; a++) {
          bits[(g * k + a) * words + w] = word[a];
        }
      }
    }
    return bits;
  }
}
