package dev.appraise.core.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Gwet KL (2014). Handbook of Inter-Rater Reliability, 4th ed., Advanced Analytics: the irrCAC
 * package's data sets and the values its functions print ({@code gwet.ac1.raw}, {@code
 * fleiss.kappa.raw}, {@code conger.kappa.raw}, {@code krippen.alpha.raw}), as recorded to three
 * decimals in the tests of irrCAC's Python port (afergadis/irrCAC,
 * test/unit/irrCAC/raw/test_gwet.py, test_fleiss.py, test_conger.py, test_krippendorff.py). Each
 * row: data set, weights, coefficient, value, standard error, lower and upper 95% limit (t
 * interval, n - 1 df, upper capped at 1).
 */
class Gwet2014HandbookTest {

  static Stream<Arguments> published() {
    return Stream.of(
        // cac.raw4raters = Krippendorff's reliability data (Gwet 2014, p. 120)
        Arguments.of(
            "krippendorff2011-reliability-data.csv",
            "identity",
            Coefficient.GWET_AC1,
            0.775,
            0.143,
            0.461,
            1.0),
        Arguments.of(
            "krippendorff2011-reliability-data.csv",
            "linear",
            Coefficient.GWET_AC2,
            0.859,
            0.117,
            0.600,
            1.0),
        Arguments.of(
            "krippendorff2011-reliability-data.csv",
            "quadratic",
            Coefficient.GWET_AC2,
            0.914,
            0.104,
            0.685,
            1.0),
        Arguments.of(
            "krippendorff2011-reliability-data.csv",
            "identity",
            Coefficient.FLEISS_KAPPA,
            0.761,
            0.153,
            0.424,
            1.0),
        Arguments.of(
            "krippendorff2011-reliability-data.csv",
            "linear",
            Coefficient.FLEISS_KAPPA,
            0.818,
            0.149,
            0.491,
            1.0),
        Arguments.of(
            "krippendorff2011-reliability-data.csv",
            "quadratic",
            Coefficient.FLEISS_KAPPA,
            0.865,
            0.146,
            0.544,
            1.0),
        Arguments.of(
            "krippendorff2011-reliability-data.csv",
            "identity",
            Coefficient.CONGER_KAPPA,
            0.763,
            Double.NaN,
            0.435,
            1.0),
        Arguments.of(
            "krippendorff2011-reliability-data.csv",
            "linear",
            Coefficient.CONGER_KAPPA,
            0.814,
            0.145,
            0.494,
            1.0),
        Arguments.of(
            "krippendorff2011-reliability-data.csv",
            "quadratic",
            Coefficient.CONGER_KAPPA,
            0.858,
            0.144,
            0.541,
            1.0),
        Arguments.of(
            "gwet2014-5observers.csv",
            "identity",
            Coefficient.GWET_AC1,
            0.497,
            0.122,
            0.235,
            0.758),
        Arguments.of(
            "gwet2014-5observers.csv",
            "identity",
            Coefficient.FLEISS_KAPPA,
            0.458,
            0.120,
            0.199,
            0.716),
        Arguments.of(
            "gwet2014-5observers.csv",
            "identity",
            Coefficient.CONGER_KAPPA,
            0.469,
            0.117,
            0.219,
            0.719),
        Arguments.of(
            "gwet2014-5observers.csv",
            "identity",
            Coefficient.KRIPPENDORFF_ALPHA,
            0.481,
            0.114,
            0.237,
            0.724),
        Arguments.of(
            "gwet2014-g1g2.csv", "identity", Coefficient.GWET_AC1, 0.685, 0.134, 0.396, 0.973),
        Arguments.of(
            "gwet2014-g1g2.csv", "identity", Coefficient.FLEISS_KAPPA, 0.657, 0.150, 0.333, 0.981),
        Arguments.of(
            "gwet2014-g1g2.csv", "identity", Coefficient.CONGER_KAPPA, 0.659, 0.146, 0.343, 0.974),
        Arguments.of(
            "gwet2014-g1g2.csv",
            "identity",
            Coefficient.KRIPPENDORFF_ALPHA,
            0.632,
            0.150,
            0.306,
            0.958),
        Arguments.of(
            "gwet2014-gender.csv", "identity", Coefficient.GWET_AC1, 0.208, 0.091, 0.014, 0.403),
        Arguments.of(
            "gwet2014-gender.csv",
            "identity",
            Coefficient.FLEISS_KAPPA,
            0.129,
            0.141,
            -0.172,
            0.430),
        Arguments.of(
            "gwet2014-gender.csv",
            "identity",
            Coefficient.CONGER_KAPPA,
            0.166,
            0.121,
            -0.094,
            0.426),
        Arguments.of(
            "gwet2014-gender.csv",
            "identity",
            Coefficient.KRIPPENDORFF_ALPHA,
            0.143,
            0.141,
            -0.158,
            0.445),
        Arguments.of(
            "gwet2014-ben-gerry.csv", "identity", Coefficient.GWET_AC1, 0.661, 0.184, 0.257, 1.0),
        Arguments.of(
            "gwet2014-ben-gerry.csv",
            "identity",
            Coefficient.FLEISS_KAPPA,
            0.649,
            0.191,
            0.228,
            1.0),
        Arguments.of(
            "gwet2014-ben-gerry.csv",
            "identity",
            Coefficient.KRIPPENDORFF_ALPHA,
            0.665,
            0.180,
            0.264,
            1.0));
  }

