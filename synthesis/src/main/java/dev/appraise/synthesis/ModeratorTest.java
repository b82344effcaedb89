package dev.appraise.synthesis;

import java.util.List;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * The omnibus test of the moderators of a meta-regression (metafor's {@code QM}): every coefficient
 * but the intercept, {@code QM = b' Vb⁻¹ b} over those {@code m} coefficients, against chi-square
 * on {@code m} df under the z test; under the t and Knapp-Hartung tests {@code QM / m} against
 * {@code F(m, k - p)}.
 */
@Value.Immutable
public abstract class ModeratorTest {

  ModeratorTest() {}

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the names of the coefficients tested} */
  public abstract List<String> coefficients();

  /** {@return the statistic: chi-square {@code QM}, or {@code F = QM / m}} */
  public abstract double statistic();

  /** {@return the numerator degrees of freedom {@code m}, the number of coefficients tested} */
  public abstract int df();

  /**
   * {@return the denominator degrees of freedom {@code k - p} of the F test; absent for the
   * chi-square test}
   */
  public abstract OptionalInt denominatorDf();

  /** {@return the p-value, upper tail} */
  public abstract double pValue();

  /** {@return whether the statistic is F (t and Knapp-Hartung tests) rather than chi-square} */
  public boolean isF() {
    return denominatorDf().isPresent();
  }

  /** Builds {@link ModeratorTest} values. */
  public static final class Builder extends ImmutableModeratorTest.Builder {
    Builder() {}
  }
}
