package dev.appraise.synthesis;

import java.util.OptionalDouble;
import org.immutables.value.Value;

/**
 * Heterogeneity of a fitted model (residual heterogeneity for a meta-regression), with metafor's
 * definitions.
 *
 * <p>Cochran's Q (metafor's {@code QE}) is the weighted residual sum of squares under equal
 * effects, {@code Q = y'P y} with {@code w = 1/v}, tested against chi-square on {@code k - p} df.
 * The "typical" within-study variance is {@code vt = (k - p) / tr(P)}, which for {@code p = 1} is
 * Higgins and Thompson's {@code (k - 1) / (Σw - Σw²/Σw)}. For random-effects models {@code I² = 100
 * tau² / (vt + tau²)} and {@code H² = 1 + tau²/vt}; for equal effects {@code I² = max(0, 100 (Q -
 * (k-p)) / Q)} and {@code H² = Q / (k - p)} (Higgins and Thompson 2002). With {@code k = p}, {@code
 * Q = 0}, its p-value is 1, {@code I² = 0} and {@code H² = 1}, as in metafor.
 *
 * <p>Reference: Higgins JPT, Thompson SG (2002), Quantifying heterogeneity in a meta-analysis, Stat
 * Med 21:1539-1558.
 */
@Value.Immutable
public abstract class Heterogeneity {

  Heterogeneity() {}

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return Cochran's Q (the residual heterogeneity statistic QE for a meta-regression)} */
  public abstract double q();

  /** {@return the degrees of freedom of Q, {@code k - p}} */
  public abstract int qDf();

  /** {@return the p-value of Q, upper tail of chi-square on {@link #qDf()} df} */
  public abstract double qPValue();

  /** {@return the estimate of tau² (0 for equal effects)} */
  public abstract double tau2();

  /**
   * {@return the standard error of tau² by the estimator's formula in metafor; absent for equal
   * effects}
   */
  public abstract OptionalDouble tau2StandardError();

  /** {@return tau, the square root of tau²} */
  public double tau() {
    return Math.sqrt(tau2());
  }

  /** {@return I² in percent, 0 to 100} */
  public abstract double i2();

  /** {@return H², at least 1 for random-effects models} */
  public abstract double h2();

  /**
   * {@return the typical within-study variance {@code vt = (k - p) / tr(P)}, 0 when {@code k = p}}
   */
  public abstract double typicalVariance();

  /** Builds {@link Heterogeneity} values. */
  public static final class Builder extends ImmutableHeterogeneity.Builder {
    Builder() {}
  }
}
