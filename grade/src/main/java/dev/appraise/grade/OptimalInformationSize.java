package dev.appraise.grade;

import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * The optimal information size (OIS): the total number of participants a single adequately powered
 * trial would need. GRADE suggests considering rating down for imprecision when a body of evidence
 * holds fewer participants than the OIS (Guyatt et al., GRADE guidelines 6, J Clin Epidemiol
 * 2011;64:1283-1293).
 *
 * <p>The sample sizes are the conventional two-group normal-approximation formulas with equal
 * groups, two-sided α and power 1 - β:
 *
 * <ul>
 *   <li>binary outcome, control risk p<sub>c</sub> and relative risk reduction RRR, so that
 *       p<sub>t</sub> = p<sub>c</sub>(1 - RRR): n per group = (z<sub>1-α/2</sub> +
 *       z<sub>1-β</sub>)² [p<sub>c</sub>(1 - p<sub>c</sub>) + p<sub>t</sub>(1 - p<sub>t</sub>)] /
 *       (p<sub>c</sub> - p<sub>t</sub>)²;
 *   <li>continuous outcome, standardised difference d: n per group = 2 (z<sub>1-α/2</sub> +
 *       z<sub>1-β</sub>)² / d².
 * </ul>
 *
 * Each group is rounded up to a whole participant and the total is twice that.
 */
public final class OptimalInformationSize {

  private static final NormalDistribution NORMAL = new NormalDistribution(null, 0, 1);

  private OptimalInformationSize() {}

  /**
   * The OIS for a binary outcome.
   *
   * @param controlRisk the risk in the control group, in (0, 1)
   * @param relativeRiskReduction the relative risk reduction to detect, in (0, 1)
   * @param alpha the two-sided significance level, in (0, 1)
   * @param power the power 1 - β, in (0, 1)
   * @return the total number of participants, both groups
   * @throws IllegalArgumentException if an argument lies outside its range
   */
  public static int binary(
      double controlRisk, double relativeRiskReduction, double alpha, double power) {
    open("controlRisk", controlRisk);
    open("relativeRiskReduction", relativeRiskReduction);
    double pt = controlRisk * (1 - relativeRiskReduction);
    double z = z(alpha, power);
    double perGroup =
        z
            * z
            * (controlRisk * (1 - controlRisk) + pt * (1 - pt))
            / ((controlRisk - pt) * (controlRisk - pt));
    return 2 * (int) Math.ceil(perGroup);
  }

  /**
   * The OIS for a continuous outcome.
   *
   * @param standardisedDifference the standardised mean difference to detect, &gt; 0
   * @param alpha the two-sided significance level, in (0, 1)
   * @param power the power 1 - β, in (0, 1)
   * @return the total number of participants, both groups
   * @throws IllegalArgumentException if an argument lies outside its range
   */
  public static int continuous(double standardisedDifference, double alpha, double power) {
    if (!(standardisedDifference > 0) || !Double.isFinite(standardisedDifference)) {
      throw new IllegalArgumentException(
          "standardisedDifference must be finite and > 0, was " + standardisedDifference);
    }
    double z = z(alpha, power);
    double perGroup = 2 * z * z / (standardisedDifference * standardisedDifference);
    return 2 * (int) Math.ceil(perGroup);
  }

  private static double z(double alpha, double power) {
    open("alpha", alpha);
    open("power", power);
    return NORMAL.inverseCumulativeProbability(1 - alpha / 2)
        + NORMAL.inverseCumulativeProbability(power);
  }

  private static void open(String name, double value) {
    if (!(value > 0 && value < 1)) {
      throw new IllegalArgumentException(name + " must lie strictly between 0 and 1, was " + value);
    }
  }
}
