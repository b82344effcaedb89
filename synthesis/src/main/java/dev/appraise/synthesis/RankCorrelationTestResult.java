package dev.appraise.synthesis;

import org.immutables.value.Value;

/**
 * The rank correlation test for funnel-plot asymmetry of Begg and Mazumdar (1994), as metafor's
 * {@code ranktest} computes it: Kendall's tau between the standardized effects {@code y*_i = (y_i -
 * b) / sqrt(v_i - 1/Σw)} and the variances {@code v_i}, with {@code b = Σ w y / Σ w} the
 * equal-effects estimate and {@code w = 1/v}. Built by {@link
 * SmallStudyTests#rankCorrelation(MetaAnalysisResult)}.
 *
 * <p>The statistic and p-value are those of R's {@code cor.test(ystar, v, method = "kendall", exact
 * = TRUE)}: tau is tau-b, {@code Σ_{i<j} sign(x_i - x_j) sign(y_i - y_j) / sqrt(n_x n_y)} with
 * {@code n_x}, {@code n_y} the pairs not tied in each variable. Without ties the two-sided p-value
 * is exact, {@code min(1, 2 P)} with {@code P} the smaller tail of the null distribution of {@code
 * T = round((tau + 1) k (k - 1) / 4)} (the number of concordant pairs) over the {@code k!}
 * permutations; with ties it comes from the normal approximation {@code z = S / sqrt(Var S)} with
 * the tie-corrected variance of Kendall (1970). Beyond 170 studies R's exact distribution overflows
 * and {@code cor.test} returns NaN; here the normal approximation is used then, and {@link
 * #exact()} says so.
 *
 * <p>References: Begg CB, Mazumdar M (1994), Operating characteristics of a rank correlation test
 * for publication bias, Biometrics 50:1088-1101. Kendall MG (1970), Rank correlation methods, 4th
 * ed, Griffin.
 */
@Value.Immutable
public abstract class RankCorrelationTestResult {

  RankCorrelationTestResult() {}

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the number of studies} */
  public abstract int k();

  /**
   * {@return Kendall's tau (tau-b) between the standardized effects and the variances, in [-1, 1]}
   */
  public abstract double tau();

  /**
   * {@return the test statistic: the number of concordant pairs {@code T} for the exact test, the
   * standard normal deviate {@code z} for the approximation}
   */
  public abstract double statistic();

  /** {@return the two-sided p-value} */
  public abstract double pValue();

  /**
   * {@return whether the p-value is exact (no ties, at most 170 studies) rather than the normal
   * approximation}
   */
  public abstract boolean exact();

  /** Builds {@link RankCorrelationTestResult} values. */
  public static final class Builder extends ImmutableRankCorrelationTestResult.Builder {
    Builder() {}
  }
}
