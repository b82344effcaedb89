package dev.appraise.core.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Gwet KL (2014). Handbook of Inter-Rater Reliability, 4th ed.: the irrCAC package's two-rater
 * contingency tables and the values of {@code kappa2.table} and {@code bp2.table}, as recorded to
 * three decimals in the tests of irrCAC's Python port (afergadis/irrCAC,
 * test/unit/irrCAC/table/test_cohen.py and test_brennan_prediger.py). Gwet's variance of Cohen's
 * kappa from a table is the Fleiss-Cohen-Everitt variance. Rows: data, weights, coefficient, value,
 * standard error (NaN where the source prints none).
 */
class Gwet2014ContingencyTablesTest {

  static Stream<Arguments> published() {
    return Stream.of(
        Arguments.of(
            "gwet2014-cont4x4diagnosis.csv", "identity", Coefficient.COHEN_KAPPA, 0.432, 0.046),
        Arguments.of(
            "gwet2014-cont4x4diagnosis.csv", "linear", Coefficient.COHEN_KAPPA, 0.407, 0.053),
        Arguments.of(
            "gwet2014-cont4x4diagnosis.csv", "quadratic", Coefficient.COHEN_KAPPA, 0.383, 0.066),
        Arguments.of(
            "gwet2014-cont4x4diagnosis.csv",
            "identity",
            Coefficient.BRENNAN_PREDIGER,
            0.450,
            0.044),
        Arguments.of(
            "gwet2014-cont4x4diagnosis.csv", "linear", Coefficient.BRENNAN_PREDIGER, 0.347, 0.060),
        Arguments.of(
            "gwet2014-cont4x4diagnosis.csv",
            "quadratic",
            Coefficient.BRENNAN_PREDIGER,
            0.236,
            0.085),
        Arguments.of(
            "gwet2014-cont3x3abstractors.csv",
            "identity",
            Coefficient.COHEN_KAPPA,
            0.796,
            Double.NaN),
        Arguments.of(
            "gwet2014-cont3x3abstractors.csv",
            "linear",
            Coefficient.COHEN_KAPPA,
            0.843,
            Double.NaN),
        Arguments.of(
            "gwet2014-cont3x3abstractors.csv",
            "quadratic",
            Coefficient.COHEN_KAPPA,
            0.892,
            Double.NaN),
        Arguments.of(
            "gwet2014-cont3x3abstractors.csv",
            "identity",
            Coefficient.BRENNAN_PREDIGER,
            0.835,
            Double.NaN),
        Arguments.of(
            "gwet2014-cont3x3abstractors.csv",
            "linear",
            Coefficient.BRENNAN_PREDIGER,
            0.876,
            Double.NaN),
        Arguments.of(
            "gwet2014-cont3x3abstractors.csv",
            "quadratic",
            Coefficient.BRENNAN_PREDIGER,
            0.918,
            Double.NaN));
  }

  @ParameterizedTest(name = "{0} {1} {2}")
  @MethodSource("published")
  void reproducesIrrCac(String data, String weights, Coefficient c, double value, double se) {
    AgreementReport r =
        AgreementReport.of(
            TestData.contingency(data),
            AgreementOptions.withDefaults().withWeights(Weights.of(weights)));
    Estimate e = TestData.estimate(r, c);
    assertThat(e.valueOrThrow()).isCloseTo(value, within(5.1e-4));
    if (!Double.isNaN(se)) {
      assertThat(e.standardError().getAsDouble()).isCloseTo(se, within(5.1e-4));
    }
  }
}
