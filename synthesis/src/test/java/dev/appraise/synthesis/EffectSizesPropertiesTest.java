package dev.appraise.synthesis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

/** Laws of the effect sizes: swapping the groups negates the estimate and keeps the variance. */
class EffectSizesPropertiesTest {

  private final EffectSizes es = EffectSizes.withDefaults();

  @Property(tries = 300)
  void swappingGroupsNegatesTwoByTwoMeasures(
      @ForAll @IntRange(min = 0, max = 60) int ai,
      @ForAll @IntRange(min = 0, max = 60) int bi,
      @ForAll @IntRange(min = 0, max = 60) int ci,
      @ForAll @IntRange(min = 0, max = 60) int di) {
    if (ai + bi == 0 || ci + di == 0) {
      return;
    }
    for (EffectMeasure m :
        new EffectMeasure[] {
          EffectMeasure.RR, EffectMeasure.OR, EffectMeasure.RD, EffectMeasure.PETO
        }) {
      EffectSize e = es.twoByTwo(m, TwoByTwo.of("s", ai, bi, ci, di));
      EffectSize f = es.twoByTwo(m, TwoByTwo.of("s", ci, di, ai, bi));
      assertThat(f.yi()).as(m.name()).isCloseTo(-e.yi(), within(1e-12));
      assertThat(f.vi()).as(m.name()).isCloseTo(e.vi(), within(1e-12 * e.vi()));
      assertThat(e.vi()).isPositive();
    }
  }

  @Property(tries = 300)
  void swappingGroupsNegatesMeanMeasures(
      @ForAll @DoubleRange(min = 0.1, max = 50) double m1,
      @ForAll @DoubleRange(min = 0.1, max = 10) double sd1,
      @ForAll @IntRange(min = 2, max = 200) int n1,
      @ForAll @DoubleRange(min = 0.1, max = 50) double m2,
      @ForAll @DoubleRange(min = 0.1, max = 10) double sd2,
      @ForAll @IntRange(min = 2, max = 200) int n2) {
    for (EffectMeasure m :
        new EffectMeasure[] {EffectMeasure.MD, EffectMeasure.SMD, EffectMeasure.ROM}) {
      EffectSize e = es.means(m, "s", m1, sd1, n1, m2, sd2, n2);
      EffectSize f = es.means(m, "s", m2, sd2, n2, m1, sd1, n1);
      assertThat(f.yi())
          .as(m.name())
          .isCloseTo(-e.yi(), within(1e-12 * Math.max(1, Math.abs(e.yi()))));
      assertThat(f.vi()).as(m.name()).isCloseTo(e.vi(), within(1e-12 * e.vi()));
    }
  }

  @Property(tries = 200)
  void hedgesCorrectionShrinksTowardZeroAndApproachesOne(
      @ForAll @DoubleRange(min = 1.01, max = 1e6) double m) {
    double c = EffectSizes.hedgesCorrection(m);
    assertThat(c).isStrictlyBetween(0.0, 1.0);
    if (m >= 10) {
      // Hedges (1981): c(m) = 1 - 3/(4m - 1) to O(1/m²); computed as metafor does, exp of a
      // difference of log-gammas
      // of size m log m, which carries a rounding error of that size times machine epsilon
      assertThat(c).isCloseTo(1 - 3 / (4 * m - 1), within(1 / (m * m) + 1e-15 * m * Math.log(m)));
    }
  }
}
