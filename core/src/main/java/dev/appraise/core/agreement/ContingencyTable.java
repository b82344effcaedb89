package dev.appraise.core.agreement;

import java.util.List;

/**
 * An immutable two-rater k x k contingency (confusion) table: {@code count(i, j)} units were put in
 * category {@code i} by the first rater (rows) and in category {@code j} by the second (columns).
 *
 * <p>Every two-rater coefficient is a function of this table; a contingency table is equivalent to
 * a complete two-rater {@link RatingTable} with {@link #total()} units. Memory O(k^2).
 *
 * @param <C> the category type
 */
public final class ContingencyTable<C> {

  private final CategorySet<C> categories;
  private final long[] counts;
  private final long total;

  private ContingencyTable(CategorySet<C> categories, long[] counts, long total) {
    this.categories = categories;
    this.counts = counts;
    this.total = total;
  }

  /**
   * A contingency table.
   *
   * @param categories the categories of rows and columns, in order
   * @param counts {@code counts[i][j]}: units in row category {@code i} and column category {@code
   *     j}
   * @param <C> the category type
   * @return the table
   * @throws IllegalArgumentException if the table is not square with one row per category, or a
   *     count is negative
   */
  public static <C> ContingencyTable<C> of(CategorySet<C> categories, long[][] counts) {
    int k = categories.size();
    if (counts.length != k) {
      throw new IllegalArgumentException(
          "contingency table must have one row per category ("
              + k
              + "), had "
              + counts.length
              + " rows");
    }
    long[] flat = new long[k * k];
    long total = 0;
    for (int i = 0; i < k; i++) {
      if (counts[i].length != k) {
        throw new IllegalArgumentException(
            "contingency table must be square ("
                + k
                + " x "
                + k
                + "): row "
                + (i + 1)
                + " ('"
                + categories.get(i)
                + "') has "
                + counts[i].length
                + " columns");
      }
      for (int j = 0; j < k; j++) {
        long c = counts[i][j];
        if (c < 0) {
          throw new IllegalArgumentException(
              "contingency table count at row "
                  + (i + 1)
                  + " ('"
                  + categories.get(i)
                  + "'), column "
                  + (j + 1)
                  + " ('"
                  + categories.get(j)
                  + "') must be >= 0, was "
                  + c);
        }
        flat[i * k + j] = c;
        total = Math.addExact(total, c);
      }
    }
    return new ContingencyTable<>(categories, flat, total);
  }

  /**
   * A contingency table with integer counts.
   *
   * @param categories the categories, in order
   * @param counts {@code counts[i][j]}, square, non-negative
   * @param <C> the category type
   * @return the table
   * @throws IllegalArgumentException as {@link #of(CategorySet, long[][])}
   */
  public static <C> ContingencyTable<C> of(CategorySet<C> categories, int[][] counts) {
    long[][] l = new long[counts.length][];
    for (int i = 0; i < counts.length; i++) {
      l[i] = new long[counts[i].length];
      for (int j = 0; j < counts[i].length; j++) {
        l[i][j] = counts[i][j];
      }
    }
    return of(categories, l);
  }

  /** {@return the categories of rows and columns} */
  public CategorySet<C> categories() {
    return categories;
  }

  /**
   * A cell count.
   *
   * @param row the first rater's category position
   * @param column the second rater's category position
   * @return the number of units in that cell
   */
  public long count(int row, int column) {
    return counts[row * categories.size() + column];
  }

  /** {@return the number of units, the sum of all cells} */
  public long total() {
    return total;
  }

  /**
   * The same data as a complete two-rater rating table of {@link #total()} units, row by row.
   *
   * @param raters the two raters' names
   * @return the table
   * @throws IllegalArgumentException if the total exceeds {@code Integer.MAX_VALUE / 2}
   */
  public RatingTable<C> toRatingTable(List<String> raters) {
    if (raters.size() != 2) {
      throw new IllegalArgumentException("a contingency table has two raters, was given " + raters);
    }
    if (total > Integer.MAX_VALUE / 2) {
      throw new IllegalArgumentException(
          "contingency table too large to expand: " + total + " units");
    }
    int k = categories.size();
    short[] codes = new short[(int) total * 2];
    int u = 0;
    for (int i = 0; i < k; i++) {
      for (int j = 0; j < k; j++) {
        for (long c = count(i, j); c > 0; c--) {
          codes[2 * u] = (short) i;
          codes[2 * u + 1] = (short) j;
          u++;
        }
      }
    }
    return new RatingTable<>(categories, List.copyOf(raters), codes, new String[u], u);
  }

  long[] cells() {
    return counts;
  }

  @Override
  public String toString() {
    return "ContingencyTable[" + categories + ", total " + total + "]";
  }
}
