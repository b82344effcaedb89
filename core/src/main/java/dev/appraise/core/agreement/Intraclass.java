package dev.appraise.core.agreement;

import org.jspecify.annotations.Nullable;

/**
 * The six intraclass correlations of Shrout and Fleiss (1979) are named by {@link Coefficient} so
 * that their estimates carry one, but they are computed from numeric ratings by {@code
 * dev.appraise.core.agreement.icc.IntraclassCorrelation}: they apply to no categorical input.
 */
enum Intraclass implements Estimator {

  /** Any of the six forms. */
  CORRELATION;

  @Override
  public boolean appliesTo(Context x) {
    return false;
  }

  @Override
  public Point estimate(Context x) {
    return Point.undefined("computed from numeric ratings by IntraclassCorrelation");
  }

  @Override
  public @Nullable StandardError standardError(
      Context x, Point estimate, @Nullable UnitData units) {
    return null;
  }

  @Override
  public boolean usesWeights() {
    return false;
  }
}
