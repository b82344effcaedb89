package dev.appraise.synthesis;

import java.util.Optional;
import java.util.OptionalDouble;
import org.immutables.value.Value;

/**
 * One study's effect size: the estimate {@code yi} on the analysis scale (log scale for ratio
 * measures) and its sampling variance {@code vi}, with the study's id, the measure, the total
 * sample size where known and the continuity correction applied to a 2x2 table. Computed by {@link
 * EffectSizes} or given directly with {@link #of}.
 */
@Value.Immutable
public abstract class EffectSize {

  EffectSize() {}

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A given estimate with its sampling variance.
   *
   * @param study the study's id
   * @param measure the measure of {@code yi}
   * @param yi the estimate, finite
   * @param vi the sampling variance, finite and {@code > 0}
   * @return the effect size
   * @throws IllegalArgumentException naming the study and the field if {@code yi} or {@code vi} is
   *     not finite or {@code vi <= 0}
   */
  public static EffectSize of(String study, EffectMeasure measure, double yi, double vi) {
    return builder().study(study).measure(measure).yi(yi).vi(vi).build();
  }

  /** {@return the study's id} */
  public abstract String study();

  /** {@return the effect measure} */
  public abstract EffectMeasure measure();

  /** {@return the estimate on the analysis scale (log scale for ratio measures)} */
  public abstract double yi();

  /** {@return the sampling variance of {@link #yi()}} */
  public abstract double vi();

  /** {@return the standard error, {@code sqrt(vi)}} */
  public double sei() {
    return Math.sqrt(vi());
  }

  /**
   * {@return the study's total sample size ({@code n1i + n2i} or {@code ni}) before any correction,
   * where known}
   */
  public abstract OptionalDouble sampleSize();

  /**
   * {@return what was added to the cells of the study's 2x2 table; present for 2x2 measures only}
   */
  public abstract Optional<ContinuityCorrection> correction();

  @Value.Check
  void check() {
    if (study().isBlank()) {
      throw new IllegalArgumentException("effect size study id must not be blank");
    }
    if (!Double.isFinite(yi())) {
      throw new IllegalArgumentException("study " + study() + ": yi must be finite, was " + yi());
    }
    if (!(vi() > 0) || Double.isInfinite(vi())) {
      throw new IllegalArgumentException(
          "study " + study() + ": vi must be finite and > 0, was " + vi());
    }
    if (sampleSize().isPresent() && !(sampleSize().getAsDouble() > 0)) {
      throw new IllegalArgumentException(
          "study " + study() + ": sample size must be > 0, was " + sampleSize().getAsDouble());
    }
    if (correction().isPresent() && !measure().isTwoByTwo()) {
      throw new IllegalArgumentException(
          "study "
              + study()
              + ": a continuity correction applies to 2x2 measures only, not "
              + measure());
    }
  }

  /** Builds {@link EffectSize} values. */
  public static final class Builder extends ImmutableEffectSize.Builder {
    Builder() {}
  }
}