  @ParameterizedTest(name = "{0} {1} {2}")
  @MethodSource("published")
  void reproducesIrrCac(
      String data,
      String weights,
      Coefficient c,
      double value,
      double se,
      double lower,
      double upper) {
    AgreementReport r =
        AgreementReport.of(
            TestData.table(data), AgreementOptions.withDefaults().withWeights(Weights.of(weights)));
    Estimate e = TestData.estimate(r, c);
    assertThat(e.valueOrThrow()).isCloseTo(value, within(5.1e-4));
    if (!Double.isNaN(se)) {
      assertThat(e.standardError().getAsDouble()).isCloseTo(se, within(5.1e-4));
    }
    assertThat(e.interval().orElseThrow().lower()).isCloseTo(lower, within(5.1e-4));
    assertThat(e.interval().orElseThrow().upper()).isCloseTo(upper, within(5.1e-4));
    assertThat(e.interval().orElseThrow().method()).isEqualTo("wald-t");
  }

  @org.junit.jupiter.api.Test
  void congerKappaWithACustomAsymmetricWeightMatrix() {
    // irrCAC conger.kappa.raw(cac.raw4raters, weights = custom matrix below), afergadis/irrCAC
    // test_conger.py:
    // pa 0.886, pe 0.521, kappa 0.763, se 0.149, 95% CI (0.435, 1)
    double[][] w = {
      {1.00, 0.75, 0.50, 0.25, 0.00},
      {0.00, 1.00, 0.75, 0.50, 0.25},
      {0.25, 0.00, 1.00, 0.75, 0.50},
      {0.50, 0.25, 0.00, 1.00, 0.75},
      {0.75, 0.50, 0.25, 0.00, 1.00}
    };
    AgreementReport r =
        AgreementReport.of(
            TestData.table("krippendorff2011-reliability-data.csv"),
            AgreementOptions.withDefaults().withWeights(Weights.custom(w)));
    Estimate e = TestData.estimate(r, Coefficient.CONGER_KAPPA);
    assertThat(e.valueOrThrow()).isCloseTo(0.763, within(5.1e-4));
    assertThat(e.standardError().getAsDouble()).isCloseTo(0.149, within(5.1e-4));
    assertThat(e.interval().orElseThrow().lower()).isCloseTo(0.435, within(5.1e-4));
    assertThat(r.weights()).isEqualTo("custom");
  }
}
