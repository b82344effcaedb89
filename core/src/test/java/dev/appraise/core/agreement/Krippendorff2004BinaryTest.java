package dev.appraise.core.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * Krippendorff K (2004). Content Analysis, 2nd ed., section 11.3.1, p. 224: two observers, ten
 * units, binary values; data in {@code agreement/krippendorff2004-binary.csv}.
 */
class Krippendorff2004BinaryTest {

  @Test
  void binaryAlpha() {
    AgreementReport r =
        AgreementReport.of(
            TestData.table("krippendorff2004-binary.csv"), AgreementOptions.withDefaults());
    // Krippendorff 2004, p. 224: alpha = 0.095 (R package jucor/krippendorff, test-binary.R)
    assertThat(TestData.value(r, Coefficient.KRIPPENDORFF_ALPHA)).isCloseTo(0.095, within(5e-4));
    // two observers, no missing value: alpha is Scott's pi corrected for the sample size, pi + (1 -
    // pi)/(2n)
    double pi = TestData.value(r, Coefficient.SCOTT_PI);
    assertThat(TestData.value(r, Coefficient.KRIPPENDORFF_ALPHA))
        .isCloseTo(pi + (1 - pi) / 20, within(1e-12));
  }
}
