package dev.appraise.core.agreement;

import dev.appraise.core.stats.ConfidenceInterval;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.distribution.TDistribution;

/**
 * An analytic standard error with what its interval and conventions need: the number of units
 * {@code n} of its formula, whether its variance divides by {@code n} (a moment) or by {@code n -
 * 1} (Gwet's sample variance of the unit-level terms), and whether its Wald interval takes the
 * normal or Student's t with {@code n - 1} degrees of freedom.
 *
 * @param value the standard error
 * @param units the number of units {@code n} of the formula
 * @param dividesByN whether the variance divides by {@code n} rather than {@code n - 1}
 * @param normal whether the interval takes the normal quantile rather than Student's t
 * @param method the method's name, e.g. {@code "gwet-2014"}
 */
record StandardError(
    double value, double units, boolean dividesByN, boolean normal, String method) {

  /**
   * A moment variance over {@code n} with a normal interval: Fleiss-Cohen-Everitt, Fleiss (1971).
   *
   * @param value the standard error
   * @param units {@code n}
   * @param method the method's name
   * @return the standard error
   */
  static StandardError moment(double value, double units, String method) {
    return new StandardError(value, units, true, true, method);
  }

  /**
   * Gwet's sample variance over {@code n - 1} with a t interval.
   *
   * @param value the standard error
   * @param units {@code n}
   * @param method the method's name
   * @return the standard error
   */
  static StandardError linearised(double value, double units, String method) {
    return new StandardError(value, units, false, false, method);
  }

  /**
   * The standard error under the options' divisor and interval distribution.
   *
   * @param options the options
   * @return the standard error, rescaled by {@code sqrt(n/(n - 1))} or its inverse where the
   *     divisor changes
   */
  StandardError under(AgreementOptions options) {
    boolean byN =
        switch (options.varianceDivisor()) {
          case N -> true;
          case N_MINUS_ONE -> false;
          case EACH_COEFFICIENT -> dividesByN;
        };
    boolean z =
        switch (options.intervalDistribution()) {
          case NORMAL -> true;
          case STUDENT_T -> false;
          case EACH_COEFFICIENT -> normal;
        };
    double v = value;
    if (byN != dividesByN && units > 1) {
      double ratio = (units - 1) / units;
      v = byN ? v * Math.sqrt(ratio) : v / Math.sqrt(ratio);
    }
    return new StandardError(v, units, byN, z, method);
  }

  /**
   * The Wald interval {@code estimate +- z se} or {@code +- t_{n-1} se}, clipped to the
   * coefficient's range {@code [lowerLimit, 1]} as Gwet (2014) caps the upper limit at 1; a bound
   * is never clipped past the estimate.
   *
   * @param estimate the estimate
   * @param level the confidence level
   * @param lowerLimit the coefficient's least value, {@code -Infinity} to leave the lower bound
   *     unclipped
   * @return the interval, method {@code "wald-z"} or {@code "wald-t"}
   */
  ConfidenceInterval waldInterval(double estimate, double level, double lowerLimit) {
    boolean t = !normal && units > 1;
    double q =
        t
            ? new TDistribution(null, units - 1).inverseCumulativeProbability((1 + level) / 2)
            : new NormalDistribution(null, 0, 1).inverseCumulativeProbability((1 + level) / 2);
    double lo = Math.max(Math.min(lowerLimit, estimate), estimate - q * value);
    double hi = Math.min(Math.max(1, estimate), estimate + q * value);
    return ConfidenceInterval.of(lo, hi, level, t ? "wald-t" : "wald-z");
  }
}
