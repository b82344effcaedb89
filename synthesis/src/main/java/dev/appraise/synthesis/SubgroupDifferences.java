package dev.appraise.synthesis;

import org.immutables.value.Value;

/**
 * The test for subgroup differences as RevMan computes it (Deeks and Higgins 2010): with {@code
 * b_g} the pooled estimate of subgroup {@code g} and {@code s_g} its model-based standard error
 * (the z test's {@code sqrt(1/Σw)} with the subgroup's {@code w = 1/(v + tau²)}, also under the
 * Knapp-Hartung test), the weights {@code w_g = 1/s_g²}, the pooled estimate {@code b = Σ w_g b_g /
 * Σ w_g} and {@code Q = Σ w_g (b_g - b)²}, tested against chi-square on {@code G - 1} df for {@code
 * G} subgroups. It is Cochran's Q of an equal-effects meta-analysis of the subgroup estimates
 * (metafor: {@code rma(b_g, sei = s_g, method = "FE")$QE}).
 *
 * <p>References: Deeks JJ, Higgins JPT (2010), Statistical algorithms in Review Manager 5, The
 * Cochrane Collaboration. Borenstein M, Higgins JPT (2013), Meta-analysis and subgroups, Prev Sci
 * 14:134-143.
 */
@Value.Immutable
public abstract class SubgroupDifferences {

  SubgroupDifferences() {}

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return Q between subgroups, {@code >= 0}} */
  public abstract double q();

  /** {@return its degrees of freedom, the number of subgroups minus 1} */
  public abstract int df();

  /** {@return the p-value, upper tail of chi-square on {@link #df()} df} */
  public abstract double pValue();

  /**
   * {@return the inverse-variance weighted mean of the subgroup estimates, {@code Σ w_g b_g / Σ
   * w_g}}
   */
  public abstract double pooledEstimate();

  /** Builds {@link SubgroupDifferences} values. */
  public static final class Builder extends ImmutableSubgroupDifferences.Builder {
    Builder() {}
  }
}
