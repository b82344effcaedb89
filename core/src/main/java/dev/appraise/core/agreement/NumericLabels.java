package dev.appraise.core.agreement;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * One label per number, for the levels of measurement at which a rating is its numeric value
 * (interval and ratio): {@code 1}, {@code 1.0} and {@code 1e0} are one category, as are {@code 0}
 * and {@code -0}. A number takes the label of the declared category of equal value, or else the
 * spelling first seen in the file.
 */
final class NumericLabels {

  /**
   * The largest size of a number taken at the interval and ratio levels: the squares of differences
   * of larger numbers, summed over a table, overflow double precision.
   */
  static final double MAX_MAGNITUDE = 1e100;

  private final Map<Double, String> labels = new HashMap<>();

  /**
   * Labels seeded with the declared categories that are numbers.
   *
   * @param declared the declared categories, or null
   * @param isNumber which labels are finite decimal numbers
   */
  NumericLabels(@Nullable List<String> declared, Predicate<String> isNumber) {
    if (declared != null) {
      for (String label : declared) {
        if (isNumber.test(label)) {
          labels.putIfAbsent(value(label), label);
        }
      }
    }
  }

  /**
   * The label of a number.
   *
   * @param number a cell that is a finite decimal number
   * @return the label of its value
   */
  String label(String number) {
    return labels.computeIfAbsent(value(number), v -> number);
  }

  /** Whether a finite decimal number is within {@link #MAX_MAGNITUDE} in size. */
  static boolean inRange(String number) {
    return Math.abs(Double.parseDouble(number)) <= MAX_MAGNITUDE;
  }

  private static Double value(String number) {
    double v = Double.parseDouble(number);
    return v == 0 ? 0.0 : v; // -0 and 0 are one value
  }
}
