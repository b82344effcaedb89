package dev.appraise.core.agreement;

import dev.appraise.core.stats.ConfidenceInterval;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.distribution.TDistribution;

/**
 * An analytic standard error with the degrees of freedom of its Wald interval ({@code 0}: normal)
 * and its method.
 *
 * @param value the standard error
 * @param df the degrees of freedom of the t quantile, 0 for the normal
 * @param method the method's name, e.g. {@code "gwet-2014"}
 */
record StandardError(double value, double df, String method) {

  /**
   * The Wald interval {@code estimate +- z se} (df 0) or {@code +- t_{df} se}, clipped to the
   * coefficient's range {@code [lowerLimit, 1]} as Gwet (2014) caps the upper limit at 1; a bound
   * is never clipped past the estimate.
   *
   * @param estimate the estimate
   * @param level the confidence level
   * @param lowerLimit the coefficient's least value
   * @return the interval, method {@code "wald-z"} or {@code "wald-t"}
   */
  ConfidenceInterval waldInterval(double estimate, double level, double lowerLimit) {
    double q =
        df > 0
            ? new TDistribution(null, df).inverseCumulativeProbability((1 + level) / 2)
            : new NormalDistribution(null, 0, 1).inverseCumulativeProbability((1 + level) / 2);
    double lo = Math.max(Math.min(lowerLimit, estimate), estimate - q * value);
    double hi = Math.min(Math.max(1, estimate), estimate + q * value);
    return ConfidenceInterval.of(lo, hi, level, df > 0 ? "wald-t" : "wald-z");
  }
}
