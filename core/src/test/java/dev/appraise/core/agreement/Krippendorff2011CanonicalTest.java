package dev.appraise.core.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * Krippendorff K (2011). Computing Krippendorff's alpha-reliability. University of Pennsylvania,
 * the reliability data of section C (4 observers, 12 units, values 1-5, missing cells), data in
 * {@code agreement/krippendorff2011-reliability-data.csv}.
 */
class Krippendorff2011CanonicalTest {

  private final RatingTable<String> table = TestData.table("krippendorff2011-reliability-data.csv");

  private double alpha(Level level) {
    AgreementReport r = AgreementReport.of(table, AgreementOptions.withDefaults().withLevel(level));
    return TestData.value(r, Coefficient.KRIPPENDORFF_ALPHA);
  }

  @Test
  void nominal() {
    assertThat(alpha(Level.NOMINAL))
        .isCloseTo(0.743, within(5e-4)); // Krippendorff 2011, section C: alpha = .743
  }

  @Test
  void ordinal() {
    assertThat(alpha(Level.ORDINAL))
        .isCloseTo(0.815, within(5e-4)); // Krippendorff 2011: ordinal alpha = .815
  }

  @Test
  void interval() {
    assertThat(alpha(Level.INTERVAL))
        .isCloseTo(0.849, within(5e-4)); // Krippendorff 2011: interval alpha = .849
  }

  @Test
  void ratio() {
    assertThat(alpha(Level.RATIO))
        .isCloseTo(0.797, within(5e-4)); // Krippendorff 2011: ratio alpha = .797
  }

  @Test
  void unitTwelveIsUnpairable() {
    AgreementStats<String> stats =
        AgreementStatsAccumulator.create(table.categories(), table.raters())
            .addAll(table)
            .snapshot();
    assertThat(stats.units()).isEqualTo(12);
    assertThat(stats.pairableUnits())
        .isEqualTo(11); // unit 12 has one value: Krippendorff's m_u = 1
    assertThat(stats.pairableValues()).isEqualTo(40); // Krippendorff 2011: n.. = 40 pairable values
  }

  @Test
  void gwetVarianceOfNominalAlpha() {
    // irrCAC 1.0 krippen.alpha.raw(cac.raw4raters): alpha 0.743, se 0.146, 95% CI (0.419, 1)
    Estimate e =
        TestData.estimate(
            AgreementReport.of(table, AgreementOptions.withDefaults()),
            Coefficient.KRIPPENDORFF_ALPHA);
    assertThat(e.standardError().getAsDouble()).isCloseTo(0.146, within(5e-4));
    assertThat(e.interval().orElseThrow().lower()).isCloseTo(0.419, within(5e-4));
    assertThat(e.interval().orElseThrow().upper()).isEqualTo(1.0);
  }

  @Test
  void userSuppliedMetric() {
    // the interval metric written by hand gives the interval alpha; its name is reported as the
    // level
    AlphaMetric squared =
        (c, k, values, marginals) -> (values[c] - values[k]) * (values[c] - values[k]);
    AgreementReport r =
        AgreementReport.of(
            table, AgreementOptions.withDefaults().withAlphaMetric("squared", squared));
    assertThat(TestData.value(r, Coefficient.KRIPPENDORFF_ALPHA))
        .isCloseTo(alpha(Level.INTERVAL), within(1e-12));
    assertThat(r.level()).isEqualTo("squared");
    // a metric that sees only whether two categories differ is the nominal alpha
    AlphaMetric nominal = (c, k, values, marginals) -> c == k ? 0 : 1;
    AgreementReport n =
        AgreementReport.of(table, AgreementOptions.withDefaults().withAlphaMetric("same", nominal));
    assertThat(TestData.value(n, Coefficient.KRIPPENDORFF_ALPHA))
        .isCloseTo(alpha(Level.NOMINAL), within(1e-12));
  }
}
