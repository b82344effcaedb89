package dev.appraise.core.agreement.proportion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.appraise.core.stats.ConfidenceInterval;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProportionIntervalTest {

  /**
   * R's binom.test(2, 12) prints the 95 % interval 0.02086253 0.48413775 (R stats, output as
   * printed, 8 digits).
   */
  @Test
  void reproducesRBinomTestOutput() {
    ConfidenceInterval ci = ProportionInterval.CLOPPER_PEARSON.interval(2, 12, 0.95);

    assertThat(ci.lower()).isCloseTo(0.02086253, within(0.5e-8));
    assertThat(ci.upper()).isCloseTo(0.48413775, within(0.5e-8));
  }

  /**
   * Values computed by core/src/test/scripts/agreement_references.py (SciPy 1.17.1), which writes
   * the three formulas out independently: Wilson (1927), Clopper-Pearson from scipy.stats.beta
   * quantiles, Agresti-Coull as in Brown, Cai and DasGupta (2001).
   */
  @ParameterizedTest(name = "{0}/{1} at {2}")
  @CsvSource({
    // k, n, level, Wilson lower, upper, Clopper-Pearson lower, upper, Agresti-Coull lower, upper
    "65, 72, 0.95, 0.8126495420487314, 0.9521036800263443, 0.8098896595544408, 0.9600104990663975,"
        + " 0.8098715053488466, 0.9548817167262291",
    "65, 72, 0.99, 0.7762692279813895, 0.9613167867148741, 0.7783859725039401, 0.9708898964449783,"
        + " 0.7707207732772314, 0.9668652414190322",
    "81, 263, 0.95, 0.2552885198782742, 0.36620957698280004, 0.25273674558527126, 0.36762192260135135,"
        + " 0.25522066518999675, 0.3662774316710775",
    "0, 20, 0.95, 0.0, 0.16112515805281938, 0.0, 0.1684334709830853, 0.0, 0.18980956054248885",
    "1, 29, 0.95, 0.006113214292762653, 0.17175521879320288, 0.0008726468835799228, 0.1776442954887229,"
        + " 0.0, 0.18628650856170606",
    "29, 29, 0.95, 0.8830302015002593, 1.0, 0.8805551309304973, 1.0, 0.8612600471911468, 1.0",
    "7, 10, 0.90, 0.44169979586983504, 0.8731234160968022, 0.39337578389458766, 0.9127355660858496,"
        + " 0.43841587933002235, 0.8764073326366149",
  })
  void matchesIndependentScript(
      long k,
      long n,
      double level,
      double wLo,
      double wHi,
      double cLo,
      double cHi,
      double aLo,
      double aHi) {
    assertBounds(ProportionInterval.WILSON.interval(k, n, level), wLo, wHi);
    assertBounds(ProportionInterval.CLOPPER_PEARSON.interval(k, n, level), cLo, cHi);
    assertBounds(ProportionInterval.AGRESTI_COULL.interval(k, n, level), aLo, aHi);
  }

  private static void assertBounds(ConfidenceInterval ci, double lower, double upper) {
    assertThat(ci.lower()).as(ci.method() + " lower").isCloseTo(lower, within(1e-9));
    assertThat(ci.upper()).as(ci.method() + " upper").isCloseTo(upper, within(1e-9));
  }

  @Test
  void rejectsImpossibleCountsAndLevels() {
    ProportionInterval w = ProportionInterval.WILSON;
    assertThatThrownBy(() -> w.interval(-1, 10, 0.95))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("count k must be >= 0, was -1");
    assertThatThrownBy(() -> w.interval(11, 10, 0.95))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("count k must be <= total n = 10, was 11");
    assertThatThrownBy(() -> w.interval(0, 0, 0.95))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("total n must be > 0, was 0");
    assertThatThrownBy(() -> w.interval(1, -3, 0.95))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("total n must be > 0, was -3");
    for (double level : new double[] {0, 1, -0.5, 95, Double.NaN}) {
      assertThatThrownBy(() -> ProportionInterval.CLOPPER_PEARSON.interval(3, 10, level))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("confidence level must be > 0 and < 1");
    }
  }
}
