package dev.appraise.synthesis;

import java.util.List;
import java.util.OptionalDouble;
import org.immutables.value.Value;

/**
 * The result of trim-and-fill (Duval and Tweedie 2000) on a fitted model, as metafor's {@code
 * trimfill}: the side where studies are taken to be missing, the estimated number missing {@code
 * k0} with its standard error, the filled studies and the model refitted on the observed and filled
 * studies together. Built by {@link TrimAndFill#fill(MetaAnalysisResult)}.
 */
@Value.Immutable
public abstract class TrimAndFillResult {

  TrimAndFillResult() {}

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the estimator of {@code k0}} */
  public abstract TrimAndFillEstimator estimator();

  /** {@return the side on which studies are taken to be missing} */
  public abstract FunnelSide side();

  /**
   * {@return whether the side was estimated from the data (metafor's default) rather than given}
   */
  public abstract boolean sideEstimated();

  /** {@return the estimated number of missing studies {@code k0}, {@code >= 0}} */
  public abstract int missing();

  /** {@return the standard error of the unrounded {@code k0} in the last iteration} */
  public abstract double missingStandardError();

  /**
   * {@return for {@link TrimAndFillEstimator#R0}, the p-value of {@code k0} under the hypothesis
   * that no study is missing, {@code 0.5^(k0 + 1)} as metafor computes it; absent for the other
   * estimators}
   */
  public abstract OptionalDouble missingPValue();

  /** {@return the iterations of trimming and re-estimating until {@code k0} repeated} */
  public abstract int iterations();

  /** {@return the filled studies, in the order metafor appends them; empty when {@code k0 = 0}} */
  public abstract List<FilledStudy> filled();

  /**
   * {@return the model on the observed studies followed by the filled ones, fitted with the model's
   * estimator and metafor's defaults otherwise (z test, level 0.95, default controls: metafor's
   * {@code trimfill} passes only the method on); when nothing is filled, the original model
   * unchanged}
   */
  public abstract MetaAnalysisResult model();

  /** {@return the number of studies after filling, {@code k + k0}} */
  public int k() {
    return model().k();
  }

  /** {@return the pooled estimate after filling} */
  public double estimate() {
    return model().estimate();
  }

  /** {@return its standard error} */
  public double standardError() {
    return model().standardError();
  }

  /** {@return the lower bound of its confidence interval} */
  public double ciLower() {
    return model().ciLower();
  }

  /** {@return the upper bound of its confidence interval} */
  public double ciUpper() {
    return model().ciUpper();
  }

  /** {@return tau² after filling} */
  public double tau2() {
    return model().heterogeneity().tau2();
  }

  @Value.Check
  void check() {
    if (missing() != filled().size()) {
      throw new IllegalArgumentException(
          "trim and fill: missing must equal the number of filled studies, was "
              + missing()
              + " and "
              + filled().size());
    }
  }

  /** Builds {@link TrimAndFillResult} values. */
  public static final class Builder extends ImmutableTrimAndFillResult.Builder {
    Builder() {}
  }
}
