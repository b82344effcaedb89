package dev.appraise.core.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.appraise.core.agreement.AgreementOptions.AlphaPopulation;
import dev.appraise.core.agreement.AgreementOptions.Conventions;
import dev.appraise.core.agreement.AgreementOptions.IntervalDistribution;
import dev.appraise.core.agreement.AgreementOptions.MissingRatings;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The conventions of R's packages, option by option, on small tables whose values follow by hand.
 */
class AgreementConventionsTest {

  /** Two raters, 3 categories 1..3, 12 units, the last three rated by one rater only. */
  private static RatingTable<Integer> twoRatersWithGaps() {
    RatingTableAccumulator<Integer> acc =
        RatingTableAccumulator.create(CategorySet.integers(1, 3), List.of("A", "B"));
    int[][] rows = {
      {1, 1}, {1, 2}, {2, 2}, {3, 3}, {2, 2}, {1, 1}, {3, 2}, {2, 2}, {1, 3}, {1, -1}, {-1, 3},
      {2, -1}
    };
    for (int u = 0; u < rows.length; u++) {
      acc.add(
          "u" + (u + 1), rows[u][0] < 0 ? null : rows[u][0], rows[u][1] < 0 ? null : rows[u][1]);
    }
    return acc.snapshot();
  }

  private static RatingTable<Integer> completeTwoRaters() {
    RatingTable<Integer> t = twoRatersWithGaps();
    List<List<Integer>> rows = new ArrayList<>();
    for (int u = 0; u < 9; u++) {
      rows.add(List.of(t.rating(u, 0).orElseThrow(), t.rating(u, 1).orElseThrow()));
    }
    return RatingTable.of(t.categories(), t.raters(), rows);
  }

  private static Estimate estimate(RatingTable<?> table, AgreementOptions options, Coefficient c) {
    return AgreementReport.of(table, options).coefficient(c).orElseThrow();
  }

  @Test
  void irrCacConventionsNameEveryOptionTheyFix() {
    AgreementOptions o = AgreementOptions.withDefaults().withConventions(Conventions.IRRCAC);

    assertThat(o.intervalDistribution()).isEqualTo(IntervalDistribution.STUDENT_T);
    assertThat(o.missingRatings()).isEqualTo(MissingRatings.GWET);
    assertThat(o.alphaPopulation()).isEqualTo(AlphaPopulation.ALL_UNITS);
    assertThat(o.congerForTwoRaters()).isTrue();
    assertThat(o.weightedAlpha()).isTrue();
    assertThat(o.lowerBoundClipped()).isFalse();
    assertThat(o.withConventions(Conventions.APPRAISE).intervalDistribution())
        .isEqualTo(IntervalDistribution.EACH_COEFFICIENT);
    assertThat(AgreementOptions.withDefaults().withConventions(Conventions.IRR).fleissVariance())
        .isEqualTo(AgreementOptions.FleissVariance.NULL_HYPOTHESIS);
    assertThat(Conventions.of("IrrCAC")).isEqualTo(Conventions.IRRCAC);
    assertThatThrownBy(() -> Conventions.of("spss"))
        .hasMessage("conventions must be appraise, irrcac or irr, was 'spss'");
  }

  @Test
  void congerForTwoRatersIsCohenWithGwetsVariance() {
    RatingTable<Integer> complete = completeTwoRaters();
    AgreementOptions conger = AgreementOptions.withDefaults().withCongerForTwoRaters(true);

    Estimate cohen = estimate(complete, conger, Coefficient.COHEN_KAPPA);
    Estimate congers = estimate(complete, conger, Coefficient.CONGER_KAPPA);

    assertThat(
            AgreementReport.of(complete, AgreementOptions.withDefaults())
                .coefficient(Coefficient.CONGER_KAPPA))
        .isEmpty();
    assertThat(congers.valueOrThrow()).isCloseTo(cohen.valueOrThrow(), within(1e-12));
    // Gwet's variance divides by n - 1 where Fleiss-Cohen-Everitt divides by n: the ratio is n / (n
    // - 1), n = 9
    assertThat(Math.pow(congers.standardErrorOrThrow() / cohen.standardErrorOrThrow(), 2))
        .isCloseTo(9 / 8.0, within(1e-12));
  }

