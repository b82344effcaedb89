package dev.appraise.core.agreement;

import java.util.Locale;

/**
 * The agreement coefficients, with the names used in {@link Estimate#coefficient()} and by the command line.
 */
public enum Coefficient {
  /** Percent agreement {@code p_a}: the share of agreeing rater pairs per unit, averaged over pairable units. */
  PERCENT_AGREEMENT,
  /** Cohen's kappa (1960), weighted (1968): two raters. */
  COHEN_KAPPA,
  /** Scott's pi (1955): two raters. */
  SCOTT_PI,
  /** Fleiss' kappa (1971), generalised to missing ratings and weights (Gwet 2014). */
  FLEISS_KAPPA,
  /** Conger's kappa (1980): three or more raters. */
  CONGER_KAPPA,
  /** Light's kappa (1971): the mean of all pairwise Cohen's kappas, three or more raters. */
  LIGHT_KAPPA,
  /** Gwet's AC1 (2008), unweighted. */
  GWET_AC1,
  /** Gwet's AC2 (2014), weighted; reported when the weights are not the identity. */
  GWET_AC2,
  /** Brennan and Prediger's (1981) coefficient; PABAK for two categories. */
  BRENNAN_PREDIGER,
  /** Krippendorff's alpha (2004, 2011) at the chosen level. */
  KRIPPENDORFF_ALPHA,
  /** Specific positive agreement (binary categories; the second category is "positive"). */
  SPECIFIC_POSITIVE_AGREEMENT,
  /** Specific negative agreement (binary categories; the first category is "negative"). */
  SPECIFIC_NEGATIVE_AGREEMENT,
  /** Byrt, Bishop and Carlin's (1993) prevalence index {@code (a - d) / n}: two raters, binary. */
  PREVALENCE_INDEX,
  /** Byrt, Bishop and Carlin's (1993) bias index {@code (b - c) / n}: two raters, binary. */
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
