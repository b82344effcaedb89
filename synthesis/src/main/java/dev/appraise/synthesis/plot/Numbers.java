package dev.appraise.synthesis.plot;

import dev.appraise.core.markup.NumberText;

/** How the figures write numbers: fixed decimals that line up, p-values as journals print them. */
final class Numbers {

  private Numbers() {}

  /** An effect, weight or statistic with two decimals. */
  static String two(double value) {
    return NumberText.fixed(value, 2);
  }

  /**
   * A p-value: {@code < 0.0001}, four decimals below 0.01, three otherwise, and {@code 1} for
   * exactly 1; preceded by {@code "p "} and, unless it is a bound, {@code "= "}.
   */
  static String p(double p) {
    if (p < 0.0001) {
      return "p < 0.0001";
    }
    if (p >= 1) {
      return "p = 1";
    }
    return "p = " + NumberText.fixed(p, p < 0.01 ? 4 : 3);
  }

  /** A confidence level as a percentage, e.g. {@code 95} for 0.95. */
  static String percent(double level) {
    return NumberText.format(100 * level, 1);
  }
}