  @Test
  void gwetsRuleKeepsSingleRatedUnitsInTheMargins() {
    RatingTable<Integer> gaps = twoRatersWithGaps();
    AgreementOptions gwet = AgreementOptions.withDefaults().withMissingRatings(MissingRatings.GWET);

    Estimate completeCase =
        estimate(gaps, AgreementOptions.withDefaults(), Coefficient.COHEN_KAPPA);
    Estimate rule = estimate(gaps, gwet, Coefficient.COHEN_KAPPA);
    Estimate conger = estimate(gaps, gwet.withCongerForTwoRaters(true), Coefficient.CONGER_KAPPA);

    assertThat(completeCase.valueOrThrow())
        .isCloseTo(
            estimate(completeTwoRaters(), AgreementOptions.withDefaults(), Coefficient.COHEN_KAPPA)
                .valueOrThrow(),
            within(1e-12));
    assertThat(rule.valueOrThrow()).isNotCloseTo(completeCase.valueOrThrow(), within(1e-3));
    assertThat(rule.valueOrThrow()).isCloseTo(conger.valueOrThrow(), within(1e-12));
    assertThat(rule.standardErrorOrThrow()).isCloseTo(conger.standardErrorOrThrow(), within(1e-12));
    assertThat(rule.conventions()).containsEntry("missing_ratings", "gwet-2014");
    assertThat(completeCase.conventions()).containsEntry("missing_ratings", "complete-case");
    // on complete data the rule changes nothing
    assertThat(estimate(completeTwoRaters(), gwet, Coefficient.SCOTT_PI).valueOrThrow())
        .isCloseTo(
            estimate(completeTwoRaters(), AgreementOptions.withDefaults(), Coefficient.SCOTT_PI)
                .valueOrThrow(),
            within(1e-12));
    assertThat(estimate(gaps, gwet, Coefficient.SCOTT_PI).valueOrThrow())
        .isCloseTo(estimate(gaps, gwet, Coefficient.FLEISS_KAPPA).valueOrThrow(), within(1e-12));
  }

  @Test
  void completeUnitsDropIncompleteUnitsButAlphaKeepsItsPairableValues() {
    RatingTable<Integer> gaps = twoRatersWithGaps();
    AgreementOptions listwise =
        AgreementOptions.withDefaults().withMissingRatings(MissingRatings.COMPLETE_UNITS);

    Estimate fleiss = estimate(gaps, listwise, Coefficient.FLEISS_KAPPA);
    Estimate alpha = estimate(gaps, listwise, Coefficient.KRIPPENDORFF_ALPHA);

    assertThat(fleiss.valueOrThrow())
        .isCloseTo(
            estimate(completeTwoRaters(), AgreementOptions.withDefaults(), Coefficient.FLEISS_KAPPA)
                .valueOrThrow(),
            within(1e-12));
    assertThat(fleiss.conventions()).containsEntry("missing_ratings", "complete-units");
    assertThat(alpha.valueOrThrow())
        .isEqualTo(
            estimate(gaps, AgreementOptions.withDefaults(), Coefficient.KRIPPENDORFF_ALPHA)
                .valueOrThrow());
    assertThat(alpha.conventions()).containsEntry("missing_ratings", "pairable-values");
    AgreementStatsAccumulator<Integer> acc =
        AgreementStatsAccumulator.create(gaps.categories(), gaps.raters());
    acc.addAll(gaps);
    assertThatThrownBy(() -> AgreementReport.of(acc.snapshot(), listwise))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("needs the units");
  }

