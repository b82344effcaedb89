package dev.appraise.core.stats;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/**
 * One study's part in a {@link PooledEffect}: its id, its estimate and sampling variance on the
 * analysis scale (the log scale for ratio measures), and its weight in the pooled estimate in
 * percent.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableStudyEstimate.class)
@JsonDeserialize(as = ImmutableStudyEstimate.class)
public abstract class StudyEstimate {

  StudyEstimate() {}

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Creates a study estimate.
   *
   * @param study the study's id
   * @param estimate the estimate on the analysis scale
   * @param variance its sampling variance, &gt; 0
   * @param weight its weight in the pooled estimate, in percent
   * @return the study estimate
   * @throws IllegalArgumentException naming the study and the field if a number is out of range
   */
  public static StudyEstimate of(String study, double estimate, double variance, double weight) {
    return builder().study(study).estimate(estimate).variance(variance).weight(weight).build();
  }

  /** {@return the study's id} */
  public abstract String study();

  /** {@return the estimate on the analysis scale (log scale for ratio measures)} */
  public abstract double estimate();

  /** {@return the sampling variance of the estimate} */
  public abstract double variance();

  /** {@return the standard error, the square root of the variance} */
  public double standardError() {
    return Math.sqrt(variance());
  }

  /**
   * {@return the weight of the study in the pooled estimate, in percent (the weights of a pooled
   * effect sum to 100)}
   */
  public abstract double weight();

  @Value.Check
  void check() {
    if (study().isBlank()) {
      throw new IllegalArgumentException(
          "study estimate id must not be blank, was '" + study() + "'");
    }
    if (!Double.isFinite(estimate())) {
      throw new IllegalArgumentException(
          "study " + study() + ": estimate must be finite, was " + estimate());
    }
    if (!(variance() > 0) || Double.isInfinite(variance())) {
      throw new IllegalArgumentException(
          "study " + study() + ": variance must be finite and > 0, was " + variance());
    }
    if (!(weight() >= 0) || Double.isInfinite(weight())) {
      throw new IllegalArgumentException(
          "study " + study() + ": weight must be finite and >= 0, was " + weight());
    }
  }

  /** Builds {@link StudyEstimate} values. */
  public static final class Builder extends ImmutableStudyEstimate.Builder {
    Builder() {}
  }
}
