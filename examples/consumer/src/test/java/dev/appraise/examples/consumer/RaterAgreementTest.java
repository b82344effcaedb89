package dev.appraise.examples.consumer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RaterAgreementTest {

  /**
   * 65 of 72: Wilson 95 % interval 0.81265 to 0.95210 and Clopper-Pearson 0.80989 to 0.96001, computed with SciPy
   * 1.17.1 by {@code src/test/scripts/proportion_intervals.py}; printed to one decimal of a percent.
   */
  @Test
  void printsTheAgreementItsIntervalsAndTheChecksOfTheReportedNumbers() {
    List<String> lines = RaterAgreement.report(65, 72, 9);
    assertThat(lines).hasSize(5);
    assertThat(lines.get(0)).isEqualTo("Two raters agreed on 65 of 72 items: 90.3%");
    assertThat(lines.get(1)).isEqualTo("  95% Wilson interval:         81.3% to 95.2%");
    assertThat(lines.get(2)).isEqualTo("  95% Clopper-Pearson interval: 81.0% to 96.0%");
    assertThat(lines.get(3)).startsWith("Reported percentage: CONSISTENT: 65 of 72");
    assertThat(lines.get(4)).isEqualTo("Reported item count: INCONSISTENT: 9 × 7 = 63, not 72");
  }

  @Test
  void nineStudiesOnEightItemsWouldAddUp() {
    assertThat(RaterAgreement.report(65, 72, 9).get(4)).contains("INCONSISTENT");
    assertThat(RaterAgreement.report(60, 63, 9).get(4)).isEqualTo("Reported item count: CONSISTENT: 9 × 7 = 63, as reported");
  }
}
