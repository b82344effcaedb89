package dev.appraise.core.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.appraise.core.stats.ConfidenceInterval;
import org.junit.jupiter.api.Test;

/**
 * Hayes AF, Krippendorff K (2007). Answering the call for a standard reliability measure for coding
 * data. Communication Methods and Measures 1(1):77-89: the Table 1 data (40 units, 5 observers,
 * ordinal 0-3, missing cells), in {@code agreement/hayes2007-table1.csv}.
 *
 * <p>Hayes and Krippendorff's KALPHA macro bootstraps the pairable values within the coincidence
 * matrix; appraise's bootstrap resamples whole units (the unit-level bootstrap), so their interval
 * is not a reference for ours.
 */
class HayesKrippendorff2007Test {

  private final RatingTable<String> table = TestData.table("hayes2007-table1.csv");

  @Test
  void ordinalAlpha() {
    AgreementReport r =
        AgreementReport.of(table, AgreementOptions.withDefaults().withLevel(Level.ORDINAL));
    // Hayes & Krippendorff 2007, KALPHA output for Table 1, level = ordinal: alpha = .7598
    assertThat(TestData.value(r, Coefficient.KRIPPENDORFF_ALPHA)).isCloseTo(0.7598, within(5e-5));
  }

  @Test
  void unitLevelBootstrapIntervalIsSeededAndBracketsTheEstimate() {
    AgreementOptions options =
        AgreementOptions.withDefaults().withLevel(Level.ORDINAL).withBootstrap(2000, 2007L);
    Estimate a =
        TestData.estimate(AgreementReport.of(table, options), Coefficient.KRIPPENDORFF_ALPHA);
    Estimate b =
        TestData.estimate(AgreementReport.of(table, options), Coefficient.KRIPPENDORFF_ALPHA);
    ConfidenceInterval ci = a.interval().orElseThrow();
    assertThat(ci.method()).isEqualTo("bootstrap-bca");
    assertThat(ci).isEqualTo(b.interval().orElseThrow());
    assertThat(ci.contains(a.valueOrThrow())).isTrue();
    assertThat(ci.upper()).isLessThanOrEqualTo(1.0);
    // the analytic standard error is kept beside the bootstrap interval
    assertThat(a.standardErrorMethod()).contains("gwet-2014");
  }

  @Test
  void percentileBootstrapWidthMatchesTheAnalyticStandardError() {
    AgreementOptions options =
        AgreementOptions.withDefaults()
            .withLevel(Level.ORDINAL)
            .withBootstrap(4000, 11L)
            .withBootstrapInterval(AgreementOptions.BootstrapInterval.PERCENTILE);
    Estimate e =
        TestData.estimate(AgreementReport.of(table, options), Coefficient.KRIPPENDORFF_ALPHA);
    ConfidenceInterval ci = e.interval().orElseThrow();
    assertThat(ci.method()).isEqualTo("bootstrap-percentile");
    // for 40 units the percentile interval and the Wald interval of Gwet's variance have similar
    // widths
    double wald = 2 * 1.96 * e.standardError().getAsDouble();
    assertThat(ci.upper() - ci.lower()).isBetween(0.6 * wald, 1.4 * wald);
  }
}
