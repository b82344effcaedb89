package dev.appraise.core.stats;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * The result of a meta-analysis as certainty of evidence reads it: the measure, the pooled estimate
 * with its confidence and prediction intervals, heterogeneity (tau², I², Cochran's Q with its
 * p-value), the p-values of the small-study tests where they were computed, and each study's
 * estimate and weight.
 *
 * <p>Numbers are on the analysis scale: the log scale for ratio measures ({@link #ratio()}), where
 * no effect is 0; {@link #reported(double)} takes a number back to the reporting scale. {@code
 * appraise-synthesis} produces this value from a fitted model ({@code
 * MetaAnalysisResult.toPooledEffect()}); {@code appraise-grade} reads it to propose ratings and
 * absolute effects, so that neither module depends on the other.
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePooledEffect.class)
@JsonDeserialize(as = ImmutablePooledEffect.class)
public abstract class PooledEffect {

  PooledEffect() {}

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * {@return the effect measure's name, e.g. {@code "RR"}, {@code "OR"}, {@code "SMD"} (metafor's
   * names)}
   */
  public abstract String measure();

  /**
   * {@return whether the measure is a ratio analysed on the log scale (RR, OR, Peto's OR, HR, ratio
   * of means)}
   */
  public abstract boolean ratio();

  /**
   * {@return the model's estimator, e.g. {@code "REML"}, or {@code "FE"} for an equal-effects
   * model}
   */
  public abstract String method();

  /** {@return the number of studies} */
  @JsonIgnore
  public int k() {
    return studies().size();
  }

  /** {@return the total number of participants, where every study's size is known} */
  public abstract OptionalInt participants();

  /** {@return the pooled estimate on the analysis scale} */
  public abstract double estimate();

  /** {@return the standard error of the pooled estimate} */
  public abstract double standardError();

  /** {@return the lower bound of the confidence interval on the analysis scale} */
  public abstract double ciLower();

  /** {@return the upper bound of the confidence interval on the analysis scale} */
  public abstract double ciUpper();

  /** {@return the confidence level of the intervals, e.g. 0.95} */
  public abstract double level();

  /**
   * {@return the lower bound of the prediction interval on the analysis scale; random-effects
   * models only}
   */
  public abstract OptionalDouble piLower();

  /**
   * {@return the upper bound of the prediction interval on the analysis scale; random-effects
   * models only}
   */
  public abstract OptionalDouble piUpper();

  /**
   * {@return the between-study variance tau² on the analysis scale (0 for an equal-effects model)}
   */
  public abstract double tau2();

  /** {@return I², the share of the variability due to heterogeneity, in percent (0 to 100)} */
  public abstract double i2();

  /** {@return Cochran's Q} */
  public abstract double q();

  /** {@return the degrees of freedom of Q, {@code k - 1}} */
  public abstract int qDf();

  /** {@return the p-value of Q against chi-square on {@link #qDf()} degrees of freedom} */
  public abstract double qPValue();

  /**
   * {@return the two-sided p-value of Egger's regression test for funnel-plot asymmetry, where it
   * was computed}
   */
  public abstract OptionalDouble eggerPValue();

  /**
   * {@return the two-sided p-value of Begg and Mazumdar's rank correlation test, where it was
   * computed}
   */
  public abstract OptionalDouble rankCorrelationPValue();

  /**
   * {@return each study's estimate, variance and weight, in the order of the analysis; a study that
   * gives several estimates (e.g. two comparisons) appears once for each}
   */
  public abstract List<StudyEstimate> studies();

  /**
   * Takes a number from the analysis scale to the reporting scale: {@code exp(x)} for a ratio
   * measure, {@code x} otherwise.
   *
   * @param x a number on the analysis scale
   * @return the number on the reporting scale
   */
  public double reported(double x) {
    return ratio() ? Math.exp(x) : x;
  }

  @Value.Check
  void check() {
    if (measure().isBlank()) {
      throw new IllegalArgumentException(
          "pooled effect measure must not be blank, was '" + measure() + "'");
    }
    if (method().isBlank()) {
      throw new IllegalArgumentException(
          "pooled effect method must not be blank, was '" + method() + "'");
    }
    if (studies().isEmpty()) {
      throw new IllegalArgumentException("pooled effect studies must not be empty");
    }
    if (!Double.isFinite(estimate())
        || !Double.isFinite(ciLower())
        || !Double.isFinite(ciUpper())) {
      throw new IllegalArgumentException(
          "pooled effect estimate and interval must be finite, was "
              + estimate()
              + " ["
              + ciLower()
              + ", "
              + ciUpper()
              + "]");
    }
    if (!(ciLower() <= estimate() && estimate() <= ciUpper())) {
      throw new IllegalArgumentException(
          "pooled effect interval must satisfy ciLower <= estimate <= ciUpper, was "
              + ciLower()
              + " <= "
              + estimate()
              + " <= "
              + ciUpper());
    }
    if (!(standardError() >= 0) || Double.isInfinite(standardError())) {
      throw new IllegalArgumentException(
          "pooled effect standardError must be finite and >= 0, was " + standardError());
    }
    ConfidenceInterval.checkLevel(level());
    if (piLower().isPresent() != piUpper().isPresent()) {
      throw new IllegalArgumentException(
          "pooled effect prediction interval needs both bounds, was "
              + piLower()
              + " and "
              + piUpper());
    }
    if (piLower().isPresent()
        && !(piLower().getAsDouble() <= estimate() && estimate() <= piUpper().getAsDouble())) {
      throw new IllegalArgumentException(
          "pooled effect prediction interval must satisfy piLower <= estimate <= piUpper,"
              + " was "
              + piLower().getAsDouble()
              + " <= "
              + estimate()
              + " <= "
              + piUpper().getAsDouble());
    }
    if (!(tau2() >= 0) || Double.isInfinite(tau2())) {
      throw new IllegalArgumentException(
          "pooled effect tau2 must be finite and >= 0, was " + tau2());
    }
    if (!(i2() >= 0 && i2() <= 100)) {
      throw new IllegalArgumentException(
          "pooled effect i2 must lie between 0 and 100 percent, was " + i2());
    }
    if (!(q() >= 0) || Double.isInfinite(q()) || qDf() < 0) {
      throw new IllegalArgumentException(
          "pooled effect q must be finite and >= 0 on qDf >= 0, was " + q() + " on " + qDf());
    }
    probability("qPValue", qPValue());
    eggerPValue().ifPresent(p -> probability("eggerPValue", p));
    rankCorrelationPValue().ifPresent(p -> probability("rankCorrelationPValue", p));
    if (participants().isPresent() && participants().getAsInt() < 0) {
      throw new IllegalArgumentException(
          "pooled effect participants must be >= 0, was " + participants().getAsInt());
    }
  }

  private static void probability(String name, double p) {
    if (!(p >= 0 && p <= 1)) {
      throw new IllegalArgumentException(
          "pooled effect " + name + " must lie between 0 and 1, was " + p);
    }
  }

  /** Builds {@link PooledEffect} values. */
  public static final class Builder extends ImmutablePooledEffect.Builder {
    Builder() {}
  }
}
