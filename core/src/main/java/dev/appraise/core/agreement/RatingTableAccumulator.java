package dev.appraise.core.agreement;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Builds a {@link RatingTable} unit by unit, and merges with other accumulators over the same
 * raters, as Guava's {@code StatsAccumulator} does for {@code Stats}.
 *
 * <p>Ratings are encoded on arrival into one {@code short} per cell (the category's position,
 * {@code -1} for a missing rating); no object is kept per cell, so a table of {@code n} units and
 * {@code m} raters takes about {@code 2nm} bytes plus the unit ids. With a declared {@link
 * CategorySet}, a value outside it is rejected at once, naming the unit, the rater and the value;
 * without one, categories are collected as they appear and, if they are mutually {@link
 * Comparable}, sorted in their natural order when the table is taken.
 *
 * <p>Not thread-safe: give each thread its own accumulator and {@link #addAll merge} them.
 *
 * @param <C> the category type
 */
public final class RatingTableAccumulator<C> {

  private final @Nullable CategorySet<C> declared;
  private final List<C> seen = new ArrayList<>();
  private final Map<C, Integer> seenIndex = new HashMap<>();
  private final List<String> raters;
  private short[] codes;
  private @Nullable String[] ids;
  private int units;

  private RatingTableAccumulator(@Nullable CategorySet<C> declared, List<String> raters) {
    if (raters.size() < 2) {
      throw new IllegalArgumentException(
          "agreement needs at least two raters, was " + raters.size() + " " + raters);
    }
    if (new java.util.HashSet<>(raters).size() != raters.size()) {
      throw new IllegalArgumentException("rater names must be distinct, were " + raters);
    }
    this.declared = declared;
    this.raters = List.copyOf(raters);
    this.codes = new short[16 * raters.size()];
    this.ids = new String[16];
  }

  /**
   * An accumulator whose ratings must lie in a declared category set.
   *
   * @param categories the declared, ordered categories
   * @param raters the raters' names, at least two, distinct
   * @param <C> the category type
   * @return an empty accumulator
   * @throws IllegalArgumentException with fewer than two raters or duplicate names
   */
  public static <C> RatingTableAccumulator<C> create(
      CategorySet<C> categories, List<String> raters) {
    return new RatingTableAccumulator<>(Objects.requireNonNull(categories, "categories"), raters);
  }

  /**
   * An accumulator that collects the categories from the ratings.
   *
   * @param raters the raters' names, at least two, distinct
   * @param <C> the category type
   * @return an empty accumulator
   * @throws IllegalArgumentException with fewer than two raters or duplicate names
   */
  public static <C> RatingTableAccumulator<C> create(List<String> raters) {
    return new RatingTableAccumulator<>(null, raters);
  }

  /**
   * An accumulator for {@code raters} raters named {@code "rater1"}, {@code "rater2"}, ....
   *
   * @param raters the number of raters, at least two
   * @param <C> the category type
   * @return an empty accumulator
   */
  public static <C> RatingTableAccumulator<C> create(int raters) {
    List<String> names = new ArrayList<>();
    for (int i = 1; i <= raters; i++) {
      names.add("rater" + i);
    }
    return new RatingTableAccumulator<>(null, names);
  }

  /** {@return the raters' names} */
  public List<String> raters() {
    return raters;
  }

  /** {@return the number of units added so far} */
  public int units() {
    return units;
  }

  /**
   * Adds one unit.
   *
   * @param unitId the unit's identifier, used in messages and in {@link
   *     RatingTable#disagreements()}
   * @param ratings one rating per rater, in rater order; {@code null} is a missing rating
   * @return this accumulator
   * @throws IllegalArgumentException if the number of ratings differs from the number of raters, or
   *     a value is not in the declared category set (the message names the unit, the rater and the
   *     value)
   */
  public RatingTableAccumulator<C> add(String unitId, List<? extends @Nullable C> ratings) {
    int m = raters.size();
    if (ratings.size() != m) {
      throw new IllegalArgumentException(
          "unit '"
              + unitId
              + "' has "
              + ratings.size()
              + " ratings, expected one per rater ("
              + m
              + ")");
    }
    ensureCapacity(units + 1);
    int base = units * m;
    for (int r = 0; r < m; r++) {
      C value = ratings.get(r);
      codes[base + r] = value == null ? -1 : (short) encode(unitId, r, value);
    }
    ids[units] = unitId;
    units++;
    return this;
  }

  /**
   * Adds one unit identified by its position ({@code "1"}, {@code "2"}, ...).
   *
   * @param ratings one rating per rater; {@code null} is a missing rating
   * @return this accumulator
   * @throws IllegalArgumentException as {@link #add(String, List)}
   */
  public RatingTableAccumulator<C> add(List<? extends @Nullable C> ratings) {
    return add(Integer.toString(units + 1), ratings);
  }

  /**
   * Adds every unit of another accumulator, in its order.
   *
   * @param other an accumulator over the same raters (and the same declared categories, if any)
   * @return this accumulator
   * @throws IllegalArgumentException if the raters or declared categories differ
   */
  public RatingTableAccumulator<C> addAll(RatingTableAccumulator<C> other) {
    if (!raters.equals(other.raters)) {
      throw new IllegalArgumentException(
          "cannot merge tables of different raters: " + raters + " and " + other.raters);
    }
    if (!Objects.equals(declared, other.declared)) {
      throw new IllegalArgumentException(
          "cannot merge tables of different declared categories: "
              + declared
              + " and "
              + other.declared);
    }
    int m = raters.size();
    ensureCapacity(units + other.units);
    if (declared != null) {
      System.arraycopy(other.codes, 0, codes, units * m, other.units * m);
    } else {
      short[] remap = new short[other.seen.size()];
      for (int c = 0; c < remap.length; c++) {
        remap[c] = (short) encode("?", 0, other.seen.get(c));
      }
      for (int i = 0; i < other.units * m; i++) {
        short c = other.codes[i];
        codes[units * m + i] = c < 0 ? c : remap[c];
      }
    }
    System.arraycopy(other.ids, 0, ids, units, other.units);
    units += other.units;
    return this;
  }

  /**
   * Adds every unit of a table.
   *
   * @param table a table over the same raters
   * @return this accumulator
   * @throws IllegalArgumentException if the raters differ or a value is outside the declared
   *     categories
   */
  public RatingTableAccumulator<C> addAll(RatingTable<C> table) {
    if (!raters.equals(table.raters())) {
      throw new IllegalArgumentException(
          "cannot merge tables of different raters: " + raters + " and " + table.raters());
    }
    List<@Nullable C> row = new ArrayList<>();
    for (int u = 0; u < table.units(); u++) {
      row.clear();
      for (int r = 0; r < table.raters().size(); r++) {
        int c = table.code(u, r);
        row.add(c < 0 ? null : table.categories().get(c));
      }
      add(table.unitId(u), row);
    }
    return this;
  }

  /**
   * The table of the units added so far. The accumulator stays usable.
   *
   * @return an immutable table
   */
  public RatingTable<C> snapshot() {
    int m = raters.size();
    short[] out = Arrays.copyOf(codes, units * m);
    String[] outIds = Arrays.copyOf(ids, units, String[].class);
    if (declared != null) {
      return new RatingTable<>(declared, raters, out, outIds, units);
    }
    if (seen.isEmpty()) {
      throw new IllegalArgumentException(
          "a rating table without declared categories needs at least one rating, had "
              + units
              + " empty units");
    }
    List<C> order = new ArrayList<>(seen);
    short[] remap = new short[order.size()];
    if (order.stream().allMatch(c -> c instanceof Comparable<?>)) {
      try {
        order.sort(RatingTableAccumulator::compareNaturally);
      } catch (ClassCastException notMutuallyComparable) {
        order = new ArrayList<>(seen);
      }
    }
    for (int c = 0; c < seen.size(); c++) {
      remap[c] = (short) order.indexOf(seen.get(c));
    }
    for (int i = 0; i < out.length; i++) {
      if (out[i] >= 0) {
        out[i] = remap[out[i]];
      }
    }
    return new RatingTable<>(CategorySet.of(order), raters, out, outIds, units);
  }

  private int encode(String unitId, int rater, C value) {
    if (declared != null) {
      int c = declared.indexOf(value);
      if (c < 0) {
        throw new IllegalArgumentException(
            "unit '"
                + unitId
                + "', rater '"
                + raters.get(rater)
                + "': value '"
                + value
                + "' is not one of the declared categories "
                + declared);
      }
      return c;
    }
    Integer c = seenIndex.get(value);
    if (c == null) {
      if (seen.size() >= CategorySet.MAX_CATEGORIES) {
        throw new IllegalArgumentException(
            "unit '"
                + unitId
                + "', rater '"
                + raters.get(rater)
                + "': more than "
                + CategorySet.MAX_CATEGORIES
                + " distinct categories");
      }
      c = seen.size();
      seen.add(value);
      seenIndex.put(value, c);
    }
    return c;
  }

  private void ensureCapacity(int needUnits) {
    int m = raters.size();
    if (needUnits > ids.length) {
      int cap = Math.max(needUnits, ids.length + (ids.length >> 1));
      ids = Arrays.copyOf(ids, cap);
      codes = Arrays.copyOf(codes, cap * m);
    }
  }

  @SuppressWarnings("unchecked") // only called when every category is Comparable
  private static int compareNaturally(Object a, Object b) {
    return ((Comparable<Object>) a).compareTo(b);
  }
}
