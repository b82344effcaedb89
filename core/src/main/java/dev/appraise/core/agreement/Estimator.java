package dev.appraise.core.agreement;

import org.jspecify.annotations.Nullable;

/**
 * What one coefficient owns: where it applies, its point estimate (or why it is undefined for the
 * input) and its analytic standard error. Each {@link Coefficient} names its estimator; each family
 * of coefficients is one enum, its members side by side with what they share:
 *
 * <ul>
 *   <li>{@link KappaFamily}: Cohen's kappa, Scott's pi, Fleiss', Conger's and Light's kappa, and
 *       the prevalence and bias indices of the two-rater table, chance agreement from the raters'
 *       own category shares;
 *   <li>{@link GwetFamily}: percent agreement, Gwet's AC1 and AC2 and Brennan-Prediger, Gwet's
 *       (2014) unit-level observed agreement with chance agreement that does not follow the
 *       margins' product;
 *   <li>{@link Krippendorff}: Krippendorff's alpha, from the coincidence matrix;
 *   <li>{@link SpecificAgreement}: specific positive, negative and category-specific agreement,
 *       from the coincidence matrix;
 *   <li>{@link Intraclass}: the intraclass correlations, named here and computed from numeric
 *       ratings by {@code dev.appraise.core.agreement.icc}.
 * </ul>
 *
 * <p>Every estimate reads the same sufficient statistics ({@link AgreementStats}, in a {@link
 * Context}); Gwet's linearisation variance, which most families use, is {@link GwetVariance}; the
 * bootstrap, which re-estimates every coefficient on resampled units, is {@link Resampling}.
 */
interface Estimator {

  /**
   * Whether the coefficient is reported for an input of this shape: its raters, its categories and
   * the weights chosen, never its values. A coefficient that applies but whose value has no meaning
   * is reported as undefined by {@link #estimate}.
   *
   * @param x the input
   * @return whether the coefficient appears in the report
   */
  boolean appliesTo(Context x);

  /**
   * The point estimate, in O(k^2) from the statistics.
   *
   * @param x the input
   * @return the estimate, or undefined with the reason (for example chance agreement of 1)
   */
  Point estimate(Context x);

  /**
   * The analytic standard error of a defined estimate, with its method and the degrees of freedom
   * of its Wald interval.
   *
   * @param x the input
   * @param estimate the coefficient's defined estimate
   * @param units the units one by one, null for streamed statistics
   * @return the standard error; null where the literature gives none, where the input is too small
   *     for it, or where it needs the units and only statistics were given
   */
  @Nullable StandardError standardError(Context x, Point estimate, @Nullable UnitData units);

  /** {@return whether the coefficient uses the agreement {@link Weights}} */
  boolean usesWeights();

  /** {@return whether the coefficient depends on the {@link Level} of measurement} */
  default boolean usesLevel() {
    return false;
  }

  /**
   * {@return the least value on complete data, where a Wald interval is clipped (each coefficient
   * is at most 1)}
   */
  default double lowerLimit() {
    return -1;
  }
}
