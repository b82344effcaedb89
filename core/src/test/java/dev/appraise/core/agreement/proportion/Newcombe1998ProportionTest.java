package dev.appraise.core.agreement.proportion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.appraise.core.stats.ConfidenceInterval;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Newcombe RG (1998), Two-sided confidence intervals for the single proportion: comparison of seven
 * methods, Stat Med 17:857-872, Table I (95 % intervals, four decimals): method 3 is the Wilson
 * score interval, method 5 the Clopper-Pearson exact interval.
 */
class Newcombe1998ProportionTest {

  private static final double FOUR_DECIMALS = 0.5e-4 + 1e-12;

  @ParameterizedTest(name = "{0}/{1}")
  @CsvSource({
    // k, n, Table I method 3 (Wilson) lower, upper, Table I method 5 (exact) lower, upper
    "81, 263, 0.2553, 0.3662, 0.2527, 0.3676",
    "15, 148, 0.0624, 0.1605, 0.0578, 0.1617",
    "0, 20, 0.0000, 0.1611, 0.0000, 0.1684",
    "1, 29, 0.0061, 0.1718, 0.0009, 0.1776",
  })
  void reproducesTableI(
      long k, long n, double wilsonLo, double wilsonHi, double exactLo, double exactHi) {
    ConfidenceInterval wilson = ProportionInterval.WILSON.interval(k, n, 0.95);
    ConfidenceInterval exact = ProportionInterval.CLOPPER_PEARSON.interval(k, n, 0.95);

    assertThat(wilson.lower()).isCloseTo(wilsonLo, within(FOUR_DECIMALS));
    assertThat(wilson.upper()).isCloseTo(wilsonHi, within(FOUR_DECIMALS));
    assertThat(exact.lower()).isCloseTo(exactLo, within(FOUR_DECIMALS));
    assertThat(exact.upper()).isCloseTo(exactHi, within(FOUR_DECIMALS));
    assertThat(wilson.method()).isEqualTo("wilson");
    assertThat(exact.method()).isEqualTo("clopper-pearson");
    assertThat(wilson.level()).isEqualTo(0.95);
  }

  @ParameterizedTest(name = "{0}/{1}")
  @CsvSource({"0, 20", "0, 1", "0, 5000"})
  void lowerBoundIsExactlyZeroWithNoSuccesses(long k, long n) {
    for (ProportionInterval method : ProportionInterval.values()) {
      assertThat(method.interval(k, n, 0.95).lower()).as(method.name()).isZero();
      assertThat(method.interval(n - k, n, 0.95).upper()).as(method.name()).isEqualTo(1.0);
    }
  }
}
