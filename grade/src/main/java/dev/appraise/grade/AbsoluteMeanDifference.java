package dev.appraise.grade;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Locale;
import java.util.OptionalDouble;
import org.immutables.value.Value;

/**
 * The anticipated absolute effect of an intervention on a continuous outcome, as a
 * summary-of-findings table shows it: the mean with the comparator where it is known, and the
 * difference the intervention makes with its interval (Guyatt et al., GRADE guidelines 13, J Clin
 * Epidemiol 2013;66:173-183; Cochrane Handbook version 5.1, section 11.5.5 and 12.6).
 *
 * <ul>
 *   <li>a mean difference ({@code MD}) is the difference in the outcome's units; with a comparator
 *       mean {@code m}, the mean with the intervention is {@code m + MD};
 *   <li>a standardised mean difference ({@code SMD}) is a difference in standard deviations ({@link
 *       #standardised()}); {@link #backTransformed(Effect, double)} re-expresses it in the units of
 *       an instrument with a typical standard deviation {@code s} as {@code SMD s} (Cochrane
 *       Handbook version 5.1, section 12.6.4);
 *   <li>a ratio of means ({@code ROM}) needs the comparator mean {@code m > 0}: the difference is
 *       {@code m (ROM - 1)}.
 * </ul>
 */
@Value.Immutable
@JsonSerialize(as = ImmutableAbsoluteMeanDifference.class)
@JsonDeserialize(as = ImmutableAbsoluteMeanDifference.class)
public abstract class AbsoluteMeanDifference {

  AbsoluteMeanDifference() {}

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The difference of a mean difference or a standardised mean difference, without a comparator
   * mean.
   *
   * @param effect an {@code MD} or {@code SMD}
   * @return the absolute effect
   * @throws IllegalArgumentException if the measure is neither
   */
  public static AbsoluteMeanDifference of(Effect effect) {
    String m = key(effect.measure());
    if (!m.equals("MD") && !m.equals("SMD")) {
      throw new IllegalArgumentException(
          "a difference without a comparator mean needs an MD or SMD, was "
              + effect.measure()
              + "; a ratio of means needs the comparator mean");
    }
    return builder()
        .measure(effect.measure())
        .standardised(m.equals("SMD"))
        .difference(effect.estimate())
        .lower(effect.lower())
        .upper(effect.upper())
        .build();
  }

  /**
   * The difference of a mean difference or ratio of means with the mean in the comparator group.
   *
   * @param effect an {@code MD} or {@code ROM} (a ratio of means needs a positive comparator mean)
   * @param comparatorMean the mean with the comparator, in the outcome's units
   * @return the absolute effect
   * @throws IllegalArgumentException if the measure is neither, or the mean is not finite, or not
   *     positive for a ratio of means
   */
  public static AbsoluteMeanDifference of(Effect effect, double comparatorMean) {
    String m = key(effect.measure());
    if (!Double.isFinite(comparatorMean)) {
      throw new IllegalArgumentException("comparator mean must be finite, was " + comparatorMean);
    }
    Builder b =
        builder().measure(effect.measure()).comparatorMean(comparatorMean).standardised(false);
    if (m.equals("MD")) {
      return b.difference(effect.estimate()).lower(effect.lower()).upper(effect.upper()).build();
    }
    if (m.equals("ROM")) {
      if (!(comparatorMean > 0)) {
        throw new IllegalArgumentException(
            "a ratio of means needs a comparator mean > 0, was " + comparatorMean);
      }
      return b.difference(comparatorMean * (effect.estimate() - 1))
          .lower(comparatorMean * (effect.lower() - 1))
          .upper(comparatorMean * (effect.upper() - 1))
          .build();
    }
    throw new IllegalArgumentException(
        "a comparator mean applies to an MD or ROM, was "
            + effect.measure()
            + "; re-express an SMD with backTransformed");
  }

  /**
   * Re-expresses a standardised mean difference in the units of a familiar instrument: the
   * difference is {@code SMD s} for a typical standard deviation {@code s} of that instrument.
   *
   * @param smd the standardised mean difference
   * @param standardDeviation the instrument's typical standard deviation, &gt; 0
   * @return the absolute effect in the instrument's units
   * @throws IllegalArgumentException if the effect is not an SMD or the standard deviation is not
   *     positive
   */
  public static AbsoluteMeanDifference backTransformed(Effect smd, double standardDeviation) {
    if (!key(smd.measure()).equals("SMD")) {
      throw new IllegalArgumentException(
          "back-transformation applies to an SMD, was " + smd.measure());
    }
    if (!(standardDeviation > 0) || Double.isInfinite(standardDeviation)) {
      throw new IllegalArgumentException(
          "standard deviation must be finite and > 0, was " + standardDeviation);
    }
    return builder()
        .measure(smd.measure())
        .standardised(false)
        .standardDeviation(standardDeviation)
        .difference(smd.estimate() * standardDeviation)
        .lower(smd.lower() * standardDeviation)
        .upper(smd.upper() * standardDeviation)
        .build();
  }

  /** {@return the measure the difference comes from: {@code MD}, {@code SMD} or {@code ROM}} */
  public abstract String measure();

  /** {@return whether the difference is in standard deviations (an SMD not back-transformed)} */
  public abstract boolean standardised();

  /**
   * {@return the standard deviation a standardised difference was multiplied by, when
   * back-transformed}
   */
  public abstract OptionalDouble standardDeviation();

  /** {@return the mean with the comparator, in the outcome's units} */
  public abstract OptionalDouble comparatorMean();

  /** {@return the difference, intervention less comparator} */
  public abstract double difference();

  /** {@return the lower bound of the difference} */
  public abstract double lower();

  /** {@return the upper bound of the difference} */
  public abstract double upper();

  /**
   * {@return the mean with the intervention, the comparator mean plus the difference, where the
   * mean is known}
   */
  @JsonIgnore
  public OptionalDouble interventionMean() {
    return comparatorMean().isPresent()
        ? OptionalDouble.of(comparatorMean().getAsDouble() + difference())
        : OptionalDouble.empty();
  }

  private static String key(String measure) {
    return measure.strip().toUpperCase(Locale.ROOT);
  }

  @Value.Check
  void check() {
    if (!Double.isFinite(difference()) || !Double.isFinite(lower()) || !Double.isFinite(upper())) {
      throw new IllegalArgumentException(
          "mean difference and its bounds must be finite, was "
              + difference()
              + " ["
              + lower()
              + ", "
              + upper()
              + "]");
    }
    if (!(lower() <= difference() && difference() <= upper())) {
      throw new IllegalArgumentException(
          "mean difference must lie within its bounds, was "
              + difference()
              + " in ["
              + lower()
              + ", "
              + upper()
              + "]");
    }
    if (standardised() && comparatorMean().isPresent()) {
      throw new IllegalArgumentException(
          "a standardised difference has no comparator mean in its units, was "
              + comparatorMean().getAsDouble());
    }
  }

  /** Builds {@link AbsoluteMeanDifference} values. */
  public static final class Builder extends ImmutableAbsoluteMeanDifference.Builder {
    Builder() {}
  }
}
