package dev.appraise.core.agreement;

import org.jspecify.annotations.Nullable;

/**
 * A point estimate with the observed and chance agreement it came from ({@code NaN} where the
 * coefficient has none), or the reason it is undefined, when {@code value} is {@code NaN}.
 *
 * @param value the estimate
 * @param pa the observed agreement
 * @param pe the chance agreement
 * @param reason why the coefficient is undefined, null when it is defined
 */
record Point(double value, double pa, double pe, @Nullable String reason) {

  /** The reason of every unit-level coefficient on an input without a pairable unit. */
  static final String NO_PAIRS = "no unit has two or more ratings";

  private static final double ONE = 1 - 1e-12;

  /**
   * A defined estimate.
   *
   * @param value the estimate
   * @param pa the observed agreement
   * @param pe the chance agreement
   * @return the point
   */
  static Point of(double value, double pa, double pe) {
    return new Point(value, pa, pe, null);
  }

  /**
   * An undefined estimate.
   *
   * @param reason why
   * @return the point
   */
  static Point undefined(String reason) {
    return new Point(Double.NaN, Double.NaN, Double.NaN, reason);
  }

  /**
   * The chance-corrected agreement {@code (p_a - p_e) / (1 - p_e)}, undefined when chance agreement
   * is 1 (up to rounding).
   *
   * @param pa the observed agreement
   * @param pe the chance agreement
   * @param whatIsOne what makes chance agreement 1 for this coefficient, for the reason
   * @return the point
   */
  static Point chanceCorrected(double pa, double pe, String whatIsOne) {
    if (pe >= ONE) {
      return undefined("chance agreement is 1 (" + whatIsOne + "): the coefficient is 0/0");
    }
    return of((pa - pe) / (1 - pe), pa, pe);
  }

  /** {@return whether the estimate is defined} */
  boolean defined() {
    return reason == null;
  }
}
