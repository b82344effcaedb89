package dev.appraise.core.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * The first kappa paradox: Feinstein AR, Cicchetti DV (1990). High agreement but low kappa: I. The
 * problems of two paradoxes. J Clin Epidemiol 43:543-549, Table 1 (two 2 x 2 tables with p_o = .85:
 * kappa .70 and .32); the resolution by specific agreement, Cicchetti and Feinstein (1990) part II,
 * and by PABAK with the prevalence and bias indices, Byrt, Bishop and Carlin (1993) J Clin
 * Epidemiol 46:423-429.
 */
class FeinsteinCicchetti1990ParadoxTest {

  private static final CategorySet<String> NO_YES = CategorySet.of("no", "yes");

  /** a = both yes, b = first yes / second no, c = first no / second yes, d = both no. */
  private static AgreementReport report(long a, long b, long c, long d) {
    return AgreementReport.of(
        ContingencyTable.of(NO_YES, new long[][] {{d, c}, {b, a}}),
        AgreementOptions.withDefaults());
  }

  @Test
  void sameAgreementDifferentKappa() {
    AgreementReport balanced = report(40, 9, 6, 45);
    AgreementReport skewed = report(80, 10, 5, 5);
    assertThat(TestData.value(balanced, Coefficient.PERCENT_AGREEMENT))
        .isCloseTo(0.85, within(1e-12)); // p_o .85
    assertThat(TestData.value(skewed, Coefficient.PERCENT_AGREEMENT))
        .isCloseTo(0.85, within(1e-12)); // p_o .85
    assertThat(TestData.value(balanced, Coefficient.COHEN_KAPPA))
        .isCloseTo(0.70, within(5e-3)); // F&C 1990: .70
    assertThat(TestData.value(skewed, Coefficient.COHEN_KAPPA))
        .isCloseTo(0.32, within(5e-3)); // F&C 1990: .32
  }

  @Test
  void pabakIsBrennanPredigerForTwoCategories() {
    for (AgreementReport r : new AgreementReport[] {report(40, 9, 6, 45), report(80, 10, 5, 5)}) {
      // Byrt et al. 1993: PABAK = 2 p_o - 1 = .70 for both tables
      assertThat(TestData.value(r, Coefficient.BRENNAN_PREDIGER)).isCloseTo(0.70, within(1e-12));
      // Byrt et al. 1993, eq. (2): kappa = (PABAK - PI^2 + BI^2) / (1 - PI^2 + BI^2)
      double pabak = TestData.value(r, Coefficient.BRENNAN_PREDIGER);
      double pi = TestData.value(r, Coefficient.PREVALENCE_INDEX);
      double bi = TestData.value(r, Coefficient.BIAS_INDEX);
      assertThat(TestData.value(r, Coefficient.COHEN_KAPPA))
          .isCloseTo((pabak - pi * pi + bi * bi) / (1 - pi * pi + bi * bi), within(1e-12));
    }
    AgreementReport skewed = report(80, 10, 5, 5);
    assertThat(TestData.value(skewed, Coefficient.PREVALENCE_INDEX))
        .isCloseTo(0.75, within(1e-12)); // (80-5)/100
    assertThat(TestData.value(skewed, Coefficient.BIAS_INDEX))
        .isCloseTo(0.05, within(1e-12)); // (10-5)/100
  }

  @Test
  void specificAgreementSeparatesTheTwoTables() {
    AgreementReport skewed = report(80, 10, 5, 5);
    // Cicchetti & Feinstein 1990 (part II): p_pos = 2a/(2a + b + c) = 160/175, p_neg = 2d/(2d + b +
    // c) = 10/25
    assertThat(TestData.value(skewed, Coefficient.SPECIFIC_POSITIVE_AGREEMENT))
        .isCloseTo(160 / 175.0, within(1e-12));
    assertThat(TestData.value(skewed, Coefficient.SPECIFIC_NEGATIVE_AGREEMENT))
        .isCloseTo(0.40, within(1e-12));
    assertThat(skewed.categorySpecificAgreement().get("yes").valueOrThrow())
        .isCloseTo(160 / 175.0, within(1e-12));
  }
}
