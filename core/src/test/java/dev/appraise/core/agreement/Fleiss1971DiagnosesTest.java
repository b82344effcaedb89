package dev.appraise.core.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * Fleiss JL (1971). Measuring nominal scale agreement among many raters. Psychological Bulletin
 * 76:378-382, Table 1 (30 patients x 6 psychiatrists, 5 diagnoses), data in {@code
 * agreement/fleiss1971-diagnoses.csv}.
 */
class Fleiss1971DiagnosesTest {

  private final RatingTable<String> table = TestData.table("fleiss1971-diagnoses.csv");

  @Test
  void kappa() {
    AgreementReport r = AgreementReport.of(table, AgreementOptions.withDefaults());
    assertThat(TestData.value(r, Coefficient.FLEISS_KAPPA))
        .isCloseTo(0.430, within(5e-4)); // Fleiss 1971: 0.430
    // irr 0.84.1 kappam.fleiss(diagnoses): Kappa = 0.4302445 (statsmodels test_inter_rater.py)
    assertThat(TestData.value(r, Coefficient.FLEISS_KAPPA)).isCloseTo(0.4302445, within(5e-8));
  }

  @Test
  void nullHypothesisStandardError() {
    // irr 0.84.1 kappam.fleiss(diagnoses): z = 17.65183, z = kappa / se0 with Fleiss, Nee and
    // Landis (1979) se0
    AgreementReport r =
        AgreementReport.of(
            table,
            AgreementOptions.withDefaults()
                .withFleissVariance(AgreementOptions.FleissVariance.NULL_HYPOTHESIS));
    Estimate e = TestData.estimate(r, Coefficient.FLEISS_KAPPA);
    assertThat(e.valueOrThrow() / e.standardError().getAsDouble())
        .isCloseTo(17.65183, within(5e-5));
    assertThat(e.standardErrorMethod()).contains("fleiss-nee-landis-1979-null");
  }

  @Test
  void countsGiveTheSameKappaAsTheTable() {
    AgreementReport fromCounts =
        AgreementReport.of(CategoryCounts.of(table), AgreementOptions.withDefaults());
    assertThat(TestData.value(fromCounts, Coefficient.FLEISS_KAPPA))
        .isCloseTo(0.4302445, within(5e-8));
    assertThat(fromCounts.coefficient(Coefficient.COHEN_KAPPA)).isEmpty();
    assertThat(fromCounts.coefficient(Coefficient.CONGER_KAPPA)).isEmpty();
  }
}
