package dev.appraise.grade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class OptimalInformationSizeTest {

  /**
   * Guyatt et al., GRADE guidelines 6 (J Clin Epidemiol 2011;64:1283-1293), Figure 3, as restated
   * in the KCE process book, section 5.5.4: with a control event rate of 0.2 and a relative risk
   * reduction of 25 % (α 0.05, β 0.2) the OIS is "approximately 2 000 patients", read off the
   * figure. The exact conventional formula gives 1 806, computed independently by {@code
   * src/test/scripts/optimal_information_size.py} (SciPy 1.17.1).
   */
  @Test
  void binaryOutcomeAtControlRiskTwentyPercentAndRelativeReductionTwentyFivePercent() {
    int ois = OptimalInformationSize.binary(0.20, 0.25, 0.05, 0.80);
    assertThat(ois).isEqualTo(1806);
    assertThat(ois).isBetween(1700, 2100);
  }

  /** Standardised difference 0.2, α 0.05, power 0.8: 786 in all, by the same script. */
  @Test
  void continuousOutcomeAtStandardisedDifferencePointTwo() {
    assertThat(OptimalInformationSize.continuous(0.2, 0.05, 0.80)).isEqualTo(786);
  }

  @Test
  void argumentsOutsideTheirRangeAreRejected() {
    assertThatThrownBy(() -> OptimalInformationSize.binary(1.2, 0.25, 0.05, 0.8))
        .hasMessage("controlRisk must lie strictly between 0 and 1, was 1.2");
    assertThatThrownBy(() -> OptimalInformationSize.continuous(0, 0.05, 0.8))
        .hasMessage("standardisedDifference must be finite and > 0, was 0.0");
  }
}
