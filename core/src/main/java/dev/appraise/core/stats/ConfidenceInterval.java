package dev.appraise.core.stats;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/**
 * A two-sided confidence interval {@code [lower, upper]} at a confidence level, with the method
 * that produced it (for example {@code "wilson"}, {@code "clopper-pearson"}, {@code "wald"}, {@code
 * "bootstrap-bca"}).
 */
@Value.Immutable
@JsonSerialize(as = ImmutableConfidenceInterval.class)
@JsonDeserialize(as = ImmutableConfidenceInterval.class)
public abstract class ConfidenceInterval {

  ConfidenceInterval() {}

  /**
   * Creates an interval.
   *
   * @param lower the lower bound
   * @param upper the upper bound, not below {@code lower}
   * @param level the confidence level, strictly between 0 and 1
   * @param method the method that produced the interval
   * @return the interval
   * @throws IllegalArgumentException if a bound is not finite, {@code lower > upper}, or the level
   *     is outside (0, 1)
   */
  public static ConfidenceInterval of(double lower, double upper, double level, String method) {
    return builder().lower(lower).upper(upper).level(level).method(method).build();
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the lower bound} */
  public abstract double lower();

  /** {@return the upper bound} */
  public abstract double upper();

  /** {@return the confidence level, e.g. 0.95} */
  public abstract double level();

  /** {@return the method that produced the interval} */
  public abstract String method();

  /**
   * Whether the interval contains a value, bounds included.
   *
   * @param value the value
   * @return {@code lower <= value <= upper}
   */
  public boolean contains(double value) {
    return lower() <= value && value <= upper();
  }

  @Value.Check
  void check() {
    if (!Double.isFinite(lower()) || !Double.isFinite(upper())) {
      throw new IllegalArgumentException(
          "confidence interval bounds must be finite, were [" + lower() + ", " + upper() + "]");
    }
    if (lower() > upper()) {
      throw new IllegalArgumentException(
          "confidence interval lower must be <= upper, were [" + lower() + ", " + upper() + "]");
    }
    checkLevel(level());
    if (method().isBlank()) {
      throw new IllegalArgumentException("confidence interval method must not be blank");
    }
  }

  /**
   * Checks a confidence level.
   *
   * @param level the level
   * @return the level
   * @throws IllegalArgumentException unless {@code 0 < level < 1}
   */
  public static double checkLevel(double level) {
    if (!(level > 0 && level < 1)) {
      throw new IllegalArgumentException("confidence level must be > 0 and < 1, was " + level);
    }
    return level;
  }

  /** Builds {@link ConfidenceInterval} values. */
  public static final class Builder extends ImmutableConfidenceInterval.Builder {
    Builder() {}
  }
}
