package dev.appraise.grade;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.appraise.core.stats.PooledEffect;
import java.util.Locale;
import java.util.Set;
import org.immutables.value.Value;

/**
 * An effect estimate with its confidence interval, as reported or pooled: a measure ({@code RR},
 * {@code OR}, {@code HR}, {@code MD}, {@code SMD}, {@code RD}, ...), the point estimate and the
 * interval bounds.
 *
 * <p>Ratio measures (RR, OR, HR and others marked {@link #ratio()}) have no effect at 1 and must be
 * positive; difference measures have no effect at 0.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableEffect.class)
@JsonDeserialize(as = ImmutableEffect.class)
public abstract class Effect {

  private static final Set<String> RATIO_MEASURES = Set.of("RR", "OR", "HR", "IRR", "RoM", "ROM");

  Effect() {}

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Creates an effect with a 95 % confidence interval.
   *
   * @param measure the measure, e.g. {@code "RR"}
   * @param estimate the point estimate
   * @param lower the lower bound of the interval
   * @param upper the upper bound of the interval
   * @return the effect
   */
  public static Effect of(String measure, double estimate, double lower, double upper) {
    return builder().measure(measure).estimate(estimate).lower(lower).upper(upper).build();
  }

  /**
   * The pooled effect of a meta-analysis on its reporting scale: the estimate and confidence
   * interval, exponentiated for a ratio measure, with the measure's name, whether it is a ratio,
   * and the confidence level.
   *
   * @param pooled the pooled effect
   * @return the effect
   */
  public static Effect ofPooled(PooledEffect pooled) {
    return builder()
        .measure(pooled.measure())
        .ratio(pooled.ratio())
        .estimate(pooled.reported(pooled.estimate()))
        .lower(pooled.reported(pooled.ciLower()))
        .upper(pooled.reported(pooled.ciUpper()))
        .confidenceLevel(pooled.level())
        .build();
  }

  /** {@return the measure's abbreviation, e.g. {@code "RR"} or {@code "SMD"}} */
  public abstract String measure();

  /** {@return the point estimate} */
  public abstract double estimate();

  /** {@return the lower bound of the confidence interval} */
  public abstract double lower();

  /** {@return the upper bound of the confidence interval} */
  public abstract double upper();

  /** {@return the confidence level of the interval, 0.95 unless given} */
  @Value.Default
  public double confidenceLevel() {
    return 0.95;
  }

  /**
   * {@return whether the measure is a ratio (no effect at 1); by default RR, OR, HR, IRR and RoM
   * are}
   */
  @Value.Default
  public boolean ratio() {
    return RATIO_MEASURES.contains(measure().strip());
  }

  /** {@return the value of no effect: 1 for ratios, 0 for differences} */
  public double nullValue() {
    return ratio() ? 1.0 : 0.0;
  }

  /**
   * {@return whether the interval includes a value strictly between its bounds, e.g. the null value
   * or a decision threshold}
   *
   * @param value the value
   */
  public boolean crosses(double value) {
    return lower() < value && value < upper();
  }

  /** {@return the effect as text, e.g. {@code "RR 0.75 (95% CI 0.60 to 0.93)"}} */
  public String format() {
    return String.format(
        Locale.ROOT,
        "%s %s (%s%% CI %s to %s)",
        measure(),
        number(estimate()),
        number(confidenceLevel() * 100),
        number(lower()),
        number(upper()));
  }

  private static String number(double x) {
    return new java.math.BigDecimal(x)
        .round(new java.math.MathContext(3))
        .stripTrailingZeros()
        .toPlainString();
  }

  @Value.Check
  void check() {
    if (measure().isBlank()) {
      throw new IllegalArgumentException(
          "effect measure must not be blank, was '" + measure() + "'");
    }
    if (!Double.isFinite(estimate()) || !Double.isFinite(lower()) || !Double.isFinite(upper())) {
      throw new IllegalArgumentException(
          "effect estimate and bounds must be finite, was "
              + estimate()
              + " ("
              + lower()
              + ", "
              + upper()
              + ")");
    }
    if (!(lower() <= estimate() && estimate() <= upper())) {
      throw new IllegalArgumentException(
          "effect interval must satisfy lower <= estimate <= upper, was "
              + lower()
              + " <= "
              + estimate()
              + " <= "
              + upper());
    }
    if (ratio() && lower() <= 0) {
      throw new IllegalArgumentException("ratio effect lower bound must be > 0, was " + lower());
    }
    if (!(confidenceLevel() > 0 && confidenceLevel() < 1)) {
      throw new IllegalArgumentException(
          "effect confidenceLevel must lie in (0, 1), was " + confidenceLevel());
    }
  }

  /** Builds {@link Effect} values. */
  public static final class Builder extends ImmutableEffect.Builder {
    Builder() {}
  }
}
