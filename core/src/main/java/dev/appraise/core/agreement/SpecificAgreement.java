package dev.appraise.core.agreement;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Specific agreement (Cicchetti and Feinstein 1990) from the coincidence matrix: the share of
 * pairable values in a category that are paired with the same category, {@code o_cc / n_c}, for two
 * raters {@code 2 n_cc / (n_c. + n_.c)}. Positive and negative agreement are reported for binary
 * categories (the second positive, the first negative); category-specific agreement, for every
 * category, in {@link AgreementReport#categorySpecificAgreement()}. No analytic standard error: use
 * the bootstrap.
 */
enum SpecificAgreement implements Estimator {

  /** Specific positive agreement: the second of two categories. */
  POSITIVE {
    @Override
    public boolean appliesTo(Context x) {
      return x.k() == 2;
    }

    @Override
    public Point estimate(Context x) {
      return of(x, 1);
    }
  },

  /** Specific negative agreement: the first of two categories. */
  NEGATIVE {
    @Override
    public boolean appliesTo(Context x) {
      return x.k() == 2;
    }

    @Override
    public Point estimate(Context x) {
      return of(x, 0);
    }
  },

  /**
   * The agreement specific to each category: never one coefficient of the report, but one estimate
   * per category in {@link AgreementReport#categorySpecificAgreement()} (see {@link #byCategory}).
   */
  BY_CATEGORY {
    @Override
    public boolean appliesTo(Context x) {
      return false;
    }

    @Override
    public Point estimate(Context x) {
      return Point.undefined("reported per category, not as one coefficient");
    }
  };

  @Override
  public boolean usesWeights() {
    return false;
  }

  @Override
  public double lowerLimit() {
    return 0;
  }

  @Override
  public @Nullable StandardError standardError(
      Context x, Point estimate, @Nullable UnitData units) {
    return null;
  }

  private static Point of(Context x, int category) {
    if (x.unpairable()) {
      return Point.undefined(Point.NO_PAIRS);
    }
    AgreementStats<?> s = x.stats();
    double[] n = s.coincidenceMarginals();
    if (!(n[category] > 0)) {
      return Point.undefined(
          "no pairable rating in category '" + s.categories().get(category) + "'");
    }
    double v = s.coincidence(category, category) / n[category];
    return Point.of(v, v, 0);
  }

  /**
   * The agreement specific to each category, {@code o_cc / n_c}, by the category's text; undefined
   * for a category without pairable values.
   *
   * @param x the input
   * @return the estimates of {@link Coefficient#CATEGORY_SPECIFIC_AGREEMENT}, in category order
   */
  static Map<String, Estimate> byCategory(Context x) {
    AgreementStats<?> s = x.stats();
    double[] n = s.coincidenceMarginals();
    Map<String, Estimate> out = new LinkedHashMap<>();
    for (int c = 0; c < x.k(); c++) {
      String label = String.valueOf(s.categories().get(c));
      out.put(
          label,
          n[c] > 0
              ? Estimate.of(Coefficient.CATEGORY_SPECIFIC_AGREEMENT, s.coincidence(c, c) / n[c])
              : Estimate.undefined(
                  Coefficient.CATEGORY_SPECIFIC_AGREEMENT,
                  "no pairable rating in category '" + label + "'"));
    }
    return out;
  }
}
