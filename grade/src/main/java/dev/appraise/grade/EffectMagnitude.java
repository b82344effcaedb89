package dev.appraise.grade;

/**
 * The size of an effect as GRADE's informative statements word it (Santesso et al., GRADE
 * guidelines 26, J Clin Epidemiol 2020;119:126-135): trivial (or none), small but important,
 * moderate, large. Which size an estimate has is the reviewer's judgement against thresholds set
 * for the outcome; {@link #of(double, double, double, double)} applies such thresholds.
 */
public enum EffectMagnitude {
  /** A trivial, small unimportant effect or no effect: "little to no difference". */
  TRIVIAL,
  /** A small but important effect: "slightly". */
  SMALL,
  /** A moderate effect: the plain verb, "reduces" or "increases". */
  MODERATE,
  /** A large effect: "a large reduction" or "a large increase". */
  LARGE;

  /**
   * Classifies the size of an effect by the thresholds of importance set for the outcome, on the
   * scale of the effect (for example risk differences per 1000, or a mean difference in the
   * outcome's units).
   *
   * @param effect the effect, either sign; its size is its absolute value
   * @param small the smallest important effect, &gt; 0
   * @param moderate the smallest moderate effect, at least {@code small}
   * @param large the smallest large effect, at least {@code moderate}
   * @return {@link #TRIVIAL} below {@code small}, {@link #SMALL} below {@code moderate}, {@link
   *     #MODERATE} below {@code large}, else {@link #LARGE}
   * @throws IllegalArgumentException unless {@code 0 < small <= moderate <= large} and the effect
   *     is finite
   */
  public static EffectMagnitude of(double effect, double small, double moderate, double large) {
    if (!(small > 0 && small <= moderate && moderate <= large) || Double.isInfinite(large)) {
      throw new IllegalArgumentException(
          "magnitude thresholds must satisfy 0 < small <= moderate <= large, was "
              + small
              + ", "
              + moderate
              + ", "
              + large);
    }
    if (!Double.isFinite(effect)) {
      throw new IllegalArgumentException("effect must be finite, was " + effect);
    }
    double size = Math.abs(effect);
    return size < small ? TRIVIAL : size < moderate ? SMALL : size < large ? MODERATE : LARGE;
  }
}
