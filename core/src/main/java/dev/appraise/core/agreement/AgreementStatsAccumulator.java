package dev.appraise.core.agreement;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Accumulates, unit by unit and in O(k^2) memory, the sufficient statistics of every agreement
 * coefficient's point estimate, so that inputs too large to hold (millions of units read from a
 * file) can be streamed; accumulators merge ({@link #addAll}), so chunks can be processed in
 * parallel. The snapshot is an {@link AgreementStats}.
 *
 * <p>Per unit with {@code r_i} ratings and {@code r_ik} ratings in category {@code k}, it adds:
 *
 * <ul>
 *   <li>Krippendorff's coincidence matrix {@code o_ck += r_ic (r_ik - [c=k]) / (r_i - 1)} (units
 *       with {@code r_i >= 2});
 *   <li>Gwet's pair-agreement matrix {@code M_ck += r_ic r_ik / (r_i (r_i - 1))} and {@code sum
 *       1/(r_i - 1)}, from which the (weighted) percent agreement {@code p_a} of Fleiss' kappa,
 *       AC1/AC2 and Brennan-Prediger follows for any weight matrix;
 *   <li>the classification shares {@code sum_i r_ik / r_i} (Fleiss' and Gwet's {@code pi_k});
 *   <li>with rater identity: each rater's category counts (Conger) and each pair of raters'
 *       contingency table (Cohen, Scott, Light, specific agreement, prevalence and bias).
 * </ul>
 *
 * <p>Cost per unit O(m^2) for {@code m} raters; memory O(m^2 k^2). Standard errors, other than
 * those that depend on the margins only, and the bootstrap need the units themselves: use a {@link
 * RatingTable} for those.
 *
 * <p>Memory grows with the square of the number of categories, so a category set may hold at most
 * {@link #MAX_CATEGORIES} categories here (numeric ratings with more distinct values are better
 * rounded to a grid first).
 *
 * <p>Not thread-safe: give each thread its own accumulator and merge them with {@link
 * #addAll(AgreementStatsAccumulator)} when the threads are done. Two threads inside one accumulator
 * at the same time are detected where it is cheap (one compare-and-set per call) and fail with a
 * {@link java.util.ConcurrentModificationException} rather than mix their sums.
 *
 * @param <C> the category type
 */
public final class AgreementStatsAccumulator<C> {

  /**
   * The most cells the raters' pairwise contingency tables may take ({@code m(m-1)/2 k^2}); beyond
   * it (many raters with many distinct values) they are not kept and the pairwise coefficients
   * (Cohen, Scott, Light, prevalence and bias) are reported undefined.
   */
  public static final long MAX_PAIR_CELLS = 1L << 24;

  /**
   * The most categories the statistics take: each of their matrices has a cell per pair of
   * categories, so 2,000 categories take about 32 MB per matrix, and 20,000 would take 3.2 GB.
   * Agreement on more distinct values than this is agreement on measurements, not categories: round
   * them to a grid, or use the intraclass correlation.
   */
  public static final int MAX_CATEGORIES = 2000;

  final CategorySet<C> categories;
  final @Nullable List<String> raters;
  final int k;
  final int m;
  double units;
  double pairable;
  double values;
  double inverseSum;
  int minRatings = Integer.MAX_VALUE;
  int maxRatings;
  final double[] coincidence;
  final double[] pairAgreement;
  final double[] shares;
  final long[] raterCounts;
  final PairTables pairTables;

  /**
   * Whether the pairwise tables are kept: not when they would exceed {@link #MAX_PAIR_CELLS} cells.
   */
  final boolean pairsTracked;

  /** False while a table is added whose pairwise tables are counted column by column. */
  private boolean pairsPerUnit = true;

  private final int[] scratch;
  private final int[] present;
  private final int[] rated;
  private final SingleThreaded guard = new SingleThreaded("an AgreementStatsAccumulator");

  private AgreementStatsAccumulator(CategorySet<C> categories, @Nullable List<String> raters) {
    this(categories, raters, true);
  }

  /**
   * An accumulator that keeps the raters' pairwise tables only if {@code pairs}: with many raters
   * they cost O(m^2) a unit, and only Light's kappa (and the two-rater coefficients) read them.
   */
  AgreementStatsAccumulator(
      CategorySet<C> categories, @Nullable List<String> raters, boolean pairs) {
    this.categories = categories;
    this.raters = raters;
    this.k = categories.size();
    this.m = raters == null ? 0 : raters.size();
    if (raters != null && m < 2) {
      throw new IllegalArgumentException("agreement needs at least two raters, was " + m);
    }
    if (k > MAX_CATEGORIES) {
      throw new IllegalArgumentException(
          "agreement statistics take at most "
              + MAX_CATEGORIES
              + " categories (their"
              + " memory grows with the square of the number of categories), was "
              + k
              + "; round numeric ratings to a"
              + " grid, or use the intraclass correlation for measurements");
    }
    coincidence = new double[k * k];
    pairAgreement = new double[k * k];
    shares = new double[k];
    raterCounts = new long[m * k];
    long pairCells = (long) m * (m - 1) / 2 * k * k;
    pairsTracked = pairs && pairCells <= MAX_PAIR_CELLS;
    pairTables = PairTables.of(pairsTracked ? (long) m * (m - 1) / 2 : 0, k);
    scratch = new int[k];
    rated = new int[m];
    present = new int[Math.max(k, m)];
  }

  /**
   * An accumulator of units rated by a fixed set of raters.
   *
   * @param categories the categories
   * @param raters the raters' names, at least two
   * @param <C> the category type
   * @return an empty accumulator
   * @throws IllegalArgumentException with fewer than two raters, or more than {@link
   *     #MAX_CATEGORIES} categories
   */
  public static <C> AgreementStatsAccumulator<C> create(
      CategorySet<C> categories, List<String> raters) {
    return new AgreementStatsAccumulator<>(categories, List.copyOf(raters));
  }

  /**
   * An accumulator of per-unit category counts, without rater identity (see {@link
   * CategoryCounts}).
   *
   * @param categories the categories
   * @param <C> the category type
   * @return an empty accumulator
   * @throws IllegalArgumentException with more than {@link #MAX_CATEGORIES} categories
   */
  public static <C> AgreementStatsAccumulator<C> forCounts(CategorySet<C> categories) {
    return new AgreementStatsAccumulator<>(categories, null);
  }

  /**
   * Adds one unit's ratings.
   *
   * @param ratings one rating per rater, {@code null} for missing
   * @return this accumulator
   * @throws IllegalArgumentException if the number of ratings is not the number of raters, a value
   *     is outside the categories, or this accumulator takes counts
   * @throws java.util.ConcurrentModificationException if another thread is using this accumulator
   *     at the same time
   */
  public AgreementStatsAccumulator<C> add(List<? extends @Nullable C> ratings) {
    guard.enter();
    try {
      addRatings(ratings);
    } finally {
      guard.leave();
    }
    return this;
  }

  private void addRatings(List<? extends @Nullable C> ratings) {
    List<String> raters = requireRaters();
    if (ratings.size() != m) {
      throw new IllegalArgumentException(
          "unit "
              + (long) (units + 1)
              + " has "
              + ratings.size()
              + " ratings, expected one per rater ("
              + m
              + ")");
    }
    int[] codes = new int[m];
    for (int r = 0; r < m; r++) {
      C v = ratings.get(r);
      codes[r] = v == null ? -1 : categories.indexOf(v);
      if (v != null && codes[r] < 0) {
        throw new IllegalArgumentException(
            "rater '"
                + raters.get(r)
                + "': value '"
                + v
                + "' is not one of the declared categories "
                + categories);
      }
    }
    addCodes(codes, 0, 1);
  }

  /**
   * Adds one unit's encoded ratings, the category positions, {@code -1} for missing; the array is
   * not kept.
   *
   * @param codes one code per rater
   * @return this accumulator
   * @throws IllegalArgumentException if the length is not the number of raters or a code is out of
   *     range
   * @throws java.util.ConcurrentModificationException if another thread is using this accumulator
   *     at the same time
   */
  public AgreementStatsAccumulator<C> addCodes(int[] codes) {
    requireRaters();
    if (codes.length != m) {
      throw new IllegalArgumentException("expected " + m + " codes, was " + codes.length);
    }
    for (int c : codes) {
      if (c < -1 || c >= k) {
        throw new IllegalArgumentException(
            "category code must be -1 (missing) or in [0, " + k + "), was " + c);
      }
    }
    guard.enter();
    try {
      addCodes(codes, 0, 1);
    } finally {
      guard.leave();
    }
    return this;
  }

  /**
   * Adds one unit's category counts.
   *
   * @param counts how many raters chose each category, non-negative
   * @return this accumulator
   * @throws IllegalArgumentException if the length is not the number of categories, a count is
   *     negative, the counts sum past {@code Integer.MAX_VALUE}, or this accumulator tracks raters
   * @throws java.util.ConcurrentModificationException if another thread is using this accumulator
   *     at the same time
   */
  public AgreementStatsAccumulator<C> addCounts(int[] counts) {
    if (raters != null) {
      throw new IllegalArgumentException("this accumulator tracks raters: add ratings, not counts");
    }
    if (counts.length != k) {
      throw new IllegalArgumentException("expected " + k + " counts, was " + counts.length);
    }
    long ratings = 0;
    for (int c = 0; c < k; c++) {
      if (counts[c] < 0) {
        throw new IllegalArgumentException(
            "count of category '" + categories.get(c) + "' must be >= 0, was " + counts[c]);
      }
      ratings += counts[c];
    }
    if (ratings > Integer.MAX_VALUE) {
      throw new IllegalArgumentException(
          "counts sum to " + ratings + " ratings, more than " + Integer.MAX_VALUE);
    }
    guard.enter();
    try {
      addCounts(counts, 0, 1);
    } finally {
      guard.leave();
    }
    return this;
  }

  /**
   * Adds another accumulator's statistics: the result equals one pass over both inputs.
   *
   * @param other an accumulator of the same categories and raters
   * @return this accumulator
   * @throws IllegalArgumentException if the categories or raters differ
   * @throws java.util.ConcurrentModificationException if another thread is using either accumulator
   *     at the same time
   */
  public AgreementStatsAccumulator<C> addAll(AgreementStatsAccumulator<C> other) {
    if (!categories.equals(other.categories) || !java.util.Objects.equals(raters, other.raters)) {
      throw new IllegalArgumentException(
          "cannot merge statistics of different categories or raters: "
              + categories
              + " "
              + raters
              + " and "
              + other.categories
              + " "
              + other.raters);
    }
    guard.withBoth(other.guard, () -> merge(other));
    return this;
  }

  private void merge(AgreementStatsAccumulator<C> other) {
    units += other.units;
    pairable += other.pairable;
    values += other.values;
    inverseSum += other.inverseSum;
    minRatings = Math.min(minRatings, other.minRatings);
    maxRatings = Math.max(maxRatings, other.maxRatings);
    add(coincidence, other.coincidence);
    add(pairAgreement, other.pairAgreement);
    add(shares, other.shares);
    for (int i = 0; i < raterCounts.length; i++) {
      raterCounts[i] += other.raterCounts[i];
    }
    if (pairsTracked) {
      pairTables.addAll(other.pairTables);
    }
  }

  /**
   * Adds every unit of a table.
   *
   * @param table a table of the same categories and raters
   * @return this accumulator
   * @throws IllegalArgumentException if the categories or raters differ
   * @throws java.util.ConcurrentModificationException if another thread is using this accumulator
   *     at the same time
   */
  public AgreementStatsAccumulator<C> addAll(RatingTable<C> table) {
    requireRaters();
    if (!categories.equals(table.categories()) || !table.raters().equals(raters)) {
      throw new IllegalArgumentException(
          "table of categories "
              + table.categories()
              + " and raters "
              + table.raters()
              + " does not match "
              + categories
              + " "
              + raters);
    }
    guard.enter();
    try {
      addTable(table);
    } finally {
      guard.leave();
    }
    return this;
  }

  /** Adds every unit of a table of the same categories and raters. */
  private void addTable(RatingTable<C> table) {
    addTable(table, RaterColumns.Way.CHEAPER);
  }

  /**
   * Adds every unit of a table of the same categories and raters, the raters' pairwise tables
   * counted the way asked (see {@link RaterColumns}); rows grouped by their codes are counted unit
   * by unit when cheaper.
   */
  void addTable(RatingTable<C> table, RaterColumns.Way way) {
    UnitPatterns patterns = table.isSparse() ? null : UnitPatterns.of(m, k, table.units());
    boolean columns =
        pairsTracked
            && (way == RaterColumns.Way.COLUMNS
                || (way == RaterColumns.Way.CHEAPER
                    && patterns == null
                    && RaterColumns.cheaper(table)));
    pairsPerUnit = !columns;
    try {
      addUnits(table, patterns);
    } finally {
      pairsPerUnit = true;
    }
    if (columns) {
      RaterColumns.addPairs(table, pairTables);
    }
  }

  private void addUnits(RatingTable<C> table, @Nullable UnitPatterns patterns) {
    if (table.isSparse()) {
      int[] starts = table.starts();
      for (int u = 0; u < table.units(); u++) {
        addEntries(table.entryRaters(), table.entryCodes(), starts[u], starts[u + 1], 1);
      }
      return;
    }
    short[] codes = table.codes();
    if (patterns != null) {
      patterns.addTo(this, patterns.histogram(codes, table.units()));
      return;
    }
    for (int u = 0; u < table.units(); u++) {
      addCodes(codes, u * m, 1);
    }
  }

  /**
   * {@return an immutable snapshot of the statistics so far; the accumulator stays usable}
   *
   * @throws java.util.ConcurrentModificationException if another thread is using this accumulator
   *     at the same time
   */
  public AgreementStats<C> snapshot() {
    guard.enter();
    try {
      return new AgreementStats<>(this, true);
    } finally {
      guard.leave();
    }
  }

  private List<String> requireRaters() {
    if (raters == null) {
      throw new IllegalArgumentException("this accumulator takes per-unit counts, not ratings");
    }
    return raters;
  }

  private static void add(double[] into, double[] from) {
    for (int i = 0; i < into.length; i++) {
      into[i] += from[i];
    }
  }

  /**
   * Adds a unit given as {@code m} codes at {@code offset}, {@code weight} times (negative
   * removes).
   */
  void addCodes(int[] codes, int offset, long weight) {
    int distinct = 0;
    int r = 0;
    for (int g = 0; g < m; g++) {
      int c = codes[offset + g];
      if (c >= 0) {
        r++;
        if (scratch[c]++ == 0) {
          present[distinct++] = c;
        }
      }
    }
    addUnit(r, distinct, weight);
    if (weight != 0) {
      addRaterLevel(codes, offset, weight);
    }
  }

  void addCodes(short[] codes, int offset, long weight) {
    int distinct = 0;
    int r = 0;
    for (int g = 0; g < m; g++) {
      int c = codes[offset + g];
      if (c >= 0) {
        rated[r++] = g;
        if (scratch[c]++ == 0) {
          present[distinct++] = c;
        }
      }
    }
    addUnit(r, distinct, weight);
    boolean pairs = pairsTracked && pairsPerUnit;
    long[] dense = pairs ? pairTables.dense() : null;
    int kk = k * k;
    for (int i = 0; i < r; i++) {
      int g = rated[i];
      int cg = codes[offset + g];
      raterCounts[g * k + cg] += weight;
      if (dense != null) {
        // pair (g, h) starts at (pairIndex(g, g + 1) + h - g - 1) k^2: one addition a pair
        int row = (pairIndex(g, g + 1) - g - 1) * kk + cg * k;
        for (int j = i + 1; j < r; j++) {
          int h = rated[j];
          dense[row + h * kk + codes[offset + h]] += weight;
        }
      } else {
        for (int j = i + 1; j < r && pairs; j++) {
          int h = rated[j];
          pairTables.add(pairIndex(g, h), cg * k + codes[offset + h], weight);
        }
      }
    }
  }

  private void addRaterLevel(int[] codes, int offset, long weight) {
    int r = 0;
    for (int g = 0; g < m; g++) {
      if (codes[offset + g] >= 0) {
        rated[r++] = g;
      }
    }
    for (int i = 0; i < r; i++) {
      int g = rated[i];
      int cg = codes[offset + g];
      raterCounts[g * k + cg] += weight;
      for (int j = i + 1; j < r && pairsTracked && pairsPerUnit; j++) {
        int h = rated[j];
        pairTables.add(pairIndex(g, h), cg * k + codes[offset + h], weight);
      }
    }
  }

  /**
   * Adds a unit given as its ratings only, {@code weight} times: entries {@code from} to {@code to}
   * of {@code raters} (ascending) and {@code codes}. O(r^2) for a unit of {@code r} ratings,
   * whatever the number of raters.
   */
  void addEntries(int[] raters, short[] codes, int from, int to, long weight) {
    int distinct = 0;
    for (int e = from; e < to; e++) {
      int c = codes[e];
      if (scratch[c]++ == 0) {
        present[distinct++] = c;
      }
    }
    addUnit(to - from, distinct, weight);
    for (int e = from; e < to; e++) {
      int g = raters[e];
      int cg = codes[e];
      raterCounts[g * k + cg] += weight;
      for (int f = e + 1; f < to && pairsTracked && pairsPerUnit; f++) {
        pairTables.add(pairIndex(g, raters[f]), cg * k + codes[f], weight);
      }
    }
  }

  /** The position of the pair {@code g < h}, pairs enumerated row by row. */
  int pairIndex(int g, int h) {
    return g * m - g * (g + 1) / 2 + (h - g - 1);
  }

  /** Adds a unit given as {@code k} counts at {@code offset}, {@code weight} times. */
  void addCounts(int[] counts, int offset, long weight) {
    int distinct = 0;
    int r = 0;
    for (int c = 0; c < k; c++) {
      int n = counts[offset + c];
      if (n > 0) {
        r += n;
        scratch[c] = n;
        present[distinct++] = c;
      }
    }
    addUnit(r, distinct, weight);
  }

  /**
   * Adds the unit-level terms of a unit whose counts are in {@code scratch} at the {@code present}
   * positions.
   */
  private void addUnit(int r, int distinct, long weight) {
    if (r == 0) {
      return;
    }
    double w = weight;
    units += w;
    if (weight > 0) {
      minRatings = Math.min(minRatings, r);
      maxRatings = Math.max(maxRatings, r);
    }
    for (int i = 0; i < distinct; i++) {
      int c = present[i];
      shares[c] += w * scratch[c] / r;
    }
    if (r >= 2) {
      pairable += w;
      values += w * r;
      double inv = w / (r - 1);
      double invPairs = inv / r;
      inverseSum += inv;
      for (int i = 0; i < distinct; i++) {
        int c = present[i];
        double nc = scratch[c];
        int row = c * k;
        for (int j = 0; j < distinct; j++) {
          int d = present[j];
          double nd = scratch[d];
          pairAgreement[row + d] += nc * nd * invPairs;
          coincidence[row + d] += nc * (c == d ? nd - 1 : nd) * inv;
        }
      }
    }
    for (int i = 0; i < distinct; i++) {
      scratch[present[i]] = 0;
    }
  }
}
