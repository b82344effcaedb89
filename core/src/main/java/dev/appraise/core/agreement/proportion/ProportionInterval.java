package dev.appraise.core.agreement.proportion;

import dev.appraise.core.stats.ConfidenceInterval;
import org.apache.commons.math3.distribution.BetaDistribution;
import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * Two-sided confidence intervals for a binomial proportion {@code p = k / n}, such as the share of
 * items on which two raters agreed (65 of 72).
 *
 * <p>Every method returns bounds within {@code [0, 1]} that contain {@code k / n}. The upper bound
 * for {@code k} is computed as one minus the lower bound for {@code n - k}, so each interval is
 * exactly symmetric under swapping successes and failures. At {@code k = 0} the lower bound is
 * exactly 0 and at {@code k = n} the upper bound is exactly 1. With {@code z} the standard normal
 * quantile at {@code 1 - (1 - level) / 2}:
 *
 * <ul>
 *   <li>{@link #WILSON}: Wilson (1927) score interval, Newcombe (1998) method 3, R's {@code
 *       prop.test(correct = FALSE)};
 *   <li>{@link #CLOPPER_PEARSON}: Clopper and Pearson (1934) exact interval from beta quantiles,
 *       Newcombe (1998) method 5, R's {@code binom.test};
 *   <li>{@link #AGRESTI_COULL}: Agresti and Coull (1998) interval as defined by Brown, Cai and
 *       DasGupta (2001), clipped to {@code [0, 1]}.
 * </ul>
 *
 * <p>References: Wilson EB (1927), J Am Stat Assoc 22:209-212. Clopper CJ, Pearson ES (1934),
 * Biometrika 26:404-413. Agresti A, Coull BA (1998), Am Stat 52:119-126. Newcombe RG (1998),
 * Two-sided confidence intervals for the single proportion: comparison of seven methods, Stat Med
 * 17:857-872. Brown LD, Cai TT, DasGupta A (2001), Interval estimation for a binomial proportion,
 * Stat Sci 16:101-133.
 */
public enum ProportionInterval {

  /**
   * The Wilson score interval:
   *
   * <pre>{@code
   * (k + z²/2) / (n + z²)  ±  z √n / (n + z²) · √( p̂(1 − p̂) + z²/(4n) ),   p̂ = k / n
   * }</pre>
   *
   * <p>The interval inverts the score test; it never leaves {@code [0, 1]} and is not degenerate at
   * {@code k = 0} or {@code k = n}. Method name {@code "wilson"}.
   */
  WILSON("wilson") {
    @Override
    double lower(long k, long n, double level) {
      if (k == 0) {
        return 0;
      }
      double z = z(level);
      double z2 = z * z;
      double p = (double) k / n;
      double centre = (k + z2 / 2) / (n + z2);
      double halfWidth =
          z * Math.sqrt((double) n) / (n + z2) * Math.sqrt(p * (1 - p) + z2 / (4.0 * n));
      return Math.max(0, centre - halfWidth);
    }
  },

  /**
   * The Clopper-Pearson exact interval, from quantiles of the beta distribution:
   *
   * <pre>{@code
   * lower = B(α/2; k, n − k + 1)        (0 when k = 0)
   * upper = B(1 − α/2; k + 1, n − k)    (1 when k = n),   α = 1 − level
   * }</pre>
   *
   * <p>Its coverage is at least the nominal level for every true proportion, at the price of width.
   * Method name {@code "clopper-pearson"}.
   */
  CLOPPER_PEARSON("clopper-pearson") {
    @Override
    double lower(long k, long n, double level) {
      if (k == 0) {
        return 0;
      }
      double alpha = 1 - level;
      return new BetaDistribution(null, k, n - k + 1.0, INVERSE_ACCURACY)
          .inverseCumulativeProbability(alpha / 2);
    }
  },

  /**
   * The Agresti-Coull interval, the Wald interval around a shrunken proportion:
   *
   * <pre>{@code
   * ñ = n + z²,   p̃ = (k + z²/2) / ñ,   p̃ ± z √( p̃(1 − p̃) / ñ ),   clipped to [0, 1]
   * }</pre>
   *
   * <p>Brown, Cai and DasGupta (2001, section 4.1.2) show that it always contains the Wilson
   * interval. Method name {@code "agresti-coull"}.
   */
  AGRESTI_COULL("agresti-coull") {
    @Override
    double lower(long k, long n, double level) {
      if (k == 0) {
        return 0;
      }
      double z = z(level);
      double z2 = z * z;
      double nTilde = n + z2;
      double pTilde = (k + z2 / 2) / nTilde;
      return Math.max(0, pTilde - z * Math.sqrt(pTilde * (1 - pTilde) / nTilde));
    }
  };

  private static final double INVERSE_ACCURACY = 1e-14;
  private static final NormalDistribution STANDARD_NORMAL = new NormalDistribution(null, 0, 1);

  private final String methodName;

  ProportionInterval(String methodName) {
    this.methodName = methodName;
  }

  /**
   * {@return the method name recorded in {@link ConfidenceInterval#method()}, e.g. {@code
   * "wilson"}}
   */
  public String methodName() {
    return methodName;
  }

  /**
   * The two-sided interval for {@code k} successes in {@code n} trials.
   *
   * @param k the number of successes (e.g. agreed items), {@code 0 <= k <= n}
   * @param n the number of trials (e.g. rated items), {@code n >= 1}
   * @param level the confidence level, strictly between 0 and 1 (e.g. 0.95)
   * @return the interval, within {@code [0, 1]} and containing {@code k / n}
   * @throws IllegalArgumentException if {@code n <= 0}, {@code k < 0}, {@code k > n} or the level
   *     is outside (0, 1)
   */
  public ConfidenceInterval interval(long k, long n, double level) {
    checkCounts(k, n);
    ConfidenceInterval.checkLevel(level);
    double lower = lower(k, n, level);
    double upper = 1 - lower(n - k, n, level);
    return ConfidenceInterval.of(lower, upper, level, methodName);
  }

  /** The lower bound for {@code k} of {@code n}; the upper bound is {@code 1 - lower(n - k, n)}. */
  abstract double lower(long k, long n, double level);

  static void checkCounts(long k, long n) {
    if (n <= 0) {
      throw new IllegalArgumentException("total n must be > 0, was " + n);
    }
    if (k < 0) {
      throw new IllegalArgumentException("count k must be >= 0, was " + k);
    }
    if (k > n) {
      throw new IllegalArgumentException("count k must be <= total n = " + n + ", was " + k);
    }
  }

  /** The standard normal quantile {@code z} with {@code P(|Z| <= z) = level}. */
  static double z(double level) {
    return STANDARD_NORMAL.inverseCumulativeProbability(1 - (1 - level) / 2);
  }
}
