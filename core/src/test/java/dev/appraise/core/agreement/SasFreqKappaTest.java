package dev.appraise.core.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * The Fleiss-Cohen-Everitt (1969) asymptotic standard errors, as printed by SAS PROC FREQ (AGREE
 * option) for a 3 x 3 table, recorded in statsmodels' stats/tests/test_inter_rater.py
 * (UnweightedCohens, TestWeightedCohens); data in {@code agreement/sas-freq-kappa.csv}. SAS's
 * weighted kappa uses Cicchetti-Allison (linear) weights.
 */
class SasFreqKappaTest {

  private final ContingencyTable<String> table = TestData.contingency("sas-freq-kappa.csv");

  @Test
  void simpleKappa() {
    Estimate e =
        TestData.estimate(
            AgreementReport.of(table, AgreementOptions.withDefaults()), Coefficient.COHEN_KAPPA);
    assertThat(e.valueOrThrow()).isCloseTo(0.4842, within(5e-5)); // SAS: Kappa 0.4842
    assertThat(e.standardError().getAsDouble()).isCloseTo(0.1380, within(5e-5)); // SAS: ASE 0.1380
    assertThat(e.interval().orElseThrow().lower())
        .isCloseTo(0.2137, within(5e-5)); // SAS: 95% lower 0.2137
    assertThat(e.interval().orElseThrow().upper())
        .isCloseTo(0.7547, within(5e-5)); // SAS: 95% upper 0.7547
    assertThat(e.standardErrorMethod()).contains("fleiss-cohen-everitt-1969");
    assertThat(nullStandardError(Weights.identity()))
        .isCloseTo(0.1484, within(5e-5)); // SAS: ASE under H0 0.1484
  }

  @Test
  void weightedKappa() {
    Estimate e =
        TestData.estimate(
            AgreementReport.of(
                table, AgreementOptions.withDefaults().withWeights(Weights.linear())),
            Coefficient.COHEN_KAPPA);
    assertThat(e.valueOrThrow()).isCloseTo(0.4701, within(5e-5)); // SAS: Weighted Kappa 0.4701
    assertThat(e.standardError().getAsDouble()).isCloseTo(0.1457, within(5e-5)); // SAS: ASE 0.1457
    assertThat(e.interval().orElseThrow().lower()).isCloseTo(0.1845, within(5e-5)); // SAS: 0.1845
    assertThat(e.interval().orElseThrow().upper()).isCloseTo(0.7558, within(5e-5)); // SAS: 0.7558
    assertThat(nullStandardError(Weights.linear()))
        .isCloseTo(0.1426, within(5e-5)); // SAS: ASE under H0 0.1426
  }

  private double nullStandardError(Weights weights) {
    RatingTable<String> units = table.toRatingTable(java.util.List.of("a", "b"));
    AgreementStats<String> stats =
        AgreementStatsAccumulator.create(units.categories(), units.raters())
            .addAll(units)
            .snapshot();
    AgreementOptions options = AgreementOptions.withDefaults().withWeights(weights);
    Context x = Context.of(stats, options, weights.flat(stats.categories()));
    return KappaFamily.fleissCohenEveritt(x, Coefficient.COHEN_KAPPA.estimator().estimate(x), true)
        .value();
  }
}
