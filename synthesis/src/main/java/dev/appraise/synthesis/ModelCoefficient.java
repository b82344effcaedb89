package dev.appraise.synthesis;

import org.immutables.value.Value;

/**
 * One model coefficient with its test and interval: the pooled effect of a meta-analysis ({@code
 * "intrcpt"}) or a meta-regression coefficient, named after its model-matrix column.
 *
 * <p>With {@code b} the estimate and {@code SE} its standard error (scaled by the Knapp-Hartung
 * factor under {@link TestKind#KNHA}): {@code statistic = b / SE}; under {@link TestKind#Z} {@code
 * p = 2 (1 - Φ(|statistic|))} and the interval is {@code b ± z(1-α/2) SE}; under {@link TestKind#T}
 * and {@link TestKind#KNHA} the t distribution on {@code k - p} df takes the normal's place.
 */
@Value.Immutable
public abstract class ModelCoefficient {

  ModelCoefficient() {}

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the coefficient's name: {@code "intrcpt"} or a model-matrix column name} */
  public abstract String name();

  /** {@return the estimate} */
  public abstract double estimate();

  /** {@return the standard error} */
  public abstract double standardError();

  /** {@return the test statistic, z or t} */
  public abstract double statistic();

  /** {@return the two-sided p-value} */
  public abstract double pValue();

  /** {@return the lower bound of the confidence interval} */
  public abstract double ciLower();

  /** {@return the upper bound of the confidence interval} */
  public abstract double ciUpper();

  /** Builds {@link ModelCoefficient} values. */
  public static final class Builder extends ImmutableModelCoefficient.Builder {
    Builder() {}
  }
}
