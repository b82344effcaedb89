package dev.appraise.synthesis;

import org.immutables.value.Value;

/**
 * The Q-profile confidence interval for tau² (Viechtbauer 2007), and the intervals for tau, I² and
 * H² that follow from it, as metafor's {@code confint.rma.uni} computes them.
 *
 * <p>The generalized Q statistic {@code Q(tau²) = Σ w (y - Xb)²} with {@code w = 1/(v + tau²)} and
 * {@code b} the weighted least-squares fit falls as tau² grows and follows a chi-square
 * distribution on {@code k - p} df at the true tau². The bounds solve {@code Q(lower) = χ²(1 - α/2;
 * k - p)} and {@code Q(upper) = χ²(α/2; k - p)}, found by Brent's method (as R's {@code uniroot},
 * tolerance {@code .Machine$double.eps^0.25}, at most 1000 iterations) in {@code [0, max(100, 10
 * tau²)]}. When {@code Q(0)} is below a quantile, that bound is 0 ({@link BoundKind#AT_ZERO}); when
 * both are, the interval is empty ({@link #isEmpty()}). When {@code Q} at the search maximum is
 * still above a quantile, that bound is reported as the maximum ({@link
 * BoundKind#ABOVE_SEARCH_MAXIMUM}).
 *
 * <p>The other bounds are transformations with the model's typical within-study variance {@code
 * vt}: {@code tau = sqrt(tau²)}, {@code I² = 100 tau² / (vt + tau²)}, {@code H² = 1 + tau² / vt}.
 *
 * <p>Reference: Viechtbauer W (2007), Confidence intervals for the amount of heterogeneity in
 * meta-analysis, Stat Med 26:37-52.
 */
@Value.Immutable
public abstract class HeterogeneityInterval {

  HeterogeneityInterval() {}

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the confidence level, e.g. 0.95} */
  public abstract double level();

  /** {@return the lower bound for tau²} */
  public abstract double tau2Lower();

  /** {@return the upper bound for tau²} */
  public abstract double tau2Upper();

  /** {@return the lower bound for tau} */
  public double tauLower() {
    return Math.sqrt(tau2Lower());
  }

  /** {@return the upper bound for tau} */
  public double tauUpper() {
    return Math.sqrt(tau2Upper());
  }

  /** {@return the lower bound for I², in percent} */
  public abstract double i2Lower();

  /** {@return the upper bound for I², in percent} */
  public abstract double i2Upper();

  /** {@return the lower bound for H²} */
  public abstract double h2Lower();

  /** {@return the upper bound for H²} */
  public abstract double h2Upper();

  /** {@return how the lower bound was found} */
  public abstract BoundKind lowerKind();

  /** {@return how the upper bound was found} */
  public abstract BoundKind upperKind();

  /** {@return the upper end of the search for tau², {@code max(100, 10 tau²)}} */
  public abstract double searchMaximum();

  /**
   * Whether the interval is the empty set: {@code Q(0)} is below even the lower chi-square
   * quantile, so that no tau² &gt;= 0 is consistent with the data at this level; both bounds are
   * then reported as 0.
   *
   * @return whether the interval is empty
   */
  public boolean isEmpty() {
    return lowerKind() == BoundKind.AT_ZERO && upperKind() == BoundKind.AT_ZERO;
  }

  @Value.Check
  void check() {
    if (!(tau2Lower() >= 0 && tau2Lower() <= tau2Upper()) || Double.isInfinite(tau2Upper())) {
      throw new IllegalArgumentException(
          "tau² interval must satisfy 0 <= lower <= upper < inf, was ["
              + tau2Lower()
              + ", "
              + tau2Upper()
              + "]");
    }
  }

  /** Builds {@link HeterogeneityInterval} values. */
  public static final class Builder extends ImmutableHeterogeneityInterval.Builder {
    Builder() {}
  }
}
