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
 * <p>Ratings can also be given one by one as (unit, rater, value) triples, the shape annotation
 * platforms export, with {@link #addRating}: a unit or rater seen for the first time is added (an
 * accumulator made with the raters' names takes only those raters, and a named rater who rated
 * nothing stays in the table), and a second rating of the same unit by the same rater is refused.
 * Such an accumulator keeps only the ratings given, about ten bytes each beside the unit ids, and
 * its table is sparse when that is smaller than the {@code 2nm} bytes of the full table (see {@link
 * RatingTable}): 200,000 units rated 3 times by 2,000 raters take about 6 MB of ratings, not 800 MB
 * of cells. (The method is not an {@code add} overload: with {@code String} categories {@code
 * add(unit, rater, value)} would be taken for {@code add(String, C...)} of a two-rater unit.)
 *
 * <p>Not thread-safe: give each thread its own accumulator and {@link
 * #addAll(RatingTableAccumulator) merge} them when the threads are done, in the order the units
 * should have. Two threads inside one accumulator at the same time are detected where it is cheap
 * (one compare-and-set per call) and fail with a {@link java.util.ConcurrentModificationException}
 * rather than lose units.
 *
 * @param <C> the category type
 */
public final class RatingTableAccumulator<C> {

  private final @Nullable CategorySet<C> declared;
  private final List<C> seen = new ArrayList<>();
  private final Map<C, Integer> seenIndex = new HashMap<>();
  private final List<String> raters;
  private final boolean fixedRaters;
  private final StringIndex raterIndex = new StringIndex();
  private short[] codes;
  private @Nullable String[] ids;
  private int units;

  // ratings given one by one (addRating), and then every rating: entry e is unit entryUnits[e],
  // rater entryRaters[e], code entryCodes[e]
  private boolean byRating;
  private final StringIndex unitIndex = new StringIndex();
  // whether a rater rated a unit twice: while each unit's ratings come together, the last unit's
  // run of entries is looked through; once a unit comes back after others, every (unit, rater)
  // pair is kept in a set
  private int lastUnit = -1;
  private int runStart;
  private boolean pairsIndexed;
  private final LongSet given = new LongSet();
  private int[] entryUnits = new int[0];
  private int[] entryRaters = new int[0];
  private short[] entryCodes = new short[0];
  private int entries;
  private final SingleThreaded guard = new SingleThreaded("a RatingTableAccumulator");

  private RatingTableAccumulator(@Nullable CategorySet<C> declared) {
    this.declared = declared;
    this.raters = new ArrayList<>();
    this.fixedRaters = false;
    this.codes = new short[0];
    this.ids = new String[16];
  }

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
    this.fixedRaters = true;
    this.codes = new short[16 * raters.size()];
    this.ids = new String[16];
    for (int r = 0; r < raters.size(); r++) {
      raterIndex.putIfAbsent(raters.get(r), r);
    }
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

  /**
   * An accumulator of ratings given one by one ({@link #addRating}), whose raters are named by the
   * ratings, in the order they first appear, and whose ratings must lie in a declared category set.
   *
   * @param categories the declared, ordered categories
   * @param <C> the category type
   * @return an empty accumulator
   */
  public static <C> RatingTableAccumulator<C> create(CategorySet<C> categories) {
    return new RatingTableAccumulator<>(Objects.requireNonNull(categories, "categories"));
  }

  /**
   * An accumulator of ratings given one by one ({@link #addRating}), whose raters are named by the
   * ratings, in the order they first appear, and whose categories are collected from the ratings.
   *
   * @param <C> the category type
   * @return an empty accumulator
   */
  public static <C> RatingTableAccumulator<C> create() {
    return new RatingTableAccumulator<>(null);
  }

  /** {@return the raters' names} */
  public List<String> raters() {
    return fixedRaters ? raters : List.copyOf(raters);
  }

  /**
   * Adds one rating: rater {@code rater} put unit {@code unit} in category {@code value}. The unit
   * is the one of that id (the first, if rows gave the id to several units), else a new unit after
   * the others; a rater not seen before is added after the others, unless the accumulator was made
   * with the raters' names. A missing rating is a rating not given.
   *
   * @param unit the unit's identifier
   * @param rater the rater's name
   * @param value the category
   * @return this accumulator
   * @throws IllegalArgumentException if the rater already rated the unit, the rater is not one of
   *     the named raters, or the value is not in the declared category set (the message names the
   *     unit, the rater and the value)
   * @throws java.util.ConcurrentModificationException if another thread is using this accumulator
   *     at the same time
   */
  public RatingTableAccumulator<C> addRating(String unit, String rater, C value) {
    Objects.requireNonNull(value, "value");
    guard.enter();
    try {
      rate(Objects.requireNonNull(unit, "unit"), Objects.requireNonNull(rater, "rater"), value);
    } finally {
      guard.leave();
    }
    return this;
  }

  private void rate(String unit, String rater, C value) {
    toRatings();
    int g = raterIndex.get(rater);
    if (g < 0) {
      if (fixedRaters) {
        throw new IllegalArgumentException(
            "unit '" + unit + "': rater '" + rater + "' is not one of the raters " + raters);
      }
      g = raters.size();
      raters.add(rater);
      raterIndex.putIfAbsent(rater, g);
    }
    // a unit's ratings usually come together: the last unit is found without the index
    int u =
        lastUnit >= 0 && unit.equals(ids[lastUnit]) ? lastUnit : unitIndex.putIfAbsent(unit, units);
    if (u < 0) {
      u = units;
      ensureCapacity(units + 1);
      ids[units++] = unit;
      startRun(u);
    } else if (u != lastUnit) {
      if (!pairsIndexed) {
        indexPairs();
      }
      lastUnit = u;
    }
    if (pairsIndexed ? !given.add(((long) u << 32) | g) : runHasRater(g)) {
      throw new IllegalArgumentException(
          "unit '" + unit + "', rater '" + rater + "': rated twice; a rater rates a unit once");
    }
    appendEntry(u, g, (short) encode(unit, g, value));
  }

  /** From rows to ratings one by one: the rows so far become entries. */
  private void toRatings() {
    if (byRating) {
      return;
    }
    byRating = true;
    int m = raters.size();
    for (int u = 0; u < units; u++) {
      unitIndex.putIfAbsent(Objects.requireNonNull(ids[u]), u);
      for (int r = 0; r < m; r++) {
        short c = codes[u * m + r];
        if (c >= 0) {
          appendEntry(u, r, c);
        }
      }
    }
    codes = new short[0];
  }

  /** The entries from here on are the unit's, until another unit's come. */
  private void startRun(int unit) {
    lastUnit = unit;
    runStart = entries;
  }

  private boolean runHasRater(int rater) {
    for (int e = runStart; e < entries; e++) {
      if (entryRaters[e] == rater) {
        return true;
      }
    }
    return false;
  }

  /** Keeps every (unit, rater) pair given so far, and from now on each new one. */
  private void indexPairs() {
    pairsIndexed = true;
    for (int e = 0; e < entries; e++) {
      given.add(((long) entryUnits[e] << 32) | entryRaters[e]);
    }
  }

  private void appendEntry(int unit, int rater, short code) {
    if (entries == entryCodes.length) {
      int cap = Math.max(16, entries + (entries >> 1));
      entryUnits = Arrays.copyOf(entryUnits, cap);
      entryRaters = Arrays.copyOf(entryRaters, cap);
      entryCodes = Arrays.copyOf(entryCodes, cap);
    }
    entryUnits[entries] = unit;
    entryRaters[entries] = rater;
    entryCodes[entries++] = code;
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
   * @throws java.util.ConcurrentModificationException if another thread is using this accumulator
   *     at the same time
   */
  public RatingTableAccumulator<C> add(String unitId, List<? extends @Nullable C> ratings) {
    guard.enter();
    try {
      addUnit(unitId, ratings);
    } finally {
      guard.leave();
    }
    return this;
  }

  private void addUnit(String unitId, List<? extends @Nullable C> ratings) {
    if (!fixedRaters) {
      throw new IllegalArgumentException(
          "unit '"
              + unitId
              + "': this accumulator takes ratings one by one (addRating); create it with the"
              + " raters' names to add rows");
    }
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
    if (byRating) {
      short[] row = new short[m];
      for (int r = 0; r < m; r++) {
        C value = ratings.get(r);
        row[r] = value == null ? -1 : (short) encode(unitId, r, value);
      }
      unitIndex.putIfAbsent(unitId, units);
      // the next rating finds its unit through the index, which knows the first unit of an id
      lastUnit = -1;
      for (int r = 0; r < m; r++) {
        if (row[r] >= 0) {
          if (pairsIndexed) {
            given.add(((long) units << 32) | r);
          }
          appendEntry(units, r, row[r]);
        }
      }
      ids[units++] = unitId;
      return;
    }
    int base = units * m;
    for (int r = 0; r < m; r++) {
      C value = ratings.get(r);
      codes[base + r] = value == null ? -1 : (short) encode(unitId, r, value);
    }
    ids[units] = unitId;
    units++;
  }

  /**
   * Adds one unit, its ratings given one by one: {@code add("Smith 2014, D2", "high", null)},
   * {@code null} for a missing rating (which {@code List.of} would refuse).
   *
   * @param unitId the unit's identifier
   * @param ratings one rating per rater, in rater order; {@code null} is a missing rating
   * @return this accumulator
   * @throws IllegalArgumentException as {@link #add(String, List)}
   */
  @SafeVarargs
  public final RatingTableAccumulator<C> add(String unitId, @Nullable C... ratings) {
    List<@Nullable C> row = new ArrayList<>(ratings.length);
    for (C rating : ratings) {
      row.add(rating);
    }
    return add(unitId, row);
  }

  /**
   * Adds one unit identified by its position ({@code "1"}, {@code "2"}, ...).
   *
   * @param ratings one rating per rater; {@code null} is a missing rating
   * @return this accumulator
   * @throws IllegalArgumentException as {@link #add(String, List)}
   */
  public RatingTableAccumulator<C> add(List<? extends @Nullable C> ratings) {
    guard.enter();
    try {
      addUnit(Integer.toString(units + 1), ratings);
    } finally {
      guard.leave();
    }
    return this;
  }

  /**
   * Adds every unit of another accumulator, in its order.
   *
   * @param other an accumulator over the same raters (and the same declared categories, if any)
   * @return this accumulator
   * @throws IllegalArgumentException if the raters or declared categories differ
   * @throws java.util.ConcurrentModificationException if another thread is using either accumulator
   *     at the same time
   */
  public RatingTableAccumulator<C> addAll(RatingTableAccumulator<C> other) {
    guard.withBoth(other.guard, () -> merge(other));
    return this;
  }

  private void merge(RatingTableAccumulator<C> other) {
    if (byRating || other.byRating || !other.fixedRaters) {
      if (other.byRating) {
        // ratings given one by one merge by unit id and rater name, so a unit may span chunks
        int n = other.entries;
        for (int e = 0; e < n; e++) {
          rate(
              Objects.requireNonNull(other.ids[other.entryUnits[e]]),
              other.raters.get(other.entryRaters[e]),
              other.category(other.entryCodes[e]));
        }
        for (int u = 0; u < other.units; u++) {
          String id = Objects.requireNonNull(other.ids[u]);
          if (unitIndex.putIfAbsent(id, units) < 0) {
            ensureCapacity(units + 1);
            ids[units++] = id;
          }
        }
        return;
      }
      int m = other.raters.size();
      if (!fixedRaters) {
        for (int u = 0; u < other.units; u++) {
          String id = Objects.requireNonNull(other.ids[u]);
          for (int r = 0; r < m; r++) {
            short c = other.codes[u * m + r];
            if (c >= 0) {
              rate(id, other.raters.get(r), other.category(c));
            }
          }
        }
        return;
      }
      if (!raters.equals(other.raters)) {
        throw new IllegalArgumentException(
            "cannot merge tables of different raters: " + raters + " and " + other.raters);
      }
      List<@Nullable C> row = new ArrayList<>();
      for (int u = 0; u < other.units; u++) {
        row.clear();
        for (int r = 0; r < m; r++) {
          short c = other.codes[u * m + r];
          row.add(c < 0 ? null : other.category(c));
        }
        addUnit(Objects.requireNonNull(other.ids[u]), row);
      }
      return;
    }
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
  }

  /**
   * Adds every unit of a table.
   *
   * @param table a table over the same raters
   * @return this accumulator
   * @throws IllegalArgumentException if the raters differ or a value is outside the declared
   *     categories
   * @throws java.util.ConcurrentModificationException if another thread is using this accumulator
   *     at the same time
   */
  public RatingTableAccumulator<C> addAll(RatingTable<C> table) {
    if (!fixedRaters) {
      guard.enter();
      try {
        for (int u = 0; u < table.units(); u++) {
          for (int r = 0; r < table.raters().size(); r++) {
            int c = table.code(u, r);
            if (c >= 0) {
              rate(table.unitId(u), table.raters().get(r), table.categories().get(c));
            }
          }
        }
      } finally {
        guard.leave();
      }
      return this;
    }
    if (!raters.equals(table.raters())) {
      throw new IllegalArgumentException(
          "cannot merge tables of different raters: " + raters + " and " + table.raters());
    }
    guard.enter();
    try {
      List<@Nullable C> row = new ArrayList<>();
      for (int u = 0; u < table.units(); u++) {
        row.clear();
        for (int r = 0; r < table.raters().size(); r++) {
          int c = table.code(u, r);
          row.add(c < 0 ? null : table.categories().get(c));
        }
        addUnit(table.unitId(u), row);
      }
    } finally {
      guard.leave();
    }
    return this;
  }

  /**
   * The table of the units added so far. The accumulator stays usable.
   *
   * @return an immutable table
   * @throws java.util.ConcurrentModificationException if another thread is using this accumulator
   *     at the same time
   */
  public RatingTable<C> snapshot() {
    guard.enter();
    try {
      return byRating ? ratingsTable(null, null) : table();
    } finally {
      guard.leave();
    }
  }

  /**
   * The table, sparse or not as asked (for tests of both forms); null asks for the smaller.
   * Package-private.
   */
  RatingTable<C> snapshot(@Nullable Boolean sparse) {
    guard.enter();
    try {
      return byRating ? ratingsTable(sparse, null) : table();
    } finally {
      guard.leave();
    }
  }

  /**
   * The table of an accumulator without declared categories over {@code categories}, which hold
   * every category seen (for readers that choose the order).
   */
  RatingTable<C> snapshotOver(CategorySet<C> categories) {
    guard.enter();
    try {
      return byRating ? ratingsTable(null, categories) : table(categories);
    } finally {
      guard.leave();
    }
  }

  /** {@return the categories seen so far, in the order seen (without declared categories)} */
  List<C> seenCategories() {
    return java.util.Collections.unmodifiableList(seen);
  }

  /** {@return the number of categories seen so far} */
  int categoriesSeen() {
    return seen.size();
  }

  private C category(int code) {
    return declared != null ? declared.get(code) : seen.get(code);
  }

  /** The table of ratings given one by one: sparse when that is smaller. */
  private RatingTable<C> ratingsTable(@Nullable Boolean sparse, @Nullable CategorySet<C> over) {
    int m = raters.size();
    if (m < 2) {
      throw new IllegalArgumentException(
          "agreement needs at least two raters, was " + m + " " + raters);
    }
    CategorySet<C> categories;
    short @Nullable [] remap;
    if (declared != null) {
      categories = declared;
      remap = null;
    } else if (over != null) {
      categories = over;
      remap = new short[seen.size()];
      for (int c = 0; c < seen.size(); c++) {
        int at = over.indexOf(seen.get(c));
        if (at < 0) {
          throw new IllegalArgumentException(
              "category '" + seen.get(c) + "' is not one of " + over);
        }
        remap[c] = (short) at;
      }
    } else {
      if (seen.isEmpty()) {
        throw new IllegalArgumentException(
            "a rating table without declared categories needs at least one rating, had "
                + units
                + " empty units");
      }
      List<C> order = sortedCategories();
      categories = CategorySet.of(order);
      remap = remap(order);
    }
    String[] outIds = Arrays.copyOf(ids, units, String[].class);
    List<String> names = List.copyOf(raters);
    int n = entries;
    long denseBytes = 2L * units * m;
    long sparseBytes = 6L * n + 4L * (units + 1);
    boolean asSparse =
        sparse != null ? sparse : denseBytes > sparseBytes || denseBytes > Integer.MAX_VALUE;
    if (!asSparse) {
      short[] out = new short[units * m];
      Arrays.fill(out, (short) -1);
      for (int e = 0; e < n; e++) {
        short c = entryCodes[e];
        out[entryUnits[e] * m + entryRaters[e]] = remap == null ? c : remap[c];
      }
      return new RatingTable<>(categories, names, out, outIds, units);
    }
    int[] starts = new int[units + 1];
    for (int e = 0; e < n; e++) {
      starts[entryUnits[e] + 1]++;
    }
    for (int u = 0; u < units; u++) {
      starts[u + 1] += starts[u];
    }
    int[] next = Arrays.copyOf(starts, units);
    int[] outRaters = new int[n];
    short[] outCodes = new short[n];
    for (int e = 0; e < n; e++) {
      int at = next[entryUnits[e]]++;
      outRaters[at] = entryRaters[e];
      short c = entryCodes[e];
      outCodes[at] = remap == null ? c : remap[c];
    }
    for (int u = 0; u < units; u++) {
      // raters ascending within a unit: insertion sort, a unit has few ratings
      for (int i = starts[u] + 1; i < starts[u + 1]; i++) {
        int r = outRaters[i];
        short c = outCodes[i];
        int j = i - 1;
        while (j >= starts[u] && outRaters[j] > r) {
          outRaters[j + 1] = outRaters[j];
          outCodes[j + 1] = outCodes[j];
          j--;
        }
        outRaters[j + 1] = r;
        outCodes[j + 1] = c;
      }
    }
    return new RatingTable<>(categories, names, starts, outRaters, outCodes, outIds, units);
  }

  /** The categories seen, sorted naturally when they are mutually comparable. */
  private List<C> sortedCategories() {
    List<C> order = new ArrayList<>(seen);
    if (order.stream().allMatch(c -> c instanceof Comparable<?>)) {
      try {
        order.sort(RatingTableAccumulator::compareNaturally);
      } catch (ClassCastException notMutuallyComparable) {
        order = new ArrayList<>(seen);
      }
    }
    return order;
  }

  /** From the order seen to the positions in {@code order}. */
  private short[] remap(List<C> order) {
    Map<C, Integer> position = new HashMap<>(order.size() * 2);
    for (int c = 0; c < order.size(); c++) {
      position.put(order.get(c), c);
    }
    short[] remap = new short[order.size()];
    for (int c = 0; c < seen.size(); c++) {
      remap[c] = (short) (int) Objects.requireNonNull(position.get(seen.get(c)));
    }
    return remap;
  }

  private RatingTable<C> table() {
    return table(null);
  }

  private RatingTable<C> table(@Nullable CategorySet<C> over) {
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
    List<C> order = over != null ? over.categories() : sortedCategories();
    short[] remap = remap(order);
    for (int i = 0; i < out.length; i++) {
      if (out[i] >= 0) {
        out[i] = remap[out[i]];
      }
    }
    return new RatingTable<>(
        over != null ? over : CategorySet.of(order), raters, out, outIds, units);
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
      if (!byRating) {
        codes = Arrays.copyOf(codes, cap * m);
      }
    }
  }

  @SuppressWarnings("unchecked") // only called when every category is Comparable
  private static int compareNaturally(Object a, Object b) {
    return ((Comparable<Object>) a).compareTo(b);
  }
}
