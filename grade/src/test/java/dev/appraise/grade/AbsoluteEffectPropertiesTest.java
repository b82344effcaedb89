package dev.appraise.grade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.appraise.grade.testing.GradeArbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Scale;

class AbsoluteEffectPropertiesTest {

  @Provide
  Arbitrary<String> ratios() {
    return net.jqwik.api.Arbitraries.of("RR", "OR", "PETO", "HR");
  }

  @Provide
  Arbitrary<AssumedRisk> risks() {
    return GradeArbitraries.assumedRisks();
  }

  private static double risk(String measure, double effect, double risk) {
    Effect e =
        Effect.builder()
            .measure(measure)
            .ratio(true)
            .estimate(effect)
            .lower(effect)
            .upper(effect)
            .build();
    return AbsoluteEffect.of(e, AssumedRisk.of(risk)).interventionRisk();
  }

  @Property
  void theInterventionRiskIsMonotoneInTheRelativeEffectAndStaysWithinZeroAndOne(
      @ForAll("ratios") String measure,
      @ForAll @DoubleRange(min = 0.01, max = 20) double x1,
      @ForAll @DoubleRange(min = 0.01, max = 20) double x2,
      @ForAll @DoubleRange(min = 1e-5, max = 0.99999) @Scale(6) double r) {
    double a = risk(measure, Math.min(x1, x2), r);
    double b = risk(measure, Math.max(x1, x2), r);
    assertThat(a).isBetween(0.0, 1.0).isLessThanOrEqualTo(b);
    assertThat(b).isBetween(0.0, 1.0);
  }

  @Property
  void theInterventionRiskIsMonotoneInTheBaselineRisk(
      @ForAll("ratios") String measure,
      @ForAll @DoubleRange(min = 0.01, max = 20) double x,
      @ForAll @DoubleRange(min = 1e-5, max = 0.99999) @Scale(6) double r1,
      @ForAll @DoubleRange(min = 1e-5, max = 0.99999) @Scale(6) double r2) {
    assertThat(risk(measure, x, Math.min(r1, r2)))
        .isLessThanOrEqualTo(risk(measure, x, Math.max(r1, r2)));
  }

  @Property
  void aRiskDifferenceIsMonotoneAndKeepsTheRiskWithinZeroAndOne(
      @ForAll @DoubleRange(min = -1, max = 1) double d1,
      @ForAll @DoubleRange(min = -1, max = 1) double d2,
      @ForAll("risks") AssumedRisk r) {
    double lo = Math.min(d1, d2);
    double hi = Math.max(d1, d2);
    AbsoluteEffect a = AbsoluteEffect.of(Effect.of("RD", lo, lo, hi), r);
    assertThat(a.interventionRisk()).isBetween(0.0, 1.0).isLessThanOrEqualTo(a.interventionUpper());
    assertThat(a.interventionUpper()).isBetween(0.0, 1.0);
  }

  @Property
  void aRiskRatioOfOneMakesNoDifferenceAtAnyBaselineRisk(@ForAll("risks") AssumedRisk r) {
    AbsoluteEffect a = AbsoluteEffect.of(Effect.of("RR", 1, 1, 1), r);
    assertThat(a.difference() == 0).isTrue();
    assertThat(a.interventionRisk()).isEqualTo(r.risk());
    for (String m : new String[] {"OR", "HR"}) {
      assertThat(AbsoluteEffect.of(Effect.of(m, 1, 1, 1), r).difference() == 0).isTrue();
    }
  }

  @Property
  void theIntervalOfTheAbsoluteEffectHoldsItsEstimate(
      @ForAll("ratios") String measure,
      @ForAll @DoubleRange(min = -3, max = 3) double log,
      @ForAll @DoubleRange(min = 0, max = 2) double halfWidth,
      @ForAll("risks") AssumedRisk r) {
    Effect e =
        Effect.builder()
            .measure(measure)
            .ratio(true)
            .estimate(Math.exp(log))
            .lower(Math.exp(log - halfWidth))
            .upper(Math.exp(log + halfWidth))
            .build();
    AbsoluteEffect a = AbsoluteEffect.of(e, r);
    assertThat(a.interventionLower()).isLessThanOrEqualTo(a.interventionRisk());
    assertThat(a.interventionRisk()).isLessThanOrEqualTo(a.interventionUpper());
    assertThat(a.differenceLower()).isLessThanOrEqualTo(a.difference());
    assertThat(a.difference()).isLessThanOrEqualTo(a.differenceUpper());
    assertThat(a.difference()).isCloseTo(a.interventionRisk() - a.comparatorRisk(), within(1e-12));
  }

  @Property
  void aThresholdOnTheAbsoluteScaleComesBackAsTheSameDifference(
      @ForAll("ratios") String measure,
      @ForAll @DoubleRange(min = 0.01, max = 0.99) double r,
      @ForAll @DoubleRange(min = 0.01, max = 0.99) double p) {
    AssumedRisk risk = AssumedRisk.of(r);
    double x = AbsoluteEffect.relativeEffect(measure, risk, p - r);
    Effect e = Effect.builder().measure(measure).ratio(true).estimate(x).lower(x).upper(x).build();
    assertThat(AbsoluteEffect.of(e, risk).interventionRisk()).isCloseTo(p, within(1e-9));
  }

  @Property
  void roundingForDisplayIsWithinHalfAUnit(@ForAll @From("proportions") double x) {
    assertThat((double) SummaryOfFindingsWriter.rounded(x, 1000))
        .isCloseTo(x * 1000, within(0.5 + 1e-9));
  }

  @Provide
  Arbitrary<Double> proportions() {
    return net.jqwik.api.Arbitraries.doubles().between(-1, 1);
  }
}
