package dev.appraise.core.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.appraise.core.agreement.AgreementOptions.SmallSampleInterval;
import dev.appraise.core.stats.ConfidenceInterval;
import org.junit.jupiter.api.Test;

/**
 * Intervals on nine items, as in one domain of the seed review's risk-of-bias ratings (two raters,
 * levels low, unclear and high). The exact conditional bounds are R's {@code qbeta} Clopper-Pearson
 * bounds mapped through kappa: {@code (qbeta(0.025, a, n - a + 1) - pe) / (1 - pe)} and {@code
 * (qbeta(0.975, a + 1, n - a) - pe) / (1 - pe)}.
 */
class SmallSampleIntervalTest {

  private static final CategorySet<String> LEVELS = CategorySet.of("low", "unclear", "high");

  /** Nine items: {@code agreeing} rated low by both, the rest as given. */
  private static ContingencyTable<String> nine(long[][] counts) {
    return ContingencyTable.of(LEVELS, counts);
  }

  private static Estimate kappa(ContingencyTable<String> table, AgreementOptions options) {
    return AgreementReport.of(table, options).coefficient(Coefficient.COHEN_KAPPA).orElseThrow();
  }

  @Test
  void perfectAgreementOnNineItemsHasNoWaldIntervalButSaysWhy() {
    ContingencyTable<String> perfect = nine(new long[][] {{7, 0, 0}, {0, 2, 0}, {0, 0, 0}});

    Estimate k = kappa(perfect, AgreementOptions.withDefaults());

    assertThat(k.valueOrThrow()).isEqualTo(1.0);
    assertThat(k.interval()).isEmpty();
    assertThat(k.standardError()).isEmpty();
    assertThat(k.intervalNote().orElseThrow())
        .startsWith("perfect agreement on 9 units: the standard error is 0");
    assertThatThrownBy(k::intervalOrThrow)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("cohen_kappa has no interval: perfect agreement on 9 units");
  }

  @Test
  void aRaterWhoUsedOneLevelGivesKappaZeroWithoutAZeroWidthInterval() {
    ContingencyTable<String> constant = nine(new long[][] {{8, 0, 0}, {1, 0, 0}, {0, 0, 0}});

    Estimate k = kappa(constant, AgreementOptions.withDefaults());

    assertThat(k.valueOrThrow()).isCloseTo(0.0, within(1e-12));
    assertThat(k.interval()).isEmpty();
    assertThat(k.intervalNote().orElseThrow()).contains("the standard error is 0");
  }

  @Test
  void theBootstrapOfPerfectAgreementIsNotInformativeEither() {
    ContingencyTable<String> perfect = nine(new long[][] {{7, 0, 0}, {0, 2, 0}, {0, 0, 0}});

    Estimate k = kappa(perfect, AgreementOptions.withDefaults().withBootstrap(500, 1));

    assertThat(k.interval()).isEmpty();
    assertThat(k.intervalNote().orElseThrow()).startsWith("every bootstrap replicate is 1.0000");
  }

  @Test
  void belowTwiceQSquaredTheWaldIntervalCarriesARecommendation() {
    ContingencyTable<String> one = nine(new long[][] {{8, 0, 0}, {0, 0, 1}, {0, 0, 0}});

    Estimate k = kappa(one, AgreementOptions.withDefaults());

    // 8/17: po = 8/9, pe = 64/81; the Fleiss-Cohen-Everitt interval is narrow, and the note says so
    assertThat(k.valueOrThrow()).isCloseTo(8 / 17.0, within(1e-12));
    assertThat(k.interval()).isPresent();
    assertThat(k.intervalNote().orElseThrow())
        .startsWith(
            "9 units, fewer than 18 (2 q^2 with q = 3 categories, Cicchetti and Fleiss 1977)")
        .endsWith(
            "the exact conditional interval is recommended (AgreementOptions.withSmallSampleInterval)");
    assertThat(AgreementOptions.smallSampleUnits(2)).isEqualTo(18);
    assertThat(AgreementOptions.smallSampleUnits(5)).isEqualTo(50);
  }

  @Test
  void theExactConditionalIntervalStaysInformative() {
    AgreementOptions exact =
        AgreementOptions.withDefaults()
            .withSmallSampleInterval(SmallSampleInterval.EXACT_CONDITIONAL);

    ConfidenceInterval one =
        kappa(nine(new long[][] {{8, 0, 0}, {0, 0, 1}, {0, 0, 0}}), exact).intervalOrThrow();
    ConfidenceInterval unclipped =
        kappa(
                nine(new long[][] {{8, 0, 0}, {0, 0, 1}, {0, 0, 0}}),
                exact.withLowerBoundClipped(false))
            .intervalOrThrow();
    Estimate perfect = kappa(nine(new long[][] {{7, 0, 0}, {0, 2, 0}, {0, 0, 0}}), exact);

    assertThat(one.method()).isEqualTo("exact-conditional");
    assertThat(one.lower()).isEqualTo(-1.0);
    assertThat(one.upper()).isCloseTo(0.9866152896, within(1e-9));
    assertThat(unclipped.lower()).isCloseTo(-1.2989539828, within(1e-9));
    assertThat(perfect.intervalOrThrow().lower()).isCloseTo(0.0272272690, within(1e-9));
    assertThat(perfect.intervalOrThrow().upper()).isEqualTo(1.0);
    assertThat(perfect.intervalNote()).isEmpty();
  }

  @Test
  void theExactIntervalOfPercentAgreementIsClopperPearsons() {
    AgreementOptions exact =
        AgreementOptions.withDefaults()
            .withSmallSampleInterval(SmallSampleInterval.EXACT_CONDITIONAL);

    ConfidenceInterval pa =
        AgreementReport.of(nine(new long[][] {{8, 0, 0}, {0, 0, 1}, {0, 0, 0}}), exact)
            .coefficient(Coefficient.PERCENT_AGREEMENT)
            .orElseThrow()
            .intervalOrThrow();

    assertThat(pa.lower()).isCloseTo(0.5175034851, within(1e-9));
    assertThat(pa.upper()).isCloseTo(0.9971908633, within(1e-9));
  }

  @Test
  void largerSamplesKeepTheWaldInterval() {
    long[][] counts = {{30, 2, 0}, {3, 10, 1}, {0, 2, 12}};
    AgreementOptions exact =
        AgreementOptions.withDefaults()
            .withSmallSampleInterval(SmallSampleInterval.EXACT_CONDITIONAL);

    Estimate k = kappa(ContingencyTable.of(LEVELS, counts), exact);

    assertThat(k.intervalOrThrow().method()).isEqualTo("wald-z");
    assertThat(k.intervalNote()).isEmpty();
  }
}
