package dev.appraise.core.agreement;

import java.util.Locale;

/**
 * The level of measurement of Krippendorff's alpha, which fixes the squared difference {@code
 * delta^2(c, k)} between two values (Krippendorff 2011, "Computing Krippendorff's
 * alpha-reliability", section C).
 */
public enum Level {
  /** {@code delta^2 = 0} if {@code c = k}, else 1. */
  NOMINAL,
  /**
   * {@code delta^2 = (sum_{g=c..k} n_g - (n_c + n_k)/2)^2}, with {@code n_g} the number of pairable
   * values in category {@code g}, categories in their declared order. Computed from cumulative
   * sums: O(k^2) for all pairs.
   */
  ORDINAL,
  /** {@code delta^2 = (v_c - v_k)^2} with the categories' numeric values. */
  INTERVAL,
  /**
   * {@code delta^2 = ((v_c - v_k) / (v_c + v_k))^2} with non-negative numeric values (0 when both
   * are 0).
   */
  RATIO;

  /**
   * {@return the lower-case name used by the command line and in reports, e.g. {@code "ordinal"}}
   */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The level named by {@link #id()}.
   *
   * @param id {@code nominal}, {@code ordinal}, {@code interval} or {@code ratio}, any case
   * @return the level
   * @throws IllegalArgumentException for any other name
   */
  public static Level of(String id) {
    for (Level l : values()) {
      if (l.id().equals(id.toLowerCase(Locale.ROOT))) {
        return l;
      }
    }
    throw new IllegalArgumentException(
        "level must be nominal, ordinal, interval or ratio, was '" + id + "'");
  }
}
