package dev.appraise.core.agreement;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * The agreement coefficients, with the names used in {@link Estimate#coefficient()} and by the
 * command line. {@link AgreementReport} computes the categorical ones; the intraclass correlations
 * ({@link #ICC1} to {@link #ICC3K}) come from {@link
 * dev.appraise.core.agreement.icc.IntraclassCorrelation}.
 *
 * <p>Notation: {@code n} units with at least one rating, {@code n2} of them with two or more,
 * {@code r_i} ratings of unit {@code i}, {@code r_ik} of them in category {@code k}, {@code q}
 * categories, {@code w_kl} the {@link Weights} (identity unless chosen), {@code m} raters.
 *
 * <p><b>Time and memory</b>, for {@code n} units, {@code m} raters and {@code k} categories: every
 * point estimate comes from the same sufficient statistics ({@link AgreementStats}), built in one
 * pass over the encoded units, O(n m) when the units are grouped by their row of codes (a table
 * whose {@code (k+1)^m} possible rows are few next to its units, such as 4 raters and 5 categories
 * from about 150 units on) and O(n (m + k^2)) otherwise. The raters' pairwise contingency tables,
 * which only Light's kappa (and the two-rater coefficients) read, cost the lesser of {@code sum_i
 * r_i^2 / 2} updates, unit by unit ({@code r_i} the ratings of unit {@code i}: the whole cost for
 * crowd ratings, and in a sparse table counted rater by rater only as far as Light's kappa reads
 * them), and {@code m^2 k^2 n / 128} word operations on bitsets over the units, column by column
 * (dense tables of many raters: 100 raters x 20,000 units in tens of milliseconds rather than
 * hundreds). The statistics take O(m^2 k^2) memory whatever {@code n}, and so does streaming with
 * {@link AgreementStatsAccumulator}. Each coefficient then costs O(k^2) from the statistics
 * (Conger's kappa O(m k^2), Light's O(m^2 k^2)), independent of {@code n}. Gwet's (2014) standard
 * errors share one pass that counts each unit's categories, O(n m), and each unit's weighted
 * agreement, O(n k^2) once for each weight matrix; each variance then adds a pass of O(n k)
 * (Conger's O(n m)), in O(n k) memory; the bootstrap adds one pass per replicate, O(n) when the
 * rows are grouped.
 */
public enum Coefficient {
  /**
   * Percent agreement: the share of agreeing rater pairs within a unit, averaged over the units
   * with two or more ratings, {@code p_a = (1/n2) sum_i sum_k r_ik (r_ik - 1) / (r_i (r_i - 1))};
   * for two raters the share of units both rated identically. Missing: units with fewer than two
   * ratings are left out. Standard error: Gwet's (2014) unit-level variance, t interval.
   */
  PERCENT_AGREEMENT(GwetFamily.PERCENT_AGREEMENT),
  /**
   * Cohen's kappa (Cohen 1960), weighted (Cohen 1968): {@code (p_o - p_e)/(1 - p_e)} with {@code
   * p_o = sum_kl w_kl p_kl} and {@code p_e = sum_kl w_kl p_k. p_.l} from the two raters'
   * contingency table. Two raters only. Missing: units without both ratings are dropped; under
   * {@link AgreementOptions.MissingRatings#GWET} Conger's formula for two raters instead (irrCAC's
   * {@code conger.kappa.raw}). Standard error: Fleiss, Cohen and Everitt (1969), z interval
   * (irrCAC's {@code kappa2.table}: the same with a t interval).
   */
  COHEN_KAPPA(KappaFamily.COHEN),
  /**
   * Scott's pi (Scott 1955), weighted: as Cohen's kappa but {@code p_e = sum_kl w_kl pbar_k pbar_l}
   * with the mean of the two raters' margins {@code pbar_k}. Two raters only; units without both
   * ratings dropped (under {@link AgreementOptions.MissingRatings#GWET}, Fleiss' formula on the two
   * raters instead). Standard error: Gwet (2014, chapter 5) over those units, t interval.
   */
  SCOTT_PI(KappaFamily.SCOTT),
  /**
   * Fleiss' kappa (Fleiss 1971) in Gwet's (2014, chapter 5) form, which admits missing ratings and
   * weights: {@code p_a = (1/n2) sum_{i: r_i >= 2} sum_k r_ik (r*_ik - 1)/(r_i (r_i - 1))} with
   * {@code r*_ik = sum_l w_kl r_il}, {@code pi_k = (1/n) sum_i r_ik / r_i}, {@code p_e = sum_kl
   * w_kl pi_k pi_l}, kappa {@code = (p_a - p_e)/(1 - p_e)}; equals Fleiss' kappa when every unit
   * has every rating. Missing: observed agreement over units with two or more ratings, chance
   * agreement over every rated unit (with much missing data the value can fall below -1). Standard
   * error: Gwet (t interval) by default, or Fleiss (1971) or the null-hypothesis variance of
   * Fleiss, Nee and Landis (1979) (z intervals, complete unweighted designs), see {@link
   * AgreementOptions.FleissVariance}.
   */
  FLEISS_KAPPA(KappaFamily.FLEISS),
  /**
   * Conger's kappa (Conger 1980), weighted (Gwet 2014): Fleiss' {@code p_a} with the chance
   * agreement of the pairwise Cohen kappas, {@code p_e = sum_kl w_kl (pbar_k pbar_l - s_kl / m)},
   * {@code pbar_k} the mean of the raters' shares {@code p_gk = n_gk / n_g} and {@code s_kl} their
   * covariance. Three or more raters. Missing: each rater's shares over the units that rater rated.
   * Standard error: Gwet (2014), t interval. Reported for two raters too with {@link
   * AgreementOptions#withCongerForTwoRaters}, as irrCAC's {@code conger.kappa.raw} does.
   */
  CONGER_KAPPA(KappaFamily.CONGER),
  /**
   * Light's kappa (Light 1971): the mean of Cohen's kappa over all {@code m(m-1)/2} pairs of raters
   * (weighted with the chosen weights). Three or more raters; each pair uses the units both rated.
   * No analytic standard error: use the bootstrap.
   */
  LIGHT_KAPPA(KappaFamily.LIGHT),
  /**
   * Gwet's AC1 (Gwet 2008): Fleiss' {@code p_a} (unweighted) with {@code p_e = (1/(q - 1)) sum_k
   * pi_k (1 - pi_k)}. Always unweighted, whatever the weights: irrCAC's {@code gwet.ac1.raw(weights
   * = "linear")} is {@link #GWET_AC2}. Missing data and standard error as Fleiss' kappa (Gwet 2008,
   * 2014), t interval.
   */
  GWET_AC1(GwetFamily.AC1),
  /**
   * Gwet's AC2 (Gwet 2014, chapter 5): AC1 with weights, {@code p_e = (sum_kl w_kl / (q (q - 1)))
   * sum_k pi_k (1 - pi_k)}; reported when the weights are not the identity, and then the one that
   * irrCAC's {@code gwet.ac1.raw(weights = )} computes. Missing data and standard error as AC1.
   */
  GWET_AC2(GwetFamily.AC2),
  /**
   * Brennan and Prediger's (1981) coefficient: {@code p_a} with the uniform chance agreement {@code
   * p_e = sum_kl w_kl / q^2} ({@code 1/q} unweighted); for two categories and two raters it is
   * PABAK, {@code 2 p_o - 1} (Byrt, Bishop and Carlin 1993). Unused declared categories count in
   * {@code q}. Standard error: Gwet (2014), t interval.
   */
  BRENNAN_PREDIGER(GwetFamily.BRENNAN_PREDIGER),
  /**
   * Krippendorff's alpha (Krippendorff 2004; 2011, "Computing Krippendorff's alpha-reliability"):
   * {@code 1 - (n.. - 1) sum_ck o_ck delta^2_ck / sum_ck n_c n_k delta^2_ck} from the coincidence
   * matrix {@code o_ck = sum_u r_uc (r_uk - [c = k]) / (r_u - 1)}, {@code n_c = sum_k o_ck}, {@code
   * n..} the pairable values, and the {@link Level}'s (or a custom {@link AlphaMetric}'s) squared
   * differences; ordinal differences come from cumulative sums, so the cost is O(q^2) whatever the
   * number of ratings. Missing: units with fewer than two values are unpairable and ignored. With
   * {@link AgreementOptions#withWeightedAlpha} and non-identity weights, {@code delta^2 = 1 - w_ck}
   * (irrCAC's weighted alpha). Standard error: Gwet (2014, chapter 6) with weights {@code 1 -
   * delta^2/max delta^2}, t interval; the bootstrap here resamples units, not the pairable values
   * of Hayes and Krippendorff (2007).
   */
  KRIPPENDORFF_ALPHA(Krippendorff.ALPHA),
  /**
   * Specific positive agreement (Cicchetti and Feinstein 1990): for binary categories, {@code o_pp
   * / n_p} from the coincidence matrix for the positive category {@code p}, which for two raters is
   * {@code 2a / (2a + b + c)}. The positive category is the one {@link
   * AgreementOptions#withPositiveCategory} names, by default the second, and the estimate names it
   * ({@link Estimate#positiveCategory()}). Units with fewer than two ratings ignored. No analytic
   * standard error: use the bootstrap.
   */
  SPECIFIC_POSITIVE_AGREEMENT(SpecificAgreement.POSITIVE),
  /**
   * Specific negative agreement (Cicchetti and Feinstein 1990): {@code o_nn / n_n} for the category
   * that is not positive, for two raters {@code 2d / (2d + b + c)}. Binary categories; the estimate
   * names the positive one. No analytic standard error.
   */
  SPECIFIC_NEGATIVE_AGREEMENT(SpecificAgreement.NEGATIVE),
  /**
   * Byrt, Bishop and Carlin's (1993) prevalence index {@code (a - d) / n}: two raters, binary
   * categories ({@code a} both positive, {@code d} both negative, the positive category as for
   * specific agreement), units without both ratings dropped. Signed; no standard error.
   */
  PREVALENCE_INDEX(KappaFamily.PREVALENCE_INDEX),
  /**
   * Byrt, Bishop and Carlin's (1993) bias index {@code (b - c) / n}: two raters, binary categories
   * ({@code b} first rater positive and second negative); changes sign when the raters swap. No
   * standard error.
   */
  BIAS_INDEX(KappaFamily.BIAS_INDEX),
  /**
   * Category-specific agreement: {@code o_cc / n_c} from the coincidence matrix for each category
   * {@code c}, the specific agreement of any category. Reported per category in {@link
   * AgreementReport#categorySpecificAgreement()}, never as one coefficient of {@link
   * AgreementReport#coefficients()}. No standard error.
   */
  CATEGORY_SPECIFIC_AGREEMENT(SpecificAgreement.BY_CATEGORY),
  /**
   * ICC(1,1) of Shrout and Fleiss (1979), from numeric ratings by {@link
   * dev.appraise.core.agreement.icc.IntraclassCorrelation}; never in an {@link AgreementReport}.
   * See {@link dev.appraise.core.agreement.icc.IccType#ICC1}.
   */
  ICC1(Intraclass.CORRELATION),
  /**
   * ICC(2,1), see {@link dev.appraise.core.agreement.icc.IccType#ICC2}; never in an {@link
   * AgreementReport}.
   */
  ICC2(Intraclass.CORRELATION),
  /**
   * ICC(3,1), see {@link dev.appraise.core.agreement.icc.IccType#ICC3}; never in an {@link
   * AgreementReport}.
   */
  ICC3(Intraclass.CORRELATION),
  /**
   * ICC(1,k), see {@link dev.appraise.core.agreement.icc.IccType#ICC1K}; never in an {@link
   * AgreementReport}.
   */
  ICC1K(Intraclass.CORRELATION),
  /**
   * ICC(2,k), see {@link dev.appraise.core.agreement.icc.IccType#ICC2K}; never in an {@link
   * AgreementReport}.
   */
  ICC2K(Intraclass.CORRELATION),
  /**
   * ICC(3,k), see {@link dev.appraise.core.agreement.icc.IccType#ICC3K}; never in an {@link
   * AgreementReport}.
   */
  ICC3K(Intraclass.CORRELATION);

  @SuppressWarnings("ImmutableEnumChecker") // every estimator is a stateless singleton
  private final Estimator estimator;

  Coefficient(Estimator estimator) {
    this.estimator = estimator;
  }

  /** {@return where the coefficient applies, its estimate and its standard error: its family's} */
  Estimator estimator() {
    return estimator;
  }

  /**
   * {@return whether the coefficient uses the agreement {@link Weights}: Cohen's, Scott's, Fleiss',
   * Conger's and Light's coefficients, Gwet's AC2 and Brennan-Prediger}
   */
  public boolean usesWeights() {
    return estimator.usesWeights();
  }

  /**
   * {@return whether the coefficient depends on the {@link Level} of measurement: Krippendorff's
   * alpha}
   */
  public boolean usesLevel() {
    return estimator.usesLevel();
  }

  /**
   * {@return the least value the coefficient takes on complete data, where its Wald intervals are
   * clipped: 0 for percent and specific agreement, -1 for the others (each is at most 1)}
   */
  public double lowerLimit() {
    return estimator.lowerLimit();
  }

  /**
   * {@return the name used in results, in JSON and on the command line, e.g. {@code "cohen_kappa"}}
   */
  @JsonValue
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
  @JsonCreator
  public static Coefficient of(String id) {
    for (Coefficient c : values()) {
      if (c.id().equals(id.toLowerCase(Locale.ROOT))) {
        return c;
      }
    }
    throw new IllegalArgumentException("unknown agreement coefficient '" + id + "'");
  }
}
