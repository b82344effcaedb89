package dev.appraise.synthesis;

/** How coefficients are tested and their intervals built ({@code rma.uni}'s {@code test}). */
public enum TestKind {

  /**
   * Wald-type z tests and normal-quantile intervals, {@code b ± z(1-α/2) SE}; the omnibus test of
   * moderators is chi-square on {@code m} df. metafor's default.
   */
  Z,

  /**
   * t tests on {@code k - p} df with the model-based standard errors; the omnibus test is {@code
   * F(m, k - p)}.
   */
  T,

  /**
   * The method of Knapp and Hartung (2003) (also Hartung-Knapp-Sidik-Jonkman): the covariance
   * matrix is scaled by {@code s² = Σ w (y - Xb)² / (k - p)} with {@code w = 1/(v + tau²)} (not
   * truncated at 1, as metafor by default; {@code s² = 0} when the weighted residual sum of squares
   * is below machine epsilon), then t tests on {@code k - p} df and {@code F(m, k - p)} for the
   * moderators.
   */
  KNHA;

  /** {@return whether tests and intervals use the t distribution on {@code k - p} df} */
  public boolean usesT() {
    return this != Z;
  }
}
