package dev.appraise.core.agreement.proportion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.appraise.core.stats.ConfidenceInterval;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Scale;

class ProportionIntervalPropertiesTest {

  /** A count k of n. */
  record Count(int k, int n) {}

  @Provide
  Arbitrary<Count> counts() {
    return Arbitraries.integers()
        .between(1, 2000)
        .flatMap(n -> Arbitraries.integers().between(0, n).map(k -> new Count(k, n)));
  }

  @Property
  void containsTheProportionWithinZeroAndOne(
      @ForAll("counts") Count c,
      @ForAll ProportionInterval method,
      @ForAll @DoubleRange(min = 0.5, max = 0.999) @Scale(4) double level) {
    ConfidenceInterval ci = method.interval(c.k(), c.n(), level);

    assertThat(ci.lower()).isGreaterThanOrEqualTo(0);
    assertThat(ci.upper()).isLessThanOrEqualTo(1);
    assertThat(ci.contains((double) c.k() / c.n())).isTrue();
    assertThat(ci.level()).isEqualTo(level);
    assertThat(ci.method()).isEqualTo(method.methodName());
  }

  @Property
  void isSymmetricUnderSwappingSuccessesAndFailures(
      @ForAll("counts") Count c, @ForAll ProportionInterval method) {
    ConfidenceInterval ci = method.interval(c.k(), c.n(), 0.95);
    ConfidenceInterval mirrored = method.interval(c.n() - c.k(), c.n(), 0.95);

    assertThat(ci.lower()).isCloseTo(1 - mirrored.upper(), within(1e-12));
    assertThat(ci.upper()).isCloseTo(1 - mirrored.lower(), within(1e-12));
  }

  @Property
  void narrowsAsTheSampleGrowsAtAFixedProportion(
      @ForAll("counts") Count c,
      @ForAll @IntRange(min = 2, max = 20) int factor,
      @ForAll ProportionInterval method) {
    ConfidenceInterval small = method.interval(c.k(), c.n(), 0.95);
    ConfidenceInterval large = method.interval((long) c.k() * factor, (long) c.n() * factor, 0.95);

    assertThat(width(large)).isLessThan(width(small));
  }

  @Property
  void isWiderAtAHigherLevel(
      @ForAll("counts") Count c,
      @ForAll ProportionInterval method,
      @ForAll @DoubleRange(min = 0.5, max = 0.98) @Scale(4) double level,
      @ForAll @DoubleRange(min = 0.001, max = 0.019) @Scale(4) double step) {
    ConfidenceInterval lower = method.interval(c.k(), c.n(), level);
    ConfidenceInterval higher = method.interval(c.k(), c.n(), level + step);

    assertThat(higher.lower()).isLessThanOrEqualTo(lower.lower());
    assertThat(higher.upper()).isGreaterThanOrEqualTo(lower.upper());
    assertThat(width(higher)).isGreaterThan(width(lower));
  }

  /**
   * Brown, Cai and DasGupta (2001), section 4.1.2: the Agresti-Coull interval always contains the
   * Wilson interval.
   */
  @Property
  void agrestiCoullContainsWilson(
      @ForAll("counts") Count c,
      @ForAll @DoubleRange(min = 0.5, max = 0.999) @Scale(4) double level) {
    ConfidenceInterval wilson = ProportionInterval.WILSON.interval(c.k(), c.n(), level);
    ConfidenceInterval ac = ProportionInterval.AGRESTI_COULL.interval(c.k(), c.n(), level);

    assertThat(ac.lower()).isLessThanOrEqualTo(wilson.lower() + 1e-12);
    assertThat(ac.upper()).isGreaterThanOrEqualTo(wilson.upper() - 1e-12);
  }

  private static double width(ConfidenceInterval ci) {
    return ci.upper() - ci.lower();
  }
}
