package dev.appraise.core.agreement;

/**
 * A user-supplied difference function for Krippendorff's alpha: the squared difference {@code
 * delta^2(c, k)} between two categories (Krippendorff 2011, section C). It must be {@code >= 0}, 0
 * when {@code c = k}, and symmetric. It is called {@code k^2} times per estimate, never per pair of
 * ratings.
 */
@FunctionalInterface
public interface AlphaMetric {

  /**
   * The squared difference between two categories.
   *
   * @param c the first category's position
   * @param k the second category's position
   * @param values the categories' numeric values (declared, or the positions {@code 1..q})
   * @param marginals the number of pairable values in each category ({@code n_c} of the coincidence
   *     matrix)
   * @return {@code delta^2(c, k)}
   */
  double squaredDifference(int c, int k, double[] values, double[] marginals);
}
