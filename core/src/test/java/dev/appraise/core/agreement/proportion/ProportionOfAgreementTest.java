package dev.appraise.core.agreement.proportion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.appraise.core.agreement.Estimate;
import org.junit.jupiter.api.Test;

class ProportionOfAgreementTest {

  /**
   * The seed review's risk-of-bias raters agreed on 65 of 72 items (90.3 %); interval bounds from
   * core/src/test/scripts/agreement_references.py (SciPy 1.17.1).
   */
  @Test
  void seedReviewSixtyFiveOfSeventyTwo() {
    ProportionOfAgreement pa = ProportionOfAgreement.of(65, 72);

    assertThat(pa.proportion()).isCloseTo(0.902778, within(1e-6));
    assertThat(pa.level()).isEqualTo(0.95);
    assertThat(pa.wilson().lower()).isCloseTo(0.8126495420487314, within(1e-9));
    assertThat(pa.wilson().upper()).isCloseTo(0.9521036800263443, within(1e-9));
    assertThat(pa.clopperPearson().lower()).isCloseTo(0.8098896595544408, within(1e-9));
    assertThat(pa.clopperPearson().upper()).isCloseTo(0.9600104990663975, within(1e-9));
    assertThat(pa.agrestiCoull().lower()).isCloseTo(0.8098715053488466, within(1e-9));
    assertThat(pa.standardError()).isCloseTo(Math.sqrt(65.0 / 72 * 7 / 72 / 72), within(1e-15));

    Estimate e = pa.estimate();
    assertThat(e.coefficient().id()).isEqualTo("percent_agreement");
    assertThat(e.valueOrThrow()).isEqualTo(pa.proportion());
    assertThat(e.standardError()).hasValue(pa.standardError());
    assertThat(e.standardErrorMethod()).hasValue("binomial");
    assertThat(e.interval()).hasValue(pa.wilson());
  }

  @Test
  void levelIsAParameter() {
    ProportionOfAgreement pa = ProportionOfAgreement.of(65, 72, 0.99);

    assertThat(pa.wilson().level()).isEqualTo(0.99);
    assertThat(pa.wilson().lower()).isCloseTo(0.7762692279813895, within(1e-9));
  }

  @Test
  void perfectAgreementHasAnUpperBoundOfExactlyOne() {
    ProportionOfAgreement pa = ProportionOfAgreement.of(72, 72);

    assertThat(pa.proportion()).isEqualTo(1.0);
    assertThat(pa.standardError()).isZero();
    assertThat(pa.wilson().upper()).isEqualTo(1.0);
    assertThat(pa.clopperPearson().upper()).isEqualTo(1.0);
    assertThat(pa.clopperPearson().lower()).isCloseTo(Math.pow(0.025, 1.0 / 72), within(1e-12));
  }

  @Test
  void rejectsImpossibleCounts() {
    assertThatThrownBy(() -> ProportionOfAgreement.of(73, 72))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("agreed must be <= total = 72, was 73");
    assertThatThrownBy(() -> ProportionOfAgreement.of(-1, 72))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("agreed must be >= 0, was -1");
    assertThatThrownBy(() -> ProportionOfAgreement.of(0, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("total must be > 0, was 0");
    assertThatThrownBy(() -> ProportionOfAgreement.of(1, 2, 1.5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("confidence level must be > 0 and < 1, was 1.5");
  }
}
