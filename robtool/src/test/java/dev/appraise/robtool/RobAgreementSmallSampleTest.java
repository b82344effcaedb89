package dev.appraise.robtool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.appraise.core.agreement.Estimate;
import dev.appraise.core.stats.ConfidenceInterval;
import org.junit.jupiter.api.Test;

/**
 * The seed-shaped ratings' per-domain kappas rest on 9 items: fewer than the 18 (2 q^2 for 3
 * levels) from which the large-sample interval can be trusted, so they get the exact conditional
 * interval; all 72 items keep the Wald one.
 */
class RobAgreementSmallSampleTest {

  @Test
  void perDomainKappasOnNineItemsGetTheExactConditionalInterval() {
    RobAgreementReport r = TwoRaterWorkflowTest.seedShaped().agreement();

    assertThat(r.cohenKappa().intervalOrThrow().method()).isEqualTo("wald-z");
    for (Estimate k : r.cohenKappaByDomain().values()) {
      if (k.isDefined()) {
        ConfidenceInterval ci = k.intervalOrThrow();
        assertThat(ci.method()).isEqualTo("exact-conditional");
        assertThat(ci.upper() - ci.lower()).as(k.toString()).isGreaterThan(0.3);
        assertThat(ci.contains(k.valueOrThrow())).isTrue();
      }
    }
  }

  @Test
  void perfectAgreementOnNineItemsHasAnInformativeInterval() {
    int perfect = 0;
    for (Estimate k : TwoRaterWorkflowTest.seedShaped().agreement().cohenKappaByDomain().values()) {
      if (k.isDefined() && k.valueOrThrow() == 1.0) {
        perfect++;
        assertThat(k.intervalOrThrow().lower()).isLessThan(0.9);
        assertThat(k.intervalOrThrow().upper()).isCloseTo(1.0, within(0.0));
      }
    }
    assertThat(perfect).isPositive();
  }
}
