package dev.appraise.core.markup;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The one number format of the markup writers: decimal notation independent of the default locale,
 * no grouping separators, no exponent, trailing zeros dropped.
 */
public final class NumberText {

  /**
   * Fraction digits written by default: a hundredth of a unit, finer than any screen or printer
   * resolves in SVG.
   */
  public static final int DEFAULT_FRACTION_DIGITS = 2;

  private static final int MAX_FRACTION_DIGITS = 17;

  private NumberText() {}

  /**
   * Formats a number with at most {@link #DEFAULT_FRACTION_DIGITS} fraction digits.
   *
   * @param value the number, finite
   * @return the number as text, e.g. {@code "12.5"}, {@code "-3"}, {@code "0"}
   * @throws IllegalArgumentException if the number is NaN or infinite
   */
  public static String format(double value) {
    return format(value, DEFAULT_FRACTION_DIGITS);
  }

  /**
   * Formats a number with at most the given number of fraction digits, rounding half up on its
   * shortest decimal representation ({@link Double#toString(double)}), as {@code
   * String.format(Locale.ROOT, "%.2f", value)} does; then drops trailing zeros and a trailing
   * decimal point. Negative zero, and a negative number that rounds to zero, is written {@code 0}.
   * The digits are ASCII and the decimal separator is a point, whatever the default locale.
   *
   * @param value the number, finite
   * @param maxFractionDigits the most fraction digits to write, 0 to 17
   * @return the number as text, e.g. {@code format(1.0 / 3, 6)} is {@code "0.333333"} and {@code
   *     format(100, 2)} is {@code "100"}
   * @throws IllegalArgumentException if the number is NaN or infinite, or {@code maxFractionDigits}
   *     is out of range
   */
  public static String format(double value, int maxFractionDigits) {
    BigDecimal rounded = round(value, maxFractionDigits, "maxFractionDigits");
    return rounded.signum() == 0 ? "0" : rounded.stripTrailingZeros().toPlainString();
  }

  /**
   * Formats a number with exactly the given number of fraction digits, for columns of figures that
   * line up (an estimate and its interval, a weight): rounded as {@link #format(double, int)}
   * rounds, trailing zeros kept. Negative zero, and a negative number that rounds to zero, is
   * written without a sign.
   *
   * @param value the number, finite
   * @param fractionDigits the fraction digits to write, 0 to 17
   * @return the number as text, e.g. {@code fixed(0.5, 2)} is {@code "0.50"} and {@code
   *     fixed(-0.001, 2)} is {@code "0.00"}
   * @throws IllegalArgumentException if the number is NaN or infinite, or {@code fractionDigits} is
   *     out of range
   */
  public static String fixed(double value, int fractionDigits) {
    BigDecimal rounded = round(value, fractionDigits, "fractionDigits");
    return (rounded.signum() == 0 ? rounded.abs() : rounded).toPlainString();
  }

  private static BigDecimal round(double value, int fractionDigits, String parameter) {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException("number must be finite, was " + value);
    }
    if (fractionDigits < 0 || fractionDigits > MAX_FRACTION_DIGITS) {
      throw new IllegalArgumentException(
          parameter + " must be between 0 and " + MAX_FRACTION_DIGITS + ", was " + fractionDigits);
    }
    return BigDecimal.valueOf(value).setScale(fractionDigits, RoundingMode.HALF_UP);
  }
}
