package dev.appraise.core.agreement;

import java.util.Locale;

/**
 * The agreement coefficients, with the names used in {@link Estimate#coefficient()} and by the command line.
 *
 * <p><b>Time and memory</b>, for {@code n} units, {@code m} raters and {@code k} categories: every point estimate
 * comes from the same sufficient statistics ({@link AgreementStats}), built in one pass over the encoded units, O(n m)
 * when the units are grouped by their row of codes (a table whose {@code (k+1)^m} possible rows are few next to its
 * units, such as 4 raters and 5 categories from about 150 units on) and O(n (m^2 + k^2)) otherwise; the statistics
 * take O(m^2 k^2) memory whatever {@code n}, and so does streaming with {@link AgreementStatsAccumulator}. Each
 * coefficient then costs the term given with it below, independent of {@code n}. Gwet's (2014) standard errors add
 * one pass, O(n (m + k^2)); the bootstrap adds one pass per replicate, O(n) when the rows are grouped.
 */
public enum Coefficient {
  /**
   * Percent agreement {@code p_a}: the share of agreeing rater pairs per unit, averaged over pairable units. O(k^2)
   * from the statistics.
   */
  PERCENT_AGREEMENT,
  /** Cohen's kappa (1960), weighted (1968): two raters. O(k^2) from the raters' k x k table. */
  COHEN_KAPPA,
  /** Scott's pi (1955): two raters. O(k^2) from the statistics. */
  SCOTT_PI,
  /**
   * Fleiss' kappa (1971), generalised to missing ratings and weights (Gwet 2014). O(k^2) from the statistics.
   */
  FLEISS_KAPPA,
  /** Conger's kappa (1980): three or more raters. O(m k^2) from the statistics. */
  CONGER_KAPPA,
  /**
   * Light's kappa (1971): the mean of all pairwise Cohen's kappas, three or more raters. O(m^2 k^2) from the
   * statistics.
   */
  LIGHT_KAPPA,
  /** Gwet's AC1 (2008), unweighted. O(k^2) from the statistics. */
  GWET_AC1,
  /** Gwet's AC2 (2014), weighted; reported when the weights are not the identity. O(k^2) from the statistics. */
  GWET_AC2,
  /** Brennan and Prediger's (1981) coefficient; PABAK for two categories. O(k^2) from the statistics. */
  BRENNAN_PREDIGER,
  /**
   * Krippendorff's alpha (2004, 2011) at the chosen level. O(k^2) from the coincidence matrix at every level (the
   * ordinal differences from cumulative sums of the margins).
   */
  KRIPPENDORFF_ALPHA,
  /**
   * Specific positive agreement (binary categories; the second category is "positive"). O(k) from the statistics.
   */
  SPECIFIC_POSITIVE_AGREEMENT,
  /**
   * Specific negative agreement (binary categories; the first category is "negative"). O(k) from the statistics.
   */
  SPECIFIC_NEGATIVE_AGREEMENT,
  /** Byrt, Bishop and Carlin's (1993) prevalence index {@code (a - d) / n}: two raters, binary. O(1). */
  PREVALENCE_INDEX,
  /** Byrt, Bishop and Carlin's (1993) bias index {@code (b - c) / n}: two raters, binary. O(1). */
  BIAS_INDEX;

  /** {@return the name used in results and on the command line, e.g. {@code "cohen_kappa"}} */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The coefficient named by {@link #id()}.
   *
   * @param id the name, e.g. {@code "fleiss_kappa"}, any case
   * @return the coefficient
   * @throws IllegalArgumentException for an unknown name
   */
  public static Coefficient fromId(String id) {
    for (Coefficient c : values()) {
      if (c.id().equals(id.toLowerCase(Locale.ROOT))) {
        return c;
      }
    }
    throw new IllegalArgumentException("unknown agreement coefficient '" + id + "'");
  }
}
