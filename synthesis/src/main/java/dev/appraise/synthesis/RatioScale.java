package dev.appraise.synthesis;

import java.util.OptionalDouble;
import org.immutables.value.Value;

/**
 * The pooled effect of a ratio measure (RR, OR, PETO, ROM) back on the ratio scale: {@code exp} of
 * the estimate and of each bound, as metafor's {@code predict(..., transf = exp)}.
 */
@Value.Immutable
public abstract class RatioScale {

  RatioScale() {}

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the pooled ratio, {@code exp(estimate)}} */
  public abstract double estimate();

  /** {@return the lower bound of the confidence interval on the ratio scale} */
  public abstract double ciLower();

  /** {@return the upper bound of the confidence interval on the ratio scale} */
  public abstract double ciUpper();

  /**
   * {@return the lower bound of the prediction interval on the ratio scale, for random-effects
   * models}
   */
  public abstract OptionalDouble piLower();

  /**
   * {@return the upper bound of the prediction interval on the ratio scale, for random-effects
   * models}
   */
  public abstract OptionalDouble piUpper();

  /** Builds {@link RatioScale} values. */
  public static final class Builder extends ImmutableRatioScale.Builder {
    Builder() {}
  }
}
