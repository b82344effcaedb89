package dev.appraise.core.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.appraise.core.agreement.icc.IccResult;
import dev.appraise.core.agreement.icc.IccType;
import dev.appraise.core.agreement.icc.IntraclassCorrelation;
import dev.appraise.core.agreement.proportion.ProportionOfAgreement;
import org.junit.jupiter.api.Test;

/**
 * The README's "Inter-rater agreement" example, as written there, with the values its comments
 * state.
 */
class ReadmeAgreementExampleTest {

  @Test
  void readmeExampleCompilesAndGivesTheStatedValues() {
    ProportionOfAgreement pa = ProportionOfAgreement.of(65, 72); // the seed review's raters: 90.3 %
    pa.wilson(); // [0.8126, 0.9521]
    pa.clopperPearson(); // [0.8099, 0.9600]

    double[][] ratings = {
      {9, 2, 5, 8}, {6, 1, 3, 2}, {8, 4, 6, 8}, {7, 1, 2, 6}, {10, 5, 6, 9}, {6, 2, 4, 7}
    };
    IccResult icc =
        IntraclassCorrelation.withDefaults().compute(ratings); // Shrout and Fleiss (1979), Table 2
    icc.estimate(IccType.ICC2); // 0.290, 95 % interval [0.019, 0.761]

    assertThat(pa.proportion()).isCloseTo(0.903, within(0.0005));
    assertThat(pa.wilson().lower()).isCloseTo(0.8126, within(0.00005));
    assertThat(pa.wilson().upper()).isCloseTo(0.9521, within(0.00005));
    assertThat(pa.clopperPearson().lower()).isCloseTo(0.8099, within(0.00005));
    assertThat(pa.clopperPearson().upper()).isCloseTo(0.9600, within(0.00005));
    Estimate icc2 = icc.estimate(IccType.ICC2);
    assertThat(icc2.valueOrThrow()).isCloseTo(0.290, within(0.0005));
    assertThat(icc2.interval().orElseThrow().lower()).isCloseTo(0.019, within(0.0005));
    assertThat(icc2.interval().orElseThrow().upper()).isCloseTo(0.761, within(0.0005));
  }
}
