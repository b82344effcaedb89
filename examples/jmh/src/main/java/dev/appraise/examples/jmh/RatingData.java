package dev.appraise.examples.jmh;

import java.util.SplittableRandom;

/**
 * Generated reliability data: {@code units} x {@code raters} category codes {@code 0..categories-1}
 * in one row-major array, {@link #MISSING} for a missing cell. The same seed gives the same data,
 * so every implementation in a benchmark sees identical ratings.
 *
 * <p>Each unit has a latent category drawn from a skewed distribution; each rater reports it with
 * probability 0.7, a neighbouring category with probability 0.2 and a uniformly random one
 * otherwise, so the coefficients land in a realistic range (around 0.5 to 0.8) rather than near 0
 * or 1.
 */
public final class RatingData {

  /** The code of a missing cell. */
  public static final int MISSING = -1;

  /** The seed every benchmark uses. */
  public static final long SEED = 20_260_101L;

  /** The number of ordered categories in every benchmark. */
  public static final int CATEGORIES = 5;

  private static final double[] LATENT_SHARES = {0.10, 0.20, 0.35, 0.20, 0.15};

  private final int units;
  private final int raters;
  private final int[] codes;

  private RatingData(int units, int raters, int[] codes) {
    this.units = units;
    this.raters = raters;
    this.codes = codes;
  }

  /**
   * Generates data.
   *
   * @param units the number of units
   * @param raters the number of raters
   * @param missingShare the probability that a cell is missing, in [0, 1)
   * @param seed the random seed
   * @return the data
   */
  public static RatingData generate(int units, int raters, double missingShare, long seed) {
    if (units < 1 || raters < 2 || !(missingShare >= 0 && missingShare < 1)) {
      throw new IllegalArgumentException(
          "need units >= 1, raters >= 2 and 0 <= missingShare < 1, were "
              + units
              + ", "
              + raters
              + ", "
              + missingShare);
    }
    SplittableRandom random = new SplittableRandom(seed);
    int[] codes = new int[Math.multiplyExact(units, raters)];
    for (int unit = 0; unit < units; unit++) {
      nextUnit(random, missingShare, codes, unit * raters, raters);
    }
    return new RatingData(units, raters, codes);
  }

  /**
   * Draws the ratings of the next unit, for writers that stream units instead of holding them all.
   *
   * @param random the generator, advanced by this call
   * @param missingShare the probability that a cell is missing
   * @param codes where to write the unit's codes
   * @param offset the index of the unit's first code in {@code codes}
   * @param raters the number of raters
   */
  public static void nextUnit(
      SplittableRandom random, double missingShare, int[] codes, int offset, int raters) {
    int latent = latentCategory(random.nextDouble());
    for (int rater = 0; rater < raters; rater++) {
      codes[offset + rater] =
          random.nextDouble() < missingShare ? MISSING : reported(latent, random);
    }
  }

  private static int latentCategory(double u) {
    double cumulative = 0;
    for (int category = 0; category < LATENT_SHARES.length - 1; category++) {
      cumulative += LATENT_SHARES[category];
      if (u < cumulative) {
        return category;
      }
    }
    return LATENT_SHARES.length - 1;
  }

  private static int reported(int latent, SplittableRandom random) {
    double u = random.nextDouble();
    if (u < 0.7) {
      return latent;
    }
    if (u < 0.9) {
      int neighbour = latent + (random.nextBoolean() ? 1 : -1);
      return Math.max(0, Math.min(CATEGORIES - 1, neighbour));
    }
    return random.nextInt(CATEGORIES);
  }

  /** {@return the number of units} */
  public int units() {
    return units;
  }

  /** {@return the number of raters} */
  public int raters() {
    return raters;
  }

  /**
   * {@return the codes, row-major (unit by unit), {@link #MISSING} for a missing cell; shared, not
   * copied}
   */
  public int[] codes() {
    return codes;
  }

  /**
   * The code one rater gave one unit.
   *
   * @param unit the unit index
   * @param rater the rater index
   * @return the code, or {@link #MISSING}
   */
  public int code(int unit, int rater) {
    return codes[unit * raters + rater];
  }

  /**
   * The category value of a code: the ordered categories are the integers {@code 1..CATEGORIES}.
   *
   * @param code a code in {@code 0..CATEGORIES-1}
   * @return {@code code + 1}
   */
  public static int value(int code) {
    return code + 1;
  }
}
