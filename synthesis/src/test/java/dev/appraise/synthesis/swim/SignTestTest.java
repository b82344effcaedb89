package dev.appraise.synthesis.swim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * The exact two-sided sign test against exact binomial values: {@code 2 Σ_{i<=m} C(n, i) / 2^n},
 * which R's {@code binom.test(f, n, 0.5)$p.value} also gives.
 */
class SignTestTest {

  @Test
  void exactBinomialValues() {
    // 7 of 8: 2 (1 + 8) / 256 = 18/256
    assertThat(SignTest.twoSidedP(7, 1)).isEqualTo(0.0703125);
    // 3 of 3: 2 / 8
    assertThat(SignTest.twoSidedP(3, 0)).isEqualTo(0.25);
    // 2 of 2: 2 / 4
    assertThat(SignTest.twoSidedP(2, 0)).isEqualTo(0.5);
    // 5 of 5: 2 / 32, the fewest studies that all agree and still do not reach 0.05
    assertThat(SignTest.twoSidedP(5, 0)).isEqualTo(0.0625);
    // 6 of 6: 2 / 64
    assertThat(SignTest.twoSidedP(6, 0)).isEqualTo(0.03125);
    // 1 of 1: 2 / 2
    assertThat(SignTest.twoSidedP(1, 0)).isEqualTo(1.0);
  }

  @Test
  void isSymmetricAndOneForEqualCounts() {
    assertThat(SignTest.twoSidedP(1, 7)).isEqualTo(SignTest.twoSidedP(7, 1));
    assertThat(SignTest.twoSidedP(4, 4)).isEqualTo(1.0);
    assertThat(SignTest.twoSidedP(5, 4)).isEqualTo(1.0);
  }

  @Test
  void incompleteBetaAgreesWithTheExactSumWhereBothApply() {
    for (int n : new int[] {1, 2, 13, 150, 999, SignTest.EXACT_LIMIT}) {
      for (int m = 0; m <= n / 2; m += Math.max(1, n / 20)) {
        double exact = SignTest.lowerTailExact(m, n);
        assertThat(SignTest.lowerTailBeta(m, n))
            .as("m = " + m + ", n = " + n)
            .isCloseTo(exact, within(1e-12 + 1e-9 * exact));
      }
    }
    assertThat(SignTest.twoSidedP(600, 601)).isEqualTo(1.0);
    assertThat(SignTest.twoSidedP(700, 500)).isBetween(0.0, 1e-6);
  }

  @Test
  void refusesNegativeCountsAndNoStudyWithADirection() {
    assertThatThrownBy(() -> SignTest.twoSidedP(0, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("sign test needs at least one study with a direction, had none");
    assertThatThrownBy(() -> SignTest.twoSidedP(-1, 2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("sign test counts must be >= 0, were -1 favouring and 2 against");
  }
}
