package dev.appraise.core.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.dkpro.statistics.agreement.coding.BennettSAgreement;
import org.dkpro.statistics.agreement.coding.CodingAnnotationStudy;
import org.dkpro.statistics.agreement.coding.CohenKappaAgreement;
import org.dkpro.statistics.agreement.coding.FleissKappaAgreement;
import org.dkpro.statistics.agreement.coding.KrippendorffAlphaAgreement;
import org.dkpro.statistics.agreement.coding.PercentageAgreement;
import org.dkpro.statistics.agreement.coding.ScottPiAgreement;
import org.dkpro.statistics.agreement.coding.WeightedKappaAgreement;
import org.dkpro.statistics.agreement.distance.IntervalDistanceFunction;
import org.dkpro.statistics.agreement.distance.NominalDistanceFunction;
import org.dkpro.statistics.agreement.distance.OrdinalDistanceFunction;
import org.dkpro.statistics.agreement.distance.RatioDistanceFunction;
import org.junit.jupiter.api.Test;

/**
 * Cross-check against DKPro Agreement 2.2.1 (Meyer et al. 2014) on seeded random data, to 1e-9, for
 * every coefficient it has: percent agreement, Cohen's kappa, quadratic-weighted kappa, Scott's pi,
 * Fleiss' kappa, Bennett's S (Brennan-Prediger), Krippendorff's alpha at all four levels (with
 * missing ratings).
 */
class DkproCrossCheckTest {

  private static final double TOLERANCE = 1e-9;
  private static final int TRIALS = 150;

  /**
   * Random ratings in {1..k}, skewed so that kappa varies; {@code missing} is the share of empty
   * cells.
   */
  private static List<List<Integer>> random(
      SplittableRandom rnd, int units, int raters, int k, double missing) {
    List<List<Integer>> rows = new ArrayList<>();
    for (int u = 0; u < units; u++) {
      int truth = 1 + rnd.nextInt(k);
      double noise = rnd.nextDouble();
      List<Integer> row = new ArrayList<>();
      for (int r = 0; r < raters; r++) {
        if (rnd.nextDouble() < missing) {
          row.add(null);
        } else {
          row.add(rnd.nextDouble() < noise ? 1 + rnd.nextInt(k) : truth);
        }
      }
      rows.add(row);
    }
    return rows;
  }

  private static CodingAnnotationStudy study(List<List<Integer>> rows, int raters) {
    CodingAnnotationStudy study = new CodingAnnotationStudy(raters);
    for (List<Integer> row : rows) {
      study.addItemAsArray(row.toArray());
    }
    return study;
  }

  private static AgreementReport report(List<List<Integer>> rows, AgreementOptions options) {
    return AgreementReport.of(RatingTable.of(rows), options.withStandardErrors(false));
  }

  private static int largestObservedDistance(List<List<Integer>> rows) {
    return rows.stream().mapToInt(r -> Math.abs(r.get(0) - r.get(1))).max().orElse(0);
  }

  private static int largestPossibleDistance(List<List<Integer>> rows) {
    var stats = rows.stream().flatMap(List::stream).mapToInt(Integer::intValue).summaryStatistics();
    return stats.getMax() - stats.getMin();
  }

  @Test
  void completeDataKappaFamily() {
    SplittableRandom rnd = new SplittableRandom(20240101L);
    for (int trial = 0; trial < TRIALS; trial++) {
      int raters = 2 + rnd.nextInt(4);
      int k = 2 + rnd.nextInt(5);
      List<List<Integer>> rows = random(rnd, 20 + rnd.nextInt(200), raters, k, 0);
      CodingAnnotationStudy study = study(rows, raters);
      AgreementReport r = report(rows, AgreementOptions.withDefaults());
      String where = "trial " + trial;
      assertThat(TestData.value(r, Coefficient.PERCENT_AGREEMENT))
          .as(where)
          .isCloseTo(new PercentageAgreement(study).calculateAgreement(), within(TOLERANCE));
      assertThat(TestData.value(r, Coefficient.FLEISS_KAPPA))
          .as(where)
          .isCloseTo(new FleissKappaAgreement(study).calculateAgreement(), within(TOLERANCE));
      if (raters == 2) { // DKPro's Bennett's S, Cohen's kappa and Scott's pi take two raters only
        assertThat(TestData.value(r, Coefficient.BRENNAN_PREDIGER))
            .as(where)
            .isCloseTo(new BennettSAgreement(study).calculateAgreement(), within(TOLERANCE));
        assertThat(TestData.value(r, Coefficient.COHEN_KAPPA))
            .as(where)
            .isCloseTo(new CohenKappaAgreement(study).calculateAgreement(), within(TOLERANCE));
        assertThat(TestData.value(r, Coefficient.SCOTT_PI))
            .as(where)
            .isCloseTo(new ScottPiAgreement(study).calculateAgreement(), within(TOLERANCE));
        // DKPro 2.2.1's WeightedKappaAgreement scales the observed disagreement by the largest
        // observed distance and
        // the expected one by the largest possible: it is the weighted kappa only when the two
        // coincide.
        if (largestObservedDistance(rows) == largestPossibleDistance(rows)) {
          AgreementReport q =
              report(rows, AgreementOptions.withDefaults().withWeights(Weights.quadratic()));
          assertThat(TestData.value(q, Coefficient.COHEN_KAPPA))
              .as(where)
              .isCloseTo(
                  new WeightedKappaAgreement(study, new IntervalDistanceFunction())
                      .calculateAgreement(),
                  within(TOLERANCE));
        }
      }
    }
  }

  @Test
  void krippendorffAlphaWithMissingRatings() {
    SplittableRandom rnd = new SplittableRandom(77L);
    for (int trial = 0; trial < TRIALS; trial++) {
      int raters = 2 + rnd.nextInt(4);
      int k = 2 + rnd.nextInt(6);
      List<List<Integer>> rows =
          random(rnd, 20 + rnd.nextInt(200), raters, k, 0.1 * rnd.nextInt(4));
      rows.removeIf(
          row -> row.stream().filter(v -> v != null).count() < 2); // DKPro: only pairable units
      if (rows.size() < 2) {
        continue;
      }
      CodingAnnotationStudy study = study(rows, raters);
      String where = "trial " + trial;
      for (Level level : Level.values()) {
        AgreementReport r = report(rows, AgreementOptions.withDefaults().withLevel(level));
        var distance =
            switch (level) {
              case NOMINAL -> new NominalDistanceFunction();
              case ORDINAL -> new OrdinalDistanceFunction();
              case INTERVAL -> new IntervalDistanceFunction();
              case RATIO -> new RatioDistanceFunction();
            };
        double expected = new KrippendorffAlphaAgreement(study, distance).calculateAgreement();
        Estimate alpha = TestData.estimate(r, Coefficient.KRIPPENDORFF_ALPHA);
        if (Double.isNaN(expected)) {
          assertThat(alpha.isDefined()).as(where + " " + level).isFalse();
        } else {
          assertThat(alpha.valueOrThrow())
              .as(where + " " + level)
              .isCloseTo(expected, within(TOLERANCE));
        }
      }
    }
  }
}
