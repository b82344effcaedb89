package dev.appraise.synthesis;

import org.immutables.value.Value;

/**
 * The prediction interval of a random-effects model: where the true effect of a new study is
 * expected to lie, as metafor's {@code predict.rma} computes it, {@code b ± crit sqrt(SE² + tau²)}
 * with {@code crit} the quantile of the model's test ({@code z(1-α/2)}, or {@code t(1-α/2; k - p)}
 * for the t and Knapp-Hartung tests).
 */
@Value.Immutable
public abstract class Prediction {

  Prediction() {}

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the lower bound} */
  public abstract double lower();

  /** {@return the upper bound} */
  public abstract double upper();

  /** {@return the standard deviation of the predictive distribution, {@code sqrt(SE² + tau²)}} */
  public abstract double standardError();

  /** Builds {@link Prediction} values. */
  public static final class Builder extends ImmutablePrediction.Builder {
    Builder() {}
  }
}
