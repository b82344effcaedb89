package dev.appraise.core.agreement;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * An immutable units x raters table of categorical ratings with missing cells: the reliability data
 * of Krippendorff (2011) and the "raw ratings" of Gwet (2014).
 *
 * <p>Each cell is stored as one {@code short}, the position of the category in {@link
 * #categories()} or {@code -1} for a missing rating; there is no object per cell. A table built
 * from ratings given one by one ({@link RatingTableAccumulator#addRating}) in which most cells are
 * missing (crowd ratings: thousands of raters, a few to a unit) stores only the ratings given, each
 * as its rater's position and its code (six bytes) beside four bytes a unit, so its memory follows
 * the ratings, not units x raters; every method and every coefficient reads it as the same table.
 * Build a table with {@link RatingTableAccumulator} (unit by unit, mergeable) or {@link
 * #of(CategorySet, List, List)}. Compute coefficients with {@link AgreementReport}; to stream
 * inputs too large to hold, use {@link AgreementStatsAccumulator} instead.
 *
 * @param <C> the category type
 */
public final class RatingTable<C> {

  private final CategorySet<C> categories;
  private final List<String> raters;
  private final short[] codes;
  private final @Nullable String[] ids;
  private final int units;
  private final int @Nullable [] starts;
  private final int[] entryRaters;

  RatingTable(
      CategorySet<C> categories,
      List<String> raters,
      short[] codes,
      @Nullable String[] ids,
      int units) {
    this.categories = categories;
    this.raters = raters;
    this.codes = codes;
    this.ids = ids;
    this.units = units;
    this.starts = null;
    this.entryRaters = new int[0];
  }

  /**
   * A sparse table: unit {@code u}'s ratings are entries {@code starts[u]} to {@code starts[u + 1]}
   * of {@code entryRaters} (ascending within the unit) and {@code entryCodes}.
   */
  RatingTable(
      CategorySet<C> categories,
      List<String> raters,
      int[] starts,
      int[] entryRaters,
      short[] entryCodes,
      @Nullable String[] ids,
      int units) {
    this.categories = categories;
    this.raters = raters;
    this.codes = entryCodes;
    this.ids = ids;
    this.units = units;
    this.starts = starts;
    this.entryRaters = entryRaters;
  }

  /**
   * A table from rows of ratings.
   *
   * @param categories the declared categories
   * @param raters the raters' names, at least two, distinct
   * @param rows one list per unit, one rating per rater, {@code null} for missing; units are named
   *     {@code "1"}, {@code "2"}, ...
   * @param <C> the category type
   * @return the table
   * @throws IllegalArgumentException if a row has the wrong length or a value is outside the
   *     categories
   */
  public static <C> RatingTable<C> of(
      CategorySet<C> categories,
      List<String> raters,
      List<? extends List<? extends @Nullable C>> rows) {
    RatingTableAccumulator<C> acc = RatingTableAccumulator.create(categories, raters);
    for (List<? extends @Nullable C> row : rows) {
      acc.add(row);
    }
    return acc.snapshot();
  }

  /**
   * A table from rows of ratings, the categories taken from the data (sorted if comparable), raters
   * named {@code "rater1"}, ....
   *
   * @param rows one list per unit, one rating per rater, {@code null} for missing; all rows of
   *     equal length >= 2
   * @param <C> the category type
   * @return the table
   * @throws IllegalArgumentException if there are no rows, fewer than two raters, rows of unequal
   *     length, or no rating at all
   */
  public static <C> RatingTable<C> of(List<? extends List<? extends @Nullable C>> rows) {
    if (rows.isEmpty()) {
      throw new IllegalArgumentException("a rating table needs at least one unit");
    }
    RatingTableAccumulator<C> acc = RatingTableAccumulator.create(rows.get(0).size());
    for (List<? extends @Nullable C> row : rows) {
      acc.add(row);
    }
    return acc.snapshot();
  }

  /** {@return the categories; codes are positions in this set} */
  public CategorySet<C> categories() {
    return categories;
  }

  /** {@return the raters' names, in column order} */
  public List<String> raters() {
    return raters;
  }

  /** {@return the number of units (rows), including units without any rating} */
  public int units() {
    return units;
  }

  /**
   * The identifier of a unit.
   *
   * @param unit the unit's row, from 0
   * @return its identifier
   */
  public String unitId(int unit) {
    String id = ids[unit];
    return id == null ? Integer.toString(unit + 1) : id;
  }

  /**
   * The encoded rating of a cell.
   *
   * @param unit the unit's row, from 0
   * @param rater the rater's column, from 0
   * @return the category's position, or {@code -1} if the rating is missing
   */
  public int code(int unit, int rater) {
    int[] s = starts;
    if (s == null) {
      return codes[unit * raters.size() + rater];
    }
    int found = java.util.Arrays.binarySearch(entryRaters, s[unit], s[unit + 1], rater);
    return found < 0 ? -1 : codes[found];
  }

  /**
   * The number of ratings of a unit.
   *
   * @param unit the unit's row, from 0
   * @return how many raters rated it
   */
  public int ratings(int unit) {
    int[] s = starts;
    if (s != null) {
      return s[unit + 1] - s[unit];
    }
    int m = raters.size();
    int n = 0;
    for (int r = 0; r < m; r++) {
      n += codes[unit * m + r] >= 0 ? 1 : 0;
    }
    return n;
  }

  /** {@return the number of ratings given: the cells that are not missing} */
  public long ratings() {
    int[] s = starts;
    if (s != null) {
      return s[units];
    }
    long n = 0;
    for (short c : codes) {
      n += c >= 0 ? 1 : 0;
    }
    return n;
  }

  /**
   * The rating of a cell.
   *
   * @param unit the unit's row, from 0
   * @param rater the rater's column, from 0
   * @return the category, empty if the rating is missing
   */
  public Optional<C> rating(int unit, int rater) {
    int c = code(unit, rater);
    return c < 0 ? Optional.empty() : Optional.of(categories.get(c));
  }

  /**
   * The confusion (contingency) matrix of two raters over the units both rated.
   *
   * @param rowRater the rater whose ratings are the rows
   * @param columnRater the rater whose ratings are the columns
   * @return the k x k table over this table's categories
   */
  public ContingencyTable<C> confusionMatrix(int rowRater, int columnRater) {
    int k = categories.size();
    long[][] counts = new long[k][k];
    for (int u = 0; u < units; u++) {
      int a = code(u, rowRater);
      int b = code(u, columnRater);
      if (a >= 0 && b >= 0) {
        counts[a][b]++;
      }
    }
    return ContingencyTable.of(categories, counts);
  }

  /**
   * The units on which the raters who rated them did not all give the same category, with each
   * rater's value.
   *
   * @return the disagreeing units in table order
   */
  public List<UnitDisagreement<C>> disagreements() {
    List<UnitDisagreement<C>> out = new ArrayList<>();
    int m = raters.size();
    for (int u = 0; u < units; u++) {
      int first = -1;
      boolean differs = false;
      for (int r = 0; r < m; r++) {
        int c = code(u, r);
        if (c >= 0) {
          if (first < 0) {
            first = c;
          } else if (c != first) {
            differs = true;
          }
        }
      }
      if (differs) {
        List<Optional<C>> values = new ArrayList<>(m);
        for (int r = 0; r < m; r++) {
          values.add(rating(u, r));
        }
        out.add(UnitDisagreement.of(unitId(u), raters, values));
      }
    }
    return out;
  }

  /** The encoded cells, row-major, of a table that is not sparse; not copied, never modified. */
  short[] codes() {
    if (starts != null) {
      throw new IllegalStateException("a sparse table has no row-major cells");
    }
    return codes;
  }

  /**
   * The same cells over other categories of the same number, position for position; the arrays are
   * shared, not copied.
   */
  <D> RatingTable<D> withCategories(CategorySet<D> other) {
    if (other.size() != categories.size()) {
      throw new IllegalArgumentException(
          "expected " + categories.size() + " categories, was " + other.size() + ": " + other);
    }
    int[] s = starts;
    return s == null
        ? new RatingTable<>(other, raters, codes, ids, units)
        : new RatingTable<>(other, raters, s, entryRaters, codes, ids, units);
  }

  /** {@return whether the table keeps only the ratings given (see the class comment)} */
  boolean isSparse() {
    return starts != null;
  }

  /** {@return where each unit's entries start, and after the last unit the number of entries} */
  int[] starts() {
    return java.util.Objects.requireNonNull(starts, "a dense table has no entries");
  }

  /** {@return each entry's rater, ascending within a unit} */
  int[] entryRaters() {
    return entryRaters;
  }

  /** {@return each entry's code} */
  short[] entryCodes() {
    return codes;
  }

  @Override
  public String toString() {
    return "RatingTable["
        + units
        + " units x "
        + raters.size()
        + " raters, categories "
        + categories
        + "]";
  }
}
