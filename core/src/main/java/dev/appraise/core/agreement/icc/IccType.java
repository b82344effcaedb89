package dev.appraise.core.agreement.icc;

import dev.appraise.core.agreement.Coefficient;
import dev.appraise.core.agreement.Estimate;

/**
 * The six intraclass correlation forms of Shrout and Fleiss (1979), for {@code n} units (targets)
 * each rated by the same {@code k} raters (judges).
 *
 * <p>With the mean squares of {@link IccAnova} (between units {@code BMS}, within units {@code
 * WMS}, between raters {@code JMS}, residual {@code EMS}):
 *
 * <pre>{@code
 * ICC(1,1) = (BMS − WMS) / (BMS + (k − 1) WMS)                      one-way random, single rater
 * ICC(2,1) = (BMS − EMS) / (BMS + (k − 1) EMS + k (JMS − EMS) / n)  two-way random, absolute agreement, single rater
 * ICC(3,1) = (BMS − EMS) / (BMS + (k − 1) EMS)                      two-way mixed, consistency, single rater
 * ICC(1,k) = (BMS − WMS) / BMS                                      mean of k raters
 * ICC(2,k) = (BMS − EMS) / (BMS + (JMS − EMS) / n)                  mean of k raters
 * ICC(3,k) = (BMS − EMS) / BMS                                      mean of k raters
 * }</pre>
 *
 * <p>In McGraw and Wong's (1996) terms ICC(2,1) is ICC(A,1), ICC(3,1) is ICC(C,1), and the {@code
 * k} forms are ICC(A,k) and ICC(C,k).
 *
 * <p>References: Shrout PE, Fleiss JL (1979), Intraclass correlations: uses in assessing rater
 * reliability, Psychol Bull 86:420-428. McGraw KO, Wong SP (1996), Forming inferences about some
 * intraclass correlation coefficients, Psychol Methods 1:30-46 (correction: 1:390).
 */
public enum IccType {
  /**
   * ICC(1,1): each unit rated by a different random set of raters; reliability of a single rating.
   */
  ICC1(Coefficient.ICC1, "ICC(1,1)", false),
  /** ICC(2,1): the same random raters rate every unit; absolute agreement of a single rating. */
  ICC2(Coefficient.ICC2, "ICC(2,1)", false),
  /** ICC(3,1): the same fixed raters rate every unit; consistency of a single rating. */
  ICC3(Coefficient.ICC3, "ICC(3,1)", false),
  /** ICC(1,k): as {@link #ICC1}, for the mean of the {@code k} ratings. */
  ICC1K(Coefficient.ICC1K, "ICC(1,k)", true),
  /** ICC(2,k): as {@link #ICC2}, for the mean of the {@code k} ratings. */
  ICC2K(Coefficient.ICC2K, "ICC(2,k)", true),
  /** ICC(3,k): as {@link #ICC3}, for the mean of the {@code k} ratings. */
  ICC3K(Coefficient.ICC3K, "ICC(3,k)", true);

  private final Coefficient coefficient;
  private final String label;
  private final boolean average;

  IccType(Coefficient coefficient, String label, boolean average) {
    this.coefficient = coefficient;
    this.label = label;
    this.average = average;
  }

  /** {@return the coefficient that names the form's estimate in {@link Estimate#coefficient()}} */
  public Coefficient coefficient() {
    return coefficient;
  }

  /**
   * {@return the coefficient's identifier, e.g. {@code "icc2k"}, the {@link Coefficient#id()} of
   * {@link #coefficient()}}
   */
  public String id() {
    return coefficient.id();
  }

  /** {@return Shrout and Fleiss's notation, e.g. {@code "ICC(2,k)"}} */
  public String label() {
    return label;
  }

  /**
   * {@return whether the form is the reliability of the mean of the {@code k} ratings rather than
   * of one}
   */
  public boolean isAverage() {
    return average;
  }
}
