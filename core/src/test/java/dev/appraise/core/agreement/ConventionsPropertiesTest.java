package dev.appraise.core.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.appraise.core.agreement.AgreementOptions.IntervalDistribution;
import dev.appraise.core.agreement.AgreementOptions.VarianceDivisor;
import dev.appraise.core.stats.ConfidenceInterval;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

/** The laws of the interval and variance conventions, on random rating tables. */
class ConventionsPropertiesTest {

  private static AgreementReport report(
      long seed, int units, int raters, int k, double missing, AgreementOptions options) {
    List<List<Integer>> rows = AgreementPropertiesTest.ratings(seed, units, raters, k, missing);
    return AgreementReport.of(
        AgreementPropertiesTest.table(rows, k), options.withLowerBoundClipped(false));
  }

  @Property(tries = 150)
  void choosingZOrTNeverChangesTheEstimateAndTheTIntervalContainsTheZInterval(
      @ForAll long seed,
      @ForAll @IntRange(min = 3, max = 60) int units,
      @ForAll @IntRange(min = 2, max = 5) int raters,
      @ForAll @IntRange(min = 2, max = 5) int k,
      @ForAll @DoubleRange(min = 0, max = 0.3) double missing,
      @ForAll @DoubleRange(min = 0.5, max = 0.99) double level) {
    AgreementOptions options =
        AgreementOptions.withDefaults().withConfidence(level).withWeights(Weights.quadratic());
    AgreementReport z =
        report(
            seed,
            units,
            raters,
            k,
            missing,
            options.withIntervalDistribution(IntervalDistribution.NORMAL));
    AgreementReport t =
        report(
            seed,
            units,
            raters,
            k,
            missing,
            options.withIntervalDistribution(IntervalDistribution.STUDENT_T));

    assertThat(t.coefficients()).hasSameSizeAs(z.coefficients());
    for (Estimate ez : z.coefficients()) {
      Estimate et = t.coefficient(ez.coefficient()).orElseThrow();
      assertThat(et.value()).isEqualTo(ez.value());
      assertThat(et.standardError()).isEqualTo(ez.standardError());
      if (ez.interval().isPresent()) {
        ConfidenceInterval ciz = ez.interval().get();
        ConfidenceInterval cit = et.interval().orElseThrow();
        assertThat(ciz.method()).isEqualTo("wald-z");
        assertThat(cit.method()).isEqualTo("wald-t");
        assertThat(cit.lower()).as(ez.coefficient().id()).isLessThanOrEqualTo(ciz.lower());
        assertThat(cit.upper()).as(ez.coefficient().id()).isGreaterThanOrEqualTo(ciz.upper());
      }
    }
  }

  @Property(tries = 150)
  void theDivisorRescalesTheVarianceByNOverNMinusOne(
      @ForAll long seed,
      @ForAll @IntRange(min = 3, max = 60) int units,
      @ForAll @IntRange(min = 2, max = 4) int raters,
      @ForAll @IntRange(min = 2, max = 4) int k) {
    AgreementReport byN =
        report(
            seed,
            units,
            raters,
            k,
            0,
            AgreementOptions.withDefaults().withVarianceDivisor(VarianceDivisor.N));
    AgreementReport byNMinusOne =
        report(
            seed,
            units,
            raters,
            k,
            0,
            AgreementOptions.withDefaults().withVarianceDivisor(VarianceDivisor.N_MINUS_ONE));

    for (Estimate a : byN.coefficients()) {
      Estimate b = byNMinusOne.coefficient(a.coefficient()).orElseThrow();
      assertThat(b.value()).isEqualTo(a.value());
      if (a.standardError().isPresent()) {
        double ratio = b.standardErrorOrThrow() / a.standardErrorOrThrow();
        assertThat(ratio * ratio)
            .as(a.coefficient().id())
            .isCloseTo(units / (units - 1.0), within(1e-9));
        assertThat(a.conventions()).containsEntry("variance_divisor", "n");
        assertThat(b.conventions()).containsEntry("variance_divisor", "n-1");
      }
    }
  }
}
