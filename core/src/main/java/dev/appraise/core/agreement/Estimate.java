package dev.appraise.core.agreement;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.appraise.core.stats.ConfidenceInterval;
import java.util.Optional;
import java.util.OptionalDouble;
import org.immutables.value.Value;

/**
 * The result of an agreement coefficient: a value with its standard error and confidence interval
 * where the literature gives one, or an undefined result with the reason (for example Cohen's kappa
 * when every rating falls in one category, where expected agreement is 1 and the ratio is 0/0).
 *
 * <p>An undefined result is never an exception and never a silent 0: {@link #value()} is empty and
 * {@link #undefinedReason()} says why.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableEstimate.class)
@JsonDeserialize(as = ImmutableEstimate.class)
public abstract class Estimate {

  Estimate() {}

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A defined estimate without standard error or interval.
   *
   * @param coefficient the coefficient
   * @param value the value
   * @return the estimate
   */
  public static Estimate of(Coefficient coefficient, double value) {
    return builder().coefficient(coefficient).value(value).build();
  }

  /**
   * An undefined estimate.
   *
   * @param coefficient the coefficient
   * @param reason why the coefficient is undefined for the input
   * @return the estimate
   */
  public static Estimate undefined(Coefficient coefficient, String reason) {
    return builder().coefficient(coefficient).undefinedReason(reason).build();
  }

  /**
   * {@return the coefficient, e.g. {@link Coefficient#COHEN_KAPPA}; its {@link Coefficient#id()},
   * e.g. {@code "cohen_kappa"}, names it in text and JSON}
   */
  public abstract Coefficient coefficient();

  /** {@return the value, empty when the coefficient is undefined for the input} */
  public abstract OptionalDouble value();

  /** {@return why the coefficient is undefined; present exactly when {@link #value()} is empty} */
  public abstract Optional<String> undefinedReason();

  /** {@return the standard error, where the literature gives one} */
  public abstract OptionalDouble standardError();

  /** {@return the method of the standard error, e.g. {@code "fleiss-cohen-everitt"}} */
  public abstract Optional<String> standardErrorMethod();

  /** {@return the confidence interval, where the literature gives one} */
  public abstract Optional<ConfidenceInterval> interval();

  /** {@return whether the coefficient is defined for the input} */
  @Value.Derived
  @com.fasterxml.jackson.annotation.JsonIgnore
  public boolean isDefined() {
    return value().isPresent();
  }

  /**
   * The value of a defined estimate.
   *
   * @return the value
   * @throws IllegalStateException with the reason, if the estimate is undefined
   */
  public double valueOrThrow() {
    if (value().isEmpty()) {
      throw new IllegalStateException(
          coefficient().id() + " is undefined: " + undefinedReason().orElse(""));
    }
    return value().getAsDouble();
  }

  @Value.Check
  void check() {
    if (value().isPresent() == undefinedReason().isPresent()) {
      throw new IllegalArgumentException(
          coefficient().id()
              + ": an estimate has either a value or an undefined reason, was value="
              + value()
              + ", reason="
              + undefinedReason());
    }
    if (value().isPresent() && Double.isNaN(value().getAsDouble())) {
      throw new IllegalArgumentException(
          coefficient().id() + ": value must not be NaN; report it as undefined");
    }
    if (value().isEmpty() && (standardError().isPresent() || interval().isPresent())) {
      throw new IllegalArgumentException(
          coefficient().id() + ": an undefined estimate has no standard error or interval");
    }
    if (standardError().isPresent() && !(standardError().getAsDouble() >= 0)) {
      throw new IllegalArgumentException(
          coefficient().id()
              + ": standard error must be >= 0, was "
              + standardError().getAsDouble());
    }
  }

  /** Builds {@link Estimate} values. */
  public static final class Builder extends ImmutableEstimate.Builder {
    Builder() {}
  }
}
