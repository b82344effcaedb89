package dev.appraise.core.agreement.icc;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/**
 * An F test: the statistic, its numerator and denominator degrees of freedom, and the upper-tail
 * p-value {@code P(F(df1, df2) >= statistic)}.
 *
 * <p>The statistic may be {@code +∞} (a zero error mean square with positive signal), with p-value
 * 0.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableFTest.class)
@JsonDeserialize(as = ImmutableFTest.class)
public abstract class FTest {

  FTest() {}

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the F statistic, {@code >= 0}, possibly {@code +∞}} */
  public abstract double statistic();

  /** {@return the numerator degrees of freedom} */
  public abstract double df1();

  /** {@return the denominator degrees of freedom} */
  public abstract double df2();

  /** {@return the upper-tail p-value} */
  public abstract double pValue();

  @Value.Check
  void check() {
    if (!(statistic() >= 0)) {
      throw new IllegalArgumentException("F statistic must be >= 0, was " + statistic());
    }
    if (!(df1() > 0) || !(df2() > 0)) {
      throw new IllegalArgumentException(
          "F test degrees of freedom must be > 0, were " + df1() + ", " + df2());
    }
    if (!(pValue() >= 0 && pValue() <= 1)) {
      throw new IllegalArgumentException("F test p-value must lie in [0, 1], was " + pValue());
    }
  }

  /** Builds {@link FTest} values. */
  public static final class Builder extends ImmutableFTest.Builder {
    Builder() {}
  }
}
