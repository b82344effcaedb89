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
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException("number must be finite, was " + value);
    }
    if (maxFractionDigits < 0 || maxFractionDigits > MAX_FRACTION_DIGITS) {
      throw new IllegalArgumentException(
          "maxFractionDigits must be between 0 and "
              + MAX_FRACTION_DIGITS
              + ", was "
              + maxFractionDigits);
    }
    BigDecimal rounded =
        BigDecimal.valueOf(value).setScale(maxFractionDigits, RoundingMode.HALF_UP);
    return rounded.signum() == 0 ? "0" : rounded.stripTrailingZeros().toPlainString();
  }
}
