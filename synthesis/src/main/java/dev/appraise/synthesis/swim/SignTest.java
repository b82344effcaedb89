package dev.appraise.synthesis.swim;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import org.apache.commons.math3.special.Beta;

/**
 * The exact two-sided sign test of vote counting by direction of effect: under the null hypothesis
 * that an intervention has no effect, a study's result is as likely to favour the intervention as
 * the comparator, so the number {@code f} of the {@code n = f + a} studies with a direction that
 * favour the intervention is binomial with {@code p = 1/2}. The two-sided p-value is
 *
 * <pre>{@code
 * p = min(1, 2 P(X <= min(f, a))),   X ~ Binomial(n, 1/2),   P(X <= m) = 2^-n Σ_{i=0..m} C(n, i)
 * }</pre>
 *
 * <p>as R's {@code binom.test(f, n, 0.5)}: {@code p = 1} when {@code f = a}. Studies with no change
 * or conflicting results are left out of {@code n} (Cochrane Handbook, ch. 12.2.2.3). The sum is
 * exact in integers for {@code n <= 1000}, more studies than any review has; beyond, it is the
 * regularised incomplete beta function {@code I_{1/2}(n - m, m + 1)}.
 *
 * <p>Values: 7 of 8 gives {@code p = 18/256 = 0.0703125}; 3 of 3 gives 0.25; 2 of 2 gives 0.5; 10
 * of 12 gives 0.0386 (the Handbook's worked example, "P = 0.039").
 *
 * <p>What the test can say is limited: it ignores the size and precision of each result; with fewer
 * than six studies it cannot reach {@code p < 0.05} even when every study points the same way (5 of
 * 5 gives 0.0625); and results that are not independent (one research group, one cohort) break its
 * binomial model (Nikolakopoulos S (2020), Misuse of the sign test in narrative synthesis of
 * evidence, Res Synth Methods 11:714-719).
 */
public final class SignTest {

  /** The most studies summed exactly in integers; beyond, the incomplete beta function. */
  static final int EXACT_LIMIT = 1000;

  private SignTest() {}

  /**
   * The two-sided p-value of the sign test.
   *
   * @param favouring the studies whose results favour the intervention, {@code >= 0}
   * @param against the studies whose results favour the comparator, {@code >= 0}
   * @return {@code p} in {@code (0, 1]}, 1 when the counts are equal
   * @throws IllegalArgumentException if a count is negative or both are 0 (no study has a
   *     direction: the test is undefined)
   */
  public static double twoSidedP(int favouring, int against) {
    if (favouring < 0 || against < 0) {
      throw new IllegalArgumentException(
          "sign test counts must be >= 0, were "
              + favouring
              + " favouring and "
              + against
              + " against");
    }
    int n = favouring + against;
    if (n == 0) {
      throw new IllegalArgumentException(
          "sign test needs at least one study with a direction, had none");
    }
    int m = Math.min(favouring, against);
    if (2 * m + 1 >= n) {
      // counts equal or one apart: P(X <= m) >= 1/2
      return 1;
    }
    return Math.min(1, 2 * (n <= EXACT_LIMIT ? lowerTailExact(m, n) : lowerTailBeta(m, n)));
  }

  /** {@code P(X <= m)} for {@code X ~ Binomial(n, 1/2)}, summed in integers and rounded once. */
  static double lowerTailExact(int m, int n) {
    BigInteger sum = BigInteger.ZERO;
    BigInteger term = BigInteger.ONE;
    for (int i = 0; i <= m; i++) {
      sum = sum.add(term);
      term = term.multiply(BigInteger.valueOf(n - i)).divide(BigInteger.valueOf(i + 1L));
    }
    return new BigDecimal(sum)
        .divide(new BigDecimal(BigInteger.TWO.pow(n)), MathContext.DECIMAL64)
        .doubleValue();
  }

  /** {@code P(X <= m) = I_{1/2}(n - m, m + 1)}. */
  static double lowerTailBeta(int m, int n) {
    return Beta.regularizedBeta(0.5, n - m, m + 1.0, 1e-15, Integer.MAX_VALUE);
  }
}