  @Test
  void quadraticWeightsGiveAlphaTheIntervalLevelWhenAsked() {
    RatingTable<Integer> gaps = twoRatersWithGaps();
    AgreementOptions quadratic = AgreementOptions.withDefaults().withWeights(Weights.quadratic());

    Estimate nominal = estimate(gaps, quadratic, Coefficient.KRIPPENDORFF_ALPHA);
    Estimate weighted =
        estimate(gaps, quadratic.withWeightedAlpha(true), Coefficient.KRIPPENDORFF_ALPHA);
    Estimate interval =
        estimate(
            gaps,
            AgreementOptions.withDefaults().withLevel(Level.INTERVAL),
            Coefficient.KRIPPENDORFF_ALPHA);

    assertThat(nominal.valueOrThrow())
        .isEqualTo(
            estimate(gaps, AgreementOptions.withDefaults(), Coefficient.KRIPPENDORFF_ALPHA)
                .valueOrThrow());
    assertThat(nominal.conventions().get("weights"))
        .startsWith("ignored: alpha takes the nominal level's");
    assertThat(weighted.valueOrThrow()).isCloseTo(interval.valueOrThrow(), within(1e-12));
    assertThat(weighted.standardErrorOrThrow())
        .isCloseTo(interval.standardErrorOrThrow(), within(1e-12));
    assertThat(weighted.conventions()).containsEntry("weights", "quadratic");
    assertThat(AgreementReport.of(gaps, quadratic.withWeightedAlpha(true)).level())
        .isEqualTo("weights:quadratic");
  }

  @Test
  void ac1SaysItIsUnweightedAndAc2CarriesTheWeights() {
    AgreementReport report =
        AgreementReport.of(
            twoRatersWithGaps(), AgreementOptions.withDefaults().withWeights(Weights.of("equal")));

    assertThat(report.coefficient(Coefficient.GWET_AC1).orElseThrow().conventions().get("weights"))
        .isEqualTo("ignored: AC1 is unweighted; gwet_ac2 carries the linear weights");
    assertThat(report.coefficient(Coefficient.GWET_AC2).orElseThrow().conventions())
        .containsEntry("weights", "linear");
  }

  @Test
  void alphaPopulationChangesOnlyTheFiniteCorrection() {
    RatingTable<Integer> gaps = twoRatersWithGaps();
    AgreementOptions finite = AgreementOptions.withDefaults().withPopulation(24);

    Estimate pairable = estimate(gaps, finite, Coefficient.KRIPPENDORFF_ALPHA);
    Estimate all =
        estimate(
            gaps,
            finite.withAlphaPopulation(AlphaPopulation.ALL_UNITS),
            Coefficient.KRIPPENDORFF_ALPHA);
    Estimate infinite =
        estimate(gaps, AgreementOptions.withDefaults(), Coefficient.KRIPPENDORFF_ALPHA);

    // 9 pairable units of 12 rated: 1 - 9/24 against 1 - 12/24 of the same variance
    double v = Math.pow(infinite.standardErrorOrThrow(), 2);
    assertThat(Math.pow(pairable.standardErrorOrThrow(), 2))
        .isCloseTo(v * (1 - 9 / 24.0), within(1e-12));
    assertThat(Math.pow(all.standardErrorOrThrow(), 2))
        .isCloseTo(v * (1 - 12 / 24.0), within(1e-12));
    assertThat(all.valueOrThrow()).isEqualTo(pairable.valueOrThrow());
    assertThat(pairable.conventions()).containsEntry("population", "pairable-units");
    assertThat(all.conventions()).containsEntry("population", "rated-units");
  }

  @Test
  void lowerBoundsAreClippedUnlessAsked() {
    RatingTable<Integer> table =
        RatingTable.of(
            CategorySet.integers(1, 2),
            List.of("A", "B"),
            List.of(List.of(1, 2), List.of(2, 1), List.of(1, 1), List.of(2, 1), List.of(1, 2)));
    AgreementOptions t =
        AgreementOptions.withDefaults().withIntervalDistribution(IntervalDistribution.STUDENT_T);

    double clipped = estimate(table, t, Coefficient.COHEN_KAPPA).intervalOrThrow().lower();
    double free =
        estimate(table, t.withLowerBoundClipped(false), Coefficient.COHEN_KAPPA)
            .intervalOrThrow()
            .lower();

    assertThat(clipped).isEqualTo(-1.0);
    assertThat(free).isLessThan(-1.0);
  }
}
