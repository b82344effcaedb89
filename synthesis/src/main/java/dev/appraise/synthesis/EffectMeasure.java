package dev.appraise.synthesis;

/**
 * The effect measures, with metafor's names ({@code escalc}'s {@code measure} argument). Ratio
 * measures are analysed on the log scale and reported back on the ratio scale by exponentiation.
 *
 * <p>The formulas are on {@link EffectSizes}; the labels are those of metafor's forest plots and
 * printouts.
 */
public enum EffectMeasure {

  /** Log risk ratio from a 2x2 table. */
  RR("Log Risk Ratio", "Risk Ratio", true),
  /** Log odds ratio from a 2x2 table. */
  OR("Log Odds Ratio", "Odds Ratio", true),
  /** Risk difference from a 2x2 table. */
  RD("Risk Difference", "Risk Difference", false),
  /** Log odds ratio by Peto's one-step method (Yusuf et al. 1985) from a 2x2 table. */
  PETO("Log Odds Ratio", "Odds Ratio", true),
  /** Raw mean difference from means, SDs and group sizes. */
  MD("Mean Difference", "Mean Difference", false),
  /** Standardized mean difference with Hedges' exact small-sample correction (Hedges' g). */
  SMD("Standardized Mean Difference", "Standardized Mean Difference", false),
  /** Log ratio of means (response ratio) from means, SDs and group sizes. */
  ROM("Log Ratio of Means", "Ratio of Means", true),
  /** Fisher's r-to-z transformed correlation coefficient. */
  ZCOR(
      "Fisher's z Transformed Correlation Coefficient",
      "Fisher's z Transformed Correlation Coefficient",
      false),
  /** Raw correlation coefficient. */
  COR("Correlation Coefficient", "Correlation Coefficient", false),
  /** A generic outcome: given estimates with their sampling variances or standard errors. */
  GEN("Observed Outcome", "Observed Outcome", false);

  private final String label;
  private final String reportedLabel;
  private final boolean ratio;

  EffectMeasure(String label, String reportedLabel, boolean ratio) {
    this.label = label;
    this.reportedLabel = reportedLabel;
    this.ratio = ratio;
  }

  /**
   * Whether the measure is a ratio analysed on the log scale ({@code RR}, {@code OR}, {@code PETO},
   * {@code ROM}); its estimates and bounds are reported back on the ratio scale with {@code exp},
   * where no effect is 1.
   *
   * @return whether the measure is a log ratio
   */
  public boolean isRatio() {
    return ratio;
  }

  /**
   * {@return the label of the analysis scale, as metafor prints it, e.g. {@code "Log Risk Ratio"}}
   */
  public String label() {
    return label;
  }

  /**
   * {@return the label of the reporting scale: the ratio for ratio measures, e.g. {@code "Risk
   * Ratio"}}
   */
  public String reportedLabel() {
    return reportedLabel;
  }

  /** {@return whether the measure is computed from a 2x2 table: RR, OR, RD, PETO} */
  public boolean isTwoByTwo() {
    return this == RR || this == OR || this == RD || this == PETO;
  }

  /**
   * {@return whether the measure is computed from two groups' means, SDs and sizes: MD, SMD, ROM}
   */
  public boolean isMeans() {
    return this == MD || this == SMD || this == ROM;
  }

  /** {@return whether the measure is computed from a correlation and a sample size: ZCOR, COR} */
  public boolean isCorrelation() {
    return this == ZCOR || this == COR;
  }
}
