package dev.appraise.core.agreement;

import java.util.SplittableRandom;

/**
 * The crowd shape of screening and annotation platforms: {@code units} units, each rated by {@code
 * perUnit} of {@code raters} raters drawn at random, two categories, given one rating at a time as
 * (unit, rater, value) triples. Run as a program by {@link CrowdMemoryTest} in a small heap; also
 * the data of the benchmarks.
 */
public final class CrowdShape {

  private CrowdShape() {}

  /**
   * The ratings, reproducible from the seed.
   *
   * @param units the number of units
   * @param raters the number of raters
   * @param perUnit the ratings of each unit, distinct raters
   * @param seed the seed
   * @return the accumulator holding them
   */
  public static RatingTableAccumulator<String> ratings(
      int units, int raters, int perUnit, long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    RatingTableAccumulator<String> acc = RatingTableAccumulator.create();
    String[] names = new String[raters];
    for (int r = 0; r < raters; r++) {
      names[r] = "rater" + r;
    }
    int[] chosen = new int[perUnit];
    for (int u = 0; u < units; u++) {
      String unit = "u" + u;
      boolean include = rnd.nextDouble() < 0.3;
      for (int i = 0; i < perUnit; i++) {
        int r;
        boolean again;
        do {
          r = rnd.nextInt(raters);
          again = false;
          for (int j = 0; j < i; j++) {
            again |= chosen[j] == r;
          }
        } while (again);
        chosen[i] = r;
        boolean says = rnd.nextDouble() < 0.85 ? include : rnd.nextBoolean();
        acc.addRating(unit, names[r], says ? "include" : "exclude");
      }
    }
    return acc;
  }

  /**
   * Builds the crowd shape (200,000 units, 2,000 raters, 3 ratings a unit) and reports every
   * coefficient with its standard errors, printing the heap used.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    RatingTable<String> table = ratings(200_000, 2_000, 3, 17L).snapshot();
    AgreementReport report = AgreementReport.of(table, AgreementOptions.withDefaults());
    Runtime rt = Runtime.getRuntime();
    System.out.println(
        "units="
            + report.units()
            + " ratings="
            + table.ratings()
            + " sparse="
            + table.isSparse()
            + " alpha="
            + report.coefficient(Coefficient.KRIPPENDORFF_ALPHA).orElseThrow().valueOrThrow()
            + " conger="
            + report.coefficient(Coefficient.CONGER_KAPPA).orElseThrow().valueOrThrow()
            + " usedMB="
            + (rt.totalMemory() - rt.freeMemory()) / (1 << 20));
  }
}
