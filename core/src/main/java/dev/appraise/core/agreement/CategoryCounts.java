package dev.appraise.core.agreement;

import java.util.List;

/**
 * Immutable per-unit category counts: for each unit, how many raters chose each category (Fleiss
 * 1971, Table 1; Gwet's "distribution of raters by subject and category"). Rater identity is
 * unknown, so only the coefficients that treat raters as exchangeable are defined: percent
 * agreement, Fleiss' kappa, Gwet's AC1/AC2, Brennan-Prediger, Krippendorff's alpha and specific
 * agreement. Units may have different numbers of ratings.
 *
 * <p>Stored as one {@code int} per unit and category.
 *
 * @param <C> the category type
 */
public final class CategoryCounts<C> {

  private final CategorySet<C> categories;
  private final List<String> unitIds;
  private final int[] counts;
  private final int units;

  private CategoryCounts(CategorySet<C> categories, List<String> unitIds, int[] counts, int units) {
    this.categories = categories;
    this.unitIds = unitIds;
    this.counts = counts;
    this.units = units;
  }

  /**
   * Per-unit counts with units named {@code "1"}, {@code "2"}, ....
   *
   * @param categories the categories, in column order
   * @param counts one row per unit, one non-negative count per category
   * @param <C> the category type
   * @return the counts
   * @throws IllegalArgumentException if a row has the wrong length or a count is negative
   */
  public static <C> CategoryCounts<C> of(CategorySet<C> categories, int[][] counts) {
    String[] ids = new String[counts.length];
    for (int i = 0; i < ids.length; i++) {
      ids[i] = Integer.toString(i + 1);
    }
    return of(categories, List.of(ids), counts);
  }

  /**
   * Per-unit counts.
   *
   * @param categories the categories, in column order
   * @param unitIds the units' identifiers, one per row
   * @param counts one row per unit, one non-negative count per category
   * @param <C> the category type
   * @return the counts
   * @throws IllegalArgumentException if the number of ids and rows differ, a row has the wrong
   *     length or a count is negative (the message names the unit and the category)
   */
  public static <C> CategoryCounts<C> of(
      CategorySet<C> categories, List<String> unitIds, int[][] counts) {
    int k = categories.size();
    if (unitIds.size() != counts.length) {
      throw new IllegalArgumentException(
          "category counts: " + unitIds.size() + " unit ids but " + counts.length + " rows");
    }
    int[] flat = new int[counts.length * k];
    for (int u = 0; u < counts.length; u++) {
      if (counts[u].length != k) {
        throw new IllegalArgumentException(
            "unit '"
                + unitIds.get(u)
                + "' has "
                + counts[u].length
                + " counts, expected one per category ("
                + k
                + ")");
      }
      for (int c = 0; c < k; c++) {
        if (counts[u][c] < 0) {
          throw new IllegalArgumentException(
              "unit '"
                  + unitIds.get(u)
                  + "', category '"
                  + categories.get(c)
                  + "': count must be >= 0, was "
                  + counts[u][c]);
        }
        flat[u * k + c] = counts[u][c];
      }
    }
    return new CategoryCounts<>(categories, List.copyOf(unitIds), flat, counts.length);
  }

  /**
   * The counts of a rating table (rater identity dropped).
   *
   * @param table the table
   * @param <C> the category type
   * @return the per-unit counts
   */
  public static <C> CategoryCounts<C> of(RatingTable<C> table) {
    int k = table.categories().size();
    int m = table.raters().size();
    int[] flat = new int[table.units() * k];
    String[] ids = new String[table.units()];
    for (int u = 0; u < table.units(); u++) {
      ids[u] = table.unitId(u);
      for (int r = 0; r < m; r++) {
        int c = table.code(u, r);
        if (c >= 0) {
          flat[u * k + c]++;
        }
      }
    }
    return new CategoryCounts<>(table.categories(), List.of(ids), flat, table.units());
  }

  /** {@return the categories, in column order} */
  public CategorySet<C> categories() {
    return categories;
  }

  /** {@return the number of units} */
  public int units() {
    return units;
  }

  /**
   * The identifier of a unit.
   *
   * @param unit the row, from 0
   * @return its identifier
   */
  public String unitId(int unit) {
    return unitIds.get(unit);
  }

  /**
   * A count.
   *
   * @param unit the row, from 0
   * @param category the category's position
   * @return how many raters put the unit in the category
   */
  public int count(int unit, int category) {
    return counts[unit * categories.size() + category];
  }

  /**
   * The number of ratings of a unit.
   *
   * @param unit the row, from 0
   * @return the sum of its counts
   */
  public int ratings(int unit) {
    int k = categories.size();
    int s = 0;
    for (int c = 0; c < k; c++) {
      s += counts[unit * k + c];
    }
    return s;
  }

  int[] flat() {
    return counts;
  }
}
